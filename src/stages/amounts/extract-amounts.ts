import type { AmountJson } from '../../text/schema.js';
import { amountLexicon, type AmountLexicon, type ContextCategory } from '../../lang/id/amount-lexicon.js';
import { parseDigits } from './parse-digits.js';
import { PieceKind, type Piece } from './word-scan.js';
import { piecesAroundTriggers, piecesNearCandidates, mayBeWord, wordPrefilter, type TriggerTest } from './trigger-windows.js';
import { TokenKindCode, type TokenLayer } from '../../text/layers.js';

// Local copies: read once, not through the module binding on every piece.
const K_DIGITS: PieceKind = PieceKind.Digits;
const K_WORD: PieceKind = PieceKind.Word;
const K_OTHER: PieceKind = PieceKind.Other;
const K_TOKEN_WORD: number = TokenKindCode.word;
/** Token kinds from here on (url, email, hashtag, mention, abbrev) may hide a trigger anywhere inside. */
const K_TOKEN_URL: number = TokenKindCode.url;

/** Values beyond this get a diagnostic (issue 4: numbers beyond 10^15), with a best-effort value. */
export const MAX_TRUSTED_VALUE = 1e15;
/** A classifier takes at most this many following words into the unit (`1 unit pompa kecil`). */
const MAX_UNIT_EXTENSION = 3;
/** Plain four-digit figures in this range read as years unless a unit says otherwise. */
const YEAR_MIN = 1800;
const YEAR_MAX = 2100;
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
}

const VERBISH = /^(?:ber|me[mnr]?|di|ter)[a-z]{3,}/;
/** A verb form by its prefix (`mengaku`, `berharap`, `dipanggil`, `terlihat`), strict enough to spare `meter`, `dinas`, `berita`. */
const VERB_FORM = /^(?:me[mnr]|ber|di|ter)\p{Ll}{4,}$/u;
const ACRONYM = /^[A-Z]{2,6}$/;
const UPPER_START = /^\p{Lu}/u;
const RANGE_WORDS = new Set(['hingga', 'sampai']);

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
 * Pieces kept before the first and after the last trigger of a window. The
 * grammar looks back at most two pieces (`ke-36`, `No. 31`) and, after the
 * last figure or number word, through `-an`, multipliers, a vague word and
 * a unit of at most a few words (`kabupaten/kota`, a classifier and three
 * more words): measured over 4,000 news articles it never went past six.
 */
const LOOK_BEHIND = 3;
const LOOK_AHEAD = 14;

interface AmountTriggers extends TriggerTest {
  /** Digit groups and currency symbols, in one native scan. */
  readonly charsRe: RegExp;
}

let triggers: AmountTriggers | undefined;

/** The pieces `AmountReader.mayStart` accepts: digits, number words as written, currency prefix starts. */
function amountTriggers(lex: AmountLexicon): AmountTriggers {
  if (triggers) return triggers;
  const words = new Set<string>();
  const chars = new Set<number>();
  for (const w of lex.numberWordForms) words.add(w);
  for (const s of lex.currencyPrefixStarts) {
    if (/^\p{L}/u.test(s)) words.add(s);
    else chars.add(s.charCodeAt(0));
  }
  const cls = [...chars].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
  const charsRe = new RegExp(`[0-9][0-9.,]*${cls ? `|[${cls}]` : ''}`, 'g');
  triggers = { ...wordPrefilter(words), words, chars, digits: true, charsRe };
  return triggers;
}

/**
 * Where an amount may start, from the tokens layer: every digit group and
 * currency symbol (one native regex scan), and each word token whose first
 * letters and word match a number word or currency prefix. Tokens of the
 * rarer kinds (urls, hashtags, abbreviations...) are always candidates.
 */
function candidates(folded: string, tokens: TokenLayer, trig: AmountTriggers): number[] {
  const a: number[] = [];
  const re = trig.charsRe;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) a.push(m.index);
  const b: number[] = [];
  const { start, end, kind, count } = tokens;
  for (let t = 0; t < count; t++) {
    const k = kind[t]!;
    const s = start[t]!;
    if (k >= K_TOKEN_URL) { b.push(s); continue; }
    if (k !== K_TOKEN_WORD) continue;
    // A clean word token is exactly the word piece the scanner reads at s.
    const e = end[t]!;
    if (!mayBeWord(trig, folded, s, e)) continue;
    if (trig.words.has(folded.slice(s, e))) b.push(s);
  }
  if (!b.length) return a;
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

