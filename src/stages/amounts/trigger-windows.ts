import { CharClass, charClass } from './char-class.js';
import { PieceKind, type Piece } from './word-scan.js';

/** Which pieces can start what a grammar looks for; the rest of the text is never materialised. */
export interface TriggerTest {
  /**
   * Prefilter of word triggers, so most words are ruled out without building
   * their string: entry `(first & 0xff) << 8 | (last & 0xff)` is set for each
   * trigger word's first and last characters...
   */
  readonly firstLast: Uint8Array;
  /** ... and bit `length & 31` of entry `first & 0xff` for its length. */
  readonly lengths: Uint32Array;
  /** Word pieces passing the prefilter: the exact test on the word as written. */
  readonly words: ReadonlySet<string>;
  /** Single-character pieces (not letters, digits or spaces) that trigger (`$`, `€`). */
  readonly chars: ReadonlySet<number>;
  /** Whether digit pieces trigger. */
  readonly digits: boolean;
}

/** Build the word prefilter of a `TriggerTest` for `words`. */
export function wordPrefilter(words: Iterable<string>): { firstLast: Uint8Array; lengths: Uint32Array } {
  const firstLast = new Uint8Array(1 << 16);
  const lengths = new Uint32Array(256);
  for (const w of words) {
    firstLast[((w.charCodeAt(0) & 0xff) << 8) | (w.charCodeAt(w.length - 1) & 0xff)] = 1;
    lengths[w.charCodeAt(0) & 0xff]! |= 1 << (w.length & 31);
  }
  return { firstLast, lengths };
}

/** Whether the word text[start, end) passes the prefilter of `trig`. */
export function mayBeWord(trig: TriggerTest, text: string, start: number, end: number): boolean {
  const c0 = text.charCodeAt(start) & 0xff;
  return trig.firstLast[(c0 << 8) | (text.charCodeAt(end - 1) & 0xff)] === 1 && (trig.lengths[c0]! & (1 << ((end - start) & 31))) !== 0;
}

/** Consecutive pieces of a text, and the indices (into `pieces`) of the triggering ones. */
export interface PieceWindow { readonly pieces: Piece[]; readonly hits: number[] }

const C_SPACE: number = CharClass.Space;
const C_DIGIT: number = CharClass.Digit;
const C_LETTER: number = CharClass.Letter;
function isLetter(c: number): boolean { return charClass(c) === C_LETTER; }
function isDigit(c: number): boolean { return charClass(c) === C_DIGIT; }
function isSpace(c: number): boolean { return charClass(c) === C_SPACE; }

// Piece bounds of the document being scanned, reused across calls: one pass writes three ints per piece.
let starts = new Int32Array(4096);
let ends = new Int32Array(4096);
let kinds = new Uint8Array(4096);
let hits = new Int32Array(256);

function grow(): void {
  const n = starts.length * 2;
  const s = new Int32Array(n); s.set(starts); starts = s;
  const e = new Int32Array(n); e.set(ends); ends = e;
  const k = new Uint8Array(n); k.set(kinds); kinds = k;
}

/**
 * The text's pieces (exactly as `scanPieces` splits them) around every
 * triggering piece, as runs of consecutive pieces: each run holds `before`
 * pieces before its first trigger and `after` pieces after its last one,
 * and runs closer than that are merged. One pass over the characters with
 * no allocation per piece; only the pieces inside runs become objects.
 * A grammar that looks no further than `before`/`after` pieces from a
 * trigger reads each run exactly as it would read the whole text.
 */
