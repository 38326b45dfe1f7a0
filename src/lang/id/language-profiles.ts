import { badData, readTsv } from './tsv-file.js';

const FILE = 'language-profiles.tsv';
const CODE_RE = /^[a-z]{2,3}$/;

/** Word evidence for language identification, from `data/id/language-profiles.tsv`. */
export interface LanguageProfiles {
  /** Every language code that appears in the file, in file order (Indonesian first). */
  readonly languages: readonly string[];
  /** For a lower-cased word: the language indexes it supports and the weight for each. */
  readonly words: ReadonlyMap<string, ReadonlyArray<readonly [lang: number, weight: number]>>;
}

let cached: LanguageProfiles | undefined;

/**
 * Load (once) the language word profiles.
 *
 * @example
 * const p = loadLanguageProfiles();
 * p.words.get('bahwa'); // [[index of 'id', 3]]
 */
export function loadLanguageProfiles(): LanguageProfiles {
  if (cached) return cached;
  const languages: string[] = [];
  const words = new Map<string, Array<[number, number]>>();
  for (const { line, cells } of readTsv(FILE, 3)) {
    const codes = cells[0]!.trim().split('|');
    const weight = Number(cells[1]);
    if (!Number.isFinite(weight) || weight <= 0) badData(FILE, line, `weight "${cells[1]}" is not a positive number`);
    const idx = codes.map((c) => {
      if (!CODE_RE.test(c)) badData(FILE, line, `language code "${c}" is not ISO 639-1/3`);
      let i = languages.indexOf(c);
      if (i < 0) i = languages.push(c) - 1;
      return i;
    });
    for (const w of cells[2]!.trim().split(/\s+/)) {
      if (w !== w.toLowerCase()) badData(FILE, line, `word "${w}" is not lower case`);
      let list = words.get(w);
      if (!list) words.set(w, (list = []));
      for (const i of idx) {
        const prev = list.find((e) => e[0] === i);
        // A word listed twice for one language keeps its larger weight.
        if (prev) prev[1] = Math.max(prev[1], weight);
        else list.push([i, weight]);
      }
    }
  }
  cached = { languages, words };
  return cached;
}
