import { need } from '../../text/document.js';
import { defineStage } from '../../pipeline/stage.js';
import { findDateline } from './dateline.js';
import { splitParagraphs } from './paragraphs.js';

export { findDateline } from './dateline.js';
export { classifyParagraph, splitParagraphs } from './paragraphs.js';

/**
 * Article structure: the opening dateline (outlet and city as written) and
 * the paragraphs with their kind (body, caption, related, credit,
 * boilerplate). Language-independent; reads the folded text so typographic
 * dashes and spaces need no special cases.
 */
export const structureStage = defineStage({
  name: 'structure',
  version: '1',
  requires: ['normalized'],
  produces: ['dateline', 'paragraphs'],
  languages: 'any',
  run: (doc) => {
    const { folded } = need(doc, 'normalized');
    const dateline = findDateline(folded, doc.text);
    return { dateline, paragraphs: splitParagraphs(folded, dateline ? dateline.start : null) };
  },
});
