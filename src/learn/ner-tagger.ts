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
    const ids = viterbi(this.model.weights, this.model.scheme, this.fx.extract(tokens), this.buf);
    return tagIdsToSpans(this.model.scheme, ids.subarray(0, tokens.length));
  }

  /** BIO tag strings (`B-PER`, `I-PER`, `O`, ...) of one sentence. */
  tagBio(tokens: readonly string[]): string[] {
    return spansToBio(this.tag(tokens), tokens.length);
  }
}

let shipped: NerTagger | undefined;

/** A tagger over the shipped model, created on first use. */
export function shippedNerTagger(): NerTagger {
  shipped ??= new NerTagger(shippedNerModel());
  return shipped;
}
