import { categoryBit, type QuoteLexicon, type SpeakerWordCategory } from '../../lang/id/quote-lexicon.js';
import { PieceKind, type Piece } from '../amounts/word-scan.js';

// Local copies: read once, not through the module binding on every piece.
const K_DIGITS: PieceKind = PieceKind.Digits;
const K_WORD: PieceKind = PieceKind.Word;
const K_OTHER: PieceKind = PieceKind.Other;

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
}

/** A run of capitalised words (a candidate name), as piece indices [from, to). */
export interface CapRun { from: number; to: number }

const UPPER = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}{1,2}$/u;
const ACRONYM = /^\p{Lu}{3,}$/u;
/** Category bits, resolved once at load; an object literal keeps one fixed shape, so `BIT[c]` stays a fast load. */
const BIT: Record<SpeakerWordCategory, number> = {
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
  'credit-subject': categoryBit('credit-subject'),
  object: categoryBit('object'),
  prep: categoryBit('prep'),
  aux: categoryBit('aux'),
};
const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3})$/;

/** Tools over one text's pieces for reading speaker phrases and names. */
export class SpeakerReader {
  /**
   * @param personIn the person a tagger found inside character range [start, end), if any
   *   (the entities layer); capitalised-run reading is the fallback.
   */
  constructor(
    private readonly text: string,
    readonly p: readonly Piece[],
    private readonly lex: QuoteLexicon,
    private readonly personIn: (start: number, end: number) => SpeakerPhrase | null = () => null,
  ) {
    // Sized up front: filling a growing array at scattered indices would leave it in slow dictionary mode.
    this.lowers = new Array(p.length);
    this.bits = new Array(p.length);
  }

  private readonly lowers: Array<string | undefined>;

  /** Lower-cased text of piece i, computed once. */
  lower(i: number): string {
    const piece = this.p[i];
    if (!piece) return '';
    return (this.lowers[i] ??= piece.text.toLowerCase());
  }

  private readonly bits: Array<number | undefined>;

  /** Whether piece i is a word of category `c` (data/id/quote-speaker-words.tsv); cached per piece. */
  cat(i: number, c: SpeakerWordCategory): boolean {
    const piece = this.p[i];
    if (!piece) return false;
    let b = this.bits[i];
    if (b === undefined) {
      // Most words are ruled out by their first and last letters and length, without lower-casing them.
      const t = piece.text;
      let f = t.charCodeAt(0), l = t.charCodeAt(t.length - 1);
      if (f < 128 && l < 128) {
        if (f >= 65 && f <= 90) f |= 0x20;
        if (l >= 65 && l <= 90) l |= 0x20;
      }
      b = f < 128 && l < 128 && !(this.lex.speakerShapes[(f << 7) | l]! & (1 << (t.length & 31))) ? 0 : this.lex.speakerWordBits.get(this.lower(i)) ?? 0;
      this.bits[i] = b;
    }
    return (b & BIT[c]) !== 0;
  }

  isWord(i: number): boolean { return this.p[i]?.kind === K_WORD; }

  /** Pieces i and i+1 are separated by spaces only. */
  spaced(i: number): boolean {
    const a = this.p[i], b = this.p[i + 1];
    if (!a || !b) return false;
    for (let c = a.end; c < b.start; c++) {
      const ch = this.text.charCodeAt(c);
      if (!(ch === 32 || ch === 9 || ch === 0xa0 || ch === 0x202f || (ch >= 0x2000 && ch <= 0x200a))) return false;
    }
    return true;
  }

  capitalised(i: number): boolean {
    const piece = this.p[i];
    if (!piece || piece.kind !== K_WORD) return false;
    const c = piece.text.charCodeAt(0);
    return c < 0x80 ? c >= 65 && c <= 90 : UPPER.test(piece.text);
  }

  hasCat(from: number, to: number, c: SpeakerWordCategory): boolean {
    for (let i = from; i < to; i++) if (this.cat(i, c)) return true;
    return false;
  }

  /** Capitalised runs inside [from, to): `Menteri PUPR Basuki Hadimuljono`, `PT Aneka Tambang Tbk.`. */
  runs(from: number, to: number, sentenceStart: number): CapRun[] {
    const out: CapRun[] = [];
    let i = from;
    while (i < to) {
      if (!this.capitalised(i)) { i++; continue; }
      let j = i + 1;
      for (;;) {
        if (j >= to) break;
        // `Tbk.`, `M.`: an abbreviation dot inside a name.
        if (this.p[j]!.text === '.' && this.p[j - 1]!.end === this.p[j]!.start && j + 1 < to && this.spaced(j) && this.capitalised(j + 1)
          && (INITIAL.test(this.p[j - 1]!.text) || this.cat(j - 1, 'rank') || this.cat(j - 1, 'org'))) { j += 2; continue; }
        if (this.capitalised(j) && this.spaced(j - 1)) { j++; continue; }
        break;
      }
      let a = i;
      // A sentence-initial function word is capitalised by position only.
      while (a < j && this.cat(a, 'connective')) a++;
      if (a === sentenceStart && a + 1 === j && a < to && this.p[a]!.text.length > 1 && (this.isCommonAtStart(a) || this.isCommon(this.p[a]!.text))) a++;
      if (a < j) out.push({ from: a, to: j });
      i = j;
    }
    return out;
  }

