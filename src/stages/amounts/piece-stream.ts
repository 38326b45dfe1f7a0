import { PieceKind, isSpaceUnit, pieceEnd, pieceKindAt } from './word-scan.js';
import type { WordIds } from './word-ids.js';

/** Which pieces can start what a grammar looks for; the rest of the text is never materialised. */
export interface TriggerTest {
  /** Prefilter of word triggers (see `WordShapes`). */
  readonly shapes: WordShapes;
  /** Ids of lower-cased words: the stream records each piece's id (-1 for none) as it scans it. */
  readonly wordTable: WordIds;
  /** 1 for the ids of the trigger words lower-cased (a superset of `words` in any case). */
  readonly triggerId: Uint8Array;
  /** Bit `PieceKind` set when a piece of that kind may have an id. */
  readonly idKinds: number;
  /** The trigger words as written (`words` lower-cased are the ids with `triggerId`). */
  readonly words: ReadonlySet<string>;
  /** `CaseForm` bits of the words in `words`, by the id of their lower-cased form: the exact test without building the piece's string. */
  readonly triggerForms: Uint8Array;
  /** Single-character pieces (not letters, digits or spaces) that trigger (`$`, `€`). */
  readonly chars: ReadonlySet<number>;
  /** `chars` as a bitmap by code unit (bit `c & 31` of entry `c >>> 5`): asked of every sign scanned, a Set's hashing was most of it. */
  readonly charBits: Uint32Array;
  /** Whether digit pieces trigger. */
  readonly digits: boolean;
}

/**
 * A prefilter of a word list, so most words are ruled out without building
 * their string. Characters count by their low five bits, which fold ASCII
 * case (`S`/`s`): the words are listed in their cased forms anyway. Small
 * (4 KB) so it stays in cache: it runs on every word token of every article.
 */
export interface WordShapes {
  /** Bit `length & 31` of entry `(first & 31) << 5 | (last & 31)`, for each word. */
  readonly lengths: Uint32Array;
  /** Bit `second & 31` of entry `first & 31` (second = 0 for a one-letter word). */
  readonly seconds: Uint32Array;
}

