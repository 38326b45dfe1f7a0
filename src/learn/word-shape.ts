/**
 * Orthographic helpers for NER features: word shapes and a cheap Indonesian
 * affix stripper. The stripper is deliberately frozen inside the tagger
 * (rather than calling the stems stage) so a change to the stemmer can never
 * silently shift the features a shipped model was trained on.
 */

/** `Jakarta` -> `Xxxx`, `COVID-19` -> `XXXX-dd`: character classes, runs longer than 3 cut to 4. */
export function wordShape(w: string): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 16; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c < 128) k = w[i]!;
    else {
      const ch = w[i]!;
      k = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : 'o';
    }
    run = k === prev ? run + 1 : 1;
    prev = k;
    if (run <= 4) out += k;
  }
  return out;
}

/** `Xxxx` -> `Xx`: the shape with every run collapsed to one character. */
export function shortShape(shape: string): string {
  let out = '';
  for (let i = 0; i < shape.length; i++) if (i === 0 || shape[i] !== shape[i - 1]) out += shape[i];
  return out;
}

const PARTICLES = ['nya', 'lah', 'kah', 'pun'];
const SUFFIXES = ['kan', 'an', 'i'];
const PREFIXES = ['meng', 'meny', 'mem', 'men', 'me', 'peng', 'peny', 'pem', 'pen', 'per', 'pe', 'ber', 'be', 'ter', 'di', 'ke', 'se'];

/** Result of `stripAffixes`: the remaining stem and the affixes removed (`''` when none). */
export interface AffixSplit {
  stem: string;
  prefix: string;
  suffix: string;
}

/**
 * Strip one particle/possessive, one derivational suffix and one prefix from a
 * lower-cased word, keeping at least 3 characters. An approximation of
 * Indonesian morphology good enough for features (`kepolisian` -> `polisi`,
 * `dikatakannya` -> `kata`), not a stemmer.
 */
export function stripAffixes(lower: string): AffixSplit {
  let w = lower;
  let suffix = '';
  let prefix = '';
  if (w.length < 6) return { stem: w, prefix, suffix };
  for (const p of PARTICLES) {
    if (w.length - p.length >= 4 && w.endsWith(p)) {
      suffix = p;
      w = w.slice(0, -p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 4 && w.endsWith(s)) {
      suffix = s + suffix;
      w = w.slice(0, -s.length);
      break;
    }
  }
  for (const p of PREFIXES) {
    if (w.length - p.length >= 3 && w.startsWith(p)) {
      prefix = p;
      w = w.slice(p.length);
      break;
    }
  }
  return { stem: w, prefix, suffix };
}
