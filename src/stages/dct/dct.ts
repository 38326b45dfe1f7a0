import { defineStage } from '../../pipeline/stage.js';
import { need, type ArticleInput, type DocumentView } from '../../text/document.js';
import type { DctLayer } from '../../text/layers.js';
import { fmtDay, isValidDate, weekday } from '../timexes/calendar.js';
import { scanTimexes } from '../timexes/grammar.js';
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

/**
 * The document creation time of a text without metadata: the first dated
 * reporting clause — a weekday with a full date closing a clause
 * (`..., kata X, Selasa (10/9/2019)`, `..., Rabu, 10 September 2019`) —,
 * else any weekday with a full date, else a full date after a reporting
 * cue, else a full date in the dateline area at the top.
 */
export function inferDct(folded: string): DctLayer {
  const scan = scanTimexes(folded);
  const reporting = reportingFlags(scan);
  const ms = scan.matches;
  // Years the article mentions: they settle a year-less `Jumat (17/10)` and a mistyped `Senin (20/10/2026)`.
  const years = new Set<number>();
  for (const m of ms) {
    const sp = m.spec;
    if ((sp.k === 'day' || sp.k === 'month') && sp.y !== undefined) years.add(sp.y);
    else if (sp.k === 'year') years.add(sp.y);
  }
  const full = (k: number, strict: boolean): string | null => {
    const sp = ms[k]!.spec;
    if (sp.k !== 'day' || sp.m === undefined || sp.twoDigitYear) return null;
    const fits = (y: number) => isValidDate(y, sp.m!, sp.d) && (sp.wd === undefined || weekday({ y, m: sp.m!, d: sp.d }) === sp.wd);
    if (sp.y !== undefined && fits(sp.y)) return fmtDay({ y: sp.y, m: sp.m, d: sp.d });
    if (strict || sp.wd === undefined) return null;
    // A weekday that contradicts its year, or no year: the nearest year (written or mentioned) where it fits.
    const around = sp.y !== undefined ? [sp.y - 1, sp.y + 1, sp.y - 2, sp.y + 2, sp.y - 3, sp.y + 3] : [...years].sort((a, b) => b - a);
    for (const y of around) if (fits(y)) return fmtDay({ y, m: sp.m, d: sp.d });
    // No year fits: the weekday is the mistake (`Rabu, 10 September 2019` for a Tuesday).
    return sp.y !== undefined && isValidDate(sp.y, sp.m, sp.d) ? fmtDay({ y: sp.y, m: sp.m, d: sp.d }) : null;
  };
  const hasWeekday = (k: number) => { const sp = ms[k]!.spec; return sp.k === 'day' && sp.wd !== undefined; };
  const afterComma = (k: number) => scan.units.pcode(ms[k]!.s - 1) === 44; // a comma
  const tiers: Array<[(k: number) => boolean, boolean, DctLayer['source']]> = [
    [(k) => hasWeekday(k) && reporting[k] === 1, true, 'reporting-clause'],
    [(k) => hasWeekday(k) && afterComma(k), true, 'reporting-clause'],
    [hasWeekday, true, 'reporting-clause'],
    [(k) => reporting[k] === 1, true, 'reporting-clause'],
    [(k) => hasWeekday(k) && (reporting[k] === 1 || afterComma(k)), false, 'reporting-clause'],
    [(k) => scan.units.start[ms[k]!.s]! <= DATELINE_AREA, true, 'text'],
  ];
  for (const [accept, strict, source] of tiers) {
    for (let k = 0; k < ms.length; k++) {
      if (!accept(k)) continue;
      const v = full(k, strict);
      if (v) return { value: v, source };
    }
  }
  return { value: null, source: 'none' };
}

function dctOf(doc: DocumentView): DctLayer {
  const given = parsePublished(doc.meta.published);
  if (given) return { value: given, source: (doc.meta as Record<symbol, unknown>)[DCT_OVERRIDE] ? 'override' : 'input' };
  return inferDct(need(doc, 'normalized').folded);
}

/**
 * Document creation time: the input's `published` (any ISO date or
 * date-time, or a common written form) when given and readable, else
 * inferred from the text; the source is recorded.
 */
export const dctStage = defineStage({
  name: 'dct',
  version: '1',
  requires: ['normalized'],
  produces: ['dct'],
  // The publication date does not depend on the language; only inference reads Indonesian.
  languages: 'any',
  run: (doc, diagnostics) => {
    const layer = dctOf(doc);
    if (doc.meta.published && !parsePublished(doc.meta.published)) {
      diagnostics.report({ code: 'dct-unreadable', severity: 'warning', message: `cannot read published date "${doc.meta.published}"; inferred from the text instead` });
    }
    return { dct: layer };
  },
});
