/** A span of text treated as one sentence by the quotes stage. */
export interface Segment { start: number; end: number }

// Some news datasets join paragraphs with `.,` (`... 2019.,Secara fisik`) or
// glue sentences (`Merah Putih.Hal ini`); both are sentence breaks, found in
// one pass over the characters below.
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const UPPER = { test: (ch: string) => { const c = ch.charCodeAt(0); return c < 0x80 ? c >= 65 && c <= 90 : UPPER_RE.test(ch); } };
const LOWER = { test: (ch: string) => { const c = ch.charCodeAt(0); return c < 0x80 ? c >= 97 && c <= 122 : LOWER_RE.test(ch); } };
/**
 * Every character the loop below can break at: a line break, a terminator
 * followed (after a quote and spaces) by a comma, a full stop or a comma
 * before a capital. A superset: each hit is checked exactly.
 */
const CANDIDATE = /\n|[.!?](?=["']? *,)|[.,](?=\p{Lu})/gu;
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
    let from = s.start;
    const cut = (to: number, next: number) => {
      const seg = trim(folded, from, to);
      if (seg.end > seg.start) out.push(seg);
      from = next;
    };
    // Jump between the only characters that can break a segment; the native scan skips the rest.
    CANDIDATE.lastIndex = s.start;
    for (let m = CANDIDATE.exec(folded); m && m.index < s.end; m = CANDIDATE.exec(folded)) {
      const i = m.index;
      const c = folded.charCodeAt(i);
      if (c === 10) {
        let j = i;
        while (j < s.end && folded.charCodeAt(j) === 10) j++;
        cut(i, j);
        CANDIDATE.lastIndex = j;
      } else if (c === 46 || c === 33 || c === 63) {
        // `2019.,Secara`, `ujarnya." ,Saat`: a terminator, maybe a closing quote, then commas before a new sentence.
        let j = i + 1;
        if (folded[j] === '"' || folded[j] === "'") j++;
        const keep = j;
        while (j < s.end && folded[j] === ' ') j++;
        if (folded[j] === ',') {
          while (j < s.end && folded[j] === ',') j++;
          let k = j;
          while (k < s.end && folded[k] === ' ') k++;
          if (k < s.end && (folded[k] === '"' || UPPER.test(folded[k]!))) { cut(keep, j); CANDIDATE.lastIndex = j; continue; }
        }
        // `Merah Putih.Hal ini`: a full stop glued between a lower-case word and a capitalised one.
        if (c === 46 && i >= 2 && LOWER.test(folded[i - 1]!) && LOWER.test(folded[i - 2]!) && i + 2 < s.end && UPPER.test(folded[i + 1]!) && LOWER.test(folded[i + 2]!)) cut(i + 1, i + 1);
        CANDIDATE.lastIndex = i + 1;
      } else if (c === 44 && i > s.start && i + 2 < s.end && UPPER.test(folded[i + 1]!) && LOWER.test(folded[i + 2]!) && /[\p{L}\d)]/u.test(folded[i - 1]!)) {
        // `September 2019,Hartono menjelaskan`: a comma glued to a capitalised word joins two paragraphs.
        cut(i, i + 1);
        CANDIDATE.lastIndex = i + 1;
      } else CANDIDATE.lastIndex = i + 1;
    }
    cut(s.end, s.end);
  }
  return out;
}

function trim(text: string, a: number, b: number): Segment {
  while (a < b && /[\s,]/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}
