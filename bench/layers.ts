/**
 * `npm run bench -- layers [--max-articles=N] [--rounds=R]`: what issue 4's
 * layers (dct, timexes, amounts, quotes) add to the text core, per article,
 * in CPU time on one core, over CLICK-ID raw news.
 *
 * The text core is what issue 2 names: normalize, structure, language,
 * tokens, sentences and stems. Every stage is timed inside one full default
 * pipeline run (so the quote stage gets the persons layer it gets in
 * production); each stage's figure is its best round, because the machine is
 * shared and the least disturbed round is the truest.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { sharedPath } from '../eval/shared-data.js';
import { DEFAULT_STAGES } from '../src/analyze.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
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
  const acc = new Float64Array(DEFAULT_STAGES.length);
  const best = new Float64Array(DEFAULT_STAGES.length).fill(Infinity);
  const pipe = buildPipeline(DEFAULT_STAGES.map((st, i) => timedStage(st, acc, i)));
  let tokens = 0;
  for (const input of inputs) tokens += pipe.run(input).layers.tokens?.count ?? 0; // warm-up round, not counted
  for (let r = 0; r < rounds; r++) {
    acc.fill(0);
    for (const input of inputs) pipe.run(input);
    for (let i = 0; i < acc.length; i++) best[i] = Math.min(best[i]!, acc[i]!);
  }
  const us = (i: number) => best[i]! / inputs.length;
  console.log(`${inputs.length} CLICK-ID articles, ${(tokens / inputs.length).toFixed(0)} tokens/article; best of ${rounds} rounds; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
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
