import { defineStage } from '../../pipeline/stage.js';
import { need } from '../../text/document.js';
import { TokenKindCode, type TokenLayer } from '../../text/layers.js';
import type { SentenceJson } from '../../text/schema.js';
import { AbbrevClassCode, abbreviationClass } from '../tokens/tokenize.js';
import { CLASS, CharClass } from '../tokens/char-class.js';

// Module-local aliases: under tsx/esbuild an imported binding is read through a getter on every access.
const CLS: Uint8Array = CLASS;
const TK = TokenKindCode;
const { lower: LOWER, upper: UPPER } = CharClass;
const FINAL_ABBREV: number = AbbrevClassCode.final;

/*
 * One pass over the tokens. A sentence ends:
 *  - after `.`, `?`, `!`, `...` or `…` (plus any closing quotes and brackets
 *    glued to it: `..." kata dia.` keeps its `"`), unless the next word starts
 *    in lower case (`"Apa?" tanya dia`) or the next token continues the
 *    clause (`,` `;` `:` `)`);
 *  - after an abbreviation that may close a sentence (`dll.`, `Tbk.`, `S.H.`)
 *    when the next word is capitalised; never after a prefix abbreviation
 *    (`Jl.`, `Dr.`, `No.`) or a single initial (`B.` in `B. J. Habibie`);
 *  - always at a line break.
 * A quote spanning several sentences is split at each inner terminator and
 * its closing quote stays with the last one.
 */

const DOT = 0x2e;
const QMARK = 0x3f;
const EXCL = 0x21;
const ELLIPSIS = 0x2026;
const DQUOTE = 0x22;
const APOS = 0x27;
const BACKTICK = 0x60;

function isTerminatorChar(c: number): boolean {
  return c === DOT || c === QMARK || c === EXCL || c === ELLIPSIS;
}

/** Characters that close what a terminator ended: quotes and brackets. */
function isCloser(c: number): boolean {
  return c === DQUOTE || c === APOS || c === 0x29 || c === 0x5d || c === 0x7d || c === 0xbb;
}

/** Characters that open a new sentence's quote or bracket. */
function isOpener(c: number): boolean {
  return c === DQUOTE || c === APOS || c === BACKTICK || c === 0x28 || c === 0x5b || c === 0xab;
}

/** True when the gap `[a,b)` between two tokens holds a line break. */
function hasLineBreak(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/**
 * Whether a sentence may start at token `j` after a terminator: the next word
 * (past an opening quote or bracket) must not start in lower case, and the
 * next token must not be clause punctuation.
 */
function opensSentence(text: string, t: TokenLayer, j: number, capitalOnly: boolean): boolean {
  if (j >= t.count) return true;
  let c = text.charCodeAt(t.start[j]!);
  if (t.kind[j] === TK.punct) {
    if (!isOpener(c)) return false; // , ; : ) - and friends continue the clause
    if (j + 1 >= t.count) return true;
    c = text.charCodeAt(t.start[j + 1]!);
  }
  const k = CLS[c]!;
  if (k === LOWER) return false;
  if (capitalOnly) return k === UPPER;
  return true;
}

/**
 * Split tokenised text into sentences, returning their spans and token
 * ranges. `text` should be the folded text the tokens were made from.
 *
 * @example
 * const text = 'Harga naik. "Kami siap," kata dia.';
 * splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
 * // ['Harga naik.', '"Kami siap," kata dia.']
 */
export function splitSentences(text: string, tokens: TokenLayer): SentenceJson[] {
  const out: SentenceJson[] = [];
  const n = tokens.count;
  const { start, end, kind } = tokens;
  let first = 0;
  for (let i = 0; i < n; i++) {
    const s = start[i]!;
    const e = end[i]!;
    const k = kind[i]!;
    let last = i;
    let boundary = false;
    if (k === TK.punct && isTerminatorChar(text.charCodeAt(s))) {
      // absorb glued terminators (?!, .") and closers; an opening quote glued to the next word stays out
      let j = i + 1;
      while (j < n && start[j] === end[j - 1]) {
        const c = text.charCodeAt(start[j]!);
        if (kind[j] !== TK.punct) break;
        if (isTerminatorChar(c)) {
          j++;
          continue;
        }
        if (isCloser(c)) {
          const after = end[j]!;
          if (after < text.length && j + 1 < n && start[j + 1] === after && kind[j + 1] !== TK.punct) break;
          j++;
          continue;
        }
        break;
      }
      last = j - 1;
      boundary = opensSentence(text, tokens, j, false);
      // A bare full stop before a lower-case word still ends a sentence (news and web text
      // drop capitals), except after a list letter or an initial (`a. pihak`, `E. coli`).
      if (!boundary && last === i && e - s === 1 && text.charCodeAt(s) === DOT && j < n && kind[j] === TK.word) {
        if (CLS[text.charCodeAt(start[j]!)] === LOWER && i > 0 && end[i - 1]! - start[i - 1]! > 1) boundary = true;
      }
    } else if (k === TK.abbrev && e - s > 2) {
      // A listed closing abbreviation (dll., Tbk., S.H.) before a capital; unlisted chains of
      // initials (U.S., B.J.) stand before names, like single initials.
      // The next token must be a capitalised word itself: `Tbk. (BBNI)` and `Co. Ltd.` go on.
      if (abbreviationClass(text, s, e) === FINAL_ABBREV && i + 1 < n) {
        const nk = kind[i + 1]!;
        boundary = (nk === TK.word || nk === TK.number) && CLS[text.charCodeAt(start[i + 1]!)] === UPPER;
      } else if (i + 1 >= n) boundary = true;
    }
    if (!boundary && last + 1 < n && hasLineBreak(text, end[last]!, start[last + 1]!)) boundary = true;
    if (boundary || last === n - 1) {
      out.push({ start: start[first]!, end: end[last]!, tokenStart: first, tokenEnd: last + 1 });
      first = last + 1;
    }
    i = last;
  }
  return out;
}

/** Pipeline stage: the `sentences` layer (spans and token ranges) from `tokens`. */
export const sentencesStage = defineStage({
  name: 'sentences',
  version: '1',
  requires: ['normalized', 'tokens'],
  produces: ['sentences'],
  languages: 'any',
  run: (doc) => ({ sentences: splitSentences(need(doc, 'normalized').folded, need(doc, 'tokens')) }),
});