/** The `WordShapes` of `words`. */
export function wordShapes(words: Iterable<string>): WordShapes {
  const lengths = new Uint32Array(1024);
  const seconds = new Uint32Array(32);
  for (const w of words) {
    lengths[((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31)]! |= 1 << (w.length & 31);
    seconds[w.charCodeAt(0) & 31]! |= 1 << ((w.length > 1 ? w.charCodeAt(1) : 0) & 31);
  }
  return { lengths, seconds };
}

/** Whether the word text[start, end) passes the prefilter `shapes`. */
export function mayBeWord(shapes: WordShapes, text: string, start: number, end: number): boolean {
  return fitsShapes(shapes.lengths, shapes.seconds, text, start, end);
}

/** `mayBeWord` with the tables of `WordShapes` given apart, for a loop that reads them once. */
export function fitsShapes(lengths: Uint32Array, seconds: Uint32Array, text: string, start: number, end: number): boolean {
  const c0 = text.charCodeAt(start) & 31;
  const len = end - start;
  return ((lengths[(c0 << 5) | (text.charCodeAt(end - 1) & 31)]! >>> (len & 31)) & 1) !== 0
    && ((seconds[c0]! >>> ((len > 1 ? text.charCodeAt(start + 1) : 0) & 31)) & 1) !== 0;
}

/**
 * The pieces of one text, scanned on demand into reused columns (exactly as
 * `pieceEnd` cuts the text), with the triggering pieces noted as they
 * are scanned. The reader jumps from candidate to candidate and scans
 * forward only as far as its grammar looks, so most of the text is never
 * scanned; a jump starts a new run, and the pieces before it are no longer
 * readable. Piece indices keep growing over the whole text.
 */
export class PieceStream {
  /** Start offset of piece k. Replaced (grown) while scanning: read it through the stream. */
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  kind = new Uint8Array(1024);
  /** First code unit of piece k (a piece of kind Other is that one character, a surrogate pair aside), read from the column rather than the string. */
  first = new Uint16Array(1024);
  /** Word id of piece k in `TriggerTest.wordTable`, -1 for none, `NOT_LOOKED_UP` until asked: read it through `id(k)`. */
  ids = new Int32Array(1024);
  /** Pieces scanned so far. */
  count = 0;
  /** Triggering pieces, in scan order (ascending). */
  hits = new Int32Array(256);
  hitCount = 0;
  /** Where scanning goes on. */
  pos = 0;
  private text = '';
  private trig: TriggerTest | null = null;

  /** Start reading `text` (and forget the previous one). */
  reset(text: string, trig: TriggerTest): void {
    this.text = text;
    this.trig = trig;
    this.count = 0;
    this.hitCount = 0;
    this.pos = 0;
  }

  /** Scan the next piece; false at the end of the text. */
  private scanOne(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    while (i < n && spaceUnit(text.charCodeAt(i))) i++;
    if (i >= n) { this.pos = n; return false; }
    const c = text.charCodeAt(i);
    const kind = pieceKindAt(c);
    const e = pieceEnd(text, i, kind);
    const k = this.count;
    if (k === this.start.length) this.grow();
    this.start[k] = i; this.end[k] = e; this.kind[k] = kind; this.first[k] = c;
    const trig = this.trig!;
    // A word is looked up now only when its shape may be a trigger's (the trigger test needs its id); the grammar
    // asks about fewer than the pieces scanned (the look-behind, a chunk's tail), so the rest wait for `id(k)`.
    const id = !((trig.idKinds >>> kind) & 1) ? -1
      : kind === K_WORD && !mayBeWord(trig.shapes, text, i, e) ? NOT_LOOKED_UP : trig.wordTable.find(text, i, e);
    this.ids[k] = id;
    if (triggers(trig, text, i, e, kind, id)) {
      if (this.hitCount === this.hits.length) { const h = new Int32Array(this.hits.length * 2); h.set(this.hits); this.hits = h; }
      this.hits[this.hitCount++] = k;
    }
    this.count = k + 1;
    this.pos = e;
    return true;
  }

  /** Word id of the scanned piece k in `TriggerTest.wordTable`, or -1 (looked up on first demand, once). */
  id(k: number): number {
    const id = this.ids[k]!;
    return id !== NOT_LOOKED_UP ? id : (this.ids[k] = this.trig!.wordTable.find(this.text, this.start[k]!, this.end[k]!));
  }

  /**
   * Scan until piece k exists and scanning has reached `offset` (-1 and 0 ask for neither); whether piece k exists
   * (false past the end of the text). The one loop over `scanOne`: the grammar's look-ahead and the chunks read
   * around candidates both come through it, so its machine code exists once and a cold article fetches it once.
   */
  scanTo(k: number, offset: number): boolean {
    while (this.count <= k || this.pos < offset) if (!this.scanOne()) break;
    return this.count > k;
  }

  /** Scan the whole text. */
  scanAll(): void {
    this.scanTo(-1, this.text.length);
  }

  /** Continue scanning at `offset` (a chunk start at or after `pos`): a new run starts; returns its first piece index. */
  jump(offset: number): number {
    this.pos = offset;
    return this.count;
  }

  /** End of the whitespace-delimited chunk holding `offset`: `scanTo(-1, chunkEnd(offset))` scans every piece up to it. */
  chunkEnd(offset: number): number {
    const text = this.text;
    const n = text.length;
    let e = offset;
    while (e < n && !spaceUnit(text.charCodeAt(e))) e++;
    return e;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const s = new Int32Array(n); s.set(this.start); this.start = s;
    const e = new Int32Array(n); e.set(this.end); this.end = e;
    const k = new Uint8Array(n); k.set(this.kind); this.kind = k;
    const f = new Uint16Array(n); f.set(this.first); this.first = f;
    const d = new Int32Array(n); d.set(this.ids); this.ids = d;
  }
}

const K_DIGITS: PieceKind = PieceKind.Digits;
const K_WORD: PieceKind = PieceKind.Word;
/** `ids` entry of a word not looked up yet (ids are >= 0, or -1 for none). */
const NOT_LOOKED_UP = -2;

/** Whether the piece text[start, end) of `kind`, word id `id`, triggers. */
function triggers(trig: TriggerTest, text: string, start: number, end: number, kind: PieceKind, id: number): boolean {
  if (kind === K_DIGITS) return trig.digits;
  if (kind === K_WORD) return id >= 0 && writtenAs(trig.triggerForms, id, trig.words, text, start, end);
  return isTriggerChar(trig, text.charCodeAt(start));
}

/** Whether code unit `c` is one of the single-character triggers `trig.chars`. */
export function isTriggerChar(trig: TriggerTest, c: number): boolean {
  return ((trig.charBits[c >>> 5]! >>> (c & 31)) & 1) !== 0;
}

/** The bitmap `TriggerTest.charBits` of code units `chars`. */
export function charBitmap(chars: Iterable<number>): Uint32Array {
  const bits = new Uint32Array(0x10000 >>> 5);
  for (const c of chars) bits[c >>> 5]! |= 1 << (c & 31);
  return bits;
}

/** How an ASCII word is cased: knowing it and the lower-cased word gives the word back, except for `Other`. */
export const enum CaseForm { Lower = 1, Capital = 2, Upper = 4, Other = 8 }

/** The `CaseForm` of text[start, end): no upper-case letter, only the first, no lower-case letter; mixed or beyond ASCII is Other. */
export function caseForm(text: string, start: number, end: number): CaseForm {
  let upper = 0, lower = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return CaseForm.Other;
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  if (upper === 0) return CaseForm.Lower;
  if (lower === 0) return CaseForm.Upper;
  const c0 = text.charCodeAt(start);
  return upper === 1 && c0 >= 65 && c0 <= 90 ? CaseForm.Capital : CaseForm.Other;
}

/**
 * Whether the word text[start, end), whose lower-cased form has word id `id`, is written exactly as one of `set`,
 * whose `CaseForm` bits by id are `forms`: a Lower, Capital or Upper word is that one string, so its bit answers;
 * only an Other word (mixed case, beyond ASCII) is cut and looked up in `set`.
 */
export function writtenAs(forms: Uint8Array, id: number, set: ReadonlySet<string>, text: string, start: number, end: number): boolean {
  const f = forms[id]!;
  if (f === 0) return false;
  const form = caseForm(text, start, end);
  return form !== CaseForm.Other ? (f & form) !== 0 : (f & CaseForm.Other) !== 0 && set.has(text.slice(start, end));
}

/**
 * Start of the whitespace-delimited chunk `chunks` chunks before the one
 * holding `offset` (pieces never span whitespace), or any offset at or
 * before `floor` once the walk gets there (a caller that only acts on a
 * start after `floor` need not walk further).
 */
export function chunkStartBack(text: string, offset: number, chunks: number, floor = 0): number {
  let i = offset;
  while (i > floor && !spaceUnit(text.charCodeAt(i - 1))) i--;
  for (let c = 0; c < chunks && i > floor; c++) {
    while (i > floor && spaceUnit(text.charCodeAt(i - 1))) i--;
    while (i > floor && !spaceUnit(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** `isSpaceUnit` with ASCII decided inline (the walks between candidates run on every character they cross). */
function spaceUnit(c: number): boolean {
  return c < 0x80 ? c === 32 || c === 10 || c === 13 || c === 9 : isSpaceUnit(c);
}
