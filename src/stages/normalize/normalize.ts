import { defineStage } from '../../pipeline/stage.js';
import { foldChar } from '../../lang/id/char-folding.js';

/**
 * Unify typographic variants without moving any offset: curly and low
 * quotes become `"`/`'`, dashes become `-`, exotic spaces become ` `. Every
 * replacement is one UTF-16 unit for one, so the folded text shares the
 * document's offsets and later stages can match on it directly.
 */
export function foldText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const f = foldChar(c);
    if (f !== c) {
      out += text.slice(from, i) + String.fromCharCode(f);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

export const normalizeStage = defineStage({
  name: 'normalize',
  version: '1',
  requires: [],
  produces: ['normalized'],
  languages: 'any',
  run: (doc) => ({ normalized: { folded: foldText(doc.text) } }),
});
