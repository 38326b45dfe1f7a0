import type { AmountJson } from '../../text/schema.js';
import { amountLexicon, type AmountLexicon, type NumberWord } from '../../lang/id/amount-lexicon.js';
import { parseDigits } from './parse-digits.js';
import { PieceKind, isSpaceUnit, pieceEnd } from './word-scan.js';
import { CharClass, charClass } from './char-class.js';
import { chunkStartBack, isTriggerChar, PieceStream, writtenAs } from './piece-stream.js';
import { amountTriggers, CandidateCursor, mayTriggerWord, type AmountTriggers } from './amount-triggers.js';
import { ContextBit, type AmountWordIndex, type PhraseNode } from './word-index.js';
import type { TokenLayer } from '../../text/layers.js';
import { loadRoots } from '../../lang/id/roots.js';
import { loadPlaces } from '../../lang/id/places.js';

/** One comma followed by exactly three digits: `125,000`. */
const ONE_COMMA_GROUP = /^\d{1,3},\d{3}$/;
/** One comma followed by three zeros, not after a zero: `1,000`, `25,000`. */
const COMMA_THOUSAND = /^[1-9]\d{0,2},000$/;

// Local copies: read once, not through the module binding on every piece.
const K_DIGITS: PieceKind = PieceKind.Digits;
const K_WORD: PieceKind = PieceKind.Word;
const K_OTHER: PieceKind = PieceKind.Other;
const C_SPACE: number = CharClass.Space;
const C_LETTER: number = CharClass.Letter;
const C_DIGIT: number = CharClass.Digit;

/** Values beyond this get a diagnostic (issue 4: numbers beyond 10^15), with a best-effort value. */
export const MAX_TRUSTED_VALUE = 1e15;
/** A classifier takes at most this many following words into the unit (`1 unit pompa kecil`). */
const MAX_UNIT_EXTENSION = 3;
/** A capitalised name counted after a figure has at most this many words (`empat Badan Usaha Milik Negara`). */
const MAX_NAME_WORDS = 5;
/** Punctuation that may end a counted name glued on (`10 Grab Kitchen,`, `34 Menteri.`, `(50 Grab Kitchen)`). */
const NAME_END = new Set([44, 46, 41, 59, 58, 63, 33, 34, 0x201d, 0x2019]);
/** Plain four-digit figures in this range read as years unless a unit says otherwise. */
const YEAR_MIN = 1800;
const YEAR_MAX = 2100;
/** A plain four-digit figure in the years' range (`2019`, `1990-an`). */
function yearLike(digits: string | null): boolean {
  return digits !== null && digits.length === 4 && +digits >= YEAR_MIN && +digits <= YEAR_MAX;
}
/** Vague words from this value up (`ribuan`, `jutaan`) multiply a figure before them (`Rp 150 ribuan`). */
const VAGUE_MULTIPLIER_MIN = 1000;

/** A problem worth a diagnostic, found while reading a figure. */
export interface AmountProblem { start: number; end: number; message: string }

/** Options for `extractAmounts`. */
export interface ExtractOptions {
  /** Character spans already taken by another layer (timexes): figures inside them are not amounts. */
  readonly taken?: ReadonlyArray<{ start: number; end: number }>;
  /** The tokens layer of `folded`: when given, only the neighbourhoods of candidate tokens are scanned. */
  readonly tokens?: TokenLayer;
  /**
   * Paragraphs (the structure layer): the title-case headlines of `related` lines (`Simak juga Video 'KPK Jerat 21
   * Tersangka ...'`, `Baca juga: ...`) are read as if in lower case, so a capital says nothing there.
   */
  readonly paragraphs?: ReadonlyArray<{ start: number; end: number; kind: string }>;
}

interface Quantity {
  /** Piece index after the quantity. */
  next: number;
  value: number | null;
  /** Digits with a separator, or a multiplier was applied: reads as a quantity even without a unit. */
  quantityLike: boolean;
  /** A plain integer in digits, kept to recognise years and codes. */
  plainInt: string | null;
  digits: boolean;
  multiplied: boolean;
  /** Where the amount's text ends inside its last piece, when not at the piece's end (`Rp 401.500,1 gram`). */
  endOff?: number;
}

const VERBISH = /^(?:ber|me[mnr]?|di|ter)[a-z]{3,}/;
/** A figure grouped in thousands with a decimal part that is not zero cents (`401.500,1`, `114.000.000,25`). */
const MONEY_THEN_NUMBER = /^\d{1,3}(?:\.\d{3})+,(?!0+$)\d{1,3}$/;
/** A verb form by its prefix (`mengaku`, `berharap`, `dipanggil`, `terlihat`, `melemah`), strict enough to spare `meter`, `dinas`, `berita`. */
const VERB_FORM = /^(?:me[mnrl]|ber|di|ter)\p{Ll}{4,}$/u;
/** A prefix on a short root (`berada`, `diam`... tested against the root lexicon): VERB_FORM spares these for `berita`, `dinas`. */
const SHORT_VERB_FORM = /^(?:me[mnr]|ber|di|ter)(\p{Ll}{2,3})$/u;
/** A word with an emphatic clitic (`waktupun`, `itulah`, `apakah`), when its stem is a root and the whole word is not (`sekolah`, `langkah`). */
const CLITIC_FORM = /^(\p{Ll}{3,})(?:pun|lah|kah)$/u;
/**
 * The letters the verb-form regexes' prefixes open with (`m`, `b`, `d`, `t`) and the last letters of the clitics
 * (`n`, `h`), read from the regexes themselves so that a prefix or clitic added there is never missed by the cheap
 * tests that run before them (`verbPrefixStart`, `cliticWord`).
 */
const VERB_PREFIX_FIRSTS = alternativeEnds([VERBISH, VERB_FORM, SHORT_VERB_FORM], /^\^\(\?:([^()]*)\)/, 'first');
const CLITIC_LASTS = alternativeEnds([CLITIC_FORM], /\(\?:([^()]*)\)\$$/, 'last');
/** The fewest letters `CLITIC_FORM` can match: a stem of three and a clitic. */
const CLITIC_MIN_LENGTH = 6;
const ACRONYM = /^[A-Z]{2,6}$/;
const ACRONYM_LETTERS = /^[A-Z]{1,6}$/;
/** A vehicle plate's region code and its last letters (`B`, `BK`; `UEJ`). */
const PLATE_REGION = /^[A-Z]{1,2}$/;
const PLATE_LETTERS = /^[A-Z]{1,3}$/;
const UPPER_START = /^\p{Lu}/u;
const POWER = /^[23]$/;
const VERSION = /^\d+\.\d{1,2}$/;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** A unit read over several pieces keeps one space between its words (a line break or double space is one). */
const SPACE_RUN = /\s+/g;
const ISO_CODE = /^[A-Z]{3}$/;
/** A unit of temperature, the one measure a minus makes negative (`-5 derajat Celsius`, `-3 °C`). */
const TEMPERATURE = /^(?:derajat|°)/i;
/** The possessive clitic, hyphenated (`IUP-nya`); glued (`wilayahnya`) it is a plain `endsWith('nya')`. */
const HYPHEN_NYA = /-nya$/i;

const { function: FUNCTION, time: TIME, month: MONTH, blocker: BLOCKER, classifier: CLASSIFIER, idiom: IDIOM, zone: ZONE, law: LAW, noun: NOUN, tail: TAIL, verb: VERB, rank: RANK, code: CODE, model: MODEL, list: LIST, scale: SCALE, tally: TALLY, attribute: ATTRIBUTE, coordinate: COORDINATE, position: POSITION, quantity: QUANTITY, comparative: COMPARATIVE, daypart: DAYPART, party: PARTY, demonstrative: DEMONSTRATIVE, weight: WEIGHT, closed: CLOSED } = ContextBit;
/** Words that cannot be a counted noun. */
const NOT_NOUN = FUNCTION | TIME | MONTH | ZONE | VERB | MODEL | CLOSED;

const C_HYPHEN = 45;
const C_SLASH = 47;
const C_PLUS = 43;
const C_HASH = 35;
const C_DOT = 46;
const C_PERCENT = 37;
const C_COMMA = 44;
const C_COLON = 58;
const C_LPAREN = 40;
const C_RPAREN = 41;
/** Items of a list of article numbers looked back over (`Pasal 27A, 32, dan 35`). */
const MAX_LAW_LIST = 6;

/** Words the grammar itself names (the rest of its vocabulary is in data/id/amount-*.tsv). */
const GRAMMAR_WORDS = ['persen', 'persennya', 'an', 'per', 'salah', 'ke', 'x', 'hingga', 'sampai', 'poin', 'kali', 'yang', 'lebih',
  'lainnya', 'sisanya', 'di', 'antaranya', 'diantaranya', 'dan', 'dari', 'menjadi', 'jadi', 'final', 'minus', 'plus'] as const;
type GrammarWord = typeof GRAMMAR_WORDS[number];
let grammarIds: Readonly<Record<GrammarWord, number>> | undefined;

/**
 * Find money, percentages, counts and measures in Indonesian text, following
 * ../shared/gold/GUIDELINES.md: `Rp4,8 triliun` (4.8e12 IDR), `2,5 persen`,
 * `31 negara` (count, unit `negara`), `ribuan orang` (value null), `10
 * kilometer`, ranges valued at their start (`4-5 titik api` → 4), and not
 * dates, clock times, ages, ordinals, codes or law numbers.
 *
 * `folded` is the normalised text (same offsets as `text`), so dashes and
 * quotes are already unified; units are reported as written in `text`.
 *
 * @example
 * extractAmounts('dari 31 negara', 'dari 31 negara').amounts[0];
 * // { start: 5, end: 14, text: '31 negara', kind: 'count', value: 31, unit: 'negara' }
 */
export function extractAmounts(text: string, folded: string, options: ExtractOptions = {}): { amounts: AmountJson[]; problems: AmountProblem[] } {
  return new AmountReader(text, folded, amountLexicon(), options).run();
}

/**
 * Whitespace-delimited chunks scanned before a candidate that starts a new
 * run: the grammar looks back at most two pieces before the chunk of the
 * figure it reads (`No . 31`, `Sheila On 7` after a sentence start; the
 * code guard's four, as in `700 kg-800`, are two in the figure's chunk),
 * and a chunk holds at least one. Forward, it scans as far as it reads.
 */
const LOOK_BEHIND = 2;

/** One stream for every document: its columns are reused, so reading allocates nothing per piece. */
const stream = new PieceStream();
const candidateCursor = new CandidateCursor();

/**
 * The grammar over the pieces of one document, read from `stream`: only the
 * current run's pieces (from `lo` on) exist for the grammar, which sees a
 * run's start as the text's start; reading past the scanned pieces scans
 * more. A piece's text, lower-cased text and context bits are built the
 * first time the grammar asks for them, at most once.
 */
class AmountReader {
  private readonly out: AmountJson[] = [];
  private readonly problems: AmountProblem[] = [];
  private readonly taken: ReadonlyArray<{ start: number; end: number }> | null;
  /** Character spans of headline lines (related links), where capitals are title case: [start, end, start, end, ...]. */
  private readonly titleCase: number[] = [];
  private readonly tokens: TokenLayer | undefined;
  private readonly index: AmountWordIndex;
  private readonly s = stream;
  /** First piece of the current run. */
  private lo = 0;
  /** Pieces before this one belong to an amount already read. */
  private consumed = 0;
  /** Next entry of `s.hits` to try. */
  private nextHit = 0;
  private readonly texts: Array<string | undefined> = [];
  private readonly lowers: Array<string | undefined> = [];
  private readonly W: Readonly<Record<GrammarWord, number>>;
  private readonly trig: AmountTriggers;

  constructor(private readonly text: string, private readonly folded: string, private readonly lex: AmountLexicon, options: ExtractOptions) {
    this.taken = options.taken?.length ? options.taken : null;
    this.tokens = options.tokens;
    if (options.paragraphs) for (const p of options.paragraphs) if (p.kind === 'related') this.titleCase.push(p.start, p.end);
    this.trig = amountTriggers(lex, GRAMMAR_WORDS);
    this.index = this.trig.index;
    if (!grammarIds) {
      const table = this.index.table;
      grammarIds = Object.fromEntries(GRAMMAR_WORDS.map((w) => [w, table.id(w)])) as Record<GrammarWord, number>;
    }
    this.W = grammarIds;
  }

