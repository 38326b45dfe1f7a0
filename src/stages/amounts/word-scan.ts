import { CharClass, charClass } from './char-class.js';

/** Kind of a scanned piece of text. */
export const enum PieceKind { Digits = 0, Word = 1, Other = 2 }

/** A run of digits (with `.`/`,` groups), a word (letters, inner hyphens), or one other character. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: PieceKind;
}

const C_SPACE: number = CharClass.Space;
const C_DIGIT: number = CharClass.Digit;
const C_LETTER: number = CharClass.Letter;
function isLetter(c: number): boolean { return charClass(c) === C_LETTER; }
function isDigit(c: number): boolean { return charClass(c) === C_DIGIT; }
function isSpace(c: number): boolean { return charClass(c) === C_SPACE; }

/**
 * Split text into pieces for the amount and quote grammars, in one pass over
 * the characters: digit groups keep their separators so `1.500.000` and `4,8`
 * stay whole, words keep inner hyphens (`kota-kota`, `IUP-nya`), and `Rp4,8`
 * splits into `Rp` + `4,8`. These stages keep their own light scanner
 * (beside the tokens layer) because they must see the exact glue between a
 * figure and its neighbours (`2000cc`, `ke-36`, `NO2`); the amounts stage
 * only uses the tokens layer to find where to scan (trigger-windows.ts).
 */
export function scanPieces(text: string): Piece[] {
  const out: Piece[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    const start = i;
    let kind: PieceKind;
    if (isDigit(c)) {
      kind = PieceKind.Digits;
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 46 || sep === 44) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) { i++; continue; }
        break;
      }
    } else if (isLetter(c)) {
      kind = PieceKind.Word;
      i++;
      for (;;) {
        while (i < n && isLetter(text.charCodeAt(i))) i++;
        if (text.charCodeAt(i) === 45 && i + 1 < n && isLetter(text.charCodeAt(i + 1))) { i++; continue; }
        break;
      }
    } else {
      // Surrogate pairs stay whole so offsets never split a character.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      kind = PieceKind.Other;
    }
    out.push({ start, end: i, text: text.slice(start, i), kind });
  }
  return out;
}
