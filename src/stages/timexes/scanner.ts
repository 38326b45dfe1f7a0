/**
 * The units the timex grammar reads and the small recognisers its rules
 * share: numbers in digits and words, months, weekdays, years, parts of day,
 * deictics, clock times, and the name test that keeps `GIIAS 2019` out.
 */
import { timexLexicon, type Deictic, type PartOfDay, type TimeUnit, type TimexPhrase } from '../../lang/id/timex-lexicon.js';
import { KIND_N, KIND_P, KIND_W, lexUnits, type Units } from './lex.js';
import { intern, ROLE, roleBits, VOCAB, vocabId } from './vocab.js';

const L = timexLexicon();

/** Codes of the marks the rules test with `Scanner.pc`. */
export const SLASH = 47;
export const DOT = 46;
export const COMMA = 44;
export const HYPHEN = 45;
export const COLON = 58;
export const LPAREN = 40;
export const RPAREN = 41;
export const EN_DASH = 0x2013;
export const EM_DASH = 0x2014;

/** Read access to the units of one text, with the context tests the rules share. */
export class Scanner {
  readonly u: Units;
  private readonly n: number;
  private readonly kind: Uint8Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly vid: Int32Array;
  private readonly caps: Uint8Array;
  constructor(readonly text: string) {
    this.u = lexUnits(text);
    this.n = this.u.count;
    this.kind = this.u.kind;
    this.start = this.u.start;
    this.end = this.u.end;
    this.vid = this.u.vid;
    this.caps = this.u.caps;
  }
  /**
   * Word i in lower case when the grammar knows it (vocab.ts), else ''. Every
   * word a rule compares to or looks up is in the vocabulary, so an unknown
   * word reads as no word without being cut out of the text.
   */
  w(i: number): string {
    if (i < 0 || i >= this.n || this.kind[i] !== KIND_W) return '';
    const v = this.vid[i]!;
    return v >= 0 ? VOCAB[v]! : '';
  }
  /**
   * Vocabulary id of word i (vocab.ts), else a negative number (-1, or the `-2 - x` a mark or a digit run
   * holds, see `Units.vid`): what the rules test instead of `w`, so that naming a word reads only the unit's
   * id and a small table, not its string and a map (see `ById`). Test it for `>= 0` or against a word's id,
   * never against -1.
   */
  id(i: number): number {
    return i >= 0 && i < this.n ? this.vid[i]! : -1;
  }
  /** Word i in lower case, known or not; '' for other units. */
  word(i: number): string {
    return i >= 0 && i < this.n && this.kind[i] === KIND_W ? this.u.lowerAt(i) : '';
  }
  /**
   * The code of unit i when it is a one-character mark (`S.pc(i) === SLASH`), else -1. The rules test marks
   * by code: comparing forms inlined the lazy lower-casing of `lowerAt` at each of some sixty call sites,
   * machine code that the full pipeline, which evicts the caches between articles, fetched afresh each time.
   */
  pc(i: number): number {
    // As `Units.pcode`: a mark's code is kept in the vid column as `-2 - code`.
    return i >= 0 && i < this.n && this.kind[i] === KIND_P ? -2 - this.vid[i]! : -1;
  }
  isNum(i: number): boolean {
    return i >= 0 && i < this.n && this.kind[i] === KIND_N;
  }
  num(i: number): number {
    return this.u.num(i);
  }
  len(i: number): number {
    return this.end[i]! - this.start[i]!;
  }
  cap(i: number): boolean {
    return i >= 0 && i < this.n && this.caps[i] === 1;
  }
  /** Unit i touches unit i-1 (no space between). */
  glued(i: number): boolean {
    return i > 0 && i < this.n && this.start[i] === this.end[i - 1];
  }
  /** Whether word i has the context role `bit` (a `ROLE` value). */
  role(i: number, bit: number): boolean {
    return i >= 0 && i < this.n && this.kind[i] === KIND_W && (roleBits(this.vid[i]!) & bit) !== 0;
  }
  isDash(i: number): boolean {
    const c = this.pc(i);
    return c === HYPHEN || c === EN_DASH || c === EM_DASH;
  }
  /** Whether unit i opens a sentence or clause (nothing or a sentence mark or newline before it). */
  sentenceStart(i: number): boolean {
    if (i === 0) return true;
    const c = this.pc(i - 1);
    if (c === HYPHEN) return !this.glued(i) && !this.glued(i - 1); // `Jakarta - Presiden`, not `Undang-Undang`
    // . \n ! ? " : (
    return c === DOT || c === 10 || c === 33 || c === 63 || c === 34 || c === COLON || c === LPAREN;
  }
}

