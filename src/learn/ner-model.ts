/**
 * The NER model: tag scheme, hashed weights, and the feature resources it was
 * trained with (gazetteer, title words, word clusters). Stored as one gzip'd
 * binary file: a JSON header, then the non-zero weight rows as bucket ids and
 * int16-quantised weights.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ErrorCodes, WartaError } from '../pipeline/errors.js';
import { packageRoot } from '../lang/id/data-path.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import { NerFeaturizer } from './ner-features.js';
import { qrowFor, type LinearChainWeights } from './perceptron.js';
import { makeScheme, type SchemeName, type TagScheme } from './tag-scheme.js';
import { WordClusters, type WordClustersData } from './word-clusters.js';

const MAGIC = 'WARTA-NER/1\n';

/** Everything needed to rebuild the featurizer and decode. */
export interface NerModel {
  readonly scheme: TagScheme;
  readonly bucketBits: number;
  readonly weights: LinearChainWeights;
  readonly gazetteer: Gazetteer | null;
  readonly clusters: WordClusters | null;
  readonly titles: ReadonlySet<string>;
  /** Free-form provenance: what it was trained on, with which settings. */
  readonly info: Record<string, unknown>;
}

/** Make a featurizer matching a model. */
export function featurizerFor(m: NerModel): NerFeaturizer {
  return new NerFeaturizer({ clusters: m.clusters, gazetteer: m.gazetteer, titles: m.titles }, m.bucketBits);
}

interface Header {
  scheme: SchemeName;
  types: string[];
  bucketBits: number;
  rows: number;
  scale: number;
  trans: number[];
  start: number[];
  gazetteer: GazetteerData | null;
  clusters: WordClustersData | null;
  titles: string[];
  info: Record<string, unknown>;
}

/**
 * Serialise a model. Rows whose largest absolute weight is below
 * `pruneBelow` are dropped: they are almost all features seen once in
 * training, and dropping them shrinks the file several-fold for a negligible
 * change in scores.
 */
export function encodeNerModel(m: NerModel, pruneBelow = 0): Buffer {
  const { T, buckets } = m.weights;
  const w = m.weights.wq ? dequantise(m.weights) : m.weights.w;
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]!));
  const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
  const rows: number[] = [];
  for (let b = 0; b < buckets; b++) {
    let big = 0;
    for (let t = 0; t < T; t++) big = Math.max(big, Math.abs(w[b * T + t]!));
    if (big > pruneBelow && Math.round(big * scale) !== 0) rows.push(b);
  }
  const ids = new Uint32Array(rows.length);
  const vals = new Int16Array(rows.length * T);
  rows.forEach((b, r) => {
    ids[r] = b;
    for (let t = 0; t < T; t++) vals[r * T + t] = Math.round(w[b * T + t]! * scale);
  });
  const header: Header = {
    scheme: m.scheme.name, types: [...m.scheme.types], bucketBits: m.bucketBits, rows: rows.length, scale,
    trans: [...m.weights.trans], start: [...m.weights.start],
    gazetteer: m.gazetteer?.data ?? null, clusters: m.clusters?.data ?? null, titles: [...m.titles], info: m.info,
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const body = Buffer.concat([
    Buffer.from(MAGIC, 'ascii'), len, head,
    Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength), Buffer.from(vals.buffer, vals.byteOffset, vals.byteLength),
  ]);
  return gzipSync(body, { level: 9 });
}

function dequantise(m: LinearChainWeights): Float32Array {
  const w = new Float32Array(m.buckets * m.T);
  const inv = 1 / (m.scale ?? 1);
  const qrow = m.qrow ?? qrowFor(m.T);
  for (let b = 0; b < m.buckets; b++) for (let t = 0; t < m.T; t++) w[b * m.T + t] = m.wq![b * qrow + t]! * inv;
  return w;
}

/** Parse a model file's bytes; throws `WartaError` W008 when malformed. */
export function decodeNerModel(bytes: Buffer, source = 'model'): NerModel {
  const bad = (what: string, cause?: unknown): never => {
    throw new WartaError(ErrorCodes.BAD_MODEL_FILE, `${source}: ${what}`, { cause });
  };
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch (err) {
    return bad('not a gzip file', err);
  }
  if (raw.subarray(0, MAGIC.length).toString('ascii') !== MAGIC) bad('not a warta NER model (bad magic)');
  const hlen = raw.readUInt32LE(MAGIC.length);
  const hstart = MAGIC.length + 4;
  let h: Header;
  try {
    h = JSON.parse(raw.subarray(hstart, hstart + hlen).toString('utf8')) as Header;
  } catch (err) {
    return bad('header is not JSON', err);
  }
  const scheme = makeScheme(h.scheme, h.types);
  const T = scheme.tags.length;
  const buckets = 1 << h.bucketBits;
  const idsAt = hstart + hlen;
  const valsAt = idsAt + h.rows * 4;
  if (raw.length !== valsAt + h.rows * T * 2) bad(`weight section has ${raw.length - idsAt} bytes, expected ${h.rows * (4 + T * 2)}`);
  // Copy into aligned buffers: the slices of `raw` may start at odd offsets.
  const ids = new Uint32Array(raw.buffer.slice(raw.byteOffset + idsAt, raw.byteOffset + valsAt));
  const vals = new Int16Array(raw.buffer.slice(raw.byteOffset + valsAt, raw.byteOffset + raw.length));
  const qrow = qrowFor(T);
  if (T > qrow) bad(`${T} tags do not fit a ${qrow}-wide weight row`);
  const wq = new Int16Array(buckets * qrow);
  for (let r = 0; r < h.rows; r++) {
    const b = ids[r]!;
    if (b >= buckets) bad(`row ${r} has bucket ${b} >= ${buckets}`);
    for (let t = 0; t < T; t++) wq[b * qrow + t] = vals[r * T + t]!;
  }
  return {
    scheme, bucketBits: h.bucketBits,
    weights: { T, buckets, w: new Float32Array(0), wq, qrow, scale: h.scale, trans: Float32Array.from(h.trans), start: Float32Array.from(h.start) },
    gazetteer: h.gazetteer ? new Gazetteer(h.gazetteer) : null,
    clusters: h.clusters ? new WordClusters(h.clusters) : null,
    titles: new Set(h.titles), info: h.info,
  };
}

/** Path of the shipped model. */
export function defaultNerModelPath(): string {
  return join(packageRoot(), 'models', 'ner-id.bin.gz');
}

/** Write a model file. */
export function saveNerModel(m: NerModel, path: string, pruneBelow = 0): number {
  const bytes = encodeNerModel(m, pruneBelow);
  writeFileSync(path, bytes);
  return bytes.length;
}

/** Read a model file. */
export function loadNerModel(path: string): NerModel {
  if (!existsSync(path)) {
    throw new WartaError(ErrorCodes.BAD_MODEL_FILE, `NER model not found at ${path}; run \`npm run train -- ner\``);
  }
  return decodeNerModel(readFileSync(path), path);
}

let shipped: NerModel | undefined;

/** The shipped model, loaded on first use and kept for the life of the process. */
export function shippedNerModel(): NerModel {
  shipped ??= loadNerModel(defaultNerModelPath());
  return shipped;
}
