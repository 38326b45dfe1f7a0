/**
 * Branded index types. A character offset (UTF-16 code unit into the
 * document text) and a token index are both numbers at run time; branding
 * keeps them from being mixed up at compile time (spaCy issue #2193 is the
 * cautionary tale: `start_char` and `start` were both plain ints).
 */
declare const charBrand: unique symbol;
declare const tokenBrand: unique symbol;

/** Offset in UTF-16 code units into `Document.text`. */
export type CharOffset = number & { readonly [charBrand]: true };
/** Index into the tokens layer. */
export type TokenIndex = number & { readonly [tokenBrand]: true };

/** Brand a number as a character offset. */
export const char = (n: number): CharOffset => n as CharOffset;
/** Brand a number as a token index. */
export const tok = (n: number): TokenIndex => n as TokenIndex;

/** A half-open character span `[start, end)`. */
export interface Span {
  readonly start: CharOffset;
  readonly end: CharOffset;
}

/** Build a span, checking it is well-formed. */
export function span(start: number, end: number): Span {
  if (!(start >= 0 && end >= start)) throw new RangeError(`bad span [${start}, ${end})`);
  return { start: char(start), end: char(end) };
}

/** The text a span covers. */
export const spanText = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);
