import { defineStage } from '../../pipeline/stage.js';
import { need } from '../../text/document.js';
import { TokenKindCode, type TokenLayer } from '../../text/layers.js';
import { createStemmer, STEMMER_VERSION, stemAsWritten, type StemFn } from './stem.js';

let memo: StemFn | undefined;

const COMMA = 44;
const NEWLINE = 10;

/** Is there a line break between offsets `from` and `to`? (the gap between two tokens: short) */
function breakBetween(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (text.charCodeAt(j) === NEWLINE) return true;
  return false;
}

/**
 * One stem per token, parallel to the token layer: the stem of each word
 * token, null for every other kind (numbers, punctuation, URLs, ...). A
 * capitalised word inside a sentence is a name and is only lower-cased
 * (`stemAsWritten`); a word opens a sentence when it comes first, after a
 * line break, or after punctuation other than a comma.
 */
export function stemTokens(text: string, tokens: TokenLayer, stemFn: StemFn): (string | null)[] {
  const out = new Array<string | null>(tokens.count);
  const { start, end, kind } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== TokenKindCode.word) {
      out[i] = null;
      continue;
    }
    const s = start[i]!;
    let initial = i === 0;
    if (!initial) {
      const p = i - 1;
      const pk = kind[p];
      initial = (pk === TokenKindCode.punct && !(end[p]! - start[p]! === 1 && text.charCodeAt(start[p]!) === COMMA))
        || breakBetween(text, end[p]!, s);
    }
    out[i] = stemAsWritten(stemFn, text.slice(s, end[i]!), initial);
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
  version: STEMMER_VERSION,
  requires: ['tokens'],
  produces: ['stems'],
  languages: ['id'],
  run: (doc) => {
    memo ??= createStemmer();
    const text = doc.layers.normalized?.folded ?? doc.text;
    return { stems: stemTokens(text, need(doc, 'tokens'), memo) };
  },
});