/** A number written in digits (with a decimal comma) or in words; `value` null for vague `beberapa`, `puluhan`. */
export interface Count { value: number | null; e: number; digits: boolean }

/**
 * A lexicon map re-keyed by word id. In the full pipeline the stages before
 * this one leave the caches cold, and a map lookup by string reads the
 * word's string and the map's buckets, scattered over the heap; an array
 * indexed by the id the lexer already found reads one slot.
 */
export class ById<T> {
  private readonly slots: ReadonlyArray<T | undefined>;
  constructor(entries: Iterable<readonly [string, T]>) {
    const slots: Array<T | undefined> = Array.from({ length: VOCAB.length }, () => undefined);
    for (const [w, v] of entries) {
      const id = vocabId(w);
      // vocab.ts interns every lexicon word, so a word without an id would be a bug there.
      if (id < 0) throw new Error(`timex lexicon word "${w}" has no vocabulary id`);
      slots[id] = v;
    }
    this.slots = slots;
  }
  get(id: number): T | undefined {
    // `>>> 0` turns -1 (no word) into a huge index: one comparison covers both ends.
    return (id >>> 0) < this.slots.length ? this.slots[id] : undefined;
  }
  has(id: number): boolean {
    return this.get(id) !== undefined;
  }
}

/** Vague quantity words (data/id/timex-number-words.tsv, role `vague`): `beberapa tahun` is PXY. */
export const VAGUE: ReadonlySet<string> = L.vagueCounts;

/** Words the rules compare units to by name (`S.id(i) === W.tahun`). */
export const WORD_LITERALS = [
  'abad', 'am', 'an', 'anggaran', 'atas', 'bulan', 'dekade', 'era', 'fiskal', 'hari', 'hingga', 'ini', 'jam', 'kali',
  'ke', 'lalu', 'minggu', 'pekan', 'per', 'pm', 'q', 'sampai', 'sekali', 'setengah', 'tahun', 'tanggal', 'x',
] as const;
for (const w of [...VAGUE, ...WORD_LITERALS]) intern(w);

/** Vocabulary id of each word in `WORD_LITERALS`. */
export const W: Readonly<Record<(typeof WORD_LITERALS)[number], number>> = Object.freeze(
  Object.fromEntries(WORD_LITERALS.map((w) => [w, vocabId(w)])) as Record<(typeof WORD_LITERALS)[number], number>,
);

/** The lexicon by word id (see `ById`); two-word parts of day are in `POD_TWO`. */
export const MONTHS = new ById(L.months);
export const WEEKDAYS = new ById(L.weekdays);
export const UNITS = new ById(L.units);
export const SE_UNITS = new ById(L.seUnits);
export const NUMBER_WORDS = new ById(L.numberWords);
/** One-word time zones (`WIB`), which count only written in capitals; two-word ones are in `zoneEnd`. */
export const ZONES = new ById([...L.zones].filter(([k]) => !k.includes(' ')));
/** Two-word time zones (`waktu setempat`) by the id of their first word, then of their second. */
const ZONE_TWO: ById<ById<true>> = (() => {
  const out = new Map<string, Array<[string, true]>>();
  for (const k of L.zones.keys()) {
    const parts = k.split(' ');
    if (parts.length !== 2) continue;
    out.set(parts[0]!, [...(out.get(parts[0]!) ?? []), [parts[1]!, true]]);
  }
  return new ById([...out].map(([w, inner]) => [w, new ById(inner)] as const));
})();

