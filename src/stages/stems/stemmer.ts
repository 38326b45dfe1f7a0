import {
  LOAN_SUFFIXES, MIN_ROOT_LENGTH, disallowedConfix, prefixFirst, prefixNodes, prefixSteps, suffixForms,
  type PrefixNode, type SuffixForm,
} from './affixes.js';

/** Parts of a closed compound (`luluhlantak`, `tindaklanjut`) must each be this long. */
const MIN_COMPOUND_PART = 4;
/** Clitics that may follow a hyphen (`kuasa-Mu`, `allah-lah`). */
const HYPHEN_CLITICS = new Set(['ku', 'mu', 'nya', 'lah', 'kah', 'tah', 'pun']);
/** Roots this short are accepted from the suffix-restoring loop only when no longer one exists. */
const SHORT_ROOT = 3;
/** Words this short are never stemmed (`mei`, `bui`). */
const MAX_UNSTEMMED_LENGTH = 3;


/** What the stemmer needs of a lexicon: membership (a `Set` is one). */
export interface RootLookup {
  has(root: string): boolean;
}

/**
 * A dictionary-checked confix-stripping stemmer (Nazief & Adriani; CS of
 * Asian et al.; ECS of Arifin et al.), with a search instead of a greedy
 * cascade: every analysis the rules allow is tried in a fixed preference
 * order and the first whose root is in the lexicon wins.
 *
 * Order: the word itself; for the confixes be-…-lah/-an and me-/di-/pe-/te-…-i
 * prefixes before suffixes; suffixes alone (particle, possessive,
 * derivational, each checked); then prefixes on the fully stripped form and
 * on each form with suffixes given back, deepest first (ECS "loop
 * pengembalian akhiran", including -kan → -k + -an). Words no rule explains
 * get three late chances (closed compounds, infixes and loanword suffixes)
 * before being returned unchanged.
 */
export class Stemmer {
  private readonly roots: RootLookup;
  private readonly rank: ReadonlyMap<string, number> | null;

  private readonly infixes: boolean;
  private readonly variants: ReadonlyMap<string, string> | null;

  /**
   * @param roots the lexicon. When it is a `Set`, its order is read as
   *   frequency order (most frequent first, as `data/id/roots.txt` lists
   *   them) and breaks ties between allomorph readings of one prefix
   *   (`memakan`: `makan` before `pakan`; `menyala`: `nyala` before `sala`).
   * @param options.infixes guess for words nothing else explains: infixes,
   *   dwipurwa, loanword suffixes, then -nya/-pun clitics, and the base of a
   *   reduplication after an unknown prefix (default true; the lexicon
   *   builder turns it off: `cerita` is a root, not c-er-ita).
   * @param options.variants colloquial spellings answered with their
   *   standard word (`tapi` → `tetapi`), whole words only.
   */
  constructor(roots: RootLookup, options: { infixes?: boolean; variants?: ReadonlyMap<string, string> } = {}) {
    this.roots = roots;
    this.infixes = options.infixes ?? true;
    this.variants = options.variants ?? null;
    if (roots instanceof Set) {
      const rank = new Map<string, number>();
      let i = 0;
      for (const r of roots as Set<string>) rank.set(r, i++);
      this.rank = rank;
    } else {
      this.rank = null;
    }
  }

  /**
   * The accepted node of the shallowest depth; between several at that
   * depth, the most frequent root (rule order without ranks).
   */
  private pick(nodes: readonly PrefixNode[], ok: (n: PrefixNode) => boolean): string | null {
    let best: PrefixNode | null = null;
    let bestRank = Infinity;
    for (const n of nodes) {
      if (best && n.depth > best.depth) break;
      if (!ok(n)) continue;
      const r = this.rank?.get(n.word) ?? Infinity;
      if (!best || r < bestRank) {
        best = n;
        bestRank = r;
        if (!this.rank) break;
      }
    }
    return best ? best.word : null;
  }

  /** Stem one word (lower-cased first). Returns the word itself when no root is found. */
  stem(word: string): string {
    const w = word.toLowerCase();
    if (w.indexOf('-') < 0) return this.single(w);
    return this.hyphenated(w);
  }

