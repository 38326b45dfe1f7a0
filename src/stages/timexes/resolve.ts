/**
 * Placing matches on the calendar: each relative expression gets an anchor
 * (the date its speaker spoke for words inside quotes and reported speech,
 * the document creation time otherwise, the previously mentioned date for
 * `sebelumnya`/`berikutnya`) and a TIMEX3 value.
 */
import type { DiagnosticJson, TimexJson } from '../../text/schema.js';
import {
  addDays, addMonths, fmtClock, fmtDay, fmtMonth, fmtWeek, fmtYear, isValidDate, toDays, weekday, type Ymd,
} from './calendar.js';
import type { Match, Scan, Spec } from './grammar.js';
import { freshUnits, KIND_W, type Units } from './lex.js';
import { EN_DASH, LPAREN } from './scanner.js';
import { intern, ROLE, roleBits } from './vocab.js';

const WINDOW = 40;
const SPEECH = ROLE.speech;
const NL = 10;
const COMMA = 44;
const KEMARIN = intern('kemarin');
const INI = intern('ini');
const BAHWA = intern('bahwa');
const LOOSE_BEFORE = ROLE['loose-before'];
const LOOSE_AFTER = ROLE['loose-after'];
const DQUOTE = 34;
const HYPHEN_CODE = 45;
const DOT = 46;
const BANG = 33;
const QMARK = 63;
const FUTURE = ROLE.future;

/** A resolved calendar reference with the granularity it was written at. */
interface Ref { date: Ymd; gran: 'D' | 'M' | 'Y' }

function hasRole(u: Units, i: number, bit: number): boolean {
  return u.kind[i] === KIND_W && (roleBits(u.vid[i]!) & bit) !== 0;
}

/**
 * A sentence end at unit i: `.`, `!` or `?` followed by a capitalised word, or a newline. Quote marks and
 * commas may stand between: CLICK-ID joined its paragraphs with commas (`ungkap Marsha.,Film yang ...`).
 */
function endsSentence(u: Units, i: number): boolean {
  const p = u.pcode(i);
  if (p === NL) return true;
  if (p !== DOT && p !== BANG && p !== QMARK) return false;
  let k = i + 1;
  while (k < u.count && (u.pcode(k) === DQUOTE || u.pcode(k) === COMMA)) k++;
  return k >= u.count || u.cap(k) || u.pcode(k) === NL;
}

/** The first index k of the ascending `a[0, len)` with a[k] >= x (len if none). */
function lowerBound(a: ArrayLike<number>, len: number, x: number): number {
  let lo = 0;
  let hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first sentence end at or after unit i, or `u.count`: only the listed stops can be one. */
function nextSentenceEnd(u: Units, i: number): number {
  const st = u.stops;
  const n = u.stopCount;
  for (let k = lowerBound(st, n, i); k < n; k++) if (endsSentence(u, st[k]!)) return st[k]!;
  return u.count;
}

/** The last sentence end before unit i, or -1. */
function prevSentenceEnd(u: Units, i: number): number {
  const st = u.stops;
  for (let k = lowerBound(st, u.stopCount, i) - 1; k >= 0; k--) if (endsSentence(u, st[k]!)) return st[k]!;
  return -1;
}

/** Whether code c belongs to a word next to a quote mark (a letter or a digit). */
function word(c: number): boolean {
  return c > 0x40 || (c >= 48 && c <= 57);
}

/**
 * Quotation regions `[open, close]` in unit indices, paired within each
 * paragraph. A mark's shape says which end it is (`"Kami` opens, `itu,"`
 * closes), so one stray mark cannot flip every pair after it.
 */
function quoteRegions(u: Units, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let q = 0; q < u.markCount; q++) {
    const i = u.marks[q]!;
    const p = u.pcode(i);
    if (p === NL) {
      if (open >= 0) out.push([open, i]);
      open = -1;
      continue;
    }
    if (p !== DQUOTE) continue;
    const before = u.start[i]! > 0 ? text.charCodeAt(u.start[i]! - 1) : 32;
    const after = u.end[i]! < text.length ? text.charCodeAt(u.end[i]!) : 32;
    const opens = word(after) && !word(before);
    const closes = !word(after) && (word(before) || before === 46 || before === 44 || before === 33 || before === 63);
    if (open < 0) {
      if (!closes || opens) open = i;
    } else if (opens && !closes) {
      open = i; // the earlier mark never closed: a stray
    } else {
      out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, u.count]);
  return out;
}

