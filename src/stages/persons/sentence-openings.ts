import type { TokenView } from './token-view.js';

/**
 * The article's sentences, each also cut after a full stop followed by commas (`... mengangkasa.,,Personel
 * Satbinmas ...`, `... ungkap Kapolda.,Jenderal bintang dua ini ...`): some sources write a paragraph break as a
 * comma, and the sentence layer reads the two paragraphs as one sentence. Token ranges, in order.
 */
export function sentenceOpenings(v: TokenView): ReadonlyArray<{ readonly tokenStart: number; readonly tokenEnd: number }> {
  // Most articles have no full stop followed by a comma: their sentences are the layer's, not copied.
  if (!hasStopComma(v)) return v.sentences;
  const out: Array<{ tokenStart: number; tokenEnd: number }> = [];
  for (const s of v.sentences) {
    let from = s.tokenStart;
    for (let t = from + 1; t + 1 < s.tokenEnd; t++) {
      if (!v.isChar(t, '.') || !v.isChar(t + 1, ',')) continue;
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

/** True when a `.` token is followed by a `,` token somewhere in the article (`TokenView.marks` holds both). */
function hasStopComma(v: TokenView): boolean {
  const marks = v.marks();
  for (let n = 0; n + 1 < marks.length; n++) {
    if (marks[n + 1] === marks[n]! + 1 && v.isChar(marks[n]!, '.') && v.isChar(marks[n + 1]!, ',')) return true;
  }
  return false;
}