  /** Reduplication (`kota-kota`, `bermain-main`, `meniru-nirukan`) and hyphenated clitics (`kuasa-Mu`). */
  private hyphenated(w: string): string {
    let body = w;
    const last = body.lastIndexOf('-');
    if (HYPHEN_CLITICS.has(body.slice(last + 1))) body = body.slice(0, last);
    const cut = body.lastIndexOf('-');
    if (cut < 0) return this.single(body);
    const left = body.slice(0, cut);
    const right = body.slice(cut + 1);
    if (!left || !right) return w;
    if (this.roots.has(body)) return body;
    const r1 = left.indexOf('-') < 0 ? this.single(left) : left;
    let r2 = this.single(right);
    // The right half may repeat only the root's tail after a prefix that took its
    // first letter: berancang-ancang (ber- + rancang), not a word of its own.
    if (r2 === right && r1 !== left && r1.length > right.length && r1.endsWith(right) && !this.roots.has(right)) r2 = r1;
    // A partial reduplication repeats the root with the nasal: meniru-nirukan,
    // menyebut-nyebut, memanggil-manggil (even when `manggil` is itself a word).
    if (r2 !== r1 && (r2 === right || this.roots.has(right))) {
      const nasal = this.single('me' + right);
      if (nasal === r1 || (r2 === right && !this.roots.has(right))) r2 = nasal;
    }
    if (r1 !== r2 && right.length >= MIN_ROOT_LENGTH && left.length > right.length && left.endsWith(right)) {
      // The right half repeats the tail of the left: a root's tail (pertama-tama → pertama)
      // or the base after a prefix the rules cannot place (tergesa-gesa, terpencar-pencar → the base).
      if (this.roots.has(left)) return left;
      const base = this.single(right);
      // An unknown base is a guess, made only when guesses are on (not while building the lexicon).
      if (this.roots.has(base) || this.infixes) return base;
    }
    return r1 === r2 ? r1 : w;
  }

  private single(w: string): string {
    const roots = this.roots;
    const v = this.variants?.get(w);
    if (v !== undefined) return v;
    if (roots.has(w) || w.length <= MAX_UNSTEMMED_LENGTH) return w;
    const isRoot = (x: string): boolean => roots.has(x);
    return this.search(w, isRoot)
      ?? negated(this.search(w, (x) => this.isCompound(x)), roots)
      ?? (this.infixes ? this.lastResort(w) ?? clitics(w) ?? onlyPrefix(w) : null)
      ?? w;
  }

  private rankOf(x: string): number {
    return this.rank?.get(x) ?? Infinity;
  }

  /** The first analysis whose root passes `accept`, or null. */
  private search(w: string, accept: (x: string) => boolean): string | null {
    const forms = suffixForms(w);
    if (prefixFirst(w)) {
      const hit = this.searchPrefixFirst(w, accept);
      if (hit) return hit;
    }
    // Suffixes alone; -kan and -an readings of one word compete on frequency (perbankan: bank, not ban).
    let best: string | null = null;
    for (let i = 1; i < forms.length; i++) {
      const f = forms[i]!;
      if (!accept(f.base)) continue;
      if (f.deriv === 'an' && best !== null && forms[i - 1]!.deriv === 'kan') {
        if (this.rankOf(f.base) < this.rankOf(best)) best = f.base;
        break;
      }
      if (best !== null) break;
      best = f.base;
      if (f.deriv !== 'kan') break;
    }
    if (best) return best;
    const order = restoreOrder(forms);
    // A three-letter root found by stripping more suffixes gives way to a longer
    // one found by giving a suffix back (pemeran: peran, not pem-er-an → per).
    let short: string | null = null;
    for (let i = 0; i < order.length; i++) {
      const f = order[i]!;
      let hit = this.pick(prefixNodes(f.base, f.deriv === 'i' || f.deriv === 'kan'), (n) => accept(n.word) && !disallowedConfix(n.outer, f.deriv));
      const g = order[i + 1];
      if (f.deriv === 'kan' && g?.deriv === 'an') {
        const alt = this.pick(prefixNodes(g.base, true), (n) => accept(n.word) && !disallowedConfix(n.outer, g.deriv));
        if (alt && (!hit || this.rankOf(alt) < this.rankOf(hit))) hit = alt;
        i++;
      }
      if (hit) {
        if (hit.length > SHORT_ROOT) return hit;
        short ??= hit;
      }
    }
    return short;
  }

  /**
   * Prefix before suffix, for the confixes of `prefixFirst`. With -i the
   * root with and without the -i compete on frequency (mengalami: alam over
   * alami; dimulai: mulai over mula), within the reading that finds a root
   * keeping the -i when there is one; be-…-an/-lah keep the longer root
   * (berperan: peran, not per).
   */
  private searchPrefixFirst(w: string, accept: (x: string) => boolean): string | null {
    const compete = w.endsWith('i');
    let best: string | null = null;
    let bestDepth = Infinity;
    const nodes = prefixNodes(w, compete);
    // A reading whose root keeps the -i beats another allomorph's reading that needs it removed
    // (memakai: pakai, not maka + -i); within one reading they compete (mengalami: alam, alami).
    const whole = compete ? this.pick(nodes, (n) => accept(n.word)) : null;
    for (const node of nodes) {
      if (node.depth > bestDepth) break;
      if (whole !== null && node.word !== whole) continue;
      const cands: string[] = [];
      if (accept(node.word)) cands.push(node.word);
      if (!cands.length || compete) {
        const sub = suffixForms(node.word);
        for (let i = 1; i < sub.length; i++) {
          const f = sub[i]!;
          if (accept(f.base) && !disallowedConfix(node.outer, f.deriv)) {
            cands.push(f.base);
            break;
          }
        }
      }
      for (const c of cands) {
        if (best === null) {
          best = c;
          bestDepth = node.depth;
          if (!this.rank) return best;
        } else if (this.rankOf(c) < this.rankOf(best)) best = c;
      }
      if (best !== null && !compete) return best;
    }
    return best;
  }

