/**
 * The timex grammar's own units, cut in one pass over the folded text.
 *
 * Why not the shared token layer: dates need finer and steadier cuts than
 * general tokens give — `10/9/2019`, `09.15`, `2014-2019` and `90-an` must be
 * split into their parts, and words glued by a scraper (`MaretTahap`) must be
 * split at the case change. Units keep the document's offsets.
 *
 * The pass also names every word the grammar knows (`vid`, see vocab.ts)
 * from a key taken while the word is cut, so the rules never slice or
 * lower-case the text to find out that a word is of no interest.
 */
import { APOSTROPHE_DIGIT, freezeVocab, lookupAscii, mayBeWord, ROLE, roleBits, TRIGGER, vocabId, VOCAB } from './vocab.js';

const SPEECH = ROLE.speech;

/** Unit kinds: a word (letters, inner apostrophe), a digit run, one punctuation mark or a newline. */
export const KIND_W = 1;
export const KIND_N = 2;
export const KIND_P = 3;

const NO_LIST = new Int32Array(0);

/** One-character strings of the ASCII codes: a punctuation unit's form without slicing. */
const ASCII_STR: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/**
 * The units of one text. Lower-case forms of words the grammar does not
 * know are cut lazily: most are never looked at by name.
 */
export class Units {
  /**
   * Indices, in order, of every unit a grammar rule may start at: digit runs,
   * words marked as triggers in vocab.ts, and `b...` words before a hyphen
   * (a superset: the grammar decides); the first `triggerCount`.
   */
  triggers = NO_LIST;
  triggerCount = 0;
  /** Indices, in order, of the units that may end a sentence: `.`, `!`, `?` and newlines; the first `stopCount`. */
  stops = NO_LIST;
  stopCount = 0;
  /** Indices, in order, of the words with the `speech` role (reporting cues); the first `speechCount`. */
  speech = NO_LIST;
  speechCount = 0;
  /** Indices, in order, of the double-quote and newline units; the first `markCount`. */
  marks = NO_LIST;
  markCount = 0;
  constructor(
    /** The text cut. */
    readonly source: string,
    readonly count: number,
    /** Where units start; the columns hold `count` units, then units of none (see `PAST_END`), then stale data. */
    public start: Int32Array,
    public end: Int32Array,
    /** `KIND_W`, `KIND_N` or `KIND_P`. */
    public kind: Uint8Array,
    /**
     * Vocabulary id of a word unit (vocab.ts), -1 for an unknown word. Other units hold what the rules read of
     * them, as `-2 - x` (at most -2, never a word id): a one-code-unit mark its code, a digit run of at most
     * nine digits its value; -1 for the rest (a surrogate pair, a longer run). See `pcode` and `num`.
     */
    public vid: Int32Array,
    /** 1 for a word starting with an upper-case letter, else 0 (see `cap`). */
    public caps: Uint8Array,
    /** The buffers the columns view. */
    public store: UnitStore,
    /** The cut that wrote the units: the store holds them while its `cut` is this (see `freshUnits`). */
    public gen: number,
  ) {}

  /**
   * Lower-cased text of unit i; '' outside the text. A known word is its vocabulary entry; any other unit
   * is cut and lower-cased alone (about once per article: lower-casing the whole text for it, as this did,
   * cost more than the rest of the call). Alone and in the whole text a unit lower-cases the same, but for
   * a Greek capital sigma at a unit's edge (final or not), which no word the grammar compares to holds.
   */
  lowerAt(i: number): string {
    if (i < 0 || i >= this.count) return '';
    const v = this.vid[i]!;
    if (v >= 0) return VOCAB[v]!;
    const s = this.start[i]!;
    const kind = this.kind[i]!;
    // Digits have no case, nor has an ASCII mark.
    if (kind === KIND_N) return this.source.slice(s, this.end[i]);
    if (kind === KIND_P) {
      const c = this.pcode(i);
      if (c >= 0 && c < 128) return ASCII_STR[c]!;
    }
    return this.source.slice(s, this.end[i]).toLowerCase();
  }

  /**
   * Whether unit i is a word starting with an upper-case letter; false outside the text. A column the lexer
   * writes from the class of the unit's first character, which it has at hand: reading the text here inlined
   * the string access code and the class test at each of the rules' call sites.
   */
  cap(i: number): boolean {
    return i >= 0 && i < this.count && this.caps[i] === 1;
  }