const isDay = (m: Match) => m.spec.k === 'day';

/**
 * Which matches date a reporting clause: a day with a speech cue before it
 * in its sentence (`..., kata X di Jakarta, Selasa (10/9/2019)`).
 */
export function reportingFlags(scan: Scan): Uint8Array {
  // The dct and timexes stages both ask for the flags of the same scan: they are kept on it.
  return (scan.reporting ??= computeReportingFlags(scan));
}

/**
 * Whether `bahwa` stands between a speech cue at c and a day at s: the day is then inside what was reported
 * (`mengatakan kepada Gia bahwa putranya ... pada 21 Oktober`), not the date of the reporting clause.
 */
function complementBetween(u: Units, c: number, s: number): boolean {
  for (let i = c + 1; i < s; i++) if (u.kind[i] === KIND_W && u.vid[i] === BAHWA) return true;
  return false;
}

function computeReportingFlags(scan: Scan): Uint8Array {
  const u = freshUnits(scan.units);
  const ms = scan.matches;
  const reporting = new Uint8Array(ms.length);
  const sp = u.speech;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    // A day told with `lalu`/`mendatang` is the event's, not the clause's (`mengungkapkan hal yang ia ingat
    // setelah kecelakaan di Silverstone, 2 Agustus lalu`): reporting clauses write their day plainly.
    if (!isDay(m) || (m.spec as Spec & { k: 'day' }).dir !== undefined) continue;
    // The nearest speech cue among the WINDOW units before the match, with no sentence end after it.
    const q = lowerBound(sp, u.speechCount, m.s) - 1;
    if (q < 0 || sp[q]! < m.s - WINDOW) continue;
    if (prevSentenceEnd(u, m.s) < sp[q]! && !complementBetween(u, sp[q]!, m.s)) reporting[k] = 1;
  }
  return reporting;
}

/** The days written in a text that can anchor others: unit starts, ascending, and their dates. */
interface WrittenDays { readonly starts: number[]; readonly dates: Ymd[] }

/**
 * The first written day within the clause next to a quote, walking away from
 * it: a day start in [from, to) (or (to, from] walking back) before any quote
 * mark, newline or sentence end.
 */
function firstDayIn(u: Units, days: WrittenDays, from: number, to: number, step: 1 | -1): Ymd | null {
  const marks = u.marks;
  const starts = days.starts;
  if (step > 0) {
    const ka = lowerBound(starts, starts.length, from);
    const a = starts[ka];
    if (a === undefined || a >= to) return null;
    const kb = lowerBound(marks, u.markCount, from);
    if (kb < u.markCount && marks[kb]! < a) return null;
    return nextSentenceEnd(u, from) < a ? null : days.dates[ka]!;
  }
  const ka = lowerBound(starts, starts.length, from + 1) - 1;
  if (ka < 0 || starts[ka]! <= to) return null;
  const a = starts[ka]!;
  const kb = lowerBound(marks, u.markCount, from + 1) - 1;
  if (kb >= 0 && marks[kb]! > a) return null;
  // The unit walked from is not tested as a sentence end.
  return prevSentenceEnd(u, from) > a ? null : days.dates[ka]!;
}

/** The anchor of the quote `region`: the date of its attribution clause, after the quote or before it. */
function quoteAnchor(u: Units, days: WrittenDays, region: readonly [number, number]): Ymd | null {
  const o = region[0];
  const c = region[1];
  return days.starts.length === 0 ? null
    : firstDayIn(u, days, c + 1, Math.min(u.count, c + 1 + WINDOW), 1) ?? firstDayIn(u, days, o - 1, Math.max(-1, o - 1 - WINDOW), -1);
}

