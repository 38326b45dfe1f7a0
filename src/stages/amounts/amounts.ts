import { defineStage } from '../../pipeline/stage.js';
import { need } from '../../text/document.js';
import { extractAmounts } from './extract-amounts.js';

/**
 * The `amounts` layer: money (ISO 4217), percentages, counts with their unit
 * noun and measures, per ../shared/gold/GUIDELINES.md. Reads the timexes
 * layer when an earlier stage produced it (figures inside a timex are not
 * amounts) but does not require it: its own guards keep obvious dates,
 * clock times and years out. With the tokens layer (when present) only
 * the neighbourhoods of figures, number words and currency signs are read;
 * with the paragraphs layer, related-headline lines (`Simak juga Video ...`)
 * are read as title case, their capitals naming nothing.
 */
export const amountsStage = defineStage({
  name: 'amounts',
  version: '31',
  requires: ['normalized'],
  produces: ['amounts'],
  languages: ['id'],
  run: (doc, diagnostics) => {
    const folded = need(doc, 'normalized').folded;
    const { amounts, problems } = extractAmounts(doc.text, folded, { taken: doc.layers.timexes, tokens: doc.layers.tokens, paragraphs: doc.layers.paragraphs });
    for (const p of problems) diagnostics.report({ code: 'amount-out-of-range', severity: 'warning', message: p.message, start: p.start, end: p.end });
    return { amounts };
  },
});
