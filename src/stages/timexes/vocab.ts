/**
 * Word ids for the timex grammar: every word the lexicon or the grammar
 * names gets a small integer, found by the lexer from a hash it computes
 * while it cuts the word. Rules then test ids and role bits instead of
 * slicing, lower-casing and looking up every word of the text.
 */
import { timexLexicon, type ContextRole } from '../../lang/id/timex-lexicon.js';

const L = timexLexicon();

/** The word of each id (lower case). */
export const VOCAB: string[] = [];
const ids = new Map<string, number>();
let frozen = false;

/** Give `w` (lower case) an id; only before the first text is cut. */
export function intern(w: string): number {
  let id = ids.get(w);
  if (id !== undefined) return id;
  if (frozen) throw new Error(`timex vocabulary is frozen: cannot add "${w}"`);
  id = VOCAB.length;
  ids.set(w, id);
  VOCAB.push(w);
  return id;
}

/** The id of `w` (lower case), or -1. */
export function vocabId(w: string): number {
  return ids.get(w) ?? -1;
}

/**
 * The code of a word's letter in its key: 1-26 for `a`-`z` in either case, 27 for the apostrophe. Nonzero,
 * so that a key tells the length of the word it spells.
 */
export const APOSTROPHE_DIGIT = 27;

/**
 * The key the lexer takes of an all-ASCII word while it cuts it: its letters as base-32 digits (`c & 31` is a
 * letter's place in the alphabet in either case), the first one highest, kept to 32 bits. A shift and an `or`
 * per letter: the multiplication of the rolling hash this replaces made a chain through every letter of the
 * text. Up to `EXACT_KEY_LENGTH` letters the key spells the word, so a word found by its key and length needs
 * no comparison of its codes (most words looked up: `hari`, `yang`, `kata`).
 */
export function wordKey(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    h = (h << 5) | (c === 39 ? APOSTROPHE_DIGIT : c & 31);
  }
  return h;
}

/** Up to this many letters, six digits of five bits, a word's key (`wordKey`) is the word itself. */
const EXACT_KEY_LENGTH = 6;

/** The key mixed (Fibonacci hashing): its top bits index the filter and the table. */
function mix(key: number): number {
  return Math.imul(key, 0x9e3779b1);
}