  run(): { amounts: AmountJson[]; problems: AmountProblem[] } {
    const s = this.s;
    s.reset(this.folded, this.trig);
    if (!this.tokens) {
      // The reference reading: every piece.
      s.scanAll();
      this.readHits();
      return { amounts: this.out, problems: this.problems };
    }
    // Only the few places where a figure can start are read, each with the little before it the grammar needs.
    const cands = candidateCursor.reset(this.folded, this.tokens, this.trig);
    for (;;) {
      this.readHits();
      const c = cands.next();
      if (c < 0) break;
      if (c >= s.pos) {
        // (Walks back stop at `pos`: only a chunk after it can be skipped or start a new run.)
        const chunk = chunkStartBack(this.folded, c, 0, s.pos);
        if (chunk > s.pos || (chunk === s.pos && (chunk === 0 || isSpaceUnit(this.folded.charCodeAt(chunk - 1))))) {
          if (this.takenFigureChunk(chunk)) continue;
          const back = chunkStartBack(this.folded, chunk, LOOK_BEHIND, s.pos);
          if (back > s.pos) this.lo = this.consumed = s.jump(back);
        }
      }
      // (A candidate before `pos` may still have unscanned pieces in its chunk.)
      s.scanTo(-1, s.chunkEnd(c));
    }
    return { amounts: this.out, problems: this.problems };
  }

  /**
   * The unscanned chunk at `start` can hold no amount and reading it would
   * change nothing for any other: its figures lie inside one taken span (a
   * date or clock time: every figure starting there is dropped), it has no
   * trigger words or currency signs (so its only triggers are those
   * figures, whose reading cannot emit, report or reach a currency), and the word
   * after it is no multiplier or number word (so no figure's quantity
   * reaches past the chunk and consumes a later trigger). Many figures are
   * such (`12 Mei 2019,`, `(12/5/2019)`, `10.00 WIB`): they are not scanned
   * at all. If a later candidate's look-behind covers the chunk it is read
   * as before.
   */
  private takenFigureChunk(start: number): boolean {
    const taken = this.taken;
    if (!taken) return false;
    const f = this.folded, n = f.length;
    // (Most chunks read have a figure no span takes: its first digit, found without reading words, rules them out.)
    const d = firstDigitOfChunk(f, start);
    if (d < 0 || !coveredAt(taken, d, n)) return false;
    let first = -1, last = -1, e = start;
    for (; e < n; e++) {
      const c = f.charCodeAt(e);
      const k = charClass(c);
      if (k === C_SPACE) break;
      if (k === C_DIGIT) { if (first < 0) first = e; last = e; } else if (k === C_LETTER) {
        // A word glued on (`(10/9/2019).,Zulmi`, lines joined without a space) is fine unless it may trigger.
        const we = pieceEnd(f, e, K_WORD);
        if (mayTriggerWord(this.trig, f, e, we)) return false;
        e = we - 1;
      } else if (isTriggerChar(this.trig, c)) return false;
    }
    if (first < 0) return false;
    let inside = false;
    for (const t of taken) if (Math.max(t.start, 0) <= first && last < Math.min(t.end, n)) { inside = true; break; }
    if (!inside) return false;
    let w = e;
    while (w < n && charClass(f.charCodeAt(w)) === C_SPACE) w++;
    if (w >= n || charClass(f.charCodeAt(w)) !== C_LETTER) return true;
    const we = pieceEnd(f, w, K_WORD);
    // (`juta-an`: a multiplier with the approximating suffix.)
    if (we - w > 3 && f.charCodeAt(we - 3) === C_HYPHEN) return false;
    const id = this.index.table.find(f, w, we);
    return id < 0 || (!this.index.multiplierLike[id] && this.index.numberWord[id] === undefined);
  }

  /** Try every trigger scanned and not yet tried, in text order (reading may scan, and find, more). */
  private readHits(): void {
    const s = this.s;
    // Pieces between triggers cannot start an amount: jump from one trigger to the next not yet consumed.
    while (this.nextHit < s.hitCount) {
      const h = s.hits[this.nextHit++]!;
      if (h >= this.consumed) this.consumed = this.at(h);
    }
  }

  // ---- small helpers over pieces -------------------------------------------------

  private has(i: number): boolean { return i >= this.lo && (i < this.s.count || this.s.scanTo(i, 0)); }
  /** Kind of piece i, or -1 outside the run. */
  private kind(i: number): number { return this.has(i) ? this.s.kind[i]! : -1; }
  /** Text of piece i as folded ('' outside the run). */
  private txt(i: number): string {
    if (!this.has(i)) return '';
    return (this.texts[i] ??= this.folded.slice(this.s.start[i]!, this.s.end[i]!));
  }
  private lower(i: number): string {
    if (!this.has(i)) return '';
    return (this.lowers[i] ??= this.txt(i).toLowerCase());
  }
  /** Piece i is the one character `c` (pieces other than words and digits are one character). */
  private isChar(i: number, c: number): boolean {
    return this.has(i) && this.s.kind[i] === K_OTHER && this.s.first[i]! === c;
  }
  /** Word id of piece i (its lower-cased text), or -1 (also outside the run). */
  private wid(i: number): number {
    return this.has(i) ? this.s.id(i) : -1;
  }
  private is(i: number, bit: number): boolean {
    const id = this.wid(i);
    return id >= 0 && (this.index.context[id]! & bit) !== 0;
  }
  private numberWordAt(i: number): NumberWord | undefined {
    const id = this.wid(i);
    return id >= 0 ? this.index.numberWord[id] : undefined;
  }
  /** A multiplication sign between figures: `x`, `X` (the word id of both) or `×`. */
  private isTimes(i: number): boolean {
    // (Asked after nearly every figure: by id, not by cutting and lower-casing the next piece.)
    return this.wid(i) === this.W.x || this.isChar(i, 0xd7);
  }
  private isRangeWord(i: number): boolean {
    const id = this.wid(i);
    return id >= 0 && (id === this.W.hingga || id === this.W.sampai);
  }
  /**
   * The last piece of a range word starting at piece i: `hingga`, `sampai` (i itself) or `s/d` (sampai dengan, three
   * glued pieces: i + 2); -1 when none starts there.
   */
  private rangeWordEnd(i: number): number {
    if (this.isRangeWord(i)) return i;
    return this.sdAt(i) ? i + 2 : -1;
  }
  /** `s/d` or `S/D` (sampai dengan) written glued at piece i. */
  private sdAt(i: number): boolean {
    if (!this.has(i) || (this.s.first[i]! | 32) !== 115 || this.s.end[i]! - this.s.start[i]! !== 1 || !this.isWord(i)) return false;
    if (!this.glued(i) || !this.isChar(i + 1, C_SLASH) || !this.glued(i + 1) || !this.isWord(i + 2)) return false;
    return (this.s.first[i + 2]! | 32) === 100 && this.s.end[i + 2]! - this.s.start[i + 2]! === 1;
  }
  private glued(i: number): boolean { return i >= this.lo && this.has(i + 1) && this.s.end[i] === this.s.start[i + 1]; }
  /** Pieces i and i+1 are separated by spaces only (same line). */
  private spaced(i: number): boolean {
    if (i < this.lo || !this.has(i + 1)) return false;
    for (let c = this.s.end[i]!, e = this.s.start[i + 1]!; c < e; c++) {
      const ch = this.text.charCodeAt(c);
      if (ch === 10 || ch === 13 || !(ch === 32 || ch === 9 || ch === 0xa0 || ch === 0x202f || (ch >= 0x2000 && ch <= 0x200a))) return false;
    }
    return true;
  }
  /** Piece i starts with an upper-case letter (`\p{Lu}`); ASCII is decided by its code. */
  private upperAt(i: number): boolean {
    if (!this.has(i)) return false;
    const c = this.s.first[i]!;
    const up = c < 0x80 ? c >= 65 && c <= 90 : UPPER_START.test(this.txt(i));
    return up && !(this.titleCase.length > 0 && this.inTitleCase(i));
  }
  /**
   * Piece i is a title-cased word of a headline line (`Tahan`, `Tersangka` in `KPK Tahan 2 Tersangka`): its capital
   * is the headline's style, not a name's. An acronym (`KPK`, a second capital) keeps its capitals.
   */
  private inTitleCase(i: number): boolean {
    const st = this.s.start[i]!;
    for (let j = 0; j < this.titleCase.length; j += 2) {
      if (st < this.titleCase[j]! || st >= this.titleCase[j + 1]!) continue;
      const c2 = this.s.end[i]! - st > 1 ? this.text.charCodeAt(st + 1) : 0;
      return !(c2 >= 65 && c2 <= 90) && !UPPER_START.test(String.fromCharCode(c2));
    }
    return false;
  }
  /**
   * The word before piece i is a name's, mid-sentence: capitalised, or a brand written with a lower-case prefix and a
   * capital inside (`iPhone 11 khususnya`, `iPad 7`, `eKTP`), whose figure after it is part of the name as well.
   */
  private nameWordBefore(i: number): boolean {
    const w = i - 1;
    if (!this.isWord(w) || this.sentenceStartBefore(w)) return false;
    if (this.upperAt(w)) return true;
    const st = this.s.start[w]!, e = this.s.end[w]!;
    const c0 = this.text.charCodeAt(st);
    if (e - st < 3 || c0 < 97 || c0 > 122) return false;
    // (Letters only: `mem-PHK 435 karyawan` is a verb prefixed to an acronym.)
    let inner = false;
    for (let c = st + 1; c < e; c++) {
      const ch = this.text.charCodeAt(c);
      if (ch >= 65 && ch <= 90) inner = true;
      else if (ch < 97 || ch > 122) return false;
    }
    return inner;
  }
  private near(i: number): boolean { return this.glued(i) || this.spaced(i); }
  private isWord(i: number): boolean { return this.kind(i) === K_WORD; }

  private currencyPrefixAt(i: number): { iso: string; next: number } | null {
    // Every prefix starts with one of these pieces (the lexicon indexes them so): most triggers stop here,
    // figures without even a lookup when no prefix starts with a digit.
    const kind = this.s.kind[i];
    if (kind === K_DIGITS && !this.trig.digitPrefix) return null;
    if (kind === K_WORD) {
      // (Most word triggers are number words: their id and case answer without cutting the piece.)
      const id = this.wid(i);
      if (id < 0 || !writtenAs(this.trig.prefixForms, id, this.lex.currencyPrefixStarts, this.folded, this.s.start[i]!, this.s.end[i]!)) return null;
    } else if (!this.lex.currencyPrefixStarts.has(this.txt(i))) return null;
    let best: { iso: string; next: number } | null = null;
    let s = '';
    for (let k = i; k < i + 3 && this.has(k); k++) {
      if (k > i && !this.glued(k - 1)) break;
      s += this.txt(k);
      const iso = this.lex.currencyPrefixes.get(s);
      if (iso) best = { iso, next: k + 1 };
    }
    return best;
  }

  private multiplierAt(i: number, money: boolean): number | null {
    if (this.kind(i) !== K_WORD) return null;
    // `juta-an` (about a million): the multiplier with the approximating suffix.
    const f = this.folded, e = this.s.end[i]!;
    const an = e - this.s.start[i]! > 3 && f.charCodeAt(e - 3) === C_HYPHEN && f.charCodeAt(e - 2) === 97 && f.charCodeAt(e - 1) === 110;
    // Most words are no multiplier in any case: ruled out by id.
    if (!an) { const id = this.wid(i); if (id < 0 || !this.index.multiplierLike[id]) return null; }
    let text = this.txt(i);
    let lower: string;
    if (an) { text = text.slice(0, -3); lower = text.toLowerCase(); } else lower = this.lower(i);
    const m = this.lex.multipliers.get(text) ?? this.lex.multipliers.get(lower);
    if (!m || (m.caseSensitive && !this.lex.multipliers.has(text)) || (m.moneyOnly && !money)) return null;
    return m.factor;
  }