class AmountReader {
  private p: Piece[] = [];
  private readonly out: AmountJson[] = [];
  private readonly problems: AmountProblem[] = [];
  private readonly taken: ReadonlyArray<{ start: number; end: number }> | null;
  private readonly tokens: TokenLayer | undefined;

  constructor(private readonly text: string, private readonly folded: string, private readonly lex: AmountLexicon, options: ExtractOptions) {
    this.taken = options.taken?.length ? options.taken : null;
    this.tokens = options.tokens;
  }

  run(): { amounts: AmountJson[]; problems: AmountProblem[] } {
    // Only the few places where a figure can start are read, each with its neighbourhood.
    const trig = amountTriggers(this.lex);
    const windows = this.tokens
      ? piecesNearCandidates(this.folded, candidates(this.folded, this.tokens, trig), trig, LOOK_BEHIND, LOOK_AHEAD)
      : piecesAroundTriggers(this.folded, trig, LOOK_BEHIND, LOOK_AHEAD);
    for (const { pieces, hits } of windows) {
      this.p = pieces;
      this.lowers = new Array(pieces.length);
      // Pieces between triggers cannot start an amount: jump from one trigger to the next not yet consumed.
      let i = 0;
      for (const h of hits) if (h >= i) i = this.at(h);
    }
    return { amounts: this.out, problems: this.problems };
  }

  // ---- small helpers over pieces -------------------------------------------------

  private lowers: Array<string | undefined> = [];
  private lower(i: number): string {
    const piece = this.p[i];
    if (!piece) return '';
    return (this.lowers[i] ??= piece.text.toLowerCase());
  }
  private is(i: number, cat: ContextCategory): boolean { return this.lex.context.get(this.lower(i))?.has(cat) ?? false; }
  private glued(i: number): boolean { return i + 1 < this.p.length && this.p[i]!.end === this.p[i + 1]!.start; }
  /** Pieces i and i+1 are separated by spaces only (same line). */
  private spaced(i: number): boolean {
    const a = this.p[i], b = this.p[i + 1];
    if (!a || !b) return false;
    for (let c = a.end; c < b.start; c++) {
      const ch = this.text.charCodeAt(c);
      if (ch === 10 || ch === 13 || !(ch === 32 || ch === 9 || ch === 0xa0 || ch === 0x202f || (ch >= 0x2000 && ch <= 0x200a))) return false;
    }
    return true;
  }
  private near(i: number): boolean { return this.glued(i) || this.spaced(i); }
  private isWord(i: number): boolean { return this.p[i]?.kind === K_WORD; }

  private currencyPrefixAt(i: number): { iso: string; next: number } | null {
    let best: { iso: string; next: number } | null = null;
    let s = '';
    for (let k = i; k < Math.min(this.p.length, i + 3); k++) {
      if (k > i && !this.glued(k - 1)) break;
      s += this.p[k]!.text;
      const iso = this.lex.currencyPrefixes.get(s);
      if (iso) best = { iso, next: k + 1 };
    }
    return best;
  }

  private multiplierAt(i: number, money: boolean): number | null {
    const piece = this.p[i];
    if (!piece || piece.kind !== K_WORD) return null;
    // `juta-an` (about a million): the multiplier with the approximating suffix.
    const text = piece.text.endsWith('-an') ? piece.text.slice(0, -3) : piece.text;
    const m = this.lex.multipliers.get(text) ?? this.lex.multipliers.get(text.toLowerCase());
    if (!m || (m.caseSensitive && !this.lex.multipliers.has(text)) || (m.moneyOnly && !money)) return null;
    return m.factor;
  }

  /** Longest word sequence from i (space-separated) found in `table`; returns the piece index after it. */
  private phraseAt(i: number, has: (key: string) => boolean, maxWords: number): number {
    let best = -1;
    let key = '';
    for (let k = i; k < Math.min(this.p.length, i + maxWords); k++) {
      if (!this.isWord(k) && this.p[k]!.kind !== K_OTHER) break;
      if (k > i && !this.spaced(k - 1)) break;
      key = k === i ? this.lower(k) : `${key} ${this.lower(k)}`;
      if (has(key)) best = k + 1;
    }
    return best;
  }

