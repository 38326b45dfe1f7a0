import { isJsSpace } from '../../text/spaces.js';

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
 * before a capital (any character beyond ASCII may be one). A superset:
 * each hit is checked exactly, so the regex needs no Unicode mode.
 */
const CANDIDATE = /\n|[.!?](?=["']? *,)|[.,](?=[A-Z\u0080-\uffff])/g;
const LETTER_DIGIT_OR_PAREN = /[\p{L}\d)]/u;

/** Where a segment may break in a text: ascending offsets of CANDIDATE matches, in `at[0 .. n)`. */
export interface BreakCandidates { readonly at: Int32Array; readonly n: number }

// The CANDIDATE positions of the last text asked about, found in one pass over all of it: a sentence's
// search would otherwise run on past the sentence to the next candidate, wherever that is.
let candidatesOf: string | null = null;
let candidates: BreakCandidates = { at: new Int32Array(64), n: 0 };

/**
 * The CANDIDATE matches of a text (cached for the last text asked about). CANDIDATE matches one character at
 * a time, so where it matches does not depend on where a search starts. The quotes stage has them from its
 * piece scan (`Pieces.breaks`) and passes them in; this is for callers without one.
 */
export function breakCandidates(folded: string): BreakCandidates {
  if (candidatesOf === folded) return candidates;
  let at = candidates.at;
  let n = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(folded); m; m = CANDIDATE.exec(folded)) {
    if (n === at.length) { const grown = new Int32Array(2 * n); grown.set(at); at = grown; }
    at[n++] = m.index;
  }
  candidatesOf = folded;
  candidates = { at, n };
  return candidates;
}
const FALLBACK_BREAK = /(?<=[.!?]["']?)\s+(?=["\p{Lu}])|\n+/gu;

/**
 * Sentences for quote finding: the sentences layer when present (else a
 * plain split at terminators and line breaks), further split at the joined
 * breaks above and at line breaks.
 */
export function quoteSegments(folded: string, sentences?: ReadonlyArray<{ start: number; end: number }>, breaks?: BreakCandidates): Segment[] {
  const out: Segment[] = [];
  const b = breaks ?? breakCandidates(folded);
  if (sentences && sentences.length) {
    for (const s of sentences) splitSegment(folded, s.start, s.end, out, b);
    return out;
  }
  let from = 0;
  FALLBACK_BREAK.lastIndex = 0;
  for (let m = FALLBACK_BREAK.exec(folded); m; m = FALLBACK_BREAK.exec(folded)) {
    if (m.index > from) splitSegment(folded, from, m.index, out, b);
    from = m.index + m[0].length;
  }
  if (from < folded.length) splitSegment(folded, from, folded.length, out, b);
  return out;
}

/**
 * The segments of one sentence [start, end), as `quoteSegments` cuts it
 * (for reading only the sentences that matter).
 */
export function sentenceSegments(folded: string, start: number, end: number, breaks?: BreakCandidates): Segment[] {
  const out: Segment[] = [];
  splitSegment(folded, start, end, out, breaks ?? breakCandidates(folded));
  return out;
}

/** Split [start, end) further at the joined breaks and line breaks, pushing the trimmed pieces. */
function splitSegment(folded: string, start: number, end: number, out: Segment[], breaks: BreakCandidates): void {
  let from = start;
  // Jump between the only characters that can break a segment (the candidates from `start` on, each
  // checked exactly); `next` skips those a break already passed.
  const cands = breaks.at, nc = breaks.n;
  let lo = 0, hi = nc;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cands[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  let next = start;
  for (let x = lo; x < nc && cands[x]! < end; x++) {
    const i = cands[x]!;
    if (i < next) continue;
    const c = folded.charCodeAt(i);
    if (c === 10) {
      let j = i;
      while (j < end && folded.charCodeAt(j) === 10) j++;
      cut(folded, from, i, out);
      from = j;
      next = j;
    } else if (c === 46 || c === 33 || c === 63) {
      // `2019.,Secara`, `ujarnya." ,Saat`: a terminator, maybe a closing quote, then commas before a new sentence.
      let j = i + 1;
      if (folded[j] === '"' || folded[j] === "'") j++;
      const keep = j;
      while (j < end && folded[j] === ' ') j++;
      if (folded[j] === ',') {
        while (j < end && folded[j] === ',') j++;
        let k = j;
        while (k < end && folded[k] === ' ') k++;
        if (k < end && (folded[k] === '"' || UPPER.test(folded[k]!))) { cut(folded, from, keep, out); from = j; next = j; continue; }
      }
      // `Merah Putih.Hal ini`: a full stop glued between a lower-case word and a capitalised one.
      if (c === 46 && i >= 2 && LOWER.test(folded[i - 1]!) && LOWER.test(folded[i - 2]!) && i + 2 < end && UPPER.test(folded[i + 1]!) && LOWER.test(folded[i + 2]!)) {
        cut(folded, from, i + 1, out);
        from = i + 1;
      }
    } else if (c === 44 && i > start && i + 2 < end && UPPER.test(folded[i + 1]!) && LOWER.test(folded[i + 2]!) && LETTER_DIGIT_OR_PAREN.test(folded[i - 1]!)) {
      // `September 2019,Hartono menjelaskan`: a comma glued to a capitalised word joins two paragraphs.
      cut(folded, from, i, out);
      from = i + 1;
    }
  }
  cut(folded, from, end, out);
}

/** Push [a, b) trimmed of white space (and leading commas) when anything is left. */
function cut(text: string, a: number, b: number, out: Segment[]): void {
  while (a < b && (isJsSpace(text.charCodeAt(a)) || text.charCodeAt(a) === 44)) a++;
  while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ start: a, end: b });
}