  /**
   * Longest word sequence from i (space-separated) that is an entry of a
   * phrase trie, given as its nodes after the first word by word id
   * (`AmountWordIndex`); returns the piece index after it, or -1.
   */
  private phraseAt(i: number, first: ReadonlyArray<PhraseNode | undefined>): number {
    let best = -1;
    let node: PhraseNode | undefined;
    for (let k = i; this.has(k); k++) {
      if (this.s.kind[k] === K_DIGITS) break;
      if (k > i && !this.spaced(k - 1)) break;
      if (k === i) { const id = this.wid(k); node = id >= 0 ? first[id] : undefined; } else node = node!.next.get(this.lower(k));
      if (!node) break;
      if (node.value !== undefined) best = k + 1;
    }
    return best;
  }

  /** The value of the phrase that `phraseAt(i, first)` found ending before piece `end`. */
  private phraseValue(i: number, end: number, first: ReadonlyArray<PhraseNode | undefined>): string {
    let node = first[this.wid(i)]!;
    for (let k = i + 1; k < end; k++) node = node.next.get(this.lower(k))!;
    return node.value!;
  }

  // ---- quantities -------------------------------------------------------------

  private quantityAt(i: number, money: boolean): Quantity | null {
    const kind = this.kind(i);
    if (kind === K_DIGITS) {
      const text = this.txt(i);
      const d = parseDigits(text);
      if (!d) return null;
      if (d.separated && this.yearThenListNumber(i)) return null;
      let value: number | null = d.value;
      let k = i + 1;
      let multiplied = false;
      // `300-an warga`, `1.500-an unit` (some three hundred): the approximating suffix stays in the span; not after a year (`1990-an`).
      // Written apart or glued without the hyphen, `50 an meter`, `500an orang` (not `1990 an`), it is the same suffix, not a unit 'an'.
      if (d.separated || !yearLike(text)) {
        if (this.isChar(k, C_HYPHEN) && this.glued(k - 1) && this.wid(k + 1) === this.W.an && this.glued(k)) k += 2;
        else if (this.spaced(k - 1) && this.wid(k) === this.W.an && this.s.first[k] === 97) k += 1;
      }
      for (let f = this.near(k - 1) ? this.multiplierAt(k, money) : null; f !== null; f = this.near(k - 1) ? this.multiplierAt(k, money) : null) {
        value *= f;
        multiplied = true;
        k++;
      }
      // `Rp 150 ribuan` (about 150 thousand): a vague thousands word after a figure multiplies it.
      const vague = this.spaced(k - 1) ? this.numberWordAt(k) : undefined;
      if (vague?.role === 'vague' && vague.value >= VAGUE_MULTIPLIER_MIN) { value *= vague.value; multiplied = true; k++; }
      // `£125,000`, `US$ 2,500`: a sum of money with no multiplier is never a fraction of a unit, so one
      // comma before three digits groups thousands (English style), not the Indonesian decimal mark; not after a
      // lone zero, which groups nothing (`USD0,069` per kWh is a fraction of a dollar).
      if (money && !multiplied && this.s.first[i]! !== 48 && ONE_COMMA_GROUP.test(text)) value = Number(text.replace(',', ''));
      if (money && !multiplied && this.moneyThenListNumber(i, k)) {
        const comma = text.indexOf(',');
        return { next: k, value: parseDigits(text.slice(0, comma))!.value, quantityLike: true, plainInt: null, digits: true, multiplied, endOff: this.s.start[i]! + comma };
      }
      return { next: k, value, quantityLike: d.separated || multiplied, plainInt: d.separated ? null : text, digits: true, multiplied };
    }
    if (kind !== K_WORD) return null;
    const first = this.numberWordAt(i);
    if (!first) return null;
    if (first.role === 'vague') {
      let k = i + 1;
      let multiplied = false;
      while (this.spaced(k - 1) && this.multiplierAt(k, money) !== null) { k++; multiplied = true; }
      return { next: k, value: null, quantityLike: true, plainInt: null, digits: false, multiplied };
    }
    if (first.role !== 'atom' && first.role !== 'se' && first.role !== 'fraction') return null;
    let total = 0, small = 0, pending = 0, hasPending = false, multiplied = false;
    let k = i;
    for (; this.has(k); k++) {
      if (k > i && !this.spaced(k - 1)) break;
      if (!this.isWord(k)) break;
      const nw = this.numberWordAt(k);
      if (nw) {
        if (nw.role === 'atom') { if (hasPending) break; pending = nw.value; hasPending = true; continue; }
        if (nw.role === 'se') { if (hasPending) break; small += nw.value; continue; }
        if (nw.role === 'fraction') { small += pending + nw.value; pending = 0; hasPending = false; continue; }
        if (nw.role === 'belas' || nw.role === 'puluh' || nw.role === 'ratus') {
          if (!hasPending) break;
          small += nw.role === 'belas' ? pending + 10 : pending * nw.value;
          pending = 0; hasPending = false;
          continue;
        }
        break;
      }
      const f = k > i ? this.multiplierAt(k, money) : null;
      if (f === null) break;
      total += (small + pending) * f;
      small = 0; pending = 0; hasPending = false; multiplied = true;
    }
    let value = total + small + pending;
    // `dua per tiga` (two thirds).
    if (this.wid(k) === this.W.per && this.spaced(k - 1) && this.spaced(k)) {
      const den = this.numberWordAt(k + 1);
      if (den && (den.role === 'atom' || den.role === 'se') && den.value > 0) { value /= den.value; k += 2; }
    } else if (this.spaced(k - 1) && this.isWord(k) && this.s.end[k]! - this.s.start[k]! > 5 && this.lower(k).startsWith('per')) {
      // `dua pertiga` (two thirds: `per` glued to the denominator); not `dua perempat final` (two quarter-finals).
      const den = this.lex.numberWords.get(this.lower(k).slice(3));
      if (den && den.role === 'atom' && den.value > 1 && this.wid(k + 1) !== this.W.final) { value /= den.value; k += 1; }
    }
    return { next: k, value, quantityLike: multiplied, plainInt: null, digits: false, multiplied };
  }

  /**
   * `sejak 2006,2. Eka ...`: a year with the next item's number of a
   * numbered list glued to it by the source, not the decimal 2006.2. Only
   * this exact shape (a year-like four-digit integer without a thousands
   * dot, one or two digits, a full stop, a capitalised word) reads so: a
   * real decimal that large is written `2.006,2`.
   */
  private yearThenListNumber(i: number): boolean {
    const f = this.folded, s = this.s.start[i]!, len = this.s.end[i]! - s;
    if ((len !== 6 && len !== 7) || f.charCodeAt(s + 4) !== 44) return false;
    const y = +f.slice(s, s + 4);
    if (!(y >= YEAR_MIN && y <= YEAR_MAX)) return false;
    return this.isChar(i + 1, C_DOT) && this.glued(i) && !this.glued(i + 1) && this.isWord(i + 2) && this.upperAt(i + 2);
  }

  /**
   * `Rp 401.500,1 gram Rp 754.000,2 gram`, `Rp 114.000.000,2. 1.0 M M/T`: a price list whose line breaks the source
   * turned into commas glues the next item's weight or number to a sum of money. A sum in thousands with no
   * multiplier takes no decimals other than zero cents, so before a measure unit or a numbered list item
   * (`. 1.0`, `. Persibat`) the comma ends the sum (piece i, the quantity ending before piece k).
   */
  private moneyThenListNumber(i: number, k: number): boolean {
    if (k !== i + 1 || !MONEY_THEN_NUMBER.test(this.txt(i))) return false;
    // (Before a full stop and a capitalised word only one digit: `Rp 3.763.405,88. Sedangkan` has its cents.)
    if (this.isChar(k, C_DOT)) {
      return this.glued(i) && this.spaced(k) && (this.kind(k + 1) === K_DIGITS
        || (this.isWord(k + 1) && this.upperAt(k + 1) && this.folded.charCodeAt(this.s.end[i]! - 2) === C_COMMA));
    }
    return this.spaced(i) && this.isWord(k) && this.phraseAt(k, this.index.measureUnit) > 0;
  }

  /**
   * `Februari 4.065 kasus, Maret 4202 kasus`: after a month name a figure that can be neither a day nor a year,
   * with a counted noun after it, is a count in a list by month.
   */
  private countAfterMonth(i: number, q: Quantity): boolean {
    if (!q.digits || q.value === null || !this.isWord(i - 1) || !this.spaced(i - 1) || !this.is(i - 1, MONTH)) return false;
    if (q.plainInt !== null && (q.value <= 31 || yearLike(q.plainInt))) return false;
    return this.isWord(q.next) && this.spaced(q.next - 1) && this.countHead(q.next) !== null;
  }

  // ---- guards -----------------------------------------------------------------

  /** The figure starting at piece i is a code, ordinal, law number, age, clock time or part of a date. */
  private blockedBefore(i: number): boolean {
    if (!this.has(i - 1)) return false;
    if (this.s.end[i - 1] === this.s.start[i]) {
      // Glued to what precedes: `NO2`, `S1`, `I/2019`, `+62`, `ke-36`.
      if (this.s.kind[i - 1] !== K_OTHER) return true;
      if (this.isChar(i - 1, C_SLASH) || this.isChar(i - 1, C_PLUS) || this.isChar(i - 1, C_HASH)) return true;
      // `15:30`, `1:40,723`, `1:1,5`, `19:1,2`: after a figure and a colon, glued, it is the second half of a clock or
      // lap time, a ratio or a goal tally (a unit after it still makes an amount: `46:54 persen`).
      if (this.isChar(i - 1, C_COLON) && this.glued(i - 2) && this.s.kind[i - 2] === K_DIGITS) return true;
      // `ke-36` is an ordinal.
      if (this.isChar(i - 1, C_HYPHEN) && this.wid(i - 2) === this.W.ke && this.glued(i - 2)) return true;
    }
    let w = i - 1;
    // `No. 31`; a number word after a full stop starts a sentence (`... tujuh menit. Tiga gol lainnya`).
    if (this.isChar(w, C_DOT) && w > this.lo && this.s.kind[i] === K_DIGITS) w--;
    return this.isWord(w) && this.is(w, BLOCKER | LAW | MONTH);
  }

  /**
   * The figure at piece i is part of a code written `letters-digits`
   * (`cs-137`, `Su-35`, `COVID-19`, `U-16`), also further along it
   * (`XC-15-45 mm`): no unit after it makes it an amount. `next` is the piece after the figure.
   */
  private codeBefore(i: number, next: number): boolean {
    if (!this.isChar(i - 1, C_HYPHEN) || !this.glued(i - 1) || !this.glued(i - 2)) return false;
    const k = this.kind(i - 2);
    if (k === K_WORD) {
      // `ke-36` is an ordinal, left to the guards. A unit ends the first half of a range
      // (`700 kg-800 kg`, `50 dollar AS-60 dollar AS`, `per barrel-60`): no code.
      const id = this.wid(i - 2);
      if (id === this.W.ke || id === this.W.persen) return false;
      // (A lower-case unit: `SR-413` is a code.)
      const unit = id >= 0 && (this.index.measureUnit[id] !== undefined || this.index.currencySuffix[id] !== undefined) && !this.upperAt(i - 2);
      // (`petak 58D-10`: capitals glued to a figure are a code's, no unit ending a range.)
      if (this.kind(i - 3) === K_DIGITS && this.glued(i - 3) && !unit && this.upperAt(i - 2) && this.s.end[i - 2]! - this.s.start[i - 2]! <= 2) return true;
      if (this.kind(i - 3) === K_DIGITS || this.kind(i - 4) === K_DIGITS || unit) return false;
      // Codes are short (`Su`, `COVID`, `YYA`); after a long word a figure with a unit is a measure (`Fullcontact-51kg`).
      return this.s.end[i - 2]! - this.s.start[i - 2]! <= 5 || this.unitKindAt(next, false) === null;
    }
    if (k !== K_DIGITS) return false;
    // `XC-15-45 mm`; `pola 4-3-3`: a third figure in a chain joined by hyphens is a code or a formation, no range.
    return this.isChar(i - 3, C_HYPHEN) && this.glued(i - 3) && this.glued(i - 4) && (this.kind(i - 4) === K_WORD || this.kind(i - 4) === K_DIGITS);
  }