export function piecesAroundTriggers(text: string, trig: TriggerTest, before: number, after: number): PieceWindow[] {
  const n = text.length;
  let count = 0, nHits = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    const start = i;
    let kind: PieceKind;
    let hit = false;
    if (isDigit(c)) {
      kind = PieceKind.Digits;
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 46 || sep === 44) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) { i++; continue; }
        break;
      }
      hit = trig.digits;
    } else if (isLetter(c)) {
      kind = PieceKind.Word;
      i++;
      for (;;) {
        while (i < n && isLetter(text.charCodeAt(i))) i++;
        if (text.charCodeAt(i) === 45 && i + 1 < n && isLetter(text.charCodeAt(i + 1))) { i++; continue; }
        break;
      }
      hit = mayBeWord(trig, text, start, i) && trig.words.has(text.slice(start, i));
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      kind = PieceKind.Other;
      hit = trig.chars.has(c);
    }
    if (count === starts.length) grow();
    starts[count] = start; ends[count] = i; kinds[count] = kind;
    if (hit) {
      if (nHits === hits.length) { const h = new Int32Array(nHits * 2); h.set(hits); hits = h; }
      hits[nHits++] = count;
    }
    count++;
  }
  const out: PieceWindow[] = [];
  for (let h = 0; h < nHits;) {
    const from = Math.max(0, hits[h]! - before);
    let to = Math.min(count, hits[h]! + after + 1);
    const runHits: number[] = [hits[h]! - from];
    h++;
    while (h < nHits && hits[h]! - before <= to) { to = Math.min(count, hits[h]! + after + 1); runHits.push(hits[h]! - from); h++; }
    const run: Piece[] = new Array(to - from);
    for (let k = from; k < to; k++) run[k - from] = { start: starts[k]!, end: ends[k]!, text: text.slice(starts[k]!, ends[k]!), kind: kinds[k] as PieceKind };
    out.push({ pieces: run, hits: runHits });
  }
  return out;
}

/** Start of the whitespace-delimited chunk `chunks` chunks before the one holding `offset` (pieces never span whitespace). */
function chunkStartBack(text: string, offset: number, chunks: number): number {
  let i = offset;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  for (let c = 0; c < chunks && i > 0; c++) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/**
 * Like `piecesAroundTriggers`, but scanning only near `candidates`: sorted
 * character offsets that include the start (or a character in the
 * whitespace-delimited chunk) of every triggering piece, typically found
 * from the tokens layer. False candidates cost a short scan and no window.
 * Each window starts at a chunk boundary, so its pieces are exactly those
 * of a scan over the whole text.
 */
export function piecesNearCandidates(text: string, candidates: ArrayLike<number>, trig: TriggerTest, before: number, after: number): PieceWindow[] {
  const out: PieceWindow[] = [];
  const n = text.length;
  let ci = 0;
  let pos = 0;
  while (ci < candidates.length) {
    if (candidates[ci]! < pos) { ci++; continue; }
    let i = Math.max(pos, chunkStartBack(text, candidates[ci]!, before));
    const pieces: Piece[] = [];
    const hits: number[] = [];
    let last = -1;
    let backOf = -1, back = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) { i++; continue; }
      // Close the window once `after` pieces follow the last trigger and the next candidate's context starts later.
      if (last >= 0 && pieces.length - last > after) {
        if (ci >= candidates.length) break;
        if (backOf !== ci) { backOf = ci; back = chunkStartBack(text, candidates[ci]!, before); }
        if (back >= i) break;
      }
      const start = i;
      let kind: PieceKind;
      let hit = false;
      if (isDigit(c)) {
        kind = PieceKind.Digits;
        i++;
        for (;;) {
          while (i < n && isDigit(text.charCodeAt(i))) i++;
          const sep = text.charCodeAt(i);
          if ((sep === 46 || sep === 44) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) { i++; continue; }
          break;
        }
        hit = trig.digits;
      } else if (isLetter(c)) {
        kind = PieceKind.Word;
        i++;
        for (;;) {
          while (i < n && isLetter(text.charCodeAt(i))) i++;
          if (text.charCodeAt(i) === 45 && i + 1 < n && isLetter(text.charCodeAt(i + 1))) { i++; continue; }
          break;
        }
      } else {
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
        kind = PieceKind.Other;
        hit = trig.chars.has(c);
      }
      const t = text.slice(start, i);
      if (kind === PieceKind.Word) hit = mayBeWord(trig, text, start, i) && trig.words.has(t);
      const idx = pieces.length;
      pieces.push({ start, end: i, text: t, kind });
      if (hit) { hits.push(idx); last = idx; }
      // Candidates inside this piece are covered by the window: they keep it open like a trigger.
      while (ci < candidates.length && candidates[ci]! < i) { ci++; if (last < idx) last = idx; }
    }
    pos = i;
    if (hits.length) out.push({ pieces, hits });
  }
  return out;
}
