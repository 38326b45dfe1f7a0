/**
 * Feature extraction for the NER tagger. Per-token strings are hashed once
 * (word, lower-cased form, shape, affixes, clusters, gazetteer states), then
 * each template is an integer mix of a template id with those hashes, masked
 * into the weight table. The template list is part of the model: changing a
 * template means retraining.
 */
import { hashRange, hashString, mix2, mix3 } from './hash.js';
import type { FeatureSequence } from './perceptron.js';
import type { Gazetteer } from './gazetteer.js';
import type { WordClusters } from './word-clusters.js';
import { shortShape, stripAffixes, wordShape } from './word-shape.js';

/** What features draw on besides the tokens themselves. */
export interface FeatureResources {
  readonly clusters: WordClusters | null;
  readonly gazetteer: Gazetteer | null;
  /** Lower-cased words that announce a person or office (`presiden`, `kapolda`). */
  readonly titles: ReadonlySet<string>;
}

/** Upper bound of features per token (keeps the buffer fixed-size per sentence). */
const MAX_FEATS = 96;
const BOS = hashString('<s>');
const EOS = hashString('</s>');
const NONE = hashString('<none>');

/** Per-sentence columns of token hashes. */
class Columns {
  n = 0;
  word = new Uint32Array(0);
  lower = new Uint32Array(0);
  shape = new Uint32Array(0);
  sshape = new Uint32Array(0);
  /** Cluster id + 1 per level (0 = no cluster). */
  cl: Uint32Array[] = [];
  title = new Uint8Array(0);
  gz = new Uint8Array(0);
  ensure(n: number, K: number): void {
    if (this.word.length >= n + 4 && this.gz.length >= n * K) return;
    const size = Math.max(n + 4, this.word.length * 2);
    this.word = new Uint32Array(size);
    this.lower = new Uint32Array(size);
    this.shape = new Uint32Array(size);
    this.sshape = new Uint32Array(size);
    this.cl = Array.from({ length: MAX_LEVELS }, () => new Uint32Array(size));
    this.title = new Uint8Array(size);
    this.gz = new Uint8Array(size * Math.max(K, 1));
  }
}

/** Per word type, everything the features need that depends on the word alone, hashed. */
type WordInfo = Uint32Array;
const I_WORD = 0, I_LOWER = 1, I_SHAPE = 2, I_SSHAPE = 3, I_CAP = 6, I_TITLE = 7;
const I_LEN = 8, I_PRE = 9, I_SUF = 13, I_AFFIXED = 17, I_STEM = 18, I_AFFIX = 19, I_CL = 20;
/** Cluster levels the templates use (coarse to fine); more levels in the clusters file are ignored. */
const MAX_LEVELS = 4;
const I_EDGES = I_CL + MAX_LEVELS;
const INFO_SIZE = I_EDGES + 1;
/** Word types kept in the per-featurizer cache before it is cleared (bounds memory on endless streams). */
const WORD_CACHE_LIMIT = 200_000;

/** Extracts hashed features for sentences of tokens. Holds scratch buffers: one per thread of use. */
export class NerFeaturizer {
  private readonly cols = new Columns();
  private readonly mask: number;
  private readonly cache = new Map<string, WordInfo>();

  private info(w: string): WordInfo {
    const hit = this.cache.get(w);
    if (hit) return hit;
    const { clusters, titles } = this.res;
    const info = new Uint32Array(INFO_SIZE);
    const lw = w.toLowerCase();
    const sh = wordShape(w);
    info[I_WORD] = hashString(w);
    info[I_LOWER] = hashString(lw);
    info[I_SHAPE] = hashString(sh);
    info[I_SSHAPE] = hashString(shortShape(sh));
    const row = clusters ? clusters.rowOf(w, lw) : -1;
    if (row >= 0) for (let l = 0; l < Math.min(MAX_LEVELS, clusters!.levelCount); l++) info[I_CL + l] = clusters!.clusterAt(row, l) + 1;
    info[I_CAP] = clusters ? clusters.capOf(lw) : 0;
    info[I_TITLE] = titles.has(lw) ? 1 : 0;
    const L = lw.length;
    info[I_LEN] = L;
    for (let p = 1; p <= 4 && p <= L; p++) {
      info[I_PRE + p - 1] = hashRange(lw, 0, p);
      info[I_SUF + p - 1] = hashRange(lw, L - p, L);
    }
    const aff = stripAffixes(lw);
    if (aff.prefix || aff.suffix) {
      info[I_AFFIXED] = 1;
      info[I_STEM] = hashString(aff.stem);
      info[I_AFFIX] = hashString(`${aff.prefix}|${aff.suffix}`);
    }
    // Six 3-bit buckets (first/last token of PER/ORG/LOC names), packed so the hot loop reads one integer.
    if (this.res.gazetteer) info[I_EDGES] = info[I_EDGES]! | this.res.gazetteer.edgeBits(info[I_LOWER]!);
    if (this.cache.size >= WORD_CACHE_LIMIT) this.cache.clear();
    this.cache.set(w, info);
    return info;
  }

  constructor(readonly res: FeatureResources, bucketBits: number) {
    this.mask = (1 << bucketBits) - 1;
  }

