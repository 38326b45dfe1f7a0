import { badData, readTsv } from './tsv-file.js';

const FILE = 'quote-lead-words.txt';
let table: ReadonlySet<string> | undefined;

/**
 * Lower-case words from `data/id/quote-lead-words.txt` after which a quote is
 * the word's complement (`berjudul "..."`, `adalah "..."`), not a new
 * sentence. Loaded and validated once per process.
 *
 * @example
 * quoteLeadWords().has('berjudul'); // true
 */
export function quoteLeadWords(): ReadonlySet<string> {
  if (table) return table;
  const out = new Set<string>();
  for (const { line, cells } of readTsv(FILE, 1)) {
    const w = cells[0]!.trim();
    if (!/^\p{Ll}+$/u.test(w)) badData(FILE, line, `expected one lower-case word, got "${w}"`);
    if (out.has(w)) badData(FILE, line, `duplicate word "${w}"`);
    out.add(w);
  }
  return (table = out);
}