  // ---- quantities -------------------------------------------------------------

  private quantityAt(i: number, money: boolean): Quantity | null {
    const piece = this.p[i];
    if (!piece) return null;
    if (piece.kind === K_DIGITS) {
      const d = parseDigits(piece.text);
      if (!d) return null;
      let value: number | null = d.value;
      let k = i + 1;
      let multiplied = false;
      // `300-an warga` (some three hundred): the approximating suffix stays in the span; not after a year (`1990-an`).
      if (!d.separated && !(piece.text.length === 4 && +piece.text >= YEAR_MIN && +piece.text <= YEAR_MAX)
        && this.p[k]?.text === '-' && this.glued(k - 1) && this.lower(k + 1) === 'an' && this.glued(k)) k += 2;
      for (let f = this.near(k - 1) ? this.multiplierAt(k, money) : null; f !== null; f = this.near(k - 1) ? this.multiplierAt(k, money) : null) {
        value *= f;
        multiplied = true;
        k++;
      }
      // `Rp 150 ribuan` (about 150 thousand): a vague thousands word after a figure multiplies it.
      const vague = this.spaced(k - 1) ? this.lex.numberWords.get(this.lower(k)) : undefined;
      if (vague?.role === 'vague' && vague.value >= VAGUE_MULTIPLIER_MIN) { value *= vague.value; multiplied = true; k++; }
      return { next: k, value, quantityLike: d.separated || multiplied, plainInt: d.separated ? null : piece.text, digits: true, multiplied };
    }
    if (piece.kind !== K_WORD) return null;
    const first = this.lex.numberWords.get(piece.text.toLowerCase());
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
    for (; k < this.p.length; k++) {
      if (k > i && !this.spaced(k - 1)) break;
      if (!this.isWord(k)) break;
      const w = this.lower(k);
      const nw = this.lex.numberWords.get(w);
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
    if (this.lower(k) === 'per' && this.spaced(k - 1) && this.spaced(k)) {
      const den = this.lex.numberWords.get(this.lower(k + 1));
      if (den && (den.role === 'atom' || den.role === 'se') && den.value > 0) { value /= den.value; k += 2; }
    }
    return { next: k, value, quantityLike: multiplied, plainInt: null, digits: false, multiplied };
  }

  // ---- guards -----------------------------------------------------------------

  /** The figure starting at piece i is a code, ordinal, law number, age, clock time or part of a date. */
  private blockedBefore(i: number): boolean {
    const prev = this.p[i - 1];
    if (!prev) return false;
    if (prev.end === this.p[i]!.start) {
      // Glued to what precedes: `NO2`, `S1`, `I/2019`, `+62`, `ke-36`.
      if (prev.kind !== K_OTHER) return true;
      if (prev.text === '/' || prev.text === '+' || prev.text === '#') return true;
      // `ke-36` is an ordinal.
      if (prev.text === '-' && this.lower(i - 2) === 'ke' && this.glued(i - 2)) return true;
    }
    let w = i - 1;
    if (this.p[w]!.text === '.' && w > 0) w--; // `No. 31`
    return this.isWord(w) && (this.is(w, 'blocker') || this.is(w, 'law') || this.is(w, 'month'));
  }

  /** A law, article or code marker before piece i (`Pasal 5`, `No. 31`): never an amount. */
  private lawBefore(i: number): boolean {
    let w = i - 1;
    if (this.p[w]?.text === '.' && w > 0) w--;
    return this.isWord(w) && this.is(w, 'law');
  }

  private isTaken(start: number, end: number): boolean {
    if (!this.taken) return false;
    const n = this.text.length;
    for (const t of this.taken) if (Math.max(t.start, 0, start) < Math.min(t.end, n, end)) return true;
    return false;
  }

  private sentenceStartBefore(i: number): boolean {
    const prev = this.p[i - 1];
    if (!prev) return true;
    if (prev.kind === K_OTHER) return true;
    return /\n/.test(this.text.slice(prev.end, this.p[i]!.start));
  }

  // ---- one candidate ----------------------------------------------------------

  /** Try an amount at piece i; returns the piece index to continue from. */
  /** Can an amount start at piece i at all? Most words cannot; checking first keeps the scan cheap. */
  private mayStart(i: number): boolean {
    const piece = this.p[i]!;
    if (piece.kind === K_DIGITS) return true;
    if (this.lex.currencyPrefixStarts.has(piece.text)) return true;
    return piece.kind === K_WORD && this.lex.numberWordForms.has(piece.text);
  }

  private at(i: number): number {
    if (!this.mayStart(i)) return i + 1;
    const start = this.p[i]!;
    let money: string | null = null;
    let qi = i;
    const prefix = this.currencyPrefixAt(i);
    if (prefix && prefix.next < this.p.length && this.near(prefix.next - 1)) {
      const q = this.quantityAt(prefix.next, true);
      if (q) { money = prefix.iso; qi = prefix.next; }
    }
    if (start.kind === K_WORD && !money) {
      const nw = this.lex.numberWords.get(start.text.toLowerCase());
      if (nw?.role === 'collective') return this.collective(i, nw.value);
      if (nw && UPPER_START.test(start.text) && !this.sentenceStartBefore(i)) return i + 1; // `Program Tiga Juta Rumah`
    }
    const q = this.quantityAt(qi, money !== null);
    if (!q) return i + 1;
    const skipTo = Math.max(q.next, i + 1);
    // A unit after the figure overrides a time-ish word before it (`per tahun 700 kg`).
    if (this.blockedBefore(i) && !(this.unitKindAt(q.next, money !== null) && !this.lawBefore(i))) return skipTo;
    if (q.digits && q.plainInt && q.plainInt.length > 1 && q.plainInt.startsWith('0')) return skipTo; // `RW 09`, phone numbers
    if (this.isTaken(start.start, this.p[q.next - 1]!.end)) return skipTo;
    if (!q.digits && !money && this.lower(i - 1) === 'salah') return skipTo; // `salah satu`

    let k = q.next;
    let value = q.value;
    let multiplied = q.multiplied;
    let quantityLike = q.quantityLike;
    // Range: `4-5 titik api`, `Rp 2-3 juta`, `500 hingga 5.500 kilometer` (valued at the start).
    const conn = this.p[k];
    if (conn && this.near(k - 1) && ((conn.text === '-' && q.digits) || RANGE_WORDS.has(conn.text.toLowerCase()))) {
      const q2i = k + 1;
      if (this.near(k) && this.p[q2i] && (this.p[q2i]!.kind === K_DIGITS) === q.digits) {
        const q2 = this.quantityAt(q2i, money !== null);
        if (q2 && (conn.text === '-' || this.unitKindAt(q2.next, money !== null) !== null || q2.multiplied)) {
          if (this.lookAheadIsDate(q2.next)) return q2.next;
          if (!multiplied && q2.multiplied && value !== null && q2.value !== null && this.p[q2i]!.kind === K_DIGITS) {
            const base = parseDigits(this.p[q2i]!.text)?.value;
            if (base) value *= q2.value / base;
          }
          multiplied ||= q2.multiplied;
          quantityLike ||= q2.quantityLike;
          k = q2.next;
        }
      }
    }
    if (this.lookAheadIsDate(k)) return k;
    // `Rp 16.400-an`
    if (money && this.p[k]?.text === '-' && this.glued(k - 1) && this.lower(k + 1) === 'an' && this.glued(k)) k += 2;
    return this.finish(i, k, value, money, quantityLike, q.plainInt, q.digits);
  }

  /** Does a date or clock time start at piece k (`20 April`, `10.00 WIB`)? */
  private lookAheadIsDate(k: number): boolean {
    if (!this.p[k]) return false;
    if (this.p[k]!.text === '/' && this.glued(k - 1) && this.p[k + 1]?.kind === K_DIGITS) return true;
    return this.near(k - 1) && this.isWord(k) && (this.is(k, 'month') || this.is(k, 'zone'));
  }

  private unitKindAt(k: number, money: boolean): 'percent' | 'money' | 'measure' | null {
    if (!this.p[k]) return null;
    if (this.p[k]!.text === '%' || this.lower(k) === 'persen' || this.lower(k) === 'persennya') return 'percent';
    if (!money && this.phraseAt(k, (s) => this.lex.currencySuffixes.has(s), this.lex.currencySuffixMaxWords) > 0) return 'money';
    if (this.phraseAt(k, (s) => this.lex.measureUnits.has(s), this.lex.measureUnitMaxWords) > 0) return 'measure';
    return null;
  }

  private finish(i: number, k: number, value: number | null, money: string | null, quantityLike: boolean, plainInt: string | null, digits: boolean): number {
    const startOff = this.p[i]!.start;
    const year = plainInt !== null && plainInt.length === 4 && +plainInt >= YEAR_MIN && +plainInt <= YEAR_MAX;
    const u = this.p[k];
    const attached = u !== undefined && this.near(k - 1);
    const emit = (kind: AmountJson['kind'], endPiece: number, unit: string | null, endOff?: number): number => {
      const end = endOff ?? this.p[endPiece - 1]!.end;
      // `538,70 triliun` is 538700000000000, not ...000.06: drop binary noise past 15 significant digits.
      // (An integer under 10^15 is already exact: skip the string round trip.)
      let v = value === null ? null : Number.isInteger(value) && Math.abs(value) < 1e15 ? value : Number(value.toPrecision(15));
      if (v !== null && Math.abs(v) > MAX_TRUSTED_VALUE) {
        // Kept as a best-effort value (`Rp 10.300 triliun` is real), but flagged: past 2^53 digits are lost.
        this.problems.push({ start: startOff, end, message: `figure beyond 10^15 (${v}); check the value` });
        if (!Number.isFinite(v)) v = null;
      }
      this.out.push({ start: startOff, end, text: this.text.slice(startOff, end), kind, value: v, unit });
      return endPiece;
    };
    if (money) {
      if (attached && this.glued(k - 1) && u!.kind === K_WORD && !this.lex.multipliers.has(u!.text)) return k; // `Rp5x`
      return emit('money', k, money);
    }
    if (attached) {
      const lw = u!.text.toLowerCase();
      if (u!.text === '%') return emit('percent', k + 1, '%');
      if (lw === 'persen' || lw === 'persennya') return emit('percent', k + 1, u!.text.slice(0, 6), u!.start + 6);
      const cur = this.phraseAt(k, (s) => this.lex.currencySuffixes.has(s), this.lex.currencySuffixMaxWords);
      if (cur > 0 && this.spaced(k - 1)) {
        const key = this.p.slice(k, cur).map((x) => x.text.toLowerCase()).join(' ');
        return emit('money', cur, this.lex.currencySuffixes.get(key)!);
      }
      let mu = this.phraseAt(k, (s) => this.lex.measureUnits.has(s), this.lex.measureUnitMaxWords);
      if (mu > 0 && (digits || this.spaced(k - 1))) {
        // `km2`, `m3`: a power glued to the unit.
        if (this.glued(mu - 1) && this.p[mu]?.kind === K_DIGITS && /^[23]$/.test(this.p[mu]!.text)) mu++;
        const unitStart = this.p[k]!.start;
        return emit('measure', mu, this.text.slice(unitStart, this.p[mu - 1]!.end));
      }
      if (u!.kind === K_WORD && (this.is(k, 'time') || this.is(k, 'month') || this.is(k, 'zone'))) return k + 1;
      // `2x` (two times), glued.
      if (digits && this.glued(k - 1) && lw === 'x') return emit('count', k + 1, 'x');
      if (this.glued(k - 1) && u!.kind !== K_OTHER) return k + 1; // `4G`, `10K`: a code
      if (year) return k;
      // `Sheila On 7 batal`: a figure right after a capitalised word mid-sentence is part of a name.
      const namePart = digits && this.isWord(i - 1) && UPPER_START.test(this.p[i - 1]!.text) && !this.sentenceStartBefore(i - 1);
      if (u!.kind === K_WORD && this.spaced(k - 1) && !namePart) {
        const head = this.countHead(k, value);
        if (head) return emit('count', head.next, head.unit);
      }
    }
    // A bare figure is a quantity only when written as one (`7.628`, `3,35`, `218 ribu`): not a vague word
    // alone (`jutaan`), nor a version or code inside a name (`Industri 4.0`).
    if (year || !quantityLike || !digits) return k;
    // (A version reads with a dot after a name, `Industri 4.0`, `Web 2.0`; a score after a name is a
    // quantity in Indonesian writing, `Kemenlu 3,32`.)
    if (this.isWord(i - 1) && UPPER_START.test(this.p[i - 1]!.text) && /^\d+\.\d{1,2}$/.test(this.p[i]!.text)) return k;
    return emit('count', k, null);
  }

  private collective(i: number, value: number): number {
    if (!this.spaced(i)) return i + 1;
    // After a noun it is an ordinal (`penyebab kematian kelima`, `prototipe kedua`); a collective
    // follows a clause boundary, a function word or a verb (`antara kedua negara`, `mengharuskan kedua negara`).
    if (this.isWord(i - 1) && !this.is(i - 1, 'function') && !VERBISH.test(this.lower(i - 1))) return i + 1;
    if (UPPER_START.test(this.p[i]!.text) && !this.sentenceStartBefore(i)) return i + 1;
    const head = this.countHead(i + 1, value);
    if (!head || UPPER_START.test(this.p[i + 1]!.text)) return i + 1;
    const startOff = this.p[i]!.start;
    const end = this.p[head.next - 1]!.end;
    this.out.push({ start: startOff, end, text: this.text.slice(startOff, end), kind: 'count', value, unit: head.unit });
    return head.next;
  }

  /** The counted noun phrase at k: `negara`, `rumah industri`, `wilayahnya` (unit `wilayah`), `kabupaten/kota`. */
  private countHead(k: number, value: number | null): { next: number; unit: string } | null {
    const h = this.p[k];
    if (!h || h.kind !== K_WORD) return null;
    const w = h.text.toLowerCase();
    if (!this.okNoun(k)) return null;
    if (UPPER_START.test(h.text) && !ACRONYM.test(h.text.replace(/-nya$/i, ''))) return null;
    if (this.lex.numberWords.has(w) || this.lex.multipliers.has(w)) return null;
    // `Tiga mengaku ...`: a verb is no counted noun (a few nouns only look like verbs: `menteri`).
    if (VERB_FORM.test(w) && !this.is(k, 'noun')) return null;
    if (this.is(k, 'idiom') && !/^\d/.test(this.p[k - 1]?.text ?? '')) return null;
    const clitic = stripNya(h.text);
    if (clitic !== h.text) return { next: k + 1, unit: clitic };
    let last = k;
    // `kabupaten/kota`
    if (this.p[k + 1]?.text === '/' && this.glued(k) && this.glued(k + 1) && this.isWord(k + 2)) last = k + 2;
    let unit = this.text.slice(h.start, this.p[last]!.end);
    if (last === k && this.is(k, 'classifier')) {
      for (let n = 0; n < MAX_UNIT_EXTENSION; n++) {
        const j = last + 1;
        const pj = this.p[j];
        if (!pj || !this.spaced(last) || pj.kind !== K_WORD || !this.okNoun(j)) break;
        const upper = UPPER_START.test(pj.text);
        if (upper && (n > 0 || !(ACRONYM.test(pj.text) || /^\p{Lu}\p{Ll}+$/u.test(pj.text)))) break;
        if (!upper && VERBISH.test(pj.text.toLowerCase())) break;
        if (this.lex.numberWords.has(pj.text.toLowerCase())) break;
        const stripped = stripNya(pj.text);
        last = j;
        if (stripped !== pj.text) { unit = `${this.text.slice(h.start, pj.start)}${stripped}`; return { next: j + 1, unit: unit.replace(/\s+/g, ' ') }; }
        unit = this.text.slice(h.start, pj.end);
      }
    }
    return { next: last + 1, unit: unit.replace(/\s+/g, ' ') };
  }

  private okNoun(k: number): boolean {
    return !(this.is(k, 'function') || this.is(k, 'time') || this.is(k, 'month') || this.is(k, 'zone'));
  }
}

/** `wilayahnya` → `wilayah`, `IUP-nya` → `IUP`; words that only end in `nya` by spelling are rare enough after a figure. */
function stripNya(word: string): string {
  if (/-nya$/i.test(word)) return word.slice(0, -4);
  if (word.length > 5 && /nya$/.test(word)) return word.slice(0, -3);
  return word;
}