/** The most capitalised words a place's own time may name after `waktu` (`waktu Indonesia Barat`). */
const PLACE_ZONE_WORDS = 3;

/**
 * The end of a time zone written at e (`WIB`, `waktu setempat`), or e when there is none. After a clock time
 * (`place`) the first word of a two-word zone also takes a place's own time, named by capitalised words (`pukul
 * 10.00 waktu Changzhou`, `12:15 waktu Hanoi`, `waktu Arab Saudi`, `waktu Indonesia Barat`), as `waktu setempat`
 * is the local time; a weekday or month there is none. Not after a part of day: fresh gold leaves `waktu Indonesia`
 * out of `malam nanti waktu Indonesia`.
 */
export function zoneEnd(S: Scanner, e: number, place: boolean): number {
  if (ZONES.has(S.id(e)) && S.cap(e)) return e + 1;
  const two = ZONE_TWO.get(S.id(e));
  if (!two) return e;
  if (two.has(S.id(e + 1))) return e + 2;
  if (!place) return e;
  let k = e + 1;
  while (k - e <= PLACE_ZONE_WORDS && S.u.kind[k] === KIND_W && S.cap(k) && !S.glued(k) && !WEEKDAYS.has(S.id(k)) && !MONTHS.has(S.id(k))) k++;
  return k > e + 1 ? k : e;
}
export const MODIFIERS = new ById(L.modifiers);
export const ORDINALS = new ById(L.ordinals);
/**
 * Stands for a hyphen unit in `wordIds`. `restMatches` tests the mark's code for it and never compares it
 * with a unit's id, where -2 is a digit run of value 0 (see `Units.vid`).
 */
const HYPHEN_ID = -2;

/** Word ids of a lexicon entry's words (`HYPHEN_ID` for a hyphen), so that matching the entry compares ids. */
function wordIds(words: readonly string[]): Int32Array {
  return Int32Array.from(words, (w) => {
    if (w === '-') return HYPHEN_ID;
    const id = vocabId(w);
    if (id < 0) throw new Error(`timex lexicon word "${w}" has no vocabulary id`);
    return id;
  });
}

/** A multi-word lexicon entry with the ids of its words, and what `read` made of it at load (`keyed`). */
export interface Keyed<T, R> { readonly entry: T; readonly ids: Int32Array; readonly read: R }

/** Whether the units after i are the words of `ids` after its first (which the caller has matched at i). */
export function restMatches(S: Scanner, i: number, ids: Int32Array): boolean {
  for (let k = 1; k < ids.length; k++) {
    const want = ids[k]!;
    if (want === HYPHEN_ID ? S.pc(i + k) !== HYPHEN : S.id(i + k) !== want) return false;
  }
  return true;
}

function keyed<T extends { words: readonly string[] }, R>(m: ReadonlyMap<string, readonly T[]>, read: (entry: T) => R): ById<ReadonlyArray<Keyed<T, R>>> {
  return new ById([...m].map(([w, list]) => [w, list.map((entry) => ({ entry, ids: wordIds(entry.words), read: read(entry) }))] as const));
}

/**
 * A phrase's value spec (data/id/timex-phrases.tsv) as the grammar builds its match: `kind` 'ref' (`value` is
 * PRESENT_REF, PAST_REF or FUTURE_REF), 'set' or 'dur' (`value` is the TIMEX3 value after `SET:`/`DUR:`),
 * 'rel' (`D+1`, `P:D+0:TEV`: `n` units from the anchor, or from the previous date when `prev`, at part of day
 * `pod`) or 'none' (a blocker). Read once at load: reading it with a regular expression at each match ran the
 * regex engine, whose code the full pipeline leaves cold, in most articles. One shape for every kind.
 */
