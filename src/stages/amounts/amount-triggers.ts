import type { AmountLexicon } from '../../lang/id/amount-lexicon.js';
import { TokenKindCode, type TokenLayer } from '../../text/layers.js';
import { caseForm, charBitmap, fitsShapes, mayBeWord, wordShapes, type TriggerTest } from './piece-stream.js';
import type { WordIds } from './word-ids.js';
import { amountWordIndex, type AmountWordIndex } from './word-index.js';

const K_TOKEN_WORD: number = TokenKindCode.word;
/** Token kinds from here on (url, email, hashtag, mention, abbrev) may hide a trigger anywhere inside. */
const K_TOKEN_URL: number = TokenKindCode.url;

/** The pieces an amount can start with, and how to find them in text. */
export interface AmountTriggers extends TriggerTest {
  /**
   * The chunks holding a digit or a currency symbol, in one native scan: a match runs from the first such character
   * to the end of its whitespace-delimited chunk, so each chunk is one candidate, whatever figures it holds.
   */
  readonly charsRe: RegExp;
  /** Whether some currency prefix starts with a digit (none does today). */
  readonly digitPrefix: boolean;
  /** The grammar's word index, whose table the triggers share. */
  readonly index: AmountWordIndex;
  /** `CaseForm` bits of the currency prefix starts that are words, by word id (see `writtenAs`). */
  readonly prefixForms: Uint8Array;
}

/** `CaseForm` bits of `words` by the id of their lower-cased form in `table` (which holds them all). */
function caseForms(table: WordIds, words: Iterable<string>): Uint8Array {
  const forms = new Uint8Array(table.words.length);
  for (const w of words) forms[table.id(w.toLowerCase())]! |= caseForm(w, 0, w.length);
  return forms;
}

let built: { lex: AmountLexicon; triggers: AmountTriggers } | undefined;

/** The words that can start an amount as written: number words, currency prefix starts that are words. */
function amountTriggerWords(lex: AmountLexicon): Set<string> {
  const words = new Set<string>(lex.numberWordForms);
  for (const s of lex.currencyPrefixStarts) if (/^\p{L}/u.test(s)) words.add(s);
  return words;
}

/**
 * The pieces an amount can start with: digits, number words as written,
 * currency prefix starts (built once). Word pieces are looked up in the
 * grammar's word index (`amountWordIndex` of `lex` with `grammarWords`),
 * so each piece is looked up once for both.
 */
export function amountTriggers(lex: AmountLexicon, grammarWords: readonly string[]): AmountTriggers {
  if (built?.lex === lex) return built.triggers;
  const words = amountTriggerWords(lex);
  const chars = new Set<number>();
  for (const s of lex.currencyPrefixStarts) if (!/^\p{L}/u.test(s)) chars.add(s.charCodeAt(0));
  const cls = [...chars].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
  // (`[\S\v\f]` is what the piece scanner reads as no space, `CharClass.Space`: Unicode `\s` less vertical tab and form feed.
  // Every candidate in a chunk reads it alike, so one per chunk spares the reader a visit per further figure: `12/5/2019`
  // was three.)
  const charsRe = new RegExp(`(?:[0-9]${cls ? `|[${cls}]` : ''})[\\S\\v\\f]*`, 'g');
  const digitPrefix = [...lex.currencyPrefixStarts].some((p) => /^[0-9]/.test(p));
  const index = amountWordIndex(lex, grammarWords, [...words].map((w) => w.toLowerCase()));
  const triggers = {
    shapes: wordShapes(words), words, chars, charBits: charBitmap(chars), digits: true, charsRe, digitPrefix,
    wordTable: index.table, triggerId: index.trigger, idKinds: index.idKinds, index,
    triggerForms: caseForms(index.table, words),
    prefixForms: caseForms(index.table, [...lex.currencyPrefixStarts].filter((s) => /^\p{L}/u.test(s))),
  };
  built = { lex, triggers };
  return triggers;
}

