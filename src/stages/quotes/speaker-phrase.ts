import { titleKind } from '../../lang/id/person-titles.js';
import { categoryBit, type QuoteLexicon } from '../../lang/id/quote-lexicon.js';
import { isUpperUnit, K_DIGITS, K_OTHER, type Pieces } from './pieces.js';
import { WordTable } from '../../text/word-table.js';
import { letterShapes } from './letter-shapes.js';
import { WordBloom } from './word-bloom.js';
import { collapseSpaces } from '../../text/spaces.js';

/** What kind of speaker a phrase names. */
export type SpeakerClass = 'person' | 'pronoun' | 'org' | 'anonymous' | 'description';

/** A speaker phrase found next to a cue. */
export interface SpeakerPhrase {
  readonly start: number;
  readonly end: number;
  readonly cls: SpeakerClass;
  /** For a person: the name as written in this mention, titles left out, ranks kept (`AKP Dede Iskandar`). */
  readonly name: string | null;
  /** For a description: its head noun, lower-cased (`fotografer` in `fotografer itu`). */
  readonly head: string | null;
  /** Set on an office whose holder's name the text lost right after it (`Kapolsek Sumur Bandung, , menyebut`). */
  readonly lost?: true;
}

/** A run of capitalised words (a candidate name), as piece indices [from, to). */
export interface CapRun { from: number; to: number }

const COMMA = 44, AMPERSAND = 38;

const INITIAL = /^\p{Lu}{1,2}$/u;
const ACRONYM = /^\p{Lu}{3,}$/u;
/**
 * Category bits (`categoryBit`), resolved once at load, for `cat(i, W.title)`: a named
 * property of a fixed object is a fast load where a string-keyed one would be looked up.
 */
export const W = Object.freeze({
  title: categoryBit('title'),
  rank: categoryBit('rank'),
  org: categoryBit('org'),
  collective: categoryBit('collective'),
  place: categoryBit('place'),
  pronoun: categoryBit('pronoun'),
  person: categoryBit('person'),
  anonymous: categoryBit('anonymous'),
  stop: categoryBit('stop'),
  source: categoryBit('source'),
  connective: categoryBit('connective'),
  blocker: categoryBit('blocker'),
  creditSubject: categoryBit('credit-subject'),
  object: categoryBit('object'),
  prep: categoryBit('prep'),
  aux: categoryBit('aux'),
  demonstrative: categoryBit('demonstrative'),
  appealLink: categoryBit('appeal-link'),
  likening: categoryBit('likening'),
  objectEnd: categoryBit('object-end'),
  modal: categoryBit('modal'),
  frame: categoryBit('frame'),
  sumUp: categoryBit('sum-up'),
  relative: categoryBit('relative'),
  agent: categoryBit('agent'),
  addressee: categoryBit('addressee'),
  relation: categoryBit('relation'),
  told: categoryBit('told'),
  creditLead: categoryBit('credit-lead'),
  aspect: categoryBit('aspect'),
  secondPerson: categoryBit('second-person'),
});
/** A lower-case word with a verbal prefix (`merespons`, `menanggapi`, `berbicara`, `ditemui`, `terkait`). */
export const VERBISH = /^(?:me[mnr]?|ber|di|ter)\p{Ll}{3,}$/u;
/** An active or passive verb form (`mengeluarkan`, `disapa`); `ber-` and `ter-` forms often describe (`berusia`, `terbaik`). */
export const ACTIVE_OR_PASSIVE = /^(?:me[mnr]?|di)\p{Ll}{3,}$/u;
const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3})$/;

/** The lexicon's word lists as tables read in place from a span of the text, built once per lexicon. */
interface SpeakerTables {
  /** The speaker words' category bits. */
  readonly table: WordTable;
  /** Their first/last-letter and length prefilter (`letterShapes`). */
  readonly shapes: Uint32Array;
  /** A second prefilter of the speaker words (by the whole word). */
  readonly bloom: WordBloom;
  /** The first words of the place names (value 1). */
  readonly placeStarts: WordTable;
  /** The place names, lower-cased words one space apart (value 1). */
  readonly places: WordTable;
  /** Every word of the place names (value 1). */
  readonly placeWords: WordTable;
  /** The common roots and root tails, as `ROOT_*` bits (see `rootTable`). */
  readonly roots: WordTable;
}

let speakerTables: (SpeakerTables & { lex: QuoteLexicon }) | null = null;
function speakerTable(lex: QuoteLexicon): SpeakerTables {
  if (speakerTables?.lex !== lex) {
    speakerTables = {
      lex, table: new WordTable(lex.speakerWordBits), shapes: letterShapes(lex.speakerShapes), bloom: new WordBloom(lex.speakerWordBits.keys()),
      placeStarts: new WordTable([...lex.placeStarts].map((w) => [w, 1] as const)), roots: rootTable(lex.roots),
      places: new WordTable([...lex.places].map((pl) => [pl, 1] as const)),
      placeWords: new WordTable([...new Set([...lex.places].flatMap((pl) => pl.split(' ')))].map((w) => [w, 1] as const)),
    };
  }
  return speakerTables;
}

/** `rootTable` value bit: the word is a root. */
const ROOT = 1;
/** The letters a nasal prefix drops (`peny` + `akit` from `sakit`); `rootTable` value bit `ROOT << (1 + k)`: letter k + the word is a root. */
const DROPPED = 'stpk';

/** The `rootTable` bit of letter + root (0 for a letter no nasal prefix drops, or none). */
function droppedBit(letter: string): number {
  const k = letter === '' ? -1 : DROPPED.indexOf(letter);
  return k < 0 ? 0 : ROOT << (1 + k);
}

/**
 * The roots as one table answering, in one probe, every question `isCommon` asks of a candidate root `r`:
 * whether `r`, `s` + r, `t` + r, `p` + r or `k` + r is a root (`penyakit` is `peny` + `akit` from `sakit`).
 */
function rootTable(roots: ReadonlySet<string>): WordTable {
  const bits = new Map<string, number>();
  const add = (w: string, b: number): void => { bits.set(w, (bits.get(w) ?? 0) | b); };
  for (const r of roots) {
    add(r, ROOT);
    const b = droppedBit(r.charAt(0));
    if (b) add(r.slice(1), b);
  }
  return new WordTable(bits);
}

/**
 * The prefixes `isCommon` strips (`ke-`, `pe-`, `per-`, `pem-` ...), in order, each with the letter its nasal
 * replaced ('' for none) and the `rootTable` bits a stripped word may match: the bare root, or that letter + it.
 * One list for both ways `isCommon` is read (in place from the text, and from a string).
 */
const ROOT_PREFIXES: ReadonlyArray<{ readonly pre: string; readonly dropped: string; readonly bits: number }> = ([
  ['', ''], ['ke', ''], ['pe', ''], ['per', ''], ['pem', 'p'], ['pen', 't'], ['peng', 'k'], ['peny', 's'], ['pel', ''], ['se', ''],
] as const).map(([pre, dropped]) => ({ pre, dropped, bits: ROOT | droppedBit(dropped) }));