export interface PhraseValue {
  readonly kind: 'ref' | 'set' | 'dur' | 'rel' | 'none';
  /** The value for 'ref', 'set' and 'dur'; the spec itself for the others. */
  readonly value: string;
  readonly unit: 'D' | 'W' | 'M' | 'Y';
  readonly n: number;
  readonly prev: boolean;
  readonly pod: PartOfDay | undefined;
}

const REL_SPEC = /^(P:)?([DWMY])([+-]\d+)(?::(\w+))?$/;

/** The one constructor of `PhraseValue`s. */
function phraseValue(kind: PhraseValue['kind'], value: string, unit: PhraseValue['unit'], n: number, prev: boolean, pod: PartOfDay | undefined): PhraseValue {
  return { kind, value, unit, n, prev, pod };
}

function readPhraseValue(ph: TimexPhrase): PhraseValue {
  const spec = ph.spec;
  if (spec === 'PRESENT_REF' || spec === 'PAST_REF' || spec === 'FUTURE_REF') return phraseValue('ref', spec, 'D', 0, false, undefined);
  if (spec.startsWith('SET:')) return phraseValue('set', spec.slice(4), 'D', 0, false, undefined);
  if (spec.startsWith('DUR:')) return phraseValue('dur', spec.slice(4), 'D', 0, false, undefined);
  // timex-lexicon.ts has checked every spec: what is left is NONE (type NONE: a blocker) or a relative one.
  const m = REL_SPEC.exec(spec);
  if (!m) return phraseValue('none', spec, 'D', 0, false, undefined);
  return phraseValue('rel', spec, m[2] as PhraseValue['unit'], Number(m[3]), m[1] !== undefined, m[4] as PartOfDay | undefined);
}

/** Fixed phrases (each with its value read) and deictics by the id of their first word, longest first. */
export const PHRASES = keyed(L.phrases, readPhraseValue);
export const DEICTICS = keyed(L.deictics, () => null);
/**
 * The unit of each one-word recurrence adjective (`tahunan` SET:P1Y, `mingguan` SET:P1W), from the phrases:
 * a number word before it counts the periods (`dua tahunan` is every two years).
 */
export const PERIOD_UNITS = new ById([...L.phrases.values()].flat().flatMap((ph) => {
  const m = ph.words.length === 1 ? /^SET:P1([YMWD])$/.exec(ph.spec) : null;
  return m ? [[ph.words[0]!, m[1] as TimeUnit] as const] : [];
}));
/** Vague quantity words by id (`VAGUE`). */
export const VAGUE_IDS = new ById([...VAGUE].map((w) => [w, true] as const));
const POD_ONE = new ById([...L.partsOfDay].filter(([k]) => !k.includes(' ')));

