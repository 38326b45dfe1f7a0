import { defineStage } from '../../pipeline/stage.js';
import { need } from '../../text/document.js';
import { TokenKindCode, type TokenLayer } from '../../text/layers.js';
import { AbbrevClassCode, abbreviations } from '../../lang/id/abbreviations.js';
import { cliticExceptions } from '../../lang/id/clitic-exceptions.js';
import { CLASS, CharClass } from './char-class.js';

// Module-local aliases: under tsx/esbuild an imported binding is read through a getter on every access.
const CLS: Uint8Array = CLASS;
const TK = TokenKindCode;

/*
 * A single-pass scanner over the folded text (same offsets as the document
 * text). Decisions follow the Universal Dependencies Indonesian treebanks
 * (CSUI, GSD, PUD), because that is what tokens are scored against:
 *
 * - `Rp4,8` is two tokens, `Rp` and `4,8`: UD splits the currency off the
 *   amount (and tags `Rp` NOUN); reading them as one money mention is the
 *   amounts layer's job, on the text.
 * - numbers keep their separators: `20.000`, `2,5`, `10.00`, `1.314,40`; a full
 *   date `21/10/2025` is one token, a range `9.000-9.300` is three.
 * - hyphenated forms are one token when they are reduplications (`kota-kota`,
 *   `besar-besaran`, `Undang-Undang`), prefixed or lower-case compounds
 *   (`ke-36`, `non-migas`, `pro-Rusia`), or carry a digit (`COVID-19`, `1960-an`);
 *   two capitalised names joined by a hyphen are three tokens (`Bapepam-LK`,
 *   `Januari-September`), as in UD.
 * - clitics `-nya -lah -kah -pun -ku -mu` stay attached; their offset is
 *   recorded (see `cliticAt`).
 * - a dot joins its word when the word is a listed abbreviation (`Jl.`,
 *   `dkk.`), a chain of initials (`S.H.`, `a.n.`) or a single capital initial
 *   (`B.` in `B. J. Habibie`); host names (`kompas.com`, `TEMPO.CO`), URLs,
 *   e-mails, `#hashtags` and `@mentions` are one token each.
 * - `Moody's` is `Moody` + `'s` (CSUI); `Ka'ban`, `Jum'at` are one token.
 * Where the treebanks disagree (GSD splits the dot off `Dr.`, CSUI keeps it),
 * CSUI, the news treebank, wins.
 */

const { space: SP, lower: LO, upper: UP, digit: DI, surrogate: SU } = CharClass;

const DOT = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const HYPHEN = 0x2d;
const SLASH = 0x2f;
const APOS = 0x27;
const AT = 0x40;
const HASH = 0x23;
const BACKTICK = 0x60;
const UNDERSCORE = 0x5f;

/** Currency codes written glued to the amount (`Rp4,8`, `USD100`); UD splits them off. */
const GLUED_CURRENCY = new Set(['rp', 'idr', 'usd', 'sgd', 'eur', 'myr', 'jpy', 'cny', 'aud', 'gbp']);

/** Top-level and second-level internet domains that make `kompas.com`, `go.id` one token. */
const DOMAIN_PARTS = new Set([
  'com', 'id', 'co', 'net', 'org', 'go', 'ac', 'or', 'sch', 'mil', 'web', 'my', 'biz', 'info', 'io', 'tv', 'news',
  'gov', 'edu', 'uk', 'au', 'sg', 'us', 'me', 'asia',
]);

/** Clitic endings, longest first so `-nya` is tried before `-ku`. */
const CLITICS = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'] as const;

/**
 * Shortest host a clitic may attach to (in UTF-16 units). Three letters
 * rules out the short roots that merely end in clitic letters (`aku`, `ilmu`,
 * `kamu`, `buku`); longer roots go in `data/id/clitic-exceptions.txt`.
 * Checked on UD CSUI train and GSD dev (see eval/segmentation.ts, clitic table).
 */
const MIN_CLITIC_HOST = 3;

/** Prefixes stripped (one at most) before looking a word up in the clitic exceptions. */
const EXCEPTION_PREFIXES = ['memper', 'meng', 'meny', 'peng', 'peny', 'mem', 'men', 'pem', 'pen', 'ber', 'ter', 'per', 'pra', 'me', 'di', 'ke', 'se', 'pe'];

