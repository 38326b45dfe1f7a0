/**
 * A first-order structured perceptron over hashed features: emission weights
 * `w[bucket * T + tag]` plus tag-transition weights, Viterbi decoding under
 * the scheme's hard transition constraints, and weight averaging (Daume's
 * trick: keep `w` and `u = sum(c * delta)`, the average is `w - u / c`).
 */
import type { TagScheme } from './tag-scheme.js';

/** One sentence as the learner sees it: feature buckets per token. */
export interface FeatureSequence {
  /** Number of tokens. */
  readonly n: number;
  /** Feature buckets of all tokens, concatenated. */
  readonly feats: Int32Array;
  /** Token i's features are `feats[offs[i], offs[i + 1])`. */
  readonly offs: Int32Array;
}

/** The weights a tagger needs to decode. */
export interface LinearChainWeights {
  readonly T: number;
  /** Number of hash buckets (a power of two). */
  readonly buckets: number;
  /** Emission weights, `buckets * T` (training form). */
  readonly w: Float32Array;
  /**
   * Quantised emission weights for tagging: rows of `qrow` int16 (8 or 16,
   * so a feature's row never straddles two cache lines), the value being
   * `wq[bucket * qrow + tag] / scale`. When present, `w` is unused.
   */
  readonly wq?: Int16Array;
  readonly qrow?: number;
  readonly scale?: number;
  /** Transition weights `trans[prev * T + next]`. */
  readonly trans: Float32Array;
  /** Weights of the first tag of a sentence. */
  readonly start: Float32Array;
}

const NEG = -1e30;

/** Reusable scratch buffers, grown on demand, so decoding allocates per call only the result. */
class Scratch {
  score = new Float32Array(0);
  back = new Int16Array(0);
  emit = new Float32Array(0);
  ensure(n: number, T: number): void {
    if (this.emit.length < n * T) {
      const size = Math.max(n * T, this.emit.length * 2);
      this.emit = new Float32Array(size);
      this.score = new Float32Array(size);
      this.back = new Int16Array(size);
    }
  }
}
const scratch = new Scratch();

/** Row width of quantised weights for `T` tags: a power of two that fits them. */
export function qrowFor(T: number): number {
  return T <= 8 ? 8 : 16;
}

/** Emission scores from quantised weights: integer sums, scaled once per token. */
function emissionsQ(m: LinearChainWeights, wq: Int16Array, s: FeatureSequence): Float32Array {
  const T = m.T;
  const emit = scratch.emit;
  const inv = 1 / (m.scale ?? 1);
  const qrow = m.qrow ?? qrowFor(T);
  const { feats, offs } = s;
  if (qrow === 8 && T >= 7) {
    // The hot loop of tagging: eight accumulators in locals rather than a typed array.
    for (let i = 0; i < s.n; i++) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
      for (let k = offs[i]!; k < offs[i + 1]!; k++) {
        const b = feats[k]! << 3;
        a0 += wq[b]!;
        a1 += wq[b + 1]!;
        a2 += wq[b + 2]!;
        a3 += wq[b + 3]!;
        a4 += wq[b + 4]!;
        a5 += wq[b + 5]!;
        a6 += wq[b + 6]!;
        a7 += wq[b + 7]!;
      }
      const row = i * T;
      // T is 7 (BIO over three types) or 8; never write into the next token's row.
      emit[row] = a0 * inv;
      emit[row + 1] = a1 * inv;
      emit[row + 2] = a2 * inv;
      emit[row + 3] = a3 * inv;
      emit[row + 4] = a4 * inv;
      emit[row + 5] = a5 * inv;
      emit[row + 6] = a6 * inv;
      if (T === 8) emit[row + 7] = a7 * inv;
    }
    return emit;
  }
  const acc = new Int32Array(qrow);
  for (let i = 0; i < s.n; i++) {
    acc.fill(0);
    for (let k = offs[i]!; k < offs[i + 1]!; k++) {
      const base = feats[k]! * qrow;
      for (let t = 0; t < T; t++) acc[t] = acc[t]! + wq[base + t]!;
    }
    const row = i * T;
    for (let t = 0; t < T; t++) emit[row + t] = acc[t]! * inv;
  }
  return emit;
}

/** Fill `scratch.emit` with emission scores of every token and tag. */
function emissions(m: LinearChainWeights, s: FeatureSequence): Float32Array {
  const T = m.T;
  scratch.ensure(s.n, T);
  if (m.wq) return emissionsQ(m, m.wq, s);
  const emit = scratch.emit;
  const w = m.w;
  const { feats, offs } = s;
  for (let i = 0; i < s.n; i++) {
    const row = i * T;
    for (let t = 0; t < T; t++) emit[row + t] = 0;
    for (let k = offs[i]!; k < offs[i + 1]!; k++) {
      const base = feats[k]! * T;
      for (let t = 0; t < T; t++) emit[row + t] = emit[row + t]! + w[base + t]!;
    }
  }
  return emit;
}

