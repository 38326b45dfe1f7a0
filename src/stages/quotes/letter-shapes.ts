/**
 * The a-z x a-z part of a `first << 7 | last` shape table (see
 * `QuoteLexicon.cueShapes`), at `(first - 97) * 26 + last - 97`: the entries
 * that words with ASCII letters at both ends use.
 */
export function letterShapes(shapes: Uint32Array): Uint32Array {
  const out = new Uint32Array(26 * 26);
  for (let f = 0; f < 26; f++) for (let l = 0; l < 26; l++) out[f * 26 + l] = shapes[((97 + f) << 7) | (97 + l)]!;
  return out;
}
