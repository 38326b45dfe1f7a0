import { badData, readTsv } from './tsv-file.js';

const FILE = 'ner-title-words.txt';

/**
 * Lower-cased words that typically precede a person's name (`presiden`,
 * `kapolda`, `irjen`), from `data/id/ner-title-words.txt`. The NER trainer
 * copies this list into the model so that tagging uses exactly the list the
 * weights were trained with.
 */
export function loadNerTitleWords(): string[] {
  const out = new Set<string>();
  for (const row of readTsv(FILE, 1, 1)) {
    const w = row.cells[0]!.trim().toLowerCase();
    if (/\s/.test(w)) badData(FILE, row.line, `one word per line expected, got "${row.cells[0]}"`);
    out.add(w);
  }
  return [...out];
}