/** The suffixes `isCommon` strips before a prefix (the first that ends the word comes off; no word ends in both). */
const ROOT_SUFFIXES: readonly string[] = ['nya', 'an'];

/** Whether the span [s, e) of `src` starts with the lower-case ASCII `pre`, ASCII capitals folded. */
function spanStartsWith(src: string, s: number, e: number, pre: string): boolean {
  if (e - s < pre.length) return false;
  for (let k = 0; k < pre.length; k++) if ((src.charCodeAt(s + k) | 0x20) !== pre.charCodeAt(k)) return false;
  return true;
}

/** Whether the span [s, e) of `src` ends with the lower-case ASCII `suffix`, ASCII capitals folded. */
function spanEndsWith(src: string, s: number, e: number, suffix: string): boolean {
  const n = suffix.length;
  if (e - s < n) return false;
  for (let k = 0; k < n; k++) if ((src.charCodeAt(e - n + k) | 0x20) !== suffix.charCodeAt(k)) return false;
  return true;
}

/**
 * `isCommon` of the ASCII span [s, e) of `src`, read in place (no slice, no lower-casing, one table probe per
 * candidate root); null when the span holds another character, for the caller's string path.
 */
function commonSpan(roots: WordTable, src: string, s: number, e: number): boolean | null {
  const whole = roots.get(src, s, e);
  if (whole === WordTable.NOT_ASCII) return null;
  if (whole >= 0 && (whole & ROOT) !== 0) return true;
  // (`| 0x20` folds only letters here: the span is ASCII, and no other ASCII character folds onto a-z.)
  let bare = e;
  for (const suffix of ROOT_SUFFIXES) if (spanEndsWith(src, s, e, suffix)) { bare = e - suffix.length; break; }
  for (const { pre, bits } of ROOT_PREFIXES) {
    const r = s + pre.length;
    // (The bare word itself was the first probe when no suffix came off.)
    if (bare - r < 3 || (r === s && bare === e) || !spanStartsWith(src, s, bare, pre)) continue;
    const v = roots.get(src, r, bare);
    if (v >= 0 && (v & bits) !== 0) return true;
  }
  return false;
}

/** The category bits of the lower-cased word s[from, to) (0 for none). */
export function wordBits(lex: QuoteLexicon, s: string, from: number, to: number): number {
  const b = speakerTable(lex).table.get(s, from, to);
  if (b === WordTable.NOT_ASCII) return lex.speakerWordBits.get(s.slice(from, to).toLowerCase()) ?? 0;
  return b < 0 ? 0 : b;
}

// Per-piece memos (`common`, `placeAt`) in buffers shared by all articles, valid where the stamp is the
// article's `Pieces.gen` (unique among live pieces, so readers of two texts never read each other's entries).
// The buffers only grow, and are made to fit a text's pieces when its reader is built.
let commonStamp = new Int32Array(1024);
let commonValue = new Uint8Array(1024);
let placeStamp = new Int32Array(1024);
/** Per piece: bit m set when the m + 1 pieces from it are a known place name (0: the piece starts none). */
let placeEnds = new Uint8Array(1024);
/** `classifyRun` per run start: the run's end it was asked for, and the name's first piece (-1 for an organisation). */
let classStamp = new Int32Array(1024);
let classTo = new Int32Array(1024);
let classNameFrom = new Int32Array(1024);
let memoGen = 0;

/** Make the memo buffers fit `p`; stamps restarting from 1 (see `Pieces.gen`) clear them, so no entry looks valid. */
function fitMemos(p: Pieces): void {
  if (commonStamp.length < p.n) {
    const size = Math.max(p.n, 2 * commonStamp.length);
    commonStamp = new Int32Array(size);
    commonValue = new Uint8Array(size);
    placeStamp = new Int32Array(size);
    placeEnds = new Uint8Array(size);
    classStamp = new Int32Array(size);
    classTo = new Int32Array(size);
    classNameFrom = new Int32Array(size);
  } else if (p.gen < memoGen) {
    commonStamp.fill(0);
    placeStamp.fill(0);
    classStamp.fill(0);
  }
  memoGen = p.gen;
}

/** Tools over one text's pieces for reading speaker phrases and names. */
export class SpeakerReader {
  /**
   * @param personIn the person a tagger found inside character range [start, end), if any
   *   (the entities layer); capitalised-run reading is the fallback.
   */
  constructor(
    private readonly text: string,
    readonly p: Pieces,
    private readonly lex: QuoteLexicon,
    private readonly personIn: (start: number, end: number) => SpeakerPhrase | null = () => null,
    private readonly hasTagger: () => boolean = () => false,
  ) {
    this.t = speakerTable(lex);
    fitMemos(p);
  }

  /** The lexicon's tables, looked up once per text rather than once per word. */
  private readonly t: SpeakerTables;

  /** Lower-cased text of piece i, computed once. */
  lower(i: number): string { return this.p.lower(i); }

  /** Whether piece i is a word of the category with bit `bit` (`W.title`; data/id/quote-speaker-words.tsv); cached per piece. */
  cat(i: number, bit: number): boolean {
    return (this.bitsOf(i) & bit) !== 0;
  }

  /** All category bits of piece i (0 outside the pieces). */
  bitsOf(i: number): number {
    const p = this.p;
    if (i < 0 || i >= p.n) return 0;
    const b = p.bits[i]!;
    return b >= 0 ? b : this.lookUpBits(i);
  }

  /**
   * `bitsOf` of a piece not looked up yet: apart from the memo read, so that the compiler, which copies `bitsOf` into
   * its callers (`cat` is asked at some 130 places), copies the read and not the look-up with its filters and probes.
   */
  private lookUpBits(i: number): number {
    const p = this.p;
    // Most words are ruled out by their first and last letters and length, without lower-casing them.
    const s = p.start[i]!, e = p.end[i]!;
    let f = p.src.charCodeAt(s), l = p.src.charCodeAt(e - 1);
    if (f < 128 && l < 128) {
      if (f >= 65 && f <= 90) f |= 0x20;
      if (l >= 65 && l <= 90) l |= 0x20;
    }
    const t = this.t;
    // Words with a-z at both ends (nearly all) are filtered by the small table, the rest by the lexicon's.
    const ruledOut = f >= 97 && f <= 122 && l >= 97 && l <= 122 ? !(t.shapes[(f - 97) * 26 + l - 97]! & (1 << ((e - s) & 31)))
      : f < 128 && l < 128 && !(this.lex.speakerShapes[(f << 7) | l]! & (1 << ((e - s) & 31)));
    let b = 0;
    if (!ruledOut && t.bloom.mayHave(p.src, s, e)) {
      b = t.table.get(p.src, s, e);
      if (b === WordTable.NOT_ASCII) b = this.lex.speakerWordBits.get(p.lower(i)) ?? 0;
      else if (b < 0) b = 0;
    }
    p.bits[i] = b;
    return b;
  }