  /** A lone sentence-initial word that is a known common or place word rather than a name. */
  private isCommonAtStart(i: number): boolean {
    return this.cat(i, 'collective') || this.cat(i, 'pronoun') || this.cat(i, 'anonymous') || this.cat(i, 'stop');
  }

  private placeAt(i: number, to: number): number {
    if (!this.lex.placeStarts.has(this.lower(i))) return -1;
    let best = -1;
    let key = '';
    for (let k = i; k < Math.min(to, i + this.lex.placeMaxWords); k++) {
      key = k === i ? this.lower(k) : `${key} ${this.lower(k)}`;
      if (this.lex.places.has(key)) best = k + 1;
    }
    return best;
  }

  /**
   * Classify a capitalised run and find the person's name in it: titles,
   * organisations, places and acronyms before the name are left out; ranks
   * right before it stay (`Kapolsek Paseh AKP Dede Iskandar` → `AKP Dede Iskandar`).
   */
  classifyRun(run: CapRun): { cls: 'person' | 'org'; nameFrom: number } {
    const { from, to } = run;
    if (this.cat(from, 'collective') || (this.cat(from, 'place') && to - from === 1)) return { cls: 'org', nameFrom: to };
    let cut = from;
    let org = false;
    let rank = -1;
    for (let k = from; k < to; k++) {
      const w = this.p[k]!.text;
      if (w === '.') continue;
      if (this.cat(k, 'rank')) { if (rank < 0 || rank < cut) rank = k; continue; }
      if (this.cat(k, 'org')) { org = true; cut = k + 1; continue; }
      if (this.cat(k, 'title') || this.cat(k, 'connective') || this.cat(k, 'place')) { cut = k + 1; continue; }
      if (ACRONYM.test(w)) { cut = k + 1; continue; }
      // After a title, common words and numerals still belong to it (`Pengamat Pasar Keuangan`, `Wilayah V`).
      if (cut === k && k > from && (this.isCommon(w) || ROMAN.test(w))) { cut = k + 1; continue; }
      const pl = this.placeAt(k, to);
      if (pl > 0 && pl < to) { cut = pl; k = pl - 1; continue; }
    }
    // A run opening with an organisation or named-place word (`Perjanjian ...`, `Desa Hukurila`) names no person,
    // unless a rank introduces one inside it (`Polres Sumedang AKP Dede Iskandar`).
    // (`Komisi III DPR Arsul Sani` still ends in a full personal name: two or three uncommon words.)
    if (this.cat(from, 'org') && rank < 0) {
      const rest = to - cut;
      let uncommon = rest >= 2 && rest <= 3;
      for (let k = cut; uncommon && k < to; k++) uncommon = this.capitalised(k) && !this.isCommon(this.p[k]!.text) && !ACRONYM.test(this.p[k]!.text);
      if (!uncommon) return { cls: 'org', nameFrom: to };
    }
    if (rank >= 0 && rank >= from && (rank >= cut || cut === to) && rank + 1 < to) cut = rank; // `Kasatreskrim AKP Dede Iskandar`
    else if (rank >= 0 && rank === cut - 1) cut = rank;
    while (cut < to && this.p[cut]!.text === '.') cut++;
    if (cut >= to) return { cls: 'org', nameFrom: to };
    if (org && cut === from) return { cls: 'org', nameFrom: to };
    if (this.placeAt(cut, to) === to) return { cls: 'org', nameFrom: to };
    // Organisation words after the name start (`Bank Mandiri`): the whole run is an organisation.
    for (let k = cut; k < to; k++) if (this.cat(k, 'org')) return { cls: 'org', nameFrom: to };
    // `Dinas Kehutanan Sumsel`: an organisation word before, and nothing that reads as a personal name after.
    if (org && to - cut <= 2 && [...Array(to - cut).keys()].every((d) => this.isCommon(this.p[cut + d]!.text))) return { cls: 'org', nameFrom: to };
    return { cls: 'person', nameFrom: cut };
  }

  /** A common Indonesian word (a root, or a root with a frequent nominal affix: `keuangan`, `perekonomian`). */
  isCommon(word: string): boolean {
    const w = word.toLowerCase();
    const roots = this.lex.roots;
    if (roots.has(w)) return true;
    const bare = w.replace(/(?:an|nya)$/, '');
    for (const pre of ['', 'ke', 'pe', 'per', 'pem', 'pen', 'peng', 'peny', 'pel', 'se']) {
      if (!bare.startsWith(pre)) continue;
      const r = bare.slice(pre.length);
      if (r.length >= 3 && (roots.has(r) || (pre === 'peny' && roots.has(`s${r}`)) || (pre === 'pen' && roots.has(`t${r}`)) || (pre === 'pem' && roots.has(`p${r}`)) || (pre === 'peng' && roots.has(`k${r}`)))) return true;
    }
    return false;
  }