const abbrevTable = abbreviations();
const exceptionTable = cliticExceptions();

// Segment flags computed on demand at joiners (never per character of every word).
const F_DIGIT = 1;
const F_LOWER = 2;
const F_UPPER = 4;
const F_OTHER = 8;

function segFlags(text: string, a: number, b: number): number {
  let f = 0;
  for (let i = a; i < b; i++) {
    const k = CLS[text.charCodeAt(i)]!;
    f |= k === DI ? F_DIGIT : k === LO ? F_LOWER : k === UP ? F_UPPER : F_OTHER;
  }
  return f;
}

/** End of the run of letters and digits starting at `i`. */
function alnumEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const k = CLS[text.charCodeAt(i)]!;
    if (k !== LO && k !== UP && k !== DI) break;
    i++;
  }
  return i;
}

function isAlnumAt(text: string, i: number, n: number): boolean {
  if (i >= n) return false;
  const k = CLS[text.charCodeAt(i)]!;
  return k === LO || k === UP || k === DI;
}

function lowerEq(text: string, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let i = 0; i < a1 - a0; i++) {
    if ((text.charCodeAt(a0 + i) | 0x20) !== (text.charCodeAt(b0 + i) | 0x20)) return false;
  }
  return true;
}

/** Longest common suffix length of two spans, case-folded for ASCII letters. */
function commonSuffix(text: string, a0: number, a1: number, b0: number, b1: number): number {
  let n = 0;
  while (a1 - n > a0 && b1 - n > b0 && (text.charCodeAt(a1 - n - 1) | 0x20) === (text.charCodeAt(b1 - n - 1) | 0x20)) n++;
  return n;
}

/** Longest common prefix length of two spans, case-folded for ASCII letters. */
function commonPrefix(text: string, a0: number, a1: number, b0: number, b1: number): number {
  let n = 0;
  while (a0 + n < a1 && b0 + n < b1 && (text.charCodeAt(a0 + n) | 0x20) === (text.charCodeAt(b0 + n) | 0x20)) n++;
  return n;
}

/**
 * Whether a hyphen joins the segments `[l0,l1)` and `[r0,r1)` into one token.
 * Reduplication is recognised by a shared part of at least three letters
 * (`kota-kota`, `besar-besaran`, `berturut-turut`, `terus-menerus`).
 */
function joinsHyphen(text: string, l0: number, l1: number, r0: number, r1: number): boolean {
  const lf = segFlags(text, l0, l1);
  const rf = segFlags(text, r0, r1);
  if (lf === F_DIGIT && rf === F_DIGIT) return false; // 2000-2006, 9.000-9.300: a range
  if ((lf | rf) & F_DIGIT) return true; // ke-36, COVID-19, 1960-an
  if (lowerEq(text, l0, l1, r0, r1)) return true;
  if (commonSuffix(text, l0, l1, r0, r1) >= 3 || commonPrefix(text, l0, l1, r0, r1) >= 3) return true;
  const rFirst = CLS[text.charCodeAt(r0)]!;
  const lFirst = CLS[text.charCodeAt(l0)]!;
  if (rFirst === LO || lFirst === LO) return true; // non-migas, pro-Rusia, hamba-Ku's host, sayur-mayur
  return r1 - r0 === 1; // APBN-P, PDI-P; names joined by a hyphen stay apart
}

/** True when `[a,b)` is a Roman numeral or a single capital letter (`II/2007`, `S/A`). */
function isRomanOrLetter(text: string, a: number, b: number): boolean {
  if (b - a === 1) return CLS[text.charCodeAt(a)] === UP;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x49 && c !== 0x56 && c !== 0x58) return false; // I V X
  }
  return b - a <= 4;
}

function isDigits(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (CLS[text.charCodeAt(i)] !== DI) return false;
  return b > a;
}

/** Whether `[a,b)` is one of the domain parts, all lower or all upper case (`kompas.com`, `TEMPO.CO`). */
function isDomainPart(text: string, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 4) return false;
  const k = CLS[text.charCodeAt(a)];
  if (k !== LO && k !== UP) return false;
  for (let i = a + 1; i < b; i++) if (CLS[text.charCodeAt(i)] !== k) return false;
  return DOMAIN_PARTS.has(k === LO ? text.slice(a, b) : text.slice(a, b).toLowerCase());
}