/** Resolve all matches of a scan into timexes. `dct` may be null (relative values then stay underspecified). */
export function resolveScan(text: string, scan: Scan, dct: Ymd | null, report?: (d: Omit<DiagnosticJson, 'stage'>) => void): TimexJson[] {
  const u = freshUnits(scan.units);
  const ms = scan.matches;
  if (ms.length === 0) return [];
  const reporting = reportingFlags(scan);
  // Absolute days resolve first (against the dct only for a missing year): they anchor the rest.
  // Plain loops rather than fill/map here and below: in the pipeline those builtins' code is cold at every article.
  const dayValue: Array<Ymd | undefined> = [];
  const days: WrittenDays = { starts: [], dates: [] };
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    let anchorDay: Ymd | null = null;
    if (m.spec.k === 'day' && dct) {
      const d = resolveDay(m.spec, dct);
      anchorDay = d && consistentDay(d, m.spec.wd, dct);
      if (anchorDay) {
        days.starts.push(m.s);
        days.dates.push(anchorDay);
      }
    }
    dayValue.push(anchorDay ?? undefined);
  }

  // Anchor of each quote that holds a match (`quoteAnchor`), found when the first match in it is resolved: most
  // quotes hold none (CLICK-ID 0-999: some 2.3 quotes per article, 0.6 holding a match), and finding an anchor
  // walks the written days, the quote marks and the sentence ends around the quote.
  const regions = quoteRegions(u, text);
  const regionAnchor: Array<Ymd | null | undefined> = [];

  // Sentences are found only around matches (most of an article has none): [sentS, sentE], sentE the end mark.
  let sentS = -1;
  let sentE = -1;
  let sentSpeech = false;
  let sentDay: Ymd | null = null;

  const out: TimexJson[] = [];
  let lastReporting: Ymd | null = null;
  let prev: Ref | null = null;
  let lastDay: Ymd | null = null;
  let lastDayAt = -1;
  // The last clock time or part of day placed on a day, while no other date has been told after it.
  let lastTime: TimeOfDay | null = null;
  // The last year written out (`Pada tahun 2018`, `Juli 2018`, `(10/9/2019)`): its unit, year and month (0 for a year alone).
  let yearAt = -1;
  let yearY = 0;
  let yearM = 0;
  let rp = 0;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    while (rp < regions.length && regions[rp]![1] <= m.s) rp++;
    const r = rp < regions.length && regions[rp]![0] < m.s ? rp : -1;
    if (!(m.s >= sentS && m.s <= sentE)) {
      sentS = prevSentenceEnd(u, m.s) + 1;
      sentE = nextSentenceEnd(u, m.s);
      const q = lowerBound(u.speech, u.speechCount, sentS);
      sentSpeech = q < u.speechCount && u.speech[q]! < sentE;
      // Sentences that report speech take the date of their own reporting clause.
      sentDay = null;
      for (let q = k; q < ms.length && ms[q]!.s < sentE && !sentDay; q++) if (reporting[q]) sentDay = dayValue[q] ?? null;
    }
    let anchor: Ymd | null = dct;
    if (r >= 0) {
      if (regionAnchor[r] === undefined) regionAnchor[r] = quoteAnchor(u, days, regions[r]!);
      anchor = regionAnchor[r] ?? lastReporting ?? dct;
    } else if (sentSpeech) anchor = sentDay ?? lastReporting ?? dct;
    const start = u.start[m.s]!;
    const end = u.end[m.e - 1]!;
    // A bare clock time belongs to the day the narrative is on: one written right after it (`pukul 01.45, Rabu
    // (11/9/2019) dini hari`), else the last day told before it, however far back: a story told over several
    // paragraphs keeps its day (`Sabtu (7/9/2019) sekitar pukul 10.00 ... Polisi tiba pukul 11.00`). Inside a
    // quote only a day told earlier in its sentence (`"Hari Rabu tanggal 17 Juli 2019 sekitar jam 22.00 ...`).
    const clockOnly = m.time?.hh !== undefined && !m.time.deictic && m.spec.k === 'rel' && m.spec.n === 0 && m.spec.anchor === 'now';
    if (clockOnly && r < 0) {
      const after = days.starts.length === 0 ? null : firstDayIn(u, days, m.e, Math.min(sentE, m.e + 3), 1);
      if (after) anchor = after;
      else if (lastDay) anchor = lastDay;
    } else if (clockOnly && lastDay && lastDayAt >= sentS) {
      anchor = lastDay;
    }
    const sp = m.spec;
    // Before a later month with its own year, one word between (`akhir Juni atau awal Juli tahun ini`, `Oktober atau
    // November tahun depan`), a bare month is in that year.
    const nx = k + 1 < ms.length ? ms[k + 1]!.spec : null;
    const bare = sp.k === 'month' && sp.y === undefined && sp.yOff === undefined && sp.dir === 0 && anchor !== null;
    const pairYear = bare && nx?.k === 'month' && ms[k + 1]!.s === m.e + 1 && u.kind[m.e] === KIND_W && nx.m >= sp.m
      && (nx.y !== undefined || nx.yOff !== undefined) ? nx.y ?? anchor!.y + nx.yOff! : undefined;
    // Else a bare month told in a sentence that already wrote an earlier year, at or after that year's month, is
    // that year's (`Pada tahun 2018, ... pada bulan November`; `dibangun pada bulan Juli 2018 dengan produksi
    // dimulai pada bulan September`), not the anchor's.
    const monthYear = pairYear ?? (bare && anchor
      && yearY < anchor.y && sp.m >= yearM && (yearAt >= sentS || (yearM > 0 && prev?.gran !== 'Y' && prev?.date.y === yearY))
      && !futureBefore(u, m) ? yearY : undefined);
    const res: Resolved = r >= 0 && looseYesterday(u, m) ? PAST_LOOSE
      : m.time?.off !== undefined && lastTime ? afterTime(lastTime, m.time.off)
      : monthYear !== undefined ? resolveMatch(m, { y: monthYear, m: 1, d: 1 }, prev, false)
      : resolveMatch(m, anchor, prev, futureCue(u, m) || besideAhead(u, ms, k, dayValue, anchor));
    if ((sp.k === 'year' || sp.k === 'month' || sp.k === 'day') && sp.y !== undefined) {
      yearAt = m.s;
      yearY = sp.y;
      yearM = sp.k === 'year' ? 0 : sp.m ?? 0;
    }
    lastTime = res.type === 'TIME' ? timeOfDay(res) : res.ref ? null : lastTime;
    // A day counted from the previous one (`dibandingkan hari sebelumnya`) is a comparison more often than
    // the story's next day: it does not move the narrative day.
    if (res.ref?.gran === 'D' && !clockOnly && !(m.spec.k === 'rel' && m.spec.anchor === 'prev')) {
      lastDay = res.ref.date;
      lastDayAt = m.s;
    }
    if (m.diag && report) reportProblem(report, 'timex-suspicious', m.diag, text, start, end);
    if (res.diag && report) reportProblem(report, 'timex-invalid', res.diag, text, start, end);
    if (res.ref) prev = res.ref;
    // A weekday-dated clause (`..., Senin (20/10/2025)`) dates the scene the following quotes come from.
    const dated = m.spec.k === 'day' && m.spec.wd !== undefined && u.pcode(m.s - 1) === COMMA;
    const written = dayValue[k];
    if ((reporting[k] || dated) && written !== undefined) lastReporting = written;
    const e2 = thisYearTail(u, m, anchor) ?? end;
    const tj: TimexJson = { start, end: e2, text: text.slice(start, e2), type: res.type, value: res.value };
    if (m.mod) tj.mod = m.mod;
    out.push(tj);
  }
  return out;
}

