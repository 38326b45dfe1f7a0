import type { ClusterJson, EntityJson, QuoteJson } from '../../text/schema.js';
import { quoteLexicon, type CueKind, type QuoteLexicon } from '../../lang/id/quote-lexicon.js';
import { nonPersonNameWords, nonPersonSuffixWords, titleKind } from '../../lang/id/person-titles.js';
import { lowerWordList } from '../../lang/id/tsv-file.js';
import { isUpperUnit, K_DIGITS, K_OTHER, K_WORD, Pieces } from './pieces.js';
import { pairQuoteMarks, type MarkPair } from './quote-marks.js';
import { quoteSegments, sentenceSegments, type BreakCandidates, type Segment } from './segments.js';
import { collapseSpaces, isJsSpace } from '../../text/spaces.js';
import { WordTable } from '../../text/word-table.js';
import { letterShapes } from './letter-shapes.js';
import { WordBloom } from './word-bloom.js';
import { ACTIVE_OR_PASSIVE, holdsWordRun, roleHead, SpeakerReader, VERBISH, W, wordBits, wordCount, type CapRun, type SpeakerPhrase } from './speaker-phrase.js';

/** A speaker phrase written after a cue ends within this many words (`kata Kepala Dinas ... Budi`). */
const MAX_SPEAKER_WORDS = 10;
/** Comma groups an office written after a cue may run over before the name (`nameAfterOffice`). */
const MAX_OFFICE_GROUPS = 6;
/** A subject longer than this before a cue verb is not a speaker phrase. */
const MAX_SUBJECT_WORDS = 25;
/** ... and one longer than this needs a name or a pronoun in it. */
const MAX_PLAIN_SUBJECT_WORDS = 8;
/** Between a closing mark and its cue verb (`," Pratikno menambahkan`), at most this many words. */
const MAX_WORDS_BEFORE_LATE_CUE = 6;
/** A quoted span with no cue is a quote only when it opens its sentence and has at least this many words. */
const MIN_UNCUED_QUOTE_WORDS = 4;
/** A clause reported without `bahwa` (`mengakui pasien tidak ...`) has a subject of at most this many words. */
const MAX_CLAUSE_SUBJECT_WORDS = 4;
/** `X, kata dia, ...`: a cue this close to the sentence start is mid-sentence, so the whole sentence is the quote. */
const MAX_MID_CUE_PREFIX_WORDS = 3;
/** A line of at least this many words, most of them capitalised, is a headline (`Video: Prabowo Puji Jokowi ...`). */
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_CAPS_SHARE = 0.7;
/** A fuller form of a name has at most this many words (`Laode Muhammad Syarif` has three). */
const MAX_NAME_WORDS = 5;
/** An apposition after a name (`, 59 tahun,`, `, Kepala Dinas X,`) spans at most this many pieces. */
const MAX_APPOSITION_PIECES = 12;
/** A passive or stative verb form (`diragukan`, `terlihat`): its subject does not speak. */
const PASSIVE = /^(?:di|ter)\p{Ll}{3,}$/u;
/** A `ter-` form, after a noun often an adjective (`terbatas`, `terbesar`). */
const TER_WORD = /^ter\p{Ll}{3,}$/u;
/** An active verb form (`menyediakan`, `berbicara`); unlike VERBISH, not `medis` or `dinas`. */
const ACTIVE_VERB = /^(?:me[mn]|ber)\p{Ll}{3,}$/u;
/** An active form, `me-` before any root (`merupakan`, `melihat`) or `ber-`. */
const ACTIVE_FORM = /^(?:me|ber)\p{Ll}{3,}$/u;
/** An initial or a two-letter short form before a name (`AM` in `AM Fachir`, `M.`). */
const INITIAL_WORD = /^(?:\p{Lu}{1,2}\.?)$/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** Link words inside an office between a credit cue and its name (data/id/quote-office-links.txt). */
const officeLinks = lowerWordList('quote-office-links.txt');
/** `di`, `pada`: links only before a comma or (`pada`) between capitalised words (data/id/quote-office-place-links.txt). */
const officePlaceLinks = lowerWordList('quote-office-place-links.txt');
/** Pieces an office between a credit cue and its name may run over (`afterCreditCue`). */
const MAX_OFFICE_PIECES = 40;
const COMMA = 44, COLON = 58, DOT = 46, QUOTE = 34, OPEN_PAREN = 40, CLOSE_PAREN = 41, AMPERSAND = 38, HYPHEN = 45;
/** The `U` of a team's age group (`U19`, `U-16`): a shape, not a word. */
const CAPITAL_U = 85;

/** Inputs beyond the text that sharpen the result when an earlier stage produced them. */
export interface QuoteOptions {
  readonly sentences?: ReadonlyArray<{ start: number; end: number }>;
  readonly entities?: readonly EntityJson[];
  /** The persons stage's entity clusters: a person speaker is named after the cluster holding the mention. */
  readonly clusters?: readonly ClusterJson[];
}

/** A problem worth a diagnostic (an unpaired quotation mark). */
export interface QuoteProblem { start: number; end: number; message: string }

/** `framed`: a passive report of a document named before it (`Dalam pasal 25 dijelaskan ...`), no one's speech. */
type Mode = 'phrase' | 'passive' | 'context' | 'framed';
type CueSpan = { start: number; end: number; text: string };
interface Found {
  kind: 'direct' | 'indirect';
  cStart: number;
  cEnd: number;
  cue: CueSpan | null;
  speaker: SpeakerPhrase | null;
  mode: Mode;
  /** Where the attribution sits, for resolving pronouns against what came before. */
  anchor: number;
}

/**
 * A cue word at a piece: its kinds (`CK_*` bits), the length of its base (`ujar` of `ujarnya`), and whether it
 * carries the clitic `-nya`. Kinds are bits rather than a set: a test is then one AND, with no set to touch.
 */
interface Cue { readonly kinds: number; readonly baseLen: number; readonly clitic: boolean }

const CK_VERB = 1, CK_BAHWA = 2, CK_POST = 4, CK_CLOSING = 8, CK_MENURUT = 16, CK_PASSIVE = 32, CK_CREDIT = 64, CK_APPEAL = 128, CK_EXPRESSES = 256;
const CUE_KIND_BIT: Readonly<Record<CueKind, number>> = { verb: CK_VERB, bahwa: CK_BAHWA, post: CK_POST, closing: CK_CLOSING, menurut: CK_MENURUT, passive: CK_PASSIVE, credit: CK_CREDIT, appeal: CK_APPEAL, expresses: CK_EXPRESSES };

/** The `CK_*` bits of a set of cue kinds. */
function cueKindBits(kinds: ReadonlySet<CueKind>): number {
  let b = 0;
  for (const k of kinds) b |= CUE_KIND_BIT[k];
  return b;
}

/**
 * `inner`: a subject that does not open its clause (see `opensSentence`), passed over when a speaker is continued;
 * undefined until asked, and never for a speaker (`speaker`).
 */
interface NamedMention { start: number; end: number; name: string; speaker?: boolean; inner?: boolean }
/** A tagger's person (widened over a rank before it); `place`: whether it is a place name, -1 until asked. */
interface TaggedPerson { start: number; end: number; text: string; place: number }
interface PersonRun { start: number; end: number; name: string; titled: boolean }
/**
 * A mention that may be a narrative one (see `mentionCandidates`), from one of three sources (the others null);
 * `mention` is what it is as a narrative mention once `checked`.
 */
interface MentionCandidate {
  readonly start: number;
  readonly end: number;
  readonly run: PersonRun | null;
  readonly tagged: TaggedPerson | null;
  readonly speaker: SpeakerPhrase | null;
  checked: boolean;
  mention: NamedMention | null;
}

/** Punctuation trimmed off the start of a quote's content (and white space). */
function leadTrim(c: number): boolean { return c === 44 || c === 58 || c === 59 || c === 45 || isJsSpace(c); }
/** ... and off its end: terminators, clause marks, a closing mark. */
function tailTrim(c: number): boolean { return c === 46 || c === 33 || c === 63 || c === 44 || c === 59 || c === 58 || c === 34 || isJsSpace(c); }

/**
 * Find direct and indirect quotes in Indonesian news and resolve their
 * speakers, following ../shared/gold/GUIDELINES.md: direct quotes in
 * double marks (titles and scare quotes told apart), indirect speech after
 * cue words (`X mengatakan, ...`, `Menurut X, ...`, `..., kata X.`, `X,
 * katanya, ...`, `Ditegaskan, ...`), the speaker mention as written and
 * `speaker_name` as the person's fullest name in the article (null for
 * organisations, places and anonymous sources).
 *
 * @example
 * const t = '"Kami siap," kata Budi Santoso.';
 * extractQuotes(t, t).quotes[0]; // { kind: 'direct', content: 'Kami siap,', speaker_name: 'Budi Santoso', ... }
 */
export function extractQuotes(text: string, folded: string, options: QuoteOptions = {}): { quotes: QuoteJson[]; problems: QuoteProblem[] } {
  return new QuoteFinder(text, folded, quoteLexicon(), options).run();
}

interface CueTables {
  lex: QuoteLexicon;
  /** The cue words (value: their index in the lexicon's order). */
  table: WordTable;
  /** Per cue word, the cue it is when written whole (`katanya` is `kata` with the clitic: see `lookUpCue`). */
  whole: Cue[];
  /** Per cue word, the cue it is with `-nya` attached when that spelling is not listed itself (`menurutnya`), else null. */
  withNya: Array<Cue | null>;
  /** The lexicon's cue prefilter for words with ASCII letters at both ends, 26 x 26 entries (a small table stays in cache). */
  shapes: Uint32Array;
  /** Every word `lookUpCue` finds a cue in, but a closing cue alone: a second prefilter, by the whole word. */
  bloom: WordBloom;
}

/** The cue words and what each one is, built once per lexicon (a cue is then looked up, never built, per word). */
let cueTables: CueTables | null = null;
function cueTable(lex: QuoteLexicon): CueTables {
  if (cueTables?.lex !== lex) {
    const words = [...lex.cues.keys()];
    const whole: Cue[] = [], withNya: Array<Cue | null> = [];
    const found: string[] = [];
    for (const w of words) {
      const kinds = cueKindBits(lex.cues.get(w)!);
      const base = w.length >= 3 && w.endsWith('nya') ? lex.cues.get(w.slice(0, -3)) : undefined;
      const baseBits = base ? cueKindBits(base) : 0;
      whole.push(baseBits & (CK_POST | CK_CLOSING) ? { kinds, baseLen: w.length - 3, clitic: true } : { kinds, baseLen: w.length, clitic: false });
      withNya.push(kinds & (CK_POST | CK_CLOSING | CK_MENURUT) ? { kinds, baseLen: w.length, clitic: true } : null);
      if (kinds !== CK_CLOSING) found.push(w, `${w}nya`);
    }
    cueTables = {
      lex, table: new WordTable(words.map((w, i) => [w, i] as const)), whole, withNya, shapes: letterShapes(lex.cueShapes), bloom: new WordBloom(found),
    };
  }
  return cueTables;
}

let pronounLengths: { lex: QuoteLexicon; max: number } | null = null;
/** The length of the longest pronoun in the lexicon: a longer word is none (lower-casing never shortens a word). */
function longestPronoun(lex: QuoteLexicon): number {
  if (pronounLengths?.lex !== lex) {
    let max = 0;
    for (const [w, cats] of lex.speakerWords) if (cats.has('pronoun')) max = Math.max(max, w.length);
    pronounLengths = { lex, max };
  }
  return pronounLengths.max;
}

/** Whether the string holds white space (`/\s/`). */
function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isJsSpace(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether `word` (no white space in it) is one of the white-space-separated words of `s`, as
 * `s.split(/\s+/).includes(word)` reads it, without cutting `s` into an array.
 */
function hasWord(s: string, word: string): boolean {
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    const e = at + word.length;
    if ((at === 0 || isJsSpace(s.charCodeAt(at - 1))) && (e === s.length || isJsSpace(s.charCodeAt(e)))) return true;
  }
  return false;
}

/** Whether short[a..] cuts into pieces found in words[w..] in order (the first piece a prefix of words[0]), using two words or more. */
function abbreviation(short: string, a: number, words: readonly string[], w: number): boolean {
  if (a === short.length) return w >= 2;
  if (w >= words.length) return false;
  for (let len = short.length - a; len >= 1; len--) {
    const piece = short.slice(a, a + len);
    if ((w === 0 ? words[w]!.startsWith(piece) : words[w]!.includes(piece)) && abbreviation(short, a + len, words, w + 1)) return true;
  }
  return false;
}

/**
 * Whether every word of `short` is a word of `full` or the initials of words in a row of it
 * (`BJ Habibie` and `Bacharuddin Jusuf Habibie`).
 */
function sameName(short: string, full: string): boolean {
  const fw = full.split(' ');
  for (const w of short.split(' ')) {
    if (fw.includes(w)) continue;
    const letters = w.replace(/\.$/, '');
    let found = false;
    if (letters.length <= 3 && letters === letters.toUpperCase()) {
      for (let i = 0; i + letters.length <= fw.length && !found; i++) {
        found = true;
        for (let j = 0; j < letters.length && found; j++) found = fw[i + j]!.charAt(0) === letters.charAt(j);
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Longer lists than this go to the builtin sort (an insertion sort is quadratic at worst). */
const SMALL_SORT = 32;

/**
 * Sort by start, stably, in place (as `Array.prototype.sort` does): an insertion sort, since an article holds
 * a handful of quotes or mentions, too few to repay the builtin's set-up and comparator calls.
 */
function sortByStart<T extends { start: number }>(a: T[]): T[] {
  if (a.length > SMALL_SORT) return a.sort((x, y) => x.start - y.start);
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]!.start > x.start) { a[j + 1] = a[j]!; j--; }
    a[j + 1] = x;
  }
  return a;
}

/** Sort found quotes by anchor, then content start, stably and in place (see `sortByStart`). */
function sortFound(a: Found[]): void {
  if (a.length > SMALL_SORT) { a.sort((x, y) => x.anchor - y.anchor || x.cStart - y.cStart); return; }
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= 0 && (a[j]!.anchor > x.anchor || (a[j]!.anchor === x.anchor && a[j]!.cStart > x.cStart))) { a[j + 1] = a[j]!; j--; }
    a[j + 1] = x;
  }
}

/** The cluster of a name mentioned at [start, end): the first person cluster with a mention overlapping it. */
function ownCluster(clusters: readonly ClusterJson[], start: number, end: number): ClusterJson | null {
  for (const cl of clusters) {
    if (cl.type !== 'PER') continue;
    for (const m of cl.mentions) if (m.start < end && m.end > start) return cl;
  }
  return null;
}

/** Whether a mention of cluster c reads `text` once its white space is collapsed (which never lengthens it). */
function mentionedAs(c: ClusterJson, text: string): boolean {
  for (const m of c.mentions) if (m.text.length >= text.length && collapseSpaces(m.text) === text) return true;
  return false;
}

/**
 * Whether two descriptions with the same head name different bodies or places: each holds a capitalised word other
 * than its head, and they share none (`politikus PDIP itu`, `Politikus NasDem tersebut`).
 */
function otherNames(a: string, b: string, head: string): boolean {
  const ca = bodyWords(a, head);
  if (!ca.length) return false;
  const cb = bodyWords(b, head);
  return cb.length > 0 && !cb.some((w) => ca.includes(w));
}

/** The capitalised words of a description written `<head> <Capitalised ...> <one lower-case word>`, else none. */
function bodyWords(s: string, head: string): string[] {
  const words = s.split(/\s+/);
  const h = words.findIndex((w) => w.toLowerCase() === head);
  if (h < 0 || words.length - h < 3 || !/^\p{Ll}+$/u.test(words[words.length - 1]!)) return [];
  const mid = words.slice(h + 1, -1);
  return mid.every((w) => /^\p{Lu}/u.test(w)) ? mid : [];
}

/** Whether the spans follow each other without overlapping. */
function ordered(spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (let i = 0; i < spans.length; i++) {
    if (spans[i]!.end < spans[i]!.start) return false;
    if (i > 0 && spans[i]!.start < spans[i - 1]!.end) return false;
  }
  return true;
}

class QuoteFinder {
  private readonly p: Pieces;
  private readonly r: SpeakerReader;
  private readonly found: Found[] = [];
  private readonly problems: QuoteProblem[] = [];
  /** The cue words' pieces, ascending, found in one pass over the words ... */
  private readonly cuePieces: number[] = [];
  /** ... and what each is (`Pieces.cueSlot` points into both). */
  private readonly cueList: Cue[] = [];
  /** All segments, when cut eagerly (without an ordered sentences layer). */
  private segments: Segment[] | null = null;
  /** With an ordered sentences layer: each sentence's segments, cut on first need. */
  private readonly sentenceSegs: Array<Segment[] | undefined> = [];
  private accepted: MarkPair[] = [];
  /** Pieces that are words of one or two capitals (`AM` in `Wamenlu AM Fachir`), ascending. */
  private readonly initials: number[] = [];

  constructor(private readonly text: string, private readonly folded: string, private readonly lex: QuoteLexicon, private readonly opts: QuoteOptions) {
    const p = (this.p = new Pieces(folded, cueTable(lex).shapes));
    this.r = new SpeakerReader(text, p, lex, (a, b) => this.personIn(a, b), () => this.per.length > 0);
    this.findCues();
  }

