import { defineStage } from '../../pipeline/stage.js';
import { need } from '../../text/document.js';
import { TokenKindCode, type TokenLayer } from '../../text/layers.js';
import { createStemmer, type StemFn } from './stem.js';

let memo: StemFn | undefined;

/**
 * One stem per token, parallel to the token layer: the stem of each word
 * token, null for every other kind (numbers, punctuation, URLs, ...).
 */
export function stemTokens(text: string, tokens: TokenLayer, stemFn: StemFn): (string | null)[] {
  const out = new Array<string | null>(tokens.count);
  const { start, end, kind } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    out[i] = kind[i] === TokenKindCode.word ? stemFn(text.slice(start[i]!, end[i]!)) : null;
  }
  return out;
}

/**
 * The `stems` layer. Reads the folded text when present (dashes unified, so
 * `kota–kota` reduplicates like `kota-kota`); one memoising stemmer with a
 * bounded cache serves the whole process.
 */
export const stemsStage = defineStage({
  name: 'stems',
  version: '1',
  requires: ['tokens'],
  produces: ['stems'],
  languages: ['id'],
  run: (doc) => {
    memo ??= createStemmer();
    const text = doc.layers.normalized?.folded ?? doc.text;
    return { stems: stemTokens(text, need(doc, 'tokens'), memo) };
  },
});
