/**
 * A name gazetteer for tagger features: multi-token phrases, matched
 * case-insensitively on token boundaries. Phrases are keyed by a chained hash
 * of their lower-cased tokens, so matching a sentence costs a few integer
 * mixes and map lookups per token and builds no strings.
 */
import { hashString, mix2 } from './hash.js';

const PHRASE_SEED = 0x2545f491;
/** Bit set on a key that starts a longer phrase, so matching knows whether to keep extending. */
const PREFIX_BIT = 1 << 7;

/** Tokenize a gazetteer name the way the NER corpora tokenize text: word runs (with inner hyphens/apostrophes) and single punctuation marks. */
const NAME_TOKEN = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Split a name into tokens. */
export function nameTokens(name: string): string[] {
  return name.match(NAME_TOKEN) ?? [];
}

/** Hash of the phrase `tokens` (already lower-cased token hashes). */
export function phraseKey(prev: number, tokenHash: number): number {
  return mix2(prev, tokenHash);
}

/** Serialisable form: per type, the lower-cased names. */
export interface GazetteerData {
  types: string[];
  /** Names per type, each joined tokens with single spaces, lower-cased. */
  names: string[][];
}

/** Compiled gazetteer. */
export class Gazetteer {
  readonly types: readonly string[];
  readonly maxLen: number;
  private readonly keys = new Map<number, number>();
  /** lower-cased token hash -> per type, log2-bucketed counts of names it starts and ends (`[t*2]` first, `[t*2+1]` last). */
  private readonly edges = new Map<number, Uint8Array>();

  constructor(readonly data: GazetteerData) {
    this.types = data.types;
    let maxLen = 0;
    data.names.forEach((names, t) => {
      for (const name of names) {
        const toks = name.split(' ');
        if (toks.length === 0 || toks.length > 8) continue;
        maxLen = Math.max(maxLen, toks.length);
        if (toks.length > 1) {
          this.bumpEdge(hashString(toks[0]!), t * 2);
          this.bumpEdge(hashString(toks[toks.length - 1]!), t * 2 + 1);
        }
        let h = PHRASE_SEED;
        for (let j = 0; j < toks.length; j++) {
          h = phraseKey(h, hashString(toks[j]!));
          const old = this.keys.get(h) ?? 0;
          this.keys.set(h, j === toks.length - 1 ? old | (1 << t) : old | PREFIX_BIT);
        }
      }
    });
    this.maxLen = maxLen;
    // Counts -> small buckets (1, 2-3, 4-7, ... capped) so features generalise across frequencies.
    for (const counts of this.edges.values()) {
      for (let i = 0; i < counts.length; i++) counts[i] = counts[i] ? Math.min(6, 1 + Math.floor(Math.log2(counts[i]!))) : 0;
    }
  }

  private bumpEdge(h: number, slot: number): void {
    let c = this.edges.get(h);
    if (!c) this.edges.set(h, (c = new Uint8Array(this.types.length * 2)));
    if (c[slot]! < 255) c[slot]!++;
  }

  /**
   * How often a token starts or ends a multi-word name of each type, as
   * buckets 0-6 (`[t*2]` first token, `[t*2+1]` last token): `jens` starts
   * person names, `universitas` starts organisation names, even when the
   * full name is not listed. Null when the token is in no name edge.
   */
  edgesOf(lowerHash: number): Uint8Array | null {
    return this.edges.get(lowerHash) ?? null;
  }

  /**
   * Mark each token with its gazetteer state per type: 0 outside, 1 first
   * token of the longest phrase of that type starting there, 2 inside one.
   * `lowerHashes[i]` is `hashString(lower(token i))`; result is `n * types`.
   */
  match(lowerHashes: Uint32Array, n: number, out?: Uint8Array): Uint8Array {
    const K = this.types.length;
    const res = out && out.length >= n * K ? out.fill(0, 0, n * K) : new Uint8Array(n * K);
    const coveredUntil = new Int32Array(K);
    for (let i = 0; i < n; i++) {
      let h = PHRASE_SEED;
      const longest = [0, 0, 0, 0, 0, 0, 0];
      for (let j = i; j < n && j - i < this.maxLen; j++) {
        h = phraseKey(h, lowerHashes[j]!);
        const m = this.keys.get(h);
        if (m === undefined) break;
        for (let t = 0; t < K; t++) if (m & (1 << t)) longest[t] = j - i + 1;
        if (!(m & PREFIX_BIT)) break;
      }
      for (let t = 0; t < K; t++) {
        const len = longest[t]!;
        if (len === 0 || i < coveredUntil[t]!) continue;
        res[i * K + t] = 1;
        for (let j = i + 1; j < i + len; j++) res[j * K + t] = 2;
        coveredUntil[t] = i + len;
      }
    }
    return res;
  }
}
