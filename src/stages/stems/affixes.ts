/**
 * The affix rules of the confix-stripping stemmer, without any dictionary:
 * which roots a prefixed or suffixed form could come from. The stemmer
 * (`stemmer.ts`) and the lexicon builder (`scripts/build-lexicon.ts`) share
 * them, so the lexicon is judged with exactly the rules that will use it.
 *
 * Rule numbers follow the confix-stripping literature (Nazief & Adriani 1996;
 * Asian et al. 2007 "CS"; Arifin et al. 2009 "ECS"), as tabulated by Sastrawi.
 */

/**
 * Prefix classes: a word never takes two prefixes of one class. `pe` is the
 * nominal peN-/pe- (penegakan), `pr` the verbal and nominal per- (perdagangkan).
 */
export type PrefixClass = 'di' | 'ke' | 'se' | 'be' | 'te' | 'me' | 'pe' | 'pr' | 'ku';

/** One way to remove one prefix: the class removed and the root left. */
export interface PrefixStep {
  readonly cls: PrefixClass;
  readonly rest: string;
}

/** A form with some suffixes removed, and the derivational suffix removed (if any). */
export interface SuffixForm {
  readonly base: string;
  /** The derivational suffix removed to reach `base` ('' when none). */
  readonly deriv: '' | 'i' | 'kan' | 'an';
}

const VOWEL = new Uint8Array(128);
for (const c of 'aiueo') VOWEL[c.charCodeAt(0)] = 1;

function isVowel(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 && VOWEL[c] === 1;
}
function isConsonant(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 97 && c <= 122 && VOWEL[c] !== 1;
}
function at(s: string, i: number): string {
  return i < s.length ? s[i]! : '';
}

/**
 * Does `w` from `from` on hold at most one vowel group (`bom`, `cat`)?
 * menge- only comes before such roots: mengeluarkan is meng- + keluar, not
 * menge- + luar.
 */
function monosyllabic(w: string, from: number): boolean {
  let syllables = 0;
  for (let i = from; i < w.length; i++) {
    if (!isVowel(w, i)) continue;
    // Only the diphthongs ai, au, oi, ei close one syllable (luar has two: lu-ar).
    const next = i + 1 < w.length ? w[i + 1] : '';
    if ((next === 'i' && w[i] !== 'i' && w[i] !== 'u') || (next === 'u' && w[i] === 'a')) i++;
    syllables++;
  }
  return syllables <= 1;
}

/** Shortest root the stripping rules may leave (shorter results are noise). */
export const MIN_ROOT_LENGTH = 3;

/**
 * Every way to remove ONE prefix from `w`, in the order the rules prefer
 * them. Allomorphs of meN-/peN- restore the nasalised initial consonant
 * (`menulis` → `tulis`, `mengupas` → `kupas`, `menyuarakan` → `suarakan`).
 */
export function prefixSteps(w: string): PrefixStep[] {
  const out: PrefixStep[] = [];
  const n = w.length;
  if (n < 4) return out;
  const c0 = w.charCodeAt(0);
  const add = (cls: PrefixClass, rest: string): void => {
    if (rest.length >= MIN_ROOT_LENGTH) out.push({ cls, rest });
  };
  if (c0 === 100 /* d */) {
    if (w.startsWith('di')) add('di', w.slice(2));
  } else if (c0 === 107 /* k */) {
    if (w.startsWith('ke')) add('ke', w.slice(2));
    // Proclitic pronouns: kupukul, kauhajar. Only before a consonant and a
    // full verb, or kuasa, kuat, kualitas would lose their first syllable.
    if (w.startsWith('kau') && isConsonant(w, 3) && n - 3 >= 4) add('ku', w.slice(3));
    else if (w.startsWith('ku') && isConsonant(w, 2) && n - 2 >= 4) add('ku', w.slice(2));
  } else if (c0 === 115 /* s */) {
    if (w.startsWith('se')) add('se', w.slice(2));
  } else if (c0 === 98 /* b */) {
    if (w.startsWith('ber')) {
      if (isVowel(w, 3)) {
        add('be', w.slice(3)); // 1a beradu → adu
        add('be', w.slice(2)); // 1b berambut → rambut
      } else if (at(w, 3) !== 'r') add('be', w.slice(3)); // 2, 3 bersuara, berdaerah
    } else if (w.startsWith('belajar')) add('be', w.slice(3)); // 4
    else if (w.startsWith('be') && isConsonant(w, 2) && at(w, 2) !== 'l' && w.startsWith('er', 3) && isConsonant(w, 5)) {
      add('be', w.slice(2)); // 5 bekerja, beternak, beserta
    }
  } else if (c0 === 116 /* t */) {
    if (w.startsWith('ter')) {
      if (isVowel(w, 3)) {
        add('te', w.slice(3)); // 6a terasing
        add('te', w.slice(2)); // 6b teraup
      } else if (at(w, 3) !== 'r') add('te', w.slice(3)); // 7, 8, 35
    } else if (w.startsWith('te') && isConsonant(w, 2) && w.startsWith('er', 3) && isConsonant(w, 5)) {
      add('te', w.slice(2)); // 9 teterbang
    }
  } else if (c0 === 109 /* m */) {
    if (w.startsWith('me')) nasal(w, 2, 'me', add);
  } else if (c0 === 112 /* p */) {
    if (w.startsWith('pe')) peRules(w, add);
  }
  return out;
}

