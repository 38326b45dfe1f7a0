/** A span of text treated as one sentence by the quotes stage. */
export interface Segment { start: number; end: number }

// Some news datasets join paragraphs with `.,` (`... 2019.,Secara fisik`) or
// glue sentences (`Merah Putih.Hal ini`); both are sentence breaks.
const JOINED_BREAK = /[.!?]["']?\s*,+(?=\s*["\p{Lu}])|(?<=\p{Ll}\p{Ll})\.(?=\p{Lu}\p{Ll})|(?<=[\p{L}\d)])(?<!\s),(?=\p{Lu}\p{Ll})/gu;
const FALLBACK_BREAK = /(?<=[.!?]["']?)\s+(?=["\p{Lu}])|\n+/gu;

/**
 * Sentences for quote finding: the sentences layer when present (else a
 * plain split at terminators and line breaks), further split at the joined
 * breaks above and at line breaks.
 */
export function quoteSegments(folded: string, sentences?: ReadonlyArray<{ start: number; end: number }>): Segment[] {
  const base: Segment[] = [];
  if (sentences && sentences.length) base.push(...sentences.map((s) => ({ start: s.start, end: s.end })));
  else {
    let from = 0;
    FALLBACK_BREAK.lastIndex = 0;
    for (let m = FALLBACK_BREAK.exec(folded); m; m = FALLBACK_BREAK.exec(folded)) {
      if (m.index > from) base.push({ start: from, end: m.index });
      from = m.index + m[0].length;
    }
    if (from < folded.length) base.push({ start: from, end: folded.length });
  }
  const out: Segment[] = [];
  for (const s of base) {
    const slice = folded.slice(s.start, s.end);
    let from = 0;
    const cut = (to: number, next: number) => {
      const a = s.start + from, b = s.start + to;
      if (folded.slice(a, b).trim()) out.push(trim(folded, a, b));
      from = next;
    };
    const re = new RegExp(`${JOINED_BREAK.source}|\\n+`, 'gu');
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].startsWith('\n')) cut(m.index, m.index + m[0].length);
      else {
        const dot = m[0].search(/[.!?]/);
        // Keep the terminator (and a closing quote) with the sentence it ends.
        const keep = m[0].replace(/\s*,+$/, '').length;
        cut(m.index + (dot >= 0 ? keep : 0), m.index + m[0].length);
      }
    }
    cut(slice.length, slice.length);
  }
  return out;
}

function trim(text: string, a: number, b: number): Segment {
  while (a < b && /[\s,]/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}