/**
 * Reports a problem with the span [start, end). Its own function, so that building the message (rare) is not
 * laid out inside `resolveScan`, whose code the pipeline fetches cold at every article.
 */
function reportProblem(
  report: (d: Omit<DiagnosticJson, 'stage'>) => void, code: 'timex-suspicious' | 'timex-invalid', what: string, text: string, start: number, end: number,
): void {
  report({ code, severity: 'warning', message: `${what}: "${text.slice(start, end)}"`, start, end });
}

/**
 * The end of `ini` after a year or a month of a year that is the anchor's own or a later one (`di 2026 ini`,
 * `September 2025 ini`: this year's; `nanti di 2026 ini` said in 2025: the coming one), which the span keeps
 * like a redundant `lalu`; after an earlier year `ini` points back at the noun before it (`perusahaan yang
 * berdiri pada 1984 ini`) and stays out. Null when nothing joins.
 */
function thisYearTail(u: Units, m: Match, anchor: Ymd | null): number | null {
  const sp = m.spec;
  const y = sp.k === 'year' || sp.k === 'month' ? sp.y : undefined;
  // Not at the end of a range, where `ini` takes the whole period's noun (`tatib 2019-2024 ini`, `musim 2019-2020 ini`).
  if (y === undefined || !anchor || y < anchor.y || m.e >= u.count || (m.s > 0 && u.pcode(m.s - 1) === HYPHEN_CODE)) return null;
  if (u.kind[m.e] !== KIND_W || u.vid[m.e] !== INI) return null;
  return u.end[m.e]!;
}