const predCache = new WeakMap<TagScheme, { from: Uint8Array; fromOffs: Int32Array }>();

/** For each tag, the tags allowed before it (so Viterbi skips forbidden pairs without testing them). */
function predecessors(scheme: TagScheme): { from: Uint8Array; fromOffs: Int32Array } {
  let p = predCache.get(scheme);
  if (p) return p;
  const T = scheme.tags.length;
  const list: number[] = [];
  const fromOffs = new Int32Array(T + 1);
  for (let t = 0; t < T; t++) {
    fromOffs[t] = list.length;
    for (let q = 0; q < T; q++) if (scheme.allowed[q * T + t]) list.push(q);
  }
  fromOffs[T] = list.length;
  p = { from: Uint8Array.from(list), fromOffs };
  predCache.set(scheme, p);
  return p;
}

/** Best tag sequence under the weights and the scheme's constraints. */
export function viterbi(m: LinearChainWeights, scheme: TagScheme, s: FeatureSequence, out?: Uint8Array): Uint8Array {
  const { n } = s;
  const T = m.T;
  const result = out && out.length >= n ? out : new Uint8Array(n);
  if (n === 0) return result;
  const emit = emissions(m, s);
  const score = scratch.score;
  const back = scratch.back;
  const { startAllowed, endAllowed } = scheme;
  const { from, fromOffs } = predecessors(scheme);
  const trans = m.trans;
  for (let t = 0; t < T; t++) score[t] = startAllowed[t] ? emit[t]! + m.start[t]! : NEG;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const row = i * T;
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      for (let q = fromOffs[t]!; q < fromOffs[t + 1]!; q++) {
        const p = from[q]!;
        const v = score[prev + p]! + trans[p * T + t]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[row + t] = best + emit[row + t]!;
      back[row + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (!endAllowed[t]) continue;
    if (score[last + t]! > best) {
      best = score[last + t]!;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    result[i] = arg;
    if (i > 0) arg = back[i * T + arg]!;
  }
  return result;
}

/** A training example: features plus gold tag ids. */
export interface TrainingSequence extends FeatureSequence {
  readonly gold: Uint8Array;
}

/** Mutable perceptron state during training. */
export class PerceptronTrainer {
  readonly T: number;
  readonly buckets: number;
  readonly w: Float32Array;
  readonly trans: Float32Array;
  readonly start: Float32Array;
  private readonly uw: Float64Array;
  private readonly utrans: Float64Array;
  private readonly ustart: Float64Array;
  /** Instance counter for averaging (starts at 1). */
  private c = 1;
  private pred = new Uint8Array(256);

  constructor(readonly scheme: TagScheme, bucketBits: number) {
    this.T = scheme.tags.length;
    this.buckets = 1 << bucketBits;
    this.w = new Float32Array(this.buckets * this.T);
    this.uw = new Float64Array(this.buckets * this.T);
    this.trans = new Float32Array(this.T * this.T);
    this.utrans = new Float64Array(this.T * this.T);
    this.start = new Float32Array(this.T);
    this.ustart = new Float64Array(this.T);
  }

  /** Decode with the current (unaveraged) weights, update on mistakes. Returns whether it erred. */
  learn(s: TrainingSequence): boolean {
    if (this.pred.length < s.n) this.pred = new Uint8Array(s.n * 2);
    const pred = viterbi(this, this.scheme, s, this.pred);
    const { gold, feats, offs } = s;
    const T = this.T;
    const c = this.c;
    let erred = false;
    for (let i = 0; i < s.n; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        erred = true;
        for (let k = offs[i]!; k < offs[i + 1]!; k++) {
          const base = feats[k]! * T;
          this.w[base + g]! += 1;
          this.uw[base + g]! += c;
          this.w[base + p]! -= 1;
          this.uw[base + p]! -= c;
        }
      }
      if (i === 0) {
        if (g !== p) {
          this.start[g]! += 1;
          this.ustart[g]! += c;
          this.start[p]! -= 1;
          this.ustart[p]! -= c;
        }
      } else {
        const gp = gold[i - 1]!;
        const pp = pred[i - 1]!;
        if (g !== p || gp !== pp) {
          this.trans[gp * T + g]! += 1;
          this.utrans[gp * T + g]! += c;
          this.trans[pp * T + p]! -= 1;
          this.utrans[pp * T + p]! -= c;
        }
      }
    }
    this.c++;
    return erred;
  }

  /** The averaged weights as a fresh weight set (training can continue afterwards). */
  averaged(): LinearChainWeights {
    const c = this.c;
    const avg = (w: Float32Array, u: Float64Array): Float32Array => {
      const out = new Float32Array(w.length);
      for (let i = 0; i < w.length; i++) {
        const wi = w[i]!;
        const ui = u[i]!;
        if (wi !== 0 || ui !== 0) out[i] = wi - ui / c;
      }
      return out;
    };
    return {
      T: this.T, buckets: this.buckets,
      w: avg(this.w, this.uw), trans: avg(this.trans, this.utrans), start: avg(this.start, this.ustart),
    };
  }
}
