/**
 * Tagging with a trained NER model: features, Viterbi, spans. One tagger
 * holds scratch buffers, so keep one per thread.
 */
import type { NerFeaturizer } from './ner-features.js';
import { featurizerFor, shippedNerModel, type NerModel } from './ner-model.js';
import { viterbi } from './perceptron.js';
import { spansToBio, tagIdsToSpans, type TokenSpan } from './tag-scheme.js';

/** A model bound to its featurizer. */
export class NerTagger {
  private readonly fx: NerFeaturizer;
  private buf = new Uint8Array(256);

  constructor(readonly model: NerModel) {
    this.fx = featurizerFor(model);
  }

  /**
   * Entity spans (token ranges, types PER/ORG/LOC) of one sentence.
   *
   * @example
   * new NerTagger(shippedNerModel()).tag(['Presiden', 'Joko', 'Widodo', 'tiba', 'di', 'Bandung']);
   * // [{ start: 1, end: 3, type: 'PER' }, { start: 5, end: 6, type: 'LOC' }]
   */
  tag(tokens: readonly string[]): TokenSpan[] {
    if (tokens.length === 0) return [];
    if (this.buf.length < tokens.length) this.buf = new Uint8Array(tokens.length * 2);
    const input = isShouting(tokens) ? this.truecase(tokens) : tokens;
    const ids = viterbi(this.model.weights, this.model.scheme, this.fx.extract(input), this.buf);
    return tagIdsToSpans(this.model.scheme, ids.subarray(0, tokens.length));
  }

  /**
   * Guess the usual casing of an all-caps sentence (a headline, a shouted
   * line) from the corpus capitalisation statistics: words the news mostly
   * writes in lower case become lower case, acronyms the corpus knows in
   * capitals (`KPK`, `NATO`) stay, everything else becomes Title case. The
   * model was trained on normally cased text, where capitals mean names.
   */
  private truecase(tokens: readonly string[]): string[] {
    const clusters = this.model.clusters;
    if (!clusters) return tokens.map((t) => t.toLowerCase());
    return tokens.map((t) => {
      const lower = t.toLowerCase();
      if (lower === t) return t;
      const cap = clusters.capOf(lower);
      if (clusters.hasExact(t) && cap >= 3) return t;
      if (cap === 1 || cap === 2) return lower;
      return t[0] + lower.slice(1);
    });
  }

  /** BIO tag strings (`B-PER`, `I-PER`, `O`, ...) of one sentence. */
  tagBio(tokens: readonly string[]): string[] {
    return spansToBio(this.tag(tokens), tokens.length);
  }
}

/** A sentence counts as all-caps when at least this share of its letter-bearing tokens (and at least 3) are written in capitals. */
const SHOUTING_SHARE = 0.7;

/** 1 when the token has a lower-case letter, 2 when an upper-case one (both bits possible); ASCII fast path, exact fallback. */
function caseBits(t: string): number {
  let bits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) bits |= 1;
    else if (c >= 65 && c <= 90) bits |= 2;
    else if (c >= 128) {
      const ch = t[i]!;
      if (ch !== ch.toUpperCase()) bits |= 1;
      else if (ch !== ch.toLowerCase()) bits |= 2;
    }
  }
  return bits;
}

function isShouting(tokens: readonly string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const t of tokens) {
    const b = caseBits(t);
    if (b === 0) continue;
    letters++;
    if (b === 2 && t.length > 1) caps++;
    // Most sentences have lower-case words early: stop as soon as the share cannot be reached.
    else if (letters - caps > (1 - SHOUTING_SHARE) * tokens.length) return false;
  }
  return letters >= 3 && caps >= SHOUTING_SHARE * letters;
}

let shipped: NerTagger | undefined;

/** A tagger over the shipped model, created on first use. */
export function shippedNerTagger(): NerTagger {
  shipped ??= new NerTagger(shippedNerModel());
  return shipped;
}