  isWord(i: number): boolean { return this.p.isWord(i); }

  /** Pieces i and i+1 are separated by spaces only. */
  spaced(i: number): boolean {
    const p = this.p;
    if (i < 0 || i + 1 >= p.n) return false;
    for (let c = p.end[i]!, e = p.start[i + 1]!; c < e; c++) {
      const ch = this.text.charCodeAt(c);
      if (!(ch === 32 || ch === 9 || ch === 0xa0 || ch === 0x202f || (ch >= 0x2000 && ch <= 0x200a))) return false;
    }
    return true;
  }

  capitalised(i: number): boolean {
    return this.p.capitalised(i);
  }

  hasCat(from: number, to: number, c: number): boolean {
    for (let i = from; i < to; i++) if (this.cat(i, c)) return true;
    return false;
  }

  /** Capitalised runs inside [from, to): `Menteri PUPR Basuki Hadimuljono`, `PT Aneka Tambang Tbk.`. */
  runs(from: number, to: number, sentenceStart: number): CapRun[] {
    const out: CapRun[] = [];
    const p = this.p;
    let i = from;
    while (i < to) {
      if (!this.capitalised(i)) { i++; continue; }
      const j = this.chainForward(i, to);
      let a = i;
      // A sentence-initial function word is capitalised by position only.
      while (a < j && this.cat(a, W.connective)) a++;
      if (a === sentenceStart && a + 1 === j && a < to && p.end[a]! - p.start[a]! > 1 && (this.isCommonAtStart(a) || this.common(a))) a++;
      if (a < j) out.push({ from: a, to: j });
      i = j;
    }
    return out;
  }

  /**
   * The run that `runs(0, n, -1)` puts capitalised piece k in (null when k is
   * trimmed off as a connective), found without reading the whole text: back
   * to where k's chain of capitalised words starts, then forward as `runs` does.
   * `chainEnd` is where that chain stops, so the caller can skip the pieces in it.
   */
  runAt(k: number): { run: CapRun | null; chainEnd: number } {
    const p = this.p;
    let i = k;
    for (;;) {
      // The links `runs` follows, read backwards: a spaced capitalised word, or an abbreviation dot (`M. Syarif`).
      if (this.capitalised(i - 1) && this.spaced(i - 1)) { i--; continue; }
      if (i >= 2 && this.capitalised(i - 2) && this.nameDot(i - 1, p.n)) { i -= 2; continue; }
      break;
    }
    const j = this.chainForward(i, p.n);
    let a = i;
    while (a < j && this.cat(a, W.connective)) a++;
    return { run: a < j ? { from: a, to: j } : null, chainEnd: j };
  }

  /**
   * Piece d is an abbreviation dot inside a name (`Tbk.`, `M. Syarif`): glued
   * to an initial, rank or organisation word before it, spaced from a
   * capitalised word after it (which must lie before `to`).
   */
  private nameDot(d: number, to: number): boolean {
    const p = this.p;
    return p.is(d, 46) && p.end[d - 1] === p.start[d] && d + 1 < to && this.spaced(d) && this.capitalised(d + 1)
      && (INITIAL.test(p.text(d - 1)) || this.cat(d - 1, W.rank) || this.cat(d - 1, W.org));
  }

  /** End of the chain of capitalised words that starts at capitalised piece i, not past `to`. */
  private chainForward(i: number, to: number): number {
    let j = i + 1;
    while (j < to) {
      if (this.nameDot(j, to)) j += 2;
      else if (this.capitalised(j) && this.spaced(j - 1)) j++;
      else break;
    }
    return j;
  }

  /**
   * A lone sentence-initial word that is a known common or place word rather than a name; a person word
   * too (`Laki-laki itu mengatakan`: a hyphenated head is no root, so `common` does not catch it).
   */
  private isCommonAtStart(i: number): boolean {
    return (this.bitsOf(i) & (W.collective | W.pronoun | W.anonymous | W.stop | W.person)) !== 0;
  }

  /** The end of the longest known place name starting at piece i and ending by `to` (`Arab Saudi`), or -1. */
  placeAt(i: number, to: number): number {
    const p = this.p;
    if (i < 0 || i >= p.n) return -1;
    // The same piece is asked about again and again (with different ends): its place names are read once.
    let ends: number;
    if (placeStamp[i] === p.gen) ends = placeEnds[i]!;
    else {
      ends = this.placeEndsAt(i);
      placeStamp[i] = p.gen;
      placeEnds[i] = ends;
    }
    for (let k = Math.min(to, i + this.lex.placeMaxWords) - 1; k >= i; k--) if ((ends & (1 << (k - i))) !== 0) return k + 1;
    return -1;
  }

  /** Bit m set when pieces [i, i + m + 1) are a known place name (up to `placeMaxWords` pieces, within the text). */
  private placeEndsAt(i: number): number {
    const p = this.p, src = p.src, t = this.t;
    const start = t.placeStarts.get(src, p.start[i]!, p.end[i]!);
    if (start === WordTable.NOT_ASCII ? !this.lex.placeStarts.has(this.lower(i)) : start < 0) return 0;
    let ends = 0;
    // The name tried is the pieces' lower-cased words joined by single spaces. While the pieces are ASCII and
    // one space apart, that is the text itself, looked up in place; otherwise the name is built as a string.
    let key: string | null = null;
    for (let k = i; k < Math.min(p.n, i + this.lex.placeMaxWords); k++) {
      const word = t.placeWords.get(src, p.start[k]!, p.end[k]!);
      // A word no place name holds ends every longer name too (`Jakarta ,`).
      if (word === -1) break;
      if (key === null && word !== WordTable.NOT_ASCII && (k === i || (p.start[k]! - p.end[k - 1]! === 1 && src.charCodeAt(p.end[k - 1]!) === 32))) {
        if (t.places.get(src, p.start[i]!, p.end[k]!) >= 0) ends |= 1 << (k - i);
        continue;
      }
      if (key === null) {
        key = this.lower(i);
        for (let m = i + 1; m < k; m++) key = `${key} ${this.lower(m)}`;
      }
      key = k === i ? key : `${key} ${this.lower(k)}`;
      if (this.lex.places.has(key)) ends |= 1 << (k - i);
    }
    return ends;
  }

  /**
   * Whether an academic degree is written from piece i: a capital of one or two letters, a dot and a short
   * capitalised word, with no space between (`M.Hum`, `S.H.`, `M.Si`, `Ph.D`), and no capitalised word after it.
   */
  degreeAt(i: number): boolean {
    const p = this.p;
    const e = p.end[i]!;
    return e - p.start[i]! <= 2 && p.is(i + 1, 46) && p.start[i + 1] === e && i + 2 < p.n && p.start[i + 2] === p.end[i + 1]
      && this.isWord(i + 2) && this.capitalised(i + 2) && p.end[i + 2]! - p.start[i + 2]! <= 3
      // Initials go on with a name (`B.J. Habibie`); a degree does not.
      && !this.capitalised(p.is(i + 3, 46) ? i + 4 : i + 3);
  }