  private perList: TaggedPerson[] | null = null;

  /** Person entities from the entities layer, each widened over a rank written before it (`AKP Dede Iskandar`); read on first need. */
  private get per(): TaggedPerson[] {
    if (this.perList) return this.perList;
    const per: TaggedPerson[] = (this.perList = []);
    const p = this.p, lex = this.lex;
    for (const e of this.opts.entities ?? []) {
      if (e.type !== 'PER') continue;
      // A tagger may mark a capitalised pronoun (`Dia`) as a person: it is resolved as a pronoun instead.
      // So may `Anda` (the reader addressed): no one's name.
      if (e.text.length <= longestPronoun(lex) && !hasSpace(e.text) && (wordBits(lex, e.text, 0, e.text.length) & (W.pronoun | W.secondPerson)) !== 0) continue;
      let i = p.at(e.start);
      const last = p.at(e.end);
      // A tagger may take an office into the name (`Wamenlu AM Fachir`); ranks stay (`AKP Dede Iskandar`).
      while (i < last - 1 && this.r.cat(i, W.title) && !this.r.cat(i, W.rank)) i++;
      // An office alone (`Kapolda`) is no name: it is resolved as a description where it speaks.
      if (i === last - 1 && this.r.cat(i, W.title) && !this.r.cat(i, W.rank)) continue;
      // So may a team's age group (`pelatih Timnas U-19 Fakhri Husaini`, `U19`, `U-16`): it is no part of the name.
      if (i < last - 2 && p.end[i]! - p.start[i]! === 1 && this.text.charCodeAt(p.start[i]!) === CAPITAL_U) {
        let j = i + 1;
        if (p.is(j, HYPHEN) && p.start[j] === p.end[i]) j++;
        if (p.kind[j] === K_DIGITS && p.start[j] === p.end[j - 1] && j + 1 < last && this.r.capitalised(j + 1)) i = j + 1;
      }
      // `Irjen Pol Luki Hermawan`: a rank may take two words.
      while (i > 0 && this.r.cat(i - 1, W.rank) && this.r.spaced(i - 1)) i--;
      let start = i < p.n ? p.start[i]! : e.start;
      if (start >= e.end) continue;
      // A tagger may glue an organisation or place before the name (`Kemnaker Aris Wahyudi`, `Cabang Kabupaten
      // Indramayu Juwarih`): the persons stage's mention ending there, if shorter and with no rank or honorific left out, is the name.
      const m = hasSpace(e.text) ? this.clusterMentionStart(e.end) : -1;
      if (m > start && m < e.end && !this.r.hasCat(i, p.at(m), W.rank) && !this.honorificIn(i, p.at(m))) start = m;
      per.push({ start, end: e.end, text: collapseSpaces(this.text.slice(start, e.end)), place: -1 });
    }
    return per;
  }

