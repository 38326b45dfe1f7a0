/**
 * Feature hashing primitives. Features are hashed from precomputed per-token
 * string hashes with integer mixing, so building a token's ~60 features
 * allocates nothing and touches no string twice.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 units of `s[from, to)`, seeded. */
export function hashRange(s: string, from: number, to: number, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** FNV-1a hash of a whole string. */
export function hashString(s: string, seed = FNV_OFFSET): number {
  return hashRange(s, 0, s.length, seed);
}

/** Mix two 32-bit values into one (murmur3 finaliser on a combination). */
export function mix2(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Mix three 32-bit values into one. */
export function mix3(a: number, b: number, c: number): number {
  return mix2(mix2(a, b), c);
}
