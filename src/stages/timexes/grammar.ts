/**
 * The timex grammar: a left-to-right scanner over the units of `lex.ts`.
 * At each unit every rule may propose a match; the longest wins and the
 * scan jumps past it. Rules look ahead a bounded number of units, so the
 * whole scan is linear in the text. Matches carry an unresolved `Spec`;
 * `resolve.ts` turns it into a TIMEX3 value once anchors are known.
 */
import { timexLexicon, type ContextRole, type PartOfDay, type TimeUnit } from '../../lang/id/timex-lexicon.js';
import { KIND_N, KIND_P, KIND_W, type Units } from './lex.js';
import { intern, markTrigger, ROLE } from './vocab.js';
import {
  Scanner, VAGUE, W, afterName, allCaps, clockAt, deicticAt, durationValue, monthAt, parseCount, podAt, weekdayAt, yearAt, yearAfterAt, zoneEnd,
  DEICTICS, MODIFIERS, MONTHS, NUMBER_WORDS, ORDINALS, PERIOD_UNITS, PHRASES, VAGUE_IDS, WEEKDAYS, type PhraseValue, SE_UNITS, UNITS, restMatches, unitIndex, UNIT_ORDER, COLON, COMMA, DOT, HYPHEN, LPAREN, RPAREN, SLASH,
} from './scanner.js';

export { durationValue };

