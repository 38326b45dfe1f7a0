import { defineStage } from '../../pipeline/stage.js';
import { need } from '../../text/document.js';
import { TokenKindCode, type TokenLayer } from '../../text/layers.js';
import type { SentenceJson } from '../../text/schema.js';
import { AbbrevClassCode, abbreviationClass } from '../tokens/tokenize.js';
import { CLASS, CharClass } from '../tokens/char-class.js';
import { quoteLeadWords } from '../../lang/id/quote-lead-words.js';
import { quoteCues } from '../../lang/id/quote-lexicon.js';

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

/** List bullets: `-` (dashes are folded to it), `*`, `•`, `·`. */
function isBullet(c: number): boolean {
  return c === 0x2d || c === 0x2a || c === 0x2022 || c === 0xb7;
}

/** Characters that open a new sentence's quote or bracket. */
function isOpener(c: number): boolean {
  return c === DQUOTE || c === APOS || c === BACKTICK || c === 0x28 || c === 0x5b || c === 0xab;
}

/**
 * Lower-cased reporting cues (`mengatakan`, `kata`): a quote after one is the
 * cue's object, not a new sentence. Closing cues (`tutup`, `tulis`) attribute
 * only the quote before them, so they do not count here.
 */
const CUE_WORDS: ReadonlySet<string> = new Set(
  [...quoteCues()].filter(([, kinds]) => !(kinds.size === 1 && kinds.has('closing'))).map(([w]) => w),
);

/** Words whose complement a quote is (`berjudul "..."`): data/id/quote-lead-words.txt. */
const LEAD_WORDS: ReadonlySet<string> = quoteLeadWords();

function isCue(text: string, s: number, e: number): boolean {
  const w = text.slice(s, e).toLowerCase();
  return CUE_WORDS.has(w) || (w.endsWith('nya') && CUE_WORDS.has(w.slice(0, -3)));
}

/** How far (in tokens) a quotation is followed to its closing quote. */
const QUOTE_LOOKAHEAD = 120;

/**
 * Whether an unpunctuated line (a headline, a photo caption) ends before the
 * opening quote at token `q`: the quote is not glued to the word before it,
 * it holds an attributed quoted clause -- at least four words, closed by `,`
 * `.` `?` or `!`, then the closing quote and a reporting cue (`," ujarnya`) --
 * and the word before it is neither a reporting cue (`mengatakan "..."`) nor
 * a word that takes a quote as its complement (`berjudul "..."`, `adalah "..."`).
 * A quoted name or term (`program "Kartu Prakerja"`) has no such ending.
 */
function quoteOpensSentence(text: string, t: TokenLayer, i: number, q: number): boolean {
  const { start, end, kind } = t;
  const n = t.count;
  if (q + 1 >= n || start[q] === end[i] || start[q + 1] !== end[q] || kind[q + 1] !== TK.word) return false;
  if (CLS[text.charCodeAt(start[q + 1]!)] !== UPPER) return false;
  let words = 0;
  const stop = Math.min(n, q + QUOTE_LOOKAHEAD);
  for (let j = q + 1; j < stop; j++) {
    if (kind[j] !== TK.punct) {
      words++;
      continue;
    }
    const c = text.charCodeAt(start[j]!);
    if (c !== DQUOTE) continue;
    if (words < 4) return false;
    const p = text.charCodeAt(start[j - 1]!);
    if (kind[j - 1] !== TK.punct || !(p === 0x2c || isTerminatorChar(p))) return false;
    if (j + 1 >= n || kind[j + 1] !== TK.word || !isCue(text, start[j + 1]!, end[j + 1]!)) return false;
    const before = text.slice(start[i]!, end[i]!).toLowerCase();
    return !LEAD_WORDS.has(before) && !isCue(text, start[i]!, end[i]!);
  }
  return false;
}

/** How many tokens after a terminator a bracket may still close for the terminator to stay inside it. */
const BRACKET_REACH = 4;