  /** Whether pieces [from, to) hold an honorific (`Gus`, `Teuku`; data/id/quote-speaker-words.tsv). */
  private honorificIn(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.lex.honorifics.has(this.p.lower(k))) return true;
    return false;
  }

  /** The start of the clusters layer's person mention ending at offset `end`, else -1 (a few mentions: a scan beats a map). */
  private clusterMentionStart(end: number): number {
    for (const c of this.opts.clusters ?? []) {
      if (c.type !== 'PER') continue;
      for (const m of c.mentions) if (m.end === end) return m.start;
    }
    return -1;
  }

  /**
   * Every cue word of the text (and every initial), from the words the scan flagged: most words are
   * ruled out there by their first and last letters and length (the cue shape table).
   */
  private findCues(): void {
    const p = this.p, src = p.src, S = p.start, E = p.end;
    const { shapes, bloom } = cueTable(this.lex);
    for (let x = 0, nf = p.flaggedCount; x < nf; x++) {
      const i = p.flagged[x]!;
      const s = S[i]!, e = E[i]!;
      if (e - s <= 2 && this.isInitial(i)) this.initials.push(i);
      // A word's ends are letters: ASCII ones fold to a-z (the lexicon's shape table keyed by them).
      const f = src.charCodeAt(s) | 0x20, l = src.charCodeAt(e - 1) | 0x20;
      if (f >= 97 && f <= 122 && l >= 97 && l <= 122 && !(shapes[(f - 97) * 26 + l - 97]! & (1 << ((e - s) & 31)))) continue;
      if (!bloom.mayHave(src, s, e)) continue;
      const c = this.lookUpCue(i);
      // A closing cue counts only right after a quotation mark, where `direct` looks it up itself.
      if (c && c.kinds !== CK_CLOSING) { p.cueSlot[i] = this.cueList.length; this.cuePieces.push(i); this.cueList.push(c); }
    }
  }

  /** The cue that piece i (a word) is, if any: `kata`, or a post or menurut cue with `-nya` (`katanya`, `menurutnya`). */
  private lookUpCue(i: number): Cue | null {
    const p = this.p;
    const c = this.cueOfSpan(p.start[i]!, p.end[i]!);
    return c !== undefined ? c : this.lookUpCueText(p.lower(i));
  }

  /**
   * The cue that the text's span [s, e) is, whole or as a base with `-nya`; undefined when the span holds other
   * than ASCII letters (see `lookUpCueText`).
   */
  private cueOfSpan(s: number, e: number): Cue | null | undefined {
    const src = this.p.src, t = cueTable(this.lex);
    const v = t.table.get(src, s, e);
    if (v === WordTable.NOT_ASCII) return undefined;
    if (v >= 0) return t.whole[v]!;
    // `katanya` is listed whole; its cue is `kata`, its speaker `nya`.
    const nya = e - s >= 3 && (src.charCodeAt(e - 3) | 0x20) === 110 && (src.charCodeAt(e - 2) | 0x20) === 121 && (src.charCodeAt(e - 1) | 0x20) === 97;
    const vb = nya ? t.table.get(src, s, e - 3) : -1;
    return vb >= 0 ? t.withNya[vb]! : null;
  }

  /** Whether a lower-case ASCII word starting at offset `at` is a cue said after a quote (`ujarnya`, `kata`, `tutup`). */
  private closingCueAt(at: number): boolean {
    const src = this.p.src;
    let e = at;
    while (e < src.length && src.charCodeAt(e) >= 97 && src.charCodeAt(e) <= 122) e++;
    if (e === at || (e < src.length && src.charCodeAt(e) >= 128)) return false;
    const c = this.cueOfSpan(at, e);
    return c != null && (c.kinds & (CK_POST | CK_CLOSING)) !== 0;
  }

  /** `lookUpCue` for a word with other than ASCII letters, by its lower-cased text. */
  private lookUpCueText(w: string): Cue | null {
    const set = this.lex.cues.get(w);
    if (set) {
      const kinds = cueKindBits(set);
      const base = w.endsWith('nya') ? this.lex.cues.get(w.slice(0, -3)) : undefined;
      if (base && cueKindBits(base) & (CK_POST | CK_CLOSING)) return { kinds, baseLen: w.length - 3, clitic: true };
      return { kinds, baseLen: w.length, clitic: false };
    }
    if (w.endsWith('nya')) {
      const k = this.lex.cues.get(w.slice(0, -3));
      const kinds = k ? cueKindBits(k) : 0;
      if (kinds & (CK_POST | CK_CLOSING | CK_MENURUT)) return { kinds, baseLen: w.length - 3, clitic: true };
    }
    return null;
  }

  /** Whether [from, to) holds the start of a cue word. */
  private cueBetween(from: number, to: number): boolean {
    const cs = this.cuePieces, S = this.p.start;
    let lo = 0, hi = cs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (S[cs[mid]!]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < cs.length && S[cs[lo]!]! < to;
  }

  /** Whether [a, b) is white space up to an opening bracket (`Joko Widodo (Jokowi)`). */
  private openBracketBetween(a: number, b: number): boolean {
    if (b <= a || this.folded.charCodeAt(b - 1) !== OPEN_PAREN) return false;
    for (let i = a; i < b - 1; i++) if (!isJsSpace(this.folded.charCodeAt(i))) return false;
    return true;
  }

  /** Whether the tagger's person is a known place name (`Arab Saudi`), whole; found on first need and kept. */
  private isPlace(e: TaggedPerson): boolean {
    if (e.place < 0) {
      const last = this.pieceAt(e.end);
      e.place = this.r.placeAt(this.pieceAt(e.start), last) === last ? 1 : 0;
    }
    return e.place === 1;
  }

  /** The last person entity inside [start, end), skipping a bracketed alias after a name (`Joko Widodo (Jokowi)`). */
  private personIn(start: number, end: number): SpeakerPhrase | null {
    let best: TaggedPerson | null = null;
    for (const e of this.per) {
      if (e.start < start || e.end > end) continue;
      if (best && this.openBracketBetween(best.end, e.start)) continue;
      // `Sutrisno ayah dari Rina mengatakan`: a name after a kinship or client word is whom the earlier name is related to.
      if (best && this.r.relationBefore(this.pieceAt(e.start), this.pieceAt(best.end))) continue;
      best = e;
    }
    // A place name the tagger took for a person (`Riyadh`) speaks for its government: no person (read as a place).
    if (best && this.isPlace(best)) return null;
    // `Kelurahan Sei Agul`, `Desa Margabakti`: a name right after the head word of an organisation's or place's
    // name (data/id/non-person-name-words.tsv) is that name's; not after a whole institution (`Kemendikbud
    // Didik Suhardi`), nor with a rank before the name (`Polres Sumedang AKP Dede Iskandar`).
    if (best && this.afterNameHead(best.start)) return null;
    return best ? { start: best.start, end: best.end, cls: 'person', name: best.text, head: null } : null;
  }

  /**
   * Whether the name at `start` follows the head word of an organisation's or place's name (`RSUD Siti Fatimah`,
   * data/id/non-person-name-words.tsv); a word that ends a body's name does not count (`... Tbk Harun Hajadi`,
   * data/id/non-person-suffix-words.txt), nor, for a narrative mention, a head right after an office (`Kepala Dinas Budi Santoso`).
   */
  private afterNameHead(start: number, narrative = false): boolean {
    const b = this.pieceAt(start) - 1;
    if (b < 0 || !this.r.capitalised(b) || !this.r.spaced(b) || !this.cat(b, W.org) || this.cat(b, W.rank)) return false;
    // For a pronoun, an office over the body (`Kepala Dinas Budi Santoso meminta ...`) names its holder.
    if (narrative && b > 0 && this.isWord(b - 1) && this.cat(b - 1, W.title) && this.r.spaced(b - 1)) return false;
    const w = this.lower(b);
    return nonPersonNameWords().has(w) && !nonPersonSuffixWords().has(w);
  }

  /** The speaker phrase in pieces [a, b). */
  private speakerIn(a: number, b: number, sentenceStart: number): SpeakerPhrase | null {
    return this.r.read(a, b, sentenceStart);
  }

  run(): { quotes: QuoteJson[]; problems: QuoteProblem[] } {
    const { pairs, stray } = pairQuoteMarks(this.text, this.folded, (at) => this.closingCueAt(at));
    for (const s of stray) this.problems.push({ start: s.at, end: s.at + 1, message: s.reason });
    // Without a quotation mark or a cue word there is nothing to find.
    if (!pairs.length && !this.cuePieces.length) return { quotes: [], problems: this.problems };
    const sentences = this.opts.sentences;
    // Sentences in order, each cut into segments only when a cue or a quotation mark needs it;
    // otherwise (no layer, or one out of order) all segments up front.
    if (!sentences?.length || !ordered(sentences)) this.segments = quoteSegments(this.folded, sentences, this.breaks());
    const accepted = this.accepted;
    for (const pair of pairs) if (this.direct(pair, accepted)) accepted.push(pair);
    if (this.segments) {
      let prevSeg: Segment | null = null;
      for (const seg of this.segments) {
        const overlaps = this.overlapsAccepted(seg);
        // Indirect speech hangs on a cue word: a segment without one holds none.
        if (!overlaps && this.cueBetween(seg.start, seg.end)) this.indirect(seg, prevSeg);
        prevSeg = overlaps ? null : seg;
      }
    } else {
      for (let si = 0; si < sentences!.length; si++) {
        const sent = sentences![si]!;
        // A sentence without a cue word has no segment with one.
        if (!this.cueBetween(sent.start, sent.end)) continue;
        // The segment before (the previous sentence's last) matters only to a credit cue: found when one asks.
        let prevSeg: Segment | null | undefined = undefined;
        this.sentenceAt = si;
        for (const seg of this.segsOf(si)) {
          const overlaps = this.overlapsAccepted(seg);
          if (!overlaps && this.cueBetween(seg.start, seg.end)) this.indirect(seg, prevSeg);
          prevSeg = overlaps ? null : seg;
        }
      }
    }
    sortFound(this.found);
    return { quotes: this.resolve(), problems: this.problems };
  }

  // ---- pieces ---------------------------------------------------------------------

  private lower(i: number): string { return this.p.lower(i); }
  private cat(i: number, bit: number): boolean { return this.r.cat(i, bit); }
  private isWord(i: number): boolean { return this.p.isWord(i); }
  private is(i: number, code: number): boolean { return this.p.is(i, code); }
  private pieceAt(offset: number): number { return this.p.at(offset); }

  /** The cue at piece i, if it is one. */
  private cueAt(i: number): Cue | null {
    const slot = i >= 0 && i < this.p.n ? this.p.cueSlot[i]! : -1;
    return slot >= 0 ? this.cueList[slot]! : null;
  }

  private cueSpan(i: number, baseLen: number): CueSpan {
    const s = this.p.start[i]!;
    return { start: s, end: s + baseLen, text: this.text.slice(s, s + baseLen) };
  }

  private nya(i: number): SpeakerPhrase {
    const e = this.p.end[i]!;
    return { start: e - 3, end: e, cls: 'pronoun', name: null, head: null };
  }

  /** Whether piece i (which exists) opens with an upper-case letter, read by code point. */
  private startsUpper(i: number): boolean {
    const c = this.p.src.charCodeAt(this.p.start[i]!);
    return c >= 0xd800 && c <= 0xdbff ? STARTS_UPPER.test(this.p.text(i)) : isUpperUnit(c);
  }

  /**
   * `ujar Supervisor LKC Dompet Dhuafa Sumsel, Uswatun Hasanah`, `oleh Wakil Rektor ,, Bambang Wibawarta`: a speaker
   * phrase after a cue, read from pieces [from, end), that is an office (or an organisation) with the name after
   * the comma at `end` (after any commas left by a lost link): the person named there, else `sp`.
   */
  private nameAfterOffice(sp: SpeakerPhrase | null, from: number, end: number, limit: number): SpeakerPhrase | null {
    const p = this.p;
    // `kata anggota Komisi I DPR dari Fraksi Demokrat, Syarief Hasan`: an office's affiliation after a preposition
    // goes on up to the comma before the name.
    if (sp && sp.cls !== 'person' && sp.cls !== 'pronoun' && this.r.cat(from, W.title) && this.isWord(end) && this.cat(end, W.prep)
      && this.r.capitalised(end + 1)) {
      let j = end + 1;
      while (j < limit && j <= end + MAX_SPEAKER_WORDS && (this.r.capitalised(j) || p.kind[j] === K_DIGITS)) j++;
      if (p.is(j, COMMA)) end = j;
    }
    if (!sp || sp.cls === 'pronoun' || !p.is(end, COMMA)) return sp;
    let nx = end + 1;
    while (nx < limit && p.is(nx, COMMA)) nx++;
    if (!this.r.capitalised(nx)) return sp;
    // `kata warga Krajan, Yahya`, `ujar dokter tim Persib, Rafy Ghani`: after a lower-case head (no office word) the
    // name must be one the persons stage clusters as a person, where it ran (not `kelahiran Tanjung Pandan, Bangka Belitung`).
    let clustered = false;
    if (sp.cls === 'person' && !this.r.cat(from, W.title) && !this.r.cat(nx, W.rank)) {
      const at = this.pieceAt(sp.start);
      if (!this.officeBeforeUntagged(sp, from)) {
        if (!(at > from && this.lowerHeadIn(from, at) && !this.personIn(sp.start, sp.end) && !this.clusteredPerson(sp))) return sp;
        clustered = (this.opts.clusters?.length ?? 0) > 0;
      }
    }
    // An office may hold commas itself (`Menteri Energi, Sains, Teknologi, ... Malaysia (Mestecc), Yeo Bee Yin`):
    // with a tagger, groups are passed over up to one holding a tagged person.
    for (let g = 0; g < MAX_OFFICE_GROUPS; g++) {
      const e = this.phraseAfter(nx, limit);
      const sp2 = this.speakerIn(nx, e, -1);
      // A name right after the office may be one the tagger missed (`Polana B Pramesti`), if of two words or more.
      if (sp2?.cls === 'person' && (!clustered || this.clusteredPerson(sp2)) && (!this.per.length || this.per.some((t) => t.start === sp2.start && t.end === sp2.end)
        || (g === 0 && sp2.name !== null && (hasSpace(sp2.name) || this.clusteredPerson(sp2))))) return sp2;
      if (!this.per.length || !p.is(e, COMMA)) break;
      nx = e + 1;
      while (nx < limit && p.is(nx, COMMA)) nx++;
      if (!this.r.capitalised(nx)) break;
    }
    return sp;
  }

  /**
   * Whether a person speaker phrase read from piece `from` has an office word before its name (`asisten pelatih
   * Persebaya`, `Kapolres Banyuasin`) and a name neither the tagger nor the persons stage takes for a person: the
   * office's club, place or body, with its holder named after the comma that follows.
   */
  private officeBeforeUntagged(sp: SpeakerPhrase, from: number): boolean {
    const at = this.pieceAt(sp.start);
    return at > from && this.r.hasCat(from, at, W.title) && !this.personIn(sp.start, sp.end) && !this.clusteredPerson(sp);
  }

  /**
   * Whether pieces [from, to) hold a lower-case role, person or group head (`dokter tim Persib`, `warga Krajan`,
   * `pengemudi ojol`): a description or a group whose member is named after the comma (`warga Krajan, Yahya`).
   */
  private lowerHeadIn(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      if (!this.isWord(k) || this.r.capitalised(k)) continue;
      if (this.r.describingHead(k) || this.cat(k, W.collective) || this.lex.honorifics.has(this.lower(k))) return true;
    }
    return false;
  }

  /** Whether the persons stage clusters the name of speaker phrase sp as a person (false without clusters). */
  private clusteredPerson(sp: SpeakerPhrase): boolean {
    return ownCluster(this.opts.clusters ?? [], sp.start, sp.end) !== null;
  }

  /**
   * `," kata , Basuki Hadimuljono dalam keterangan tertulis`: where the text lost a link right after a cue (a comma
   * in the speaker's slot at piece k), a person named after the comma on the same line is the speaker; null otherwise.
   */
  private afterLostLink(k: number, limit: number): SpeakerPhrase | null {
    const p = this.p;
    if (!p.is(k, COMMA)) return null;
    let nx = k + 1;
    while (nx < limit && p.is(nx, COMMA)) nx++;
    if (!this.r.capitalised(nx)) return null;
    const nl = this.folded.indexOf('\n', p.end[k]!);
    if (nl >= 0 && nl < p.start[nx]!) return null;
    const e = this.phraseAfter(nx, limit);
    // (`," ujar ,Sudirman bukan sosok asing ...`: a name followed by a predicate opens the next sentence.)
    for (let i = nx; i < e; i++) if (this.isWord(i) && !this.r.capitalised(i)) return null;
    if (e < limit && this.isWord(e) && (this.r.bitsOf(e) & (W.stop | W.prep | W.relative | W.creditLead)) === 0) return null;
    const sp = this.nameAfterOffice(this.speakerIn(nx, e, -1), nx, e, limit);
    // Only a name the tagger takes for a person (`ujar,Berdasarkan informasi ...` is no name).
    return sp?.cls === 'person' && this.personIn(sp.start, sp.end) ? sp : null;
  }

  /** The speaker phrase written after a cue: words up to a comma, a full stop, a stop word or the line end. */
  private phraseAfter(k: number, limit: number): number {
    const p = this.p;
    let j = k;
    let nl = -2;
    let words = 0;
    // Set once an office word is read: the phrase names an office (`ujar Pembantu Rektor III ...`).
    let office = false;
    // (An office's capitalised words may run past the word limit, up to the name after them: `ujar Kepala Unit
    // Pelayanan Penyuluhan dan Layanan Informasi Badan Pajak dan Retribusi Daerah (BPRD) DKI Jakarta Budi Sukmo`.)
    while (j < limit && (words < MAX_SPEAKER_WORDS || (office && words < 2 * MAX_SPEAKER_WORDS && (this.r.capitalised(j) || p.kind[j] === K_OTHER)))) {
      // Pieces hold no line break, so the first one after piece k ends the phrase's line.
      if (j > k) {
        if (nl === -2) nl = this.folded.indexOf('\n', p.end[k]!);
        if (nl >= 0 && nl < p.start[j]!) break;
      }
      const kind = p.kind[j];
      if (kind === K_WORD) {
        // `ujar Menteri Hukum dan HAM Yasonna Laoly`, `ujar Pembantu Rektor III Universitas Sains dan Teknologi Jayapura
        // (USTJ) Isak Rumbarar`: `dan` between capitalised words of an office the phrase names is part of it, not the
        // end of the phrase (`kata Budi dan ...` still ends there).
        if ((this.cat(j, W.stop) && !(office && p.lowerIs(j, 'dan') && this.r.capitalised(j - 1) && this.r.capitalised(j + 1)))
          || (j > k && this.p.cueSlot[j]! >= 0)) break;
        if (!office && this.cat(j, W.title)) office = true;
        // `kata perusahaan dilansir Economic Times`: a source credit after the speaker names no speaker; nor does
        // the addressee (`kepadanya`, and `kepada` glued to an outlet's name in scraped text: `kepadadetikJatim`).
        if (j > k && (this.cat(j, W.creditLead) || (p.end[j]! - p.start[j]! > 6 && this.lower(j).startsWith('kepada')))) break;
        // `ujar Syafii disambut senyum Susana`, `ujar Agus menirukan MA`: a verb after the name ends the phrase.
        if (j > k && this.r.capitalised(j - 1) && !this.r.capitalised(j) && ACTIVE_OR_PASSIVE.test(this.lower(j))) break;
        words++;
        j++;
        continue;
      }
      if (kind === K_DIGITS && j > k) { j++; continue; } // `wanita 40 tahun ini`
      // `ujar Director & Chief Innovation and Regulatory Officer Indosat Ooredoo ...`: `&` between capitalised words of an office.
      if (office && p.is(j, AMPERSAND) && this.r.capitalised(j - 1) && this.r.capitalised(j + 1) && this.r.spaced(j - 1) && this.r.spaced(j)) { j++; continue; }
      // `Menteri Sekretaris Negara (Mensesneg) Prasetyo Hadi`: a bracketed short form inside the phrase.
      if (j > k && p.is(j, OPEN_PAREN)) {
        let c = j + 1;
        while (c < limit && c < j + 6 && !p.is(c, CLOSE_PAREN)) c++;
        // (`kata relawan Badan Penanggulangan Bencana (Baguna), Cecep Rosojati`: a short form may close the office
        // before the comma that leads to the name.)
        if (p.is(c, CLOSE_PAREN) && (this.r.capitalised(c + 1) || (p.is(c + 1, COMMA) && this.r.capitalised(j + 1) && this.r.capitalised(c + 2)))) {
          // The gaps inside the brackets are not read: a line break there does not end the phrase.
          if (nl >= 0 && nl < p.end[c]!) nl = this.folded.indexOf('\n', p.end[c]!);
          j = c + 1;
          continue;
        }
      }
      // An abbreviation dot inside a name (`Tbk.`, `M. Syarif`), not a full stop.
      if (j > k && p.is(j, DOT) && p.end[j - 1] === p.start[j] && this.r.capitalised(j + 1) && this.startsUpper(j - 1)
        && p.end[j - 1]! - p.start[j - 1]! <= 3) { j++; continue; }
      break;
    }
    return j;
  }

  private wordsIn(a: number, b: number): number {
    const K = this.p.kind;
    let n = 0;
    for (let i = a; i < b; i++) if (K[i] !== K_OTHER) n++;
    return n;
  }

  /** Content offsets [start, end) trimmed of spaces, leading clause punctuation and trailing terminators. */
  private content(start: number, end: number): { start: number; end: number } | null {
    const f = this.folded;
    while (start < end && leadTrim(f.charCodeAt(start))) start++;
    while (end > start && tailTrim(f.charCodeAt(end - 1))) end--;
    if (end <= start) return null;
    const a = this.pieceAt(start), b = this.pieceAt(end);
    return this.wordsIn(a, b) >= 2 ? { start, end } : null;
  }

  /** Whether an accepted pair overlaps the segment (accepted pairs follow each other without overlapping: the first closing at or after the segment start decides). */
  private overlapsAccepted(seg: Segment): boolean {
    const accepted = this.accepted;
    let lo = 0, hi = accepted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (accepted[mid]!.close < seg.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < accepted.length && accepted[lo]!.open < seg.end;
  }

  /** The segment break candidates, from the piece scan (gathered on first need). */
  private breakList: BreakCandidates | null = null;
  private breaks(): BreakCandidates {
    return (this.breakList ??= { at: this.p.breaks, n: this.p.breakCount });
  }

  private segsOf(si: number): Segment[] {
    const s = this.opts.sentences![si]!;
    return (this.sentenceSegs[si] ??= sentenceSegments(this.folded, s.start, s.end, this.breaks()));
  }

  /** The segment before sentence si's first one, as the previous segment of the full list (null when an accepted pair overlaps it). */
  private lastSegmentBefore(si: number): Segment | null {
    for (let sj = si - 1; sj >= 0; sj--) {
      const segs = this.segsOf(sj);
      if (!segs.length) continue;
      const last = segs[segs.length - 1]!;
      return this.overlapsAccepted(last) ? null : last;
    }
    return null;
  }

  /** The index of the last sentence (of the ordered sentences layer) starting at or before `offset`; -1 for none. */
  private sentenceIndexAt(offset: number): number {
    const sentences = this.opts.sentences!;
    let lo = 0, hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  private segmentOf(offset: number): Segment | null {
    if (!this.segments) {
      // The sentence holding the offset, then its segments.
      const si = this.sentenceIndexAt(offset);
      if (si < 0 || offset >= this.opts.sentences![si]!.end) return null;
      for (const s of this.segsOf(si)) if (offset >= s.start && offset < s.end) return s;
      return null;
    }
    let lo = 0, hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return null;
  }

  private add(kind: Found['kind'], cStart: number, cEnd: number, cue: CueSpan | null, speaker: SpeakerPhrase | null, mode: Mode, anchor: number): true {
    if (kind === 'indirect') cEnd = this.lostSentenceEnd(cStart, cEnd);
    this.found.push({ kind, cStart, cEnd, cue, speaker, mode, anchor });
    return true;
  }

  /**
   * `... sulit ditemui karena mulai bekerja., , yang menjadi yatim piatu ...`: where the text lost the name opening the
   * next sentence, a full stop after a lower-case letter, a digit or a closing bracket, then a comma, ends the sentence the
   * sentence split ran on past; the reported clause ends there. Else `cEnd`.
   */
  private lostSentenceEnd(cStart: number, cEnd: number): number {
    const isLetterUnit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    const t = this.folded;
    for (let i = t.indexOf('.', cStart); i >= 0 && i < cEnd - 1; i = t.indexOf('.', i + 1)) {
      const b = t.charCodeAt(i - 1);
      if (!((b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b === CLOSE_PAREN)) continue;
      // (Not an abbreviation's dot: `Dr.`, `et al.,`.)
      let w = i;
      while (w > cStart && isLetterUnit(t.charCodeAt(w - 1))) w--;
      if (i - w > 0 && i - w <= 2) continue;
      let j = i + 1;
      while (j < cEnd && isJsSpace(t.charCodeAt(j))) j++;
      if (t.charCodeAt(j) !== COMMA) continue;
      while (j < cEnd && (isJsSpace(t.charCodeAt(j)) || t.charCodeAt(j) === COMMA)) j++;
      if (j < cEnd) return i;
    }
    return cEnd;
  }

  /** Whether the cue starting at `offset` already credits a quote found (a few per article). */
  private cueCredits(offset: number): boolean {
    for (const f of this.found) if (f.cue?.start === offset) return true;
    return false;
  }

  /** Add indirect speech with content c (if any) after the cue at piece k, whose base is `cueLen` long. */
  private addIndirect(c: { start: number; end: number } | null, k: number, cueLen: number, speaker: SpeakerPhrase | null, mode: Mode, anchor: number): boolean {
    return c ? this.add('indirect', c.start, c.end, this.cueSpan(k, cueLen), speaker, mode, anchor) : false;
  }

  // ---- direct quotes -------------------------------------------------------------

  private direct(pair: MarkPair, accepted: MarkPair[]): boolean {
    const p = this.p, n = p.n;
    let cs = pair.open + pair.openLen, ce = pair.close;
    while (cs < ce && isJsSpace(this.folded.charCodeAt(cs))) cs++;
    while (ce > cs && isJsSpace(this.folded.charCodeAt(ce - 1))) ce--;
    if (ce <= cs) return false;
    // After the closing mark: `," kata X`, `," ujarnya`, `," X menambahkan`.
    let j = this.pieceAt(pair.close + pair.closeLen);
    if (p.is(j, COMMA)) j++;
    const nlClose = this.folded.indexOf('\n', pair.close);
    if (j < n && (nlClose < 0 || nlClose >= p.start[j]!)) {
      const c = this.cueAt(j) ?? (p.kind[j] === K_WORD ? this.lookUpCue(j) : null);
      // `"...," tutup Rina`: a closing cue is one only here, right after the mark.
      if (c && (c.kinds & (CK_POST | CK_VERB | CK_CLOSING)) !== 0) {
        if (c.clitic) return this.add('direct', cs, ce, this.cueSpan(j, c.baseLen), this.nya(j), 'phrase', p.start[j]!);
        const end = this.phraseAfter(j + 1, n);
        const sp = end > j + 1 ? this.nameAfterOffice(this.speakerIn(j + 1, end, -1), j + 1, end, n) : this.afterLostLink(j + 1, n);
        return this.add('direct', cs, ce, this.cueSpan(j, c.baseLen), sp, sp ? 'phrase' : 'context', p.start[j]!);
      }
      for (let k = j; k < Math.min(n, j + MAX_WORDS_BEFORE_LATE_CUE + 1); k++) {
        if (!this.isWord(k) || !(nlClose < 0 || nlClose >= p.start[k]!)) break;
        const ck = this.cueAt(k);
        if (k > j && ck && (ck.kinds & (CK_VERB | CK_POST)) !== 0) {
          // `"..." Begitu kata warga`: only connectives before a post cue, so the speaker follows it.
          if ((ck.kinds & CK_POST) !== 0 && this.allCat(j, k, W.connective)) {
            const sp = ck.clitic ? this.nya(k) : this.speakerIn(k + 1, this.phraseAfter(k + 1, n), -1);
            if (sp) return this.add('direct', cs, ce, this.cueSpan(k, ck.baseLen), sp, 'phrase', p.start[k]!);
            break;
          }
          const sp = this.speakerIn(j, k, j);
          if (sp) return this.add('direct', cs, ce, this.cueSpan(k, ck.baseLen), sp, 'phrase', p.start[k]!);
          break;
        }
      }
    }
    // `"...," Rachel O'Connor, spesialis kelalaian medis di Hudgell Solicitors.`: a name alone credits the quote.
    const credit = this.verblessCredit(pair, ce, nlClose);
    if (credit && this.wordsIn(this.pieceAt(cs), this.pieceAt(ce)) >= MIN_UNCUED_QUOTE_WORDS) return this.add('direct', cs, ce, null, credit, 'phrase', credit.start);
    // Before the opening mark: `X mengatakan, "`, `Ia melanjutkan,"`, `Kata dia: "`.
    const seg = this.segmentOf(pair.open);
    const prevClose = accepted.length ? accepted[accepted.length - 1]!.close + 1 : 0;
    const a = this.pieceAt(Math.max(seg ? seg.start : 0, prevClose));
    const o = this.pieceAt(pair.open);
    if (o > a && (p.is(o - 1, COMMA) || p.is(o - 1, COLON))) {
      for (let k = o - 2; k >= a; k--) {
        const c = this.cueAt(k);
        if (!c) continue;
        if ((c.kinds & (CK_VERB | CK_BAHWA)) !== 0) {
          if (k > a && this.cat(k - 1, W.blocker)) break;
          const sp = this.speakerIn(a, k, a);
          if (sp) return this.add('direct', cs, ce, this.cueSpan(k, c.baseLen), sp, 'phrase', p.start[k]!);
        }
        if ((c.kinds & (CK_POST | CK_MENURUT)) !== 0) {
          const sp = c.clitic ? this.nya(k) : this.speakerIn(k + 1, this.phraseAfter(k + 1, o), -1);
          if (sp) return this.add('direct', cs, ce, this.cueSpan(k, c.baseLen), sp, 'phrase', p.start[k]!);
        }
        break;
      }
    }
    // `"...," seloroh Budi.`: the slot after a clause-ending mark holds a reporting verb, listed or not.
    const slot = this.cueSlotAfter(pair, cs, ce);
    if (slot === 1) return true;
    // No cue: a long quotation opening its sentence is attributed by context; a
    // short or mid-sentence one is a title, a nickname or a scare quote. One whose
    // own attribution slot holds an unread word takes no speaker from context.
    const opensSentence = this.wordsIn(a, o) === 0;
    if (opensSentence && this.wordsIn(this.pieceAt(cs), this.pieceAt(ce)) >= MIN_UNCUED_QUOTE_WORDS) {
      return this.add('direct', cs, ce, null, null, slot === 0 ? 'context' : 'phrase', pair.open);
    }
    return false;
  }

  /**
   * A person named right after a quote whose sentence goes on (its content ends with `,`, `?` or `!`), with
   * no verb in the rest of the sentence: the name, then the sentence's end or an apposition of lower-case
   * words (`," Ryabkov.`, `," Dr Lee Norman, sekretaris Departemen Kesehatan dan Lingkungan Kansas.`).
   * Such a credit names the speaker with no cue.
   */
  private verblessCredit(pair: MarkPair, ce: number, nl: number): SpeakerPhrase | null {
    const p = this.p, n = p.n;
    const last = this.folded.charCodeAt(ce - 1);
    if (last !== COMMA && last !== 33 && last !== 63) return null;
    const j = this.pieceAt(pair.close + pair.closeLen);
    if (j >= n || !this.r.capitalised(j) || this.cat(j, W.connective) || this.cueAt(j)) return null;
    const lineEnd = nl < 0 ? this.folded.length : nl;
    // The name: capitalised words (and in-name dots or apostrophes glued to them) on the quote's line.
    let e = j + 1;
    while (e < n && p.start[e]! < lineEnd && (this.r.capitalised(e) || (p.kind[e] !== K_WORD && p.end[e - 1] === p.start[e] && !this.is(e, COMMA) && !this.is(e, DOT) && this.r.capitalised(e + 1)))) e++;
    if (e < n && p.start[e]! < lineEnd) {
      if (this.is(e, COMMA)) {
        // An apposition: lower-case words first, up to the sentence's end, with no verb or cue in it.
        if (!this.isWord(e + 1) || this.r.capitalised(e + 1)) return null;
        let k = e + 1;
        for (; k < n && k < e + 2 * MAX_SPEAKER_WORDS && p.start[k]! < lineEnd && !this.is(k, DOT) && !this.is(k, QUOTE); k++) {
          if (!this.isWord(k) || this.r.capitalised(k)) continue;
          if (this.cueAt(k) || this.activeVerb(k)) return null;
        }
        if (!(k >= n || p.start[k]! >= lineEnd || this.is(k, DOT))) return null;
      } else if (!this.is(e, DOT)) return null;
    }
    // A word alone must read as a name: not a rank or office (`Dr.` of a broken quotation), nor a mistyped clitic cue (`Ungkapanya.`).
    if (e === j + 1) {
      const s0 = p.start[j]!, e0 = p.end[j]!, src = p.src;
      if (this.r.bitsOf(j) & (W.rank | W.title)) return null;
      if (e0 - s0 > 3 && src.charCodeAt(e0 - 3) === 110 && src.charCodeAt(e0 - 2) === 121 && src.charCodeAt(e0 - 1) === 97) return null;
    }
    const sp = this.speakerIn(j, e, -1);
    return sp?.cls === 'person' ? sp : null;
  }

  /**
   * The attribution slot of a quote whose content ends with `,`, `?` or `!` (the sentence goes on):
   * a lower-case content word there followed by a name or pronoun (`," seloroh Budi`), or carrying
   * `-nya` (`," kenangnya`), is its cue, added as such (1). -1: the slot holds some other content
   * word or a pronoun (the quote is not introduced by an earlier clause); 0: no slot, or a function word.
   */
  private cueSlotAfter(pair: MarkPair, cs: number, ce: number): number {
    const p = this.p, n = p.n;
    const last = this.folded.charCodeAt(ce - 1);
    if (last !== COMMA && last !== 33 && last !== 63) return 0;
    let j = this.pieceAt(pair.close + pair.closeLen);
    if (p.is(j, COMMA)) j++;
    if (!this.isWord(j) || this.r.capitalised(j)) return 0;
    const nl = this.folded.indexOf('\n', pair.close);
    if (nl >= 0 && nl < p.start[j]!) return 0;
    const len = p.end[j]! - p.start[j]!;
    // A function word opens no attribution (`," seperti dikutip dari ...`, `," sambil menunjuk`): context decides.
    if (len < 3 || this.r.bitsOf(j) & (W.stop | W.connective | W.prep | W.aux | W.blocker | W.object)) return 0;
    // `," mereka berteriak`: the quote's own attribution, with a verb not known as a cue.
    if (this.cat(j, W.pronoun)) return -1;
    const src = p.src, e = p.end[j]!;
    const nya = len >= 6 && src.charCodeAt(e - 3) === 110 && src.charCodeAt(e - 2) === 121 && src.charCodeAt(e - 1) === 97;
    if (nya) return this.add('direct', cs, ce, this.cueSpan(j, len - 3), this.nya(j), 'phrase', p.start[j]!) ? 1 : -1;
    // `," tertulis dalam keterangan itu`, `," dikutip dari ...`: a passive credit names no speaker, so context decides.
    if (!this.r.capitalised(j + 1) && !this.cat(j + 1, W.pronoun)) return PASSIVE.test(this.lower(j)) ? 0 : -1;
    const sp = this.speakerIn(j + 1, this.phraseAfter(j + 1, n), -1);
    if (!sp || (sp.cls !== 'person' && sp.cls !== 'pronoun')) return -1;
    return this.add('direct', cs, ce, this.cueSpan(j, len), sp, 'phrase', p.start[j]!) ? 1 : -1;
  }

  // ---- indirect quotes -----------------------------------------------------------

  /** The sentence whose segments `indirect` reads (with an ordered sentences layer). */
  private sentenceAt = 0;

  /** Indirect speech in segment `seg`; `prevSeg` is the segment before it, undefined until looked up (see `run`). */
  private indirect(seg: Segment, prevSegOrUnknown: Segment | null | undefined): void {
    let prevSeg = prevSegOrUnknown;
    const p = this.p;
    const a0 = this.pieceAt(seg.start);
    const b = this.pieceAt(seg.end);
    let a = a0;
    while (a < b && !this.isWord(a)) a++;
    if (a >= b) return;
    // Only the cue words between a and b can start an attribution.
    const cp = this.cuePieces;
    let m = 0, hi = cp.length;
    while (m < hi) {
      const mid = (m + hi) >> 1;
      if (cp[mid]! < a) m = mid + 1;
      else hi = mid;
    }
    for (; m < cp.length && cp[m]! < b; m++) {
      const k = cp[m]!;
      const c = this.cueList[this.p.cueSlot[k]!]!;
      const at = p.start[k]!;
      // `Hal ini disampaikan oleh X`: the previous sentence is the quote.
      if ((c.kinds & CK_CREDIT) !== 0 && k > a && this.allCat(a, k, W.creditSubject)) {
        if (prevSeg === undefined) prevSeg = this.lastSegmentBefore(this.sentenceAt);
        let s = k + 1;
        if (this.cat(s, W.agent)) s++;
        const end = this.phraseAfter(s, b);
        const sp = this.nameAfterOffice(this.speakerIn(s, end, -1), s, end, b);
        if (sp && this.creditBack(seg, prevSeg, k, c.baseLen, sp, at)) return;
      }
      if ((c.kinds & CK_PASSIVE) !== 0) {
        const r = this.passive(k, a, b, seg, c.baseLen, at);
        if (r > 0) return;
        if (r === 0) continue;
      }
      // `Begitu kata Hardeep Singh, gastroenterolog di ...`, `Demikian katanya.`: the sentence before is what was said.
      // (One word before the cue that sums up, not a demonstrative: `Itu jelas bukan ...` is no credit.)
      if ((c.kinds & CK_POST) !== 0 && k === a + 1 && this.cat(a, W.sumUp)) {
        if (prevSeg === undefined) prevSeg = this.lastSegmentBefore(this.sentenceAt);
        const sp = c.clitic ? this.nya(k) : this.speakerIn(k + 1, this.phraseAfter(k + 1, b), -1);
        if (sp && this.creditBack(seg, prevSeg, k, c.baseLen, sp, at)) return;
        continue;
      }
      if ((c.kinds & CK_MENURUT) !== 0 && this.menurut(k, a, b, seg, c.clitic, c.baseLen)) return;
      if ((c.kinds & CK_POST) !== 0 && this.post(k, a, b, seg, c.clitic, c.baseLen)) return;
      // A `bahwa` verb reports a clause after `bahwa` or a comma; an appeal verb after `agar`/`supaya` too
      // (`menekankan agar sinergitas ... ditingkatkan`, but not `memastikan agar tidak ada sisa api`).
      if (!c.clitic && k > a && ((c.kinds & CK_VERB) !== 0
        || ((c.kinds & CK_BAHWA) !== 0 && (this.p.lowerIs(k + 1, 'bahwa') || this.is(k + 1, COMMA) || this.clauseAt(k + 1, b)))
        || ((c.kinds & CK_APPEAL) !== 0 && this.r.cat(k + 1, W.appealLink)))) {
        if (this.cat(k - 1, W.blocker)) continue;
        // What follows the cue first (cheaper than the speaker): a clause, not a quotation or a noun-phrase object.
        let s = k + 1;
        while (s < b && (this.is(s, COMMA) || this.is(s, COLON))) s++;
        if (this.p.lowerIs(s, 'bahwa')) s++;
        if (s >= b || this.is(s, QUOTE)) continue;
        // `menerangkan tentang ...`, `menceritakan kisah ...`: a noun-phrase object, not a reported clause (but
        // `mengungkapkan pengalaman itu berharga` has a subject with a demonstrative and its predicate).
        if (s === k + 1 && (this.cat(s, W.object) || ((c.kinds & CK_EXPRESSES) !== 0 && ((this.cat(s, W.told) && !this.r.demonstrative(s + 1)) || this.objectAt(s, b))))) continue;
        if (this.wordsIn(a, k) > MAX_SUBJECT_WORDS) continue;
        // A long subject with neither a name nor a pronoun is a clause, not a speaker (`Janji kampanye untuk ... menilai`),
        // unless its head before a relative clause is short (`Pakar medis independen, yang dikonsultasikan ... mengatakan`).
        let subjEnd = k;
        if (this.wordsIn(a, k) > MAX_PLAIN_SUBJECT_WORDS && !this.hasNameOrPronoun(a, k)) {
          subjEnd = this.relativeClauseAt(a, k);
          if (subjEnd < 0 || this.wordsIn(a, subjEnd) > MAX_PLAIN_SUBJECT_WORDS) continue;
        }
        // `berikut faktanya: ,Kasatlantas ..., AKP Hegy Renanta mengatakan`: the subject follows the last colon before
        // the cue (a list's lead-in or a paragraph joined to it), not a time (`10:30`).
        let from = a;
        for (let j = subjEnd - 1; j > a; j--) {
          if (!this.is(j, COLON) || !(this.r.spaced(j) || this.is(j + 1, COMMA))) continue;
          let f = j + 1;
          while (f < subjEnd && !this.isWord(f)) f++;
          if (f < subjEnd) from = f;
          break;
        }
        // `Peraturan ... menerangkan`: a document, not a speaker.
        if (this.cat(a, W.source) || this.cat(from, W.source)) continue;
        const sp = this.speakerIn(from, subjEnd, from);
        if (!sp) continue;
        if (s === k + 1) s = this.pastAddressee(s, b);
        if (this.addIndirect(this.content(p.start[s]!, seg.end), k, c.baseLen, sp, 'phrase', at)) return;
      }
    }
  }

  /**
   * A passive cue at piece k (its base `cueLen` long) in segment pieces [a, b): 1 when it added a report, 0 when
   * the cue reports nothing else, -1 when it may still be another kind of cue. Apart from `indirect` to keep that
   * loop small.
   */
  private passive(k: number, a: number, b: number, seg: Segment, cueLen: number, at: number): number {
    const p = this.p;
    // `Ditegaskan, ...`, `Dikatakan bahwa ...`
    if (k === a && (this.is(k + 1, COMMA) || this.p.lowerIs(k + 1, 'bahwa'))) {
      if (this.addIndirect(this.content(p.start[Math.min(k + 2, b - 1)]!, seg.end), k, cueLen, null, 'passive', at)) return 1;
    }
    // `Seperti dikatakan Naito, ...`, `Sebagaimana dijelaskan oleh Kanit ..., aksi ...`: read as `Menurut X, ...`.
    if (k > a && this.cat(a, W.likening) && (k === a + 1 || (k === a + 2 && this.cat(a + 1, W.relative)))) {
      // The speaker phrase is set off by a comma (not `Seperti dijelaskan Caporaso dan Levine (1992) dalam ...`).
      const n = this.cat(k + 1, W.agent) ? k + 2 : k + 1;
      if (this.is(this.phraseAfter(n, b), COMMA) && this.menurut(k, k, b, seg, false, cueLen, n)) return 1;
      return 0;
    }
    // After a framing phrase, the document it names reports (`Dalam pasal 25 ayat (1) dijelaskan setiap orang
    // dilarang ...`, `Dalam laporan yang sama, disebutkan bahwa ...`), with no speaker.
    if (k > a && this.frameBefore(a, k)) {
      // `Pada kesempatan yang sama ditegaskan oleh Indra Catri, ...`: the speaker follows, as after `menurut`.
      if (this.cat(k + 1, W.agent)) {
        if (this.menurut(k, k, b, seg, false, cueLen, k + 2)) return 1;
        return 0;
      }
      const s = this.is(k + 1, COMMA) || this.p.lowerIs(k + 1, 'bahwa') ? k + 2 : k + 1;
      if (this.isWord(s) && this.addIndirect(this.content(p.start[s]!, seg.end), k, cueLen, null, 'framed', at)) return 1;
    }
    // `Pelaku sudah ditangkap, dijelaskan Andi, dan kini ditahan`: a passive cue in mid-sentence, its speaker
    // set off by commas, credits the sentence to the speaker, as a post cue does.
    if (k > a && this.is(k - 1, COMMA) && this.r.capitalised(k + 1) && this.is(this.phraseAfter(k + 1, b), COMMA)
      && this.post(k, a, b, seg, false, cueLen)) return 1;
    return -1;
  }

  /**
   * Whether pieces from s open a clause, not a noun-phrase object: a subject of at most `MAX_CLAUSE_SUBJECT_WORDS`
   * words, then an auxiliary (`mengakui pasien tidak sepenuhnya diperingatkan`, `menyampaikan pihaknya terus
   * menyiapkan`); a function word or a verb before any auxiliary makes it a noun phrase (`menyampaikan terima kasih
   * kepada ...`, `membenarkan adanya penangkapan itu`, `menyampaikan pesan yang ...`).
   */
  private clauseAt(s: number, b: number): boolean {
    const p = this.p;
    let words = 0;
    for (let i = s; i < b && words <= MAX_CLAUSE_SUBJECT_WORDS; i++) {
      const kind = p.kind[i];
      if (kind === K_DIGITS) { words++; continue; }
      if (kind !== K_WORD) return false;
      const bits = this.r.bitsOf(i);
      // With no subject written, two predicate words in a row still make a clause (`memastikan tetap akan menaikkan`,
      // `mengakui telah menerima`), one does not (`memastikan juga kesiapan ...`); a tense or negation word does
      // before any content word (`mengakui telah salah`, `memastikan tidak ada`).
      if ((bits & (W.aux | W.modal | W.aspect)) !== 0) {
        if (words > 0) return true;
        if (!this.isWord(i + 1)) return false;
        const next = this.r.bitsOf(i + 1);
        return (next & (W.aux | W.modal)) !== 0 || ACTIVE_OR_PASSIVE.test(this.lower(i + 1))
          || ((bits & W.aspect) !== 0 && (next & (W.stop | W.prep | W.object | W.demonstrative)) === 0);
      }
      // A name or pronoun subject then an active verb is a clause too (`mengakui Sophia memikat banyak orang`,
      // `memastikan Liverpool terus menang` has its auxiliary; `menyampaikan aspirasinya menolak ...` is no name).
      if (i > s && ACTIVE_FORM.test(this.lower(i)) && p.cueSlot[i]! < 0 && this.nameOrPronounRun(s, i)) return true;
      // A demonstrative closes the subject (`dampak operasi ini sangat besar`), whatever else it may be; a `ter-` word
      // after the subject's head is an adjective (`amendemen terbatas UUD 1945 tidak akan ...`).
      if ((bits & W.demonstrative) === 0 && ((bits & (W.stop | W.prep | W.blocker | W.object | W.connective)) !== 0
        || (this.verbOrCue(i) && !(i > s && TER_WORD.test(this.lower(i)) && p.cueSlot[i]! < 0)))) return false;
      words++;
    }
    return false;
  }

  /** Whether pieces [s, e) are one pronoun or a run of capitalised words (a name or an organisation). */
  private nameOrPronounRun(s: number, e: number): boolean {
    if (e === s + 1 && this.cat(s, W.pronoun)) return true;
    for (let i = s; i < e; i++) if (!this.isWord(i) || !this.r.capitalised(i)) return false;
    return true;
  }

  /**
   * Whether the words from s, right after a cue verb of the `expresses` kind, are its noun-phrase object: a short phrase with no
   * auxiliary or verb, then an `object-end` word (`melaporkan kejadian itu ke Mapolsek`, `menyatakan kesiapannya
   * untuk ...`), where a reported clause would go on with its predicate (`mengatakan kejadian itu terjadi ...`).
   */
  private objectAt(s: number, b: number): boolean {
    const p = this.p;
    if (!this.isWord(s) || this.r.capitalised(s) || (this.r.bitsOf(s) & (W.pronoun | W.prep | W.stop | W.aux | W.modal | W.blocker)) !== 0
      || VERBISH.test(this.lower(s))) return false;
    // The phrase shows it is a noun phrase by a possessive `-nya` or a demonstrative (`kasihan terhadap ...` is a predicate).
    let noun = false;
    for (let i = s, words = 0; i < b && words <= MAX_CLAUSE_SUBJECT_WORDS; i++) {
      if (p.kind[i] !== K_WORD) return false;
      const bits = this.r.bitsOf(i);
      if (i > s && (bits & W.objectEnd) !== 0) return noun;
      if (i > s && ((bits & (W.aux | W.modal | W.blocker | W.stop | W.prep)) !== 0 || this.verbOrCue(i))) return false;
      noun ||= (bits & W.demonstrative) !== 0 || (p.end[i]! - p.start[i]! > 5 && this.lower(i).endsWith('nya'));
      words++;
    }
    return false;
  }

  /**
   * Past a prepositional phrase right after a cue verb that ends at a comma or `bahwa` (`mengatakan kepada
   * wartawan, ...`, `mengatakan kepada pengadilan bahwa ...`): the addressee or place is not what was said.
   * Piece s itself when there is none.
   */
  private pastAddressee(s: number, b: number): number {
    if (!this.isWord(s) || (this.r.bitsOf(s) & (W.prep | W.stop)) === 0 || this.p.lowerIs(s, 'bahwa')) return s;
    // Only the addressee ends at a comma: a fronted adverbial is part of the clause (`mengatakan di hari pertama
    // ini, pihaknya menyita ...`); before `bahwa` any such phrase is not (`menyatakan di Taipei, kemarin, bahwa`).
    let comma = this.cat(s, W.addressee) ? -1 : s;
    for (let i = s + 1; i < b && i <= s + MAX_SPEAKER_WORDS; i++) {
      if (this.is(i, COMMA)) { if (comma < 0) comma = i + 1; continue; }
      if (!this.isWord(i)) continue;
      if (this.p.lowerIs(i, 'bahwa')) return i + 1 < b ? i + 1 : s;
      if (this.verbOrCue(i)) break;
    }
    return comma > 0 && comma < b && this.isWord(comma) ? comma : s;
  }

  /**
   * Whether pieces [a, k) before a passive cue are a framing phrase: a preposition and what it governs, with no
   * verb or clause mark (`Dalam pasal 25 ayat (1)`, `Di laman resminya`).
   */
  private frameBefore(a: number, k: number): boolean {
    if (!this.cat(a, W.frame)) return false;
    if (this.wordsIn(a, k) > MAX_SPEAKER_WORDS) return false;
    // A comma may close the phrase (`Dalam laporan yang sama, disebutkan ...`); without one, a blocker inside makes
    // the cue part of a clause (`Di sanalah salah satu tempat yang izinnya dikatakan dicabut`, `Dan bisa dikatakan`).
    const closed = this.is(k - 1, COMMA);
    for (let i = a + 1, end = closed ? k - 1 : k; i < end; i++) {
      if (this.is(i, COMMA) || this.is(i, QUOTE)) return false;
      if (this.isWord(i) && (this.verbOrCue(i) || this.cat(i, W.likening) || (!closed && this.cat(i, W.blocker)))) return false;
    }
    return true;
  }

  /**
   * A credit after what was said (`Hal ini disampaikan oleh X`, `Demikian katanya`) with its cue at piece k: the
   * segment before, `prevSeg`, is the report; with none (a quotation there), the uncued quotation right before
   * `seg` gets the speaker (`"Kami sudah menangkap dua pelaku." Hal itu dijelaskan oleh Kapolsek ...`).
   */
  private creditBack(seg: Segment, prevSeg: Segment | null, k: number, cueLen: number, sp: SpeakerPhrase, at: number): boolean {
    return prevSeg ? this.addIndirect(this.content(prevSeg.start, prevSeg.end), k, cueLen, sp, 'phrase', at) : this.creditQuote(seg.start, k, cueLen, sp);
  }

  /**
   * Credit the last uncued quotation, ending right before the segment at `segStart`, to speaker `sp` with the
   * crediting cue at piece k; false when there is none.
   */
  private creditQuote(segStart: number, k: number, cueLen: number, sp: SpeakerPhrase): boolean {
    for (let x = this.found.length - 1; x >= 0; x--) {
      const f = this.found[x]!;
      if (f.kind !== 'direct' || f.cEnd > segStart) continue;
      if (f.cue || f.mode !== 'context' || this.wordsIn(this.pieceAt(f.cEnd), this.pieceAt(segStart)) !== 0) return false;
      f.cue = this.cueSpan(k, cueLen);
      f.speaker = sp;
      f.mode = 'phrase';
      return true;
    }
    return false;
  }

  /**
   * The comma of the first `, yang` in pieces (a, b), a relative clause after the subject's head that runs up to
   * the cue at b (closed by a comma right before it or by none), or -1: in `Fruktosa, yang ..., menstimulasi
   * insulin dan mengatakan` the clause is closed before another verb, so the cue is no report of the head.
   */
  private relativeClauseAt(a: number, b: number): number {
    let c = -1;
    for (let i = a + 1; i + 1 < b && c < 0; i++) if (this.is(i, COMMA) && this.cat(i + 1, W.relative)) c = i;
    if (c < 0) return -1;
    for (let i = c + 2; i < b - 1; i++) if (this.is(i, COMMA)) return -1;
    // The head is a noun phrase: no negation or other blocker (`Tidak ada yang tahu pengarang lagu ini, yang hanya
    // menyebut`), no active verb (`Aplikasi ini juga menyediakan fitur ..., yang memudahkan pelanggan melaporkan`).
    for (let i = a; i < c; i++) {
      if (!this.isWord(i)) continue;
      if (this.cat(i, W.blocker) || this.activeVerb(i)) return -1;
    }
    return c;
  }

  /** Whether word i is a cue or has a verbal prefix (`VERBISH`): the cheap cue slot is read first. */
  private verbOrCue(i: number): boolean {
    return this.p.cueSlot[i]! >= 0 || VERBISH.test(this.lower(i));
  }

  /** Whether word i is an active verb form (`menyediakan`, `berbicara`) and not a listed office, person or group word. */
  private activeVerb(i: number): boolean {
    return (this.r.bitsOf(i) & (W.title | W.person | W.collective)) === 0 && ACTIVE_VERB.test(this.lower(i));
  }

  /** Whether pieces [a, b) hold a word that is not capitalised: content that is only a name (`Fransiscus Soerjopranoto`) is none. */
  private hasLowerWord(a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (this.isWord(i) && !this.r.capitalised(i)) return true;
    return false;
  }

  private hasNameOrPronoun(a: number, b: number): boolean {
    for (let i = a; i < b; i++) {
      if (this.cat(i, W.pronoun)) return true;
      if (i > a && this.r.capitalised(i)) return true;
    }
    return false;
  }

  private allCat(a: number, b: number, c: number): boolean {
    for (let i = a; i < b; i++) if (this.isWord(i) && !this.cat(i, c)) return false;
    return true;
  }

  /** `Menurut X, ...` with the cue at piece k (the speaker phrase from piece `n`); a is the segment's first word. */
  private menurut(k: number, a: number, b: number, seg: Segment, clitic: boolean, cueLen: number, n = k + 1): boolean {
    const p = this.p;
    let npEnd: number;
    let sp: SpeakerPhrase | null;
    if (clitic) { sp = this.nya(k); npEnd = k + 1; }
    else {
      if (!this.isWord(n) || this.cat(n, W.source)) return false;
      if (this.r.capitalised(n)) {
        npEnd = n;
        let office = false;
        while (npEnd < b) {
          if (this.r.capitalised(npEnd)) { office ||= this.cat(npEnd, W.title); npEnd++; }
          else if (this.is(npEnd, DOT) && this.r.capitalised(npEnd + 1)) npEnd++;
          // `Menurut Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram) Kemenhub Risal Wasal, ...`: an office's
          // `dan` or `&` between capitalised words, and its bracketed short form, are inside the phrase.
          else if (office && (this.p.lowerIs(npEnd, 'dan') || this.is(npEnd, AMPERSAND)) && this.r.capitalised(npEnd + 1)) npEnd++;
          else if (office && this.is(npEnd, OPEN_PAREN) && this.r.capitalised(npEnd + 1)) {
            let c = npEnd + 2;
            while (c < b && c < npEnd + 6 && this.r.capitalised(c)) c++;
            if (!this.is(c, CLOSE_PAREN) || !(this.r.capitalised(c + 1) || (this.is(c + 1, COMMA) && this.r.capitalised(c + 2)))) break;
            npEnd = c + 1;
          } else break;
        }
      } else {
        npEnd = n;
        // (An abbreviation's dot glued to a short word is inside the phrase: `Menurut dr. Marudut, ...`.)
        while (npEnd < b && !this.is(npEnd, COMMA) && npEnd - n < 6 && (p.kind[npEnd] !== K_OTHER || this.abbreviationDot(npEnd))) npEnd++;
        // `Menurut dia korupsi merupakan ...`, `Reformasi menurut dia telah ...`: a pronoun needs no comma after it.
        if (!this.is(npEnd, COMMA) && this.cat(n, W.pronoun) && this.isWord(n + 1) && n + 1 < b) npEnd = n + 1;
        else if (!this.is(npEnd, COMMA)) {
          npEnd = this.taggedNameEnd(n, b);
          if (npEnd < 0) return false;
        }
      }
      sp = this.speakerIn(n, npEnd, -1);
      // `Menurut pengamat otomotif Institut Teknologi Bandung, Yannes Pasaribu, ...`: the name follows the office.
      // (`Menurut Kepala Biro Komunikasi dan Layanan Informasi, Kemenkeu, Nufransa Wira Sakti, ...`: an office may
      // hold a comma, before its body's name; a few such groups are read up to the name.)
      // (So may an office's place or club the reader took for a name: `Menurut Kapolres Banyuasin, AKBP Danny H
      // Ardiantara Sianipar, ...`; then only a name the tagger or the persons stage takes for a person replaces it.)
      const untagged = sp?.cls === 'person' && this.officeBeforeUntagged(sp, n);
      for (let g = 0, s2 = npEnd + 1; g < 2 && sp && (sp.cls !== 'person' || untagged) && sp.cls !== 'pronoun' && this.is(s2 - 1, COMMA) && this.r.capitalised(s2); g++) {
        let e2 = s2;
        while (e2 < b && (this.r.capitalised(e2) || this.is(e2, DOT))) e2++;
        // (A name that ends the sentence, `Seperti yang dikatakan Manajer PT X, Budi Santoso.`, leaves no content.)
        const sp2 = this.is(e2, COMMA) || this.is(e2, DOT) || e2 >= b ? this.speakerIn(s2, e2, -1) : null;
        if (sp2?.cls === 'person' && (!untagged || this.personIn(sp2.start, sp2.end) || this.clusteredPerson(sp2))) { sp = sp2; npEnd = e2; break; }
        if (untagged || sp2?.cls !== 'org' || !this.is(e2, COMMA)) break;
        s2 = e2 + 1;
      }
    }
    if (!sp) return false;
    const initial = this.allCat(a, k, W.connective);
    let c: { start: number; end: number } | null;
    if (initial) {
      const s = this.is(npEnd, COMMA) ? npEnd + 1 : npEnd;
      if (s >= b) return false;
      c = this.content(p.start[s]!, seg.end);
    } else c = this.content(seg.start, seg.end);
    if (!c || !this.hasLowerWord(this.pieceAt(c.start), this.pieceAt(c.end))) return false;
    this.add('indirect', c.start, c.end, this.cueSpan(k, cueLen), sp, 'phrase', p.start[k]!);
    return true;
  }

  /** Whether piece i is a dot glued to a short lower-case word before it (`dr.`, `drg.`), an abbreviation's. */
  private abbreviationDot(i: number): boolean {
    const p = this.p;
    return p.is(i, DOT) && i > 0 && p.kind[i - 1] === K_WORD && p.end[i - 1] === p.start[i] && p.end[i - 1]! - p.start[i - 1]! <= 3
      && !this.r.capitalised(i - 1) && this.r.capitalised(i + 1);
  }

  /**
   * `Menurut pelatih timnas Indonesia U-19 Fakhri Husaini ada beberapa aspek ...`: with no comma after a speaker
   * phrase opening in lower case with an office or person word, a tagged person in its first words ends it when a
   * lower-case word that is no stop word follows the name. The piece after the name, else -1.
   */
  private taggedNameEnd(n: number, b: number): number {
    const p = this.p;
    // The phrase opens with an office or person word (not `Menurut kedatangan Joko Widodo bisa ...`: the speaker was lost).
    if ((this.r.bitsOf(n) & (W.title | W.person | W.relation | W.rank)) === 0) return -1;
    const from = p.start[n]!;
    for (const e of this.per) {
      if (e.start < from) continue;
      const end = this.pieceAt(e.end);
      if (end >= b || this.wordsIn(n, end) > MAX_SPEAKER_WORDS || this.isPlace(e)) return -1;
      for (let i = n; i < end; i++) if (this.is(i, COMMA) || this.is(i, QUOTE) || (this.is(i, DOT) && !this.abbreviationDot(i))) return -1;
      // (`Menurut mantan pengacara bos FPI Rizieq Shihab itu, ...`: a demonstrative after the name points back to another.)
      return this.isWord(end) && !this.r.capitalised(end) && !this.cat(end, W.stop) && !this.r.demonstrative(end) ? end : -1;
    }
    return -1;
  }

  private post(k: number, a: number, b: number, seg: Segment, clitic: boolean, cueLen: number): boolean {
    const p = this.p;
    // `Kata dia, harga beras akan turun.`: the cue opens the sentence and the clause follows the speaker; so
    // after connectives only (`Karena itu kata dia, anak-anak sangat kehilangan ...`).
    if (!clitic && (k === a || (!this.is(k - 1, COMMA) && this.allCat(a, k, W.connective)))) {
      // (`Sebut saja Gus Teja, Nosstress, ...`: an adverb right after the cue makes it an idiom, no report.)
      if (this.r.bitsOf(k + 1) & (W.aux | W.modal)) return false;
      const after = this.phraseAfter(k + 1, b);
      if (after === k + 1 || !this.is(after, COMMA)) return false;
      let sp = this.speakerIn(k + 1, after, -1);
      // After connectives only a person speaks: `Dengan kata lain, ...`, `Lebih lanjut dijelaskan, ...` are no cues.
      if (sp && k > a && ((sp.cls !== 'person' && sp.cls !== 'pronoun') || VERBISH.test(this.lower(k + 1)))) sp = null;
      const c = sp && after + 1 < b ? this.content(p.start[after + 1]!, seg.end) : null;
      // (`..." Ungkap Chief Marketing ... Vivin Arbianti Gautama, dalam keterangan resmi`: a cue that already credits the
      // quotation before it reports nothing more.)
      if (!sp || !c || this.cueCredits(p.start[k]!)) return false;
      this.add('indirect', c.start, c.end, this.cueSpan(k, cueLen), sp, 'phrase', p.start[k]!);
      return true;
    }
    // (`Penambahan tersebut kata dia tentu ...`, `Kebun ini katanya merupakan ...`: after a demonstrative that closes
    // the subject, a mid-sentence cue needs no comma before it, when the predicate follows the speaker.)
    const bare = k > a && !this.is(k - 1, COMMA) && k - 1 > a && this.r.demonstrative(k - 1);
    if (k <= a || (!this.is(k - 1, COMMA) && !bare)) return false;
    let after: number;
    let sp: SpeakerPhrase | null;
    if (clitic) { sp = this.nya(k); after = k + 1; }
    else {
      after = this.phraseAfter(k + 1, b);
      if (after === k + 1) return false;
      sp = this.speakerIn(k + 1, after, -1);
    }
    if (!sp) return false;
    const prefixWords = this.wordsIn(a, bare ? k : k - 1);
    if (prefixWords === 0) return false;
    // The sentence's predicate goes on right after the speaker, a mid-sentence cue's closing comma left out (`Aksi
    // itu, kata Hasrul merupakan bagian ...`, `Kesepakatan ini, kata Arif sudah berlangsung lama`): an auxiliary, a
    // modal or an active verb form follows, not a stop word or a passive (`kata Budi saat ditemui`, `kata Budi
    // ditemui di ...` are the attribution's tail). With no comma before the cue, only this makes a report.
    const predicate = prefixWords <= MAX_MID_CUE_PREFIX_WORDS && this.predicateAt(clitic ? k + 1 : this.firstAfterSpeaker(k, sp), b);
    if (bare && !predicate) return false;
    const wordsAfter = after < b ? this.wordsIn(after + (this.is(after, COMMA) ? 1 : 0), b) : 0;
    // Mid-sentence (`X, kata dia, ...`, `..., katanya sangat ...`) unless what follows the speaker is the
    // attribution's tail: a place, a date, `saat ditemui ...`, `yang ...`.
    const tail = after + 1 >= p.n || this.cat(after + 1, W.stop) || (this.r.capitalised(after + 1) && !this.subjectRunAt(after + 1))
      || p.kind[after + 1] !== K_WORD;
    const mid = predicate || (after < b && this.isWord(after) && clitic)
      || (after < b && this.is(after, COMMA) && wordsAfter >= 2 && (prefixWords <= MAX_MID_CUE_PREFIX_WORDS || !tail));
    const c = mid ? this.content(seg.start, seg.end) : this.content(seg.start, p.start[k - 1]!);
    if (!c || (!mid && this.wordsIn(this.pieceAt(c.start), this.pieceAt(c.end)) < 3)) return false;
    this.add('indirect', c.start, c.end, this.cueSpan(k, cueLen), sp, 'phrase', p.start[k]!);
    return true;
  }

  /** The piece right after a person or pronoun speaker phrase that opens at piece k + 1, else -1. */
  private firstAfterSpeaker(k: number, sp: SpeakerPhrase): number {
    return (sp.cls === 'person' || sp.cls === 'pronoun') && this.p.start[k + 1] === sp.start ? this.pieceAt(sp.end) : -1;
  }

  /** Whether piece nx (before b) opens a predicate: an auxiliary, a modal or an active verb form, not a stop word. */
  private predicateAt(nx: number, b: number): boolean {
    if (nx < 0 || nx >= b || !this.isWord(nx) || this.r.capitalised(nx)) return false;
    const bits = this.r.bitsOf(nx);
    if ((bits & (W.stop | W.prep | W.relative | W.blocker)) !== 0 && (bits & (W.aux | W.aspect)) === 0) return false;
    return (bits & (W.aux | W.modal | W.aspect)) !== 0 || ACTIVE_FORM.test(this.lower(nx));
  }

  /**
   * Whether the capitalised words from piece i are a clause's subject, not an attribution's place or date: an
   * auxiliary or a verb form follows them (`..., ujar dia, Golkar juga telah memiliki ...`).
   */
  private subjectRunAt(i: number): boolean {
    let r = i;
    while (r < i + MAX_SPEAKER_WORDS && this.r.capitalised(r)) r++;
    return this.isWord(r) && !this.r.capitalised(r) && (this.cat(r, W.aux) || this.verbOrCue(r));
  }

  // ---- speaker names -------------------------------------------------------------

  /** Whether `offset` lies inside a found quote's content (a few quotes per article: checking them beats a flag per character). */
  private inQuote(offset: number): boolean {
    for (const f of this.found) if (f.cStart <= offset && offset < f.cEnd) return true;
    return false;
  }

  /** Words of the person speakers' names as written. */
  private speakerNameWords(): Set<string> {
    const words = new Set<string>();
    for (const f of this.found) if (f.speaker?.cls === 'person' && f.speaker.name) for (const w of f.speaker.name.split(' ')) words.add(w);
    return words;
  }

  /** Every person named in a capitalised run that matters (see below), as the fallback without a tagger's persons. */
  private personRuns(runs: readonly CapRun[], names: string[]): PersonRun[] {
    const p = this.p;
    const personRuns: PersonRun[] = [];
    // Only runs that can matter are read: those holding a word of a speaker's name, and those
    // opening with an office or rank (names that pronouns may point back to).
    const speakerWords = this.speakerNameWords();
    // Office- or rank-led runs are classified once, here, and the result reused below.
    const titled = new Map<CapRun, ReturnType<SpeakerReader['classifyRun']>>();
    for (const run of runs) {
      if (!this.cat(run.from, W.title) && !this.cat(run.from, W.rank)) continue;
      const c = this.r.classifyRun(run);
      titled.set(run, c);
      if (c.cls === 'person' && c.nameFrom > run.from) for (let k = c.nameFrom; k < run.to; k++) speakerWords.add(p.text(k));
    }
    // Most words of most runs are no speaker's: their length and first code unit rule them out before their text is cut.
    let lengths = 0, firsts = 0;
    for (const w of speakerWords) { lengths |= 1 << (w.length & 31); firsts |= 1 << (w.charCodeAt(0) & 31); }
    const src = p.src;
    for (const run of runs) {
      let c = titled.get(run);
      let relevant = c !== undefined;
      for (let k = run.from; !relevant && k < run.to; k++) {
        const s = p.start[k]!;
        if ((lengths & (1 << ((p.end[k]! - s) & 31))) === 0 || (firsts & (1 << (src.charCodeAt(s) & 31))) === 0) continue;
        relevant = speakerWords.has(p.text(k));
      }
      if (!relevant) continue;
      c ??= this.r.classifyRun(run);
      if (c.cls !== 'person' || this.inHeadline(p.start[run.from]!)) continue;
      const name = this.r.nameText(c.nameFrom, run.to);
      names.push(name);
      personRuns.push({ start: p.start[c.nameFrom]!, end: p.end[run.to - 1]!, name, titled: c.nameFrom > run.from });
    }
    return personRuns;
  }

  /**
   * With a tagger's person entities, they are the names, with the names written after an office
   * (`Wamenlu AM Fachir`), which the reader finds reliably; other capitalised runs are only the fallback.
   * An office-titled run adds to the tagger's names only initials or ranks before a tagged name
   * (`AM Fachir` beside a tagged `Fachir`), never the tagger-rejected words of a long title.
   * The same runs as `personRuns` are read, but only those that hold such an initial.
   */
  private titledInitialNames(names: string[]): void {
    const p = this.p;
    let speakerWords: Set<string> | null = null;
    let tagged: Set<string> | null = null;
    let orgs: Set<string> | null = null;
    let chainEnd = -1;
    // The name must open with an initial (one or two capitals) that never opens the run: only runs holding one are read.
    for (const at of this.initials) {
      if (at < chainEnd) continue;
      const found = this.r.runAt(at);
      chainEnd = found.chainEnd;
      const run = found.run;
      if (!run) continue;
      let initial = false;
      for (let k = run.from + 1; !initial && k < run.to; k++) initial = this.isInitial(k);
      if (!initial) continue;
      const c = this.r.classifyRun(run);
      if (c.cls !== 'person' || c.nameFrom <= run.from) continue;
      const name = this.r.nameText(c.nameFrom, run.to);
      tagged ??= new Set(this.per.map((e) => e.text));
      const w = name.split(' ');
      let adds = false;
      for (let i = 1; i < w.length && !adds; i++) {
        // An acronym the tagger takes for an organisation or place is no initial (`Gubernur BI Perry Warjiyo`).
        if (!INITIAL_WORD.test(w[i - 1]!) || (orgs ??= this.orgAcronyms()).has(w[i - 1]!)) break;
        adds = tagged.has(w.slice(i).join(' '));
      }
      if (!adds || this.inHeadline(p.start[run.from]!)) continue;
      // Only a run led by an office or rank, or holding a word of a speaker's name, is read at all
      // (checked last: the speakers' words need every office-led run of the text).
      if (!this.cat(run.from, W.title) && !this.cat(run.from, W.rank)) {
        speakerWords ??= this.titledSpeakerWords(this.r.runs(0, p.n, -1));
        let relevant = false;
        for (let k = run.from; !relevant && k < run.to; k++) relevant = speakerWords.has(p.text(k));
        if (!relevant) continue;
      }
      names.push(name);
    }
  }

  /** The tagger's one-word organisations and places of one or two capitals (`BI`, `MA`, `RI`), read once per article. */
  private orgAcronyms(): Set<string> {
    const out = new Set<string>();
    for (const e of this.opts.entities ?? []) if (e.type !== 'PER' && INITIAL_WORD.test(e.text)) out.add(e.text);
    return out;
  }

  /** Whether piece i is a word of one or two capitals (`M`, `AM`). */
  private isInitial(i: number): boolean {
    const p = this.p;
    const s = p.start[i]!, len = p.end[i]! - s;
    return p.kind[i] === K_WORD && len <= 2 && isUpperUnit(p.src.charCodeAt(s)) && (len === 1 || isUpperUnit(p.src.charCodeAt(s + 1)));
  }

  /** The speakers' name words, with the names written after an office or rank (what `personRuns` reads runs by). */
  private titledSpeakerWords(runs: readonly CapRun[]): Set<string> {
    const words = this.speakerNameWords();
    for (const run of runs) {
      if (!this.cat(run.from, W.title) && !this.cat(run.from, W.rank)) continue;
      const c = this.r.classifyRun(run);
      if (c.cls === 'person' && c.nameFrom > run.from) for (let k = c.nameFrom; k < run.to; k++) words.add(this.p.text(k));
    }
    return words;
  }

  private resolve(): QuoteJson[] {
    if (!this.found.length) return [];
    const per = this.per;
    // Every person name written in the article, for the fullest form of a mention.
    const names: string[] = [];
    let personRuns: PersonRun[] = [];
    if (per.length) this.titledInitialNames(names);
    else personRuns = this.personRuns(this.r.runs(0, this.p.n, -1), names);
    for (const e of per) names.push(e.text);
    this.names = names;
    this.personRunList = personRuns;
    // `," kata Kabid ... Badan Meteorologi, Klimatologi dan Geofisika (BMKG), Hary T Djatmiko saat ...`: an office read
    // as the speaker of a post, closing, passive or credit cue, whose phrase goes on to a tagged name, is that person.
    if (per.length) for (const f of this.found) if (f.speaker && f.cue) f.speaker = this.nameEndingOffice(f.cue, f.speaker) ?? f.speaker;

    const out: QuoteJson[] = [];
    let prev: QuoteJson | null = null;
    const prevSpeakers: Array<{ text: string; name: string | null; lost: boolean }> = [];
    let prevFound: Found | null = null;
    for (const f of this.found) {
      let speaker: QuoteJson['speaker'] = null;
      let name: string | null = null;
      let cue = f.cue;
      // Context attributes a quote only right after the clause that introduces it (`X menjelaskan:`,
      // or the previous quote's sentence), not one paragraphs away.
      if (f.mode === 'context' && prev && this.continues(prevFound!, prev.speaker_name, f)) {
        speaker = prev.speaker;
        name = prev.speaker_name;
        cue ??= prev.cue;
      } else if (f.mode === 'context') {
        // `Taufieq menyayangkan pembahasan yang tertutup. "Jangan sampai ..."`: the person the sentence
        // right before is about introduces the quote.
        const m = this.introducer(f);
        if (m) {
          speaker = { start: m.start, end: m.end, text: this.text.slice(m.start, m.end) };
          name = m.name;
        }
      } else if (f.mode === 'passive') {
        name = prev?.speaker_name ?? null;
      } else if (f.speaker) {
        const sp = f.speaker;
        // `Anda sulit menjelaskan ...`, `menurut Anda`: the reader addressed (a second-person pronoun) reports nothing.
        if (sp.end - sp.start <= 6 && (wordBits(this.lex, this.text, sp.start, sp.end) & W.secondPerson) !== 0) continue;
        speaker = { start: sp.start, end: sp.end, text: this.text.slice(sp.start, sp.end) };
        if (sp.cls === 'person') {
          const entity = this.entityOver(sp.start, sp.end);
          // The tagger's organisation over a capitalised run read as a person wins (`Esemka`).
          if (this.organisationSpeaker(sp.start, sp.end, entity)) name = null;
          // `tegas Menkeu`, `ujar Menperin`: an office alone (a tagger may take it for a name) is a description.
          else if (this.titleOnly(sp)) name = this.describedPerson(sp, prevSpeakers, prevFound, prev);
          // `Pasal 219 mengatakan`, `Rumor mengatakan`: one capitalised word the article also writes in lower case,
          // which neither the tagger nor the persons stage takes for a person there, is a common noun, no one's name.
          // (The layers are asked first: most such speakers are their persons, and the text is then not searched.)
          else if (entity?.type !== 'PER' && ownCluster(this.opts.clusters ?? [], sp.start, sp.end)?.type !== 'PER'
            && this.commonNoun(sp.name!)) name = null;
          else {
            // `Saifullah Yusuf (Gus Ipul)`, `Bank Indonesia (BI)`: a short form the article brackets after a name
            // or an organisation is that person, or the organisation (no person's name).
            name = this.unbracketed(sp.name!, this.personName(sp.start, sp.end, sp.name!));
          }
        } else if (sp.cls === 'pronoun') {
          // `ungkap Kapolda` (resolved to a person) then `ujarnya`, `Pasien laki-laki itu mengatakan ...` (no one
          // named) then `katanya`: the office or description spoke last, after any name, and the pronoun is it.
          const continued = this.continuedName(sp, prevFound, prev);
          // With a speaker before it, the pronoun goes on naming a speaker past subjects inside other clauses.
          name = continued !== undefined ? continued : this.lastPersonBefore(sp.start, prevFound?.speaker != null);
          // `Wakil Ketua MPR ... Eddy Soeparno optimistis ... Menurutnya`, `..., dr Susie Rendra, Sp. KK. Menurutnya`:
          // with no speaker and no subject named before it, the pronoun is the last person the narrative named.
          if (name === null && continued === undefined && !prevSpeakers.length) name = this.lastTaggedBefore(sp.start);
          // `"...," kata Gubernur Jawa Tengah. Hal tersebut dikemukakan Ganjar saat ... Menurutnya, ...`, `Salah satunya
          // adalah Ketua DPRD Arsal Aras. Menurut dia, ...`: after earlier speakers, a person the narrative names as an
          // agent or identity after the last of them (no subject named since) is whom the pronoun points back to.
          else if (name === null && continued === undefined && prevFound?.speaker) name = this.lastTaggedBefore(sp.start, prevFound.speaker.end);
        }
        else if (sp.cls === 'description' || this.titleOnly(sp)) name = this.describedPerson(sp, prevSpeakers, prevFound, prev);
        else if (sp.cls === 'org' && !hasSpace(speaker.text) && !this.cat(this.pieceAt(sp.start), W.place)) name = this.nameWordOf(speaker.text);
        prevSpeakers.push({ text: speaker.text, name, lost: sp.lost === true && name === null });
      }
      const q: QuoteJson = {
        kind: f.kind, start: f.cStart, end: f.cEnd, content: this.text.slice(f.cStart, f.cEnd),
        speaker, speaker_name: name, cue: cue ? { start: cue.start, end: cue.end, text: cue.text } : null,
      };
      out.push(q);
      // A document's report (`Dalam ayat 2 disebutkan ...`) is no one's speech for a quote after it to continue.
      if (f.mode !== 'framed') {
        prev = q;
        prevFound = f;
      }
    }
    return sortByStart(out);
  }

  /**
   * `Milan mengatakan` after `Milan Petrovic`: one capitalised word read as an organisation or a city (not a country
   * or capital of quote-speaker-words.tsv's place category, which speaks for its government) that is the first or
   * last word of a person's name in the article is that person; else null.
   */
  private nameWordOf(word: string): string | null {
    if (!this.names.length || !STARTS_UPPER.test(word) || word.toUpperCase() === word) return null;
    const full = this.fullest(word);
    return full !== word && (full.startsWith(word + ' ') || full.endsWith(' ' + word)) ? full : null;
  }

  /**
   * Whether a speaker read as a person at [start, end) is the tagger's organisation: its organisation span holds it
   * (`Esemka`), except right after an office, where a person's name stands (taggers slip on `Wamenlu AM Fachir`).
   */
  private organisationSpeaker(start: number, end: number, entity = this.entityOver(start, end)): boolean {
    return entity?.type === 'ORG' && entity.start <= start && entity.end >= end && !this.afterTitle(start);
  }

  /**
   * Whether a name the tagger once read as an organisation is a person's after all: the tagger writes it as (part
   * of) a person's name elsewhere (`Budi Karya Sumadi`, an organisation once for `Karya`), or the persons stage
   * clusters it as a person (`Fury`, `Corachan`, initials such as `HM`).
   */
  private personElsewhere(name: string, start: number, end: number): boolean {
    if (this.names.some((n) => holdsWordRun(n, name))) return true;
    const clusters = this.opts.clusters;
    if (!clusters?.length) return false;
    if (ownCluster(clusters, start, end)) return true;
    for (const cl of clusters) if (cl.type === 'PER' && mentionedAs(cl, name)) return true;
    return false;
  }

  /** Whether the speaker phrase is one office word (`Menkeu`, `Menperin`, `Kapolda`), written as a name would be. */
  private titleOnly(sp: SpeakerPhrase): boolean {
    const i = this.pieceAt(sp.start);
    return sp.cls !== 'pronoun' && this.p.end[i] === sp.end && this.r.capitalised(i) && this.cat(i, W.title) && !this.cat(i, W.rank);
  }

  /**
   * The person a description or office speaker refers to (`pelatih berusia 51 tahun itu`, `Menkeu`): an
   * earlier speaker whose mention holds the head word, else the person named right after an earlier
   * writing of the head word or of an office it abbreviates (`pelatih kepala ..., Tan Cheng Hoe`,
   * `Menteri Keuangan Sri Mulyani`), else for a person noun the last person named.
   */
  /**
   * The previous quote's speaker name (null included) when a pronoun or description at `sp` continues it: that
   * speaker was itself a pronoun, an office alone or a description (a name speaker is found by `lastPersonBefore`
   * anyway) and no person is named as a subject between it and `sp`. Undefined otherwise.
   */
  private continuedName(sp: SpeakerPhrase, prevFound: Found | null, prev: QuoteJson | null): string | null | undefined {
    const ps = prevFound?.speaker;
    if (!ps || !prev || ps.start >= sp.start) return undefined;
    // A description counts when it is of one person (`Pasien laki-laki`, not `Keduanya` or `Para penentang itu`)
    // or points back to one with a demonstrative (`Jenderal bintang dua ini`); a bare office noun (`hakim`,
    // `jaksa`) names no one in particular.
    if (this.titleOnly(ps) ? prev.speaker_name === null
      : ps.cls !== 'pronoun' && (ps.cls !== 'description' || (this.personWordIn(ps) < 0
        && (prev.speaker_name === null || !this.r.demonstrative(this.pieceAt(ps.end) - 1))))) return undefined;
    const m = this.lastMentionBefore(sp.start, true);
    return !m || m.start < ps.start ? prev.speaker_name : undefined;
  }

  private describedPerson(sp: SpeakerPhrase, prevSpeakers: ReadonlyArray<{ text: string; name: string | null; lost: boolean }>, prevFound: Found | null, prev: QuoteJson | null): string | null {
    const i = this.pieceAt(sp.start);
    const head = sp.head ?? this.lower(i);
    // The same description again (`seorang fotografer Reuters` ... `fotografer itu`) is the same referent, named or not.
    // (An office whose holder's name the text lost, `pelatih Persib Bandung,  ,, menegaskan`, is someone named, but
    // not there: it does not make a later writing of the office nameless.)
    // (Not one naming another body or place: `politikus PDIP itu` ... `Politikus NasDem tersebut` are two people.)
    const own = this.text.slice(sp.start, sp.end);
    for (let k = prevSpeakers.length - 1; k >= 0; k--) {
      if (!prevSpeakers[k]!.lost && hasWord(prevSpeakers[k]!.text.toLowerCase(), head) && !otherNames(prevSpeakers[k]!.text, own, head)) return prevSpeakers[k]!.name;
    }
    const office = sp.head === null;
    const p = this.p;
    // Only an office or role head is looked for in the text: `anak`, `warga` name no one in particular.
    const headBits = wordBits(this.lex, head, 0, head.length);
    for (let k = office || (headBits & W.title) !== 0 ? i - 1 : -1; k >= 0; k--) {
      if (p.kind[k] !== K_WORD) continue;
      const same = p.end[k]! - p.start[k]! === head.length && this.lower(k) === head;
      if (!same && !(office && this.r.capitalised(k) && this.cat(k, W.title) && this.abbreviates(head, k))) continue;
      if (this.inQuote(p.start[k]!)) continue;
      const name = this.personAfter(k);
      if (name) return name;
    }
    // A person noun (`pria itu`, `Pasien laki-laki`): the one an indefinite writing of it introduced before
    // (`seorang laki-laki, 54 tahun, ...` names no one; `seorang pria bernama Budi`), else for a person head the
    // person last named.
    const pw = this.personWordIn(sp);
    if ((headBits & W.person) !== 0 || (pw >= 0 && (headBits & W.title) === 0)) {
      const intro = pw >= 0 ? this.introducedAs(this.lower(pw), i) : undefined;
      return intro !== undefined ? intro : (headBits & W.person) !== 0 ? this.lastPersonBefore(sp.start) : null;
    }
    // An office, role or kinship pointed back to by a demonstrative (`Jenderal bintang dua ini`, `ayah artis X ini`):
    // the office holder who spoke last
    // when no one was named since, else the person last named.
    const last = this.pieceAt(sp.end) - 1;
    if (((headBits & (W.title | W.relation)) === 0 && !roleHead(head)) || last <= i || !this.r.demonstrative(last)) return null;
    const prevName = prev?.speaker_name ? this.continuedName(sp, prevFound, prev) : undefined;
    return prevName ?? this.lastPersonBefore(sp.start);
  }

  /**
   * Whom the first indefinite writing of person noun `head` before piece i, outside quotes, introduces
   * (`seorang pria bernama Budi Santoso`: the person named right after it; `seorang laki-laki, 54 tahun, ...`:
   * null, no one named). Undefined when there is none.
   */
  private introducedAs(head: string, i: number): string | null | undefined {
    const p = this.p;
    for (let k = 1; k < i; k++) {
      if (p.kind[k] !== K_WORD || p.end[k]! - p.start[k]! !== head.length || !this.cat(k - 1, W.anonymous) || this.lower(k) !== head || this.inQuote(p.start[k]!)) continue;
      return this.personAfter(k);
    }
    return undefined;
  }

  /** The first piece of speaker phrase sp that is a person noun (`laki-laki` in `Pasien laki-laki`), or -1. */
  private personWordIn(sp: SpeakerPhrase): number {
    for (let k = this.pieceAt(sp.start), e = this.pieceAt(sp.end); k < e; k++) if (this.isWord(k) && this.cat(k, W.person)) return k;
    return -1;
  }

  /**
   * Whether `short` (lower-cased) abbreviates the capitalised words from piece k: cut into pieces, the
   * first a prefix of the first word and each next one inside the next word (`menkeu`: Menteri
   * Keuangan, `mendikbud`: Menteri Pendidikan dan Kebudayaan; `dan` may be skipped).
   */
  private abbreviates(short: string, k: number): boolean {
    const words: string[] = [];
    for (let j = k; j < this.p.n && words.length < 6 && this.isWord(j) && (this.r.capitalised(j) || this.p.lowerIs(j, 'dan')); j++) {
      if (!this.p.lowerIs(j, 'dan')) words.push(this.lower(j));
    }
    return words.length >= 2 && abbreviation(short, 0, words, 0);
  }

  /** The person named within a few pieces after piece k, in the same sentence (`pelatih kepala Malaysia, Tan Cheng Hoe`). */
  private personAfter(k: number): string | null {
    const p = this.p;
    const limit = Math.min(p.n, k + 1 + MAX_SPEAKER_WORDS);
    let to = k + 1;
    // The name stands in apposition to the head: a verb or a function word ends the search (`dari
    // hakim tak langsung diterima oleh jaksa`), `dan` inside an office does not (`Menteri Hukum dan HAM`).
    for (; to < limit && !this.is(to, DOT) && !this.is(to, QUOTE); to++) {
      if (!this.isWord(to) || this.r.capitalised(to)) continue;
      if (this.cat(to, W.stop) && !(this.r.capitalised(to - 1) && this.r.capitalised(to + 1))) break;
      if (ACTIVE_OR_PASSIVE.test(this.lower(to))) break;
    }
    if (to <= k + 1) return null;
    const sp = this.speakerIn(k, to, -1);
    if (sp?.cls !== 'person' || !sp.name) return null;
    // A tagger's person, or without a tagger a name of two words or more (not any capitalised word).
    if (this.per.length ? !this.per.some((e) => e.start === sp.start && e.end === sp.end) : !hasSpace(sp.name)) return null;
    return this.personName(sp.start, sp.end, sp.name);
  }

  /**
   * The fullest form of the person name written at [start, end) (see `fullest`). With the persons
   * stage's clusters, a fuller form that is another person's mention is not taken (`Eka` clustered
   * with `Eka Sapanca` is not `Then Surianto Eka Prasetyo`): the fullest mention of the name's own
   * cluster is.
   */
  private personName(start: number, end: number, name: string): string {
    const full = this.fullest(name);
    const clusters = this.opts.clusters;
    if (!clusters?.length) return full;
    // A name no fuller form holds is looked up in its cluster only if it is a person's alias.
    if (full === name && !this.aliasNames(clusters).has(name)) return full;
    const own = ownCluster(clusters, start, end);
    if (full === name) return this.aliasOf(own, name);
    if (!own || mentionedAs(own, full)) return full;
    let other = false;
    for (let c = 0; c < clusters.length && !other; c++) other = clusters[c] !== own && clusters[c]!.type === 'PER' && mentionedAs(clusters[c]!, full);
    if (!other) return full;
    let best = name;
    let bestWords = wordCount(name);
    // (A text met again cannot win again: only more words than the best so far do.)
    for (const m of own.mentions) {
      const t = collapseSpaces(m.text);
      const w = wordCount(t);
      if (w > bestWords && w <= MAX_NAME_WORDS && holdsWordRun(t, name)) { best = t; bestWords = w; }
    }
    // Only a fuller form the fullest one cannot be (`Eka Sapanca` beside `Then Surianto Eka Prasetyo`)
    // overrules it: a persons stage that left `Syarif` apart from `Muhammad Syarif Hidayatullah`, or
    // `BJ Habibie` apart from `Bacharuddin Jusuf Habibie`, has split one person.
    return best !== name && !sameName(best, full) ? best : full;
  }

  private aliasSet: Set<string> | null = null;

  /**
   * `Alex, panggilan Alexander Marwata`: a nickname the article gives the person (an alias of the cluster
   * `own`) is named by the person's name, as the fullest name written for that person; else `name`.
   * (A cluster named by an office, `Marketing Promotion Manager`, is the persons stage's slip: no name.)
   */
  private aliasOf(own: ClusterJson | null, name: string): string {
    return own && own.aliases.includes(name) && wordCount(own.name) > wordCount(name) && wordCount(own.name) <= MAX_NAME_WORDS
      && !this.hasOfficeWord(own.name) ? own.name : name;
  }

  /** Name `full` (the fullest form of `name`), or what the article brackets it for (see `bracketedShort`). */
  private unbracketed(name: string, full: string): string | null {
    const short = this.bracketedShort(full);
    if (short !== undefined || full === name) return short === undefined ? full : short;
    // A fuller form already found (`SBY`: Susilo Bambang Yudhoyono, from the persons stage) stays, unless the short
    // form stands for an organisation.
    return this.bracketedShort(name) === null ? null : full;
  }

  private shortCache: Map<string, string | null | undefined> | null = null;

  /** Whether `name` is one capitalised word (not all capitals) that the text also writes in lower case after a space. */
  private commonNoun(name: string): boolean {
    if (hasSpace(name) || name.length < 3 || name.toUpperCase() === name || !STARTS_UPPER.test(name)) return false;
    // The word is searched for, not the space before it: a search is quick where its first character is rare,
    // and a space is the commonest.
    const low = name.toLowerCase(), text = this.text;
    for (let i = text.indexOf(low, 1); i >= 0; i = text.indexOf(low, i + 1)) {
      if (text.charCodeAt(i - 1) !== 32) continue;
      const c = text.charCodeAt(i + low.length);
      // A word end: the text's end, a space or a punctuation mark (not a letter, digit, hyphen, dot in a handle).
      if (Number.isNaN(c) || c === 32 || c === 44 || c === 59 || c === 58 || c === 41 || c === 33 || c === 63 || c === 10
        || (c === 46 && !/[\p{L}\d]/u.test(text.charAt(i + low.length + 1)))) return true;
    }
    return false;
  }

  /**
   * Where the text first writes `(name)`, else -1: the name is searched for, and its brackets checked around it
   * (its capital is rarer in the text than a bracket, and no bracketed string is built).
   */
  private bracketedAt(name: string): number {
    const text = this.text, len = name.length;
    if (len === 0) return text.indexOf('()');
    for (let i = text.indexOf(name, 1); i >= 0; i = text.indexOf(name, i + 1)) {
      if (text.charCodeAt(i - 1) === OPEN_PAREN && text.charCodeAt(i + len) === CLOSE_PAREN) return i - 1;
    }
    return -1;
  }

  /**
   * What a name the article writes in brackets right after a capitalised run stands for (its first such writing):
   * the run's person (`Menteri Sosial Saifullah Yusuf (Gus Ipul)`: Saifullah Yusuf, at its fullest), or null when
   * the run is an organisation (`Bank Indonesia (BI)`, `Badan Legislasi (Baleg)`). Undefined when the name is
   * never so bracketed, or the run is that name itself.
   */
  private bracketedShort(name: string): string | null | undefined {
    const cache = (this.shortCache ??= new Map());
    if (cache.has(name)) return cache.get(name);
    let out: string | null | undefined;
    // Only a short form: one word (`BI`, `Jokowi`), or an honorific and a word (`Gus Ipul`).
    const space = name.indexOf(' ');
    const short = space < 0 || (name.indexOf(' ', space + 1) < 0 && this.lex.honorifics.has(name.slice(0, space).toLowerCase()));
    const at = short ? this.bracketedAt(name) : -1;
    const k = at > 0 ? this.pieceAt(at) - 1 : -1;
    if (k >= 0 && this.isWord(k) && this.r.capitalised(k) && this.r.spaced(k)) {
      const run = this.r.runAt(k).run;
      if (run && run.to === k + 1) {
        const c = this.r.classifyRun(run);
        const tagged = this.entityOver(at + 1, at + 1 + name.length)?.type;
        if (c.cls === 'org') out = space < 0 && tagged !== 'PER' ? null : undefined;
        else {
          const full = this.r.nameText(c.nameFrom, run.to);
          // A person's name of two words or more, and the short form no affiliation after it (`Febri (KPK)`):
          // initials of the name (`WH`: Wahidin Halim), or a word the tagger takes for no organisation or place.
          const acronym = name.length <= 4 && name === name.toUpperCase();
          if (full !== name && wordCount(full) >= 2 && (acronym ? sameName(name, full) : tagged === undefined || tagged === 'PER')) out = this.fullest(full);
        }
      }
    }
    cache.set(name, out);
    return out;
  }

  /** The fullest form of a name mentioned at [start, end), a nickname named as `aliasOf` does. */
  private mentionName(start: number, end: number, name: string): string {
    const full = this.fullest(name);
    const clusters = this.opts.clusters;
    if (full !== name || !clusters?.length || !this.aliasNames(clusters).has(name)) return full;
    return this.aliasOf(ownCluster(clusters, start, end), name);
  }

  /** Whether a word of `name` is an office or organisation word (data/id/quote-speaker-words.tsv). */
  private hasOfficeWord(name: string): boolean {
    for (let a = 0; a < name.length;) {
      let b = name.indexOf(' ', a);
      if (b < 0) b = name.length;
      if (wordBits(this.lex, name, a, b) & (W.title | W.org | W.collective)) return true;
      a = b + 1;
    }
    return false;
  }

  /** The aliases of the person clusters (gathered once per article). */
  private aliasNames(clusters: readonly ClusterJson[]): Set<string> {
    if (!this.aliasSet) {
      this.aliasSet = new Set();
      for (const c of clusters) if (c.type === 'PER') for (const a of c.aliases) this.aliasSet.add(a);
    }
    return this.aliasSet;
  }

  /**
   * Whether quote f continues the speech attributed by `before`: it opens with no words between it and
   * the end of the attributing sentence, or no other person is named as a subject in between.
   */
  private continues(before: Found, name: string | null, f: Found): boolean {
    const seg = this.segmentOf(before.anchor);
    let end = Math.max(before.cEnd, seg ? seg.end : before.anchor);
    if (end > f.cStart) end = before.cEnd;
    if (end > f.cStart || this.wordsIn(this.pieceAt(end), this.pieceAt(f.cStart)) === 0) return true;
    const m = this.lastMentionBefore(f.cStart);
    return !m || m.start < end || m.name === name;
  }

  // Name resolution state, filled by `resolve` (methods rather than closures: nothing to create per article).
  private names: string[] = [];
  private personRunList: PersonRun[] = [];
  private candidates: Array<{ name: string; words: number }> | null = null;
  private fullestCache: Map<string, string> | null = null;
  private narrative: MentionCandidate[] | null = null;

  /** The fullest form of a name among the article's names (`Fachir` -> `AM Fachir`): the first of the most words that holds its words in a row. */
  private fullest(name: string): string {
    const cache = (this.fullestCache ??= new Map());
    const cached = cache.get(name);
    if (cached !== undefined) return cached;
    if (!this.candidates) {
      this.candidates = [];
      // A one-word name is never fuller than another name; a name met again cannot win again (see below).
      const seen = new Set<string>();
      for (const n of this.names) {
        if (n.indexOf(' ') < 0 || seen.has(n)) continue;
        seen.add(n);
        const words = wordCount(n);
        if (words <= MAX_NAME_WORDS) this.candidates.push({ name: n, words });
      }
    }
    // Words joined by single spaces: a run of whole words of the candidate is the name.
    let best = name;
    let bestLen = wordCount(name);
    for (const c of this.candidates) {
      if (c.words <= bestLen) continue;
      if (holdsWordRun(c.name, name)) { best = c.name; bestLen = c.words; }
    }
    cache.set(name, best);
    return best;
  }

  /**
   * Every mention that may be a narrative mention (outside quoted content) a pronoun points back to, by offset:
   * the capitalised person runs (without a tagger), the tagger's persons and the person speakers. Whether one
   * is a narrative mention, and its name, are found only when a look-up walks back to it (`narrativeAt`):
   * most are never reached, since a look-up stops at the first that is, going back from its offset.
   */
  private mentionCandidates(): MentionCandidate[] {
    const out: MentionCandidate[] = [];
    const per = this.per;
    if (!per.length) for (const pr of this.personRunList) out.push({ start: pr.start, end: pr.end, run: pr, tagged: null, speaker: null, checked: false, mention: null });
    for (const e of per) out.push({ start: e.start, end: e.end, run: null, tagged: e, speaker: null, checked: false, mention: null });
    for (const f of this.found) {
      // An office alone read as a name (`ungkap Kapolda`) is a description, resolved elsewhere: no name to point back to.
      const sp = f.speaker;
      if (sp?.cls === 'person' && sp.name && !this.titleOnly(sp)) out.push({ start: sp.start, end: sp.end, run: null, tagged: null, speaker: sp, checked: false, mention: null });
    }
    // (A stable sort: the narrative mentions among them keep the order they were always read in.)
    return sortByStart(out);
  }

  /** The narrative mention candidate c is, null when it is none; decided on first need and kept. */
  private narrativeAt(c: MentionCandidate): NamedMention | null {
    if (c.checked) return c.mention;
    c.checked = true;
    const { start, end } = c;
    // `"... Aneka Tambang berharap ..." ujarnya. Dia menyebut ...`: a speaker the tagger reads as an organisation,
    // and which therefore speaks with no name, is no person for a pronoun to point back to either.
    if (c.speaker && this.organisationSpeaker(start, end) && !this.personElsewhere(c.speaker.name!, start, end)) return null;
    if (c.speaker) {
      const name = this.unbracketed(c.speaker.name!, this.mentionName(start, end, c.speaker.name!));
      if (name !== null) c.mention = { start, end, name, speaker: true };
    } else if (c.tagged) {
      const e = c.tagged;
      // `RSUD Siti Fatimah menjadi rujukan ...`: a name after an institution's or place's head word is that
      // institution's or place's, no person for a pronoun to point back to.
      if (!this.inQuote(start) && this.subjectAt(start, end) && !this.isPlace(e) && !this.afterNameHead(start, true)) {
        const name = this.unbracketed(e.text, this.mentionName(start, end, e.text));
        if (name !== null) c.mention = { start, end, name };
      }
    } else if (c.run && !this.inQuote(start) && this.subjectAt(start, end) && !this.afterNameHead(start, true)) {
      const pr = c.run;
      if (pr.titled || pr.name.split(' ').some((w) => this.knownPersonWords().has(w))) c.mention = { start, end, name: this.fullest(pr.name) };
    }
    return c.mention;
  }

  private personWords: Set<string> | null = null;

  /**
   * Without a tagger, the words of names known to be people, gathered on first need: the person speakers'
   * names (fullest forms) and names written after an office (`Gubernur ... Ganjar Pranowo`).
   */
  private knownPersonWords(): Set<string> {
    if (this.personWords) return this.personWords;
    const words = (this.personWords = new Set<string>());
    for (const f of this.found) if (f.speaker?.cls === 'person' && f.speaker.name) for (const w of this.fullest(f.speaker.name).split(' ')) words.add(w);
    for (const pr of this.personRunList) if (pr.titled) for (const w of pr.name.split(' ')) if (w.length > 2) words.add(w);
    return words;
  }

  /** The person named as a subject in the sentence that ends right before quote f opens, if any. */
  private introducer(f: Found): NamedMention | null {
    const m = this.lastMentionBefore(f.cStart);
    if (!m || this.inQuote(m.start)) return null;
    const seg = this.segmentOf(m.start);
    if (!seg || seg.end > f.cStart || this.wordsIn(this.pieceAt(seg.end), this.pieceAt(f.cStart)) !== 0) return null;
    // The sentence's subject (after connectives only), and an agent: not `Claudio Marini diragukan ...`.
    let a = this.pieceAt(seg.start);
    while (a < this.p.n && (!this.isWord(a) || this.cat(a, W.connective))) a++;
    // An office may stand before the name (`Kepala Bulog Agus Salim meninjau ...`).
    const at = this.pieceAt(m.start);
    if (a > at) return null;
    while (a < at && this.r.capitalised(a)) a++;
    if (a !== at) return null;
    const next = this.pieceAt(m.end);
    return this.isWord(next) && PASSIVE.test(this.lower(next)) ? null : m;
  }

  /**
   * Whether the name at `start` opens its clause: only connectives, capitalised words (an office, `Direktur PT
   * Persib Teddy Tjahyono`) and punctuation between it and the sentence start or the comma after a fronted
   * phrase. A pronoun speaker goes on naming the last speaker past a name in an object (`Dia meminta
   * Masinton menjaga ...`) or a subordinate clause (`agar Elsa segera ...`, `, karena Jokowi berhadapan ...`):
   * only a person made the subject of a sentence takes over.
   */
  private opensSentence(start: number): boolean {
    const first = this.pieceAt(this.sentenceStart(start));
    const at = this.pieceAt(start);
    let described = false, a = at - 1, names = true, body = false;
    // Back to the comma that ends a fronted phrase (`Sebelumnya, usai peresmian ..., Ganjar mengeluarkan ...`).
    for (; a >= first && !this.is(a, COMMA); a--) {
      if (!this.isWord(a)) { names = false; continue; }
      const bits = this.r.bitsOf(a);
      // `Sedangkan, saat Anies menjabat gubernur ...`, `Ketika Gubernur Anies datang`: a time or topic word that also
      // ends a speaker phrase (`saat`, `ketika`, `setelah`, `terkait`), written right before the name or its office,
      // opens a subordinate clause or a phrase the name is the object of.
      // (Not `dan`, which also joins the words of an office: `Menteri Pemuda dan Olahraga Imam Nahrawi`.)
      if (names && (bits & W.connective) !== 0 && (bits & W.stop) !== 0 && (bits & W.prep) === 0 && (!this.r.capitalised(a) || a === first)) return false;
      if (this.r.capitalised(a)) { if (names && ((bits & (W.title | W.org | W.place)) !== 0 || this.r.placeAt(a, at) > a)) body = true; continue; }
      names = false;
      // (`Di sana, keluarga dan kerabat BJ Habibie sudah berkumpul`: no joined or fronted words before a description.)
      if ((bits & W.connective) !== 0) { if (described) return false; continue; }
      // `Sementara itu, ..., seniman konseptual Italia Maurizio Cattelan memuji ...`: lower-case words of a description
      // before the name may open the clause (checked below); a verb form or a function word may not.
      // The description names a body, a place or an office between it and the name (`Italia`, `Kementerian Luar Negeri
      // China`): right before a name, a role noun may be whose it is (`sekretaris pribadi Habibie mengajak ...`).
      if (!body || (bits & (W.prep | W.stop | W.aux | W.modal | W.blocker | W.pronoun | W.relative | W.anonymous | W.demonstrative)) !== 0
        || ACTIVE_OR_PASSIVE.test(this.lower(a))) return false;
      described = true;
    }
    if (!described) return true;
    // ... when the clause opens (after connectives) with a role or person head (`mantan`, `bekas` before it); not a
    // kinship or client word, after which the name is the relative's (`kuasa hukum Sahara juga berencana ...`).
    let h = a + 1;
    while (h < at && (!this.isWord(h) || this.cat(h, W.connective))) h++;
    h = this.r.afterModifiers(h, at);
    if (h >= at || this.r.capitalised(h) || this.cat(h, W.relation) || titleKind(this.lower(h)) === 'relation') return false;
    return this.r.describingHead(h);
  }

  /** Whether a narrative mention is a subject inside another clause (found on first need and kept). */
  private isInner(m: NamedMention): boolean {
    if (m.speaker) return false;
    return (m.inner ??= !this.opensSentence(m.start));
  }

  /** Where the sentence holding `offset` starts (its segment's start without an ordered sentences layer). */
  private sentenceStart(offset: number): number {
    const sentences = this.opts.sentences;
    if (!this.segments && sentences) {
      const si = this.sentenceIndexAt(offset);
      return si < 0 ? 0 : sentences[si]!.start;
    }
    return this.segmentOf(offset)?.start ?? 0;
  }

  /**
   * The last person the tagger names before `offset` outside quoted content, not an institution's or place's name
   * (`RSUD Siti Fatimah`): the fallback for a pronoun when no subject or speaker was named before it.
   */
  private lastTaggedBefore(offset: number, after = 0): string | null {
    const per = this.per;
    for (let i = per.length - 1; i >= 0 && per[i]!.start >= after; i--) {
      const e = per[i]!;
      if (e.end > offset || this.inQuote(e.start) || this.isPlace(e) || this.afterNameHead(e.start, true) || !this.leadsClause(e.start, after > 0 ? e.end : -1)) continue;
      return this.unbracketed(e.text, this.mentionName(e.start, e.end, e.text));
    }
    return null;
  }

  /**
   * Whether the name at `start` (after any office before it: `Wakil Ketua MPR RI dari Fraksi PAN Eddy Soeparno`)
   * opens its sentence or a phrase after a comma, or is the agent of a passive (`disampaikan Purbaya`, `adalah
   * Moch Aminullah`), not an object (`menyeret ... Bripka Eka`, `audiensi Deputi ... pada LIPI Enny`).
   */
  private leadsClause(start: number, strictEnd = -1): boolean {
    const first = this.pieceAt(this.sentenceStart(start));
    // Strictly (a pronoun after earlier speakers): a subject must go on to its verb (not a list's item, `210 anggota
    // Manggala Agni, 292 ...`, nor a title, `Jennifer's Body`), an agent must be a speech verb's (`dikemukakan Ganjar`,
    // not `dipakai Imam Nahrawi`).
    const strict = strictEnd >= 0;
    if (strict && this.afterCreditCue(start)) return true;
    let i = this.pieceAt(start) - 1;
    for (; i >= first; i--) {
      if (this.is(i, COMMA)) return !strict || this.subjectAt(start, strictEnd);
      if (!this.isWord(i) || this.r.capitalised(i)) continue;
      // `dari`, `dan` inside an office's name (`Ketua MPR RI dari Fraksi PAN`).
      if (i > first && this.r.capitalised(i - 1) && this.r.capitalised(i + 1) && (this.p.lowerIs(i, 'dari') || this.p.lowerIs(i, 'dan'))) continue;
      // A lower-case office word opening the office (`anggota Komisi VII DPR RI Bambang Haryo Soekartono`).
      if (this.cat(i, W.title) && this.r.capitalised(i + 1)) continue;
      break;
    }
    if (i < first || this.cat(i, W.connective)) return !strict || this.subjectAt(start, strictEnd);
    // `diumumkan langsung Menteri Keuangan Sri Mulyani`
    if (i > first && this.p.lowerIs(i, 'langsung')) i--;
    if (strict) {
      const w = this.lower(i);
      return (PASSIVE.test(w) && this.cueAt(i) !== null) || (this.cat(i, W.agent) && i > first && this.cueAt(i - 1) !== null) || this.lex.identity.has(w);
    }
    return PASSIVE.test(this.lower(i)) || this.cat(i, W.agent) || this.lex.identity.has(this.lower(i));
  }

  /**
   * Whether the name at `start` ends the speaker phrase of a post, closing, passive or credit cue before it, after any
   * office (`," kata Project Manager Tol Jakarta- Cikampek II Elevated Fatkhur Rozaq`, `ujar Ekonom dari Institute for
   * ... (Indef), Bhima Yudisthira`, `Hal tersebut dikemukakan Ganjar`): the speaker a later pronoun points back to.
   */
  private afterCreditCue(start: number): boolean {
    return this.creditCueBefore(start) >= 0;
  }

  /** The piece of the post, closing, passive or credit cue whose office phrase the name at `start` ends (`afterCreditCue`), else -1. */
  private creditCueBefore(start: number): number {
    const p = this.p;
    const floor = Math.max(0, this.pieceAt(start) - MAX_OFFICE_PIECES);
    let comma = false, caps = 0;
    for (let i = this.pieceAt(start) - 1; i >= floor; i--) {
      const cue = this.cueAt(i);
      if (cue) return (cue.kinds & (CK_POST | CK_CLOSING | CK_PASSIVE | CK_CREDIT)) !== 0 && !cue.clitic ? i : -1;
      if (!this.isWord(i)) {
        // (`dr. Achmad Noeroel Cholis`, `H. Ony Anwar`: the dot of a title's or rank's abbreviation ends no sentence.)
        // (Only a short one right before a capitalised word: `kata Jaksa.,Akhirnya Helmi ...` ends its sentence.)
        if (this.is(i, DOT) && i > floor && this.isWord(i - 1) && p.start[i] === p.end[i - 1] && p.end[i - 1]! - p.start[i - 1]! <= 4
          && this.r.capitalised(i + 1) && ((this.r.bitsOf(i - 1) & (W.title | W.rank)) !== 0 || this.lex.honorifics.has(this.lower(i - 1)))) continue;
        if (p.kind[i] === K_DIGITS || this.is(i, DOT) || this.is(i, QUOTE)) return -1;
        if (this.is(i, COMMA)) comma = true;
        continue;
      }
      if (this.r.capitalised(i)) { caps++; continue; }
      const w = this.lower(i);
      if ((this.cat(i, W.title) && !this.cat(i, W.anonymous)) || this.cat(i, W.agent) || officeLinks().has(w)) continue;
      if (officePlaceLinks().has(w) && (comma || (w === 'pada' && caps >= 2 && i > floor && this.r.capitalised(i - 1)))) continue;
      return -1;
    }
    return -1;
  }

  /**
   * The tagged person ending the office phrase that speaker phrase `sp` (an office, a body, or capitalised words the
   * tagger took for no person) opens after cue `cue` (`kata Kabid ... (BMKG), Hary T Djatmiko`); null when there is none.
   */
  private nameEndingOffice(cue: CueSpan, sp: SpeakerPhrase): SpeakerPhrase | null {
    if (sp.cls === 'pronoun' || sp.cls === 'anonymous' || sp.start < cue.end) return null;
    if (sp.cls === 'person' && this.personIn(sp.start, sp.end)) return null;
    const c = this.pieceAt(cue.start);
    for (const e of this.per) {
      if (e.start < sp.end) continue;
      if (this.pieceAt(e.start) - c > MAX_OFFICE_PIECES) break;
      if (this.inQuote(e.start) || this.isPlace(e) || this.afterNameHead(e.start, true)) continue;
      return this.creditCueBefore(e.start) === c ? { start: e.start, end: e.end, cls: 'person', name: e.text, head: null } : null;
    }
    return null;
  }

  /** The last narrative person mention before `offset`, gathered on first need. */
  private lastPersonBefore(offset: number, continuing = false): string | null {
    return this.lastMentionBefore(offset, continuing)?.name ?? null;
  }

  /** The last narrative person mention before `offset`; with `skipInner`, the last that opens its clause. */
  private lastMentionBefore(offset: number, skipInner = false): NamedMention | null {
    const list = (this.narrative ??= this.mentionCandidates());
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const m = this.narrativeAt(list[i]!);
      if (m && !(skipInner && this.isInner(m))) return m;
    }
    return null;
  }

  /**
   * Whether the name at [start, end) reads as the subject of its clause: not
   * after a preposition (`bersama Ridwan Kamil`), and followed by a verb or an
   * auxiliary (`Ganjar mengeluarkan`, `Jokowi sudah`). A pronoun points back to
   * such a mention rather than to any name in passing.
   */
  private subjectAt(start: number, end: number): boolean {
    const i = this.pieceAt(start);
    if (i > 0 && this.cat(i - 1, W.prep)) return false;
    let j = this.pieceAt(end);
    // `Sambusir Yusuf, 59 tahun, menemukan ...`: skip a short apposition set off by commas.
    // `Menteri Luar Negeri Iran, Mohammad Javad Zarif, menampik ...`: a name set off by commas, then its verb.
    // (Only a name that is the apposition of an office opening its sentence: not `dia meminta manajer City, Pep
    // Guardiola, segera memainkan ...`, an object's.)
    if (this.is(j, COMMA) && this.isWord(j + 1) && !this.r.capitalised(j + 1) && (this.verbOrCue(j + 1) || this.cat(j + 1, W.aux))
      && this.officeAppositionAt(i)) return true;
    if (this.is(j, COMMA)) {
      let k = j + 1;
      while (k < this.p.n && k < j + MAX_APPOSITION_PIECES && !this.is(k, COMMA) && !this.is(k, DOT)) k++;
      if (!this.is(k, COMMA)) return false;
      j = k + 1;
    }
    if (!this.isWord(j)) return false;
    return this.verbOrCue(j) || this.cat(j, W.aux);
  }

  /**
   * Whether the name at piece i follows a comma after an office that opens its sentence: only capitalised words,
   * office words, connectives and punctuation before it (`Pelatih Persib, Robert Rene Alberts, belum ...`,
   * `Sementara itu, Manajer Juventus, Maurizio Sarri, menyesalkan ...`).
   */
  private officeAppositionAt(i: number): boolean {
    if (i < 1 || !this.is(i - 1, COMMA)) return false;
    const first = this.pieceAt(this.sentenceStart(this.p.start[i]!));
    let office = false;
    for (let k = i - 2; k >= first; k--) {
      if (!this.isWord(k)) { if (this.is(k, DOT) || this.is(k, QUOTE)) return false; continue; }
      if (this.r.capitalised(k)) { if (this.cat(k, W.title)) office = true; continue; }
      if (this.cat(k, W.title)) { office = true; continue; }
      if (this.cat(k, W.connective) || officeLinks().has(this.lower(k))) continue;
      return false;
    }
    return office;
  }

  private headlineCache: Map<number, boolean> | null = null;

  /**
   * Whether the line holding `offset` is written in title case (a headline,
   * a video or related-article title): its capitalised words are no names.
   */
  private lineStarts: number[] | null = null;

  private inHeadline(offset: number): boolean {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.folded.indexOf('\n'); i >= 0; i = this.folded.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    let lo = 0, hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const ls = this.lineStarts[lo]!;
    const cache = (this.headlineCache ??= new Map());
    let v = cache.get(ls);
    if (v === undefined) {
      let le = this.folded.indexOf('\n', offset);
      if (le < 0) le = this.folded.length;
      let words = 0, caps = 0;
      const first = this.pieceAt(ls), e = this.pieceAt(le);
      // A line has no more words than pieces: once its lower-case words pass the share of its pieces that a
      // headline allows, it is no headline, and the rest of the line (most often the whole article) is not read.
      const maxLower = (1 - HEADLINE_CAPS_SHARE) * (e - first);
      let body = false;
      for (let i = first; i < e; i++) {
        if (!this.isWord(i)) continue;
        words++;
        if (this.r.capitalised(i)) caps++;
        else if (words - caps > maxLower) { body = true; break; }
      }
      v = !body && words >= HEADLINE_MIN_WORDS && caps / words >= HEADLINE_CAPS_SHARE;
      cache.set(ls, v);
    }
    return v;
  }

  private afterTitle(offset: number): boolean {
    const i = this.pieceAt(offset);
    return i > 0 && this.cat(i - 1, W.title) && this.r.spaced(i - 1);
  }

  private entityOver(start: number, end: number): EntityJson | null {
    for (const e of this.opts.entities ?? []) if (e.start < end && e.end > start) return e;
    return null;
  }
}
