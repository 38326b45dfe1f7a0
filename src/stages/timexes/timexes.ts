import { defineStage } from '../../pipeline/stage.js';
import { need } from '../../text/document.js';
import { parseYmd } from './calendar.js';
import { takeScan } from './kept-scans.js';
import { resolveScan } from './resolve.js';

/**
 * Temporal expressions (TIMEX3: DATE, TIME, DURATION, SET) normalised
 * against the document creation time, as ../shared/gold/GUIDELINES.md
 * defines them; relative words inside quotes and reported speech resolve
 * against the date of their reporting clause.
 */
export const timexesStage = defineStage({
  name: 'timexes',
  version: '17',
  requires: ['normalized', 'dct'],
  produces: ['timexes'],
  languages: ['id'],
  run: (doc, diagnostics) => {
    const dctValue = need(doc, 'dct').value;
    const dct = dctValue ? parseYmd(dctValue) : null;
    // The dct stage's scan when it made one (an article without `published`).
    const scan = takeScan(need(doc, 'normalized'));
    const timexes = resolveScan(doc.text, scan, dct, (d) => diagnostics.report(d));
    return { timexes };
  },
});
