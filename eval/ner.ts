/**
 * `npm run eval -- ner [--quick] [--dev]`: span-level exact-match P/R/F1
 * (CoNLL style) of the NER tagger.
 *
 * - NER-UI and NER-UGM: IndoLEM's published 5-fold splits. Each fold trains
 *   a fresh model on its train split, picks the epoch on its dev split and
 *   scores its test split once; the table shows the mean over folds, as
 *   IndoLEM reports. NER-UGM's TIME and QUANTITY are dropped (scored on
 *   PER/ORG/LOC only). The published IndoLEM rows are printed beside ours.
 * - IDNer2k test and NERGrit test: the shipped model (trained on neither
 *   test split, see scripts/train-ner.ts), run through `tagConll`, the same
 *   function behind `warta tag`.
 *
 * `--quick` runs one fold per IndoLEM set with at most 8 epochs.
 * `--dev` scores dev splits instead of test ones, for development: each
 * fold's dev split (which also chose its epoch, so optimistic), and the
 * shipped model on IDNer2k dev and NERGrit valid (which it was retrained on,
 * so only a sanity check).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from './shared-data.js';
import { NER_TYPES, parseConll, type NerSentence } from '../src/learn/conll.js';
import { readIndolemFold, type IndolemSet } from '../src/learn/ner-corpora.js';
import { shippedNerModel } from '../src/learn/ner-model.js';
import { NerFeaturizer } from '../src/learn/ner-features.js';
import { prf, SpanScorer } from '../src/learn/span-f1.js';
import { tagsToSpans } from '../src/learn/tag-scheme.js';
import { tagConll } from '../src/learn/tag-conll.js';
import { scoreWeights, trainNer } from '../src/learn/train-ner.js';

/** IndoLEM (Koto et al. 2020), Table 4, NER F1. */
const PUBLISHED: Record<string, { bilstm: number; indobert: number }> = {
  'NER-UI': { bilstm: 82.2, indobert: 90.1 },
  'NER-UGM': { bilstm: 70.9, indobert: 74.9 },
};
/** Floors from the task (issue 3). */
const TARGETS: Record<string, number> = { 'NER-UI': 87, 'NER-UGM': 72, 'IDNer2k test': 85, 'NERGrit test': 72 };

/** One row of the results table: F1 per type and overall P/R/F1, in percent. */
export interface NerRow {
  name: string;
  perType: Record<string, number>;
  p: number;
  r: number;
  f1: number;
  note: string;
}

function rowFrom(name: string, scorer: SpanScorer, note: string): NerRow {
  const perType: Record<string, number> = {};
  for (const t of NER_TYPES) perType[t] = 100 * prf(scorer.byType.get(t) ?? { tp: 0, fp: 0, fn: 0 }).f1;
  const all = prf(scorer.all);
  return { name, perType, p: 100 * all.p, r: 100 * all.r, f1: 100 * all.f1, note };
}

/** Score the shipped model on a CoNLL file through `tagConll`. */
export async function scoreFileWithTagConll(path: string): Promise<SpanScorer> {
  const text = readFileSync(path, 'utf8');
  const gold = parseConll(text);
  let out = '';
  await tagConll(text.split('\n'), (s) => (out += s));
  const predicted = out.split('\n\n').map((block) => block.split('\n').filter(Boolean).map((l) => l.split('\t')[1]!)).filter((b) => b.length);
  if (predicted.length !== gold.length) throw new Error(`${path}: ${gold.length} gold sentences but ${predicted.length} tagged`);
  const scorer = new SpanScorer();
  gold.forEach((g, i) => scorer.add(g.spans, tagsToSpans(predicted[i]!)));
  return scorer;
}