/** meN- (and the nasal part of peN-) from position `p` just after `me`/`pe`. */
function nasal(w: string, p: number, cls: 'me' | 'pe', add: (cls: PrefixClass, rest: string) => void): void {
  const c = at(w, p);
  if (c === 'm') {
    const q = p + 1;
    const d = at(w, q);
    if (d === 'b' || d === 'f' || d === 'v') add(cls, w.slice(q)); // 11, 25 membangun
    else if (d === 'p') add(cls, w.slice(q)); // 12, 19 + ECS: mempengaruhi, memprediksi
    else if (isVowel(w, q) || (d === 'r' && isVowel(w, q + 1))) {
      add(cls, 'm' + w.slice(q)); // 13a meminum
      add(cls, 'p' + w.slice(q)); // 13b memukul
    }
  } else if (c === 'n') {
    const d = at(w, p + 1);
    if (d === 'g') {
      const q = p + 2;
      const e = at(w, q);
      if (e === 'g' || e === 'h' || e === 'q' || e === 'k') add(cls, w.slice(q)); // 16, 29 (+ CS: mengkritik)
      else if (isVowel(w, q)) {
        add(cls, w.slice(q)); // 17a mengudara
        add(cls, 'k' + w.slice(q)); // 17b mengupas
        if (e === 'e' && monosyllabic(w, q + 1)) add(cls, w.slice(q + 1)); // 17c mengebom, mengecat (monosyllabic roots only)
        add(cls, w.slice(p)); // 17d menganga → nganga
      }
    } else if (d === 'y') {
      const q = p + 2;
      if (isVowel(w, q)) {
        add(cls, 's' + w.slice(q)); // 18 menyuarakan
        add(cls, w.slice(p)); // CC: menyanyikan → nyanyi
      }
    } else {
      const q = p + 1;
      if (d === 'c' || d === 'd' || d === 'j' || d === 'z' || d === 's' || d === 't') add(cls, w.slice(q)); // 14, 27 + mensyaratkan, mentaati
      else if (isVowel(w, q)) {
        add(cls, 't' + w.slice(q)); // 15b menangkap
        add(cls, 'n' + w.slice(q)); // 15a menuklir
      }
    }
  } else if (c === 'l' || c === 'r' || c === 'w' || c === 'y') {
    if (isVowel(w, p + 1)) add(cls, w.slice(p)); // 10 melipat, meringkas
  }
}

function peRules(w: string, add: (cls: PrefixClass, rest: string) => void): void {
  const c = at(w, 2);
  if ((c === 'w' || c === 'y') && isVowel(w, 3)) {
    add('pe', w.slice(2)); // 20 pewarna
  } else if (c === 'r') {
    if (isVowel(w, 3)) {
      add('pr', w.slice(3)); // 21a peradilan
      add('pe', w.slice(2)); // 21b perumahan
    } else if (at(w, 3) !== 'r') add('pr', w.slice(3)); // 23, 24 permuka
  } else if (c === 'm' || c === 'n') {
    nasal(w, 2, 'pe', add);
  } else if (c === 'l') {
    if (w.startsWith('pelajar')) add('pe', w.slice(3)); // 32 exception: pelajar → ajar
    add('pe', w.slice(2)); // 32 pelabuhan
  } else if (isConsonant(w, 2)) {
    add('pe', w.slice(2)); // 34, 36 petani, pekerja, peserta
  }
}

const PARTICLES = ['lah', 'kah', 'tah', 'pun'] as const;
const POSSESSIVES = ['nya', 'ku', 'mu'] as const;

/**
 * The suffix layers of `w`, outermost first removed: particle (-lah, -kah,
 * -tah, -pun), possessive (-ku, -mu, -nya), derivational (-i, -kan, -an).
 * Returns the forms in removal order, starting with `w` itself; when -kan is
 * removed, the form with only -an removed follows it (the ECS "loop
 * pengembalian akhiran" restores the k: `masukkan`, `bisikan`).
 */
