import { loadRoots } from '../../lang/id/roots.js';
import { stemVariants } from '../../lang/id/stem-variants.js';
import { LruCache } from './lru-cache.js';
import { Stemmer } from './stemmer.js';

/** Options of `createStemmer`. */
export interface StemmerOptions {
  /** Root lexicon; default: `data/id/roots.txt`. */
  readonly roots?: ReadonlySet<string>;
  /** Colloquial spelling → standard word; default: `data/id/stem-variants.tsv`. */
  readonly variants?: ReadonlyMap<string, string>;
  /** Most words remembered; default 50,000 (news vocabularies repeat heavily). */
  readonly cacheSize?: number;
}

/** Default bound of the memo: a day of news has ~30k distinct word forms. */
export const DEFAULT_STEM_CACHE_SIZE = 50_000;

/** A memoising stemmer: `(word) => stem`. */
export type StemFn = (word: string) => string;

/**
 * A stemmer with a bounded LRU memo, for hot use (a pipeline stage, a batch).
 * Memory stays bounded in long-running processes.
 *
 * @example
 * const stem = createStemmer();
 * stem('Pembangunan'); // 'bangun'
 */
export function createStemmer(options: StemmerOptions = {}): StemFn {
  const stemmer = new Stemmer(options.roots ?? loadRoots(), { variants: options.variants ?? stemVariants() });
  const cache = new LruCache<string, string>(options.cacheSize ?? DEFAULT_STEM_CACHE_SIZE);
  return (word: string): string => {
    let s = cache.get(word);
    if (s === undefined) {
      s = stemmer.stem(word);
      cache.set(word, s);
    }
    return s;
  };
}

/**
 * Stem a word as written in running text. A capitalised word that does not
 * open a sentence (`di Kediri`, `Bermuda`, `Pemalang`) is taken for a name
 * and only lower-cased: names are not stemmed (UD lemmatises them as
 * themselves), and affix rules would cut them into unrelated roots.
 *
 * @example
 * stemAsWritten(stem, 'Kediri', false); // 'kediri'
 * stemAsWritten(stem, 'Pemerintah', true); // 'perintah'
 */
export function stemAsWritten(stemFn: StemFn, word: string, sentenceInitial: boolean): string {
  if (!sentenceInitial && isTitleCase(word)) return word.toLowerCase();
  return stemFn(word);
}

function isTitleCase(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 97 && b <= 122;
}

let shared: StemFn | undefined;

/**
 * The version of what `stem` returns (rules and shipped lexicon together):
 * raise it whenever a change alters stems, so documents record it as the
 * stems stage version and stores re-stem their search text.
 */
export const STEMMER_VERSION = '2';

/**
 * Stem one Indonesian word with the shipped root lexicon: lower-cases it and
 * removes prefixes, suffixes, particles, possessives and reduplication
 * (`mempertahankan` → `tahan`, `kota-kota` → `kota`). Returns the lower-cased
 * word itself when no root is found. This is what `warta stem` calls.
 *
 * @example
 * stem('mengoordinasikan'); // 'koordinasi'
 */
export function stem(word: string): string {
  shared ??= createStemmer();
  return shared(word);
}

/**
 * `word<TAB>stem` pairs for `warta stem`: one pair per non-empty input word
 * (surrounding white space trimmed), in input order, lazily.
 *
 * @example
 * for (const [w, s] of stemLines(['kota-kota', 'berperan'])) console.log(`${w}\t${s}`);
 */
export function* stemLines(words: Iterable<string>): Iterable<[string, string]> {
  for (const raw of words) {
    const w = raw.trim();
    if (w) yield [w, stem(w)];
  }
}