/**
 * `kemarin` said loosely for "recently" (guidelines: PAST_REF): in speech,
 * inside a relative clause or before a spoken demonstrative
 * (`Pulau Manuran yang kemarin dicabut`, `yang kemarin tuh`).
 */
function looseYesterday(u: Units, m: Match): boolean {
  if (m.e - m.s !== 1 || m.spec.k !== 'rel' || u.kind[m.s] !== KIND_W || u.vid[m.s] !== KEMARIN) return false;
  const before = u.kind[m.s - 1] === KIND_W ? roleBits(u.vid[m.s - 1]!) : 0;
  const after = u.kind[m.e] === KIND_W ? roleBits(u.vid[m.e]!) : 0;
  return (before & LOOSE_BEFORE) !== 0 || (after & LOOSE_AFTER) !== 0;
}

/** How many units before a match a future-tense cue is looked for, and after a bare weekday (`futureCue`). */
const FUTURE_BACK = 10;
const FUTURE_AHEAD = 5;

/** A future-tense cue in the units before a match, in its sentence (`sejak 2012 ini akan disahkan akhir September`). */
function futureBefore(u: Units, m: Match): boolean {
  for (let i = m.s - 1; i >= 0 && i >= m.s - FUTURE_BACK; i--) {
    if (endsSentence(u, i)) break;
    if (hasRole(u, i, FUTURE)) return true;
  }
  return false;
}

/** A future-tense cue near a bare weekday (`akan`, `dijadwalkan`). */
function futureCue(u: Units, m: Match): boolean {
  if (m.spec.k !== 'wd' || m.spec.dir !== null || m.spec.weekOff !== undefined) return false;
  if (futureBefore(u, m)) return true;
  for (let i = m.e; i < u.count && i < m.e + FUTURE_AHEAD; i++) {
    if (endsSentence(u, i)) break;
    if (hasRole(u, i, FUTURE)) return true;
  }
  return false;
}

const DATE_LINK = ROLE['date-link'];

/**
 * Whether match k, a bare weekday, is told beside a day after the anchor: right next to it, or joined by a
 * link word, a dash, a comma or an opening bracket (`besok atau Senin`, `Senin hingga Selasa pekan depan`,
 * `Rabu-Kamis, 11-12 September nanti`, `hari ini sampai Rabu (besok)`, `keesokan harinya, Rabu`). A plan
 * names its days together, so the weekday is ahead too rather than last week's.
 */
function besideAhead(u: Units, ms: readonly Match[], k: number, dayValue: ReadonlyArray<Ymd | undefined>, anchor: Ymd | null): boolean {
  const sp = ms[k]!.spec;
  if (sp.k !== 'wd' || sp.dir !== null || sp.weekOff !== undefined || !anchor) return false;
  const m = ms[k]!;
  return (k > 0 && linked(u, ms[k - 1]!.e, m.s) && ahead(ms[k - 1]!, dayValue[k - 1], anchor))
    || (k + 1 < ms.length && linked(u, m.e, ms[k + 1]!.s) && ahead(ms[k + 1]!, dayValue[k + 1], anchor));
}

