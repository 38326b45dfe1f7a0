/**
 * A name gazetteer for tagger features: multi-token phrases, matched
 * case-insensitively on token boundaries. Phrases are keyed by a chained hash
 * of their lower-cased tokens, so matching a sentence costs a few integer
 * mixes and map lookups per token and builds no strings.
 */
import { hashRange, mix2 } from './hash.js';

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

/** Most slots an edge bucket pack holds: `edgeBits` packs 3-bit buckets into one 32-bit integer. */
const MAX_EDGE_SLOTS = 10;

/** log2 of a new table's slots; tables double as they fill. */
const MIN_TABLE_BITS = 12;

/**
 * An open-addressing table from 32-bit keys to non-zero 32-bit values, in two typed arrays that double before they
 * pass half full. Built once per process from ~190,000 names: a `Map` of that size took over a second to fill and is
 * slower to probe. Value 0 marks an empty slot, so every stored value must be non-zero.
 */
class IntTable {
  keys = new Uint32Array(1 << MIN_TABLE_BITS);
  vals = new Uint32Array(1 << MIN_TABLE_BITS);
  size = 0;
  private shift = 32 - MIN_TABLE_BITS;

  /** The slot holding `key`, or the empty slot where it would go. */
  slot(key: number): number {
    const mask = this.keys.length - 1;
    // Fibonacci hashing spreads keys whose low bits agree (FNV hashes of similar words).
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.vals[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** The value stored for `key`, or 0. */
  get(key: number): number {
    return this.vals[this.slot(key)]!;
  }

  /** The slot of `key`; a new key is stored there with value `init` (non-zero). */
  claim(key: number, init: number): number {
    let i = this.slot(key);
    if (this.vals[i] !== 0) return i;
    if (2 * (this.size + 1) > this.keys.length) {
      this.grow();
      i = this.slot(key);
    }
    this.keys[i] = key;
    this.vals[i] = init;
    this.size++;
    return i;
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.vals = new Uint32Array(keys.length * 2);
    this.shift--;
    for (let j = 0; j < keys.length; j++) {
      if (vals[j] === 0) continue;
      const i = this.slot(keys[j]!);
      this.keys[i] = keys[j]!;
      this.vals[i] = vals[j]!;
    }
  }
}

/** Compiled gazetteer. */
export class Gazetteer {
  readonly types: readonly string[];
  readonly maxLen: number;
  /** Phrase-prefix hash -> type bits of the names it completes, `PREFIX_BIT` when it starts a longer one. */
  private readonly keys = new IntTable();
  /** Lower-cased token hash -> its edge buckets packed 3 bits a slot (see `edgeBits`). */
  private readonly edges = new IntTable();

  constructor(readonly data: GazetteerData) {
    this.types = data.types;
    const slots = data.types.length * 2;
    if (slots > MAX_EDGE_SLOTS) throw new RangeError(`a gazetteer holds at most ${MAX_EDGE_SLOTS / 2} types`);
    // While building, an edge word's value is 1 + its row in `counts`: raw counts per slot, capped at 255.
    let counts = new Uint8Array(1024 * slots);
    let maxLen = 0;
    data.names.forEach((list, t) => {
      for (const name of list) {
        const len = wordCount(name);
        if (len > 8) continue;
        maxLen = Math.max(maxLen, len);
        // Tokens are the runs between single spaces, as `name.split(' ')` gives them.
        let h = PHRASE_SEED;
        let from = 0;
        for (let j = 0; j < len; j++) {
          let to = name.indexOf(' ', from);
          if (to < 0) to = name.length;
          const th = hashRange(name, from, to);
          if (len > 1 && (j === 0 || j === len - 1)) {
            // claim() may grow the table: read its value array only after it returns.
            const e = this.edges.claim(th, this.edges.size + 1);
            const row = this.edges.vals[e]! - 1;
            if ((row + 1) * slots > counts.length) {
              const more = new Uint8Array(counts.length * 2);
              more.set(counts);
              counts = more;
            }
            const c = row * slots + t * 2 + (j === 0 ? 0 : 1);
            if (counts[c]! < 255) counts[c]!++;
          }
          h = phraseKey(h, th);
          const bit = j === len - 1 ? 1 << t : PREFIX_BIT;
          const k = this.keys.claim(h, bit);
          this.keys.vals[k] = this.keys.vals[k]! | bit;
          from = to + 1;
        }
      }
    });
    this.maxLen = maxLen;
    // Counts -> small buckets (1, 2-3, 4-7, ... capped at 6) so features generalise across frequencies, packed 3 bits
    // a slot; an entry was counted at least once, so its packed value is non-zero.
    const { vals } = this.edges;
    for (let e = 0; e < vals.length; e++) {
      if (vals[e] === 0) continue;
      const row = vals[e]! - 1;
      let packed = 0;
      for (let k = 0; k < slots; k++) {
        const n = counts[row * slots + k]!;
        if (n) packed |= Math.min(6, 1 + Math.floor(Math.log2(n))) << (3 * k);
      }
      vals[e] = packed;
    }
  }

  /**
   * How often a token starts or ends a multi-word name of each type, as
   * buckets 0-6 packed 3 bits a slot (slot `t*2` first token, `t*2+1` last
   * token of type t): `jens` starts person names, `universitas` starts
   * organisation names, even when the full name is not listed. 0 when the
   * token is in no name edge.
   */
  edgeBits(lowerHash: number): number {
    return this.edges.get(lowerHash);
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
    const longest = new Int32Array(K);
    for (let i = 0; i < n; i++) {
      let h = PHRASE_SEED;
      longest.fill(0);
      for (let j = i; j < n && j - i < this.maxLen; j++) {
        h = phraseKey(h, lowerHashes[j]!);
        const m = this.keys.get(h);
        if (m === 0) break;
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

/** Words of a name joined by single spaces, as `name.split(' ').length` counts them. */
function wordCount(name: string): number {
  let n = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++;
  return n;
}
