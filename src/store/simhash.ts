/**
 * 64-bit SimHash (Charikar 2002; Manku et al. 2007 for near-duplicate web
 * pages) over word shingles, and the band split that lets a store find
 * candidates within a Hamming distance without a full scan.
 *
 * Pure: no I/O, no dependencies. The hash is returned as 16 lower-case hex
 * digits so that it stores and compares the same in SQLite and PostgreSQL.
 */

/** Words per shingle. Two-word shingles keep a changed intro line or a trimmed ending from moving too many bits. */
export const SHINGLE_SIZE = 2;
/** Near-duplicate threshold used by the stores (Manku et al. use 3 for 64-bit fingerprints). */
export const NEAR_DUPLICATE_DISTANCE = 3;
/** Bands of 16 bits: with distance ≤ 3 at least one of 4 bands is identical (pigeonhole). */
export const BANDS = 4;

const WORD = /[\p{L}\p{N}]+/gu;

/** 32-bit MurmurHash3 finaliser-based string hash with a seed (fast, well mixed). */
export function hash32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h ^= s.length;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Lower-cased word tokens; punctuation and spacing differences vanish here. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The SimHash of a text (or of its `words()`, when already split) as 16 hex digits.
 *
 * @example
 * hamming(simhash('Presiden Joko Widodo meresmikan bendungan ...'), simhash('Presiden Joko Widodo meresmikan bendungan ...!')); // 0
 */
export function simhash(text: string | readonly string[], shingle = SHINGLE_SIZE): string {
  const w = typeof text === 'string' ? words(text) : text;
  const acc = new Int32Array(64);
  const n = w.length < shingle ? (w.length ? 1 : 0) : w.length - shingle + 1;
  for (let i = 0; i < n; i++) {
    const f = shingle === 2 && w.length > 1 ? w[i]! + ' ' + w[i + 1]! : w.slice(i, i + shingle).join(' ');
    const lo = hash32(f, 0x9747b28c);
    const hi = hash32(f, 0x1b873593);
    for (let b = 0; b < 32; b++) {
      acc[b]! += (lo >>> b) & 1 ? 1 : -1;
      acc[b + 32]! += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (acc[b]! > 0) lo |= 1 << b;
    if (acc[b + 32]! > 0) hi |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Hamming distance between two 16-hex-digit hashes. */
export function hamming(a: string, b: string): number {
  return (
    popcount32((parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0) +
    popcount32((parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0)
  );
}

/** The four 16-bit bands of a hash, as integers (each indexed by the stores). */
export function bands(hash: string): [number, number, number, number] {
  return [
    parseInt(hash.slice(0, 4), 16),
    parseInt(hash.slice(4, 8), 16),
    parseInt(hash.slice(8, 12), 16),
    parseInt(hash.slice(12, 16), 16),
  ];
}