/** Whether units [a, b) are nothing, or one link word, dash, comma or opening bracket. */
function linked(u: Units, a: number, b: number): boolean {
  if (b === a) return true;
  if (b !== a + 1) return false;
  const p = u.pcode(a);
  return p === HYPHEN_CODE || p === EN_DASH || p === COMMA || p === LPAREN || hasRole(u, a, DATE_LINK);
}

/** Whether a match names a day or week after the anchor, by its spec (`besok`, `Selasa pekan depan`, `11 September nanti`). */
function ahead(m: Match, written: Ymd | undefined, anchor: Ymd): boolean {
  const sp = m.spec;
  switch (sp.k) {
    case 'rel': return sp.anchor === 'now' && sp.n > 0 && (sp.unit === 'D' || sp.unit === 'W');
    case 'wd': return (sp.weekOff ?? 0) > 0 || sp.dir === 1;
    case 'day': return sp.dir === 1 || (written !== undefined && before(anchor, written));
    default: return false;
  }
}

/**
 * A written day fit to anchor other expressions: as written when its weekday
 * agrees or when it lies within a week of the dct (then the weekday is the
 * typo: `Selasa (18/9/2019)` in an article of Wednesday 18 September 2019),
 * moved to the dct's year when the weekday fits there (the year is the typo:
 * `Selasa (7/10/2024)` in a 2025 article), or none when the date itself is in
 * doubt (`Senin (7/5/2025)` for a Wednesday; `Rabu 11 Mei 2019` in September
 * 2019, which fits 2016 only because a month is wrong).
 */
function consistentDay(d: Ymd, wd: number | undefined, dct: Ymd): Ymd | null {
  if (wd === undefined || weekday(d) === wd || Math.abs(toDays(d) - toDays(dct)) <= 7) return d;
  const c = { y: dct.y, m: d.m, d: d.d };
  return Math.abs(d.y - dct.y) <= 3 && isValidDate(c.y, c.m, c.d) && weekday(c) === wd ? c : null;
}

function resolveDay(spec: Spec & { k: 'day' }, anchor: Ymd): Ymd | null {
  const m = spec.m ?? anchor.m;
  let y = spec.y ?? anchor.y;
  if (spec.y === undefined && spec.dir !== undefined && spec.m !== undefined) {
    // `11 September nanti` written on 11 September is that day, not next year's.
    const md = spec.m * 100 + spec.d;
    const am = anchor.m * 100 + anchor.d;
    if (spec.dir < 0 && md > am) y--;
    if (spec.dir > 0 && md < am) y++;
  }
  if (spec.y === undefined && spec.wd !== undefined) {
    // A year-less `Selasa (10/6)`: the nearest year where the weekday fits.
    for (const cand of [anchor.y, anchor.y - 1, anchor.y + 1]) {
      if (isValidDate(cand, m, spec.d) && weekday({ y: cand, m, d: spec.d }) === spec.wd) { y = cand; break; }
    }
  }
  return isValidDate(y, m, spec.d) ? { y, m, d: spec.d } : null;
}

interface Resolved { type: TimexJson['type']; value: string; ref?: Ref; diag?: string }

// Resolved values, bases and refs each have one shape, built at one site (see mkSpec in grammar.ts).

/** A resolved value: its type, value, calendar reference and problem. */
function resolved(type: TimexJson['type'], value: string, ref: Ref | undefined, diag: string | undefined): Resolved {
  return { type, value, ref, diag };
}

/** What a spec resolves to before the type is known (`resolveBase`). */
function based(value: string, ref?: Ref, diag?: string): Omit<Resolved, 'type'> {
  return { value, ref, diag };
}

function before(a: Ymd, b: Ymd): boolean {
  return a.y !== b.y ? a.y < b.y : a.m !== b.m ? a.m < b.m : a.d < b.d;
}

function dayRef(date: Ymd, gran: Ref['gran']): Ref {
  return { date, gran };
}

/** A time placed on a day: a clock time (`hh`, `mi`) or a part of day (`pod`). */
interface TimeOfDay { date: Ymd; hh: number; mi: number; pod: string | undefined }

