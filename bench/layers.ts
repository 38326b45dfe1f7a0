/**
 * `npm run bench -- layers [--max-articles=N] [--rounds=R] [--batch=B | --fit | --hot]`: what issue 4's
 * layers (dct, timexes, amounts, quotes) add to the text core, per article,
 * in CPU time on one core, over CLICK-ID raw news.
 *
 * The text core is what issue 2 names: normalize, structure, language,
 * tokens, sentences and stems. Every stage is timed inside one full default
 * pipeline run (so the quote stage gets the persons layer it gets in
 * production); each stage's figure is its best round, because the machine is
 * shared and the least disturbed round is the truest.
 *
 * `--batch=B` runs batches of B articles through `Pipeline.runBatch`, the
 * path `warta analyze` and the ingest workers take (batches of
 * `ANALYZE_BATCH_SIZE`): every stage over the whole batch before the next
 * stage, so each stage's code and tables stay in cache from one article to
 * the next. That is the warm cost, against the cold cost of one article at a
 * time after the entity tagger has swept the caches.
 *
 * `--fit` times every stage on every article instead (the least of R rounds,
 * wall clock) and fits time = fixed + slope × characters by least squares:
 * the fixed part is what a stage costs per article whatever its length (in
 * the pipeline, mostly reloading its code and tables into cache), the slope
 * what each further 1,000 characters cost. *
 * `--hot` times each stage looping alone over documents the full pipeline
 * prepared (dct and timexes as a pair, since timexes reads the scan dct
 * made): every stage's code and tables stay in cache, so it shows the work
 * a stage does, apart from what a cold article costs.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { sharedPath } from '../eval/shared-data.js';
import { DEFAULT_STAGES } from '../src/analyze.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import type { AnyStage } from '../src/pipeline/stage.js';
import type { Document, DocumentView } from '../src/text/document.js';
import { timedStage } from './support/timed-stage.js';

const TEXT_CORE = new Set(['normalize', 'structure', 'language', 'tokens', 'sentences', 'stems']);
const ISSUE4_LAYERS = new Set(['dct', 'timexes', 'amounts', 'quotes']);

function flag(flags: string[], name: string, dflt: number): number {
  const f = flags.find((x) => x.startsWith(`--${name}=`));
  return f ? Number(f.slice(name.length + 3)) : dflt;
}

export function main(flags: string[]): void {
  const path = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  if (!path) return;
  const max = flag(flags, 'max-articles', 2000);
  const rounds = flag(flags, 'rounds', 5);
  const inputs = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l.trim())
    .slice(0, max).map((l) => ({ text: String((JSON.parse(l) as { content?: string }).content ?? '') }))
    .filter((r) => r.text.trim().length > 0);
  if (flags.includes('--fit')) return fitCosts(inputs, rounds);
  if (flags.includes('--hot')) return hotCosts(inputs, rounds);
  const batch = flag(flags, 'batch', 1);
  const acc = new Float64Array(DEFAULT_STAGES.length);
  const best = new Float64Array(DEFAULT_STAGES.length).fill(Infinity);
  const pipe = buildPipeline(DEFAULT_STAGES.map((st, i) => timedStage(st, acc, i)));
  const once = batch > 1
    ? () => { for (let b = 0; b < inputs.length; b += batch) pipe.runBatch(inputs.slice(b, b + batch)); }
    : () => { for (const input of inputs) pipe.run(input); };
  let tokens = 0;
  for (const input of inputs) tokens += pipe.run(input).layers.tokens?.count ?? 0; // token count; also warms up
  for (let r = 0; r < rounds; r++) {
    acc.fill(0);
    once();
    for (let i = 0; i < acc.length; i++) best[i] = Math.min(best[i]!, acc[i]!);
  }
  const us = (i: number) => best[i]! / inputs.length;
  const mode = batch > 1 ? `stage-major batches of ${batch} (Pipeline.runBatch)` : 'one article at a time';
  console.log(`${inputs.length} CLICK-ID articles, ${(tokens / inputs.length).toFixed(0)} tokens/article, ${mode}; best of ${rounds} rounds; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log('stage          µs/article   group');
  let core = 0, layers = 0;
  DEFAULT_STAGES.forEach((st, i) => {
    const group = TEXT_CORE.has(st.name) ? 'text core' : ISSUE4_LAYERS.has(st.name) ? 'issue 4' : '';
    if (TEXT_CORE.has(st.name)) core += us(i);
    if (ISSUE4_LAYERS.has(st.name)) layers += us(i);
    console.log(`  ${st.name.padEnd(12)} ${us(i).toFixed(1).padStart(10)}   ${group}`);
  });
  console.log(`text core (normalize..stems): ${core.toFixed(1)} µs/article = ${(1e6 / core).toFixed(0)} articles/s, ${((tokens / inputs.length) * (1e6 / core) / 1e6).toFixed(2)} M tokens/s`);
  console.log(`dct + timexes + amounts + quotes: ${layers.toFixed(1)} µs/article = +${((100 * layers) / core).toFixed(1)}% of the text core (issue 4 bar: ≤ +30%)`);
}

/** Each stage of the text core and issue 4 looping alone over prepared documents (see `--hot` above). */
function hotCosts(inputs: ReadonlyArray<{ text: string }>, rounds: number): void {
  const pipe = buildPipeline(DEFAULT_STAGES);
  const views = pipe.runBatch(inputs).filter((d): d is Document => !(d instanceof Error) && d.layers.language?.code === 'id')
    .map((d): DocumentView => ({ text: d.text, meta: d.meta, layers: { ...d.layers } }));
  const sink = { report: () => undefined };
  const byName = new Map(DEFAULT_STAGES.map((st) => [st.name, st]));
  // dct keeps its scan for timexes, which takes it: the two run back to back on each document, as in the pipeline.
  const groups = [...TEXT_CORE].map((n) => [n]).concat([['dct', 'timexes'], ['amounts'], ['quotes']]);
  const us = new Map<string, number>();
  for (const group of groups) {
    const stages = group.map((n) => byName.get(n)!);
    const acc = new Float64Array(stages.length);
    const best = new Float64Array(stages.length).fill(Infinity);
    for (let r = 0; r <= rounds; r++) { // round 0 warms up
      acc.fill(0);
      for (const view of views) {
        stages.forEach((st, k) => {
          const t0 = process.hrtime.bigint();
          st.run(view, sink);
          acc[k] = acc[k]! + Number(process.hrtime.bigint() - t0) / 1000;
        });
      }
      if (r > 0) for (let k = 0; k < stages.length; k++) best[k] = Math.min(best[k]!, acc[k]!);
    }
    group.forEach((n, k) => us.set(n, best[k]! / views.length));
  }
  console.log(`${views.length} Indonesian CLICK-ID articles, each stage looping alone over them (hot); best of ${rounds} rounds; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  let core = 0, layers = 0;
  for (const [n, t] of us) {
    if (TEXT_CORE.has(n)) core += t; else layers += t;
    console.log(`  ${n.padEnd(12)} ${t.toFixed(1).padStart(10)}   ${TEXT_CORE.has(n) ? 'text core' : 'issue 4'}`);
  }
  console.log(`text core ${core.toFixed(1)} µs/article hot; dct + timexes + amounts + quotes ${layers.toFixed(1)} = ${((100 * layers) / core).toFixed(1)}% of it`);
}

/** Per-article stage times fitted against article length (see `--fit` above). */
function fitCosts(inputs: ReadonlyArray<{ text: string }>, rounds: number): void {
  const n = DEFAULT_STAGES.length;
  const last = new Float64Array(n);
  const least = inputs.map(() => new Float64Array(n).fill(Infinity));
  // Not `timedStage`: that sums CPU time, whose microsecond ticks are too coarse for one stage on one article.
  const pipe = buildPipeline(DEFAULT_STAGES.map((st, i): AnyStage => ({
    ...st,
    run(doc, sink) {
      const t0 = process.hrtime.bigint();
      try { return st.run(doc, sink); } finally { last[i] = Number(process.hrtime.bigint() - t0) / 1000; }
    },
  })));
  for (let r = 0; r <= rounds; r++) { // round 0 warms up
    inputs.forEach((input, a) => {
      last.fill(0);
      pipe.run(input);
      if (r > 0) for (let i = 0; i < n; i++) least[a]![i] = Math.min(least[a]![i]!, last[i]!);
    });
  }
  const chars = inputs.map((x) => x.text.length);
  const meanChars = chars.reduce((x, y) => x + y, 0) / chars.length;
  console.log(`${inputs.length} CLICK-ID articles, ${meanChars.toFixed(0)} characters/article, one article at a time; least of ${rounds} rounds per article; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log('stage          mean µs   fixed µs   µs per 1,000 chars');
  const sum = { core: [0, 0, 0], layers: [0, 0, 0] };
  DEFAULT_STAGES.forEach((st, i) => {
    const fit = leastSquares(chars, least.map((t) => t[i]!));
    const group = TEXT_CORE.has(st.name) ? sum.core : ISSUE4_LAYERS.has(st.name) ? sum.layers : undefined;
    if (group) { group[0]! += fit.mean; group[1]! += fit.fixed; group[2]! += fit.slope * 1000; }
    console.log(`  ${st.name.padEnd(12)} ${fit.mean.toFixed(1).padStart(7)} ${fit.fixed.toFixed(1).padStart(10)} ${(fit.slope * 1000).toFixed(1).padStart(12)}`);
  });
  const row = (name: string, g: number[]) => console.log(`${name.padEnd(15)}${g[0]!.toFixed(1).padStart(7)} ${g[1]!.toFixed(1).padStart(10)} ${g[2]!.toFixed(1).padStart(12)}`);
  row('text core', sum.core);
  row('issue 4 layers', sum.layers);
  console.log(`the layers' fixed part alone is ${((100 * sum.layers[1]!) / sum.core[0]!).toFixed(1)}% of the text core's mean time (issue 4 bar for the whole layers: ≤ 30%)`);
}

function leastSquares(x: readonly number[], y: readonly number[]): { mean: number; fixed: number; slope: number } {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n, my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0;
  for (let k = 0; k < n; k++) { sxy += (x[k]! - mx) * (y[k]! - my); sxx += (x[k]! - mx) ** 2; }
  const slope = sxx > 0 ? sxy / sxx : 0;
  return { mean: my, fixed: my - slope * mx, slope };
}
