import { badData, readTsv } from './tsv-file.js';

/** TIMEX3 part-of-day codes. */
export type PartOfDay = 'TMO' | 'TMD' | 'TAF' | 'TEV' | 'TNI';
/** Calendar and clock units as the grammar knows them. */
/** H is the hour; HALF the half-year (semester). */
export type TimeUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'Q' | 'HALF' | 'DE' | 'CE' | 'WINDU';
/** Roles of context words (see data/id/timex-context.tsv). */
export type ContextRole =
  | 'age-cue' | 'person' | 'before-number' | 'count-noun' | 'future' | 'speech' | 'year-intro' | 'other-calendar'
  | 'past-intro' | 'set-intro' | 'clock-intro' | 'ordinal-prefix' | 'after-date' | 'after-clock' | 'duration-intro' | 'date-link' | 'rate-unit' | 'approx' | 'loose-before' | 'loose-after'
  | 'direction-before' | 'direction-after' | 'year-bound';

/** A fixed phrase from data/id/timex-phrases.tsv. */
export interface TimexPhrase {
  readonly words: readonly string[];
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET' | 'NONE';
  readonly spec: string;
}

/** A deictic from data/id/timex-deictics.tsv (`lalu`, `depan`, `sebelumnya`, ...). */
export interface Deictic {
  readonly words: readonly string[];
  readonly sign: -1 | 0 | 1;
  /** now: the anchor date; prev: the previously mentioned date; dur: joins a duration without making it a date. */
  readonly anchor: 'now' | 'prev' | 'dur';
  readonly countOnly: boolean;
}

/** Everything the timex grammar knows about Indonesian words, loaded once. */
export interface TimexLexicon {
  /** Month by lower-case form; `abbr` forms only count next to a day or a year. */
  readonly months: ReadonlyMap<string, { month: number; abbr: boolean }>;
  /** ISO weekday (1 = Monday) by lower-case form. */
  readonly weekdays: ReadonlyMap<string, number>;
  /** Unit by lower-case form, and the one-unit `se-` forms (`sebulan`). */
  readonly units: ReadonlyMap<string, TimeUnit>;
  readonly seUnits: ReadonlyMap<string, TimeUnit>;
  /** Number words (`dua`, `belas`, `puluh`). */
  readonly numberWords: ReadonlyMap<string, { value: number; role: 'unit' | 'teen' | 'mult' | 'whole' }>;
  /** Vague quantity words (`beberapa`, `puluhan`): `beberapa tahun` is a duration without a value (PXY). */
  readonly vagueCounts: ReadonlySet<string>;
  /** Parts of day (single- and two-word forms, space-joined) with the clock shift for `pukul 7 malam`. */
  readonly partsOfDay: ReadonlyMap<string, { code: PartOfDay; shift: number }>;
  /** Time zones (lower case, one word or two) with their UTC offset, or `local` for the place's own time. */
  readonly zones: ReadonlyMap<string, string>;
  /** Modifiers (`awal` → START). */
  readonly modifiers: ReadonlyMap<string, 'START' | 'MID' | 'END'>;
  /** Fixed phrases grouped by their first word, longest first. */
  readonly phrases: ReadonlyMap<string, readonly TimexPhrase[]>;
  /** Deictics grouped by their first word, longest first. */
  readonly deictics: ReadonlyMap<string, readonly Deictic[]>;
  /** Ordinals for quarters and halves. */
  readonly ordinals: ReadonlyMap<string, number>;
  /** Roles of context words. */
  readonly context: ReadonlyMap<string, ReadonlySet<ContextRole>>;
}

const UNITS = new Set<TimeUnit>(['Y', 'M', 'W', 'D', 'H', 'MIN', 'S', 'Q', 'HALF', 'DE', 'CE', 'WINDU']);
const PODS = new Set<PartOfDay>(['TMO', 'TMD', 'TAF', 'TEV', 'TNI']);
const ROLES = new Set<ContextRole>([
  'age-cue', 'person', 'before-number', 'count-noun', 'future', 'speech', 'year-intro',
  'past-intro', 'set-intro', 'clock-intro', 'ordinal-prefix', 'after-date', 'after-clock', 'duration-intro', 'date-link', 'rate-unit', 'approx', 'loose-before', 'loose-after',
  'other-calendar', 'direction-before', 'direction-after', 'year-bound',
]);
const SPEC = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|NONE|(?:P:)?[DWMY][+-]\d+(?::(?:TMO|TMD|TAF|TEV|TNI))?|SET:\S+|DUR:\S+)$/;

let cached: TimexLexicon | undefined;

/** Phrase words as the grammar's units see them: hyphens are units of their own (`sehari-hari`). */
function splitWords(phrase: string): string[] {
  return phrase.trim().toLowerCase().replace(/-/g, ' - ').split(/\s+/);
}

function int(name: string, line: number, s: string, lo: number, hi: number): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < lo || n > hi) badData(name, line, `expected an integer in ${lo}..${hi}, got "${s}"`);
  return n;
}

function groupByFirst<T extends { words: readonly string[] }>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = it.words[0]!;
    const list = m.get(k) ?? [];
    list.push(it);
    m.set(k, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
}

/**
 * The timex vocabulary from `data/id/timex-*.tsv`, validated and cached.
 * Throws `WartaError` W007 naming the file and line on malformed data.
 */
