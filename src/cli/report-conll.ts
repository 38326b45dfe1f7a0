import type { AnalysisJson } from '../text/schema.js';

/**
 * CoNLL-style output: one token a line (`index, form, stem, start, end,
 * kind`, tab-separated), a blank line between sentences, a `#` header per
 * document and per sentence, as CoNLL-U tools expect.
 */
export function renderConll(a: AnalysisJson, label: string): string {
  const tokens = a.tokens ?? [];
  const lines: string[] = [`# doc = ${label}`];
  const sentences = a.sentences?.length ? a.sentences : [{ start: 0, end: a.text.length, tokenStart: 0, tokenEnd: tokens.length }];
  sentences.forEach((s, si) => {
    lines.push(`# sent_id = ${si + 1}`, `# text = ${a.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      const form = a.text.slice(t.start, t.end);
      lines.push(`${i - s.tokenStart + 1}\t${form}\t${t.stem ?? '_'}\t${t.start}\t${t.end}\t${t.kind}`);
    }
    lines.push('');
  });
  return lines.join('\n');
}