  /** The first piece of the last comma group of pieces [from, to): after the last comma past `from`, else `from`. */
  private lastGroupStart(from: number, to: number): number {
    for (let k = to - 1; k > from; k--) if (this.p.is(k, 44)) return k + 1;
    return from;
  }

  /**
   * Whether pieces (h, dem) between a description's head and its closing demonstrative stay a noun phrase: no verb
   * form or auxiliary outside a relative clause (`Menteri Luar Negeri AS Mike Pompeo mengeluarkan ... baru-baru
   * ini`, `Petenis Australia itu telah mengumpulkan ... musim ini`), and no tagged person followed by a relative
   * clause or a circumstance (`Gubernur BI Perry Warjiyo yang hadir dalam forum tersebut`, `Panglima TNI Hadi
   * Tjahjanto saat kunjungan ... pekan ini`): there the demonstrative closes an adjunct and the name speaks.
   */
  private describes(h: number, dem: number): boolean {
    const p = this.p;
    let relative = false;
    for (let i = h + 1; i < dem; i++) {
      if (!this.isWord(i)) continue;
      const bits = this.bitsOf(i);
      if (!relative && ((bits & (W.aux | W.aspect)) !== 0 || ACTIVE_OR_PASSIVE.test(this.lower(i)))) return false;
      if (this.capitalised(i - 1) && !this.capitalised(i) && (bits & (W.relative | W.stop | W.prep)) !== 0) {
        const t = this.personIn(p.start[h]!, p.end[i - 1]!);
        if (t && t.end === p.end[i - 1]) return false;
      }
      if ((bits & W.relative) !== 0) relative = true;
    }
    return true;
  }

  /** Whether comma group [g, ge) opens with a capitalised adverb or verb form (`Terlebih`, `Naasnya`, `Berdasarkan ...`). */
  private fronted(g: number, ge: number): boolean {
    // (`Terapis nutrisi Jackie Lynch, misalnya, mengatakan`: a capitalised word after it is a name's; the group speaks.)
    if (!this.isWord(g) || !this.capitalised(g)) return false;
    const w = this.lower(g);
    if (!(VERBISH.test(w) || (w.length > 5 && w.endsWith('nya'))) || this.hasCapitalised(g + 1, ge)) return false;
    return !this.personIn(this.p.start[g]!, this.p.end[g]!);
  }

  /**
   * Whether piece i can head a description that a demonstrative closes: a role, person or kinship word of the
   * lexicon, or a role or relation head of the persons' titles (`ajudan`, `pengasuh`, `jebolan`), not a rank or a
   * group noun.
   */
  describingHead(i: number): boolean {
    if (!this.isWord(i)) return false;
    const bits = this.bitsOf(i);
    if ((bits & (W.rank | W.collective)) !== 0) return false;
    if ((bits & (W.title | W.person | W.relation)) !== 0) return true;
    return roleHead(this.lower(i));
  }

  /**
   * The first piece from h (before `end`) past modifiers that open a role (`mantan`, `bekas`, `eks`: titles.tsv's
   * `modifier`); a modifier the lexicon takes for an office or person word (`Perdana` in `Perdana Menteri`) is kept.
   */
  afterModifiers(h: number, end: number): number {
    while (h + 1 < end && this.isWord(h) && titleKind(this.lower(h)) === 'modifier' && (this.bitsOf(h) & (W.title | W.person | W.relation)) === 0) h++;
    return h;
  }

  /** Whether piece i is a demonstrative (`ini`, `itu`, `tersebut`). */
  demonstrative(i: number): boolean {
    return this.cat(i, W.demonstrative);
  }

  /** Whether piece i is written in capitals only, three or more (`PUPR`, `DPR`). */
  private acronym(i: number): boolean {
    const p = this.p, src = p.src, s = p.start[i]!, e = p.end[i]!;
    if (e - s < 3 || !isUpperUnit(src.charCodeAt(s))) return false;
    // ASCII capitals are read in place; any other character leaves the word to the regex (as written).
    for (let k = s + 1; k < e; k++) {
      const c = src.charCodeAt(k);
      if (c >= 128) return ACRONYM.test(p.text(i));
      if (c < 65 || c > 90) return false;
    }
    return true;
  }

  /**
   * Classify a capitalised run and find the person's name in it: titles,
   * organisations, places and acronyms before the name are left out; ranks
   * right before it stay (`Kapolsek Paseh AKP Dede Iskandar` → `AKP Dede Iskandar`).
   */
  classifyRun(run: CapRun): { cls: 'person' | 'org'; nameFrom: number } {
    const { from, to } = run;
    const p = this.p;
    // The same runs are classified again and again (the quotes stage's name list, then each speaker read).
    if (from < 0 || from >= p.n) return this.classify(from, to);
    if (classStamp[from] !== p.gen || classTo[from] !== to) {
      const c = this.classify(from, to);
      classStamp[from] = p.gen;
      classTo[from] = to;
      classNameFrom[from] = c.cls === 'person' ? c.nameFrom : -1;
      return c;
    }
    const nameFrom = classNameFrom[from]!;
    return nameFrom < 0 ? { cls: 'org', nameFrom: to } : { cls: 'person', nameFrom };
  }

  /** `classifyRun` of pieces [from, to), computed. */
  private classify(from: number, to: number): { cls: 'person' | 'org'; nameFrom: number } {
    const p = this.p;
    if (this.cat(from, W.collective) || (to - from === 1 && (this.cat(from, W.place) || this.lex.brands.has(this.lower(from))))) return { cls: 'org', nameFrom: to };
    let cut = from;
    let org = false;
    let rank = -1;
    for (let k = from; k < to; k++) {
      if (p.is(k, 46)) continue;
      const bits = this.bitsOf(k);
      if ((bits & W.rank) !== 0) { if (rank < 0 || rank < cut) rank = k; continue; }
      if ((bits & W.org) !== 0) { org = true; cut = k + 1; continue; }
      if ((bits & (W.title | W.connective | W.place)) !== 0) { cut = k + 1; continue; }
      if (this.acronym(k)) { cut = k + 1; continue; }
      // After a title, common words and numerals still belong to it (`Pengamat Pasar Keuangan`, `Wilayah V`).
      if (cut === k && k > from && (this.common(k) || ROMAN.test(p.text(k)))) { cut = k + 1; continue; }
      const pl = this.placeAt(k, to);
      if (pl > 0 && pl < to) { cut = pl; k = pl - 1; continue; }
    }
    // A run opening with an organisation or named-place word (`Perjanjian ...`, `Desa Hukurila`) names no person,
    // unless a rank introduces one inside it (`Polres Sumedang AKP Dede Iskandar`).
    // (`Komisi III DPR Arsul Sani` still ends in a full personal name: two or three uncommon words.)
    if (this.cat(from, W.org) && rank < 0) {
      const rest = to - cut;
      // (Only after more than the organisation word: `Kelurahan Sei Agul`, `Desa Suka Maju` name the place.)
      let uncommon = rest >= 2 && rest <= 3 && cut > from + 1;
      for (let k = cut; uncommon && k < to; k++) uncommon = this.capitalised(k) && !this.common(k) && !this.acronym(k);
      if (!uncommon) return { cls: 'org', nameFrom: to };
    }
    if (rank >= 0 && rank >= from && (rank >= cut || cut === to) && rank + 1 < to) cut = rank; // `Kasatreskrim AKP Dede Iskandar`
    else if (rank >= 0 && rank === cut - 1) cut = rank;
    while (cut < to && p.is(cut, 46)) cut++;
    if (cut >= to) return { cls: 'org', nameFrom: to };
    if (org && cut === from) return { cls: 'org', nameFrom: to };
    if (this.placeAt(cut, to) === to) return { cls: 'org', nameFrom: to };
    // Organisation words after the name start (`Bank Mandiri`): the whole run is an organisation.
    for (let k = cut; k < to; k++) if (this.cat(k, W.org)) return { cls: 'org', nameFrom: to };
    // `Dinas Kehutanan Sumsel`: an organisation word before, and nothing that reads as a personal name after.
    if (org && to - cut <= 2) {
      let allCommon = true;
      for (let k = cut; allCommon && k < to; k++) allCommon = this.common(k);
      if (allCommon) return { cls: 'org', nameFrom: to };
    }
    return { cls: 'person', nameFrom: cut };
  }