/**
 * End of a host name continuing at the dot `j` (`.com`, `.kemdikbud.go.id`):
 * the end of its last part that is a known domain part, or -1.
 */
function domainEnd(text: string, j: number, n: number): number {
  let p = j;
  let best = -1;
  for (let parts = 0; parts < 6; parts++) {
    if (text.charCodeAt(p) !== DOT || !isAlnumAt(text, p + 1, n)) break;
    let q = alnumEnd(text, p + 1, n);
    while (q < n && text.charCodeAt(q) === HYPHEN && isAlnumAt(text, q + 1, n)) q = alnumEnd(text, q + 1, n);
    if (isDomainPart(text, p + 1, q)) best = q;
    p = q;
  }
  return best;
}

function isExceptionWord(lower: string): boolean {
  const { words, endings } = exceptionTable;
  if (words.has(lower)) return true;
  for (const e of endings) if (lower.endsWith(e)) return true;
  for (const p of EXCEPTION_PREFIXES) {
    if (lower.length > p.length + 2 && lower.startsWith(p) && words.has(lower.slice(p.length))) return true;
  }
  return false;
}

/**
 * Offset where a clitic starts in the word `[s,e)` whose last hyphen-free
 * segment starts at `seg`, or -1. A hyphenated clitic (`APBD-nya`, `hamba-Ku`)
 * always counts. Otherwise the ending must be lower case, the host at least
 * `MIN_CLITIC_HOST` long, `-ku`/`-mu` only on lower-case words, and neither
 * the word nor its last segment (with one common prefix stripped) listed in
 * `data/id/clitic-exceptions.txt` (nor ending in one of its listed endings).
 */
function cliticAt(text: string, s: number, e: number, seg: number): number {
  if (seg > s && text.charCodeAt(seg - 1) === HYPHEN) {
    for (const c of CLITICS) {
      if (e - seg === c.length && text.slice(seg, e).toLowerCase() === c) return seg;
    }
  }
  const last = text.charCodeAt(e - 1);
  // Fast reject: every clitic ends in a, h, n or u.
  if (last !== 0x61 && last !== 0x68 && last !== 0x6e && last !== 0x75) return -1;
  for (const c of CLITICS) {
    const at = e - c.length;
    if (at - seg < MIN_CLITIC_HOST) continue;
    let ok = true;
    for (let i = 0; i < c.length; i++) {
      if (text.charCodeAt(at + i) !== c.charCodeAt(i)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // First- and second-person -ku/-mu are rare in news while names ending in those
    // letters are common (Teuku, Lukaku, Kualanamu): only lower-case words take them.
    if (c.length === 2 && CLS[text.charCodeAt(seg)] !== LO) return -1;
    const lower = text.slice(s, e).toLowerCase();
    if (isExceptionWord(lower)) return -1;
    if (seg > s && isExceptionWord(lower.slice(seg - s))) return -1;
    return at;
  }
  return -1;
}

/** Growable columnar token store; arrays double when full and are trimmed at the end. */
class TokenSink {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  clitic: Int32Array;
  count = 0;

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.clitic = new Int32Array(capacity);
  }

  push(s: number, e: number, kind: number, clitic = -1): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = s;
    this.end[i] = e;
    this.kind[i] = kind;
    this.clitic[i] = clitic;
  }

  private grow(): void {
    const cap = this.start.length * 2;
    const start = new Int32Array(cap);
    start.set(this.start);
    const end = new Int32Array(cap);
    end.set(this.end);
    const kind = new Uint8Array(cap);
    kind.set(this.kind);
    const clitic = new Int32Array(cap);
    clitic.set(this.clitic);
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.clitic = clitic;
  }

  finish(): TokenLayer {
    const n = this.count;
    return {
      count: n,
      start: this.start.slice(0, n),
      end: this.end.slice(0, n),
      kind: this.kind.slice(0, n),
      clitic: this.clitic.slice(0, n),
    };
  }
}

function startsWithLower(text: string, i: number, s: string): boolean {
  if (i + s.length > text.length) return false;
  for (let k = 0; k < s.length; k++) if ((text.charCodeAt(i + k) | 0x20) !== s.charCodeAt(k)) return false;
  return true;
}

