import { CharClass, charClass } from './char-class.js';

/**
 * Kind of a piece of text: a run of digits (with `.`/`,` groups), a word
 * (letters, inner hyphens and apostrophes), or one other character. The amounts and quotes
 * stages cut the text into such pieces themselves (beside the tokens layer)
 * because they must see the exact glue between a figure and its neighbours
 * (`2000cc`, `ke-36`, `NO2`, `Rp4,8` as `Rp` + `4,8`).
 */
export const enum PieceKind { Digits = 0, Word = 1, Other = 2 }

const C_SPACE: number = CharClass.Space;
const C_DIGIT: number = CharClass.Digit;
const C_LETTER: number = CharClass.Letter;
const K_DIGITS: PieceKind = PieceKind.Digits;
const K_WORD: PieceKind = PieceKind.Word;
const K_OTHER: PieceKind = PieceKind.Other;
function isLetter(c: number): boolean { return charClass(c) === C_LETTER; }
function isDigit(c: number): boolean { return charClass(c) === C_DIGIT; }

/** Whether code unit `c` is whitespace between pieces (ASCII and Unicode spaces, line breaks). */
export function isSpaceUnit(c: number): boolean { return charClass(c) === C_SPACE; }

/** Kind of the piece that starts with code unit `c` (not a space). */
export function pieceKindAt(c: number): PieceKind {
  const k = charClass(c);
  return k === C_DIGIT ? K_DIGITS : k === C_LETTER ? K_WORD : K_OTHER;
}

/**
 * End (exclusive) of the piece of `kind` starting at `start`: digit groups
 * keep their separators (`1.500.000`, `4,8`), words their inner hyphens
 * (`kota-kota`, `IUP-nya`) and apostrophes (`Ma'ruf`, `Sa'adi`, `Jum'at`: an
 * apostrophe between letters is part of the name, not a quotation mark), and
 * anything else is one character (a surrogate
 * pair stays whole so offsets never split a character). Every scanner of
 * pieces goes through this one function, so they all split text alike.
 */
export function pieceEnd(text: string, start: number, kind: PieceKind): number {
  const n = text.length;
  let i = start + 1;
  if (kind === K_DIGITS) {
    for (;;) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      const sep = text.charCodeAt(i);
      if ((sep === 46 || sep === 44) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) { i++; continue; }
      return i;
    }
  }
  if (kind === K_WORD) {
    for (;;) {
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if ((c === 45 || c === 39) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) { i++; continue; }
      return i;
    }
  }
  const c = text.charCodeAt(start);
  return c >= 0xd800 && c <= 0xdbff && i < n ? i + 1 : i;
}