  /**
   * Piece i follows a list of figures (`,`, `-`, `dan`, `atau`, `serta`, `hingga` between them) opened by a law or code
   * marker or an ordinal (`Pasal 310 dan`, `RW 09 dan`, `desil 1 hingga`, `ke-10 dan`).
   */
  private lawListBefore(i: number): boolean {
    let j = i - 1;
    // (Most figures follow a plain word: answered from the piece columns, before any helper.)
    if (j < this.lo) return false;
    const k0 = this.s.kind[j];
    if (k0 === K_DIGITS) return false;
    if (k0 === K_OTHER) { const c = this.s.first[j]!; if (c !== C_COMMA && c !== C_HYPHEN) return false; }
    else { const id = this.s.id(j); if (id < 0 || (this.index.context[id]! & LIST) === 0) return false; }
    for (let n = 0; n < MAX_LAW_LIST; n++) {
      let sep = false;
      if (this.is(j, LIST)) { j--; sep = true; }
      if (this.isChar(j, C_COMMA) || this.isChar(j, C_HYPHEN)) { j--; sep = true; }
      if (!sep) return false;
      // (`27A`: a letter glued to the number.)
      if (this.isWord(j) && this.glued(j - 1) && this.kind(j - 1) === K_DIGITS) j--;
      if (this.kind(j) !== K_DIGITS) return false;
      if (this.lawBefore(j) || this.markerBefore(j, BLOCKER)) return true;
      // `ke-10 dan 12`: a list of ordinals.
      if (this.isChar(j - 1, C_HYPHEN) && this.glued(j - 1) && this.wid(j - 2) === this.W.ke && this.glued(j - 2)) return true;
      j--;
    }
    return false;
  }

  /**
   * Piece i is glued to a code's letters before it (`Mali-G76 MP16`, `L1`): a code, whatever unit follows. A
   * lower-case word glued on is a missing space (`sebesar15 persen`), `x` a product (`1x1.000 MW`).
   */
  private gluedToWord(i: number): boolean {
    if (!this.has(i - 1) || this.s.end[i - 1] !== this.s.start[i] || this.s.kind[i - 1] !== K_WORD || this.wid(i - 1) === this.W.x) return false;
    const w = this.txt(i - 1);
    return w.length <= 2 || w !== w.toLowerCase();
  }

  /**
   * `Presiden ke 3 RI`, `HUT ke 74 TNI AL`, `Presiden ke- 4 KH Abdurrahman Wahid`: a whole number between `ke`
   * after a title (capitalised, no verb, function word or unit) and a name is an ordinal; elsewhere `ke` is the
   * preposition (`beasiswa ke 18 PTN`, `drone Houthi ke 2 instalasi`, `16 Km ke 223 Km`). `next` is the piece after the figure.
   */
  private ordinalKe(i: number, next: number): boolean {
    if (!this.isWord(next) || this.glued(next - 1) || !this.spaced(next - 1) || !this.upperAt(next)) return false;
    if (this.isChar(i - 1, C_HYPHEN)) return !this.glued(i - 1) && this.glued(i - 2) && this.wid(i - 2) === this.W.ke;
    if (this.wid(i - 1) !== this.W.ke || !this.spaced(i - 1) || !this.isWord(i - 2) || !this.spaced(i - 2) || !this.upperAt(i - 2)) return false;
    return !this.is(i - 2, FUNCTION | VERB) && !verbish(this.lower(i - 2)) && this.unitKindAt(i - 2, false) === null;
  }

  /**
   * `hari ke empat evakuasi`, `abad ke 19`, `kali ke sembilan`, `peringkat ke 15`: `ke` written apart from the whole
   * number at piece i, after a calendar or rank word, makes an ordinal. Not after a part of the day (`Sabtu subuh ke
   * dua fasilitas`: to two of them), a measure (`dari 16 Km ke 223 Km`) or a count of times (`dua kali ke tiga
   * negara`: twice to three countries).
   */
  private ordinalAfterTimeKe(i: number): boolean {
    if (this.wid(i - 1) !== this.W.ke || !this.spaced(i - 1) || !this.isWord(i - 2) || !this.spaced(i - 2)) return false;
    if (this.kind(i - 3) === K_DIGITS || this.numberWordAt(i - 3) !== undefined) return false;
    if (this.wid(i - 2) === this.W.kali) return true;
    if (!this.is(i - 2, TIME | BLOCKER) || this.is(i - 2, DAYPART)) return false;
    return this.unitKindAt(i - 2, false) === null;
  }

  /**
   * `1/4 sdt`, `1/2 Kg`: the one-digit figure at piece i is the denominator of a one-digit fraction, whatever unit
   * follows (a pair of larger figures may still be read by its second half: `RAM 8/128 GB`).
   */
  private afterSlashFigure(i: number): boolean {
    return this.isChar(i - 1, C_SLASH) && this.glued(i - 1) && this.glued(i - 2) && this.kind(i - 2) === K_DIGITS
      && this.s.end[i]! - this.s.start[i]! === 1 && this.s.end[i - 2]! - this.s.start[i - 2]! === 1;
  }

  /**
   * `B 9265 UEJ`, `berpelat E 8840 PS`: a vehicle plate, a region code of one or two capitals, a whole number and one
   * to three capitals, is no amount, whatever unit the last letters spell. A figure of one or two digits there is
   * left to the unit (`iPhone XR 64 GB`).
   */
  private plateAt(i: number): boolean {
    const len = this.s.end[i]! - this.s.start[i]!;
    if (len < 3 || len > 4 || !this.isWord(i - 1) || !this.spaced(i - 1) || !this.isWord(i + 1) || !this.spaced(i)) return false;
    if (!PLATE_REGION.test(this.txt(i - 1)) || !PLATE_LETTERS.test(this.txt(i + 1))) return false;
    // (The letters end the plate: not glued on to more, `B 1234 ABC-nya`.)
    return !this.glued(i + 1) || this.kind(i + 2) === K_OTHER && !this.isChar(i + 2, C_HYPHEN);
  }

  /** A law, article or code marker before piece i (`Pasal 5`, `No. 31`): never an amount. */
  private lawBefore(i: number): boolean {
    return this.markerBefore(i, LAW);
  }

  /** A word of category `bits` right before piece i, a full stop allowed between (`No. 31`). */
  private markerBefore(i: number, bits: number): boolean {
    let w = i - 1;
    if (this.isChar(w, C_DOT) && w > this.lo) w--;
    return this.isWord(w) && this.is(w, bits);
  }

  private isTaken(start: number, end: number): boolean {
    if (!this.taken) return false;
    const n = this.text.length;
    for (const t of this.taken) if (Math.max(t.start, 0, start) < Math.min(t.end, n, end)) return true;
    return false;
  }

  private sentenceStartBefore(i: number): boolean {
    if (!this.has(i - 1)) return true;
    if (this.s.kind[i - 1] === K_OTHER) return true;
    for (let c = this.s.end[i - 1]!, e = this.s.start[i]!; c < e; c++) if (this.text.charCodeAt(c) === 10) return true;
    return false;
  }

  // ---- one candidate ----------------------------------------------------------

  /**
   * Try an amount at piece i, a trigger of the stream; returns the piece index to continue from. Digit groups and
   * number words or currency prefix starts as written are triggers exactly (`writtenAs`); a sign is one by its first
   * code unit, so it is checked whole here.
   */
  private at(i: number): number {
    if (this.s.kind[i] === K_OTHER && !this.lex.currencyPrefixStarts.has(this.txt(i))) return i + 1;
    let money: string | null = null;
    let q: Quantity | null = null;
    const prefix = this.currencyPrefixAt(i);
    if (prefix && this.has(prefix.next) && this.near(prefix.next - 1)) {
      q = this.quantityAt(prefix.next, true);
      if (q && !this.codeBeforeCount(i, prefix.next, q)) money = prefix.iso;
      else q = null;
    }
    if (this.s.kind[i] === K_WORD && !money) {
      const nw = this.numberWordAt(i);
      if (nw?.role === 'collective') return this.collective(i, nw.value);
      if (nw?.role === 'pronoun') return this.pronoun(i, nw.value);
      // `setengah jalan` (halfway): a fixed phrase, no quantity.
      if (nw) { const idiomEnd = this.phraseAt(i, this.index.idiom); if (idiomEnd > 0) return idiomEnd; }
      if (nw && this.upperAt(i) && !this.sentenceStartBefore(i)) return i + 1; // `Program Tiga Juta Rumah`
    }
    if (!money) q = this.quantityAt(i, false);
    if (!q) return i + 1;
    const skipTo = Math.max(q.next, i + 1);
    // (Cheapest first: many figures are in dates the timexes layer took.)
    if (this.isTaken(this.s.start[i]!, this.s.end[q.next - 1]!)) return skipTo;
    if (this.codeBefore(i, q.next)) return skipTo;
    if (!money && q.plainInt !== null && this.ordinalKe(i, q.next)) return skipTo;
    // An ordinal or a rank is a whole number written plain or in words, never a sum or with a multiplier.
    const rankLike = !money && !q.multiplied && (q.plainInt !== null || !q.digits);
    if (rankLike && this.ordinalAfterTimeKe(i)) return skipTo;
    // `di posisi 9 klasemen`, `posisi lima SEA Games`: a whole number after a position word is a rank; a level
    // is written with separators or a currency (`di posisi 6.236,69`, `ke posisi Rp14.085`).
    if (rankLike && this.markerBefore(i, POSITION) && this.unitKindAt(q.next, false) === null) return skipTo;
    // A unit after the figure overrides a time-ish word before it (`per tahun 700 kg`).
    if (this.blockedBefore(i) && !(this.unitKindAt(q.next, money !== null) && !this.lawBefore(i) && !this.gluedToWord(i) && !this.afterSlashFigure(i))
      && !this.countAfterMonth(i, q)) return skipTo;
    if (q.digits && q.plainInt && q.plainInt.length > 1 && q.plainInt.startsWith('0')) return skipTo; // `RW 09`, phone numbers
    if (!money && q.next === i + 1 && q.plainInt !== null && this.plateAt(i)) return skipTo;
    // `SJ.00.2641`, `09.55-10.40`, `109°11'09,86"`: no quantity is written with a leading zero before a digit.
    if (this.s.kind[i] === K_DIGITS && this.s.first[i]! === 48 && this.s.end[i]! - this.s.start[i]! > 1
      && charClass(this.folded.charCodeAt(this.s.start[i]! + 1)) === C_DIGIT) return skipTo;
    if (!q.digits && !money && this.wid(i - 1) === this.W.salah) return skipTo; // `salah satu`
    // `jadi satu rangkaian`, `menjadi satu laporan utuh`, `direstrukturisasi menjadi satu harga`: `satu` after
    // `(men)jadi` makes things one (a union, as `satu kesatuan`), no count; `menjadi satu juta`, a measure or a share
    // (`menurun jadi satu kilometer`, `menjadi satu persen`) and figures are still amounts.
    if (!q.digits && !money && q.value === 1 && q.next === i + 1 && this.spaced(i - 1)
      && (this.wid(i - 1) === this.W.jadi || this.wid(i - 1) === this.W.menjadi) && this.unitKindAt(q.next, false) === null) return skipTo;

    const sign = this.s.kind[i] === K_DIGITS || money ? this.signAt(i) : 0;
    let k = q.next;
    let value = q.value;
    let multiplied = q.multiplied;
    let quantityLike = q.quantityLike;
    // Range: `4-5 titik api`, `Rp 2-3 juta`, `500 hingga 5.500 kilometer` (valued at the start).
    if (this.has(k) && this.near(k - 1)) {
      const dash = this.isChar(k, C_HYPHEN);
      const rangeEnd = dash ? k : this.rangeWordEnd(k);
      if ((dash && q.digits) || rangeEnd >= 0) {
        // (`-1 hingga -2 persen`: after a signed first end the second carries its own minus.)
        const q2i = sign < 0 && !dash && this.isChar(rangeEnd + 1, C_HYPHEN) && this.near(rangeEnd) && this.glued(rangeEnd + 1) ? rangeEnd + 2 : rangeEnd + 1;
        // (Ends joined by a word may be written one in words and one in digits: `Empat puluh hingga 70 persen`.)
        if (this.near(q2i - 1) && this.has(q2i) && (!dash || (this.s.kind[q2i] === K_DIGITS) === q.digits)) {
          const q2 = this.quantityAt(q2i, money !== null);
          // `skor 16-21,23-21`, `4-3-3`: a second end glued to another dash and figure makes a chain of scores or a code.
          if (q2 && dash && !money && this.isChar(q2.next, C_HYPHEN) && this.glued(q2.next - 1) && this.glued(q2.next)
            && this.kind(q2.next + 1) === K_DIGITS) return q2.next + 2;
          // `menang 2-0`, `imbang 1-1`: a range rises, so two plain figures that do not are a score (or a code).
          if (q2 && dash && !money && q.plainInt !== null && q2.plainInt !== null && !q2.multiplied && +q.plainInt >= +q2.plainInt
            && this.unitKindAt(q2.next, false) === null) return q2.next;
          // (`lima hingga enam orang`, `10 sampai 15 warga`: a counted noun after the second end makes a range too.)
          if (q2 && (dash || this.unitKindAt(q2.next, money !== null) !== null || q2.multiplied
            || (!money && this.rangeCountHead(q.plainInt, q2.next)))) {
            if (this.lookAheadIsDate(q2.next)) return q2.next;
            if (!multiplied && q2.multiplied && value !== null && q2.value !== null && this.s.kind[q2i] === K_DIGITS) {
              const base = parseDigits(this.txt(q2i))?.value;
              if (base) value *= q2.value / base;
            }
            multiplied ||= q2.multiplied;
            quantityLike ||= q2.quantityLike;
            k = q2.next;
          }
        }
      }
    }
    if (money && !multiplied && value !== null) value = this.borrowedMultiplier(k, money, value);
    // `130/80 mmHg`, `tensi 140/90 mmHg`: two whole numbers falling across a glued slash before a measure unit are one
    // reading (a blood pressure), valued at the first; rising they are two sizes (`RAM 8/128 GB`: the second is read alone).
    if (!money && k === q.next && q.plainInt !== null && this.isChar(k, C_SLASH) && this.glued(k - 1) && this.glued(k) && this.kind(k + 1) === K_DIGITS) {
      const q2 = this.quantityAt(k + 1, false);
      if (q2 && q2.plainInt !== null && +q2.plainInt < +q.plainInt && this.unitKindAt(q2.next, false) === 'measure') k = q2.next;
    }
    // `6 x 8 meter`, `50 x 50 x 50 cm`, `1.080 x 2.340 piksel`: figures multiplied by x before a unit of length or of an
    // image are one size, valued at the first as a range is (the x was read as a count of 'x': `6 x` and `8 meter`).
    if (!money && k === q.next && q.digits && this.isTimes(k)) {
      for (let j = k; this.isTimes(j) && this.near(j - 1) && this.near(j) && this.kind(j + 1) === K_DIGITS;) {
        const q2 = this.quantityAt(j + 1, false);
        if (!q2 || q2.multiplied) break;
        j = q2.next;
        if (this.lex.dimensionUnits.has(this.lower(j))) { k = j; break; }
      }
    }
    if (this.lookAheadIsDate(k)) return k;
    // `Rp 16.400-an`
    if (money && this.isChar(k, C_HYPHEN) && this.glued(k - 1) && this.wid(k + 1) === this.W.an && this.glued(k)) k += 2;
    if (!sign) return this.finish(i, k, value, money, quantityLike, q.plainInt, q.digits, q.endOff);
    const before = this.out.length;
    const next = this.finish(i, k, value, money, quantityLike, q.plainInt, q.digits, q.endOff);
    const a = this.out[before];
    // (A minus before a measure other than a temperature is a class's bound, no sign: `kelas -90 kg`, under 90 kg.)
    if (a && a.start === this.s.start[i] && !(sign < 0 && a.kind === 'measure' && !TEMPERATURE.test(a.unit ?? ''))) {
      a.start = this.s.start[i - 1]!;
      a.text = this.text.slice(a.start, a.end);
      if (sign < 0 && a.value !== null && a.value !== 0) a.value = -a.value;
    }
    return next;
  }