  /**
   * Whether word i opens a clause ending at piece `end`, not a name: a verb form or a preposition
   * (`Merespons ...`, `Usai ...`), or a common word when no capitalised word follows in the clause.
   */
  private opensClause(i: number, end: number): boolean {
    return VERBISH.test(this.lower(i)) || this.cat(i, W.prep) || ((this.cat(i, W.stop) || this.common(i)) && !this.hasCapitalised(i + 1, end));
  }

  private hasCapitalised(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.capitalised(i)) return true;
    return false;
  }

  /** `isCommon` of piece i's text (false outside the pieces), read in place and cached per piece. */
  common(i: number): boolean {
    const p = this.p;
    if (i < 0 || i >= p.n) return false;
    if (commonStamp[i] === p.gen) return commonValue[i] === 1;
    const v = commonSpan(this.t.roots, p.src, p.start[i]!, p.end[i]!) ?? this.isCommon(p.text(i));
    commonStamp[i] = p.gen;
    commonValue[i] = v ? 1 : 0;
    return v;
  }

  /** A common Indonesian word (a root, or a root with a frequent nominal affix: `keuangan`, `perekonomian`). */
  isCommon(word: string): boolean {
    const w = word.toLowerCase();
    const roots = this.lex.roots;
    if (roots.has(w)) return true;
    let bare = w;
    for (const suffix of ROOT_SUFFIXES) if (w.endsWith(suffix)) { bare = w.slice(0, w.length - suffix.length); break; }
    for (const { pre, dropped } of ROOT_PREFIXES) {
      if (!bare.startsWith(pre)) continue;
      const r = bare.slice(pre.length);
      if (r.length >= 3 && (roots.has(r) || (dropped !== '' && roots.has(dropped + r)))) return true;
    }
    return false;
  }

  nameText(from: number, to: number): string {
    let end = to;
    while (end > from && this.p.is(end - 1, 46)) end--;
    return collapseSpaces(this.text.slice(this.p.start[from]!, this.p.end[end - 1]!));
  }

  /**
   * Read the speaker phrase in pieces [from, to): a pronoun, a person
   * (the last capitalised run holding a name, so `Syafrul Yunardi, Kepala
   * seksi ..., Dinas Kehutanan Sumsel` is Syafrul Yunardi), an organisation,
   * an anonymous source or a description.
   */
  read(from: number, to: number, sentenceStart: number): SpeakerPhrase | null {
    this.skippedFronted = false;
    const r = this.readGroups(from, to, sentenceStart, true);
    // (`Melihat perlakuan guru tersebut, akun,pun geram, dan menilai ...`: with the subject lost, the fronted group
    // is read as before rather than losing the report.)
    return r ?? (this.skippedFronted ? this.readGroups(from, to, sentenceStart, false) : null);
  }

  private skippedFronted = false;

  /**
   * Whether the non-word pieces from piece `to` on show a link the text lost right after a speaker phrase: two
   * commas (`Kapolsek Sumur Bandung, , menyebut`, `Menurut pelatih Timnas U19, ,, untuk ...`) or a comma spaced
   * from the word before it (`Direktur Utama Perum Bulog ,menjelaskan`).
   */
  private lostLinkAt(to: number): boolean {
    const p = this.p;
    if (to <= 0 || to >= p.n || !p.is(to, COMMA)) return false;
    if (p.start[to]! > p.end[to - 1]!) return true;
    for (let k = to + 1; k < p.n && p.kind[k] === K_OTHER; k++) if (p.is(k, COMMA)) return true;
    return false;
  }

  /** Whether a source credit opens the group [h, ge): `Dilansir`, `Mengutip`, or after `seperti (yang)`, `sebagaimana`. */
  private creditLeadAt(h: number, ge: number): boolean {
    let c = h;
    while (c < ge && c < h + 2 && (this.cat(c, W.likening) || this.p.lowerIs(c, 'yang'))) c++;
    return c < ge && this.cat(c, W.creditLead);
  }

  /**
   * Whether piece g is a preposition opening a fronted group (`Di`, `Dari`, `Kepada`, `Menurut`): not a conjunction,
   * nor `dengan`, `bersama`, `oleh`, ..., which may open the speaker's own group (`dengan Dietmar Bartsch, seorang
   * anggota parlemen, mengatakan`): the `non-fronting` words of data/id/quote-speaker-words.tsv.
   */
  private frontedPrep(g: number): boolean {
    if (!this.isWord(g)) return false;
    const w = this.p.lower(g);
    return w === 'menurut' || (this.cat(g, W.prep) && !this.lex.nonFronting.has(w));
  }

  /** Whether a lower-case kinship or client word (`istri`, `kuasa hukum`), then `dari` if written, stands right before piece i (not before `floor`). */
  relationBefore(i: number, floor: number): boolean {
    const p = this.p;
    let b = i - 1;
    if (b >= floor && p.lowerIs(b, 'dari')) b--;
    if (b - 1 >= floor && p.lowerIs(b, 'hukum') && p.lowerIs(b - 1, 'kuasa')) b--;
    return b >= floor && this.isWord(b) && !this.capitalised(b) && this.cat(b, W.relation);
  }

  /**
   * Whether pieces [h, runStart) are one to three lower-case words opening with a head noun: not a function word,
   * pronoun, adverb, anonymous opener or verb form (`menteri energi`, `pengemudi`, `juru bicara`).
   */
  private headBefore(h: number, runStart: number): boolean {
    if (runStart - h > 3) return false;
    for (let k = h; k < runStart; k++) if (!this.isWord(k) || this.capitalised(k)) return false;
    const NOT_HEAD = W.prep | W.stop | W.connective | W.aux | W.modal | W.blocker | W.anonymous | W.pronoun | W.demonstrative
      | W.relative | W.creditLead | W.source | W.agent | W.addressee | W.likening | W.secondPerson | W.told | W.frame;
    return (this.bitsOf(h) & NOT_HEAD) === 0 && !VERBISH.test(this.lower(h));
  }

  /**
   * `Menteri Kelautan dan Perikanan`, `Kamar Dagang dan Industri`, `Kepala Seksi Peternakan dan Kesehatan Hewan`: an
   * office or organisation run (opening with a title or organisation word, naming no person) and the capitalised run
   * after a `dan` right after it are one name, so `Perikanan` or `Industri` alone is no speaker. (`Presiden Jokowi
   * dan Wapres Ma'ruf Amin`: a run naming a person stays apart.)
   */
  private joinOffices(runs: CapRun[]): CapRun[] {
    const p = this.p;
    for (let r = runs.length - 1; r > 0; r--) {
      const a = runs[r - 1]!, b = runs[r]!;
      if (b.from !== a.to + 1 || !p.lowerIs(a.to, 'dan') || !this.spaced(a.to - 1) || !this.spaced(a.to)) continue;
      if ((this.bitsOf(a.from) & (W.title | W.org)) === 0 || this.classifyRun(a).cls !== 'org') continue;
      runs.splice(r - 1, 2, { from: a.from, to: b.to });
    }
    return runs;
  }

  /** Whether piece i - 1 is `dan` or `&` spaced between capitalised words (`Kesehatan dan Kebudayaan`, `Policy & Government`). */
  private officeJointBefore(i: number): boolean {
    const p = this.p, j = i - 1;
    return j > 0 && (p.lowerIs(j, 'dan') || p.is(j, AMPERSAND)) && this.capitalised(j - 1) && this.spaced(j - 1) && this.spaced(j);
  }

  /**
   * `Seorang tetangga bernama Wati`, `Salah satu anggota Fraksi Partai Gerindra Wihadi Wiyanto`: an anonymous opener
   * that goes on to name the one it introduces is that person: a tagged person right after a namer (`bernama`,
   * `berinisial`), or one of two words or more that ends the group right after a capitalised word (the body the person
   * belongs to). Not a name after a lower-case word (`seorang pejabat pemerintahan Trump`: whom the official serves).
   */
  private namedInAnonymous(h: number, ge: number): SpeakerPhrase | null {
    const p = this.p;
    const t = this.personIn(p.start[h]!, p.end[ge - 1]!);
    if (!t) return null;
    const b = p.at(t.start) - 1;
    if (b <= h || !this.isWord(b)) return null;
    // (The namers are titles.tsv's: `bernama`, `berinisial`.)
    if (titleKind(this.lower(b)) === 'namer') return t;
    return t.end === p.end[ge - 1] && this.capitalised(b) && t.name !== null && t.name.includes(' ') ? t : null;
  }

  /** Whether one of the capitalised runs is read as a person's name. */
  private hasPersonRun(runs: readonly CapRun[]): boolean {
    for (const r of runs) if (this.classifyRun(r).cls === 'person') return true;
    return false;
  }

  /** Whether pieces [a, b) hold a word. */
  private wordIn(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.isWord(k)) return true;
    return false;
  }

  private readGroups(from: number, to: number, sentenceStart: number, skipFronted: boolean): SpeakerPhrase | null {
    const p = this.p;
    while (from < to && p.kind[from] === K_OTHER) from++;
    while (to > from && p.kind[to - 1] === K_OTHER) to--;
    if (from >= to) return null;
    const lost = this.lostLinkAt(to);
    for (let k = from; k < to; k++) {
      if (this.cat(k, W.pronoun) && this.isWord(k)) return { start: p.start[k]!, end: p.end[k]!, cls: 'pronoun', name: null, head: null };
    }
    let anonymous: SpeakerPhrase | null = null;
    // Comma groups in order: `Syafrul Yunardi, Kepala seksi ..., Dinas Kehutanan Sumsel` is its first
    // group's person; `Seorang pekerja, Rasia,` has none in the first group, so the next one speaks.
    let orgRun: CapRun | null = null;
    let untagged: SpeakerPhrase | null = null;
    for (let g = from; g < to;) {
      let ge = g;
      while (ge < to && !p.is(ge, 44)) ge++;
      // `Direktur Operasi dan Produksi Antam, Hartono mengatakan`: a group that opens with an office
      // and is followed by a capitalised group is the office of the name that follows.
      let h = g;
      while (h < ge && this.cat(h, W.connective)) h++;
      // `Merespons hasil survei, Direktur Riset IPS Arman Salam, menilai`: a fronted clause (a verb,
      // preposition or common word capitalised by position, then lower-case words) before the speaker.
      if (g === sentenceStart && h === g && ge < to && g + 1 < ge && this.capitalised(g) && this.isWord(g + 1) && !this.capitalised(g + 1)
        && this.opensClause(g, ge) && this.hasCapitalised(ge + 1, to)) { g = ge + 1; continue; }
      // `Terlebih, mereka juga menilai`, `Naasnya, OFFWHITE meyakini`, `Berdasarkan prestasinya itu, warganet menilai`:
      // a sentence adverb or fronted phrase, opening with a word of verbal or `-nya` shape that no tagger takes for a
      // person, before the subject's group is no speaker.
      if (skipFronted && g === sentenceStart && h === g && ge < to && this.fronted(g, ge)) { this.skippedFronted = true; g = ge + 1; continue; }
      // (Groups emptied by a link the text lost, `Wakil Rektor ,, Bambang Wibawarta`, are passed over.)
      let nx = ge + 1;
      while (nx < to && p.is(nx, 44)) nx++;
      // (`Kapolres Bogor AKBP Andi Dicky, Senin, mengatakan`: a day or a stop word after the comma names no one.)
      // (`Ahli nutrisi dr. Tan Shot Yen, M.Hum mengatakan`: an academic degree after the comma names no one.)
      if (ge < to && h < ge && this.capitalised(nx) && !this.cat(h, W.rank) && !this.cat(nx, W.stop)
        && (this.cat(h, W.title) || this.cat(nx, W.rank) || this.hasCat(h, ge, W.org)) && !this.degreeAt(nx)) { g = nx; continue; }
      // `Tetangga Syahril Alamsyah, Agus, ...`, `kuasa hukum HM, Abd Aan Achbar`: a group led by a kinship or
      // client word names whom the speaker is related to; the name in the group after it is the speaker's.
      if (ge < to && h < ge && this.cat(h, W.relation) && this.capitalised(nx) && (this.bitsOf(nx) & (W.title | W.org | W.collective | W.place | W.connective)) === 0) { g = nx; continue; }
      // `Dilansir AFP, Minggu (19/10), penyelenggara mengatakan`, `Seperti dikutip dari Reuters, pejabat CDC mengatakan`:
      // a fronted source credit names no speaker.
      if (h < ge && ge < to && this.creditLeadAt(h, ge)) { g = ge + 1; continue; }
      // `Di Times Square, seorang petugas polisi memperkirakan`, `Menurut laporan CNN, pengacara para korban menduga`:
      // a fronted group opening with a preposition (or `menurut`) is a place, a time or a source, not the speaker,
      // when a group with a word follows it before the cue.
      if (g < ge && ge < to && this.frontedPrep(g) && this.wordIn(ge + 1, to)) { g = ge + 1; continue; }
      // `Senada dengan Karding, Ketua Komisi I DPR Abdul Kharis mengatakan`, `Sepakat dengan Agus, Lola mengatakan`,
      // `Berbeda dengan AS, Inggris mengatakan`: whom the speaker agrees or disagrees with is no speaker.
      // (A name before `dengan` is a subject: `Valverde dengan tegas membantah rumor itu, dan menyebut ...`.)
      if (g + 1 < ge && ge < to && this.isWord(g) && p.lowerIs(g + 1, 'dengan') && this.isCommon(p.text(g)) && this.wordIn(ge + 1, to)) { g = ge + 1; continue; }
      // `Andi Hamzah, S.H., M.H. mengatakan`: a group of academic degrees is no speaker.
      if (h < ge && g > from && this.degreeAt(h)) { g = ge + 1; continue; }
      // `seorang fotografer Reuters`: an unnamed source, whatever capitalised words follow; but
      // `Seorang pekerja, Rasia,` names the worker in the next group.
      if (h < ge && this.cat(h, W.anonymous) && !this.capitalised(h + 1)) {
        // (`Ria, salah satu mahasiswa ...`: after a name in an earlier group, the group is that name's apposition.)
        const named = untagged ? null : this.namedInAnonymous(h, ge);
        if (named) return named;
        anonymous ??= { start: p.start[h]!, end: p.end[ge - 1]!, cls: 'anonymous', name: null, head: null };
        g = ge + 1;
        continue;
      }
      // `ayah artis Kevin Aprilio ini`, `peraih emas Olimpiade 2004 ini`, `Juara Dunia 2005 ini`: a group opening with a
      // role, person or kinship word and closed by a demonstrative points back to a person; no name, organisation or
      // place inside it speaks.
      // (An adverb after the demonstrative is no part of the group: `pengacara Sajad Ukra tersebut juga menyebut`; a
      // modifier before the head is no head: `Bekas suami Tessa Kaunang itu`, `mantan ajudan Wapres Boediono ini`.)
      let de = ge - 1;
      while (de > h + 1 && this.isWord(de) && !this.capitalised(de) && (this.bitsOf(de) & (W.aux | W.modal)) !== 0 && !this.demonstrative(de)) de--;
      const hd = this.afterModifiers(h, de);
      if (de > hd && this.isWord(de) && this.demonstrative(de) && this.describingHead(hd) && this.describes(hd, de)) {
        return { start: p.start[h]!, end: p.end[de]!, cls: 'description', name: null, head: p.lower(hd) };
      }
      if (ge > g) {
        const tagged = this.personIn(p.start[g]!, p.end[ge - 1]!);
        if (tagged) return tagged;
        const runs = this.joinOffices(this.runs(g, ge, sentenceStart));
        // `menteri energi Arab Saudi mengatakan`, `ucap pengemudi Pajero`, `ujar juru bicara AFP`: in the last group, a
        // lower-case head noun before capitalised words that name no person makes the group one description (an office
        // or role, resolved as descriptions are) or, with a group noun (`warga Bekasi`), one group speaking.
        // (Only a group that ends with its capitalised words: `... itu`, `... ini` are read as descriptions below.)
        let e = ge - 1;
        while (e > h && !this.isWord(e) && p.kind[e] !== K_DIGITS) e--;
        if (ge >= to && runs.length && h < runs[0]!.from && runs[runs.length - 1]!.to > e && this.headBefore(h, runs[0]!.from) && !this.hasPersonRun(runs)) {
          if ((this.bitsOf(h) & W.collective) !== 0) return { start: p.start[h]!, end: p.end[e]!, cls: 'org', name: null, head: null };
          return { start: p.start[h]!, end: p.end[e]!, cls: 'description', name: null, head: p.lower(h) };
        }
        for (let r = runs.length - 1; r >= 0; r--) {
          // `Presiden Joko Widodo (Jokowi)`: the bracketed short form is not the fuller mention.
          if (r > 0 && p.is(runs[r]!.from - 1, 40) && this.classifyRun(runs[r - 1]!).cls === 'person') continue;
          // `Perum Bulog Divre Sulawesi Utara dan Gorontalo (Sulutgo)`: a bracketed short form after no person's name
          // is the short form of an organisation or place, no person.
          if (r > 0 && p.is(runs[r]!.from - 1, 40) && p.is(runs[r]!.to, 41)) { orgRun ??= runs[r]!; continue; }
          // `Ketum Gerindra ini mengaku`, `Ketua DPR RI itu menuturkan`: an office with a demonstrative after it
          // points back to a person (a description), it is no name nor the organisation.
          const dem = runs[r]!.to;
          if (dem < ge && this.isWord(dem) && this.demonstrative(dem)) {
            let t = runs[r]!.from;
            while (t < dem && !this.cat(t, W.title)) t++;
            if (t < dem) return { start: p.start[runs[r]!.from]!, end: p.end[dem]!, cls: 'description', name: null, head: p.lower(t) };
            // `politikus PAN itu`, `mantan pemain Man City tersebut`: a lower-case role noun right before the
            // organisation heads the description (the organisation is whom the person belongs to).
            // (`mantan pelatih Bhayangkara FC dan Timnas Filipina tersebut`: the organisations joined by `dan` share the noun.)
            const b = (r > 0 && this.officeJointBefore(runs[r]!.from) ? runs[0]! : runs[r]!).from - 1;
            if (b >= h && this.isWord(b) && !this.capitalised(b) && (this.bitsOf(b) & (W.title | W.person)) !== 0) {
              return { start: p.start[h]!, end: p.end[dem]!, cls: 'description', name: null, head: p.lower(b) };
            }
          }
          // `DRS (37) istri dari S mengatakan`, `Rudi kuasa hukum Budi mengatakan`: a name after a kinship or client
          // word names whom an earlier name in the group is related to; the earlier one speaks.
          if (r > 0 && this.relationBefore(runs[r]!.from, h)) continue;
          // `Berdasarkan informasi dari Badan Meteorologi Klimatologi dan Geofisika (BMKG) mencatat`: a lone
          // sentence-initial word of verbal shape, before other capitalised runs, that no tagger takes for a
          // person opens a fronted phrase; it is no name.
          if (r < runs.length - 1 && runs[r]!.from === sentenceStart && runs[r]!.to === sentenceStart + 1 && VERBISH.test(this.lower(sentenceStart))
            && !this.personIn(p.start[sentenceStart]!, p.end[sentenceStart]!)) continue;
          const c = this.classifyRun(runs[r]!);
          // `kata Departemen Humas dan Komunikasi Malindo Air`, `menurut Kepala Biro Komunikasi dan Layanan Informasi`:
          // with a tagger that finds no person in the group, capitalised words right after a `dan` or `&` go on naming
          // an office or body; they are no name.
          // (Nor do the words before the `dan`: `Keselamatan & Keamanan`, `Kabid Hubungan Media dan Kehumasan`.)
          if (c.cls === 'person' && this.officeJointBefore(c.nameFrom) && this.hasTagger()) {
            orgRun ??= runs[c.nameFrom > runs[r]!.from ? r : 0]!;
            break;
          }
          if (c.cls === 'person') {
            const to2 = runs[r]!.to;
            // `Kapolsek Sumur Bandung, , menyebut`, `Direktur Utama Perum Bulog ,menjelaskan`, `Menurut pelatih Timnas
            // U19, ,,`: where the text lost the link holding the name right before the cue, what is left of an office
            // (a place, a body) is no name; the office speaks, as a description.
            if (lost && ge >= to && !this.wordIn(to2, e + 1) && !this.cat(c.nameFrom, W.rank)) {
              const run = runs[r]!;
              // (`Kepala Kejaksaan Negeri (Kajari) Subulussalam, ,`: the office's runs are one description.)
              const t = c.nameFrom > run.from && this.cat(run.from, W.title) ? run.from : r > 0 && this.cat(runs[0]!.from, W.title) ? runs[0]!.from : -1;
              if (t >= 0) return { start: p.start[t]!, end: p.end[e]!, cls: 'description', name: null, head: p.lower(t), lost: true };
              if (r === 0 && h < run.from && this.headBefore(h, run.from)) {
                return { start: p.start[h]!, end: p.end[e]!, cls: 'description', name: null, head: p.lower(h), lost: true };
              }
            }
            const found: SpeakerPhrase = { start: p.start[c.nameFrom]!, end: p.end[to2 - 1]!, cls: 'person', name: this.nameText(c.nameFrom, to2), head: null };
            // `Pengurus Pusat Forum Guru Honorer, Tenaga Honorer, dan ... Riyanto Agung Subekti menuturkan`: a run
            // the tagger did not take for a person gives way to a tagged person in a later group.
            if (ge + 1 < to && this.hasTagger() && this.personIn(p.start[ge + 1]!, p.end[to - 1]!)) { untagged ??= found; break; }
            return found;
          }
          if (!orgRun || g === from) orgRun ??= runs[r]!;
        }
      }
      g = ge + 1;
    }
    if (untagged) return untagged;
    if (anonymous) return anonymous;
    if (orgRun) return { start: p.start[orgRun.from]!, end: p.end[orgRun.to - 1]!, cls: 'org', name: null, head: null };
    // No capitalised run: a common-noun phrase, in the last comma group (`Di tataran kebijakan, pemerintah`).
    let a = this.lastGroupStart(from, to);
    // `jaksa , dalam sidang sebelumnya menyebut`, `Polisi, dalam keterangannya, menyebut`: a circumstantial group
    // (opening with a preposition or stop word) after the subject's group is no speaker; the group before it is,
    // unless it is a sentence adverb (`Akan tetapi, melalui video ..., menjelaskan`, `Pasalnya, , yang mengaku ...`:
    // the subject was lost).
    while (a > from && a < to && this.isWord(a) && !this.capitalised(a) && (this.bitsOf(a) & (W.stop | W.prep)) !== 0) {
      let e = a - 1;
      while (e > from && p.kind[e - 1] === K_OTHER) e--;
      if (e <= from) break;
      const pa = this.lastGroupStart(from, e);
      if (!this.isWord(pa) || (this.bitsOf(pa) & (W.connective | W.aux | W.modal | W.blocker)) !== 0
        || (pa + 1 === e && this.lower(pa).endsWith('nya'))) break;
      to = e;
      a = pa;
    }
    let prep = false;
    while (a < to && (this.cat(a, W.connective) || !this.isWord(a))) { if (this.isWord(a)) prep = this.cat(a, W.prep); a++; }
    // `Bahkan, di postingan tersangka juga menyebutkan`: a prepositional phrase is no speaker (but `Untuk itu
    // mereka`, `Dengan demikian perusahaan`: a connective phrase ending in another word is no preposition).
    if (a >= to || prep) return null;
    // `Polisi hanya menyebut`, `Mereka juga mengatakan`: an adverb before the cue is no part of the speaker.
    let last = to - 1;
    while (last > a && this.isWord(last) && !this.capitalised(last) && (this.bitsOf(last) & (W.aux | W.modal)) !== 0 && (this.bitsOf(last) & W.demonstrative) === 0) last--;
    const start = p.start[a]!, end = p.end[last]!;
    // `diungkapkan olehnya`, `Menurut pandangannya`: one word of the possessor category with `-nya` is the clitic's
    // person speaking, resolved as a pronoun is.
    if (a === last && this.isWord(a) && !this.capitalised(a)) {
      const w = this.lower(a);
      if (w.length > 5 && w.endsWith('nya') && this.lex.possessors.has(w.slice(0, -3))) return { start, end, cls: 'pronoun', name: null, head: null };
    }
    if (this.cat(a, W.anonymous)) return { start, end, cls: 'anonymous', name: null, head: null };
    if (this.cat(a, W.collective)) return { start, end, cls: 'org', name: null, head: null };
    let h = a;
    while (h < to && /^(?:para|sang|si|sebuah|satu)$/i.test(p.text(h))) h++;
    if (h >= to || !this.isWord(h)) return null;
    // `Tak hanya mengisahkan ...`, `lagu itu juga masih menceritakan ...`: an adverb is no speaker's head.
    // (`, yang mengaku ... menyebut`: a relative clause whose head the text lost still speaks.)
    const hb = this.bitsOf(h);
    if ((hb & (W.aux | W.modal | W.blocker)) !== 0 && (hb & W.relative) === 0) return null;
    return { start, end, cls: 'description', name: null, head: p.lower(h) };
  }
}

/** Whether a lower-case word heads a role or a relation in the persons' titles (`ajudan`, `pengasuh`, `kekasih`). */
export function roleHead(word: string): boolean {
  const kind = titleKind(word);
  return kind === 'role' || kind === 'relation' || kind === 'credit-role';
}

/** Words in a name split at single spaces (`name.split(' ').length`). */
export function wordCount(name: string): number {
  let n = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * Whether `part` is a run of whole words of `whole`, words being cut at single spaces: `` ` ${whole} `.includes(` ${part} `) ``
 * read in place, without building either padded string.
 */
export function holdsWordRun(whole: string, part: string): boolean {
  const len = part.length;
  if (len === 0) return ` ${whole} `.includes('  ');
  for (let i = whole.indexOf(part); i >= 0; i = whole.indexOf(part, i + 1)) {
    if ((i === 0 || whole.charCodeAt(i - 1) === 32) && (i + len === whole.length || whole.charCodeAt(i + len) === 32)) return true;
  }
  return false;
}
