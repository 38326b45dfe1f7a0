import { PieceKind, isSpaceUnit, pieceEnd, pieceKindAt } from './word-scan.js';

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

/**
 * The pieces a grammar reads, in columns: runs of consecutive pieces of the
 * text (exactly as `scanPieces` splits it), each around one or more
 * triggering pieces. Piece indices are global over all runs; run `r` holds
 * pieces `[runFrom[r], runTo[r])`, and `hits` lists the triggering pieces in
 * ascending order. The arrays are reused by the next scan: read them before
 * scanning again.
 */
export interface PieceRuns {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly runs: number;
  readonly runFrom: Int32Array;
  readonly runTo: Int32Array;
  readonly hits: Int32Array;
  readonly hitCount: number;
}

// Column buffers shared by every scan (one document at a time): no allocation per piece or per document.
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let kinds = new Uint8Array(1024);
let runFrom = new Int32Array(64);
let runTo = new Int32Array(64);
let hits = new Int32Array(256);

function growPieces(): void {
  const n = starts.length * 2;
  const s = new Int32Array(n); s.set(starts); starts = s;
  const e = new Int32Array(n); e.set(ends); ends = e;
  const k = new Uint8Array(n); k.set(kinds); kinds = k;
}
function growRuns(): void {
  const n = runFrom.length * 2;
  const f = new Int32Array(n); f.set(runFrom); runFrom = f;
  const t = new Int32Array(n); t.set(runTo); runTo = t;
}
function growHits(): void {
  const h = new Int32Array(hits.length * 2); h.set(hits); hits = h;
}

const K_DIGITS: PieceKind = PieceKind.Digits;
const K_WORD: PieceKind = PieceKind.Word;

/** Whether the piece text[start, end) of `kind` triggers. */
function triggers(trig: TriggerTest, text: string, start: number, end: number, kind: PieceKind): boolean {
  if (kind === K_DIGITS) return trig.digits;
  if (kind === K_WORD) return mayBeWord(trig, text, start, end) && trig.words.has(text.slice(start, end));
  return trig.chars.has(text.charCodeAt(start));
}

function result(runs: number, hitCount: number): PieceRuns {
  return { start: starts, end: ends, kind: kinds, runs, runFrom, runTo, hits, hitCount };
}

/**
 * Every piece of the text as one run, with its triggers: the reference
 * reading (and the reading when no tokens layer is at hand).
 */
export function allPieces(text: string, trig: TriggerTest): PieceRuns {
  const n = text.length;
  let count = 0, hitCount = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceUnit(c)) { i++; continue; }
    const start = i;
    const kind = pieceKindAt(c);
    i = pieceEnd(text, start, kind);
    if (count === starts.length) growPieces();
    starts[count] = start; ends[count] = i; kinds[count] = kind;
    if (triggers(trig, text, start, i, kind)) {
      if (hitCount === hits.length) growHits();
      hits[hitCount++] = count;
    }
    count++;
  }
  runFrom[0] = 0; runTo[0] = count;
  return result(hitCount ? 1 : 0, hitCount);
}

/** Start of the whitespace-delimited chunk `chunks` chunks before the one holding `offset` (pieces never span whitespace). */
function chunkStartBack(text: string, offset: number, chunks: number): number {
  let i = offset;
  while (i > 0 && !isSpaceUnit(text.charCodeAt(i - 1))) i--;
  for (let c = 0; c < chunks && i > 0; c++) {
    while (i > 0 && isSpaceUnit(text.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpaceUnit(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/**
 * The pieces near `candidates` only: sorted character offsets that include
 * the start (or a character in the whitespace-delimited chunk) of every
 * triggering piece, typically found from the tokens layer. Each run holds at
 * least `before` pieces before its first trigger and `after` pieces after
 * its last one, and runs closer than that are merged, so a grammar that
 * looks no further than that from a trigger reads each run exactly as it
 * would read the whole text. Each run starts at a chunk boundary, so its
 * pieces are exactly those of a scan over the whole text. False candidates
 * cost a short scan and no run.
 */
export function piecesNearCandidates(text: string, candidates: ArrayLike<number>, trig: TriggerTest, before: number, after: number): PieceRuns {
  const n = text.length;
  const nc = candidates.length;
  let count = 0, runs = 0, hitCount = 0;
  let ci = 0;
  let pos = 0;
  while (ci < nc) {
    if (candidates[ci]! < pos) { ci++; continue; }
    let i = Math.max(pos, chunkStartBack(text, candidates[ci]!, before));
    const from = count;
    const firstHit = hitCount;
    // Index (relative to the run) of the last trigger or candidate-holding piece.
    let last = -1;
    let backOf = -1, back = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isSpaceUnit(c)) { i++; continue; }
      // Close the run once `after` pieces follow the last trigger and the next candidate's context starts later.
      if (last >= 0 && count - from - last > after) {
        if (ci >= nc) break;
        if (backOf !== ci) { backOf = ci; back = chunkStartBack(text, candidates[ci]!, before); }
        if (back >= i) break;
      }
      const start = i;
      const kind = pieceKindAt(c);
      i = pieceEnd(text, start, kind);
      if (count === starts.length) growPieces();
      starts[count] = start; ends[count] = i; kinds[count] = kind;
      const idx = count - from;
      if (triggers(trig, text, start, i, kind)) {
        if (hitCount === hits.length) growHits();
        hits[hitCount++] = count;
        last = idx;
      }
      count++;
      // Candidates inside this piece are covered by the run: they keep it open like a trigger.
      while (ci < nc && candidates[ci]! < i) { ci++; if (last < idx) last = idx; }
    }
    pos = i;
    if (hitCount === firstHit) { count = from; continue; } // no trigger after all: drop the pieces
    if (runs === runFrom.length) growRuns();
    runFrom[runs] = from; runTo[runs] = count;
    runs++;
  }
  return result(runs, hitCount);
}