  /**
   * `Tim SAR 5 orang`, `PHP 7 versi`: a currency code of three capitals set apart from a whole figure that a counted
   * noun follows is an acronym naming something else (the figure counts the noun); `SAR2.000`, `AUD 8 miliar`, `GBP
   * 45.240 atau` stay money. `f` is the figure's piece after the prefix at piece i, `q` its quantity.
   */
  private codeBeforeCount(i: number, f: number, q: Quantity): boolean {
    if (f !== i + 1 || this.glued(i) || !this.spaced(i) || q.plainInt === null || q.multiplied || !ISO_CODE.test(this.txt(i))) return false;
    return this.isWord(q.next) && this.spaced(q.next - 1) && !this.upperAt(q.next) && this.countHead(q.next) !== null;
  }

  /**
   * `menjadi -0,5%`, `tumbuh -1,8 persen`, `(-2.62%)`, `asing -Rp465,69 miliar`, `industri +3,09%`: a minus or plus
   * glued to the figure or currency prefix at piece i, set apart from the word before it (or opened by a bracket or a
   * colon), or the word `minus` before it, is the figure's sign and part of the amount: -1, 1, or 0 when there is none. Not after a figure or right
   * after an amount read, where a dash joins a range and a plus adds sizes (`2 -1`, `3 mm -10 mm`, `Rp 1,5 juta -Rp 2
   * juta`, `4 GB +128 GB`), nor at a line's start or after a comma (a list's bullet: `, -Rp 5 juta`).
   */
  private signAt(i: number): number {
    const p = i - 1;
    // `bersih asing minus Rp437,10 miliar`, `menjadi minus 0,5%`: the word `minus` set apart before the figure is its
    // sign as a glued minus is (not `plus minus 1%`, plus or minus one).
    if (this.wid(p) === this.W.minus && this.isWord(p) && !this.glued(p) && this.spaced(p)) return this.wid(p - 1) === this.W.plus && this.spaced(p - 1) ? 0 : -1;
    if (!this.has(p) || this.s.kind[p] !== K_OTHER || !this.glued(p) || !this.has(p - 1)) return 0;
    const c = this.s.first[p]!;
    const sign = c === C_HYPHEN || c === 0x2212 ? -1 : c === C_PLUS ? 1 : 0;
    if (sign === 0) return 0;
    if (this.isChar(p - 1, C_LPAREN) || this.isChar(p - 1, C_COLON)) return this.near(p - 1) ? sign : 0;
    if (!this.isWord(p - 1) || this.glued(p - 1) || !this.spaced(p - 1)) return 0;
    const last = this.out.length > 0 ? this.out[this.out.length - 1]! : null;
    return last && last.end === this.s.end[p - 1] ? 0 : sign;
  }

  /**
   * `Rp 90 sampai Rp 95 juta`, `Rp1,5 -Rp2 triliun`: the first end of a range of sums, written without the
   * multiplier the second end has, takes it (returns the value of the first end, `value`, times it), when the
   * ends rise as a range does (`Rp 200 hingga Rp 1 juta` is left as written). `k` is the piece after the first end.
   */
  private borrowedMultiplier(k: number, iso: string, value: number): number {
    const r = this.isChar(k, C_HYPHEN) ? k : this.rangeWordEnd(k);
    if (!this.near(k - 1) || r < 0 || !this.near(r)) return value;
    const p2 = this.currencyPrefixAt(r + 1);
    if (!p2 || p2.iso !== iso || !this.near(p2.next - 1) || this.kind(p2.next) !== K_DIGITS) return value;
    const q2 = this.quantityAt(p2.next, true);
    const base = parseDigits(this.txt(p2.next))?.value;
    if (!q2?.multiplied || q2.value === null || !base || value >= base) return value;
    return value * (q2.value / base);
  }

  /** A counted noun right after the second end of a word range, not after years (`2010 hingga 2015 warga`). */
  private rangeCountHead(plainInt: string | null, k: number): boolean {
    if (yearLike(plainInt)) return false;
    return this.isWord(k) && this.spaced(k - 1) && !this.glued(k - 1) && this.countHead(k) !== null;
  }

  /** Does a date or clock time start at piece k (`20 April`, `10.00 WIB`)? */
  private lookAheadIsDate(k: number): boolean {
    if (!this.has(k)) return false;
    if (this.isChar(k, C_SLASH) && this.glued(k - 1) && this.kind(k + 1) === K_DIGITS) return true;
    return this.near(k - 1) && this.isWord(k) && this.is(k, MONTH | ZONE);
  }

  private unitKindAt(k: number, money: boolean): 'percent' | 'money' | 'measure' | null {
    if (!this.has(k)) return null;
    if (this.isChar(k, C_PERCENT)) return 'percent';
    const id = this.wid(k);
    if (id >= 0 && (id === this.W.persen || id === this.W.persennya)) return 'percent';
    if (!money && this.phraseAt(k, this.index.currencySuffix) > 0) return 'money';
    if (this.phraseAt(k, this.index.measureUnit) > 0) return 'measure';
    return null;
  }

  /**
   * The piece after a measure unit whose words end before piece `mu`: a power glued on (`km2`) and, after a
   * glued slash, the denominator of a rate (`60 km/jam`, `5 ton/ha`, `25 mg/m3`) are part of the unit (not a
   * figure: `4 GB/64 GB` is two sizes).
   */
  private measureEnd(mu: number): number {
    mu = this.pastPower(mu);
    return this.isChar(mu, C_SLASH) && this.glued(mu - 1) && this.glued(mu) && this.isWord(mu + 1) ? this.pastPower(mu + 2) : mu;
  }

  /** `km2`, `m3`, `m²`: a power glued to the unit word ending before piece k is part of it; returns the piece after the unit. */
  private pastPower(k: number): number {
    return this.glued(k - 1) && ((this.kind(k) === K_DIGITS && POWER.test(this.txt(k))) || this.isChar(k, 0xb2) || this.isChar(k, 0xb3)) ? k + 1 : k;
  }

  /** Record an amount from piece `from` to the end of piece `endPiece - 1` (or `endOff`); returns `endPiece`. */
  private emit(from: number, value: number | null, kind: AmountJson['kind'], endPiece: number, unit: string | null, endOff = -1): number {
    const start = this.s.start[from]!;
    const end = endOff >= 0 ? endOff : this.s.end[endPiece - 1]!;
    // `538,70 triliun` is 538700000000000, not ...000.06: drop binary noise past 15 significant digits.
    // (An integer under 10^15 is already exact: skip the string round trip.)
    let v = value === null ? null : Number.isInteger(value) && Math.abs(value) < 1e15 ? value : Number(value.toPrecision(15));
    if (v !== null && Math.abs(v) > MAX_TRUSTED_VALUE) {
      // Kept as a best-effort value (`Rp 10.300 triliun` is real), but flagged: past 2^53 digits are lost.
      this.problems.push({ start, end, message: `figure beyond 10^15 (${v}); check the value` });
      if (!Number.isFinite(v)) v = null;
    }
    this.out.push({ start, end, text: this.text.slice(start, end), kind, value: v, unit });
    return endPiece;
  }