/** What a match means, before it is placed on the calendar. */
export type Spec =
  /** `anchor` 'prev': vague and counted from the previous date (`beberapa hari kemudian`). */
  | { k: 'ref'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'; anchor?: 'prev' }
  /** A day; a missing year or month comes from the anchor. `wd` is a weekday written with it. */
  | { k: 'day'; y?: number; m?: number; d: number; wd?: number; twoDigitYear?: boolean; dir?: -1 | 1 }
  /** A month; `dir` moves a year-less month to the past (-1) or the future (+1); `yOff` is `tahun lalu`. */
  | { k: 'month'; y?: number; m: number; dir: -1 | 0 | 1; yOff?: number }
  | { k: 'year'; y: number }
  /** An offset of `n` units from the anchor (`now`) or the previously mentioned date (`prev`). */
  | { k: 'rel'; unit: 'D' | 'W' | 'M' | 'Y' | 'Q' | 'H'; n: number; anchor: 'now' | 'prev' }
  /** A weekday without a date: resolved towards `dir`, or by tense when null; `weekOff` is `pekan lalu`. */
  | { k: 'wd'; wd: number; dir: -1 | 1 | null; strict: boolean; weekOff?: number }
  | { k: 'quarter'; unit: 'Q' | 'H'; n: number; y?: number; yOff?: number }
  /** A value that needs no anchor (durations, sets, decades, centuries). */
  | { k: 'lit'; value: string };

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A clock time or part of day joined to a day; built by `mkTime` only. */
export interface MatchTime {
  pod?: PartOfDay; hh?: number; mi?: number;
  /** Minutes after the time just told (`dua jam kemudian`): placed on its clock when there is one. */
  off?: number;
  /** A deictic in the span (`tadi pagi jam 7`, `pukul 06.00 WIB pagi tadi`) puts the clock on the anchor day, not the narrative's. */
  deictic?: boolean;
}

/** One match, in unit indices `[s, e)`; built by `mkMatch` or `blocker` only. */
export interface Match {
  s: number;
  e: number;
  type: TimexType;
  spec: Spec;
  /** A clock time or part of day joined to a day (`Senin malam`, `pukul 10.00 WIB`). */
  time?: MatchTime;
  mod?: 'START' | 'MID' | 'END';
  /** Problems found in the written form (impossible date, two-digit year). */
  diag?: string;
  /**
   * A rule consumed the units but they mean nothing (an age, a law number): the match blocks
   * sub-matches and is left out of the scan.
   */
  block: boolean;
}

/** What a rule proposes: a match, or a blocker (`block` set). */
type Cand = Match;

const L = timexLexicon();

type DaySpec = Spec & { k: 'day' };

// One shape per object kind: every spec has all the fields of every kind, every match all of its fields,
// in one order, each built at one site. Specs and matches of many shapes made the property reads in the
// rules, the dct tiers and the resolution megamorphic: in the full pipeline, where the other stages have
// filled V8's lookup cache, each such read went to the runtime. Absent fields are undefined, which reads
// the same to every consumer (none tests a field's presence). Matches and specs are copied field by
// field, never spread, for the same reason.

/** The one constructor of specs (see above): the kind's fields given, the others undefined. */
function mkSpec(
  k: Spec['k'], value: string | undefined, y: number | undefined, m: number | undefined, d: number | undefined,
  wd: number | undefined, twoDigitYear: boolean | undefined, dir: -1 | 0 | 1 | null | undefined, yOff: number | undefined,
  unit: string | undefined, n: number | undefined, anchor: 'now' | 'prev' | undefined, strict: boolean | undefined,
  weekOff: number | undefined,
): Spec {
  return { k, value, y, m, d, wd, twoDigitYear, dir, yOff, unit, n, anchor, strict, weekOff } as unknown as Spec;
}

function refSpec(value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF', anchor?: 'prev'): Spec {
  return mkSpec('ref', value, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, anchor, undefined, undefined);
}
function litSpec(value: string): Spec {
  return mkSpec('lit', value, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined);
}
function yearSpec(y: number): Spec {
  return mkSpec('year', undefined, y, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined);
}
function daySpec(y: number | undefined, m: number | undefined, d: number, wd?: number, twoDigitYear?: boolean, dir?: -1 | 1): DaySpec {
  return mkSpec('day', undefined, y, m, d, wd, twoDigitYear, dir, undefined, undefined, undefined, undefined, undefined, undefined) as DaySpec;
}
function monthSpec(y: number | undefined, m: number, dir: -1 | 0 | 1, yOff?: number): Spec {
  return mkSpec('month', undefined, y, m, undefined, undefined, undefined, dir, yOff, undefined, undefined, undefined, undefined, undefined);
}
function relSpec(unit: 'D' | 'W' | 'M' | 'Y' | 'Q' | 'H', n: number, anchor: 'now' | 'prev'): Spec {
  return mkSpec('rel', undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, unit, n, anchor, undefined, undefined);
}
function wdSpec(wd: number, dir: -1 | 1 | null, strict: boolean, weekOff?: number): Spec {
  return mkSpec('wd', undefined, undefined, undefined, undefined, wd, undefined, dir, undefined, undefined, undefined, undefined, strict, weekOff);
}
function quarterSpec(unit: 'Q' | 'H', n: number, y?: number, yOff?: number): Spec {
  return mkSpec('quarter', undefined, y, undefined, undefined, undefined, undefined, undefined, yOff, unit, n, undefined, undefined, undefined);
}

/** The one constructor of matches and blockers (see above). */
function mkMatch(s: number, e: number, type: TimexType, spec: Spec, time?: MatchTime, mod?: Match['mod'], diag?: string, block = false): Match {
  return { s, e, type, spec, time, mod, diag, block };
}

/** The spec of blockers, never read. */
const NO_SPEC = litSpec('');

/** A blocker over [s, e). */
function blocker(s: number, e: number): Match {
  return mkMatch(s, e, 'DATE', NO_SPEC, undefined, undefined, undefined, true);
}

/** The one constructor of times (see above). */
function mkTime(pod: PartOfDay | undefined, hh?: number, mi?: number, off?: number, deictic?: boolean): MatchTime {
  return deictic ? { pod, hh, mi, off, deictic } : { pod, hh, mi, off };
}

/** `m` placed at [s, e) with the type, spec, time and modifier given; its problems kept. */
function copyMatch(m: Match, s: number, e: number, type: TimexType, spec: Spec, time: Match['time'], mod: Match['mod']): Match {
  return mkMatch(s, e, type, spec, time, mod, m.diag);
}

/** Day spec `sp` with day `d`, year `y` and weekday `wd`. */
function dayWith(sp: DaySpec, d: number, y: number | undefined, wd: number | undefined): DaySpec {
  return daySpec(y, sp.m, d, wd, sp.twoDigitYear, sp.dir);
}

/**
 * Join what may follow a day: a redundant `lalu`/`kemarin`/`tadi` after a
 * full date, a part of day (`Minggu (15/9/2019) malam`, `dini hari tadi`,
 * `malam WIB`) or a clock time (`Jumat (20/9/2019) pukul 15.30 WIB`).
 */
function withTime(S: Scanner, m: Match): Match {
  const dayLevel = m.spec.k === 'day' || m.spec.k === 'wd' || (m.spec.k === 'rel' && m.spec.unit === 'D');
  if (!dayLevel || m.time) return m;
  let e = m.e;
  if (m.spec.k === 'day' && (m.spec.y !== undefined || m.spec.wd !== undefined) && S.role(e, ROLE['after-date'])) e++;
  // `Selasa (10/9/2019) hari ini`, `18 September hari ini`: the day restated as today is one span, like `ini` alone.
  else if (m.spec.k === 'day' && S.id(e) === W.hari && S.id(e + 1) === W.ini) e += 2;
  // `Jumat (13/9/2019) pekan lalu`, `9 September pekan lalu`: the week told after the day only restates it.
  else if (m.spec.k === 'day' && (S.id(e) === W.pekan || S.id(e) === W.minggu)) {
    const dk = deicticAt(S, e + 1, false);
    if (dk && dk.d.anchor === 'now' && dk.d.sign !== 0) e = dk.e;
  }
  // `hari ini (Jumat)`, `besok (Rabu)`: a weekday in brackets names the day just told, in one span as
  // `Selasa (10/9/2019)` is; valued as that weekday, the nearest on the deictic's side of the anchor (the anchor's
  // own day for `hari ini`), so that a quote anchored a day off still gets the day its speaker named.
  else if (m.spec.k === 'rel' && m.spec.unit === 'D' && m.spec.anchor === 'now' && m.spec.n >= -1 && m.spec.n <= 1 && S.pc(e) === LPAREN
    && WEEKDAYS.has(S.id(e + 1)) && S.pc(e + 2) === RPAREN) {
    const n = m.spec.n;
    return withTime(S, copyMatch(m, m.s, e + 3, m.type, wdSpec(WEEKDAYS.get(S.id(e + 1))!, n > 0 ? 1 : -1, n !== 0), m.time, m.mod));
  }
  // clockAt itself demands `pukul`/`jam` or a zone (`Minggu 20.00 WIB`), so a bare figure never joins.
  const c = clockAt(S, e);
  if (c) {
    // `Senin 16 September pukul 18.00 WIB kemarin`: the redundant word may follow the clock time too.
    const ce = !c.deictic && m.spec.k === 'day' && (m.spec.y !== undefined || m.spec.wd !== undefined) && S.role(c.e, ROLE['after-date'])
      && S.id(c.e) !== W.lalu ? c.e + 1 : c.e; // `pukul 10.00 WIB lalu pergi`: "then"
    return copyMatch(m, m.s, ce, 'TIME', m.spec, mkTime(c.pod, c.hh, c.mi), m.mod);
  }
  const p = podAt(S, e);
  if (p) {
    const c2 = clockAt(S, p.e);
    if (c2) return copyMatch(m, m.s, c2.e, 'TIME', m.spec, mkTime(undefined, c2.hh, c2.mi), m.mod);
    let pe = p.e;
    let spec = m.spec;
    if (S.role(pe, ROLE['after-date']) && S.id(pe) !== W.lalu) {
      // `Kamis malam ini`: this week's Thursday.
      if (S.id(pe) === W.ini && spec.k === 'wd' && spec.dir === null) spec = wdSpec(spec.wd, spec.dir, spec.strict, 0);
      else if (spec.k === 'wd' && spec.dir === null) {
        // `Sabtu malam nanti`, `Jumat malam kemarin`: the word turns the weekday as it does right after it.
        const dk = deicticAt(S, pe, false);
        if (dk && dk.d.anchor === 'now' && dk.d.sign !== 0) spec = wdSpec(spec.wd, dk.d.sign, false);
      }
      pe++;
    }
    pe = zoneEnd(S, pe, false);
    return copyMatch(m, m.s, pe, 'TIME', spec, mkTime(p.code), m.mod);
  }
  return e === m.e ? m : copyMatch(m, m.s, e, m.type, m.spec, m.time, m.mod);
}

// ---------------------------------------------------------------- rules

function rulePhrase(S: Scanner, i: number): Cand | null {
  const list = PHRASES.get(S.id(i));
  if (!list) return null;
  for (let q = 0; q < list.length; q++) {
    const ph = list[q]!.entry;
    if (!restMatches(S, i, list[q]!.ids)) continue;
    const e = i + ph.words.length;
    if (ph.type === 'NONE') return blocker(i, e);
    // `Ketua Harian`, `Harian Kompas`, `Rapat Umum Pemegang Saham Tahunan`: capitalised inside a sentence, a
    // recurrence adjective is a word of a name or title.
    if (ph.type === 'SET' && ph.words.length === 1 && S.cap(i) && !S.sentenceStart(i)) return blocker(i, e);
    if (S.id(i) === W.ke && directionInSpace(S, i, e)) return blocker(i, e);
    if (ph.words.length === 1 && ph.spec === 'PAST_REF' && !S.sentenceStart(i) && S.pc(i - 1) !== COMMA && !S.role(i - 1, ROLE['past-intro'])) {
      return null; // `tunggu dulu`: "first", not "formerly"
    }
    return phraseMatch(S, i, e, ph.type, list[q]!.read);
  }
  return null;
}

/**
 * Whether `ke depan` at [s, e) points forward in space, not time: after a verb of motion or a distance
 * (`melaju ke depan`, `beberapa meter ke depan`), or, inside a sentence, before a place (`ke depan gedung`).
 * At a sentence's start a noun after it is the clause's subject (`Ke depan pemerintah akan ...`).
 */
function directionInSpace(S: Scanner, s: number, e: number): boolean {
  return S.role(s - 1, ROLE['direction-before']) || (!S.sentenceStart(s) && S.role(e, ROLE['direction-after']));
}

function phraseMatch(S: Scanner, s: number, e: number, type: string, v: PhraseValue): Match {
  if (v.kind === 'ref') return mkMatch(s, e, 'DATE', refSpec(v.value as 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'));
  if (v.kind === 'set') return mkMatch(s, e, 'SET', litSpec(v.value));
  if (v.kind === 'dur') return mkMatch(s, e, 'DURATION', litSpec(v.value));
  const spec = relSpec(v.unit, v.n, v.prev ? 'prev' : 'now');
  if (v.pod) {
    // `tadi pagi jam 7`, `malam ini pukul 19.30 WIB`: the part of day and its clock time are one span.
    const c = S.role(e, ROLE['clock-intro']) ? clockAt(S, e) : null;
    if (!c) return mkMatch(s, e, 'TIME', spec, mkTime(v.pod));
    // A twelve-hour figure after an evening or afternoon (`nanti malam pukul 8`, `sore ini pukul 4`) is p.m.
    const pm = c.pod === undefined && ((v.pod === 'TEV' && c.hh >= 5 && c.hh < 12) || (v.pod === 'TAF' && c.hh >= 1 && c.hh <= 6));
    return mkMatch(s, c.e, 'TIME', spec, mkTime(undefined, pm ? c.hh + 12 : c.hh, c.mi, undefined, true));
  }
  return withTime(S, mkMatch(s, e, type === 'TIME' ? 'TIME' : 'DATE', spec, undefined));
}

/** `Selasa (10/9/2019)`, `Rabu, 10 September 2019`, `Sabtu lalu`, `Senin pekan depan`, `Kamis malam`. */
function ruleWeekday(S: Scanner, i: number): Cand | null {
  let s = i;
  let j = i;
  if (S.id(i) === W.hari && weekdayAt(S, i + 1) !== null) j = i + 1;
  const wd = weekdayAt(S, j);
  if (wd === null) return null;
  // Sentence-initial `Minggu lalu` is the week, not Sunday.
  if (S.id(j) === W.minggu && S.sentenceStart(j) && deicticAt(S, j + 1, false)) return null;
  let k = j + 1;
  // Sabtu-Minggu 14/15 September 2019, Jumat-Minggu, 20-22 September 2019 (a comma after the second weekday too)
  if (S.isDash(k) && weekdayAt(S, k + 1) !== null) {
    const cm = S.pc(k + 2) === COMMA ? 1 : 0;
    const br = S.pc(k + 2 + cm) === LPAREN ? 1 : 0;
    const inner = dateFrom(S, k + 2 + cm + br, true);
    if (inner && (!br || S.pc(inner.e) === RPAREN)) {
      const sp = inner.spec as DaySpec;
      return withTime(S, copyMatch(inner, s, inner.e + br, inner.type, dayWith(sp, sp.d, sp.y, wd), inner.time, inner.mod));
    }
  }
  // Kamis pagi (19/9/2019), Jumat malam, 13 September 2019, Sabtu lalu (14/9/2019), Senin kemarin, 16 September
  // 2019: the date written after a part of day or a deictic belongs to the weekday's span.
  const pod = podAt(S, k);
  const dk = pod ? null : deicticAt(S, k, false);
  // Also with no mark before the date (`Minggu pagi 15 September 2019`, `Rabu sore kemarin 11 September`, `Senin lalu
  // 2 September 2019`), and with a clock time after it (`Senin dinihari 16 September 2019 pukul 3.50`).
  let mid = pod ? pod.e : dk && dk.d.anchor === 'now' ? dk.e : -1;
  // `Ahad dinihari WIB, 15 September 2019`: a time zone after the part of day stays inside, before a marked date.
  if (pod) {
    const z = zoneEnd(S, mid, false);
    if (z > mid && (S.pc(z) === COMMA || S.pc(z) === LPAREN)) mid = z;
  }
  if (pod && S.role(mid, ROLE['after-date']) && S.isNum(mid + 1)) mid++;
  const bare = mid > 0 && S.isNum(mid);
  if (mid > 0 && (bare || S.pc(mid) === LPAREN || S.pc(mid) === COMMA)) {
    const par = S.pc(mid) === LPAREN;
    const dated = dateFrom(S, bare ? mid : mid + 1, true);
    if (dated && dated.spec.k === 'day' && (!par || S.pc(dated.e) === RPAREN) && (!bare || dated.spec.m !== undefined)) {
      const spec = dayWith(dated.spec, dated.spec.d, dated.spec.y, wd);
      const e = par ? dated.e + 1 : dated.e;
      if (!pod) return withTime(S, copyMatch(dated, s, e, dated.type, spec, dated.time, dated.mod));
      const c = clockAt(S, e);
      return c ? copyMatch(dated, s, c.e, 'TIME', spec, mkTime(undefined, c.hh, c.mi), dated.mod) : copyMatch(dated, s, e, 'TIME', spec, mkTime(pod.code), dated.mod);
    }
  }
  let comma = false;
  if (S.pc(k) === COMMA) { k++; comma = true; }
  let paren = false;
  if (S.pc(k) === LPAREN) { k++; paren = true; }
  const tanggal = S.id(k) === W.tanggal;
  if (tanggal) k++;
  const date = dateFrom(S, k, true);
  // `Senin tanggal 16 kemarin`: a weekday and a day of the month with no month, one span like `Senin, 16 September`
  // (not before `bulan Oktober`, a month the day rule leaves out).
  if (tanggal && !paren && !date) {
    const tg = ruleTanggal(S, k - 1);
    if (tg && !tg.block && tg.spec.k === 'day' && tg.spec.m === undefined && S.id(tg.e) !== W.bulan) {
      return withTime(S, copyMatch(tg, s, tg.e, tg.type, dayWith(tg.spec, tg.spec.d, tg.spec.y, wd), tg.time, tg.mod));
    }
  }
  if (date && date.spec.k === 'day') {
    let e = date.e;
    if (paren) {
      // `Kamis (19/9/2019.`: a full date whose bracket the source never closed ends at the stop.
      const unclosed = date.spec.y !== undefined && (S.pc(e) === DOT || S.pc(e) === COMMA) && S.glued(e);
      if (S.pc(e) !== RPAREN && !unclosed) return null;
      if (!unclosed) e++;
    }
    return withTime(S, copyMatch(date, s, e, date.type, dayWith(date.spec, date.spec.d, date.spec.y, wd), date.time, date.mod));
  }
  // `Pasar Minggu`, `Jalan Pasar Minggu`: a weekday without a date inside a place name; not with a clock time,
  // a part of day or a deictic after it (`di Jakarta Rabu pukul 18.05 WIB`, `ke Bandung Senin lalu`).
  if (j === i && afterName(S, j) && !S.role(k, ROLE['clock-intro']) && !podAt(S, k) && deicticAt(S, k, false)?.d.anchor !== 'now') {
    return blocker(i, j + 1);
  }
  if (comma || paren) return withTime(S, mkMatch(s, j + 1, 'DATE', wdSpec(wd, null, false)));
  // Senin pekan depan / Jumat minggu lalu
  if ((S.id(k) === W.pekan || S.id(k) === W.minggu) && deicticAt(S, k + 1, false)) {
    const d = deicticAt(S, k + 1, false)!;
    if (d.d.anchor === 'now') {
      return withTime(S, mkMatch(s, d.e, 'DATE', wdSpec(wd, null, false, d.d.sign)));
    }
  }
  const d = deicticAt(S, k, false);
  if (d && d.d.anchor === 'now') {
    const spec: Spec = d.d.sign === 0
      ? wdSpec(wd, null, false, 0)
      : wdSpec(wd, d.d.sign, true);
    return withTime(S, mkMatch(s, d.e, 'DATE', spec));
  }
  return withTime(S, mkMatch(s, j + 1, 'DATE', wdSpec(wd, null, false)));
}

/**
 * A date starting with a day number at i: `10/9/2019`, `20 April 2023`,
 * `25-26 Mei 2016`, `14/15 September 2019`, `3 Agustus`; `(10/9)` only
 * after a weekday (`inWeekday`), where it cannot be a fraction or a score.
 */
function dateFrom(S: Scanner, i: number, inWeekday: boolean): Match | null {
  if (!S.isNum(i) || S.len(i) > 2) return null;
  const d = S.num(i);
  if (d < 1 || d > 31) return null;
  // d/m/y; inside a weekday's brackets also with spaces (`Senin ( 13 / 3 / 2017 )` in re-tokenised text).
  if (S.pc(i + 1) === SLASH && (inWeekday || S.glued(i + 1)) && S.isNum(i + 2) && (inWeekday || S.glued(i + 2)) && S.len(i + 2) <= 2) {
    const m = S.num(i + 2);
    if (S.pc(i + 3) === SLASH && (inWeekday || S.glued(i + 3)) && S.isNum(i + 4) && (inWeekday || S.glued(i + 4))) {
      const yl = S.len(i + 4);
      if (yl !== 4 && yl !== 2) return null;
      let y = S.num(i + 4);
      const two = yl === 2;
      if (two) y += y < 50 ? 2000 : 1900;
      if (m < 1 || m > 12) return null;
      return dayMatch(i, i + 5, y, m, d, two ? 'two-digit year' : undefined);
    }
    // 14/15 September 2019: a range of days sharing the month.
    if (S.num(i + 2) <= 31 && d < S.num(i + 2)) {
      const mo = monthAt(S, i + 3, true);
      if (mo) return monthTail(S, i, mo.e, d, mo.m);
    }
    if (inWeekday && m >= 1 && m <= 12) return dayMatch(i, i + 3, undefined, m, d);
    return null;
  }
  // 14-15/9/2019: two days sharing month and year, valued at the first.
  if (inWeekday && S.isDash(i + 1) && S.isNum(i + 2) && S.len(i + 2) <= 2 && S.pc(i + 3) === SLASH && S.num(i + 2) > d) {
    const inner = dateFrom(S, i + 2, true);
    if (inner && inner.spec.k === 'day') return copyMatch(inner, i, inner.e, inner.type, dayWith(inner.spec, d, inner.spec.y, inner.spec.wd), inner.time, inner.mod);
  }
  // d-m-yyyy
  if (S.isDash(i + 1) && S.glued(i + 1) && S.isNum(i + 2) && S.glued(i + 2) && S.len(i + 2) <= 2
    && S.isDash(i + 3) && S.glued(i + 3) && yearAt(S, i + 4) !== null && S.glued(i + 4)) {
    const m = S.num(i + 2);
    if (m >= 1 && m <= 12) return dayMatch(i, i + 5, S.num(i + 4), m, d);
  }
  // 25-26 Mei 2016 / 11 - 15 September 2019
  if (S.isDash(i + 1) && S.isNum(i + 2) && S.len(i + 2) <= 2 && S.num(i + 2) > d && S.num(i + 2) <= 31) {
    const mo = monthAt(S, i + 3, true);
    if (mo) return monthTail(S, i, mo.e, d, mo.m);
  }
  const mo = monthAt(S, i + 1, true);
  if (!mo) return null;
  // 20 Mei - 2 Juni 2023: one span valued at its start, the year taken from the end.
  if (S.isDash(mo.e) && S.isNum(mo.e + 1) && S.len(mo.e + 1) <= 2) {
    const mo2 = monthAt(S, mo.e + 2, true);
    const y2 = mo2 ? yearAfterAt(S, mo2.e) : null;
    if (mo2 && y2 !== null) return dayMatch(i, mo2.e + 1, y2, mo.m, d);
  }
  return monthTail(S, i, mo.e, d, mo.m);
}

/** After `d Month`: an optional year (`2019`, `tahun 2019`) and a redundant `lalu`/`silam`. */
function monthTail(S: Scanner, s: number, e: number, d: number, m: number): Match {
  let y = yearAfterAt(S, e);
  let end = e;
  if (y !== null) end = e + 1;
  else if (S.id(e) === W.tahun && yearAfterAt(S, e + 1) !== null) { y = yearAfterAt(S, e + 1); end = e + 2; }
  if (y !== null) {
    const dc = deicticAt(S, end, false);
    if (dc && dc.d.sign !== 0 && dc.d.anchor === 'now') end = dc.e;
    return dayMatch(s, end, y, m, d);
  }
  // `28 September mendatang`, `9 Februari silam`: the deictic picks the year.
  const dc = deicticAt(S, end, false);
  if (dc && dc.d.anchor === 'now' && dc.d.sign !== 0) {
    return mkMatch(s, dc.e, 'DATE', daySpec(undefined, m, d, undefined, undefined, dc.d.sign));
  }
  return dayMatch(s, end, undefined, m, d);
}

function dayMatch(s: number, e: number, y: number | undefined, m: number, d: number, diag?: string): Match {
  const spec: Spec = daySpec(y, m, d, undefined, diag ? true : undefined);
  return mkMatch(s, e, 'DATE', spec, undefined, undefined, diag);
}

function ruleDayNumber(S: Scanner, i: number): Cand | null {
  if (!S.isNum(i)) return null;
  if (S.glued(i) && (S.pc(i - 1) === DOT || S.pc(i - 1) === COMMA || S.pc(i - 1) === SLASH || S.isNum(i - 1))) return null;
  if (S.glued(i) && S.pc(i - 1) === HYPHEN && S.role(i - 2, ROLE['ordinal-prefix'])) return null;
  // `menang 5-2 Agustus lalu`: after a larger figure and a dash (a score, no range of days) a figure is no day.
  if (S.glued(i) && S.isDash(i - 1) && S.glued(i - 1) && S.isNum(i - 2) && S.len(i - 2) <= 2 && S.num(i - 2) > S.num(i)) return null;
  // ISO 2019-09-10
  const y = yearAt(S, i);
  if (y !== null && S.isDash(i + 1) && S.glued(i + 1) && S.isNum(i + 2) && S.len(i + 2) === 2 && S.glued(i + 2)
    && S.isDash(i + 3) && S.glued(i + 3) && S.isNum(i + 4) && S.len(i + 4) === 2 && S.glued(i + 4)) {
    return withTime(S, dayMatch(i, i + 5, y, S.num(i + 2), S.num(i + 4)));
  }
  const m = dateFrom(S, i, false);
  if (!m) return coordinatedDay(S, i);
  const spec = m.spec as DaySpec;
  // `Gerakan 30 September`, `Jalan 17 Agustus`: a date without a year inside a name; not with a deictic
  // (`HUT ke-74 TNI 5 Oktober nanti`, `RUPSLB 29 Agustus lalu`).
  if (spec.y === undefined && spec.dir === undefined && afterName(S, i)) return blocker(i, m.e);
  // `20 Mei hingga 22 Mei 2023`: the first date takes the year of the second.
  if (spec.y === undefined && spec.dir === undefined && S.role(m.e, ROLE['date-link'])) {
    const next = dateFrom(S, m.e + 1, false);
    const ns = next?.spec;
    if (ns && ns.k === 'day' && ns.y !== undefined && (ns.m ?? 0) >= (spec.m ?? 0)) return withTime(S, copyMatch(m, m.s, m.e, m.type, dayWith(spec, spec.d, ns.y, spec.wd), m.time, m.mod));
  }
  return withTime(S, m);
}

/** `1 dan 2 Juli 2025`, `1, 2, dan 3 Mei`: a bare day number sharing the month of the date after it. */
function coordinatedDay(S: Scanner, i: number, depth = 0): Cand | null {
  // Bounded: a long list of numbers must not make the scan quadratic.
  if (depth > 5 || S.len(i) > 2 || S.num(i) < 1 || S.num(i) > 31) return null;
  let k = i + 1;
  if (S.pc(k) === COMMA && !S.glued(k + 1) && S.isNum(k + 1)) {
    const inner = coordinatedDay(S, k + 1, depth + 1);
    if (!inner || inner.block) return null;
    const sp = inner.spec as DaySpec;
    return mkMatch(i, i + 1, 'DATE', dayWith(sp, S.num(i), sp.y, sp.wd));
  }
  const comma = S.pc(k) === COMMA;
  if (comma) k++;
  if (!S.role(k, ROLE['date-link'])) return null;
  const full = dateFrom(S, k + 1, false);
  const next = full ?? coordinatedDayMatch(S, k + 1);
  if (!next || next.spec.k !== 'day' || next.spec.m === undefined || S.num(i) >= next.spec.d) return null;
  const spec = dayWith(next.spec, S.num(i), next.spec.y, next.spec.wd);
  // `25 hingga 27 Oktober 2019`: a range sharing its month is one span valued at its start, like `25-27 Oktober`;
  // `7 dan 28 Desember` names two days.
  if (full && !comma && (S.id(k) === W.hingga || S.id(k) === W.sampai)) return withTime(S, copyMatch(full, i, full.e, 'DATE', spec, undefined, undefined));
  return mkMatch(i, i + 1, 'DATE', spec);
}

function coordinatedDayMatch(S: Scanner, i: number): Match | null {
  if (!S.isNum(i)) return null;
  const c = coordinatedDay(S, i);
  return c && !c.block ? c : null;
}

/** `tanggal 10`, `tanggal 17 Agustus 2019`. */
function ruleTanggal(S: Scanner, i: number): Cand | null {
  if (S.id(i) !== W.tanggal || !S.isNum(i + 1) || S.len(i + 1) > 2) return null;
  const inner = dateFrom(S, i + 1, false);
  if (inner) return withTime(S, copyMatch(inner, i, inner.e, inner.type, inner.spec, inner.time, inner.mod));
  const d = S.num(i + 1);
  if (d < 1 || d > 31 || (S.glued(i + 2) && (S.pc(i + 2) === SLASH || S.pc(i + 2) === DOT || S.pc(i + 2) === HYPHEN))) return null;
  // `tanggal 7 dan 28 Desember 2015`: the day shares the month and year of the coordinated date.
  const co = coordinatedDayMatch(S, i + 1);
  if (co) return mkMatch(i, co.e, 'DATE', co.spec, undefined, undefined, co.diag);
  return withTime(S, mkMatch(i, i + 2, 'DATE', daySpec(undefined, undefined, d)));
}

/** `Juni 2014`, `bulan Juli`, `September tahun lalu`, `Juni lalu`, `Juli-Agustus 2019`, `Oktober`. */
function ruleMonth(S: Scanner, i: number): Cand | null {
  let j = i;
  const bulan = S.id(i) === W.bulan;
  if (bulan) j++;
  const mo = monthAt(S, j, false);
  if (!mo) return null;
  if (!bulan && !S.cap(j)) return null;
  let e = mo.e;
  // Juli-Agustus 2019: one span valued at its start.
  if (S.isDash(e) && monthAt(S, e + 1, false) && yearAfterAt(S, e + 2) !== null) {
    return mkMatch(i, e + 3, 'DATE', monthSpec(yearAfterAt(S, e + 2)!, mo.m, 0));
  }
  let y = yearAfterAt(S, e);
  if (y !== null && !(S.glued(e) && !S.isNum(e))) {
    e++;
  } else if (S.id(e) === W.tahun && yearAfterAt(S, e + 1) !== null) {
    y = yearAfterAt(S, e + 1);
    e += 2;
  } else {
    y = null;
  }
  if (y !== null) {
    // A redundant deictic after the year stays in the span, either way (`Oktober 2017 lalu`, `Juni 2020 mendatang`,
    // `Juni 2021 nanti`), as after a bare year or a full date.
    const dc = deicticAt(S, e, false);
    if (dc && dc.d.sign !== 0 && dc.d.anchor === 'now') e = dc.e;
    return mkMatch(i, e, 'DATE', monthSpec(y, mo.m, 0));
  }
  if (S.id(e) === W.tahun) {
    const dc = deicticAt(S, e + 1, false);
    if (dc && dc.d.anchor === 'now') return mkMatch(i, dc.e, 'DATE', monthSpec(undefined, mo.m, 0, dc.d.sign));
  }
  if (!bulan && afterName(S, j)) return blocker(i, e);
  // A month name in capitals with neither day nor year is a name (`APRIL Group`, `anak usaha APRIL`).
  if (!bulan && allCaps(S, j)) return blocker(i, e);
  // `Januari hingga Juli 2019`, `September dan Oktober 2019`: the year of the month after it.
  if (S.role(e, ROLE['date-link'])) {
    let k = e + 1;
    if (S.id(k) === W.bulan) k++;
    const mo2 = monthAt(S, k, false);
    const y2 = mo2 ? yearAfterAt(S, mo2.e) : null;
    if (mo2 && y2 !== null && mo2.m > mo.m) return mkMatch(i, e, 'DATE', monthSpec(y2, mo.m, 0));
  }
  const dc = deicticAt(S, e, false);
  if (dc && dc.d.anchor === 'now') return mkMatch(i, dc.e, 'DATE', monthSpec(undefined, mo.m, dc.d.sign));
  return mkMatch(i, e, 'DATE', monthSpec(undefined, mo.m, 0));
}

/** `2019`, `tahun 2018`, `2017 lalu`, `1990-an`, `tahun 90-an`; not `Pasal 2019`, `GIIAS 2019`, `Nomor 1 Tahun 2023`. */
function ruleYear(S: Scanner, i: number): Cand | null {
  let j = i;
  const tahun = S.id(i) === W.tahun || S.id(i) === W.era || S.id(i) === W.dekade;
  if (tahun) j++;
  // Tahun Anggaran 2018, tahun fiskal 2019: the fiscal year.
  if (S.id(i) === W.tahun && (S.id(j) === W.anggaran || S.id(j) === W.fiskal)) j++;
  if (!S.isNum(j)) return null;
  // tahun 90-an / era 80-an: a decade written with two digits.
  if (tahun && S.len(j) === 2 && S.isDash(j + 1) && S.glued(j + 1) && S.id(j + 2) === W.an && S.glued(j + 2)) {
    const yy = S.num(j);
    return mkMatch(i, j + 3, 'DATE', litSpec(String(yy >= 30 ? 1900 + yy : 2000 + yy).slice(0, 3)));
  }
  const y = tahun ? yearAfterAt(S, j) : yearAt(S, j);
  if (y === null) return null;
  if (S.glued(j) && (S.pc(j - 1) === DOT || S.pc(j - 1) === COMMA || (S.pc(j - 1) === SLASH && !slashedYearPair(S, j)) || S.isNum(j - 1) || S.u.kind[j - 1] === KIND_W)) return null;
  if (S.glued(j + 1) && (S.pc(j + 1) === DOT || S.pc(j + 1) === COMMA) && S.isNum(j + 2) && S.glued(j + 2) && !listNumberAfter(S, j)) return null;
  if (S.glued(j + 1) && S.u.kind[j + 1] === KIND_W && S.id(j + 1) !== W.an) return null;
  // UU Nomor 1 Tahun 2023, Pasal 2019, Rp 2019
  if (tahun && S.isNum(i - 1) && (S.role(i - 2, ROLE['before-number']) || (S.pc(i - 2) === DOT && S.role(i - 3, ROLE['before-number'])))) {
    return blocker(i, j + 1);
  }
  if (!tahun && (S.role(i - 1, ROLE['before-number']) || (S.pc(i - 1) === DOT && S.role(i - 2, ROLE['before-number'])))) return blocker(i, j + 1);
  if (S.role(j + 1, ROLE['count-noun'])) return blocker(i, j + 1);
  // 1990-an
  if (S.isDash(j + 1) && S.glued(j + 1) && S.id(j + 2) === W.an && S.glued(j + 2)) {
    return mkMatch(i, j + 3, 'DATE', litSpec(String(y).slice(0, 3)));
  }
  const inRange = (S.isDash(j + 1) && yearAt(S, j + 2) !== null) || (S.isDash(j - 1) && yearAt(S, j - 2) !== null);
  if (!tahun && !inRange && afterName(S, j)) return blocker(i, j + 1);
  // `APKASI Otonomi Expo Tahun 2025`, `Konferensi Aseanapol Tahun 2019`: a capitalised `Tahun` after a name
  // word belongs to the name, as a bare year there does (`GIIAS 2019`); not after a roman numeral (`kuartal ke IV Tahun 2019`).
  if (j === i + 1 && S.id(i) === W.tahun && S.cap(i) && !inRange && afterName(S, i) && !romanNumeral(S, i - 1)) return blocker(i, j + 1);
  // `Liga 1 2019`, `Oppo A9 2020`: a year right after a number belongs to a name.
  if (!tahun && !inRange && S.isNum(j - 1) && !S.glued(j)) return blocker(i, j + 1);
  let e = j + 1;
  const dc = deicticAt(S, e, false);
  if (dc && dc.d.anchor === 'now' && dc.d.sign !== 0) e = dc.e;
  return mkMatch(i, e, 'DATE', yearSpec(y));
}

/**
 * Whether the year at j is the second of a pair written with a slash (`musim 2018/2019`, `tahun ajaran 2019/2020`):
 * two complete ends, two spans, as `2013-2016`; not the year of a date (`10/9/2019`) or a path (`2019/09/2020`).
 */
function slashedYearPair(S: Scanner, j: number): boolean {
  if (!S.glued(j - 1) || S.len(j) !== 4 || yearAt(S, j - 2) === null || S.len(j - 2) !== 4) return false;
  if (S.glued(j - 2) && (S.pc(j - 3) === SLASH || S.pc(j - 3) === DOT || S.isNum(j - 3))) return false;
  if (S.pc(j + 1) === SLASH && S.glued(j + 1)) return false;
  return S.num(j) === S.num(j - 2) + 1;
}

/** Whether word k is a roman numeral of up to four letters (`IV`, `XII`), as in `semester II`. */
function romanNumeral(S: Scanner, k: number): boolean {
  const s = S.u.start[k]!;
  const e = S.u.end[k]!;
  if (e - s > 4) return false;
  for (let p = s; p < e; p++) {
    const c = S.text.charCodeAt(p);
    if (c !== 0x49 && c !== 0x56 && c !== 0x58) return false; // I V X
  }
  return true;
}

/**
 * `sejak 2006,2. Eka ...`: after the year at j, the next item's number of a
 * numbered list glued on by the source (a comma, one or two digits, a full
 * stop, a capitalised word), not a decimal part (`2006,2 ton`).
 */
function listNumberAfter(S: Scanner, j: number): boolean {
  return S.pc(j + 1) === COMMA && S.len(j + 2) <= 2 && S.pc(j + 3) === DOT && S.glued(j + 3)
    && S.u.kind[j + 4] === KIND_W && !S.glued(j + 4) && S.cap(j + 4);
}

/** `tahun lalu`, `bulan depan`, `pekan ini`, `hari sebelumnya`, `minggu lalu`. */
function ruleUnitDeictic(S: Scanner, i: number): Cand | null {
  const unit = UNITS.get(S.id(i));
  if (!unit || !(unit === 'Y' || unit === 'M' || unit === 'W' || unit === 'D')) return null;
  // `pekan ketiga Agustus`, `minggu pertama September 2019`, `pekan I September`: a week of a month is one span
  // with the month, valued at the month as a modifier's bare value is (`akhir Juni` is 2019-06).
  if (unit === 'W' && ORDINALS.has(S.id(i + 1))) {
    const mo = ruleMonth(S, i + 2);
    if (mo && !mo.block && mo.s === i + 2) return copyMatch(mo, i, mo.e, mo.type, mo.spec, mo.time, mo.mod);
  }
  // `tahun-tahun mendatang`: the coming years, not one of them.
  if (S.pc(i + 1) === HYPHEN && S.glued(i + 1) && S.id(i + 2) === S.id(i) && S.glued(i + 2)) {
    const pl = deicticAt(S, i + 3, false);
    if (!pl || pl.d.anchor === 'dur') return null;
    const value = pl.d.sign < 0 ? 'PAST_REF' : pl.d.sign > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
    return mkMatch(i, pl.e, 'DATE', refSpec(value));
  }
  const dc = deicticAt(S, i + 1, false);
  if (!dc || dc.d.anchor === 'dur') return null;
  // `hari lalu` without a count is "day, then" (`pagi hari lalu berawan`); `hari ini` is a phrase.
  if (unit === 'D' && dc.d.anchor !== 'prev') return null;
  return withTime(S, mkMatch(i, dc.e, 'DATE', relSpec(unit, dc.d.sign, dc.d.anchor)));
}

/**
 * Counted units: durations (`tiga tahun`, `sebulan`, `beberapa hari terakhir`)
 * and offsets (`tiga hari lalu`, `dua bulan mendatang`, `enam bulan sebelumnya`);
 * ages (`berusia 40 tahun`, `wanita 40 tahun`) are blocked.
 */
function ruleCount(S: Scanner, i: number): Cand | null {
  if (S.id(i) === W.sekali && SE_UNITS.has(S.id(i + 1))) {
    return mkMatch(i, i + 2, 'SET', litSpec(durationValue(1, SE_UNITS.get(S.id(i + 1))!)));
  }
  let n: number | null;
  let ue: number;
  let unit: TimeUnit | undefined;
  const se = SE_UNITS.get(S.id(i));
  let digitsLed = false;
  if (se) {
    // `seminggu dua kali`, `sehari 3 kali`: a recurrence, its count of times after the period.
    const times = parseCount(S, i + 1);
    if (times && times.value !== null && S.id(times.e) === W.kali) return mkMatch(i, times.e + 1, 'SET', litSpec(durationValue(1, se)));
    n = 1;
    unit = se;
    ue = i + 1;
  } else {
    const c = parseCount(S, i);
    if (!c) return null;
    // `Nomor 1 Tahun 2023`: a law number.
    if (S.role(i - 1, ROLE['before-number']) || (S.pc(i - 1) === DOT && S.role(i - 2, ROLE['before-number']))) {
      return blocker(i, S.id(c.e) === W.tahun && yearAt(S, c.e + 1) !== null ? c.e + 2 : c.e);
    }
    unit = UNITS.get(S.id(c.e));
    // `Permendag 29 tahun 2019`: `N tahun YYYY` is a regulation number, not a duration.
    if (unit === 'Y' && c.digits && yearAt(S, c.e + 1) !== null) return blocker(i, c.e + 2);
    if (!unit) {
      // dua kali seminggu / sekali sebulan: a recurrence.
      if (S.id(c.e) === W.kali) {
        const su = SE_UNITS.get(S.id(c.e + 1));
        if (su) return mkMatch(i, c.e + 2, 'SET', litSpec(durationValue(1, su)));
      }
      // `dua tahunan`, `lima tahunan`: every n periods. A number word only: in figures (`20 tahunan`) it is as
      // often "about 20 years", an age or a span.
      const pu = c.digits || c.value === null ? undefined : PERIOD_UNITS.get(S.id(c.e));
      if (pu) return mkMatch(i, c.e + 1, 'SET', litSpec(durationValue(c.value, pu)));
      return null;
    }
    n = c.value;
    ue = c.e + 1;
    digitsLed = c.digits;
  }
  // `Liga 1 pekan ke-18`: the number belongs to a name, the unit to an ordinal.
  if (S.role(ue, ROLE['ordinal-prefix']) && S.pc(ue + 1) === HYPHEN && S.glued(ue + 1)) return blocker(i, ue);
  // `3 tahun 10 bulan`, `1 jam 30 menit`: a smaller counted unit right after makes one duration.
  const tail = n !== null && Number.isInteger(n) ? smallerCount(S, ue, unit) : null;
  const te = tail ? tail.e : ue;
  // Ages: berusia 40 tahun, wanita 40 tahun, (40 tahun), 5 tahun ke atas, berusia 16 tahun 304 hari; in other units
  // only after an age cue (`bayi berusia tiga bulan`, `usia 23 hari`), as `bayi 3 bulan` or `(3 bulan)` may be spans.
  if (!se && unit !== 'Y') {
    let prev = i - 1;
    // `usia 16 tahun dan 298 hari`: the days after an age's years are the age too.
    if (S.role(prev, ROLE['date-link']) && S.id(prev - 1) === W.tahun && S.isNum(prev - 2)) prev -= 3;
    for (let k = 0; k < 2 && S.role(prev, ROLE['approx']); k++) prev--;
    if (S.role(prev, ROLE['age-cue'])) return blocker(i, te);
  }
  if (unit === 'Y' && !se) {
    // An approximator, a range or a list may stand between the cue and the figure (`berusia sekitar 65 tahun`,
    // `usia 25-34 tahun`, `berusia antara 14 dan 18 tahun`, `berumur 12 dan 8 tahun`).
    let prev = i - 1;
    for (let k = 0; k < 3; k++) {
      if (S.role(prev, ROLE['approx'])) prev--;
      else if (S.isDash(prev) && S.isNum(prev - 1)) prev -= 2;
      else if (S.role(prev, ROLE['date-link']) && oneWordCount(S, prev - 1)) prev -= 2;
      else break;
    }
    const age = S.role(prev, ROLE['age-cue']) || S.role(prev, ROLE['person'])
      || (S.pc(prev) === LPAREN && S.pc(te) === RPAREN)
      || (S.id(te) === W.ke && S.id(te + 1) === W.atas)
      || (S.pc(prev) === COMMA && S.pc(te) === COMMA && digitsLed && namesPerson(S, prev - 1));
    if (age) return blocker(i, te);
  }
  // A compound duration stays one; a deictic after it other than `terakhir`-like ones is left to the parts.
  if (tail) {
    const dt = deicticAt(S, te, true);
    if (!dt || dt.d.anchor === 'dur') {
      return mkMatch(i, dt ? dt.e : te, 'DURATION', litSpec(compoundDuration(durationValue(n, unit), durationValue(tail.n, tail.unit))));
    }
  }
  // A quantity like `2x10 tahun`: the duration only, no offset.
  const multiplied = S.glued(i) && S.id(i - 1) === W.x;
  const dc = multiplied ? null : deicticAt(S, ue, true);
  if (dc) {
    if (dc.d.anchor === 'dur') {
      // `dalam beberapa minggu ke depan`: a vague stretch ahead is the future, as `beberapa bulan mendatang` is;
      // `selama beberapa hari ke depan` stays a stretch of time.
      if (n === null && dc.d.sign > 0 && !S.role(i - 1, ROLE['duration-intro'])) return mkMatch(i, dc.e, 'DATE', refSpec('FUTURE_REF'));
      return mkMatch(i, dc.e, 'DURATION', litSpec(durationValue(n, unit)));
    }
    if (n === null) {
      if (dc.d.sign === 0) return null;
      return mkMatch(i, dc.e, 'DATE', refSpec(dc.d.sign < 0 ? 'PAST_REF' : 'FUTURE_REF', dc.d.anchor === 'prev' ? 'prev' : undefined));
    }
    if (dc.d.sign !== 0 && (unit === 'Y' || unit === 'M' || unit === 'W' || unit === 'D') && Number.isInteger(n)) {
      return withTime(S, mkMatch(i, dc.e, 'DATE', relSpec(unit, n * dc.d.sign, dc.d.anchor)));
    }
    // `dua jam kemudian`, `lima menit kemudian`, `setengah jam setelahnya`: a point a few hours or minutes after the
    // time just told, not a duration. Without a clock time before it the point keeps the previous date's day (moved
    // by the whole days it spans). Only the count-only words (`kemudian`, `setelahnya`): `selama 20 menit
    // berikutnya` is a stretch of time.
    if (dc.d.sign !== 0 && dc.d.anchor === 'prev' && dc.d.countOnly && (unit === 'H' || unit === 'MIN' || unit === 'S')) {
      const secs = n * (unit === 'H' ? 3600 : unit === 'MIN' ? 60 : 1);
      const days = Math.trunc(secs / 86400);
      return mkMatch(i, dc.e, 'TIME', relSpec('D', days * dc.d.sign, 'prev'), mkTime(undefined, undefined, undefined, Math.round(secs / 60) * dc.d.sign));
    }
  }
  // `lima tahun sekali`, `setahun sekali`, `dua pekan sekali`: once every so long, a recurrence.
  if (S.id(ue) === W.sekali && n !== null) return mkMatch(i, ue + 1, 'SET', litSpec(durationValue(n, unit)));
  return mkMatch(i, ue, 'DURATION', litSpec(durationValue(n, unit)));
}

/** Rank of the units a compound duration may join, largest first; others do not join. */
const JOINING_RANK: Partial<Record<TimeUnit, number>> = { Y: 1, M: 2, D: 3, H: 4, MIN: 5, S: 6 };
/** `JOINING_RANK` by `unitIndex` (0: does not join), read per match without a keyed read. */
const COMPOUND_RANK = Int8Array.from(UNIT_ORDER, (u) => JOINING_RANK[u] ?? 0);

/** Whether unit k is a count of one unit: a digit run or a number word (`12`, `lima`). */
function oneWordCount(S: Scanner, k: number): boolean {
  return S.isNum(k) || (S.u.kind[k] === KIND_W && parseCount(S, k)?.e === k + 1);
}

/** A count of a unit smaller than `unit` at i (`10 bulan` after `3 tahun`): its value, unit and end. */
function smallerCount(S: Scanner, i: number, unit: TimeUnit): { n: number; unit: TimeUnit; e: number } | null {
  const r1 = COMPOUND_RANK[unitIndex(unit)]!;
  if (r1 === 0 || !(S.isNum(i) || S.u.kind[i] === KIND_W)) return null;
  const c = parseCount(S, i);
  // The smaller part may carry a fraction, as ISO 8601 allows its last one (`1 menit 32,265 detik` is PT1M32.265S).
  if (!c || c.value === null) return null;
  const u2 = UNITS.get(S.id(c.e));
  const r2 = u2 === undefined ? 0 : COMPOUND_RANK[unitIndex(u2)]!;
  return r2 > r1 ? { n: c.value, unit: u2!, e: c.e + 1 } : null;
}

/** Two duration values joined (`P3Y` + `P10M` = `P3Y10M`, `PT1H` + `PT30M` = `PT1H30M`, `P1D` + `PT2H` = `P1DT2H`). */
function compoundDuration(a: string, b: string): string {
  return a.startsWith('PT') || !b.startsWith('PT') ? a + b.slice(b.startsWith('PT') ? 2 : 1) : a + b.slice(1);
}

/**
 * Whether word k, before a figure set off by commas (`Neil Parker, 54 tahun,`), names a person: a name,
 * a person noun (`seorang laki-laki, 54 tahun,`) or a possessed noun (`istrinya, 37 tahun,`). Other words
 * leave a duration (`jangka waktu cukup lama, 13 tahun,`), and a unit a list (`tenor 3 tahun, 5 tahun,`).
 */
function namesPerson(S: Scanner, k: number): boolean {
  if (S.u.kind[k] !== KIND_W) return false;
  if (S.cap(k) || S.role(k, ROLE['person'])) return true;
  const e = S.u.end[k]!;
  const t = S.text;
  return e - S.u.start[k]! > 4 && (t.charCodeAt(e - 3) | 32) === 0x6e && (t.charCodeAt(e - 2) | 32) === 0x79 && (t.charCodeAt(e - 1) | 32) === 0x61;
}

/** `bertahun-tahun`, `berhari-hari`: vague durations. */
function ruleRedup(S: Scanner, i: number): Cand | null {
  const w = S.word(i);
  if (!w.startsWith('ber') || S.pc(i + 1) !== HYPHEN || !S.glued(i + 1) || !S.glued(i + 2)) return null;
  const unit = L.units.get(w.slice(3));
  if (!unit || S.w(i + 2) !== w.slice(3)) return null;
  return mkMatch(i, i + 3, 'DURATION', litSpec(durationValue(null, unit)));
}

/** `setiap hari`, `tiap pekan`, `per tahun`, `per tiga bulan sekali`, `setiap Senin`, `setiap pagi`. */
function ruleSet(S: Scanner, i: number): Cand | null {
  if (!S.role(i, ROLE['set-intro'])) return null;
  const per = S.id(i) === W.per;
  let j = i + 1;
  if (!per && S.id(j) === W.hari && weekdayAt(S, j + 1) !== null) j++;
  const wd = per ? null : weekdayAt(S, j);
  if (wd !== null) return mkMatch(i, j + 1, 'SET', litSpec(`XXXX-WXX-${wd}`));
  if (!per) {
    const pod = podAt(S, j);
    if (pod) return mkMatch(i, pod.e, 'SET', litSpec(`XXXX-XX-XX${pod.code}`));
    const mo = monthAt(S, j, false);
    if (mo) return mkMatch(i, mo.e, 'SET', litSpec(`XXXX-${String(mo.m).padStart(2, '0')}`));
    if (S.id(j) === W.tanggal && S.isNum(j + 1) && S.num(j + 1) <= 31) {
      return mkMatch(i, j + 2, 'SET', litSpec(`XXXX-XX-${String(S.num(j + 1)).padStart(2, '0')}`));
    }
  }
  let n: number | null = 1;
  const c = parseCount(S, j);
  if (c && c.value !== null && UNITS.has(S.id(c.e))) {
    n = c.value;
    j = c.e;
  }
  const w = S.word(j);
  let unit = L.units.get(w);
  if (!unit && w.endsWith('nya')) unit = L.units.get(w.slice(0, -3));
  // `96 kilometer per jam`: a rate, not a recurrence.
  if (per && S.role(i - 1, ROLE['rate-unit'])) return null;
  if (!unit || unit === 'HALF' || unit === 'Q') return null;
  let e = j + 1;
  if (S.id(e) === W.sekali) e++;
  return mkMatch(i, e, 'SET', litSpec(durationValue(n, unit)));
}

/** `pukul 10.00 WIB`, `jam 7 malam`, `10.00 WITA`: a time on the anchor day. */
function ruleClock(S: Scanner, i: number): Cand | null {
  if (!S.role(i, ROLE['clock-intro']) && !S.isNum(i)) return null;
  // `24 jam` is a duration; `jam 10` is a clock time.
  if (S.id(i) === W.jam && parseCount(S, i - 1)) return null;
  const c = clockAt(S, i);
  if (!c) return null;
  return mkMatch(i, c.e, 'TIME', relSpec('D', 0, 'now'), mkTime(c.pod, c.hh, c.mi, undefined, c.deictic));
}

/** `kuartal III/2019`, `semester I/2019`, `triwulan kedua 2020`, `Q3 2019`, `semester pertama tahun ini`. */
function ruleQuarter(S: Scanner, i: number): Cand | null {
  let unit: 'Q' | 'H';
  let n: number | undefined;
  let j: number;
  if (S.id(i) === W.q && S.isNum(i + 1) && S.glued(i + 1) && S.num(i + 1) >= 1 && S.num(i + 1) <= 4 && S.cap(i)) {
    unit = 'Q';
    n = S.num(i + 1);
    j = i + 2;
  } else {
    const u = UNITS.get(S.id(i));
    if (u !== 'Q' && u !== 'HALF') return null;
    unit = u === 'Q' ? 'Q' : 'H';
    j = i + 1;
    // `triwulan ke-4`; `semester-I 2019`; `kuartal ke empat tahun 2019`
    let spelled = false;
    if (S.role(j, ROLE['ordinal-prefix']) && S.pc(j + 1) === HYPHEN && S.isNum(j + 2)) j += 2;
    else if (S.pc(j) === HYPHEN && S.glued(j) && S.glued(j + 1)) j++;
    else if (S.role(j, ROLE['ordinal-prefix']) && S.u.kind[j + 1] === KIND_W) { j++; spelled = true; }
    if (S.isNum(j) && S.len(j) === 1) n = S.num(j);
    else if (spelled) n = parseCount(S, j)?.value ?? undefined;
    else n = ORDINALS.get(S.id(j));
    if (n === undefined || n < 1 || n > (unit === 'Q' ? 4 : 2)) return null;
    j++;
  }
  let sep = j;
  if ((S.pc(sep) === SLASH || S.isDash(sep)) && yearAt(S, sep + 1) !== null) sep++;
  if (S.id(sep) === W.tahun && yearAt(S, sep + 1) !== null) sep++;
  const y = yearAt(S, sep);
  if (y !== null) return mkMatch(i, sep + 1, 'DATE', quarterSpec(unit, n, y));
  // A bare `Q2` is a qualifying session or a product as often as a quarter.
  if (S.id(i) === W.q) return null;
  if (S.id(j) === W.tahun) {
    const dc = deicticAt(S, j + 1, false);
    if (dc && dc.d.anchor === 'now') return mkMatch(i, dc.e, 'DATE', quarterSpec(unit, n, undefined, dc.d.sign));
  }
  const dc = deicticAt(S, j, false);
  if (dc && dc.d.anchor === 'now') return mkMatch(i, dc.e, 'DATE', quarterSpec(unit, n, undefined, dc.d.sign));
  // Bare, `paruh pertama` halves a match or a season as often as a year.
  if (S.role(i, ROLE['year-bound'])) return null;
  return mkMatch(i, j, 'DATE', quarterSpec(unit, n));
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
function roman(s: string): number | null {
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN[s[k]!];
    const next = ROMAN[s[k + 1] ?? ''] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return total || null;
}

/** `abad ke-21`, `abad 20`, `abad XXI`: centuries as TIMEX3 `20` (the 2000s). */
function ruleCentury(S: Scanner, i: number): Cand | null {
  if (S.id(i) !== W.abad) return null;
  let j = i + 1;
  if (S.role(j, ROLE['ordinal-prefix']) && S.pc(j + 1) === HYPHEN) j += 2;
  let n: number | null = null;
  if (S.isNum(j) && S.len(j) <= 2) n = S.num(j);
  else if (S.u.cap(j)) n = roman(S.word(j));
  if (!n || n > 30) return null;
  return mkMatch(i, j + 1, 'DATE', litSpec(String(n - 1).padStart(2, '0')));
}

const INNER_FOR_MOD = [ruleMonth, ruleYear, ruleUnitDeictic, ruleQuarter, ruleDayNumber, ruleTanggal];

/** `akhir tahun lalu`, `awal pekan ini`, `pertengahan 2020`, `akhir Juni 2018`, `awal tahun`. */
function ruleModifier(S: Scanner, i: number): Cand | null {
  const mod = MODIFIERS.get(S.id(i));
  if (!mod) return null;
  let best: Match | null = null;
  for (const r of INNER_FOR_MOD) {
    const c = r(S, i + 1);
    if (c && !c.block && c.s === i + 1 && (!best || c.e > best.e)) best = c;
  }
  if (best) return copyMatch(best, i, best.e, best.type, best.spec, best.time, mod);
  // `awal tahun`, `akhir bulan`: the anchor's own year or month; not a phrase that is no timex (`awal tahun ajaran`).
  const unit = UNITS.get(S.id(i + 1));
  if (unit === 'Y' || unit === 'M' || unit === 'W') {
    if (yearAt(S, i + 2) !== null || rulePhrase(S, i + 1)?.block) return null;
    return mkMatch(i, i + 2, 'DATE', relSpec(unit, 0, 'now'), undefined, mod);
  }
  return null;
}

/** What may follow a leading part of day, in order. */
const POD_LEAD_RULES = [rulePhrase, ruleWeekday];

/** `sore hari ini`, `pagi kemarin`, `malam Minggu`: a part of day before a day. */
function rulePodLead(S: Scanner, i: number): Cand | null {
  const p = podAt(S, i);
  if (!p) return null;
  // `sore hari ini`: the `hari` podAt took may belong to the day after it.
  const tries = S.id(p.e - 1) === W.hari ? 2 : 1;
  for (let t = 0; t < tries; t++) {
    for (const r of POD_LEAD_RULES) {
      const c = r(S, p.e - t);
      if (c && !c.block && !c.time && (c.spec.k === 'rel' && c.spec.unit === 'D' || c.spec.k === 'wd' || c.spec.k === 'day')) {
        return copyMatch(c, i, c.e, 'TIME', c.spec, mkTime(p.code), c.mod);
      }
    }
  }
  return null;
}

const RULES = [
  rulePhrase, ruleModifier, rulePodLead, ruleSet, ruleWeekday, ruleDayNumber, ruleTanggal, ruleMonth,
  ruleYear, ruleQuarter, ruleCentury, ruleUnitDeictic, ruleCount, ruleRedup, ruleClock,
];

/** The scan of one text: its units and its matches in order. */
export interface Scan {
  readonly units: Units;
  readonly matches: readonly Match[];
  /** The flags of `reportingFlags` (resolve.ts) once computed: the dct and timexes stages both read them. */
  reporting: Uint8Array | undefined;
}

type Rule = (S: Scanner, i: number) => Cand | null;

/** Rules that can start at a number. */
const NUMBER_RULES: readonly Rule[] = [ruleDayNumber, ruleYear, ruleCount, ruleClock];

/**
 * Rules by the word they can start with, in the priority order of `RULES`;
 * every other word is skipped without trying any rule.
 */
const WORD_RULES: ReadonlyMap<string, readonly Rule[]> = (() => {
  const by = new Map<string, Set<Rule>>();
  const add = (words: Iterable<string>, rule: Rule) => {
    for (const w of words) {
      const set = by.get(w) ?? new Set<Rule>();
      set.add(rule);
      by.set(w, set);
    }
  };
  const contextWith = (role: ContextRole) => [...L.context].filter(([, r]) => r.has(role)).map(([w]) => w);
  add(L.phrases.keys(), rulePhrase);
  add(L.modifiers.keys(), ruleModifier);
  add([...L.partsOfDay.keys()].map((k) => k.split(' ')[0]!), rulePodLead);
  add(contextWith('set-intro'), ruleSet);
  add([...L.weekdays.keys(), 'hari'], ruleWeekday);
  add(['tanggal'], ruleTanggal);
  add([...L.months.keys(), 'bulan'], ruleMonth);
  add(['tahun', 'era', 'dekade'], ruleYear);
  // Each rule only for the words it can start at (it returns at once at any other): quarters and halves...
  const unitsOf = (...us: TimeUnit[]) => [...L.units].filter(([, u]) => us.includes(u)).map(([w]) => w);
  add([...unitsOf('Q', 'HALF'), 'q'], ruleQuarter);
  add(['abad'], ruleCentury);
  // ... and the units a deictic can follow (`tahun lalu`, not `jam lalu`).
  add(unitsOf('Y', 'M', 'W', 'D'), ruleUnitDeictic);
  add([...L.numberWords.keys(), ...VAGUE, ...L.seUnits.keys(), 'sekali'], ruleCount);
  add(contextWith('clock-intro'), ruleClock);
  const out = new Map<string, Rule[]>();
  for (const [w, set] of by) out.set(w, RULES.filter((r) => set.has(r)));
  return out;
})();

/**
 * A set of rules as bits: bit k is `RULES[k]`, so that trying the set's rules from the lowest bit up keeps
 * the priority order of `RULES` (the first of equally long matches wins); `ruleRedup`, which `rulesAt` adds
 * after a word's own rules, takes the bit after the last. Bits rather than lists of functions: a word's set is
 * one number in a small typed array (no array of closures to fetch), gates in `rulesAt` narrow it with a mask,
 * and the scan calls each rule from its own call site in `tryRule`.
 */
const REDUP_BIT = 1 << RULES.length;

function ruleBits(rules: readonly Rule[]): number {
  let bits = 0;
  for (const r of rules) bits |= r === ruleRedup ? REDUP_BIT : 1 << RULES.indexOf(r);
  return bits;
}

/** Rule sets by word id (vocab.ts), the same sets as `WORD_RULES`; 0 for a word no rule starts at. */
const RULES_BY_ID: Int32Array = (() => {
  const byId: number[] = [];
  for (const [w, rules] of WORD_RULES) {
    const id = intern(w);
    byId[id] = ruleBits(rules);
    markTrigger(id);
  }
  return Int32Array.from({ length: byId.length }, (_, id) => byId[id] ?? 0);
})();

/**
 * Rule `k` of `RULES` (`RULES.length` for `ruleRedup`) at unit i. A switch, so that each rule has its own
 * call site (see `REDUP_BIT`); the cases follow `RULES`.
 */
function tryRule(k: number, S: Scanner, i: number): Cand | null {
  switch (k) {
    case 0: return rulePhrase(S, i);
    case 1: return ruleModifier(S, i);
    case 2: return rulePodLead(S, i);
    case 3: return ruleSet(S, i);
    case 4: return ruleWeekday(S, i);
    case 5: return ruleDayNumber(S, i);
    case 6: return ruleTanggal(S, i);
    case 7: return ruleMonth(S, i);
    case 8: return ruleYear(S, i);
    case 9: return ruleQuarter(S, i);
    case 10: return ruleCentury(S, i);
    case 11: return ruleUnitDeictic(S, i);
    case 12: return ruleCount(S, i);
    case 13: return ruleRedup(S, i);
    case 14: return ruleClock(S, i);
    default: return ruleRedup(S, i);
  }
}

// `tryRule` must follow `RULES`: a rule added there without a case here would be skipped silently.
const TRY_RULE_CASES: readonly Rule[] = [
  rulePhrase, ruleModifier, rulePodLead, ruleSet, ruleWeekday, ruleDayNumber, ruleTanggal, ruleMonth,
  ruleYear, ruleQuarter, ruleCentury, ruleUnitDeictic, ruleCount, ruleRedup, ruleClock,
];
if (TRY_RULE_CASES.length !== RULES.length || RULES.some((r, k) => TRY_RULE_CASES[k] !== r)) {
  throw new Error('timex rules: the cases of tryRule do not follow RULES');
}

/** Bits of `NUMBER_RULES` for `numberRules`, in that order. */
const DAY_BIT = 1;
const YEAR_BIT = 2;
const COUNT_BIT = 4;
const CLOCK_BIT = 8;
/** The rule set (see `REDUP_BIT`) of the sublist of `NUMBER_RULES` for each set of `numberRules` bits. */
const NUMBER_SETS: Int32Array = Int32Array.from({ length: 16 }, (_, bits) => ruleBits(NUMBER_RULES.filter((_r, k) => (bits & (1 << k)) !== 0)));

/**
 * The number rules that can match or block at digit unit i (a rule set, see `REDUP_BIT`; 0 for none), from
 * the number's length and its neighbours. A day (`ruleDayNumber`: `dateFrom`, `coordinatedDay`) has one or
 * two digits and a slash, a dash or a comma (`10/9`, `25-26`, `1, 2`), a month or a date link (`7 dan 28
 * Desember`) after it, or four digits and a dash (`2019-09-10`); a year four digits; a count (`ruleCount`) a
 * time unit or `kali` after it, a decimal comma or a bracketed figure (`1,5 jam`, `5 (lima) tahun`), or a
 * law-number cue before it (`Nomor 1`, which it blocks); a clock time without `pukul` (`10.00 WIB`) one or
 * two digits and glued minutes (`.00`, `:30`). The rules left out would return at once, but calling them
 * fetches their code, which the full pipeline leaves cold: half the numbers a scan visits need none, most of
 * the rest one or two. Tested against the rules themselves (`rulesMissed`).
 */
function numberRules(S: Scanner, i: number): number {
  const len = S.len(i);
  const next = i + 1;
  const code = S.pc(next);
  const id = S.id(next);
  const dash = S.isDash(next);
  let bits = 0;
  if (len <= 2 ? code === SLASH || code === COMMA || dash || (id >= 0 && (MONTHS.has(id) || S.role(next, ROLE['date-link']))) : len === 4 && dash) bits |= DAY_BIT;
  if (len === 4) bits |= YEAR_BIT;
  if ((id >= 0 && (UNITS.has(id) || id === W.kali)) || code === COMMA || code === LPAREN
    || S.role(i - 1, ROLE['before-number']) || (S.pc(i - 1) === DOT && S.role(i - 2, ROLE['before-number']))) bits |= COUNT_BIT;
  // `clockAt` without `pukul` needs minutes: a glued `.` or `:` and two glued digits.
  if (len <= 2 && (code === DOT || code === COLON) && S.glued(next) && S.isNum(next + 1) && S.glued(next + 1) && S.len(next + 1) === 2) bits |= CLOCK_BIT;
  return NUMBER_SETS[bits]!;
}

/**
 * For tests: how many times, at the units of `folded`, a rule that `rulesAt` leaves out proposes a match
 * or a blocker (it must be none): the rule sets of words and numbers, and the gates that narrow them.
 */
export function rulesMissed(folded: string): number {
  const S = new Scanner(folded);
  let missed = 0;
  for (let i = 0; i < S.u.count; i++) {
    const tried = rulesAt(S, i);
    // `ruleRedup` is tried through `REDUP_BIT`, never through its place in `RULES`.
    for (let k = 0; k < RULES.length; k++) if ((tried & (RULES[k] === ruleRedup ? REDUP_BIT : 1 << k)) === 0 && tryRule(k, S, i)) missed++;
  }
  return missed;
}

/**
 * Whether the word `text[s, e)` starts with `ber` in any case. `| 32` lower-cases an ASCII letter, and
 * no other character lower-cases to `b`, `e` or `r` (nor gives one under `| 32`).
 */
function isBer(text: string, s: number, e: number): boolean {
  return e - s >= 3 && (text.charCodeAt(s) | 32) === 98 && (text.charCodeAt(s + 1) | 32) === 101 && (text.charCodeAt(s + 2) | 32) === 114;
}

const UNIT_DEICTIC_BIT = 1 << RULES.indexOf(ruleUnitDeictic);
const COUNT_RULE_BIT = 1 << RULES.indexOf(ruleCount);
const MODIFIER_BIT = 1 << RULES.indexOf(ruleModifier);
const POD_LEAD_BIT = 1 << RULES.indexOf(rulePodLead);
const PHRASE_BIT = 1 << RULES.indexOf(rulePhrase);
/** The rule set of `INNER_FOR_MOD`. */
const INNER_FOR_MOD_BITS = ruleBits(INNER_FOR_MOD);

/**
 * Whether a modifier may take unit j (`ruleModifier`): a number (a day or a year) or a word one of
 * `INNER_FOR_MOD` starts at (each returns at once at any other word), or a time unit (`awal tahun`).
 */
function modifiable(S: Scanner, j: number): boolean {
  const id = S.id(j);
  return S.isNum(j) || (id >= 0 && (((id < RULES_BY_ID.length ? RULES_BY_ID[id]! : 0) & INNER_FOR_MOD_BITS) !== 0 || UNITS.has(id)));
}

/**
 * Whether `ruleCount` may propose at word i: a `se-` unit (`sebulan`), `sekali` before one, a law-number cue
 * before it (`Nomor dua`, which it blocks), or number words (`dua`, `beberapa`, `setengah`) up to a time unit
 * or `kali`. A superset of what `ruleCount` needs (`parseCount` reads only such words). Most number words
 * lead no unit (`salah satu`, `dua orang`): with this test the scan calls `ruleCount` in 67% of CLICK-ID
 * articles instead of 90%, and the others never fetch its code (nor `parseCount`'s).
 */
function countable(S: Scanner, i: number): boolean {
  const id = S.id(i);
  if (SE_UNITS.has(id) || S.role(i - 1, ROLE['before-number']) || (S.pc(i - 1) === DOT && S.role(i - 2, ROLE['before-number']))) return true;
  if (id === W.sekali) return SE_UNITS.has(S.id(i + 1));
  // parseCount reads at most 16 number words and a `setengah`.
  for (let k = i; k < i + 18; k++) {
    const w = S.id(k);
    if (UNITS.has(w) || w === W.kali || (k > i && PERIOD_UNITS.has(w))) return true;
    if (!(NUMBER_WORDS.has(w) || VAGUE_IDS.has(w) || w === W.setengah)) return false;
  }
  return false;
}

/**
 * Per word id, the second words of the fixed phrases it leads (`PHRASES`) as a signature of 32 bits: bit
 * `x & 31` for a second word of id x; every bit when a phrase is the word alone or goes on with a hyphen.
 * Most words that lead a phrase lead it rarely (`yang` in `yang kemudian hari`, `ke` in `ke depan`, `saat`
 * in `saat ini`): rulePhrase, which reads the phrase lists and their word ids, scattered over the heap, ran
 * 11.8 times per CLICK-ID article and matched 1.35 times.
 */
const PHRASE_SECONDS: Int32Array = (() => {
  const sig = new Int32Array(RULES_BY_ID.length);
  for (let id = 0; id < sig.length; id++) {
    for (const { ids } of PHRASES.get(id) ?? []) sig[id]! |= ids.length === 1 || ids[1]! < 0 ? -1 : 1 << (ids[1]! & 31);
  }
  return sig;
})();

/** Whether a fixed phrase may start at word i (`rulePhrase`): its second word fits `PHRASE_SECONDS`. */
function phraseLeadable(S: Scanner, i: number): boolean {
  const id = S.id(i);
  return id >= 0 && id < PHRASE_SECONDS.length && ((PHRASE_SECONDS[id]! >>> (S.id(i + 1) & 31)) & 1) !== 0;
}

/** Whether `rulePhrase` or `ruleWeekday` may start at unit j: a phrase's first word, a weekday or `hari`. */
function dayLeadable(S: Scanner, j: number): boolean {
  const id = S.id(j);
  return id >= 0 && (PHRASES.has(id) || WEEKDAYS.has(id) || id === W.hari);
}

/** Whether a part of day at i may lead a day (`rulePodLead`): the rules it tries after it may start there. */
function podLeadable(S: Scanner, i: number): boolean {
  const p = podAt(S, i);
  if (!p) return false;
  return dayLeadable(S, p.e) || (S.id(p.e - 1) === W.hari && dayLeadable(S, p.e - 1));
}

/**
 * The rule set (see `REDUP_BIT`) to try at unit i; 0 for none. Rules that cannot match there are left out
 * (as in `numberRules`): calling them would fetch their code for nothing.
 */
function rulesAt(S: Scanner, i: number): number {
  const u = S.u;
  if (u.kind[i] === KIND_N) return numberRules(S, i);
  const id = u.vid[i]!;
  let rules = id >= 0 && id < RULES_BY_ID.length ? RULES_BY_ID[id]! : 0;
  // `tahun lalu`, `tahun-tahun mendatang`, `pekan ketiga Agustus`: a unit starts a match only before a deictic, a
  // hyphen or an ordinal.
  if ((rules & UNIT_DEICTIC_BIT) !== 0 && S.pc(i + 1) !== HYPHEN && !DEICTICS.has(S.id(i + 1)) && !ORDINALS.has(S.id(i + 1))) rules &= ~UNIT_DEICTIC_BIT;
  if ((rules & MODIFIER_BIT) !== 0 && !modifiable(S, i + 1)) rules &= ~MODIFIER_BIT;
  if ((rules & POD_LEAD_BIT) !== 0 && !podLeadable(S, i)) rules &= ~POD_LEAD_BIT;
  if ((rules & COUNT_RULE_BIT) !== 0 && !countable(S, i)) rules &= ~COUNT_RULE_BIT;
  if ((rules & PHRASE_BIT) !== 0 && !phraseLeadable(S, i)) rules &= ~PHRASE_BIT;
  // `bertahun-tahun`: a reduplicated `ber-` word, whatever the lexicon says of its first half.
  if (S.pc(i + 1) === HYPHEN && isBer(S.text, u.start[i]!, u.end[i]!)) return rules | REDUP_BIT;
  return rules;
}

/**
 * Scan `folded` (the normalized text) for temporal expressions. The units are in scratch buffers that the
 * next scan overwrites (`freshUnits` cuts them again if read after it); the stages share one scan per
 * article through kept-scans.ts.
 */
export function scanTimexes(folded: string): Scan {
  const S = new Scanner(folded);
  const out: Match[] = [];
  // Only units a rule may start at are visited; a match moves the scan past its end.
  const triggers = S.u.triggers;
  const nTriggers = S.u.triggerCount;
  let next = 0;
  for (let t = 0; t < nTriggers; t++) {
    const i = triggers[t]!;
    if (i < next) continue;
    let rules = rulesAt(S, i);
    if (rules === 0) continue;
    let best: Cand | null = null;
    // Lowest bit first: the priority order of `RULES`.
    for (; rules !== 0; rules &= rules - 1) {
      const c = tryRule(31 - Math.clz32(rules & -rules), S, i);
      if (c && c.e > i && (!best || c.e > best.e)) best = c;
    }
    if (!best) continue;
    if (!best.block) out.push(best);
    next = best.e;
  }
  return { units: S.u, matches: out, reporting: undefined };
}