/** A count at i: digits (`1,5`, `5 (lima)`) or number words (`dua ratus tiga puluh`, `setengah`), or a vague `beberapa`. */
export function parseCount(S: Scanner, i: number): Count | null {
  if (S.isNum(i)) {
    if (S.len(i) > 6) return null; // no duration runs to millions of units
    // Part of a bigger figure or code (1.500, 2/3, ke-5): not a count of time units.
    if (S.glued(i) && (S.pc(i - 1) === DOT || S.pc(i - 1) === COMMA || S.pc(i - 1) === SLASH || S.isNum(i - 1))) return null;
    if (S.glued(i) && S.pc(i - 1) === HYPHEN && S.role(i - 2, ROLE['ordinal-prefix'])) return null;
    let v = S.num(i);
    let e = i + 1;
    if (S.pc(e) === COMMA && S.glued(e) && S.isNum(e + 1) && S.glued(e + 1)) {
      v = Number(`${S.text.slice(S.u.start[i], S.u.end[i])}.${S.text.slice(S.u.start[e + 1], S.u.end[e + 1])}`);
      e += 2;
    } else if ((S.pc(e) === DOT || S.pc(e) === COMMA || S.pc(e) === SLASH) && S.glued(e) && S.isNum(e + 1) && S.glued(e + 1)) {
      return null; // 1.500 or 2/3: not a plain count
    }
    // `5 (lima) tahun`: the figure spelled out again in brackets.
    if (S.pc(e) === LPAREN && NUMBER_WORDS.has(S.id(e + 1)) && S.pc(e + 2) === RPAREN) e += 3;
    return { value: v, e, digits: true };
  }
  const w = S.id(i);
  if (w < 0) return null;
  if (VAGUE_IDS.has(w)) return { value: null, e: i + 1, digits: false };
  const first = NUMBER_WORDS.get(w);
  if (!first || first.role === 'teen' || first.role === 'mult') return null;
  if (first.value === 0.5) return { value: 0.5, e: i + 1, digits: false };
  // total: finished thousands groups; group: the hundreds and tens so far; cur: a pending digit word.
  let total = 0;
  let group = 0;
  let cur = 0;
  let lastSmall = Infinity; // multipliers below ribu must fall (`dua ratus tiga puluh`), never repeat
  let e = i;
  for (let guard = 0; guard < 16; guard++) {
    const nw = NUMBER_WORDS.get(S.id(e));
    if (!nw) break;
    if (nw.role === 'unit') {
      if (cur) break;
      cur = nw.value;
    } else if (nw.role === 'whole') {
      if (cur || nw.value === 0.5) break;
      if (nw.value >= 1000) { total += group + nw.value; group = 0; lastSmall = Infinity; } else {
        if (nw.value >= lastSmall) break;
        group += nw.value;
        lastSmall = nw.value >= 100 ? 100 : 10;
      }
    } else if (nw.role === 'teen') {
      if (!cur || lastSmall <= 10) break;
      group += cur + 10;
      cur = 0;
      lastSmall = 10;
    } else {
      if (!cur && !(nw.value >= 1000 && group)) break;
      if (nw.value >= 1000) {
        total += (group + cur) * nw.value;
        group = 0;
        lastSmall = Infinity;
      } else {
        if (nw.value >= lastSmall) break;
        group += cur * nw.value;
        lastSmall = nw.value;
      }
      cur = 0;
    }
    e++;
  }
  if (e === i) return null;
  total += group + cur;
  if (!(total <= 1e6) || total === 0) return null; // `dua puluh dua puluh ...` is no number
  if (S.id(e) === W.setengah && total >= 1) { total += 0.5; e++; }
  return { value: total, e, digits: false };
}

/** A deictic at i (`lalu`, `yang akan datang`, `sebelumnya`); `allowCount` admits those valid only after a count (`lagi`). */
export function deicticAt(S: Scanner, i: number, allowCount: boolean): { d: Deictic; e: number } | null {
  const list = DEICTICS.get(S.id(i));
  if (!list) return null;
  for (const { entry: d, ids } of list) {
    if (d.countOnly && !allowCount) continue;
    if (restMatches(S, i, ids)) return { d, e: i + ids.length };
  }
  return null;
}

/** Two-word parts of day (`dini hari`) by the id of their first word, then of their second. */
const POD_TWO: ById<ById<{ code: PartOfDay; shift: number }>> = (() => {
  const out = new Map<string, Array<[string, { code: PartOfDay; shift: number }]>>();
  for (const [k, v] of L.partsOfDay) {
    const parts = k.split(' ');
    if (parts.length !== 2) continue;
    const inner = out.get(parts[0]!) ?? [];
    inner.push([parts[1]!, v]);
    out.set(parts[0]!, inner);
  }
  return new ById([...out].map(([w, inner]) => [w, new ById(inner)] as const));
})();

