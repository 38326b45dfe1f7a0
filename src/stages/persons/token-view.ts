import { personTitles, titleKind, type TitleKind } from '../../lang/id/person-titles.js';
import type { TokenLayer } from '../../text/layers.js';
import type { SentenceJson } from '../../text/schema.js';

/**
 * Bits of the title filter: 8,192 (1 KB) for the ~950 title words of `titles.tsv`, so about one other word in nine
 * passes it by chance. The filter is small enough to stay in cache where the title map is not: right after the
 * entity tagger, most of the stage's title lookups were cache misses in that map.
 */
const TITLE_FILTER_BITS = 8192;
const FNV_OFFSET = 0x811c9dc5 | 0;
let titleFilter: Uint32Array | undefined;

/** One step of the FNV-1a hash the title filter is keyed by, over UTF-16 code units. */
function mixChar(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

/** The title filter: one bit set per title word (lower case, no trailing dot: the keys of `personTitles`). */
function buildTitleFilter(): Uint32Array {
  const bits = new Uint32Array(TITLE_FILTER_BITS / 32);
  for (const w of personTitles().keys()) {
    let h = FNV_OFFSET;
    for (let k = 0; k < w.length; k++) h = mixChar(h, w.charCodeAt(k));
    const b = h & (TITLE_FILTER_BITS - 1);
    bits[b >>> 5]! |= 1 << (b & 31);
  }
  return bits;
}

/**
 * Read-only helpers over the token layer for one document: token text (from
 * the folded text, so curly quotes are ASCII), capitalisation, the sentence
 * each token lies in, and char-offset → token lookups by binary search.
 * The stage's rules ask for the same token's text, lower case and title kind
 * many times over (each rule reads the words around every name), so those are
 * memoised per token on first use.
 */
export class TokenView {
  readonly count: number;
  /** Index of the sentence holding token i. */
  private readonly sentenceOf: Int32Array;
  /** Memoised `text(i)`, `lower(i)` and `titleKind(i)` (null: not a title word); undefined until first asked. */
  private readonly texts: Array<string | undefined>;
  private readonly lowers: Array<string | undefined>;
  private readonly kinds: Array<TitleKind | null | undefined>;
  /** Set by `scan` on first use. */
  private capitalList: Int32Array | undefined;
  private markList: Int32Array | undefined;

  constructor(
    readonly tokens: TokenLayer,
    readonly sentences: readonly SentenceJson[],
    private readonly source: string,
  ) {
    this.count = tokens.count;
    this.texts = new Array<string | undefined>(tokens.count);
    this.lowers = new Array<string | undefined>(tokens.count);
    this.kinds = new Array<TitleKind | null | undefined>(tokens.count);
    this.sentenceOf = new Int32Array(tokens.count).fill(-1);
    sentences.forEach((s, si) => this.sentenceOf.fill(si, s.tokenStart, s.tokenEnd));
  }

  /**
   * The token's text. Rules peek one or two tokens past either end of the article (`v.text(i + 4) === ')'`); such
   * an index reads `slice(undefined, undefined)`, the whole text, as it always has, and is not memoised.
   */
  text(i: number): string {
    if (!this.inRange(i)) return this.source.slice(this.tokens.start[i]!, this.tokens.end[i]!);
    return this.texts[i] ??= this.source.slice(this.tokens.start[i]!, this.tokens.end[i]!);
  }

  /** `text(i)` in lower case. */
  lower(i: number): string {
    if (!this.inRange(i)) return this.text(i).toLowerCase();
    return this.lowers[i] ??= this.text(i).toLowerCase();
  }

  /** `titleKind` of token i's text (case-insensitive, trailing dot ignored). */
  titleKind(i: number): TitleKind | undefined {
    if (!this.inRange(i)) return titleKind(this.text(i));
    let k = this.kinds[i];
    if (k === undefined) k = this.kinds[i] = this.mayBeTitle(i) ? titleKind(this.text(i)) ?? null : null;
    return k ?? undefined;
  }

  /**
   * False when token i, folded as `titleKind` folds it (lower case, one trailing dot dropped), is surely no title
   * word: ASCII text whose bit in the title filter is unset. Text beyond ASCII (which lower-casing may change in
   * length) is always let through to the lookup.
   */
  private mayBeTitle(i: number): boolean {
    const filter = titleFilter ??= buildTitleFilter();
    const s = this.tokens.start[i]!;
    let e = this.tokens.end[i]!;
    if (e > s && this.source.charCodeAt(e - 1) === 46) e--;
    let h = FNV_OFFSET;
    for (let k = s; k < e; k++) {
      const c = this.source.charCodeAt(k);
      if (c >= 128) return true;
      h = mixChar(h, c >= 65 && c <= 90 ? c + 32 : c);
    }
    const b = h & (TITLE_FILTER_BITS - 1);
    return (filter[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  private inRange(i: number): boolean {
    return i >= 0 && i < this.count;
  }

  /** True when token i is the one character `ch` (`"`, `,`), tested without building the token's text. */
  isChar(i: number, ch: string): boolean {
    const s = this.tokens.start[i]!;
    return this.tokens.end[i]! - s === 1 && this.source.charCodeAt(s) === ch.charCodeAt(0);
  }

  /** First letter upper case (`Presiden`, `NATO`, `H.`). */
  isCapitalized(i: number): boolean {
    const c = this.source.charCodeAt(this.tokens.start[i]!);
    // ASCII answers without building a string (most tokens); other letters go through case mapping.
    if (c < 128) return c >= 65 && c <= 90;
    const ch = String.fromCharCode(c);
    return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  }

  /**
   * Indices, ascending, of the tokens that may open with a capital: all but those opening with an ASCII character
   * other than A-Z, which no `\p{Lu}` letter is (so a superset of `isCapitalized` and of `/^\p{Lu}/u`). They are the
   * only places where most rules can fire (a name, a title, a rank, initials). Found with `marks` in one walk
   * over the tokens, the first time either is asked for, so that each rule visits its candidates, not every token.
   */
  capitalCandidates(): Int32Array {
    if (!this.capitalList) this.scan();
    return this.capitalList!;
  }

  /** Indices, ascending, of the one-character tokens `"`, `'`, `,` and `.` (see `capitalCandidates`). */
  marks(): Int32Array {
    if (!this.markList) this.scan();
    return this.markList!;
  }

  private scan(): void {
    const { start, end } = this.tokens;
    const capitals = new Int32Array(this.count);
    const marks = new Int32Array(this.count);
    let nc = 0;
    let nm = 0;
    for (let i = 0; i < this.count; i++) {
      const s = start[i]!;
      const c = this.source.charCodeAt(s);
      if (c >= 128 || (c >= 65 && c <= 90)) capitals[nc++] = i;
      else if ((c === 34 || c === 39 || c === 44 || c === 46) && end[i]! - s === 1) marks[nm++] = i;
    }
    this.capitalList = capitals.subarray(0, nc);
    this.markList = marks.subarray(0, nm);
  }

  /** True when the token is made of letters only, upper case (`NATO`, `BPS`, `REUTERS`). */
  isAllCaps(i: number): boolean {
    const t = this.text(i).replace(/[.&-]/g, '');
    return t.length > 1 && /^\p{Lu}[\p{Lu}\d]*$/u.test(t);
  }

  /** Index of the sentence holding token i, or -1. */
  sentenceIndex(i: number): number {
    return this.sentenceOf[i]!;
  }

  /** First token of the sentence holding token i (0 if unknown). */
  sentenceStart(i: number): number {
    const s = this.sentenceOf[i]!;
    return s >= 0 ? this.sentences[s]!.tokenStart : 0;
  }

  /** One past the last token of the sentence holding token i. */
  sentenceEnd(i: number): number {
    const s = this.sentenceOf[i]!;
    return s >= 0 ? this.sentences[s]!.tokenEnd : this.count;
  }

  /** Index of the first token whose start is at or after `offset`. */
  tokenAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens.start[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first token whose end is after `offset` (the token covering it, if any). */
  tokenEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens.end[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  start(i: number): number {
    return this.tokens.start[i]!;
  }

  end(i: number): number {
    return this.tokens.end[i]!;
  }
}
