/**
 * `npm run bench -- layers [--max-articles=N] [--rounds=R] [--batch=B]`: what issue 4's
 * layers (dct, timexes, amounts, quotes) add to the text core, per article,
 * in CPU time on one core, over CLICK-ID raw news.
 *
 * The text core is what issue 2 names: normalize, structure, language,
 * tokens, sentences and stems. Every stage is timed inside one full default
 * pipeline run (so the quote stage gets the persons layer it gets in
 * production); each stage's figure is its best round, because the machine is
 * shared and the least disturbed round is the truest.
 *
 * `--batch=B` runs the stages stage-major over batches of B articles instead
 * (every stage over the whole batch before the next stage), so each stage's
 * code and tables stay in cache from one article to the next: the warm cost,
 * against the cold cost of one article at a time after the entity tagger has
 * swept the caches. dct and timexes stay adjacent per article, as timexes
 * reuses dct's scan of the same text.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { sharedPath } from '../eval/shared-data.js';
import { DEFAULT_STAGES } from '../src/analyze.js';
import { appliesTo, buildPipeline } from '../src/pipeline/pipeline.js';
import type { AnyStage } from '../src/pipeline/stage.js';
import { nfcWithMap } from '../src/text/source-map.js';
import type { Layers } from '../src/text/layers.js';
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
  const batch = flag(flags, 'batch', 1);
  const acc = new Float64Array(DEFAULT_STAGES.length);
  const best = new Float64Array(DEFAULT_STAGES.length).fill(Infinity);
  const pipe = buildPipeline(DEFAULT_STAGES.map((st, i) => timedStage(st, acc, i)));
  const once = batch > 1 ? () => runStageMajor(inputs, batch, acc) : () => { for (const input of inputs) pipe.run(input); };
  let tokens = 0;
  for (const input of inputs) tokens += pipe.run(input).layers.tokens?.count ?? 0; // token count; also warms up
  for (let r = 0; r < rounds; r++) {
    acc.fill(0);
    once();
    for (let i = 0; i < acc.length; i++) best[i] = Math.min(best[i]!, acc[i]!);
  }
  const us = (i: number) => best[i]! / inputs.length;
  const mode = batch > 1 ? `stage-major batches of ${batch}` : 'one article at a time';
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

/**
 * One round stage-major: each batch goes through every stage in turn, adding
 * each stage's CPU time over the batch to `acc`. Stages are skipped as the
 * pipeline skips them (language, missing input).
 */
function runStageMajor(inputs: ReadonlyArray<{ text: string }>, batch: number, acc: Float64Array): void {
  const stages = DEFAULT_STAGES as readonly AnyStage[];
  const sink = { report: () => undefined };
  const iTimexes = stages.findIndex((s) => s.name === 'timexes');
  for (let b = 0; b < inputs.length; b += batch) {
    const views = inputs.slice(b, b + batch).map((inp) => ({ text: nfcWithMap(inp.text).text, meta: {}, layers: {} as Partial<Layers> }));
    for (let k = 0; k < stages.length; k++) {
      if (k === iTimexes) continue; // run right after dct, per article
      const pair = stages[k]!.name === 'dct' && iTimexes >= 0;
      let c0 = process.cpuUsage();
      let own = 0, next = 0;
      for (const v of views) {
        runOne(stages[k]!, v, sink);
        if (pair) {
          const c1 = process.cpuUsage(c0);
          own += c1.user + c1.system;
          c0 = process.cpuUsage();
          runOne(stages[iTimexes]!, v, sink);
          const c2 = process.cpuUsage(c0);
          next += c2.user + c2.system;
          c0 = process.cpuUsage();
        }
      }
      const c = process.cpuUsage(c0);
      own += c.user + c.system;
      acc[k] = acc[k]! + own;
      if (pair) acc[iTimexes] = acc[iTimexes]! + next;
    }
  }
}

function runOne(stage: AnyStage, view: { text: string; meta: object; layers: Partial<Layers> }, sink: { report: () => undefined }): void {
  if (!appliesTo(stage, view.layers) || stage.requires.some((r) => view.layers[r] === undefined)) return;
  Object.assign(view.layers, stage.run(view as never, sink as never));
}
