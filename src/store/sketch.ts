/**
 * Bottom-k MinHash sketches (Broder 1997; Cohen & Kaplan 2007) over word
 * 3-shingles: the second near-duplicate test after SimHash. SimHash within
 * 3 bits catches copies with changed punctuation or a replaced dateline, but
 * a trimmed ending or an added intro line moves more bits than that on a
 * short article; the resemblance estimated from bottom-k sketches does not
 * depend on article length. Pure, no I/O.
 */
import { hash32, words } from './simhash.js';

/** Sketch size: the k smallest shingle hashes are kept. */
export const SKETCH_SIZE = 16;
/** Words per shingle for the sketch (longer than SimHash's so that common phrases rarely collide). */
export const SKETCH_SHINGLE = 3;
/**
 * Estimated resemblance (Jaccard of shingle sets) at or above which two
 * articles are near duplicates: a wire copy with a new intro line or a
 * trimmed ending keeps well above it, two different reports on one event
 * share few 3-word shingles and stay far below it.
 */
export const MIN_RESEMBLANCE = 0.5;

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

/**
 * Estimated resemblance of two sketches: among the k smallest hashes of
 * their union, the share present in both.
 */
export function resemblance(a: readonly number[], b: readonly number[], k = SKETCH_SIZE): number {
  const sb = new Set(b);
  const sa = new Set(a);
  const union = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, k);
  if (!union.length) return 0;
  let both = 0;
  for (const h of union) if (sa.has(h) && sb.has(h)) both++;
  return both / union.length;
}