  private finish(i: number, k: number, value: number | null, money: string | null, quantityLike: boolean, plainInt: string | null, digits: boolean, endOff = -1): number {
    const year = yearLike(plainInt);
    const attached = this.has(k) && this.near(k - 1);
    // `Pasal 310 dan 311 KUHP`, `Pasal 27A, 32, dan 35 UU ITE`, `RW 09 dan 10 Cilincing`: a later item of a list
    // of article or code numbers, unless a counted noun follows (`Pasal 5 dan 10 orang`).
    if (!money && this.lawListBefore(i) && !(attached && this.isWord(k) && !this.upperAt(k) && !this.is(k, NOT_NOUN))) return k;
    if (money) {
      if (attached && this.glued(k - 1) && this.s.kind[k] === K_WORD && !this.lex.multipliers.has(this.txt(k))) return k; // `Rp5x`
      return this.emit(i, value, 'money', k, money, endOff);
    }
    if (attached) {
      const uKind = this.s.kind[k];
      const uid = this.wid(k);
      if (this.isChar(k, C_PERCENT)) return this.emit(i, value, 'percent', k + 1, '%');
      if (uid >= 0 && (uid === this.W.persen || uid === this.W.persennya)) return this.emit(i, value, 'percent', k + 1, this.txt(k).slice(0, 6), this.s.start[k]! + 6);
      const cur = this.phraseAt(k, this.index.currencySuffix);
      if (cur > 0 && this.spaced(k - 1)) {
        // `bom seberat 80.000 pound`: after a word of weight, a currency's name that also names a mass is the mass
        // (`pound sterling` stays money: the currency's words run past the mass's).
        if (this.isWord(i - 1) && this.is(i - 1, WEIGHT) && this.phraseAt(k, this.index.measureUnit) === cur) {
          return this.emit(i, value, 'measure', cur, this.text.slice(this.s.start[k]!, this.s.end[cur - 1]!));
        }
        const iso = this.phraseValue(k, cur, this.index.currencySuffix);
        // A subunit (`ISO/n`): `46 sen` is 0.46 USD.
        const slash = iso.indexOf('/');
        if (slash < 0) return this.emit(i, value, 'money', cur, iso);
        return this.emit(i, value === null ? null : value / Number(iso.slice(slash + 1)), 'money', cur, iso.slice(0, slash));
      }
      let mu = this.phraseAt(k, this.index.measureUnit);
      // A lone `m` is metres only in lower case, set apart or with a power glued on (`400 m`, `5.000 m2`): glued
      // it is mostly minutes in race times (`41m 12.535s`), and `M` a year's era or a model (`2019M`, `1.0 M`);
      // `g` is grams only in lower case (`200 g`, `200g`; `4G` is a network).
      if (mu === k + 1 && this.s.end[k]! - this.s.start[k]! === 1) {
        const c = this.s.first[k]!;
        if (c === 77 || c === 71 || (c === 109 && this.glued(k - 1) && !(this.glued(k) && this.kind(k + 1) === K_DIGITS && POWER.test(this.txt(k + 1))))) mu = -1;
      }
      if (mu > 0 && (digits || this.spaced(k - 1))) {
        mu = this.measureEnd(mu);
        // `1,000 hp`: a comma before exactly three zeros groups thousands English-style; no decimal is written so.
        if (k === i + 1 && value !== null && this.s.kind[i] === K_DIGITS && COMMA_THOUSAND.test(this.txt(i))) value *= 1000;
        return this.emit(i, value, 'measure', mu, this.text.slice(this.s.start[k]!, this.s.end[mu - 1]!));
      }
      // `mesin 1.5-liter`, `velg 16-inci`, `20-ton`: a measure unit of two letters or more, in lower case, joined to the
      // figure by a hyphen (a compound modifier) is its unit all the same; the hyphen and the unit are in the span.
      if (digits && this.isChar(k, C_HYPHEN) && this.glued(k - 1) && this.glued(k) && this.isWord(k + 1)
        && this.s.end[k + 1]! - this.s.start[k + 1]! > 1 && !this.upperAt(k + 1) && this.phraseAt(k + 1, this.index.measureUnit) === k + 2
        && !(this.glued(k + 1) && this.kind(k + 2) !== K_OTHER) && !(this.isChar(k + 2, C_HYPHEN) && this.glued(k + 1))) {
        return this.emit(i, value, 'measure', k + 2, this.txt(k + 1));
      }
      // (`6,40 LS dan 111,84 BT`: a coordinate is no amount.)
      if (uKind === K_WORD && this.is(k, TIME | MONTH | ZONE | COORDINATE)) return k + 1;
      // `2x` (two times), glued.
      if (digits && this.glued(k - 1) && uid >= 0 && uid === this.W.x) return this.emit(i, value, 'count', k + 1, 'x');
      if (this.glued(k - 1) && uKind !== K_OTHER) return k + 1; // `4G`, `10K`: a code
      if (uKind === K_OTHER && digits && value !== null && this.s.first[k]! === C_LPAREN) {
        const end = this.spelledOut(i, k, value);
        if (end >= 0) return end;
      }
      if (year) return k;
      // `Sheila On 7 batal`: a figure right after a capitalised word mid-sentence is part of a name.
      // A classifier after it makes it a count all the same: lists by place or brand (`Kalimantan Barat 660 titik`,
      // `Honda Satya 43.378 unit`), unless a name follows it (`Liga 2 wilayah Timur`); so does a tally (`Rossi 129 poin`,
      // `Gerindra 78 kursi`).
      const namePart = digits && this.nameWordBefore(i)
        && !(this.is(k, CLASSIFIER | TALLY) && !this.upperAt(k) && !(this.spaced(k) && this.upperAt(k + 1)));
      if (uKind === K_WORD && this.spaced(k - 1) && !namePart) {
        // `2.000 lebih sekolah`, `400 lebih pemain`: `lebih` (and more) between the figure and its counted noun
        // (not a comparison, `sebesar 118,4 lebih rendah`: a figure right before `lebih` and an adjective).
        // (Not after a fraction: `setengah lebih produksi` is more than half of it.)
        if (uid === this.W.lebih && value !== null && value >= 1 && this.spaced(k) && this.isWord(k + 1) && !this.is(k + 1, COMPARATIVE)) {
          const end = this.unitFrom(i, value, k + 1);
          if (end >= 0) return end;
        }
        // (A fraction of a name is no count: `setengah Pulau Jawa`, `seperempat Bumi`; a vague number is, `ribuan Taliban`.)
        const head = this.countHead(k) ?? (digits || value === null || value >= 1 ? this.nameHead(i, k) : null);
        if (head && digits && head.next === k + 1 && placeName(head.unit)) return k + 1;
        if (head) return this.emit(i, this.thousandsComma(i, k, head.next, value), 'count', head.next, head.unit);
      }
    }
    // `tiga di antaranya tewas`, `40 lainnya luka-luka`, `9.130 di antaranya kuliah`: a figure before `di antaranya`
    // (of them), `lainnya` (the others) or `sisanya` (the rest, `sembilan sisanya masih dirawat`) counts people or things
    // named before, with no unit, as `keduanya` does.
    // (Not a number inside a name, `Mate 30 lainnya`, `tol JORR 2 lainnya`.)
    if (!year && attached && value !== null && value >= 1 && Number.isInteger(value) && this.ofThemAt(k)
      && !(digits && this.nameWordBefore(i))) return this.emit(i, value, 'count', k, null);
    // `Tujuh dari 13 penumpang`, `tiga dari lima pimpinan KPK`, `1 dari 4 pria`: the part of a whole counted after
    // `dari` (one of them, `satu dari`, is left out as `salah satu` is; not in a name, `Boost 350 dari 2015`).
    // (Nor a rank or a class numbered, `anak ke empat dari delapan`, `level 73 dari 115 negara`, `golongan 2 dari`.)
    if (!year && attached && value !== null && Number.isInteger(value) && (digits ? value >= 1 : value >= 2) && this.partOf(k)
      && !(digits && this.nameWordBefore(i))
      && this.wid(i - 1) !== this.W.ke && !this.is(i - 1, POSITION | SCALE | CLASSIFIER)) return this.emit(i, value, 'count', k, null);
    // `227 tertekan, 176 stabil, dan 187 menguat`, `567 meninggal saat`: a plain whole number right before a verb
    // counts who or what did it, as an item of a list.
    if (!year && attached && plainInt !== null && k === i + 1 && this.verbAfterFigure(i, k)) return this.emit(i, value, 'count', k, null);
    // A bare figure is a quantity only when written as one (`7.628`, `3,35`, `218 ribu`): not a vague word
    // alone (`jutaan`), nor a version or code inside a name (`Industri 4.0`).
    if (year || !digits) return k;
    if (!quantityLike && !(k === i + 1 && plainInt !== null && (this.bareAfterQuantityVerb(i, k) || this.changeFrom(i, k)))) return k;
    // A lone figure with a dot before one or two digits is not written as an Indonesian quantity (that takes
    // a comma, `3,32`): a version (`industri 4.0`, `macOS 10.14`), a model (`Bima 1.2`), a clock time
    // (`hingga 21.00`) or a coordinate. (With a unit or a multiplier it is an English-style decimal, `1.5 juta`;
    // after a scale word too, `magnitudo 4.5`, `level 0.5`.)
    if (k === i + 1 && VERSION.test(this.txt(i)) && !this.markerBefore(i, SCALE)) return k;
    // `Chevrolet Captiva 1,5 Turbo LS`, `Gerakan Nasional 1.000 Startup Digital`, `Alex Marquez EG 0,0 Marc VDS`: a bare
    // figure between a name's word and a capitalised word is part of the name (a model, an edition, a team).
    if (k === i + 1 && this.nameWordBefore(i) && this.isWord(k) && !this.glued(k - 1) && this.spaced(k - 1) && this.upperAt(k)) return k;
    // `(SBG) ke 2.573 di KM 17`: a lone whole number after `ke` is an ordinal, unless `ke` follows a verb of
    // change (`turun ke 212.500`, `naik ke 6.200`).
    if (k === i + 1 && this.wid(i - 1) === this.W.ke && this.spaced(i - 1) && !this.txt(i).includes(',')
      && !(this.isWord(i - 2) && this.spaced(i - 2) && (this.is(i - 2, VERB) || verbish(this.lower(i - 2))))
      // (`naik 0,64% ke 6.276`, `turun 12 poin ke 6.300`: a change stated before it, the level it reaches.)
      && !this.isChar(i - 2, C_PERCENT) && !(this.wid(i - 2) === this.W.persen || this.wid(i - 2) === this.W.poin)) return k;
    return this.emit(i, value, 'count', k, null);
  }

  /**
   * `227 tertekan, 176 stabil, dan 187 menguat`, `156 saham naik, 240 turun`: the plain whole number at piece i, a
   * lower-case verb at piece k after it, is an item of a list of who or what did what, after a comma or `dan` that
   * follows a verb (the item before, or the clause opening the list: `yang diperdagangkan, 227 tertekan`). Elsewhere
   * such a figure is mostly a number in a name (`Realme 5 dibekali`) or an item of a list of numbers (`Pasal 246 dan 247
   * mencantumkan`). (The pieces looked at lie within the two chunks read before the figure's.)
   */
  private verbAfterFigure(i: number, k: number): boolean {
    if (!this.isWord(k) || !this.spaced(k - 1) || !this.verbAt(k)) return false;
    let sep = i - 1;
    if (this.wid(sep) === this.W.dan) { if (this.isChar(sep - 1, C_COMMA)) sep--; } else if (!this.isChar(sep, C_COMMA)) return false;
    return this.isWord(sep - 1) && this.verbAt(sep - 1);
  }

  /** Piece k is a lower-case verb: a bare one of the lexicon or a prefixed form not known as a noun. */
  private verbAt(k: number): boolean {
    return !this.upperAt(k) && (this.is(k, VERB) || (verbForm(this.lower(k)) && !this.is(k, NOUN)));
  }

  /** `dari` and a whole number after it (`dari 13`, `dari lima`), not a year, set apart, at piece k. */
  private partOf(k: number): boolean {
    if (!this.spaced(k - 1) || this.wid(k) !== this.W.dari || !this.spaced(k)) return false;
    if (this.kind(k + 1) === K_DIGITS) { const t = this.txt(k + 1); return !yearLike(t) && !t.includes(','); }
    const nw = this.numberWordAt(k + 1);
    return nw !== undefined && (nw.role === 'atom' || nw.role === 'se');
  }

  /** `lainnya`, `di antaranya`, `diantaranya` (the others, of them) at piece k, set apart from what precedes it. */
  private ofThemAt(k: number): boolean {
    if (!this.spaced(k - 1)) return false;
    const id = this.wid(k);
    if (id === this.W.lainnya || id === this.W.sisanya || id === this.W.diantaranya) return !this.glued(k) || this.kind(k + 1) === K_OTHER;
    return id === this.W.di && this.spaced(k) && this.wid(k + 1) === this.W.antaranya;
  }