/** Trailing characters that close a sentence or a bracket rather than a URL. */
function isUrlTrail(c: number): boolean {
  return c === DOT || c === COMMA || c === COLON || c === 0x3b || c === 0x21 || c === 0x3f || c === APOS || c === 0x22 || c === 0x29 || c === 0x5d;
}

function scanUrl(text: string, s: number, n: number, out: TokenSink): number {
  let j = s;
  while (j < n && CLS[text.charCodeAt(j)] !== SP) j++;
  while (j > s && isUrlTrail(text.charCodeAt(j - 1))) j--;
  out.push(s, j, TK.url);
  return j;
}

/** `local@domain.tld` starting at `s`, `at` being the `@`; returns the end or -1. */
function emailEnd(text: string, at: number, n: number): number {
  let j = at + 1;
  let dot = false;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = CLS[c]!;
    if (k === LO || k === UP || k === DI || c === HYPHEN) j++;
    else if (c === DOT && isAlnumAt(text, j + 1, n)) {
      dot = true;
      j++;
    } else break;
  }
  return dot ? j : -1;
}

/**
 * A capital I, V or X after a lower-case word is a Roman numeral closing a
 * phrase (`kuartal I.`, `Perang Dunia I.`), not a name initial, so its dot
 * stays a separate token.
 */
function isRomanAfterLowerWord(text: string, s: number, out: TokenSink): boolean {
  const c = text.charCodeAt(s);
  if ((c !== 0x49 && c !== 0x56 && c !== 0x58) || out.count === 0) return false;
  const p = out.count - 1;
  return out.kind[p] === TK.word && CLS[text.charCodeAt(out.start[p]!)] === LO;
}