  /** A closed compound of two roots (`luluhlantak` in `meluluhlantakkan`). */
  private isCompound(x: string): boolean {
    if (this.roots.has(x)) return true;
    for (let i = MIN_COMPOUND_PART; i <= x.length - MIN_COMPOUND_PART; i++) {
      if (this.roots.has(x.slice(0, i)) && this.roots.has(x.slice(i))) return true;
    }
    return false;
  }

  /** Infixes (-el-, -em-, -er-, -in-), dwipurwa reduplication (`rerata`) and loanword suffixes. */
  private lastResort(w: string): string | null {
    const roots = this.roots;
    for (const f of suffixForms(w)) {
      const b = f.base;
      // A form that starts like a prefix is not read as an infix (melampirkan is not m-el-ampir).
      if (b.length >= 5 && b[2] !== b[0] && prefixNodes(b).length === 0) {
        const infix = b.slice(1, 3);
        if (infix === 'el' || infix === 'em' || infix === 'er' || infix === 'in') {
          const r = b[0] + b.slice(3);
          if (roots.has(r)) return r;
        }
      }
      if (b.length >= 5 && b[0] === b[2] && b[1] === 'e' && roots.has(b.slice(2))) return b.slice(2);
      for (const s of LOAN_SUFFIXES) {
        if (b.endsWith(s) && b.length - s.length >= 4 && roots.has(b.slice(0, -s.length))) return b.slice(0, -s.length);
      }
    }
    return null;
  }
}

/** The negator that forms closed compounds inside ke-…-an (ketidakadilan). */
const NEGATOR = 'tidak';

/**
 * A compound with the negator is its root (ketidaknyamanan: nyaman, not
 * tidaknyaman): ke-tidak-…-an nominalises the negated word.
 */
function negated(compound: string | null, roots: RootLookup): string | null {
  if (compound === null || !compound.startsWith(NEGATOR)) return compound;
  const rest = compound.slice(NEGATOR.length);
  return roots.has(rest) ? rest : compound;
}

/** Prefix shapes `onlyPrefix` may remove: nasal meN-/peN- and ter- before a consonant. */
const GUESSABLE = /^(?:[mp]e(?:m[bfpv]|n[cdjstz]|ng[ghkq]|ny)|ter[^aiueo])/;
/** A guessed root (see `onlyPrefix`) must keep this many letters. */
const MIN_GUESSED_ROOT = 5;

/**
 * An unknown word whose prefix the rules read in exactly one way loses it
 * (`mengqasar`, `pengqasar` → qasar; `terhenyak` → henyak): its derivations
 * then share one index term. Ambiguous allomorphs (`menganga`: anga, kanga,
 * nganga) and short remainders are left alone.
 */
function onlyPrefix(w: string): string | null {
  // Only shapes no root starts with by chance (mengq-, penyh-, ter-C); se-, di-, ke-, pe-C,
  // me-l/r begin too many loans and names (sertifikat, digital, pefindo, merosot).
  if (!GUESSABLE.test(w) || suffixForms(w).length > 1) return null;
  const steps = prefixSteps(w);
  if (steps.length !== 1) return null;
  const rest = steps[0]!.rest;
  return rest.length >= MIN_GUESSED_ROOT && prefixSteps(rest).length === 0 ? rest : null;
}

/** A root left after removing clitics from an unknown word must keep this many letters. */
const MIN_UNKNOWN_ROOT = 4;

/**
 * An unknown word loses only what cannot belong to a root: its particle
 * and possessive clitics (`kafirpun` → kafir, `titahnya` → titah), or
 * nothing (`marwan`, `subarkah`: -kah only after a known root). -nya and
 * -pun are taken; -lah, -kah, -ku, -mu end too many roots and names.
 */
function clitics(w: string): string | null {
  if ((w.endsWith('nya') || w.endsWith('pun')) && w.length - 3 >= MIN_UNKNOWN_ROOT) {
    const inner = w.slice(0, -3);
    // -nyapun, -nyalah: one more layer.
    return inner.endsWith('nya') && inner.length - 3 >= MIN_UNKNOWN_ROOT ? inner.slice(0, -3) : inner;
  }
  return null;
}

/**
 * Suffix forms in the order prefixes are tried on them: fully stripped
 * first, then each suffix given back, innermost first; a removed -kan is
 * given back as -k before the whole -kan.
 */
function restoreOrder(forms: readonly SuffixForm[]): SuffixForm[] {
  const out = forms.slice().reverse();
  // forms ends with [...,-kan removed, -an removed]; reversed, -an would come first.
  if (out.length >= 2 && out[0]!.deriv === 'an' && out[1]!.deriv === 'kan') {
    const t = out[0]!;
    out[0] = out[1]!;
    out[1] = t;
  }
  return out;
}
