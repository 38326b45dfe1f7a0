/** A figure written in digits, read with Indonesian separators. */
export interface DigitValue {
  readonly value: number;
  /** Written with a thousands or decimal separator (`7.628`, `3,35`). */
  readonly separated: boolean;
}

const THOUSANDS_DOT = /^\d{1,3}(?:\.\d{3})+$/;
const THOUSANDS_DOT_DEC_COMMA = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const THOUSANDS_COMMA = /^\d{1,3}(?:,\d{3}){2,}$/;
const THOUSANDS_COMMA_DEC_DOT = /^\d{1,3}(?:,\d{3})+\.\d+$/;
/** `248,610,000,00`: commas group thousands and the last comma marks two decimals (cents), as typed in some reports. */
const THOUSANDS_COMMA_DEC_COMMA = /^\d{1,3}(?:,\d{3}){2,},\d{2}$/;
const ONE_SEP = /^\d+[.,]\d+$/;

/**
 * Read `1.500.000` (dots group thousands), `4,8` (comma is the decimal mark),
 * `1.05` / `17.20` (a dot that cannot group thousands is a decimal mark, as
 * in market reports), English `1,500,000`, and `248,610,000,00` (cents). Returns null for shapes that
 * are not one figure (`10.9.2019`, `1.2.3`).
 */
export function parseDigits(s: string): DigitValue | null {
  // Most figures are plain integers: read them without a regex.
  let k = 0;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  if (k === s.length && k > 0) return { value: Number(s), separated: false };
  if (THOUSANDS_DOT.test(s)) return { value: Number(s.replace(/\./g, '')), separated: true };
  if (THOUSANDS_DOT_DEC_COMMA.test(s)) return { value: Number(s.replace(/\./g, '').replace(',', '.')), separated: true };
  if (THOUSANDS_COMMA.test(s)) return { value: Number(s.replace(/,/g, '')), separated: true };
  if (THOUSANDS_COMMA_DEC_DOT.test(s)) return { value: Number(s.replace(/,/g, '')), separated: true };
  if (THOUSANDS_COMMA_DEC_COMMA.test(s)) return { value: Number(s.slice(0, -3).replace(/,/g, '') + '.' + s.slice(-2)), separated: true };
  if (ONE_SEP.test(s)) return { value: Number(s.replace(',', '.')), separated: true };
  return null;
}
