/**
 * Unsupervised word clusters, a fast stand-in for Brown clustering: each of
 * the most frequent words is described by PPMI-weighted counts of its left
 * and right neighbours, projected to a few dense dimensions with a fixed
 * random matrix, and grouped by spherical k-means at two granularities.
 * Also collects how often each word is capitalised away from sentence
 * starts, which tells names (`Jakarta`) from common words (`jalan`).
 */
import type { WordClustersData } from './word-clusters.js';

/** Settings; defaults are the shipped clusters'. */
export interface ClusterOptions {
  /** How many of the most frequent words get clusters. Default 40000. */
  targets?: number;
  /** How many of the most frequent words serve as context dimensions (left and right each). Default 1000. */
  contexts?: number;
  /** Dimensions of the random projection. Default 128. */
  dims?: number;
  /** Cluster counts, coarse to fine. The finest is clustered from the words, each coarser one from the centroids of the next finer. Default [16, 64, 256, 1024]. */
  k?: number[];
  /** k-means iterations. Default 12. */
  iterations?: number;
  /** Words need at least this many occurrences to be clustered. Default 5. */
  minCount?: number;
  seed?: number;
  log?: (msg: string) => void;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCE_END = new Set(['.', '!', '?', '"', ':', ';', '-', '(', ')', "'"]);
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();

/** Streams sentences (token arrays) into vocabulary ids and capitalisation counts. */
export class CorpusCounter {
  readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  counts: Int32Array = new Int32Array(1 << 16);
  private seq: Int32Array = new Int32Array(1 << 20);
  private len = 0;
  /** lower-cased form -> [capitalised non-initial, lower-case] counts. */
  readonly cap = new Map<string, [number, number]>();

  private id(w: string): number {
    let i = this.ids.get(w);
    if (i === undefined) {
      i = this.words.length;
      this.ids.set(w, i);
      this.words.push(w);
      if (i >= this.counts.length) {
        const c = new Int32Array(this.counts.length * 2);
        c.set(this.counts);
        this.counts = c;
      }
    }
    return i;
  }

  /** Add one sentence; -1 separates sentences in the id sequence. */
  add(tokens: readonly string[]): void {
    if (this.len + tokens.length + 1 > this.seq.length) {
      const s = new Int32Array(Math.max(this.seq.length * 2, this.len + tokens.length + 1));
      s.set(this.seq.subarray(0, this.len));
      this.seq = s;
    }
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!;
      const id = this.id(w);
      this.counts[id]!++;
      this.seq[this.len++] = id;
      const first = w[0]!;
      if (first.toLowerCase() === first.toUpperCase()) continue;
      const initial = i === 0 || SENTENCE_END.has(tokens[i - 1]!);
      const up = isUpper(first);
      if (initial && up) continue;
      const lw = w.toLowerCase();
      let c = this.cap.get(lw);
      if (!c) this.cap.set(lw, (c = [0, 0]));
      c[up ? 0 : 1]++;
    }
    this.seq[this.len++] = -1;
  }

  /** The id sequence so far. */
  sequence(): Int32Array {
    return this.seq.subarray(0, this.len);
  }
}

/** Bucket a capitalisation ratio; thresholds picked to separate always-names, mostly-names, mixed and common words. */
function capBucket(capN: number, lowN: number): number {
  const r = capN / (capN + lowN);
  return r < 0.02 ? 1 : r < 0.2 ? 2 : r < 0.5 ? 3 : r < 0.9 ? 4 : 5;
}

/** Spherical k-means over unit rows of `x` (n x d); returns the cluster of each row and the centroids. */
function kmeans(x: Float32Array, n: number, d: number, k: number, iters: number, random: () => number, log?: (m: string) => void): { assign: Int32Array; cent: Float32Array } {
  const cent = new Float32Array(k * d);
  // Seed with distinct rows drawn across the frequency range.
  const picked = new Set<number>();
  while (picked.size < Math.min(k, n)) picked.add(Math.floor(random() * n));
  [...picked].forEach((r, c) => cent.set(x.subarray(r * d, r * d + d), c * d));
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      const off = i * d;
      for (let c = 0; c < k; c++) {
        const co = c * d;
        let s = 0;
        for (let j = 0; j < d; j++) s += x[off + j]! * cent[co + j]!;
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (assign[i] !== arg) moved++;
      assign[i] = arg;
    }
    cent.fill(0);
    const size = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const co = assign[i]! * d;
      size[assign[i]!]!++;
      for (let j = 0; j < d; j++) cent[co + j] = cent[co + j]! + x[i * d + j]!;
    }
    for (let c = 0; c < k; c++) {
      const co = c * d;
      if (size[c] === 0) {
        // Re-seed an empty cluster with a random row.
        const r = Math.floor(random() * n);
        cent.set(x.subarray(r * d, r * d + d), co);
        continue;
      }
      let norm = 0;
      for (let j = 0; j < d; j++) norm += cent[co + j]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < d; j++) cent[co + j] = cent[co + j]! / norm;
    }
    log?.(`k-means k=${k} iteration ${it + 1}: ${moved} moved`);
    if (moved < n / 1000) break;
  }
  return { assign, cent };
}