  /**
   * `berjumlah 40,`, `sebanyak 244 dan`, `menjadi 987`: a plain whole number (piece i, nothing read after it up to
   * piece k) right after a verb that states how many is a quantity even bare; elsewhere it is mostly a number, a
   * code or a rank. Not before a capitalised word (a name counted, `Sebanyak 30 Anggota DPRD`, or a unit not
   * known, `17 MMscfd`), another figure (`33 573 kasus`), a rank (`menjadi 3 besar`), nor a range or list going
   * on to another figure (`menjadi 15 sampai 20 menit`, `mencapai 51, 72 juta`).
   */
  private bareAfterQuantityVerb(i: number, k: number): boolean {
    if (!this.isWord(i - 1) || !this.spaced(i - 1) || !this.is(i - 1, QUANTITY)) return false;
    if (!this.near(k - 1)) return true;
    if (this.isWord(k)) return !this.upperAt(k) && !this.is(k, RANK) && !(this.is(k, LIST) && this.spaced(k) && this.kind(k + 1) === K_DIGITS);
    if (this.kind(k) === K_DIGITS) return false;
    // (`dengan skor 2:1`: a match score or a ratio glued to its second figure.)
    if (this.isChar(k, C_COLON) && this.glued(k - 1) && this.glued(k) && this.kind(k + 1) === K_DIGITS) return false;
    return !(this.isChar(k, C_COMMA) && this.spaced(k) && this.kind(k + 1) === K_DIGITS);
  }

  /**
   * `naik dari 43 menjadi 54 kecelakaan`, `dari 923, menjadi 1.643 unit`: a plain whole number (piece i, nothing read
   * after it up to piece k) between `dari` and `menjadi` and another figure is the quantity a change starts from, as the
   * figure after `menjadi` is the one it reaches (`dari 2017 ke 2018` stays years: not after `ke`, and years never get here).
   */
  private changeFrom(i: number, k: number): boolean {
    if (this.wid(i - 1) !== this.W.dari || !this.spaced(i - 1)) return false;
    let m = k;
    if (this.isChar(m, C_COMMA) && this.glued(m - 1) && this.spaced(m)) m++;
    else if (!this.spaced(m - 1)) return false;
    const id = this.wid(m);
    return (id === this.W.menjadi || id === this.W.jadi) && this.spaced(m) && this.kind(m + 1) === K_DIGITS;
  }

  /**
   * `152,104 unit`, `1,500 orang`: one comma before exactly three digits, with a counted noun (from piece k, ending
   * before `next`) and no multiplier, groups thousands English-style; 152.104 cars cannot be. Not before a rate
   * (`1,029 gol per laga`), nor for points and times, which take fractions (`2,125 poin`, `1,375 kali`), nor `0,027`.
   */
  private thousandsComma(i: number, k: number, next: number, value: number | null): number | null {
    if (value === null || this.s.kind[i] !== K_DIGITS || this.s.first[i]! === 48) return value;
    const t = this.txt(i);
    if (!ONE_COMMA_GROUP.test(t) || value !== parseDigits(t)?.value) return value;
    const u = this.wid(k);
    if (u >= 0 && (u === this.W.poin || u === this.W.kali)) return value;
    if (this.wid(next) === this.W.per && this.spaced(next - 1)) return value;
    return Number(t.replace(',', ''));
  }

  /**
   * `1 (satu) orang`, `7 (tujuh) aspek`: the figure spelt out in brackets before its counted noun or measure, as
   * police and legal copy writes it; one amount from the figure to the unit. `k` is the opening bracket; returns
   * the piece after the amount, or -1 when the words in brackets are not the same number or no unit follows.
   */
  private spelledOut(i: number, k: number, value: number): number {
    if (!this.glued(k) || this.s.kind[k + 1] !== K_WORD || this.numberWordAt(k + 1) === undefined) return -1;
    const q = this.quantityAt(k + 1, false);
    if (!q || q.value !== value || !this.isChar(q.next, C_RPAREN) || !this.glued(q.next - 1) || !this.spaced(q.next)) return -1;
    return this.unitFrom(i, value, q.next + 1);
  }

  /**
   * A measure unit or else a counted noun at piece u, after words between it and the figure at piece i (`(satu)`,
   * `lebih`): records the amount from i to the unit's end and returns the piece after it, or -1 when there is none.
   */
  private unitFrom(i: number, value: number, u: number): number {
    let mu = this.phraseAt(u, this.index.measureUnit);
    if (mu > 0) {
      // (`1.000 lebih m2`, `5 (lima) km/jam`: a power or a rate's denominator as after the figure itself.)
      mu = this.measureEnd(mu);
      return this.emit(i, value, 'measure', mu, this.text.slice(this.s.start[u]!, this.s.end[mu - 1]!));
    }
    const head = this.countHead(u);
    return head ? this.emit(i, value, 'count', head.next, head.unit) : -1;
  }

  private collective(i: number, value: number): number {
    if (!this.spaced(i)) return i + 1;
    // After a noun it is an ordinal (`penyebab kematian kelima`, `prototipe kedua`); a collective
    // follows a clause boundary, a function word or a verb (`antara kedua negara`, `mengharuskan kedua negara`).
    if (this.afterNoun(i)) return this.collectiveAfterNoun(i, value);
    // `yang kedua` (the second one) is an ordinal; so is one before `kali` (`untuk kedua kali`: for the second time; a
    // count of times is `dua kali`).
    if (this.wid(i - 1) === this.W.yang || this.wid(i + 1) === this.W.kali) return i + 1;
    if (this.upperAt(i) && !this.sentenceStartBefore(i)) return i + 1;
    const head = this.countHead(i + 1);
    // (A capital after it starts a name the ordinal is part of, `Amandemen Kedua`; an acronym is counted as a lower-case
    // noun is, `terhadap kedua DPO tersebut`, `di kedua BUMN`, but not a law's, `kedua UU`.)
    if (!head || (this.upperAt(i + 1) && !(ACRONYM.test(this.txt(i + 1)) && !this.is(i + 1, LAW)))) return i + 1;
    return this.emit(i, value, 'count', head.next, head.unit);
  }

  /**
   * `harga kedua model itu`, `identitas keempat jenazah tersebut`, `Karya kedua seniman itu`: after a noun a
   * collective still counts when a one-word counted noun and a demonstrative follow it, the noun phrase the
   * collective numbers closed (the noun before owns it). An ordinal numbers the noun before it and is rarely
   * followed so; not after a calendar, rank or numbering word (`pekan ketiga Agustus itu`, `tahap kedua proyek ini`).
   * A party of a relation or a contest (`party` in amount-context-words.tsv: `negara`, `tim`, `pihak`) is counted so
   * without a demonstrative: an ordinal would follow it (`tim kedua`), not precede it.
   */
  private collectiveAfterNoun(i: number, value: number): number {
    if (!this.spaced(i - 1) || this.is(i - 1, TIME | BLOCKER | POSITION | RANK | DAYPART | LAW) || this.upperAt(i) || this.upperAt(i + 1)) return i + 1;
    const head = this.countHead(i + 1);
    if (!head) return i + 1;
    // (`hubungan bilateral kedua negara`, `pelatih kedua tim`, `perdamaian kedua belah pihak`: a party is counted so with no demonstrative.)
    if (this.is(i + 1, PARTY)) return this.emit(i, value, 'count', head.next, head.unit);
    if (head.next !== i + 2 || this.wid(i + 1) === this.W.kali || !this.spaced(i + 1) || !this.is(i + 2, DEMONSTRATIVE)) return i + 1;
    return this.emit(i, value, 'count', head.next, head.unit);
  }

  /**
   * A word before piece i that may be a noun: not a function word or a verb (`kedua` after it is an ordinal), nor a
   * word with the clitic -nya, which closes a phrase of its own (`pindahnya ketiga dokter`, `Awalnya kedua kiai`,
   * `Rencananya kedua pejabat`: a nominalised verb or a sentence adverb, the collective starting the next phrase).
   */
  private afterNoun(i: number): boolean {
    if (!this.isWord(i - 1) || this.is(i - 1, FUNCTION | VERB)) return false;
    const w = this.lower(i - 1);
    return !verbish(w) && !(w.length > 5 && w.endsWith('nya'));
  }

  /**
   * `keduanya` (both of them), `ketiganya`: a count of people or things named
   * before, with no unit. After a noun it is an ordinal with a possessive
   * (`anak keduanya`, his second child), as for the collective.
   */
  private pronoun(i: number, value: number): number {
    if (this.afterNoun(i)) return i + 1;
    if (this.upperAt(i) && !this.sentenceStartBefore(i)) return i + 1;
    // (`keduanya-lah`, `keduanya2`: glued to more than punctuation, not the plain word.)
    if (this.glued(i) && this.s.kind[i + 1] !== K_OTHER) return i + 1;
    return this.emit(i, value, 'count', i + 1, null);
  }

  /**
   * A capitalised name counted after a figure that follows a verb or a function word (`membuka 10 Grab
   * Kitchen`, `sebanyak 34 Menteri`, `di 23 Kecamatan`): the name's words, to its end, are the unit. After
   * a noun the figure is mostly a number inside a name (`lapangan 2 Olympic Sports Center`, `realme 5 Pro`),
   * and after `ke` an ordinal (`Hari Jadi ke 54 Kabupaten Tabalong`).
   */
  private nameHead(i: number, k: number): { next: number; unit: string } | null {
    if (!this.upperAt(k) || !this.isWord(i - 1) || !this.spaced(i - 1) || this.wid(i - 1) === this.W.ke) return null;
    // (At a sentence's start only after a function word or a verb of quantity, `Sebanyak 30 Anggota DPRD`, `Dari
    // 24 Kabupaten`: a capitalised word there may as well be a name, `Terminal 2 Bandara`.)
    if (this.upperAt(i - 1)) {
      if (!this.sentenceStartBefore(i - 1) || !this.is(i - 1, FUNCTION | QUANTITY)) return null;
    } else if (!this.is(i - 1, FUNCTION) && !verbish(this.lower(i - 1))) return null;
    let last = -1;
    for (let j = k; this.isWord(j) && (j === k || this.spaced(j - 1)); j++) {
      const t = this.txt(j);
      if (!TITLE_CASE.test(t) || this.is(j, NOT_NOUN | LAW | BLOCKER | RANK) || this.numberWordAt(j) !== undefined || this.lex.currencyPrefixStarts.has(t)) break;
      // A misspelt month is still a date (`9 Septembet 2019`, `9 Febuari`).
      if (t.length >= 6 && misspeltMonth(this.lex, this.lower(j))) break;
      // (A name longer than this is not read at all rather than cut: `lima Kawasan Strategis Pariwisata Nasional Super ...`.)
      if (j - k === MAX_NAME_WORDS) return null;
      last = j;
    }
    if (last < 0) return null;
    // A name going on past its last capitalised word is a code or a foreign name (`dua Tu-160`, `lima Ballon d'Ors`): not cut.
    const endsWell = (j: number): boolean => !this.glued(j) || this.isChar(j + 1, C_SLASH) || (this.kind(j + 1) === K_OTHER && NAME_END.has(this.s.first[j + 1]!));
    if (!endsWell(last)) return null;
    // The acronyms right after it belong to it (`dua Wakil Ketua KPK`, `10 Capim KPK`, `14 Pati TNI`): taken only while
    // the name stays within its word limit and ends well after them (`KPK-nya` is left out, the name kept).
    let acr = last;
    while (this.spaced(acr) && this.isWord(acr + 1) && acr + 1 - k < MAX_NAME_WORDS && ACRONYM.test(this.txt(acr + 1))
      && !this.is(acr + 1, NOT_NOUN | LAW | BLOCKER | RANK) && !this.lex.currencyPrefixStarts.has(this.txt(acr + 1))) acr++;
    if (acr > last && endsWell(acr)) last = acr;
    // `160 Kabupaten/Kota`
    if (last === k && this.isChar(k + 1, C_SLASH) && this.glued(k) && this.glued(k + 1) && this.isWord(k + 2)) last = k + 2;
    return { next: last + 1, unit: this.text.slice(this.s.start[k]!, this.s.end[last]!).replace(SPACE_RUN, ' ') };
  }

