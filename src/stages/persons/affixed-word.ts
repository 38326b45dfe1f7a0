import { loadRoots } from '../../lang/id/roots.js';

/** Shortest root accepted under an affix: shorter ones turn given names into words (`Dimas` is not di- + mas). */
const MIN_ROOT = 4;

/** Particles that end a word, never a given name in news text (`Absennya`, `Beruntunglah`, `Merekapun`). */
const PARTICLES = ['nya', 'lah', 'kah', 'pun'] as const;

/**
 * Prefix and suffix pairs that make a verb or a noun of a root (`Berhubung`, `Dikhabarkan`, `Kematian`).
 * `per-`, `pe-`, `me-`, `se-` are left out: they make given names too (`Permana`, `Mentari`, `Sejati`).
 */
const AFFIXES: ReadonlyArray<readonly [prefix: string, suffix: string]> = [
  ['ber', ''], ['ber', 'an'], ['di', ''], ['di', 'kan'], ['di', 'i'], ['ke', 'an'], ['ter', 'kan'],
];

/**
 * True when a lower-case word is a root of the dictionary with an affix or
 * a particle (`kematian`, `berhubung`, `absennya`, `beruntunglah`): a common
 * word capitalised at a sentence start, not a given name. Bare roots are not
 * asked here, since many are names (`Budi`, `Indah`).
 */
export function isAffixedWord(lower: string): boolean {
  const roots = loadRoots();
  // A word listed as a root is one (the list holds some given names too: `abdullah`).
  if (roots.has(lower)) return false;
  let w = lower;
  let particle = false;
  for (const p of PARTICLES) {
    if (w.length - p.length >= MIN_ROOT && w.endsWith(p)) { w = w.slice(0, -p.length); particle = true; break; }
  }
  if (particle && roots.has(w)) return true;
  for (const [pre, suf] of AFFIXES) {
    // A bare prefix asks for a longer root: `Didong` is a name, not di- + dong.
    const min = suf || particle ? MIN_ROOT : MIN_ROOT + 1;
    if (w.length - pre.length - suf.length < min || !w.startsWith(pre) || !w.endsWith(suf)) continue;
    if (roots.has(w.slice(pre.length, w.length - suf.length))) return true;
  }
  return false;
}