/** A part of day at i (`malam`, `dini hari`, `sore hari`). */
export function podAt(S: Scanner, i: number): { code: PartOfDay; shift: number; e: number } | null {
  const w = S.id(i);
  if (w < 0) return null;
  const two = POD_TWO.get(w)?.get(S.id(i + 1));
  if (two) return { code: two.code, shift: two.shift, e: i + 2 };
  const one = POD_ONE.get(w);
  if (!one) return null;
  return { code: one.code, shift: one.shift, e: S.id(i + 1) === W.hari ? i + 2 : i + 1 };
}

/** A four-digit year in 1900..2100 at i. */
export function yearAt(S: Scanner, i: number): number | null {
  if (!S.isNum(i) || S.len(i) !== 4) return null;
  const y = S.num(i);
  return y >= 1900 && y <= 2100 ? y : null;
}

/**
 * A year after a month or `tahun`, where a four-digit figure is a year from 1000 on (`2 Juni 1897`, `tahun
 * 1825`), unless a count noun or another calendar follows (`Mei 1500 orang`, `tahun 1440 hijriah`). A bare
 * figure keeps to `yearAt`'s 1900-2100.
 */
export function yearAfterAt(S: Scanner, i: number): number | null {
  if (!S.isNum(i) || S.len(i) !== 4) return null;
  const y = S.num(i);
  if (y >= 1900) return y <= 2100 ? y : null;
  return y >= 1000 && !S.role(i + 1, ROLE['count-noun'] | ROLE['other-calendar']) ? y : null;
}

/** A full month name, or an abbreviation when `abbrOk`. */
export function monthAt(S: Scanner, i: number, abbrOk: boolean): { m: number; e: number } | null {
  const mo = MONTHS.get(S.id(i));
  if (!mo || (mo.abbr && !abbrOk)) return null;
  // `Sept.` / `Agt.`: the abbreviation's dot belongs to it.
  const e = mo.abbr && S.pc(i + 1) === DOT && S.glued(i + 1) ? i + 2 : i + 1;
  return { m: mo.month, e };
}

/** A weekday at i (ISO number), capitalised unless a bracketed date follows. */
export function weekdayAt(S: Scanner, i: number): number | null {
  const wd = WEEKDAYS.get(S.id(i));
  if (wd === undefined) return null;
  // Lower case only where a bracketed date follows (`rabu (18/9/2019)`): `minggu` is also "week".
  return S.cap(i) || (S.pc(i + 1) === LPAREN && S.isNum(i + 2)) ? wd : null;
}

/** Whether the word before i makes what follows a name (`Gerakan 30 September`, `GIIAS 2019`). */
export function afterName(S: Scanner, i: number): boolean {
  const j = i - 1;
  if (j < 0 || S.u.kind[j] !== KIND_W || !S.cap(j) || S.glued(i)) return false;
  if (S.role(j, ROLE['year-intro']) || MONTHS.has(S.id(j)) || WEEKDAYS.has(S.id(j))) return false;
  // A sentence's first word is capitalised whatever it is. It is a name there too, as `Pameran GIIAS 2019`
  // is, when written all in capitals (`GIIAS 2019 dibuka`, `(INAFOR 2019)`) or capitalised inside a sentence
  // elsewhere in the text and never in lower case (`Gudfest 2019 digelar` after `konser Gudfest`).
  return !S.sentenceStart(j) || allCaps(S, j) || capitalisedElsewhere(S, j);
}

/** Whether word k's form occurs elsewhere capitalised after a sentence's first word, and never in lower case. */
function capitalisedElsewhere(S: Scanner, k: number): boolean {
  const len = S.len(k);
  const w = S.word(k);
  let found = false;
  for (let i = 0; i < S.u.count; i++) {
    if (i === k || S.u.kind[i] !== KIND_W || S.len(i) !== len || S.word(i) !== w) continue;
    if (!S.cap(i)) return false;
    if (!S.sentenceStart(i) && !S.glued(i)) found = true;
  }
  return found;
}

