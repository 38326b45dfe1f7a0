import { badData, readTsv } from './tsv-file.js';

/** Month numbers and zone offsets by lower-case word, as news pages display dates. */
export interface PageDateWords {
  readonly months: ReadonlyMap<string, number>;
  readonly zones: ReadonlyMap<string, string>;
}

const FILE = 'page-date-words.tsv';
const OFFSET = /^[+-]\d{2}:\d{2}$/;
let cached: PageDateWords | undefined;

/**
 * Load `data/id/page-date-words.tsv` once (word, kind `month`|`zone`, value).
 *
 * @example
 * pageDateWords().months.get('februari'); // 2
 */
export function pageDateWords(): PageDateWords {
  if (cached) return cached;
  const months = new Map<string, number>();
  const zones = new Map<string, string>();
  for (const { line, cells } of readTsv(FILE, 3)) {
    const [word, kind, value] = cells as [string, string, string];
    const w = word.trim().toLowerCase();
    if (kind === 'month') {
      const m = Number(value);
      if (!Number.isInteger(m) || m < 1 || m > 12) badData(FILE, line, `month "${value}" is not 1..12`);
      months.set(w, m);
    } else if (kind === 'zone') {
      if (!OFFSET.test(value)) badData(FILE, line, `zone offset "${value}" is not like +07:00`);
      zones.set(w, value);
    } else badData(FILE, line, `unknown kind "${kind}" (month or zone)`);
  }
  cached = { months, zones };
  return cached;
}