/** Scan a word, number, abbreviation, e-mail or URL starting at `s` (a letter or digit). */
function scanWord(text: string, s: number, n: number, out: TokenSink): number {
  const c0 = text.charCodeAt(s);
  if ((c0 | 0x20) === 0x68 && (startsWithLower(text, s, 'http://') || startsWithLower(text, s, 'https://'))) {
    return scanUrl(text, s, n, out);
  }
  if ((c0 | 0x20) === 0x77 && startsWithLower(text, s, 'www.') && isAlnumAt(text, s + 4, n)) return scanUrl(text, s, n, out);

  let j = alnumEnd(text, s, n);
  // Currency glued to its amount: Rp4,8 -> Rp | 4,8.
  if (CLS[c0] !== DI && j - s > 2 && CLS[text.charCodeAt(j - 1)] === DI) {
    let t = s;
    while (t < j && CLS[text.charCodeAt(t)] !== DI) t++;
    if (t < j && t - s <= 3 && t - s >= 2 && GLUED_CURRENCY.has(text.slice(s, t).toLowerCase()) && isDigits(text, t, j)) {
      // a word, as when written apart (`Rp 4,8`); UD tags it NOUN
      out.push(s, t, TK.word);
      return t;
    }
  }
  let seg = s; // start of the last segment (after the last joiner)
  let initials = false; // a chain of single letters and dots: S.H, a.n, D.W
  let slashJoined = false; // a reference number such as 34/PMK.011/2007
  for (;;) {
    if (j >= n) break;
    const c = text.charCodeAt(j);
    const r0 = j + 1;
    if (c === HYPHEN) {
      if (!isAlnumAt(text, r0, n)) break;
      const r1 = alnumEnd(text, r0, n);
      if (!joinsHyphen(text, seg, j, r0, r1)) break;
      seg = r0;
      j = r1;
      continue;
    }
    if (c === DOT) {
      if (!isAlnumAt(text, r0, n)) break;
      const r1 = alnumEnd(text, r0, n);
      const lf = segFlags(text, seg, j);
      const rk = CLS[text.charCodeAt(r0)]!;
      if (lf === F_DIGIT && rk === DI) {
        // 20.000, 10.00, 1.314,40
      } else if (j - seg === 1 && lf !== F_DIGIT && rk !== DI && r1 - r0 <= 3 && (initials || r1 - r0 === 1 || seg === s)) {
        // S.H, a.n, D.W, S.Sos: a chain that starts with a single letter
        initials = true;
      } else if (lf === F_UPPER && j - seg >= 2 && rk === DI) {
        // PMK.011, KM.10
      } else if (lf !== F_DIGIT && !initials) {
        // kompas.com, TEMPO.CO, m-edukasi.kemdikbud.go.id
        const d = domainEnd(text, j, n);
        if (d < 0) break;
        seg = text.lastIndexOf('.', d - 1) + 1;
        j = d;
        continue;
      } else break;
      seg = r0;
      j = r1;
      continue;
    }
    if (c === COMMA || c === COLON) {
      if (!isAlnumAt(text, r0, n) || CLS[text.charCodeAt(r0)] !== DI || !isDigits(text, seg, j)) break;
      const r1 = alnumEnd(text, r0, n);
      if (!isDigits(text, r0, r1)) break;
      seg = r0;
      j = r1;
      continue;
    }
    if (c === SLASH) {
      if (!isAlnumAt(text, r0, n)) break;
      const r1 = alnumEnd(text, r0, n);
      const leftDigits = isDigits(text, seg, j);
      if (leftDigits && j - seg <= 2 && r1 - r0 <= 2 && isDigits(text, r0, r1) && text.charCodeAt(r1) === SLASH) {
        // 21/10/2025
        const y0 = r1 + 1;
        const y1 = alnumEnd(text, y0, n);
        if (isDigits(text, y0, y1) && (y1 - y0 === 2 || y1 - y0 === 4)) {
          seg = y0;
          j = y1;
          continue;
        }
        break;
      }
      if (
        slashJoined ||
        (isRomanOrLetter(text, seg, j) && seg === s) ||
        (leftDigits && CLS[text.charCodeAt(r0)] === UP)
      ) {
        slashJoined = true;
        seg = r0;
        j = r1;
        continue;
      }
      break;
    }
    if (c === APOS) {
      // Ka'ban, Jum'at join; Moody's splits into Moody | 's as in UD.
      if (!isAlnumAt(text, r0, n) || (segFlags(text, seg, j) & (F_LOWER | F_UPPER)) === 0) break;
      const r1 = alnumEnd(text, r0, n);
      if (r1 - r0 === 1 && (text.charCodeAt(r0) | 0x20) === 0x73) break;
      seg = r0;
      j = r1;
      continue;
    }
    if (c === AT) {
      const e = emailEnd(text, j, n);
      if (e < 0) break;
      out.push(s, e, TK.email);
      return e;
    }
    break;
  }

  // A final dot joins abbreviations and initials; a prefix abbreviation takes its dot even
  // when the number or name follows without a space (`No.5`, `Jl.Sudirman`).
  if (j < n && text.charCodeAt(j) === DOT) {
    const glued = isAlnumAt(text, j + 1, n);
    let abbrev = initials && !glued;
    if (!abbrev && !glued && j - s === 1 && CLS[c0] === UP) abbrev = !isRomanAfterLowerWord(text, s, out);
    else if (!abbrev && j - s <= 8 && seg === s) {
      const f = segFlags(text, s, j);
      if ((f & (F_DIGIT | F_OTHER)) === 0) {
        const cls = abbrevTable.get(text.slice(s, j).toLowerCase());
        abbrev = glued ? cls === AbbrevClassCode.prefix && CLS[text.charCodeAt(j + 1)] !== LO : cls !== undefined;
      }
    }
    if (abbrev) {
      out.push(s, j + 1, TK.abbrev);
      return j + 1;
    }
  }
  const kind = CLS[c0] === DI && (segFlags(text, s, j) & (F_LOWER | F_UPPER)) === 0 ? TK.number : TK.word;
  out.push(s, j, kind, kind === TK.word ? cliticAt(text, s, j, seg) : -1);
  return j;
}

