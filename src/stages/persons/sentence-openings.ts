import type { TokenView } from './token-view.js';

/**
 * The article's sentences, each also cut after a full stop followed by commas (`... mengangkasa.,,Personel
 * Satbinmas ...`, `... ungkap Kapolda.,Jenderal bintang dua ini ...`): some sources write a paragraph break as a
 * comma, and the sentence layer reads the two paragraphs as one sentence. Token ranges, in order.
 */
export function sentenceOpenings(v: TokenView): Array<{ tokenStart: number; tokenEnd: number }> {
  const out: Array<{ tokenStart: number; tokenEnd: number }> = [];
  for (const s of v.sentences) {
    let from = s.tokenStart;
    for (let t = from + 1; t + 1 < s.tokenEnd; t++) {
      // One-character tokens only (cheap test before building the token's text).
      if (v.end(t) - v.start(t) !== 1 || v.end(t + 1) - v.start(t + 1) !== 1 || v.text(t) !== '.' || v.text(t + 1) !== ',') continue;
      let k = t + 1;
      while (k < s.tokenEnd && v.text(k) === ',') k++;
      if (k >= s.tokenEnd) break;
      out.push({ tokenStart: from, tokenEnd: t + 1 });
      from = k;
      t = k - 1;
    }
    out.push({ tokenStart: from, tokenEnd: s.tokenEnd });
  }
  return out;
}
