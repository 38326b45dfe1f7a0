import { need } from '../../text/document.js';
import { defineStage } from '../../pipeline/stage.js';
import { identifyLanguage, MAX_SCAN_CHARS } from './identify.js';

export { identifyLanguage, MIN_COVERAGE, MIN_EVIDENCE_WORDS, MIN_FOREIGN_WORDS, MAX_SCAN_CHARS } from './identify.js';

/**
 * Language of the article, read from its body paragraphs (captions, credits
 * and boilerplate are often in another language or no language at all); the
 * whole text when there is no body paragraph. Text not in Indonesian gets
 * `code != 'id'`, so the pipeline skips the Indonesian-only stages; `und`
 * (too short or unclear) is analysed as Indonesian.
 */
export const languageStage = defineStage({
  name: 'language',
  version: '1',
  requires: ['normalized', 'paragraphs'],
  produces: ['language'],
  languages: 'any',
  run: (doc, diagnostics) => {
    const { folded } = need(doc, 'normalized');
    const body = need(doc, 'paragraphs').filter((p) => p.kind === 'body');
    let text = '';
    // Only the first MAX_SCAN_CHARS are read anyway: stop copying there (50 MB inputs).
    for (const p of body) {
      if (text.length >= MAX_SCAN_CHARS) break;
      text += `${folded.slice(p.start, Math.min(p.end, p.start + MAX_SCAN_CHARS))}\n`;
    }
    if (!body.length) text = folded;
    const language = identifyLanguage(text);
    if (language.code !== 'id' && language.code !== 'und') {
      diagnostics.report({
        code: 'language-not-indonesian', severity: 'warning',
        message: `text is in "${language.code}" (confidence ${language.confidence}), not Indonesian: only language-independent layers are produced`,
      });
    } else if (language.code === 'und') {
      diagnostics.report({ code: 'language-undetermined', severity: 'info', message: 'too little text to tell the language; analysed as Indonesian' });
    }
    return { language };
  },
});