/** Whether word k is written in capitals only, two letters or more, and is no roman numeral (`IV`). */
export function allCaps(S: Scanner, k: number): boolean {
  const s = S.u.start[k]!;
  const e = S.u.end[k]!;
  if (e - s < 2) return false;
  let roman = true;
  for (let p = s; p < e; p++) {
    const c = S.text.charCodeAt(p);
    if (c < 0x41 || c > 0x5a) return false; // A-Z
    if (c !== 0x49 && c !== 0x56 && c !== 0x58 && c !== 0x4c && c !== 0x43 && c !== 0x44 && c !== 0x4d) roman = false;
  }
  return !roman;
}

/** A clock time at i: `pukul 10.00 WIB`, `jam 7 malam`, `10.00 WIB`, with an optional range end. */
export function clockAt(S: Scanner, i: number): { e: number; hh: number; mi: number; pod?: PartOfDay; deictic?: boolean } | null {
  let j = i;
  const intro = S.role(i, ROLE['clock-intro']);
  if (intro) j++;
  if (!S.isNum(j) || S.len(j) > 2) return null;
  if (!intro && S.glued(j) && (S.pc(j - 1) === DOT || S.pc(j - 1) === COMMA || S.isNum(j - 1))) return null;
  let hh = S.num(j);
  let mi = 0;
  let e = j + 1;
  let hasMinutes = false;
  if ((S.pc(e) === DOT || S.pc(e) === COLON) && S.glued(e) && S.isNum(e + 1) && S.glued(e + 1) && S.len(e + 1) === 2) {
    mi = S.num(e + 1);
    e += 2;
    hasMinutes = true;
    // Seconds (`14.31.59 WIB` in quake reports) belong to the span; the value keeps minutes.
    if ((S.pc(e) === DOT || S.pc(e) === COLON) && S.glued(e) && S.isNum(e + 1) && S.glued(e + 1) && S.len(e + 1) === 2 && S.num(e + 1) < 60) e += 2;
  }
  if (hh > 24 || mi > 59) return null;
  // `pukul 3 pm` in translated wire copy.
  if (S.id(e) === W.pm || S.id(e) === W.am) {
    if (S.id(e) === W.pm && hh < 12) hh += 12;
    e++;
  }
  const ze = zoneEnd(S, e, true);
  const zone = ze > e;
  e = ze;
  // Without `pukul` a time needs minutes and a zone, after it or after the end of its range (`16.00-19.00 WIB`).
  if (!intro && !(hasMinutes && (zone || zonedRangeEnd(S, e)))) return null;
  let pod: PartOfDay | undefined;
  const p = podAt(S, e);
  if (p && !zone) {
    pod = p.code;
    if (hh < 12 && p.shift) hh += p.shift;
    e = p.e;
  }
  // A range sharing the zone (`08.00-10.00 WIB`, `pukul 10.00 hingga 12.00 WIB`) is one span.
  // A range written with a word joins only when the zone is shared (`pukul 10.00 hingga 12.00 WIB`);
  // `pukul 10.00 WIB hingga 12.00 WIB` is two times, like two full dates.
  if (S.isDash(e) || S.id(e) === W.hingga || S.id(e) === W.sampai) {
    const k = e + 1;
    if (S.isNum(k) && S.len(k) <= 2 && (S.pc(k + 1) === DOT || S.pc(k + 1) === COLON) && S.isNum(k + 2) && S.len(k + 2) === 2) {
      let f = k + 3;
      const zone2 = ZONES.has(S.id(f)) && S.cap(f);
      if (zone2) f++;
      if (S.isDash(e) ? !(zone && zone2) : !zone && zone2) e = f;
    }
  }
  // `pukul 18.05 WIB tadi`, `pukul 02.00 dini hari nanti`, `pukul 10.00 tadi pagi`: a redundant word of the same day;
  // after a zone, with the part of day before it (`pukul 08.30 WIB pagi tadi`).
  const pz = zone && pod === undefined ? podAt(S, e) : null;
  let deictic = false;
  if (pz && S.role(pz.e, ROLE['after-clock'])) {
    pod = pz.code;
    e = pz.e + 1;
    deictic = true;
  } else if (S.role(e, ROLE['after-clock'])) {
    e++;
    deictic = true;
    const p2 = pod === undefined ? podAt(S, e) : null;
    if (p2) {
      pod = p2.code;
      if (!zone && hh < 12 && p2.shift) hh += p2.shift;
      e = p2.e;
    }
  }
  return deictic ? { e, hh, mi, pod, deictic } : { e, hh, mi, pod };
}

