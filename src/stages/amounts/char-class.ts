/** Character classes of the piece scanner (word-scan.ts), by UTF-16 code unit. */
export const enum CharClass { Space = 1, Digit = 2, Letter = 3, Other = 4 }

const LETTER = /\p{L}/u;
const SPACE = /\s/u;
/** 0 = not looked at yet; filled on first sight, so the regexes run once per distinct character. */
const TABLE = new Uint8Array(0x10000);

function compute(c: number): CharClass {
  if (c === 32 || c === 10 || c === 13 || c === 9) return CharClass.Space;
  if (c >= 48 && c <= 57) return CharClass.Digit;
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? CharClass.Letter : CharClass.Other;
  const ch = String.fromCharCode(c);
  if (SPACE.test(ch)) return CharClass.Space;
  return LETTER.test(ch) ? CharClass.Letter : CharClass.Other;
}

for (let c = 0; c < 0x80; c++) TABLE[c] = compute(c);

/**
 * The class of a code unit: ASCII space, tab and line breaks and Unicode
 * spaces; ASCII digits; letters (`\p{L}`); anything else. `NaN` (reading
 * past the end of a string) is Other.
 */
export function charClass(c: number): CharClass {
  if (c !== c) return CharClass.Other;
  const k = TABLE[c]!;
  return k !== 0 ? k : (TABLE[c] = compute(c));
}