  /**
   * The longest compound of `compoundUnits` from the head noun at k, given the trie node after the head:
   * `kedua orang tuanya` is unit `orang tua`, as `empat wakilnya` is `wakil`. Null when none is complete.
   */
  private compoundAt(k: number, node: PhraseNode): { next: number; unit: string } | null {
    let best = -1;
    for (let j = k + 1; this.spaced(j - 1) && this.s.kind[j] === K_WORD; j++) {
      const low = this.lower(j);
      const nx = node.next.get(low);
      if (!nx) {
        const bare = stripNya(low);
        if (bare !== low && node.next.get(bare)?.value !== undefined) {
          const word = stripNya(this.text.slice(this.s.start[j]!, this.s.end[j]!));
          return { next: j + 1, unit: `${this.text.slice(this.s.start[k]!, this.s.start[j]!)}${word}`.replace(SPACE_RUN, ' ') };
        }
        break;
      }
      node = nx;
      if (node.value !== undefined) best = j + 1;
    }
    if (best < 0) return null;
    // `50 anggota Dewan Perwakilan Rakyat`: a compound ending inside a name would cut the name.
    if (this.upperAt(best - 1) && this.spaced(best - 1) && this.isWord(best) && this.upperAt(best)) return null;
    return { next: best, unit: this.text.slice(this.s.start[k]!, this.s.end[best - 1]!).replace(SPACE_RUN, ' ') };
  }

  /** The counted noun phrase at k: `negara`, `rumah industri`, `wilayahnya` (unit `wilayah`), `kabupaten/kota`. */
  private countHead(k: number): { next: number; unit: string } | null {
    if (this.kind(k) !== K_WORD) return null;
    const text = this.txt(k);
    // (A rank word only heads no count: after a noun it describes it, `dua rumah besar`.)
    if (this.is(k, NOT_NOUN | RANK)) return null;
    // (An acronym, or a letter paired across a glued slash with another capital: `38 K/L` (kementerian/lembaga); not a code going on past another slash, `3555 K/PDT/2018`.)
    if (this.upperAt(k) && !ACRONYM.test(text.replace(HYPHEN_NYA, ''))
      && !(text.length === 1 && this.isChar(k + 1, C_SLASH) && this.glued(k) && this.glued(k + 1) && this.isWord(k + 2) && ACRONYM_LETTERS.test(this.txt(k + 2))
        && !(this.glued(k + 2) && this.isChar(k + 3, C_SLASH)))) return null;
    const id = this.wid(k);
    if (id >= 0 && (this.index.numberWord[id] !== undefined || this.index.multiplierKey[id])) return null;
    // `Tiga mengaku ...`: a verb is no counted noun (a few nouns only look like verbs: `menteri`).
    const low = this.lower(k);
    if ((verbForm(low) || shortVerb(low)) && !this.is(k, NOUN)) return null;
    // `satu waktupun`: a clitic-marked word closes the phrase, it is no unit.
    if (cliticWord(low)) return null;
    if (this.is(k, IDIOM) && this.kind(k - 1) !== K_DIGITS) return null;
    // `311 KUHP`, `35 UU ITE`: a figure before a legal code, or a law's abbreviation and its name, is an article
    // number (`ada 74 UU yang` counts laws).
    if (this.kind(k - 1) === K_DIGITS && (this.is(k, CODE) || (this.is(k, LAW) && this.upperAt(k) && this.spaced(k) && this.upperAt(k + 1)))) return null;
    // `juncto 56 ayat 1`, `junctoPasal 27 ayat (1)`, `pasal 304 jo 306 ayat (2)`: a figure before a law marker that is
    // itself numbered is an article number, whatever stands before it (`sebanyak 18 pasal` counts articles).
    if (this.kind(k - 1) === K_DIGITS && this.is(k, LAW) && this.spaced(k)
      && (this.kind(k + 1) === K_DIGITS || (this.isChar(k + 1, C_LPAREN) && this.glued(k + 1) && this.kind(k + 2) === K_DIGITS))) return null;
    // `TP 1330 s/d 1400`: `s/d` (sampai dengan) is a range word, no counted noun.
    if (this.sdAt(k)) return null;
    const clitic = stripNya(text);
    if (clitic !== text) return { next: k + 1, unit: clitic };
    let last = k;
    // `kabupaten/kota`
    if (this.isChar(k + 1, C_SLASH) && this.glued(k) && this.glued(k + 1) && this.isWord(k + 2)) last = k + 2;
    const hStart = this.s.start[k]!;
    let unit = this.text.slice(hStart, this.s.end[last]!);
    if (last === k && this.is(k, CLASSIFIER)) {
      let nameRun = false;
      for (let n = 0; n < MAX_UNIT_EXTENSION; n++) {
        const j = last + 1;
        // (`satu unit sepeda motor warna merah`: an attribute word starts what describes the thing, not its name.)
        if (!this.has(j) || !this.spaced(last) || this.s.kind[j] !== K_WORD || this.is(j, NOT_NOUN | ATTRIBUTE)) break;
        const tj = this.txt(j);
        const upper = this.upperAt(j);
        // A name right after the classifier, to its end (`17 botol Liquid Vape`, `3.000 unit DFSK`); after
        // a lower-case noun a capital starts something else (`dua unit mobil Polda`).
        if (upper && ((n > 0 && !nameRun) || !(ACRONYM.test(tj) || TITLE_CASE.test(tj)))) break;
        nameRun = upper;
        if (!upper && verbish(this.lower(j))) break;
        if (this.numberWordAt(j) !== undefined) break;
        const stripped = stripNya(tj);
        // A -nya word further out is mostly an adverb (`kedua belah pihak tampaknya`, `khususnya`), not the noun's owner.
        if (stripped !== tj && n > 0) break;
        last = j;
        if (stripped !== tj) { unit = `${this.text.slice(hStart, this.s.start[j]!)}${stripped}`; return { next: j + 1, unit: unit.replace(SPACE_RUN, ' ') }; }
        unit = this.text.slice(hStart, this.s.end[j]!);
      }
    }
    // `4 pengunjuk rasa`, `dua kilang minyak`: a lexicalised compound is the whole unit (a free modifier is not, `10 rute baru`).
    if (last === k && id >= 0 && this.index.compoundUnit[id] !== undefined) {
      const c = this.compoundAt(k, this.index.compoundUnit[id]!);
      if (c) return c;
    }
    // `tiga kali lipat`: a tail word belongs to the unit, else the count reads `tiga kali` and `lipat` is lost.
    if (last === k && this.has(k + 1) && this.spaced(k) && this.s.kind[k + 1] === K_WORD && this.is(k + 1, TAIL)) {
      return { next: k + 2, unit: this.text.slice(hStart, this.s.end[k + 1]!).replace(SPACE_RUN, ' ') };
    }
    // (One piece holds no space.)
    return { next: last + 1, unit: last === k ? unit : unit.replace(SPACE_RUN, ' ') };
  }
}

/** The first ASCII digit of the whitespace-delimited chunk starting at `start`, or -1 when it has none. */
function firstDigitOfChunk(text: string, start: number): number {
  for (let e = start, n = text.length; e < n; e++) {
    const c = text.charCodeAt(e);
    if (c >= 48 && c <= 57) return e;
    if (isSpaceUnit(c)) return -1;
  }
  return -1;
}

/** Whether offset `at` lies inside one of the `spans` (clipped to the text's `length`). */
function coveredAt(spans: ReadonlyArray<{ start: number; end: number }>, at: number, length: number): boolean {
  for (const t of spans) if (Math.max(t.start, 0) <= at && at < Math.min(t.end, length)) return true;
  return false;
}

let stems: { lex: AmountLexicon; starts: Set<string>; ends: Set<string> } | undefined;
/**
 * `Septembet`, `Febuari`, `Septemember`: a word that starts like a full month name (three letters) and ends like one
 * (two letters) is taken for a misspelt month.
 */
function misspeltMonth(lex: AmountLexicon, lower: string): boolean {
  if (stems?.lex !== lex) {
    const starts = new Set<string>(), ends = new Set<string>();
    for (const [w, cats] of lex.context) if (cats.has('month') && w.length >= 5) { starts.add(w.slice(0, 3)); ends.add(w.slice(-2)); }
    stems = { lex, starts, ends };
  }
  return stems.starts.has(lower.slice(0, 3)) && stems.ends.has(lower.slice(-2));
}

/**
 * Whether `lower` starts with the first letter of a verb prefix (`me-`, `ber-`, `di-`, `ter-`): the verb-form tests
 * below ask it before their regexes, so most nouns (`orang`, `kasus`, `unit`) cost a character's look, not a regex
 * run (a regex run is the bulk of a counted noun's checks, and each regex is code of its own to fetch on a cold
 * article).
 */
function verbPrefixStart(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return c < 128 && VERB_PREFIX_FIRSTS[c] === 1;
}

/**
 * Per ASCII code, 1 for the first (or last) letter of an alternative in the group `shape` captures of each regex
 * (`^(?:ber|me[mnr]?|di|ter)`, `(?:pun|lah|kah)$`). Throws at load when a regex has no such group: the cheap tests
 * built on it would otherwise rule out what the regex matches.
 */
function alternativeEnds(res: readonly RegExp[], shape: RegExp, end: 'first' | 'last'): Uint8Array {
  const letters = new Uint8Array(128);
  for (const re of res) {
    const group = shape.exec(re.source)?.[1];
    if (!group) throw new Error(`amounts: ${re.source} opens or ends with no plain group of alternatives`);
    for (const alt of group.split('|')) {
      const c = end === 'first' ? alt.charCodeAt(0) : alt.charCodeAt(alt.length - 1);
      if (!(c >= 97 && c <= 122)) throw new Error(`amounts: alternative "${alt}" of ${re.source} does not ${end === 'first' ? 'open' : 'end'} with a letter`);
      letters[c] = 1;
    }
  }
  return letters;
}

/**
 * `Sumedang` in `Sekolah Rakyat Terintegrasi 4 Sumedang` (a headline's title case hides that `Terintegrasi` is part of
 * a name): a figure is not a count of a place, the one word after it a capitalised place name that is no common word
 * as well (`14 Negara` counts countries; `negara` is a root). Asked only of one-word units after a figure.
 */
function placeName(unit: string): boolean {
  if (!TITLE_CASE.test(unit)) return false;
  const low = unit.toLowerCase();
  return loadPlaces().has(low) && !loadRoots().has(low);
}

/** `VERBISH` (a prefixed form, loosely: `berada`, `menjadi`, `dibuka`). */
function verbish(lower: string): boolean {
  return verbPrefixStart(lower) && VERBISH.test(lower);
}

/** `VERB_FORM` (a prefixed verb, strictly). */
function verbForm(lower: string): boolean {
  return verbPrefixStart(lower) && VERB_FORM.test(lower);
}

/** `berada`, `diam`: a verb prefix on a short root, the whole word not a root itself (`berita`, `dinas` are). */
function shortVerb(lower: string): boolean {
  if (!verbPrefixStart(lower)) return false;
  const m = SHORT_VERB_FORM.exec(lower);
  if (!m) return false;
  const roots = loadRoots();
  return roots.has(m[1]!) && !roots.has(lower);
}

/** `waktupun`, `dialah`: a root with an emphatic clitic, the whole word not a root itself (`sekolah`, `rumpun`). */
function cliticWord(lower: string): boolean {
  // (`CLITIC_FORM` needs six letters at least, the last one a clitic's.)
  const n = lower.length;
  const last = lower.charCodeAt(n - 1);
  if (n < CLITIC_MIN_LENGTH || last >= 128 || CLITIC_LASTS[last] !== 1) return false;
  const m = CLITIC_FORM.exec(lower);
  if (!m) return false;
  const roots = loadRoots();
  return roots.has(m[1]!) && !roots.has(lower);
}

/** `wilayahnya` → `wilayah`, `IUP-nya` → `IUP`; words that only end in `nya` by spelling are rare enough after a figure. */
function stripNya(word: string): string {
  const n = word.length;
  // (`HYPHEN_NYA` needs the hyphen fourth from the end.)
  if (n >= 4 && word.charCodeAt(n - 4) === C_HYPHEN && HYPHEN_NYA.test(word)) return word.slice(0, -4);
  if (n > 5 && word.endsWith('nya')) return word.slice(0, -3);
  return word;
}