  /** Features of one sentence (tokens as strings). */
  extract(tokens: readonly string[]): FeatureSequence {
    const n = tokens.length;
    const { gazetteer } = this.res;
    const K = gazetteer ? gazetteer.types.length : 0;
    const c = this.cols;
    c.ensure(n, K);
    const infos: WordInfo[] = new Array<WordInfo>(n);
    for (let i = 0; i < n; i++) {
      const info = this.info(tokens[i]!);
      infos[i] = info;
      c.word[i] = info[I_WORD]!;
      c.lower[i] = info[I_LOWER]!;
      c.shape[i] = info[I_SHAPE]!;
      c.sshape[i] = info[I_SSHAPE]!;
      for (let l = 0; l < MAX_LEVELS; l++) c.cl[l]![i] = info[I_CL + l]!;
      c.title[i] = info[I_TITLE]!;
    }
    const gz = gazetteer && n > 0 ? gazetteer.match(c.lower, n, c.gz) : null;

    const feats = new Int32Array(n * MAX_FEATS);
    const offs = new Int32Array(n + 1);
    const mask = this.mask;
    let k = 0;
    const add = (h: number): void => {
      feats[k++] = h & mask;
    };
    const lowerAt = (j: number): number => (j < 0 ? BOS : j >= n ? EOS : c.lower[j]!);
    const sshapeAt = (j: number): number => (j < 0 ? BOS : j >= n ? EOS : c.sshape[j]!);
    const clAt = (l: number, j: number): number => (j < 0 ? BOS : j >= n ? EOS : c.cl[l]![j]!);
    const gzAt = (j: number): number => {
      if (!gz || j < 0 || j >= n) return NONE;
      let v = 0;
      for (let t = 0; t < K; t++) v = v * 3 + gz[j * K + t]!;
      return v;
    };

    for (let i = 0; i < n; i++) {
      offs[i] = k;
      const info = infos[i]!;
      const lh = c.lower[i]!;
      const ss = c.sshape[i]!;
      add(1);
      add(mix2(2, c.word[i]!));
      add(mix2(3, lh));
      add(mix2(4, lowerAt(i - 1)));
      add(mix2(5, lowerAt(i + 1)));
      add(mix2(6, lowerAt(i - 2)));
      add(mix2(7, lowerAt(i + 2)));
      add(mix3(8, lowerAt(i - 1), lh));
      add(mix3(9, lh, lowerAt(i + 1)));
      add(mix2(10, c.shape[i]!));
      add(mix2(11, ss));
      add(mix2(12, sshapeAt(i - 1)));
      add(mix2(13, sshapeAt(i + 1)));
      add(mix3(14, sshapeAt(i - 1), ss));
      add(mix3(15, ss, sshapeAt(i + 1)));
      add(mix3(16, mix2(sshapeAt(i - 1), ss), sshapeAt(i + 1)));
      const L = info[I_LEN]!;
      for (let p = 1; p <= 4 && p <= L; p++) add(mix2(16 + p, info[I_PRE + p - 1]!));
      for (let p = 1; p <= 4 && p <= L; p++) add(mix2(20 + p, info[I_SUF + p - 1]!));
      if (info[I_AFFIXED]) {
        add(mix2(25, info[I_STEM]!));
        add(mix2(26, info[I_AFFIX]!));
      }
      add(mix3(27, i === 0 ? 1 : 0, ss));
      if (i > 0) add(mix3(28, c.title[i - 1]!, ss));
      if (i > 1 && c.title[i - 2]) add(mix2(29, ss));
      if (c.title[i]) add(30);
      if (gz) {
        const g = gzAt(i);
        add(mix2(31, g));
        add(mix3(32, g, ss));
        add(mix2(33, gzAt(i - 1)));
        add(mix2(34, gzAt(i + 1)));
        for (let t = 0; t < K; t++) {
          const st = gz[i * K + t]!;
          if (st) add(mix3(35, t, st));
        }
        const edges = info[I_EDGES]!;
        if (edges) {
          for (let e = 0; e < 2 * K; e++) {
            const b = (edges >>> (3 * e)) & 7;
            if (!b) continue;
            add(mix3(36, e, b));
            add(mix3(37, e, ss));
          }
        }
        const prevEdges = i > 0 ? infos[i - 1]![I_EDGES]! : 0;
        if (prevEdges) for (let e = 0; e < 2 * K; e += 2) if ((prevEdges >>> (3 * e)) & 7) add(mix3(38, e, ss));
      }
      if (this.res.clusters) {
        for (let l = 0; l < MAX_LEVELS; l++) {
          add(mix3(40, l, c.cl[l]![i]!));
          add(mix3(41, l, clAt(l, i - 1)));
          add(mix3(42, l, clAt(l, i + 1)));
        }
        add(mix2(43, clAt(0, i - 2)));
        add(mix2(44, clAt(0, i + 2)));
        add(mix2(45, clAt(1, i - 2)));
        add(mix2(46, clAt(1, i + 2)));
        add(mix3(47, c.cl[3]![i]!, ss));
        add(mix3(48, c.cl[1]![i]!, lowerAt(i - 1)));
        add(mix3(49, clAt(1, i - 1), c.cl[1]![i]!));
        add(mix3(50, c.cl[1]![i]!, clAt(1, i + 1)));
        if (i > 0 && c.title[i - 1]) add(mix2(51, c.cl[2]![i]!));
        const cb = info[I_CAP]!;
        add(mix2(55, cb));
        add(mix3(56, mix2(cb, ss), i === 0 ? 1 : 0));
      }
      add(mix3(52, lowerAt(i - 1), ss));
      add(mix3(53, ss, lowerAt(i + 1)));
      add(mix3(54, lowerAt(i - 1), lowerAt(i + 1)));
    }
    offs[n] = k;
    return { n, feats: feats.subarray(0, k), offs };
  }
}