export function timexLexicon(): TimexLexicon {
  if (cached) return cached;
  const months = new Map<string, { month: number; abbr: boolean }>();
  for (const { line, cells } of readTsv('timex-months.tsv', 3)) {
    const kind = cells[2]!.trim();
    if (kind !== 'full' && kind !== 'abbr') badData('timex-months.tsv', line, `kind must be full or abbr, got "${kind}"`);
    months.set(cells[0]!.trim().toLowerCase(), { month: int('timex-months.tsv', line, cells[1]!, 1, 12), abbr: kind === 'abbr' });
  }
  const weekdays = new Map<string, number>();
  for (const { line, cells } of readTsv('timex-weekdays.tsv', 2)) {
    weekdays.set(cells[0]!.trim().toLowerCase(), int('timex-weekdays.tsv', line, cells[1]!, 1, 7));
  }
  const units = new Map<string, TimeUnit>();
  const seUnits = new Map<string, TimeUnit>();
  for (const { line, cells } of readTsv('timex-units.tsv', 2, 3)) {
    const u = cells[1]!.trim() as TimeUnit;
    if (!UNITS.has(u)) badData('timex-units.tsv', line, `unknown unit "${u}"`);
    units.set(cells[0]!.trim().toLowerCase(), u);
    const se = cells[2]?.trim();
    if (se) seUnits.set(se.toLowerCase(), u);
  }
  const numberWords = new Map<string, { value: number; role: 'unit' | 'teen' | 'mult' | 'whole' }>();
  const vagueCounts = new Set<string>();
  for (const { line, cells } of readTsv('timex-number-words.tsv', 3)) {
    const value = Number(cells[1]);
    const role = cells[2]!.trim();
    if (role === 'vague') { vagueCounts.add(cells[0]!.trim().toLowerCase()); continue; }
    if (!Number.isFinite(value)) badData('timex-number-words.tsv', line, `bad value "${cells[1]}"`);
    if (role !== 'unit' && role !== 'teen' && role !== 'mult' && role !== 'whole') badData('timex-number-words.tsv', line, `bad role "${role}"`);
    numberWords.set(cells[0]!.trim().toLowerCase(), { value, role });
  }
  const partsOfDay = new Map<string, { code: PartOfDay; shift: number }>();
  for (const { line, cells } of readTsv('timex-parts-of-day.tsv', 3)) {
    const code = cells[1]!.trim() as PartOfDay;
    if (!PODS.has(code)) badData('timex-parts-of-day.tsv', line, `unknown part of day "${code}"`);
    partsOfDay.set(cells[0]!.trim().toLowerCase(), { code, shift: int('timex-parts-of-day.tsv', line, cells[2]!, 0, 12) });
  }
  const zones = new Map<string, string>();
  for (const { line, cells } of readTsv('timex-zones.tsv', 2)) {
    // `local`: the place's own time (`waktu setempat`), no fixed offset.
    if (!/^([+-]\d\d|local)$/.test(cells[1]!.trim())) badData('timex-zones.tsv', line, `bad offset "${cells[1]}"`);
    zones.set(cells[0]!.trim().toLowerCase(), cells[1]!.trim());
  }
  const modifiers = new Map<string, 'START' | 'MID' | 'END'>();
  for (const { line, cells } of readTsv('timex-modifiers.tsv', 2)) {
    const mod = cells[1]!.trim();
    if (mod !== 'START' && mod !== 'MID' && mod !== 'END') badData('timex-modifiers.tsv', line, `bad mod "${mod}"`);
    modifiers.set(cells[0]!.trim().toLowerCase(), mod);
  }
  const phraseList: TimexPhrase[] = [];
  for (const { line, cells } of readTsv('timex-phrases.tsv', 3)) {
    const type = cells[1]!.trim();
    const spec = cells[2]!.trim();
    if (!['DATE', 'TIME', 'DURATION', 'SET', 'NONE'].includes(type)) badData('timex-phrases.tsv', line, `bad type "${type}"`);
    if (!SPEC.test(spec)) badData('timex-phrases.tsv', line, `bad value spec "${spec}"`);
    phraseList.push({ words: splitWords(cells[0]!), type: type as TimexPhrase['type'], spec });
  }
  const deicticList: Deictic[] = [];
  for (const { line, cells } of readTsv('timex-deictics.tsv', 4)) {
    const sign = int('timex-deictics.tsv', line, cells[1]!, -1, 1) as -1 | 0 | 1;
    const anchor = cells[2]!.trim();
    const use = cells[3]!.trim();
    if (anchor !== 'now' && anchor !== 'prev' && anchor !== 'dur') badData('timex-deictics.tsv', line, `anchor must be now, prev or dur, got "${anchor}"`);
    if (use !== 'any' && use !== 'count') badData('timex-deictics.tsv', line, `use must be any or count, got "${use}"`);
    deicticList.push({ words: splitWords(cells[0]!), sign, anchor, countOnly: use === 'count' });
  }
  const ordinals = new Map<string, number>();
  for (const { line, cells } of readTsv('timex-ordinals.tsv', 2)) {
    ordinals.set(cells[0]!.trim().toLowerCase(), int('timex-ordinals.tsv', line, cells[1]!, 1, 4));
  }
  const context = new Map<string, Set<ContextRole>>();
  for (const { line, cells } of readTsv('timex-context.tsv', 2)) {
    const role = cells[1]!.trim() as ContextRole;
    if (!ROLES.has(role)) badData('timex-context.tsv', line, `unknown role "${role}"`);
    const w = cells[0]!.trim().toLowerCase();
    const set = context.get(w) ?? new Set<ContextRole>();
    set.add(role);
    context.set(w, set);
  }
  cached = {
    months, weekdays, units, seUnits, numberWords, vagueCounts, partsOfDay, zones, modifiers,
    phrases: groupByFirst(phraseList), deictics: groupByFirst(deicticList), ordinals, context,
  };
  return cached;
}