/**
 * Whether the terminator closes an abbreviation inside a bracket that closes
 * right after it (`(SSK. II)`, `(Bl.) RM Smith)`): a bracket opened in the
 * current sentence is still open at `last` and closes within `BRACKET_REACH`
 * tokens, before any other terminator.
 */
function insideShortBracket(text: string, t: TokenLayer, first: number, last: number): boolean {
  const { start, kind } = t;
  // The look-ahead first: it is short and almost always fails, the depth count is not.
  const stop = Math.min(t.count, last + 1 + BRACKET_REACH);
  let closes = false;
  for (let k = last + 1; k < stop && !closes; k++) {
    if (kind[k] !== TK.punct) continue;
    const c = text.charCodeAt(start[k]!);
    if (c === 0x29) closes = true;
    else if (isTerminatorChar(c)) return false;
  }
  if (!closes) return false;
  let depth = 0;
  for (let k = first; k <= last; k++) {
    if (kind[k] !== TK.punct) continue;
    const c = text.charCodeAt(start[k]!);
    if (c === 0x28) depth++;
    else if (c === 0x29 && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Whether a bare full stop sits inside a number the tokenizer split: glued on
 * both sides with a digit after it (`PM2.5`, `Rp4.000`), or a number written
 * with a stray space (`2.904. 678 pengikut`: a number, the dot, then a group
 * of exactly three digits).
 */
function continuesNumber(text: string, t: TokenLayer, i: number, last: number): boolean {
  const { start, end, kind } = t;
  if (last !== i || i === 0 || last + 1 >= t.count) return false;
  if (end[i]! - start[i]! !== 1 || text.charCodeAt(start[i]!) !== DOT) return false;
  const s = start[last + 1]!;
  if (end[i - 1] === start[i] && s === end[i] && CLS[text.charCodeAt(s)] === CharClass.digit) return true;
  if (kind[i - 1] !== TK.number || kind[last + 1] !== TK.number) return false;
  if (end[last + 1]! - s !== 3) return false;
  for (let k = s; k < s + 3; k++) if (CLS[text.charCodeAt(k)] !== CharClass.digit) return false;
  return true;
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
function opensSentence(text: string, t: TokenLayer, j: number, capitalOnly: boolean, afterDot = false): boolean {
  if (j >= t.count) return true;
  let c = text.charCodeAt(t.start[j]!);
  if (t.kind[j] === TK.punct) {
    // A bullet standing apart (`... buta. - agak`, `... Cibal. * Direktorat`) opens a list item.
    if (afterDot && isBullet(c) && t.end[j]! - t.start[j]! === 1 && j > 0 && t.start[j] !== t.end[j - 1] && j + 1 < t.count && t.start[j + 1] !== t.end[j]) return true;
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
      boundary = opensSentence(text, tokens, j, false, text.charCodeAt(start[last]!) === DOT) && !continuesNumber(text, tokens, i, last) && !insideShortBracket(text, tokens, first, last);
      // A bare full stop before a lower-case word still ends a sentence (news and web text
      // drop capitals), except after a list letter or an initial (`a. pihak`, `E. coli`).
      if (!boundary && last === i && e - s === 1 && text.charCodeAt(s) === DOT && j < n && kind[j] === TK.word) {
        if (CLS[text.charCodeAt(start[j]!)] === LOWER && i > 0 && end[i - 1]! - start[i - 1]! > 1) boundary = true;
      }
      // So does a bare question mark (`Kenapa tidak naik? karena pasar suram`), unless a
      // reporting cue follows it (`dari mana? tanya dia`).
      if (!boundary && last === i && text.charCodeAt(s) === QMARK && j < n && kind[j] === TK.word && CLS[text.charCodeAt(start[j]!)] === LOWER) {
        boundary = !isCue(text, start[j]!, end[j]!);
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
    if (!boundary && (k === TK.word || k === TK.number || k === TK.abbrev) && i + 1 < n && kind[i + 1] === TK.punct && text.charCodeAt(start[i + 1]!) === DQUOTE) {
      boundary = quoteOpensSentence(text, tokens, i, i + 1);
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