/** Whether a dash at e starts the end of a clock range with minutes and a zone (`-19.00 WIB`). */
function zonedRangeEnd(S: Scanner, e: number): boolean {
  const k = e + 1;
  return S.isDash(e) && S.isNum(k) && S.len(k) <= 2 && (S.pc(k + 1) === DOT || S.pc(k + 1) === COLON) && S.glued(k + 1)
    && S.isNum(k + 2) && S.glued(k + 2) && S.len(k + 2) === 2 && ZONES.has(S.id(k + 3)) && S.cap(k + 3);
}

const DUR_SPEC: Record<TimeUnit, { p: string; mul: number }> = {
  Y: { p: 'Y', mul: 1 }, M: { p: 'M', mul: 1 }, W: { p: 'W', mul: 1 }, D: { p: 'D', mul: 1 },
  H: { p: 'TH', mul: 1 }, MIN: { p: 'TM', mul: 1 }, S: { p: 'TS', mul: 1 }, Q: { p: 'M', mul: 3 }, HALF: { p: 'M', mul: 6 },
  DE: { p: 'DE', mul: 1 }, CE: { p: 'CE', mul: 1 }, WINDU: { p: 'Y', mul: 8 },
};

/** The time units in the order of `unitIndex`: tables read per match are arrays in this order. */
export const UNIT_ORDER: readonly TimeUnit[] = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S', 'Q', 'HALF', 'DE', 'CE', 'WINDU'];

/**
 * The position of `unit` in `UNIT_ORDER`. A switch rather than a record read with the unit as key: such a
 * read with varying keys is megamorphic, and in the pipeline, whose other stages evict V8's lookup cache,
 * it went to the runtime.
 */
export function unitIndex(unit: TimeUnit): number {
  switch (unit) {
    case 'Y': return 0;
    case 'M': return 1;
    case 'W': return 2;
    case 'D': return 3;
    case 'H': return 4;
    case 'MIN': return 5;
    case 'S': return 6;
    case 'Q': return 7;
    case 'HALF': return 8;
    case 'DE': return 9;
    case 'CE': return 10;
    // No default: a unit added to TimeUnit fails to compile here rather than reading as a windu.
    case 'WINDU': return 11;
  }
}

/** Per unit, by `unitIndex`: `P` or `PT` before the amount, the letter after it, and the factor to that letter. */
const DUR_UNIT: ReadonlyArray<{ head: string; letter: string; mul: number }> = UNIT_ORDER.map((u) => {
  const { p, mul } = DUR_SPEC[u];
  const t = p.startsWith('T');
  return { head: t ? 'PT' : 'P', letter: t ? p.slice(1) : p, mul };
});

/** A TIMEX3 duration value: `P3Y`, `PT5H`, `PXD`. */
export function durationValue(n: number | null, unit: TimeUnit): string {
  // `setengah jam`: PT30M rather than PT0.5H.
  if (unit === 'H' && n !== null && !Number.isInteger(n)) return `PT${+(n * 60).toFixed(3)}M`;
  const du = DUR_UNIT[unitIndex(unit)]!;
  const x = n === null ? 0 : n * du.mul;
  // A whole amount prints the same without the rounding to three decimals (the common case, and cheaper).
  const amount = n === null ? 'X' : Number.isInteger(x) && Math.abs(x) < 1e21 ? String(x) : String(+x.toFixed(3));
  return du.head + amount + du.letter;
}