export function suffixForms(w: string): SuffixForm[] {
  const out: SuffixForm[] = [{ base: w, deriv: '' }];
  let cur = w;
  for (const p of PARTICLES) {
    if (cur.endsWith(p) && cur.length - p.length >= MIN_ROOT_LENGTH) {
      cur = cur.slice(0, -p.length);
      out.push({ base: cur, deriv: '' });
      break;
    }
  }
  for (const p of POSSESSIVES) {
    if (cur.endsWith(p) && cur.length - p.length >= MIN_ROOT_LENGTH) {
      cur = cur.slice(0, -p.length);
      out.push({ base: cur, deriv: '' });
      break;
    }
  }
  if (cur.endsWith('kan') && cur.length - 3 >= MIN_ROOT_LENGTH) {
    out.push({ base: cur.slice(0, -3), deriv: 'kan' });
    out.push({ base: cur.slice(0, -2), deriv: 'an' });
  } else if (cur.endsWith('an') && cur.length - 2 >= MIN_ROOT_LENGTH) {
    out.push({ base: cur.slice(0, -2), deriv: 'an' });
  } else if (cur.endsWith('i') && cur.length - 1 >= MIN_ROOT_LENGTH) {
    out.push({ base: cur.slice(0, -1), deriv: 'i' });
  }
  return out;
}

/**
 * Confixes whose prefix is removed before the suffix (CS "adjusting rule
 * precedence"): be-…-lah, be-…-an, me-/di-/pe-/te-…-i. Otherwise
 * `bertahan` would lose -an first and `berperan` would end at `per`.
 */
export function prefixFirst(w: string): boolean {
  if (w.startsWith('be')) return w.endsWith('lah') || w.endsWith('an');
  if (!w.endsWith('i')) return false;
  return w.startsWith('di') || w.startsWith('me') || w.startsWith('pe') || w.startsWith('te');
}

/**
 * Prefix–suffix pairs that do not form an Indonesian confix (Nazief &
 * Adriani): be-…-i, di-…-an, ke-…-i, ke-…-kan, me-…-an, se-…-i, se-…-kan,
 * te-…-an, and peN-…-kan. Checked for the outermost prefix only.
 */
export function disallowedConfix(outer: PrefixClass, deriv: SuffixForm['deriv']): boolean {
  switch (outer) {
    case 'be': return deriv === 'i';
    case 'di': return deriv === 'an';
    case 'ke': return deriv === 'i' || deriv === 'kan';
    case 'me': return deriv === 'an';
    case 'pe': return deriv === 'kan'; // peN-…-an nominalises; *peN-…-kan does not exist (penegakan: tegak)
    case 'se': return deriv === 'i' || deriv === 'kan';
    case 'te': return deriv === 'an';
    default: return false;
  }
}

/** Loanword suffixes kept off a root when no native analysis exists: idealisme → ideal, finalisasi → final. */
export const LOAN_SUFFIXES = ['isasi', 'isme', 'is'] as const;

/** A word reached by removing prefixes, with the outermost prefix removed. */
export interface PrefixNode {
  readonly word: string;
  readonly outer: PrefixClass;
  readonly depth: number;
}

/** At most three prefixes stack in Indonesian (`ke-ber-per-…` is rare already). */
const MAX_PREFIXES = 3;

// Classes that only stand outermost: nobody says *ber-di-, *pe-me-.
const OUTER_ONLY: ReadonlySet<PrefixClass> = new Set(['di', 'me', 'ku']);

/**
 * Verbal prefixes that stand on a peN-/pe- noun only with a verbal suffix
 * (mempelajari, dipekerjakan): dipecat is di- + pecat, not di- + pe- + cat.
 * ber- and ke- take pe- nouns freely (berpendapat, kepemimpinan).
 */
const NO_PE_AFTER: ReadonlySet<PrefixClass> = new Set(['di', 'me', 'te']);

/**
 * Every word reachable from `w` by removing one to three prefixes, shallowest
 * first (breadth-first), never two prefixes of one class.
 *
 * @param suffixed `w` had a derivational -i/-kan removed (or ends in -i):
 *   only then may di-/me-/te- stand on a pe- noun (see NO_PE_AFTER).
 */
export function prefixNodes(w: string, suffixed = false): PrefixNode[] {
  const out: PrefixNode[] = [];
  let frontier: Array<{ word: string; outer: PrefixClass | null; used: PrefixClass[] }> = [{ word: w, outer: null, used: [] }];
  for (let depth = 0; depth < MAX_PREFIXES && frontier.length; depth++) {
    const next: typeof frontier = [];
    for (const f of frontier) {
      for (const step of prefixSteps(f.word)) {
        if (f.used.includes(step.cls)) continue;
        if (depth > 0 && OUTER_ONLY.has(step.cls)) continue;
        if (!suffixed && step.cls === 'pe' && NO_PE_AFTER.has(f.used[f.used.length - 1]!)) continue;
        const outer = f.outer ?? step.cls;
        out.push({ word: step.rest, outer, depth });
        next.push({ word: step.rest, outer, used: [...f.used, step.cls] });
      }
    }
    frontier = next;
  }
  return out;
}