  nameText(from: number, to: number): string {
    let end = to;
    while (end > from && this.p[end - 1]!.text === '.') end--;
    return this.text.slice(this.p[from]!.start, this.p[end - 1]!.end).replace(/\s+/g, ' ');
  }

  /**
   * Read the speaker phrase in pieces [from, to): a pronoun, a person
   * (the last capitalised run holding a name, so `Syafrul Yunardi, Kepala
   * seksi ..., Dinas Kehutanan Sumsel` is Syafrul Yunardi), an organisation,
   * an anonymous source or a description.
   */
  read(from: number, to: number, sentenceStart: number): SpeakerPhrase | null {
    while (from < to && this.p[from]!.kind === K_OTHER) from++;
    while (to > from && this.p[to - 1]!.kind === K_OTHER) to--;
    if (from >= to) return null;
    const span = (a: number, b: number) => ({ start: this.p[a]!.start, end: this.p[b - 1]!.end });
    for (let k = from; k < to; k++) {
      if (this.cat(k, 'pronoun') && this.isWord(k)) return { ...span(k, k + 1), cls: 'pronoun', name: null, head: null };
    }
    let anonymous: SpeakerPhrase | null = null;
    // Comma groups in order: `Syafrul Yunardi, Kepala seksi ..., Dinas Kehutanan Sumsel` is its first
    // group's person; `Seorang pekerja, Rasia,` has none in the first group, so the next one speaks.
    let orgRun: CapRun | null = null;
    for (let g = from; g < to;) {
      let ge = g;
      while (ge < to && this.p[ge]!.text !== ',') ge++;
      // `Direktur Operasi dan Produksi Antam, Hartono mengatakan`: a group that opens with an office
      // and is followed by a capitalised group is the office of the name that follows.
      let h = g;
      while (h < ge && this.cat(h, 'connective')) h++;
      if (ge < to && h < ge && this.capitalised(ge + 1) && !this.cat(h, 'rank')
        && (this.cat(h, 'title') || this.cat(ge + 1, 'rank') || this.hasCat(h, ge, 'org'))) { g = ge + 1; continue; }
      // `seorang fotografer Reuters`: an unnamed source, whatever capitalised words follow; but
      // `Seorang pekerja, Rasia,` names the worker in the next group.
      if (h < ge && this.cat(h, 'anonymous') && !this.capitalised(h + 1)) {
        anonymous ??= { ...span(h, ge), cls: 'anonymous', name: null, head: null };
        g = ge + 1;
        continue;
      }
      if (ge > g) {
        const tagged = this.personIn(this.p[g]!.start, this.p[ge - 1]!.end);
        if (tagged) return tagged;
        const runs = this.runs(g, ge, sentenceStart);
        for (let r = runs.length - 1; r >= 0; r--) {
          // `Presiden Joko Widodo (Jokowi)`: the bracketed short form is not the fuller mention.
          if (r > 0 && this.p[runs[r]!.from - 1]?.text === '(' && this.classifyRun(runs[r - 1]!).cls === 'person') continue;
          const c = this.classifyRun(runs[r]!);
          if (c.cls === 'person') {
            return { ...span(c.nameFrom, runs[r]!.to), cls: 'person', name: this.nameText(c.nameFrom, runs[r]!.to), head: null };
          }
          if (!orgRun || g === from) orgRun ??= runs[r]!;
        }
      }
      g = ge + 1;
    }
    if (anonymous) return anonymous;
    if (orgRun) return { ...span(orgRun.from, orgRun.to), cls: 'org', name: null, head: null };
    // No capitalised run: a common-noun phrase, in the last comma group (`Di tataran kebijakan, pemerintah`).
    let a = from;
    for (let k = to - 1; k > from; k--) if (this.p[k]!.text === ',') { a = k + 1; break; }
    while (a < to && (this.cat(a, 'connective') || !this.isWord(a))) a++;
    if (a >= to) return null;
    if (this.cat(a, 'anonymous')) return { ...span(a, to), cls: 'anonymous', name: null, head: null };
    if (this.cat(a, 'collective')) return { ...span(a, to), cls: 'org', name: null, head: null };
    let h = a;
    while (h < to && /^(?:para|sang|si|sebuah|satu)$/i.test(this.p[h]!.text)) h++;
    if (h >= to || !this.isWord(h)) return null;
    return { ...span(a, to), cls: 'description', name: null, head: this.p[h]!.text.toLowerCase() };
  }
}
