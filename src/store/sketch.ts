/**
 * Near-duplicate candidates from bottom-k MinHash sketches (Broder 1997;
 * Cohen & Kaplan 2007) over word 3-shingles, confirmed by the copy test
 * (copy-test.ts): the second near-duplicate search after SimHash. SimHash
 * within 3 bits catches copies with changed punctuation or a replaced
 * dateline, but a trimmed ending or a new intro
 * line moves more bits than that on a short article. A sketch alone
 * estimates resemblance too loosely to tell a wire copy from a follow-up
 * story that reuses a third of its text, hence the exact test on the few
 * candidates. Pure, no I/O.
 */
import { hash32, words } from './simhash.js';

/** Sketch size: the k smallest shingle hashes are kept (indexed by the stores to find candidates). */
export const SKETCH_SIZE = 32;
/** Words per shingle for the sketch (longer than SimHash's so that common phrases rarely collide). */
export const SKETCH_SHINGLE = 3;

/** The set of word 3-shingles of `w` (the words themselves, joined, when fewer than three). */
export function shingles(w: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (w.length < SKETCH_SHINGLE) {
    if (w.length) out.add(w.join(' '));
    return out;
  }
  for (let i = 0; i + 2 < w.length; i++) out.add(w[i]! + ' ' + w[i + 1]! + ' ' + w[i + 2]!);
  return out;
}

/** Jaccard index of two shingle sets (1 when both are empty). */
export function setResemblance(sa: ReadonlySet<string>, sb: ReadonlySet<string>): number {
  if (!sa.size && !sb.size) return 1;
  let both = 0;
  for (const x of sa) if (sb.has(x)) both++;
  return both / (sa.size + sb.size - both);
}

/** Exact resemblance of two texts (or their `words()`): the Jaccard index of their word 3-shingle sets. */
export function jaccard(a: string | readonly string[], b: string | readonly string[]): number {
  return setResemblance(shingles(typeof a === 'string' ? words(a) : a), shingles(typeof b === 'string' ? words(b) : b));
}

/** The sorted bottom-k hashes (unsigned 32-bit) of a text's word shingles (the text, or its `words()`). */
export function sketch(text: string | readonly string[], k = SKETCH_SIZE): number[] {
  const w = typeof text === 'string' ? words(text) : text;
  const n = w.length < SKETCH_SHINGLE ? (w.length ? 1 : 0) : w.length - SKETCH_SHINGLE + 1;
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    seen.add(hash32(w.length >= 3 ? w[i]! + ' ' + w[i + 1]! + ' ' + w[i + 2]! : w.join(' '), 0x2545f491));
  }
  return [...seen].sort((a, b) => a - b).slice(0, k);
}
