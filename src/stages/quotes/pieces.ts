import { CharClass, charClass } from '../amounts/char-class.js';
import { PieceKind, pieceEnd } from '../amounts/word-scan.js';

/** Piece kinds: the amounts stage's (src/stages/amounts/word-scan.ts), whose `pieceEnd` cuts the pieces here too. */
export const K_DIGITS: number = PieceKind.Digits;
export const K_WORD: number = PieceKind.Word;
export const K_OTHER: number = PieceKind.Other;

const C_SPACE: number = CharClass.Space;
const C_DIGIT: number = CharClass.Digit;
const C_LETTER: number = CharClass.Letter;

// One set of buffers for every article: the quotes stage runs synchronously and keeps no pieces
// after it returns, so reusing them spares three typed-array allocations per article.
let capacity = 0;
let startBuf = new Int32Array(0);
let endBuf = new Int32Array(0);
let kindBuf = new Uint8Array(0);
let upperBuf = new Uint8Array(0);
let markBuf = new Uint16Array(0);
let bitsBuf = new Int32Array(0);
let cueBuf = new Int32Array(0);
let flaggedBuf = new Int32Array(0);
let breakBuf = new Int32Array(0);
// Per-piece text caches, shared the same way: an entry is valid when its stamp is the current article's.
let textBuf: string[] = [];
let lowerBuf: string[] = [];
let textStamp = new Int32Array(0);
let lowerStamp = new Int32Array(0);
let generation = 0;

/** `charClass` of the ASCII characters, read without a call in the scan's inner loop. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = charClass(c);

/** 0 = not looked at yet, 1 = not an upper-case letter, 2 = upper-case (`\p{Lu}`). */
const UPPER_TABLE = new Uint8Array(0x10000);
const LU = /\p{Lu}/u;