  /** The character code of a one-character punctuation unit (`.` is 46, a newline 10), else -1; -1 outside the text. */
  pcode(i: number): number {
    // Marks have no case, so the code of the form is the code of the lower-case form for every mark compared to.
    // Read from the vid column (`-2 - code`, or -1 for a longer mark, which gives -1 here): reading the text
    // inlined the string access code at every call site, machine code the full pipeline fetches cold.
    return i >= 0 && i < this.count && this.kind[i] === KIND_P ? -2 - this.vid[i]! : -1;
  }

  /** The value of digit unit i (NaN for other units): kept by the lexer up to nine digits, else read from the text. */
  num(i: number): number {
    if (i < 0 || i >= this.count || this.kind[i] !== KIND_N) return NaN;
    const v = this.vid[i]!;
    // Up to nine digits the lexer kept the value (`-2 - value`).
    if (v <= -2) return -2 - v;
    return this.longNum(i);
  }

  /** The value of a digit run of ten digits or more, read from the text (rare). */
  private longNum(i: number): number {
    const s = this.start[i]!;
    const e = this.end[i]!;
    // Beyond 15 digits the sum could round differently from Number(): those are left to it.
    if (e - s > 15) return Number(this.source.slice(s, e));
    let val = 0;
    for (let k = s; k < e; k++) val = val * 10 + (this.source.charCodeAt(k) - 48);
    return val;
  }
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

// ASCII classes: 1 lower-case letter, 2 upper-case letter, 3 digit, 4 blank, 5 newline, 0 other.
const ASCII = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII[c] = 1;
for (let c = 65; c <= 90; c++) ASCII[c] = 2;
for (let c = 48; c <= 57; c++) ASCII[c] = 3;
ASCII[32] = 4; ASCII[9] = 4; ASCII[13] = 4;
ASCII[10] = 5;

/** 1 lower-case letter, 2 upper-case letter, 3 digit, 4 blank, 5 newline, 0 other, for code unit `c` at `text[i]`. */
function cls(text: string, i: number, c: number): number {
  return c < 128 ? ASCII[c]! : clsWide(text, i, c);
}

function clsWide(text: string, i: number, c: number): number {
  if (c === 0xa0) return 4;
  const ch = text[i]!;
  if (!LETTER.test(ch)) return 0;
  return UPPER.test(ch) ? 2 : 1;
}

/** Counts the cuts: cut number `g` writes its units into a store and stamps the store with `g`. */
let generation = 0;

/**
 * How many units past the last the columns hold as none (see `lexUnits`): more than any rule reads past
 * the units it tests (a few), so that a rule reading there without testing `count` sees no unit.
 */
const PAST_END = 16;

/**
 * The column buffers one cut writes, reused by later cuts. Typed buffers rather than arrays grown by push
 * (whose growth runs builtins that are cold at every article in the full pipeline); every unit covers at
 * least one character, so a text's length bounds its units and each index list.
 */
/** Where a `UnitStore` is (see `UnitStore.where`). */
const IN_USE = 0;
const HELD = 1;
const SPARE = 2;

export class UnitStore {
  start: Int32Array<ArrayBuffer>;
  end: Int32Array<ArrayBuffer>;
  kind: Uint8Array<ArrayBuffer>;
  vid: Int32Array<ArrayBuffer>;
  caps: Uint8Array<ArrayBuffer>;
  triggers: Int32Array<ArrayBuffer>;
  stops: Int32Array<ArrayBuffer>;
  speech: Int32Array<ArrayBuffer>;
  marks: Int32Array<ArrayBuffer>;
  /** The cut whose units the buffers hold: units of an earlier cut read stale data (see `freshUnits`). */
  cut = 0;
  /** `IN_USE` (written by the cuts, or let go), `HELD` (in `heldStores`) or `SPARE` (in `spare`). */
  where = IN_USE;
  constructor(size: number) {
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.kind = new Uint8Array(size);
    this.vid = new Int32Array(size);
    this.caps = new Uint8Array(size);
    this.triggers = new Int32Array(size);
    this.stops = new Int32Array(size);
    this.speech = new Int32Array(size);
    this.marks = new Int32Array(size);
  }
}

/** The store the next cut writes, unless `held`. */
let store = new UnitStore(4096);
/** Whether `store` holds units read after the next cut (see `keepUnits`): the next cut writes another store. */
let held = false;
/**
 * Stores set aside by `keepUnits`, oldest first. Past `MAX_HELD` the oldest is written again (units it held,
 * if ever read, are cut again): a scan kept but never taken (an article the timexes stage skips) holds a
 * store only for a while, and no document keeps a store of its own alive.
 */
const heldStores: UnitStore[] = [];
/** Stores released by `releaseUnits`, for cuts to write again. */
const spare: UnitStore[] = [];
/** A batch of 16 sets aside 16 stores at most. */
const MAX_HELD = 32;

/**
 * Marks `u` as read after later cuts (the dct stage's scan, which the timexes stage reads after the dct
 * stage has scanned the rest of a batch): its store is set aside, and later cuts write another, so that
 * `u` is neither copied nor cut again. `releaseUnits` gives the store back.
 */
export function keepUnits(u: Units): void {
  const st = u.store;
  if (st.cut !== u.gen) return; // stale already: `freshUnits` cuts it again
  if (st === store) held = true;
  else if (st.where === SPARE) {
    // Released, then kept again (rare): set aside again before a cut writes it.
    spare.splice(spare.indexOf(st), 1);
    st.where = HELD;
    heldStores.push(st);
  }
}

/**
 * Ends `keepUnits(u)`: `u` is read no more once another text is cut, and its store can take the next
 * cut's units. One article at a time (`keepUnits`, then `releaseUnits` before the next cut) every cut
 * writes the same store.
 */
export function releaseUnits(u: Units): void {
  const st = u.store;
  if (st.cut !== u.gen) return;
  if (st === store) held = false;
  else if (st.where === HELD) {
    heldStores.splice(heldStores.indexOf(st), 1);
    st.where = SPARE;
    spare.push(st);
  }
}

/** The store a cut of `n` characters writes when the current one is held: a released one, else the oldest held past `MAX_HELD`, else a new one. */
function storeAfterHeld(n: number): UnitStore {
  store.where = HELD;
  heldStores.push(store);
  const st = spare.pop() ?? (heldStores.length > MAX_HELD ? heldStores.shift()! : new UnitStore(Math.max(1024, (n + PAST_END) * 2)));
  st.where = IN_USE;
  return st;
}

/**
 * `u` with columns that hold its own units: when a later cut has written its store, the text is cut
 * again (the same units, deterministically). Call before reading a `Units` kept across cuts.
 */
export function freshUnits(u: Units): Units {
  if (u.store.cut === u.gen) return u;
  const again = lexUnits(u.source);
  u.store = again.store;
  u.start = again.start;
  u.end = again.end;
  u.kind = again.kind;
  u.vid = again.vid;
  u.caps = again.caps;
  u.gen = again.gen;
  u.triggers = again.triggers;
  u.stops = again.stops;
  u.speech = again.speech;
  u.marks = again.marks;
  return u;
}

/**
 * Names the words with other than ASCII letters (`wide`, in order), which the lexer's hash lookup leaves
 * out, and adds them to the trigger and speech lists. Its own function, so that this rare path's code is not
 * laid out inside the lexer's, which the full pipeline fetches cold at every article.
 */
function nameWideWords(units: Units, wide: readonly number[]): void {
  for (const w of wide) {
    const v = vocabId(units.lowerAt(w));
    units.vid[w] = v;
    if (v >= 0 && TRIGGER[v] === 1) insertInOrder(units.triggers, units.triggerCount++, w);
    if ((roleBits(v) & SPEECH) !== 0) insertInOrder(units.speech, units.speechCount++, w);
  }
}

/**
 * Puts `x` into the ascending `list[0, count)`, which grows by one. In place rather than sorting a view of
 * the list (`subarray().sort()`), whose builtins made the few articles with such words cost far more.
 */
function insertInOrder(list: Int32Array, count: number, x: number): void {
  let k = count;
  for (; k > 0 && list[k - 1]! > x; k--) list[k] = list[k - 1]!;
  list[k] = x;
}

/** Cut `text` (the folded document text) into units. */
export function lexUnits(text: string): Units {
  const n = text.length;
  freezeVocab();
  // Units still to be read keep their store (see `keepUnits`): this cut writes another.
  if (held) {
    store = storeAfterHeld(n);
    held = false;
  }
  if (store.start.length < n + PAST_END) store = new UnitStore((n + PAST_END) * 2);
  const st = store;
  const start = st.start;
  const end = st.end;
  const kind = st.kind;
  const vid = st.vid;
  const caps = st.caps;
  // The loop reads the text itself (`charCodeAt`), not a copy of its code units in a typed array: the copy
  // (`Buffer#write` as UTF-16) ran node's argument checks and a native call whose code the full pipeline
  // leaves cold at every article, and cost more than the faster reads saved (dct stage -6 to -15% cold).
  // Words with other than ASCII letters are named once the units exist (rare).
  let wide: number[] | undefined;
  const triggers = st.triggers;
  const stops = st.stops;
  const speech = st.speech;
  const marks = st.marks;
  let nTriggers = 0;
  let nStops = 0;
  let nSpeech = 0;
  let nMarks = 0;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const k = c0 < 128 ? ASCII[c0]! : clsWide(text, i, c0);
    if (k === 4) { i++; continue; }
    let j = i + 1;
    let kd = KIND_P;
    let v = -1;
    if (k === 3) {
      let val = c0 - 48;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (cj < 48 || cj > 57) break;
        val = val * 10 + (cj - 48);
        j++;
      }
      kd = KIND_N;
      // The value for `num` (see `vid`): nine digits always fit.
      if (j - i <= 9) v = -2 - val;
      triggers[nTriggers++] = count;
    } else if (k === 1 || k === 2) {
      let prev = k;
      let ascii = c0 < 128;
      // The key of the word (`wordKey`), taken while it is cut: `& 31` is an ASCII letter's place in the
      // alphabet in either case. Only all-ASCII words are looked up by it.
      let h = c0 & 31;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (cj >= 97 && cj <= 122) { prev = 1; h = (h << 5) | (cj & 31); j++; continue; } // the common case first
        if (cj === 32) break; // the usual end of a word, tested before the class table
        const kj = cj < 128 ? ASCII[cj]! : clsWide(text, j, cj);
        if (kj === 1 || kj === 2) {
          // A lower-case letter followed by a capital: two words glued by a scraper (MaretTahap).
          if (kj === 2 && prev === 1 && j - i >= 2) break;
          prev = kj;
          if (cj >= 128) ascii = false;
          h = (h << 5) | (cj & 31);
          j++;
          continue;
        }
        // Inner apostrophe (Jum'at) stays in the word.
        if ((cj === 39 || cj === 0x2019) && j + 1 < n && cls(text, j + 1, text.charCodeAt(j + 1)) === 1) {
          if (cj !== 39) ascii = false;
          h = (h << 5) | APOSTROPHE_DIGIT;
          j++;
          continue;
        }
        break;
      }
      kd = KIND_W;
      if (!ascii) (wide ??= []).push(count);
      // Most words fail the filter and are never looked up.
      else if (mayBeWord(h)) {
        v = lookupAscii(h, text, i, j);
        if (v >= 0) {
          if (TRIGGER[v] === 1) triggers[nTriggers++] = count;
          if ((roleBits(v) & SPEECH) !== 0) speech[nSpeech++] = count;
        }
      }
    } else {
      // The mark's code for `pcode` (see `vid`); a surrogate pair below keeps -1.
      v = -2 - c0;
      if (c0 === 34 || c0 === 10) marks[nMarks++] = count;
      if (c0 === 46 || c0 === 33 || c0 === 63 || c0 === 10) stops[nStops++] = count;
      // `ber...-`: a reduplication rule may start at the word before a hyphen (whatever the word).
      else if (c0 === 45 && count > 0 && kind[count - 1] === KIND_W && (text.charCodeAt(start[count - 1]!) | 32) === 98
        && (nTriggers === 0 || triggers[nTriggers - 1] !== count - 1)) triggers[nTriggers++] = count - 1;
      // Surrogate pairs: one unit per code point.
      else if (c0 >= 0xd800 && c0 <= 0xdbff && i + 1 < n) { j = i + 2; v = -1; }
    }
    start[count] = i;
    end[count] = j;
    kind[count] = kd;
    vid[count] = v;
    // Only a word's first character can be of class 2 (an upper-case letter).
    caps[count] = k === 2 ? 1 : 0;
    count++;
    // The usual blank after a unit, skipped here rather than by a turn of the loop.
    i = j < n && text.charCodeAt(j) === 32 ? j + 1 : j;
  }
  // The columns are the store's buffers themselves: allocating a typed array's store for every text was a
  // tenth of the time, and cutting views of them (`subarray`) ran builtins whose code the full pipeline leaves
  // cold at every article. A later cut may overwrite them, which `freshUnits` repairs for a `Units` used
  // after it. The units just past the last read as none: no kind, no word, empty at the text's end.
  for (let k = count; k < count + PAST_END; k++) {
    start[k] = n;
    end[k] = n;
    kind[k] = 0;
    vid[k] = -1;
    caps[k] = 0;
  }
  st.cut = ++generation;
  const units = new Units(text, count, start, end, kind, vid, caps, st, generation);
  units.triggers = triggers;
  units.triggerCount = nTriggers;
  units.stops = stops;
  units.stopCount = nStops;
  units.speech = speech;
  units.speechCount = nSpeech;
  units.marks = marks;
  units.markCount = nMarks;
  if (wide) nameWideWords(units, wide);
  return units;
}