/** The day and time of a resolved TIME value (`2019-09-10T20:00`, `2019-09-10TEV`), or null when it has no day. */
function timeOfDay(res: Resolved): TimeOfDay | null {
  const v = res.value;
  if (!res.ref || res.ref.gran !== 'D' || v.length < 13 || v.charCodeAt(10) !== 84 /* T */) return null;
  const date = res.ref.date;
  if (v.charCodeAt(13) === 58 /* : */) return { date, hh: Number(v.slice(11, 13)), mi: Number(v.slice(14, 16)), pod: undefined };
  return { date, hh: -1, mi: 0, pod: v.slice(10) };
}

/**
 * `dua jam kemudian` after a time: the clock moved by `off` minutes (`pukul 20.00 ... tujuh jam kemudian` is
 * 03:00 the next day); after a part of day, the same part when the offset is under three hours (`setelah
 * magrib ... setengah jam kemudian`), else its day.
 */
function afterTime(t: TimeOfDay, off: number): Resolved {
  if (t.hh < 0) {
    const ref = dayRef(t.date, 'D');
    return resolved('TIME', Math.abs(off) < 180 ? `${fmtDay(t.date)}${t.pod}` : fmtDay(t.date), ref, undefined);
  }
  const total = t.hh * 60 + t.mi + off;
  const dayShift = Math.floor(total / 1440);
  const mins = total - dayShift * 1440;
  const date = addDays(t.date, dayShift);
  return resolved('TIME', `${fmtDay(date)}T${fmtClock(Math.floor(mins / 60), mins % 60)}`, dayRef(date, 'D'), undefined);
}

/** `kemarin` said loosely (`looseYesterday`). */
const PAST_LOOSE = resolved('DATE', 'PAST_REF', undefined, undefined);

const UNKNOWN_DAY = 'XXXX-XX-XX';

function resolveMatch(m: Match, anchor: Ymd | null, prev: Ref | null, future: boolean): Resolved {
  const base = resolveBase(m.spec, anchor, prev, future);
  // Built field by field, not spread (see copyMatch in grammar.ts); an absent field reads as undefined.
  if (m.type !== 'TIME' || !m.time || m.time.off !== undefined) return resolved(m.type, base.value, base.ref, base.diag);
  const day = base.ref && base.ref.gran === 'D' ? fmtDay(base.ref.date) : UNKNOWN_DAY;
  // Part-of-day codes carry their own T (TMO, TEV): `2019-09-10TEV`.
  const t = m.time.hh !== undefined ? `T${fmtClock(m.time.hh, m.time.mi ?? 0)}` : m.time.pod!;
  return resolved('TIME', `${day}${t}`, base.ref, base.diag);
}