/** Whether UTF-16 code unit `c` is an upper-case letter (a lone code unit, as `/^\p{Lu}/u` reads a word's first letter). */
export function isUpperUnit(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  if (c !== c) return false;
  let k = UPPER_TABLE[c]!;
  if (k === 0) UPPER_TABLE[c] = k = LU.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/**
 * Whether the terminator or comma `c` at `i` is a segment break candidate, as `segments.ts`'s CANDIDATE
 * regex reads it: `[.!?]` before an optional quote, spaces and a comma, or `[.,]` right before a capital
 * or any character beyond ASCII. (A `.` or `,` inside a digit group is before a digit: never one.)
 */
function breakAfter(src: string, i: number, c: number): boolean {
  const next = src.charCodeAt(i + 1);
  if ((c === 46 || c === 44) && ((next >= 65 && next <= 90) || next >= 0x80)) return true;
  if (c === 44) return false;
  let j = i + 1;
  if (next === 34 || next === 39) j++;
  while (src.charCodeAt(j) === 32) j++;
  return src.charCodeAt(j) === 44;
}

/**
 * The text split into pieces by `pieceEnd` (digit groups, words with inner
 * hyphens, single other characters; spaces skipped), in columnar form: the
 * stage looks at a few hundred pieces per article, so their offsets live in
 * shared typed arrays and a piece's text is cut from the string only when
 * asked for.
 */
export class Pieces {
  readonly n: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  /**
   * Per piece, 1 for a word opening with an upper-case letter (`isUpperUnit` of its first code unit), else 0; and the
   * code unit of a single-character piece (`,`, `"`, `(`), else 0 (`is` is never asked for code 0). Set by the scan,
   * which holds the first character anyway, so that `capitalised` and `is`, written at some 180 places of the stage,
   * read one byte where each read the text: a `charCodeAt` (and an upper-case test) that the compiler copied into
   * every caller. Costs two byte stores per piece; with `SpeakerReader.lookUpBits` kept out of `bitsOf` for the same
   * reason, the stage's compiled callers shrink and a cold article (after the entity tagger) costs 3-4% less.
   */
  readonly upper: Uint8Array;
  readonly mark: Uint16Array;
  /** Speaker-word category bits per piece, -1 until looked up (see SpeakerReader.cat). */
  readonly bits: Int32Array;
  /** Per piece, the quotes stage's index of the cue word it is, -1 for none. */
  readonly cueSlot: Int32Array;
  /** This article's stamp (never 0, and unique among the live `Pieces`): per-piece memos shared across articles are valid where they hold it. */
  readonly gen: number;

  /**
   * Words flagged while scanning (see the constructor), ascending, in
   * `flagged[0 .. flaggedCount)`.
   */
  readonly flagged: Int32Array;
  readonly flaggedCount: number;

  /**
   * Where a quote segment may break (`segments.ts`: a line break, a terminator before a comma, a full stop or
   * comma glued to a capital), ascending in `breaks[0 .. breakCount)`: found by this scan, which meets every
   * such character as a line break or a single-character piece, rather than by a second pass over the text.
   */
  readonly breaks: Int32Array;
  readonly breakCount: number;

  /**
   * @param shapes when given, a 26 x 26 shape table (`letterShapes`): words of one or two letters, words
   *   with other than ASCII letters at an end, and words whose entry has their length's bit are flagged.
   */
  constructor(readonly src: string, shapes: Uint32Array | null = null) {
    const len = src.length;
    if (capacity < len + 1) {
      capacity = Math.max(len + 1, capacity * 2, 1024);
      startBuf = new Int32Array(capacity);
      endBuf = new Int32Array(capacity);
      kindBuf = new Uint8Array(capacity);
      upperBuf = new Uint8Array(capacity);
      markBuf = new Uint16Array(capacity);
      bitsBuf = new Int32Array(capacity);
      cueBuf = new Int32Array(capacity);
      flaggedBuf = new Int32Array(capacity);
      breakBuf = new Int32Array(capacity);
      textBuf = new Array<string>(capacity).fill('');
      lowerBuf = new Array<string>(capacity).fill('');
      textStamp = new Int32Array(capacity);
      lowerStamp = new Int32Array(capacity);
    }
    const S = startBuf, E = endBuf, K = kindBuf, U = upperBuf, M = markBuf, F = flaggedBuf, B = breakBuf;
    let n = 0;
    let nf = 0;
    let nb = 0;
    let i = 0;
    while (i < len) {
      const c = src.charCodeAt(i);
      const start = i;
      let kind: number;
      let upper = 0, mark = 0;
      if (((c | 0x20) - 97) >>> 0 < 26) {
        // A word opening with an ASCII letter (nearly every piece) first, before any class lookup: ASCII
        // letters go on, and any other ASCII character but a hyphen or an apostrophe ends the word as in
        // `pieceEnd`, which decides the rest (those two, a character beyond ASCII) from the start.
        i++;
        let x = 0;
        while (i < len && (((x = src.charCodeAt(i)) | 0x20) - 97) >>> 0 < 26) i++;
        if (i < len && (x === 45 || x === 39 || x >= 128)) i = pieceEnd(src, start, K_WORD);
        kind = K_WORD;
        if (c <= 90) upper = 1;
      } else {
        if (c === 32) { i++; continue; }
        const cls = c < 128 ? ASCII_CLASS[c]! : charClass(c);
        if (cls === C_SPACE) {
          if (c === 10) B[nb++] = i;
          i++;
          continue;
        }
        kind = cls === C_LETTER ? K_WORD : cls === C_DIGIT ? K_DIGITS : K_OTHER;
        if (kind === K_OTHER && c < 128) {
          i++;
          if ((c === 46 || c === 44 || c === 33 || c === 63) && breakAfter(src, start, c)) B[nb++] = start;
        } else i = pieceEnd(src, start, kind);
        if (kind === K_OTHER) mark = c;
        else if (kind === K_WORD && isUpperUnit(c)) upper = 1;
      }
      if (kind === K_WORD && shapes) {
        const f = c | 0x20, l = src.charCodeAt(i - 1) | 0x20;
        if (i - start <= 2 || !(f >= 97 && f <= 122 && l >= 97 && l <= 122) || (shapes[(f - 97) * 26 + l - 97]! & (1 << ((i - start) & 31))) !== 0) F[nf++] = n;
      }
      S[n] = start;
      E[n] = i;
      K[n] = kind;
      U[n] = upper;
      M[n] = mark;
      n++;
    }
    this.n = n;
    this.flagged = F;
    this.flaggedCount = nf;
    this.breaks = B;
    this.breakCount = nb;
    this.start = S;
    this.end = E;
    this.kind = K;
    this.upper = U;
    this.mark = M;
    this.bits = bitsBuf;
    bitsBuf.fill(-1, 0, n);
    this.cueSlot = cueBuf;
    cueBuf.fill(-1, 0, n);
    // Stamps start at 0 in a new buffer: generations start at 1 (and wrap long before overflow matters).
    generation = generation >= 0x7ffffff0 ? 1 : generation + 1;
    if (generation === 1) { textStamp.fill(0); lowerStamp.fill(0); }
    this.gen = generation;
  }

  /** Text of piece i (empty outside the pieces). */
  text(i: number): string {
    if (i < 0 || i >= this.n) return '';
    if (textStamp[i] === this.gen) return textBuf[i]!;
    textStamp[i] = this.gen;
    return (textBuf[i] = this.src.slice(this.start[i]!, this.end[i]!));
  }

  /** Lower-cased text of piece i, computed once (empty outside the pieces). */
  lower(i: number): string {
    if (i < 0 || i >= this.n) return '';
    if (lowerStamp[i] === this.gen) return lowerBuf[i]!;
    lowerStamp[i] = this.gen;
    return (lowerBuf[i] = this.text(i).toLowerCase());
  }

  /**
   * Whether `lower(i) === word` for a lower-case ASCII `word` (`bahwa`, `oleh`), read in place: an ASCII
   * piece is compared letter by letter, case-folded; a piece with other characters goes through `lower`
   * (lower-casing one may yield ASCII letters, as the Kelvin sign does).
   */
  lowerIs(i: number, word: string): boolean {
    if (i < 0 || i >= this.n) return word === '';
    const s = this.start[i]!, len = this.end[i]! - s, src = this.src;
    for (let k = 0; k < len; k++) if (src.charCodeAt(s + k) >= 128) return this.lower(i) === word;
    if (len !== word.length) return false;
    for (let k = 0; k < len; k++) {
      let c = src.charCodeAt(s + k);
      if (c >= 65 && c <= 90) c |= 0x20;
      if (c !== word.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Whether piece i exists and is the single character `code` (`,`, `.`, `"`...). */
  is(i: number, code: number): boolean {
    return i >= 0 && i < this.n && this.mark[i] === code;
  }

  /** Whether piece i exists and is a word opening with an upper-case letter (`isUpperUnit` of its first code unit). */
  capitalised(i: number): boolean {
    return i >= 0 && i < this.n && this.upper[i] === 1;
  }

  /** Whether piece i exists and is a word. */
  isWord(i: number): boolean {
    return i >= 0 && i < this.n && this.kind[i] === K_WORD;
  }

  /** First piece starting at or after `offset`. */
  at(offset: number): number {
    const S = this.start;
    let lo = 0, hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (S[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
