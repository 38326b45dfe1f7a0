/** Kind of a scanned piece of text. */
export const enum PieceKind { Digits = 0, Word = 1, Other = 2 }

/** A run of digits (with `.`/`,` groups), a word (letters, inner hyphens), or one other character. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: PieceKind;
}

// One compiled pattern, one pass: digit groups keep their separators so
// `1.500.000` and `4,8` stay whole; `Rp4,8` splits into `Rp` + `4,8`.
const PIECE_RE = /\d+(?:[.,]\d+)*|\p{L}+(?:-\p{L}+)*|\S/gu;

/**
 * Split text into pieces for the amount grammar. The amounts stage keeps its
 * own light scanner (instead of the tokens layer) because it must see the
 * exact glue between a figure and its neighbours (`2000cc`, `ke-36`, `NO2`).
 */
export function scanPieces(text: string): Piece[] {
  const out: Piece[] = [];
  PIECE_RE.lastIndex = 0;
  for (let m = PIECE_RE.exec(text); m; m = PIECE_RE.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? PieceKind.Digits : t.length > 1 || /\p{L}/u.test(t) ? PieceKind.Word : PieceKind.Other;
    out.push({ start: m.index, end: m.index + t.length, text: t, kind });
  }
  return out;
}