/** Scan one punctuation or symbol token (or a hashtag, mention, ellipsis) at `s`. */
function scanOther(text: string, s: number, n: number, out: TokenSink): number {
  const c = text.charCodeAt(s);
  const k = CLS[c]!;
  let j = s + 1;
  if (c === DOT || c === BACKTICK || c === HYPHEN) {
    // ... is one ellipsis token, `` one opening quote, -- one dash
    while (j < n && text.charCodeAt(j) === c) j++;
    out.push(s, j, TK.punct);
    return j;
  }
  if (c === APOS) {
    if (j < n && text.charCodeAt(j) === APOS) {
      out.push(s, j + 1, TK.punct);
      return j + 1;
    }
    // English possessive 's after a word (Moody's): one token, as in UD
    if (s > 0 && isAlnumAt(text, s - 1, n) && (text.charCodeAt(j) | 0x20) === 0x73 && !isAlnumAt(text, j + 1, n)) {
      out.push(s, j + 1, TK.word);
      return j + 1;
    }
    out.push(s, j, TK.punct);
    return j;
  }
  if ((c === HASH || c === AT) && isAlnumAt(text, j, n)) {
    while (j < n && (isAlnumAt(text, j, n) || text.charCodeAt(j) === UNDERSCORE)) j++;
    if (c === AT) {
      // user names may hold dots (@kompas.com is rare; @jokowi.official is not)
      while (j + 1 < n && text.charCodeAt(j) === DOT && isAlnumAt(text, j + 1, n)) {
        j++;
        while (j < n && (isAlnumAt(text, j, n) || text.charCodeAt(j) === UNDERSCORE)) j++;
      }
    }
    out.push(s, j, c === HASH ? TK.hashtag : TK.mention);
    return j;
  }
  if (k === SU) {
    // One astral character (emoji), with its variation selector, skin tone and ZWJ sequence.
    if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
    for (;;) {
      if (j >= n) break;
      const d = text.charCodeAt(j);
      if (d === 0xfe0f || d === 0x20e3) j++;
      else if (d === 0xd83c && j + 1 < n && text.charCodeAt(j + 1) >= 0xdffb && text.charCodeAt(j + 1) <= 0xdfff) j += 2;
      else if (d === 0x200d && j + 1 < n && CLS[text.charCodeAt(j + 1)] === SU) j += 3;
      else break;
    }
    out.push(s, Math.min(j, n), TK.symbol);
    return Math.min(j, n);
  }
  out.push(s, j, k === CharClass.punct ? TK.punct : TK.symbol);
  return j;
}

/**
 * Split Indonesian text into tokens in one pass. Pass the folded text
 * (`doc.layers.normalized.folded`): it has the document's offsets, and its
 * quotes and dashes are already ASCII.
 *
 * @example
 * const t = tokenize('Harganya naik jadi Rp4,8 juta.');
 * // Harganya | naik | jadi | Rp | 4,8 | juta | .   (clitic of token 0 at offset 5)
 */
export function tokenize(text: string): TokenLayer {
  const n = text.length;
  const out = new TokenSink(Math.max(16, (n >> 2) + 16));
  let i = 0;
  while (i < n) {
    const k = CLS[text.charCodeAt(i)]!;
    if (k === SP) i++;
    else if (k === LO || k === UP || k === DI) i = scanWord(text, i, n, out);
    else i = scanOther(text, i, n, out);
  }
  return out.finish();
}

/**
 * The host and clitic parts of token `i`: `bukunya` -> host `buku`, clitic
 * `nya`; a hyphen before the clitic (`APBD-nya`) belongs to neither.
 *
 * @example
 * const t = tokenize('rumahnya');
 * cliticSplit('rumahnya', t, 0); // { host: [0, 5], clitic: [5, 8] }
 */
export function cliticSplit(
  text: string,
  layer: TokenLayer,
  i: number,
): { host: [number, number]; clitic: [number, number] | null } {
  const s = layer.start[i]!;
  const e = layer.end[i]!;
  const c = layer.clitic[i]!;
  if (c < 0) return { host: [s, e], clitic: null };
  const hostEnd = c > s && text.charCodeAt(c - 1) === HYPHEN ? c - 1 : c;
  return { host: [s, hostEnd], clitic: [c, e] };
}

/** Class of an abbreviation token's form (`prefix` never ends a sentence, `final` may); 0 when unlisted. */
export function abbreviationClass(text: string, s: number, e: number): number {
  const form = text.charCodeAt(e - 1) === DOT ? text.slice(s, e - 1) : text.slice(s, e);
  return abbrevTable.get(form.toLowerCase()) ?? 0;
}

export { AbbrevClassCode };

/** Pipeline stage: the `tokens` layer from the folded text (`normalized`). Language-independent scanner, Indonesian data. */
export const tokensStage = defineStage({
  name: 'tokens',
  version: '1',
  requires: ['normalized'],
  produces: ['tokens'],
  languages: 'any',
  run: (doc) => ({ tokens: tokenize(need(doc, 'normalized').folded) }),
});