/**
 * Where an amount may start, from the tokens layer, in text order: the
 * last character of every chunk holding a digit or currency symbol (one
 * native regex scan), and each word token that is a number word or currency prefix as
 * written. Tokens of the rarer kinds (urls, hashtags, abbreviations...) are
 * always candidates. Every triggering piece lies in the whitespace-delimited
 * chunk of some candidate. Produced one at a time, so nothing is collected.
 */
export class CandidateCursor {
  private folded = '';
  private tokens: TokenLayer | null = null;
  private trig: AmountTriggers | null = null;
  private token = 0;
  private nextChar = -1;
  private nextWord = -1;

  /** Start over on `folded` and its tokens. */
  reset(folded: string, tokens: TokenLayer, trig: AmountTriggers): this {
    this.folded = folded;
    this.tokens = tokens;
    this.trig = trig;
    this.token = 0;
    trig.charsRe.lastIndex = 0;
    this.nextChar = this.charCandidate();
    this.nextWord = this.wordCandidate();
    return this;
  }

  /** The next candidate offset (ascending), or -1 when there is none left. */
  next(): number {
    const a = this.nextChar, b = this.nextWord;
    if (a >= 0 && (b < 0 || a <= b)) { this.nextChar = this.charCandidate(); return a; }
    if (b >= 0) { this.nextWord = this.wordCandidate(); return b; }
    return -1;
  }

  private charCandidate(): number {
    const re = this.trig!.charsRe;
    // `test` allocates no match; the match's last character is the last of its chunk.
    return re.test(this.folded) ? re.lastIndex - 1 : -1;
  }

  private wordCandidate(): number {
    const tokens = this.tokens!;
    const folded = this.folded;
    const trig = this.trig!;
    for (let t = this.token; ; t++) {
      t = nextShapedToken(folded, tokens.start, tokens.end, tokens.kind, tokens.count, t, trig.shapes.lengths, trig.shapes.seconds);
      if (t >= tokens.count) break;
      // A clean word token is exactly the word piece the scanner reads at its start. The lower-cased
      // table (rather than the exact, case-sensitive set) keeps this loop in cache; a word in another
      // case only costs a look that finds no trigger.
      const s = tokens.start[t]!;
      if (tokens.kind[t] !== K_TOKEN_WORD || isTriggerId(trig, trig.wordTable.find(folded, s, tokens.end[t]!))) { this.token = t + 1; return s; }
    }
    this.token = tokens.count;
    return -1;
  }
}

/**
 * The first token from `t` on that is a candidate or may be one: a token of the rarer kinds (url and after), or a word
 * token passing the `WordShapes` prefilter (`lengths`, `seconds`); `count` when none is left. One tight loop over
 * typed arrays, the word table looked up by the caller only for the few words it lets through (one in twenty): with
 * the lookup inlined in it the loop was a third slower.
 */
function nextShapedToken(text: string, start: Int32Array, end: Int32Array, kind: Uint8Array, count: number, t: number,
  lengths: Uint32Array, seconds: Uint32Array): number {
  for (; t < count; t++) {
    const k = kind[t]!;
    if (k !== K_TOKEN_WORD) {
      if (k >= K_TOKEN_URL) return t;
      continue;
    }
    if (fitsShapes(lengths, seconds, text, start[t]!, end[t]!)) return t;
  }
  return count;
}

/** Whether word id `id` (-1 for none) is a trigger word's in some case. */
function isTriggerId(trig: TriggerTest, id: number): boolean {
  return id >= 0 && trig.triggerId[id] === 1;
}

/** Whether the word text[s, e) may be a trigger word in some case: the shape prefilter, then the lower-cased table. */
export function mayTriggerWord(trig: TriggerTest, text: string, s: number, e: number): boolean {
  return mayBeWord(trig.shapes, text, s, e) && isTriggerId(trig, trig.wordTable.find(text, s, e));
}
