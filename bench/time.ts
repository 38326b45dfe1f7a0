/**
 * `npm run bench -- time [--max-articles=N] [--rounds=R]`: time per article of
 * the dct and timexes layers next to the text core on CLICK-ID raw news, one
 * core, dct inferred from the text (the path that scans). Issue 4 asks that
 * the time, amount and quote layers together add no more than 30% to the
 * text core.
 *
 * Times are CPU time of this process (`process.cpuUsage`), best of R rounds:
 * the machine is shared, and wall time there measures the neighbours. Two
 * cores are shown: the narrow one the amounts/quotes bench uses (fold +
 * tokenize + split sentences) and the text-core stages of the pipeline
 * (normalize, structure, language, tokens, sentences, stems).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { sharedPath } from '../eval/shared-data.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { foldText, normalizeStage } from '../src/stages/normalize/normalize.js';
import { structureStage } from '../src/stages/structure/structure.js';
import { languageStage } from '../src/stages/language/language.js';
import { tokenize, tokensStage } from '../src/stages/tokens/tokenize.js';
import { sentencesStage, splitSentences } from '../src/stages/sentences/split-sentences.js';
import { stemsStage } from '../src/stages/stems/stems-stage.js';
import { inferDct } from '../src/stages/dct/dct.js';
import { parseYmd } from '../src/stages/timexes/calendar.js';
import { scanTimexes } from '../src/stages/timexes/grammar.js';
import { resolveScan } from '../src/stages/timexes/resolve.js';

const DEFAULT_ARTICLES = 2000;
const DEFAULT_ROUNDS = 5;

/** Least CPU time (ms) of `rounds` runs of `fn`. */
function bestCpu(rounds: number, fn: () => void): number {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    min = Math.min(min, (c.user + c.system) / 1000);
  }
  return min;
}

export function main(flags: string[]): void {
  const path = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  if (!path) return;
  const flag = (name: string, dflt: number) => Number(flags.find((f) => f.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);
  const max = flag('max-articles', DEFAULT_ARTICLES);
  const rounds = flag('rounds', DEFAULT_ROUNDS);
  const texts = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l.trim())
    .slice(0, max).map((l) => String((JSON.parse(l) as { content?: string }).content ?? '')).filter((t) => t.length > 0);
  const textCore = buildPipeline([normalizeStage, structureStage, languageStage, tokensStage, sentencesStage, stemsStage]);
  const time = (t: string, f: string) => {
    const dct = inferDct(f);
    return resolveScan(t, scanTimexes(f), dct.value ? parseYmd(dct.value) : null).length;
  };
  // Warm up the loaders and the JIT before timing.
  for (const t of texts.slice(0, 200)) { const f = foldText(t); splitSentences(f, tokenize(f)); time(t, f); textCore.run({ text: t }); }
  const folded = texts.map(foldText);
  const narrow = bestCpu(rounds, () => { for (const t of texts) { const f = foldText(t); splitSentences(f, tokenize(f)); } });
  const wide = bestCpu(rounds, () => { for (const t of texts) textCore.run({ text: t }); });
  let n = 0;
  const timex = bestCpu(rounds, () => { n = 0; for (let i = 0; i < texts.length; i++) n += time(texts[i]!, folded[i]!); });
  const per = (ms: number) => `${((ms / texts.length) * 1000).toFixed(1)} µs/article`;
  const pct = (ms: number, core: number) => `+${((ms / core) * 100).toFixed(1)}%`;
  console.log(`${texts.length} CLICK-ID articles (${n} timexes), CPU time, best of ${rounds} rounds`);
  console.log(`text core, narrow (fold+tokenize+sentences): ${per(narrow)}`);
  console.log(`text core, stages (normalize..stems):        ${per(wide)}`);
  console.log(`dct + timexes: ${per(timex)} (${pct(timex, narrow)} of the narrow core, ${pct(timex, wide)} of the stages)`);
}
