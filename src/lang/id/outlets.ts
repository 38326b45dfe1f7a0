import { badData, readTsv } from './tsv-file.js';

const FILE = 'outlets.tsv';

/**
 * A bare web address used as a masthead: `Suara.com`, `REPUBLIKA.CO.ID`,
 * `beritajatim.com`, `JUARA.net`. Newsrooms sign with their domain so often
 * that any such form counts as an outlet without being listed.
 */
const DOMAIN_RE = /^[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|id|co|org|tv|news|info|my|sg)$/i;

/** Outlet names as written in datelines, from `data/id/outlets.tsv`. */
export interface OutletLexicon {
  /** Canonical outlet for a written form (case-insensitive), a domain-like form itself, or null. */
  lookup(written: string): string | null;
  readonly size: number;
}

let cached: OutletLexicon | undefined;

/**
 * Load (once) the outlet lexicon.
 *
 * @example
 * loadOutlets().lookup('TEMPO.CO'); // 'Tempo'
 * loadOutlets().lookup('beritajatim.com'); // 'beritajatim.com' (domain rule)
 */
export function loadOutlets(): OutletLexicon {
  if (cached) return cached;
  const forms = new Map<string, string>();
  for (const { line, cells } of readTsv(FILE, 2, 2)) {
    const canonical = cells[0]!.trim();
    for (const f of cells[1]!.split('|')) {
      const form = f.trim();
      if (!form) badData(FILE, line, 'empty written form between `|`');
      forms.set(form.toLowerCase(), canonical);
    }
  }
  cached = {
    size: forms.size,
    lookup(written: string): string | null {
      const w = written.trim();
      const hit = forms.get(w.toLowerCase());
      if (hit) return hit;
      return DOMAIN_RE.test(w) ? w : null;
    },
  };
  return cached;
}
