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
let table: Int32Array | undefined; // [hash, id] pairs, open addressing
let mask = 0;

/** Give `w` (lower case) an id; only before the first text is cut. */
export function intern(w: string): number {
  let id = ids.get(w);
  if (id !== undefined) return id;
  if (table) throw new Error(`timex vocabulary is frozen: cannot add "${w}"`);
  id = VOCAB.length;
  ids.set(w, id);
  VOCAB.push(w);
  return id;
}

/** The id of `w` (lower case), or -1. */
export function vocabId(w: string): number {
  return ids.get(w) ?? -1;
}

/** The hash the lexer computes over a word's lower-cased ASCII codes. */
export function wordHash(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  return h;
}

const ASCII_WORD = /^[a-z']+$/;

function build(): Int32Array {
  let size = 64;
  while (size < VOCAB.length * 4) size *= 2;
  const t = new Int32Array(size * 2).fill(-1);
  mask = size - 1;
  TRIGGER = new Uint8Array(VOCAB.length);
  for (let id = 0; id < VOCAB.length; id++) TRIGGER[id] = triggerList[id] ?? 0;
  triggerList = [];
  roleDense = new Int32Array(VOCAB.length);
  for (let id = 0; id < VOCAB.length; id++) roleDense[id] = roleList[id] ?? 0;
  for (let id = 0; id < VOCAB.length; id++) {
    const w = VOCAB[id]!;
    // Only words the lexer can cut as one all-ASCII unit are hashed; others are found through `vocabId`.
    if (!ASCII_WORD.test(w)) continue;
    const key = shapeKey(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length, w.charCodeAt(w.length - 1));
    SHAPES[key >> 5] = SHAPES[key >> 5]! | (1 << (key & 31));
    const h = wordHash(w);
    let slot = h & mask;
    while (t[slot * 2 + 1] !== -1) slot = (slot + 1) & mask;
    t[slot * 2] = h;
    t[slot * 2 + 1] = id;
  }
  return t;
}

/** 1 for the ids of words a grammar rule can start at (set by grammar.ts before the first text is cut). */
let triggerList: number[] = [];
/** Dense form of the trigger marks, built when the vocabulary freezes. */
export let TRIGGER = new Uint8Array(0);

/** Mark word id `id` as one a rule can start at; only before the first text is cut. */
export function markTrigger(id: number): void {
  if (table) throw new Error('timex vocabulary is frozen: cannot mark a trigger');
  triggerList[id] = 1;
}

/** Freeze the vocabulary and build the lookup tables (`SHAPES`, the hash table); idempotent. */
export function freezeVocab(): void {
  table ??= build();
}

/**
 * The id of the ASCII word `text[s, e)` whose lower-cased codes hash to `h`,
 * or -1. Freezes the vocabulary on first use.
 */
export function lookupAscii(h: number, text: string, s: number, e: number): number {
  const t = table ?? (table = build());
  let slot = h & mask;
  for (;;) {
    const id = t[slot * 2 + 1]!;
    if (id === -1) return -1;
    if (t[slot * 2] === h) {
      const w = VOCAB[id]!;
      if (w.length === e - s) {
        let k = 0;
        // `| 32` lower-cases ASCII letters and keeps the apostrophe (39) as it is.
        while (k < w.length && w.charCodeAt(k) === (text.charCodeAt(s + k) | 32)) k++;
        if (k === w.length) return id;
      }
    }
    slot = (slot + 1) & mask;
  }
}

/** Bit index into `SHAPES` of a word by its first two and last codes (any case; the second 0 for one letter) and its length. */
export function shapeKey(first: number, second: number, len: number, last: number): number {
  return ((first & 31) << 14) | ((second & 31) << 9) | ((len > 15 ? 15 : len) << 5) | (last & 31);
}

/** A bit set at the shape of every word `lookupAscii` can find: a word of another shape need not be hashed. */
export const SHAPES = new Int32Array(1 << 14);

/** Bit of each context role in `ROLE_BITS`. */
export const ROLE: Readonly<Record<ContextRole, number>> = (() => {
  const roles: ContextRole[] = [
    'age-cue', 'person', 'before-number', 'count-noun', 'future', 'speech', 'year-intro',
    'past-intro', 'set-intro', 'clock-intro', 'ordinal-prefix', 'after-date', 'date-link', 'rate-unit', 'approx', 'loose-before', 'loose-after',
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
  ...L.zones.keys(), ...L.modifiers.keys(), ...L.ordinals.keys(),
  ...[...L.partsOfDay.keys()].flatMap((k) => k.split(' ')),
  ...[...L.phrases.values()].flatMap((list) => list.flatMap((p) => p.words)),
  ...[...L.deictics.values()].flatMap((list) => list.flatMap((d) => d.words)),
];
for (const w of lexiconWords) intern(w);

/** Role bits of word id `id` (0 for -1); only once the vocabulary is frozen (a text has been cut). */
export function roleBits(id: number): number {
  return id >= 0 ? roleDense[id]! : 0;
}
