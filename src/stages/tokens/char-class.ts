/**
 * Character classes of UTF-16 code units, one lookup per unit. Built once at
 * module load from Unicode properties so that the scanner never runs a regex
 * per character or per token.
 */
export const CharClass = {
  other: 0,
  space: 1,
  lower: 2,
  upper: 3,
  digit: 4,
  punct: 5,
  symbol: 6,
  /** Either half of a surrogate pair (emoji and other astral characters). */
  surrogate: 7,
} as const;

function build(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const space = /\s/u;
  const upper = /[\p{Lu}\p{Lt}]/u;
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{Nd}/u;
  const punct = /\p{P}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = CharClass.surrogate;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (space.test(ch) || c === 0x200b || c === 0xfeff) t[c] = CharClass.space;
    else if (c < 0x80 ? c >= 0x41 && c <= 0x5a : upper.test(ch)) t[c] = CharClass.upper;
    else if (letter.test(ch)) t[c] = CharClass.lower;
    else if (digit.test(ch)) t[c] = CharClass.digit;
    else if (punct.test(ch)) t[c] = CharClass.punct;
    else if (c >= 0x20) t[c] = CharClass.symbol;
  }
  // Superscript digits belong to the unit they follow (km², m³).
  t[0xb2] = t[0xb3] = t[0xb9] = CharClass.lower;
  return t;
}

/** Class of every BMP code unit (`CharClass`). */
export const CLASS: Uint8Array = build();