function resolveBase(spec: Spec, anchor: Ymd | null, prev: Ref | null, future: boolean): Omit<Resolved, 'type'> {
  switch (spec.k) {
    case 'ref':
      // `15 Agustus lalu ... beberapa hari setelahnya`: `kemudian` and `setelahnya` narrate; some time after a
      // date not later than the anchor (a past event, or the reporting clause's own day) is told as past.
      if (spec.anchor === 'prev' && spec.value === 'FUTURE_REF' && prev && anchor && !before(anchor, prev.date)) return based('PAST_REF');
      return based(spec.value);
    case 'lit':
      return based(spec.value);
    case 'year':
      return based(fmtYear(spec.y), dayRef({ y: spec.y, m: 1, d: 1 }, 'Y'));
    case 'day': {
      if (!anchor && (spec.y === undefined || spec.m === undefined)) {
        return based(spec.m !== undefined ? `XXXX-${String(spec.m).padStart(2, '0')}-${String(spec.d).padStart(2, '0')}` : UNKNOWN_DAY);
      }
      const a = anchor ?? { y: spec.y!, m: spec.m!, d: 1 };
      const d = resolveDay(spec, a);
      const y = spec.y ?? a.y;
      const mo = spec.m ?? a.m;
      if (!d) return based(fmtMonth(y, mo), dayRef({ y, m: mo, d: 1 }, 'M'), `no such date ${y}-${mo}-${spec.d}`);
      const diag = spec.wd !== undefined && weekday(d) !== spec.wd ? `weekday does not match the date ${fmtDay(d)}` : undefined;
      return based(fmtDay(d), dayRef(d, 'D'), diag);
    }
    case 'month': {
      if (spec.y !== undefined) return based(fmtMonth(spec.y, spec.m), dayRef({ y: spec.y, m: spec.m, d: 1 }, 'M'));
      if (!anchor) return based(`XXXX-${String(spec.m).padStart(2, '0')}`);
      let y = anchor.y + (spec.yOff ?? 0);
      if (spec.yOff === undefined) {
        if (spec.dir < 0 && spec.m > anchor.m) y--;
        if (spec.dir > 0 && spec.m <= anchor.m) y++;
      }
      return based(fmtMonth(y, spec.m), dayRef({ y, m: spec.m, d: 1 }, 'M'));
    }
    case 'rel': {
      const baseRef: Ref | null = spec.anchor === 'prev' ? (prev ?? (anchor ? dayRef(anchor, 'D') : null)) : (anchor ? dayRef(anchor, 'D') : null);
      if (!baseRef) return based(spec.unit === 'Y' ? 'XXXX' : spec.unit === 'M' ? 'XXXX-XX' : spec.unit === 'W' ? 'XXXX-WXX' : UNKNOWN_DAY);
      const b = baseRef.date;
      // `Pada 2018, ... sembilan hari kemudian`: an offset finer than its anchor cannot be placed more
      // precisely than the anchor, so it keeps the anchor's precision, moved by the whole years or months
      // the offset spans (`15 bulan kemudian` after 2015 is 2016).
      if (baseRef.gran === 'Y' && (spec.unit === 'D' || spec.unit === 'W' || spec.unit === 'M')) {
        const y = b.y + Math.trunc(spec.unit === 'D' ? spec.n / 365 : spec.unit === 'W' ? spec.n / 52 : spec.n / 12);
        return based(fmtYear(y), dayRef({ y, m: 1, d: 1 }, 'Y'));
      }
      if (baseRef.gran === 'M' && (spec.unit === 'D' || spec.unit === 'W')) {
        const d = addMonths(b, Math.trunc(spec.unit === 'D' ? spec.n / 30 : spec.n / 4));
        return based(fmtMonth(d.y, d.m), dayRef({ y: d.y, m: d.m, d: 1 }, 'M'));
      }
      switch (spec.unit) {
        case 'D': { const d = addDays(b, spec.n); return based(fmtDay(d), dayRef(d, 'D')); }
        case 'W': return based(fmtWeek(addDays(b, 7 * spec.n)));
        case 'M': { const d = addMonths(b, spec.n); return based(fmtMonth(d.y, d.m), dayRef({ y: d.y, m: d.m, d: 1 }, 'M')); }
        case 'Y': return based(fmtYear(b.y + spec.n), dayRef({ y: b.y + spec.n, m: 1, d: 1 }, 'Y'));
        case 'Q': {
          const idx = b.y * 4 + Math.floor((b.m - 1) / 3) + spec.n;
          return based(`${fmtYear(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`);
        }
        case 'H': {
          const idx = b.y * 2 + Math.floor((b.m - 1) / 6) + spec.n;
          return based(`${fmtYear(Math.floor(idx / 2))}-H${(idx % 2) + 1}`);
        }
      }
      return based(UNKNOWN_DAY);
    }
    case 'wd': {
      if (!anchor) return based(UNKNOWN_DAY);
      const aw = weekday(anchor);
      let d: Ymd;
      if (spec.weekOff !== undefined) {
        const monday = addDays(anchor, 1 - aw + 7 * spec.weekOff);
        d = addDays(monday, spec.wd - 1);
      } else {
        const dir = spec.dir ?? (future ? 1 : -1);
        let delta = dir < 0 ? -((aw - spec.wd + 7) % 7) : (spec.wd - aw + 7) % 7;
        if (delta === 0 && spec.strict) delta = 7 * dir;
        d = addDays(anchor, delta);
      }
      return based(fmtDay(d), dayRef(d, 'D'));
    }
    case 'quarter': {
      const y = spec.y ?? (anchor ? anchor.y + (spec.yOff ?? 0) : null);
      return based(`${y === null ? 'XXXX' : fmtYear(y)}-${spec.unit}${spec.n}`);
    }
  }
}