const ASCII_WORD = /^[a-z']+$/;

// The lookup tables are small and dense on purpose: in the full pipeline the stages before this one
// (entities, persons) evict the caches, and a word costs what the cache lines it touches cost (a 64 KB
// shape bit set and word strings scattered over the heap made the lookups most of the lexer's time).
/** Bit set (8192 bits, 1 KB) over `filterBit` of the key of every word `lookupAscii` can find. */
const FILTER_BITS = new Int32Array(256);
/**
 * Open-addressing table, four numbers a slot so that a probe reads one cache line: the word's key, its
 * id (-1 for an empty slot), and where its codes start in `CHARS` and how many there are.
 */
let TABLE = new Int32Array(0);
let mask = 0;
/** `32 - log2(table slots)`: the top bits of a mixed key are its first slot. */
let slotShift = 0;
/** The ASCII words' codes end to end. */
let CHARS = new Uint8Array(0);

/** Bit index into the filter of a word key: the top 13 bits of the mixed key. */
function filterBit(key: number): number {
  return mix(key) >>> 19;
}

/** Whether the word with key `key` (`wordKey`) may be in the vocabulary: most words are not, and need no lookup. */
export function mayBeWord(key: number): boolean {
  const b = filterBit(key);
  return (FILTER_BITS[b >> 5]! & (1 << (b & 31))) !== 0;
}

function build(): void {
  let size = 64;
  while (size < VOCAB.length * 2) size *= 2;
  mask = size - 1;
  slotShift = 32 - Math.log2(size);
  TABLE = new Int32Array(size * 4);
  for (let slot = 0; slot < size; slot++) TABLE[slot * 4 + 1] = -1;
  TRIGGER = new Uint8Array(VOCAB.length);
  for (let id = 0; id < VOCAB.length; id++) TRIGGER[id] = triggerList[id] ?? 0;
  triggerList = [];
  roleDense = new Int32Array(VOCAB.length);
  for (let id = 0; id < VOCAB.length; id++) roleDense[id] = roleList[id] ?? 0;
  let total = 0;
  for (const w of VOCAB) if (ASCII_WORD.test(w)) total += w.length;
  CHARS = new Uint8Array(total);
  let from = 0;
  for (let id = 0; id < VOCAB.length; id++) {
    const w = VOCAB[id]!;
    // Only words the lexer can cut as one all-ASCII unit are hashed; others are found through `vocabId`.
    if (!ASCII_WORD.test(w)) continue;
    for (let k = 0; k < w.length; k++) CHARS[from + k] = w.charCodeAt(k);
    const h = wordKey(w);
    const b = filterBit(h);
    FILTER_BITS[b >> 5] = FILTER_BITS[b >> 5]! | (1 << (b & 31));
    let slot = mix(h) >>> slotShift;
    while (TABLE[slot * 4 + 1] !== -1) slot = (slot + 1) & mask;
    TABLE[slot * 4] = h;
    TABLE[slot * 4 + 1] = id;
    TABLE[slot * 4 + 2] = from;
    TABLE[slot * 4 + 3] = w.length;
    from += w.length;
  }
  frozen = true;
}

/** 1 for the ids of words a grammar rule can start at (set by grammar.ts before the first text is cut). */
let triggerList: number[] = [];
/** Dense form of the trigger marks, built when the vocabulary freezes. */
export let TRIGGER = new Uint8Array(0);

/** Mark word id `id` as one a rule can start at; only before the first text is cut. */
export function markTrigger(id: number): void {
  if (frozen) throw new Error('timex vocabulary is frozen: cannot mark a trigger');
  triggerList[id] = 1;
}

/** Freeze the vocabulary and build the lookup tables; idempotent. */
export function freezeVocab(): void {
  if (!frozen) build();
}

/**
 * The id of the ASCII word `text[s, e)` whose key is `h` (`wordKey`), or -1. Freezes the vocabulary on first
 * use.
 */
export function lookupAscii(h: number, text: string, s: number, e: number): number {
  if (!frozen) build();
  const len = e - s;
  let slot = mix(h) >>> slotShift;
  for (;;) {
    const at = slot * 4;
    const id = TABLE[at + 1]!;
    if (id === -1) return -1;
    if (TABLE[at] === h && TABLE[at + 3] === len && (len <= EXACT_KEY_LENGTH || sameCodes(TABLE[at + 2]!, text, s, len))) return id;
    slot = (slot + 1) & mask;
  }
}

/** Whether `text[s, s + len)` lower-cased is the vocabulary word whose codes start at `from` in `CHARS`. */
function sameCodes(from: number, text: string, s: number, len: number): boolean {
  let k = 0;
  // `| 32` lower-cases ASCII letters and keeps the apostrophe (39) as it is.
  while (k < len && CHARS[from + k] === (text.charCodeAt(s + k) | 32)) k++;
  return k === len;
}

/** Bit of each context role in `ROLE_BITS`. */
export const ROLE: Readonly<Record<ContextRole, number>> = (() => {
  const roles: ContextRole[] = [
    'age-cue', 'person', 'before-number', 'count-noun', 'future', 'speech', 'year-intro',
    'past-intro', 'set-intro', 'clock-intro', 'ordinal-prefix', 'after-date', 'after-clock', 'duration-intro', 'date-link', 'rate-unit', 'approx', 'loose-before', 'loose-after',
    'other-calendar', 'direction-before', 'direction-after', 'year-bound',
  ];
  const out = {} as Record<ContextRole, number>;
  roles.forEach((r, k) => { out[r] = 1 << k; });
  return out;
})();

/** Role bits by word id (data/id/timex-context.tsv), as interned; made dense when the vocabulary freezes. */
const roleList: number[] = [];
let roleDense = new Int32Array(0);

// Every word the lexicon knows, so that looking one up never slices the text.
for (const [w, roles] of L.context) {
  const id = intern(w);
  let bits = 0;
  for (const r of roles) bits |= ROLE[r];
  roleList[id] = bits;
}
const lexiconWords = [
  ...L.months.keys(), ...L.weekdays.keys(), ...L.units.keys(), ...L.seUnits.keys(), ...L.numberWords.keys(),
  ...[...L.zones.keys()].flatMap((k) => k.split(' ')), ...L.modifiers.keys(), ...L.ordinals.keys(),
  ...[...L.partsOfDay.keys()].flatMap((k) => k.split(' ')),
  ...[...L.phrases.values()].flatMap((list) => list.flatMap((p) => p.words)),
  ...[...L.deictics.values()].flatMap((list) => list.flatMap((d) => d.words)),
];
for (const w of lexiconWords) intern(w);

/** Role bits of word id `id` (0 for -1); only once the vocabulary is frozen (a text has been cut). */
export function roleBits(id: number): number {
  return id >= 0 ? roleDense[id]! : 0;
}
