import { defineStage } from '../../pipeline/stage.js';
import { need } from '../../text/document.js';
import { extractQuotes } from './extract-quotes.js';
import { fullerPersonName } from './persons-name.js';
import { collapseSpaces } from '../../text/spaces.js';
import { withTitles } from './titled-name.js';

/**
 * The `quotes` layer: direct and indirect speech with cue, speaker mention
 * and resolved speaker name, per ../shared/gold/GUIDELINES.md. Uses the
 * sentences and entities layers when earlier stages produced them, and has
 * its own fallbacks (a plain sentence split, capitalised-name reading) so it
 * works without them.
 */
export const quotesStage = defineStage({
  name: 'quotes',
  version: '28',
  requires: ['normalized'],
  produces: ['quotes'],
  languages: ['id'],
  run: (doc, diagnostics) => {
    const folded = need(doc, 'normalized').folded;
    const { quotes, problems } = extractQuotes(doc.text, folded, { sentences: doc.layers.sentences, entities: doc.layers.entities, clusters: doc.layers.clusters });
    for (const p of problems) diagnostics.report({ code: 'quote-unbalanced', severity: 'warning', message: p.message, start: p.start, end: p.end });
    const persons = doc.layers.persons;
    if (persons?.length) {
      for (const q of quotes) {
        const name = fullerPersonName(q.speaker_name, q.speaker?.text ?? null, persons);
        q.speaker_name = name === null ? null : collapseSpaces(withTitles(name, persons));
      }
    }
    return { quotes };
  },
});
