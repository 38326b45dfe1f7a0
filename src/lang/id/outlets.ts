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
  /** Whether a name holds a masthead word (`NU Online`, `Jitunews`, `Radar Bogor`), for unlisted outlets. */
  hasMastheadWord(written: string): boolean;
  readonly size: number;
}

/** The row of `outlets.tsv` that lists masthead words instead of an outlet. */
const MASTHEAD_WORDS = '*masthead-words';

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
  const mastheadWords: string[] = [];
  for (const { line, cells } of readTsv(FILE, 2, 2)) {
    const canonical = cells[0]!.trim();
    if (canonical === MASTHEAD_WORDS) {
      mastheadWords.push(...cells[1]!.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean));
      continue;
    }
    for (const f of cells[1]!.split('|')) {
      const form = f.trim();
      if (!form) badData(FILE, line, 'empty written form between `|`');
      forms.set(form.toLowerCase(), canonical);
    }
  }
  const masthead = new RegExp(`(?:^|\\s)(?:${mastheadWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:$|\\s)|(?:news|online|pos|post|times)$`, 'i');
  cached = {
    size: forms.size,
    hasMastheadWord: (written: string) => mastheadWords.length > 0 && masthead.test(written.trim()),
    lookup(written: string): string | null {
      const w = written.trim();
      const hit = forms.get(w.toLowerCase());
      if (hit) return hit;
      return DOMAIN_RE.test(w) ? w : null;
    },
  };
  return cached;
}
