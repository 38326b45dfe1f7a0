import { defineStage } from '../../pipeline/stage.js';
import { need, type ArticleInput, type DocumentView } from '../../text/document.js';
import type { DctLayer } from '../../text/layers.js';
import { fmtDay, isValidDate, weekday } from '../timexes/calendar.js';
import { scanTimexes, type Match, type Scan, type Spec } from '../timexes/grammar.js';
import { scanToShare } from '../timexes/kept-scans.js';
import { reportingFlags } from '../timexes/resolve.js';
import { parsePublished } from './parse-published.js';

/** Marks an input whose `published` was set by `withDctOverride` (a symbol: it never reaches the JSON output). */
const DCT_OVERRIDE = Symbol.for('warta.dctOverride');

/** How far into the text the dateline area reaches, in characters. */
const DATELINE_AREA = 200;

/**
 * The input with its document creation time forced to `dct` (the CLI's
 * `--dct`): it becomes `published`, and the dct layer records the source
 * `override`.
 *
 * @example
 * analyze(withDctOverride({ text }, '2019-09-10')).layers.dct; // { value: '2019-09-10', source: 'override' }
 */
export function withDctOverride(input: ArticleInput, dct: string): ArticleInput {
  return { ...input, published: dct, [DCT_OVERRIDE]: true } as ArticleInput;
}

type DaySpec = Spec & { k: 'day' };

/** Whether day `sp` exists in year `y` and falls on its written weekday, if any. */
function fits(sp: DaySpec, y: number): boolean {
  return isValidDate(y, sp.m!, sp.d) && (sp.wd === undefined || weekday({ y, m: sp.m!, d: sp.d }) === sp.wd);
}

/** Years the article mentions, latest first: they settle a year-less `Jumat (17/10)` and a mistyped `Senin (20/10/2026)`. */
function mentionedYears(ms: readonly Match[]): number[] {
  const years = new Set<number>();
  for (const m of ms) {
    const sp = m.spec;
    if ((sp.k === 'day' || sp.k === 'month') && sp.y !== undefined) years.add(sp.y);
    else if (sp.k === 'year') years.add(sp.y);
  }
  return [...years].sort((a, b) => b - a);
}

/** The full date match `k` stands for, or null; `strict` takes it only as written. */
function fullDate(ms: readonly Match[], k: number, strict: boolean): string | null {
  const sp = ms[k]!.spec;
  if (sp.k !== 'day' || sp.m === undefined || sp.twoDigitYear) return null;
  if (sp.y !== undefined && fits(sp, sp.y)) return fmtDay({ y: sp.y, m: sp.m, d: sp.d });
  if (strict || sp.wd === undefined) return null;
  // A weekday that contradicts its year, or no year: the nearest year (written or mentioned) where it fits.
  const around = sp.y !== undefined ? [sp.y - 1, sp.y + 1, sp.y - 2, sp.y + 2, sp.y - 3, sp.y + 3] : mentionedYears(ms);
  for (const y of around) if (fits(sp, y)) return fmtDay({ y, m: sp.m, d: sp.d });
  // No year fits: the weekday is the mistake (`Rabu, 10 September 2019` for a Tuesday).
  return sp.y !== undefined && isValidDate(sp.y, sp.m, sp.d) ? fmtDay({ y: sp.y, m: sp.m, d: sp.d }) : null;
}

function hasWeekday(scan: Scan, k: number): boolean {
  const sp = scan.matches[k]!.spec;
  return sp.k === 'day' && sp.wd !== undefined;
}

/** Match k follows a comma. */
function afterComma(scan: Scan, k: number): boolean {
  return scan.units.pcode(scan.matches[k]!.s - 1) === 44;
}

/**
 * Whether tier `t` of `inferDct`, most trusted first, accepts match k (`reporting` are the scan's
 * reporting flags): 0 a weekday date in a reporting clause, 1 a weekday date after a comma, 2 any weekday
 * date, 3 a date in a reporting clause, 4 as 0 or 1 but read through a mistyped year or weekday
 * (`LOOSE_TIER`), 5 a date in the dateline area (source `text`, `TEXT_TIER`). A switch rather than a list of
 * closures: one call site calling six functions took V8's generic call path.
 */
function accepts(t: number, scan: Scan, reporting: Uint8Array, k: number): boolean {
  switch (t) {
    case 0: return hasWeekday(scan, k) && reporting[k] === 1;
    case 1: return hasWeekday(scan, k) && afterComma(scan, k);
    case 2: return hasWeekday(scan, k);
    case 3: return reporting[k] === 1;
    case 4: return hasWeekday(scan, k) && (reporting[k] === 1 || afterComma(scan, k));
    default: return scan.units.start[scan.matches[k]!.s]! <= DATELINE_AREA;
  }
}

/** The number of tiers; every tier but 4 takes a date only as written. */
const TIERS = 6;
const LOOSE_TIER = 4;
const TEXT_TIER = 5;

/**
 * The document creation time of a text without metadata: the first dated
 * reporting clause — a weekday with a full date closing a clause
 * (`..., kata X, Selasa (10/9/2019)`, `..., Rabu, 10 September 2019`) —,
 * else any weekday with a full date, else a full date after a reporting
 * cue, else a full date in the dateline area at the top.
 */
export function inferDct(folded: string): DctLayer {
  return dctFromScan(scanTimexes(folded));
}

/** `inferDct` over the scan of the text. */
function dctFromScan(scan: Scan): DctLayer {
  const reporting = reportingFlags(scan);
  const ms = scan.matches;
  for (let t = 0; t < TIERS; t++) {
    for (let k = 0; k < ms.length; k++) {
      if (!accepts(t, scan, reporting, k)) continue;
      const v = fullDate(ms, k, t !== LOOSE_TIER);
      if (v) return { value: v, source: t === TEXT_TIER ? 'text' : 'reporting-clause' };
    }
  }
  return { value: null, source: 'none' };
}

/** The dct layer of `doc`, whose `published` reads as `given` (null when absent or unreadable). */
function dctOf(doc: DocumentView, given: string | null): DctLayer {
  if (given) return { value: given, source: (doc.meta as Record<symbol, unknown>)[DCT_OVERRIDE] ? 'override' : 'input' };
  // The timexes stage reads the same scan.
  return dctFromScan(scanToShare(need(doc, 'normalized')));
}

/**
 * Document creation time: the input's `published` (any ISO date or
 * date-time, or a common written form) when given and readable, else
 * inferred from the text; the source is recorded.
 */
export const dctStage = defineStage({
  name: 'dct',
  version: '2',
  requires: ['normalized'],
  produces: ['dct'],
  // The publication date does not depend on the language; only inference reads Indonesian.
  languages: 'any',
  run: (doc, diagnostics) => {
    // Read once: the layer and the warning both depend on it.
    const given = parsePublished(doc.meta.published);
    const layer = dctOf(doc, given);
    if (doc.meta.published && !given) {
      diagnostics.report({ code: 'dct-unreadable', severity: 'warning', message: `cannot read published date "${doc.meta.published}"; inferred from the text instead` });
    }
    return { dct: layer };
  },
});