/** Cross-validate on IndoLEM's folds: train on train, choose epochs on dev, score test. Returns the per-fold scorers. */
export function crossValidate(
  shared: string, set: IndolemSet, folds: number[], maxEpochs: number, log?: (m: string) => void, scoreOn: 'test' | 'dev' = 'test',
): SpanScorer[] {
  const m = shippedNerModel();
  const res = { clusters: m.clusters, gazetteer: m.gazetteer, titles: m.titles };
  return folds.map((fold) => {
    const t0 = Date.now();
    const train = readIndolemFold(shared, set, fold, 'train');
    const dev = readIndolemFold(shared, set, fold, 'dev');
    const test = readIndolemFold(shared, set, fold, scoreOn);
    const r = trainNer(train, dev, res, NER_TYPES, { epochs: maxEpochs, bucketBits: m.bucketBits, scheme: m.scheme.name });
    const scorer = scoreWeights(r.model.weights, m.scheme.name, NER_TYPES, new NerFeaturizer(res, m.bucketBits), test);
    log?.(`${set} fold ${fold}: epoch ${r.bestEpoch} (dev F1 ${(100 * r.devF1!).toFixed(2)}), ${scoreOn} F1 ${(100 * scorer.f1()).toFixed(2)}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return scorer;
  });
}

function meanRow(name: string, scorers: SpanScorer[], note: string): NerRow {
  const rows = scorers.map((s) => rowFrom(name, s, note));
  const mean = (f: (r: NerRow) => number): number => rows.reduce((a, r) => a + f(r), 0) / rows.length;
  const perType: Record<string, number> = {};
  for (const t of NER_TYPES) perType[t] = mean((r) => r.perType[t]!);
  return { name, perType, p: mean((r) => r.p), r: mean((r) => r.r), f1: mean((r) => r.f1), note };
}

function printTable(rows: NerRow[]): void {
  const pad = (s: string, n: number): string => s.padEnd(n);
  const num = (x: number | undefined): string => (x === undefined ? '-' : x.toFixed(1)).padStart(6);
  console.log(`\n${pad('dataset', 14)}${['PER', 'ORG', 'LOC', 'P', 'R', 'F1'].map((h) => h.padStart(6)).join('')}  ${'BiLSTM'.padStart(6)} ${'IndoBERT'.padStart(8)} ${'target'.padStart(6)}  how`);
  for (const r of rows) {
    const pub = PUBLISHED[r.name];
    console.log(
      `${pad(r.name, 14)}${NER_TYPES.map((t) => num(r.perType[t])).join('')}${num(r.p)}${num(r.r)}${num(r.f1)}  ${num(pub?.bilstm)} ${num(pub?.indobert).padStart(8)} ${num(TARGETS[r.name])}  ${r.note}`,
    );
  }
}

export async function main(flags: string[]): Promise<void> {
  const shared = sharedDir();
  if (!shared) {
    console.log('skipped: ../shared is not beside the repository (set WARTA_SHARED)');
    return;
  }
  const quick = flags.includes('--quick');
  const dev = flags.includes('--dev');
  const folds = quick ? [1] : [1, 2, 3, 4, 5];
  const maxEpochs = quick ? 8 : 15;
  const t0 = Date.now();
  const rows: NerRow[] = [];
  const log = (m: string): void => console.log(m);
  for (const [set, name] of [['nerui', 'NER-UI'], ['nerugm', 'NER-UGM']] as const) {
    const scorers = crossValidate(shared, set, folds, maxEpochs, log, dev ? 'dev' : 'test');
    rows.push(meanRow(dev ? `${name} dev` : name, scorers, `mean of ${folds.length} fold(s), trained per fold`));
  }
  const d = join(shared, 'data');
  const fixed: Array<[string, string]> = dev
    ? [['IDNer2k dev', join(d, 'idner-news-2k', 'dev.txt')], ['NERGrit dev', join(d, 'indonlu-nergrit', 'valid_preprocess.txt')]]
    : [['IDNer2k test', join(d, 'idner-news-2k', 'test.txt')], ['NERGrit test', join(d, 'indonlu-nergrit', 'test_preprocess.txt')]];
  for (const [name, path] of fixed) rows.push(rowFrom(name, await scoreFileWithTagConll(path), 'shipped model via tagConll'));
  printTable(rows);
  console.log(`\nNER-UGM is scored on PER/ORG/LOC only (TIME, QUANTITY dropped). ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/** Sentences of a CoNLL file, for tests. */
export function readSentences(path: string): NerSentence[] {
  return parseConll(readFileSync(path, 'utf8'));
}