/** Cluster the counted corpus. */
export function clusterWords(corpus: CorpusCounter, opts: ClusterOptions = {}): WordClustersData {
  const targets = opts.targets ?? 40000;
  const C = opts.contexts ?? 1000;
  const D = opts.dims ?? 128;
  const ks = [...(opts.k ?? [16, 64, 256, 1024])].sort((a, b) => a - b);
  const minCount = opts.minCount ?? 5;
  const random = rng(opts.seed ?? 7);
  const log = opts.log;
  const byFreq = corpus.words.map((_, i) => i).sort((a, b) => corpus.counts[b]! - corpus.counts[a]!);
  const tgt = byFreq.slice(0, targets).filter((i) => corpus.counts[i]! >= minCount);
  const V = tgt.length;
  const row = new Int32Array(corpus.words.length).fill(-1);
  tgt.forEach((w, r) => (row[w] = r));
  const col = new Int32Array(corpus.words.length).fill(-1);
  byFreq.slice(0, C).forEach((w, c) => (col[w] = c));
  // Co-occurrence counts: columns [0, C) left neighbour, [C, 2C) right neighbour.
  const W = 2 * C;
  const m = new Float32Array(V * W);
  const seq = corpus.sequence();
  for (let i = 0; i < seq.length; i++) {
    const r = seq[i]! >= 0 ? row[seq[i]!]! : -1;
    if (r < 0) continue;
    const l = i > 0 && seq[i - 1]! >= 0 ? col[seq[i - 1]!]! : -1;
    const rt = i + 1 < seq.length && seq[i + 1]! >= 0 ? col[seq[i + 1]!]! : -1;
    if (l >= 0) m[r * W + l]!++;
    if (rt >= 0) m[r * W + C + rt]!++;
  }
  log?.(`counted contexts of ${V} words`);
  // PPMI per half (left and right are separate distributions).
  const rowSum = new Float64Array(V * 2);
  const colSum = new Float64Array(W);
  let total = [0, 0];
  for (let r = 0; r < V; r++) {
    for (let j = 0; j < W; j++) {
      const v = m[r * W + j]!;
      if (!v) continue;
      const h = j < C ? 0 : 1;
      rowSum[r * 2 + h]! += v;
      colSum[j]! += v;
      total[h]! += v;
    }
  }
  // Gaussian-ish projection matrix (sum of uniforms), fixed by the seed.
  const R = new Float32Array(W * D);
  for (let i = 0; i < R.length; i++) R[i] = random() + random() + random() - 1.5;
  const x = new Float32Array(V * D);
  for (let r = 0; r < V; r++) {
    const out = r * D;
    for (let j = 0; j < W; j++) {
      const v = m[r * W + j]!;
      if (!v) continue;
      const h = j < C ? 0 : 1;
      // Context-distribution smoothing (alpha 0.75 on column counts) as in Levy et al. 2015 would need another pass; plain PPMI suffices for features.
      const pmi = Math.log((v * total[h]!) / (rowSum[r * 2 + h]! * colSum[j]!));
      if (pmi <= 0) continue;
      const ro = j * D;
      for (let d = 0; d < D; d++) x[out + d] = x[out + d]! + pmi * R[ro + d]!;
    }
    let norm = 0;
    for (let d = 0; d < D; d++) norm += x[out + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) x[out + d] = x[out + d]! / norm;
  }
  log?.(`projected to ${D} dimensions`);
  // Finest level from the words; each coarser level groups the centroids of the level below, so levels nest like Brown-cluster prefixes.
  const ids: number[][] = new Array<number[]>(ks.length);
  let level = kmeans(x, V, D, ks[ks.length - 1]!, opts.iterations ?? 12, random, log);
  let wordIds = level.assign;
  ids[ks.length - 1] = [...wordIds];
  for (let l = ks.length - 2; l >= 0; l--) {
    const up = kmeans(level.cent, ks[l + 1]!, D, ks[l]!, 20, random, log);
    wordIds = wordIds.map((c) => up.assign[c]!);
    ids[l] = [...wordIds];
    level = up;
  }
  const capWords: string[] = [];
  const capB: number[] = [];
  const capEntries = [...corpus.cap.entries()].filter(([, c]) => c[0] + c[1] >= 3).sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]));
  for (const [w, c] of capEntries.slice(0, 120000)) {
    capWords.push(w);
    capB.push(capBucket(c[0], c[1]));
  }
  return {
    version: 2,
    levels: ks,
    words: tgt.map((i) => corpus.words[i]!),
    ids,
    capWords,
    capBucket: capB,
  };
}
