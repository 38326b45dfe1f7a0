/**
 * `npm run bench -- time [--max-articles=N]`: time per article of the dct
 * and timexes layers next to the text core (fold + tokenize + split
 * sentences) on CLICK-ID raw news, one core, dct inferred from the text (the
 * path that scans). Issue 4 asks that the time, amount and quote layers
 * together add no more than 30% to the text core.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { sharedPath } from '../eval/shared-data.js';
import { foldText } from '../src/stages/normalize/normalize.js';
import { tokenize } from '../src/stages/tokens/tokenize.js';
import { splitSentences } from '../src/stages/sentences/split-sentences.js';
import { inferDct } from '../src/stages/dct/dct.js';
import { parseYmd } from '../src/stages/timexes/calendar.js';
import { scanTimexes } from '../src/stages/timexes/grammar.js';
import { resolveScan } from '../src/stages/timexes/resolve.js';

const DEFAULT_ARTICLES = 2000;

export function main(flags: string[]): void {
  const path = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  if (!path) return;
  const max = Number(flags.find((f) => f.startsWith('--max-articles='))?.split('=')[1] ?? DEFAULT_ARTICLES);
  const texts = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l.trim())
    .slice(0, max).map((l) => String((JSON.parse(l) as { content?: string }).content ?? '')).filter((t) => t.length > 0);
  const time = (t: string, f: string) => {
    const dct = inferDct(f);
    return resolveScan(t, scanTimexes(f), dct.value ? parseYmd(dct.value) : null).length;
  };
  // Warm up the loaders and the JIT before timing.
  for (const t of texts.slice(0, 50)) { const f = foldText(t); splitSentences(f, tokenize(f)); time(t, f); }
  const folded: string[] = [];
  let t0 = performance.now();
  for (const t of texts) {
    const f = foldText(t);
    folded.push(f);
    splitSentences(f, tokenize(f));
  }
  const core = performance.now() - t0;
  t0 = performance.now();
  let n = 0;
  for (let i = 0; i < texts.length; i++) n += time(texts[i]!, folded[i]!);
  const timex = performance.now() - t0;
  const per = (ms: number) => `${((ms / texts.length) * 1000).toFixed(0)} µs/article`;
  console.log(`${texts.length} CLICK-ID articles (${n} timexes)`);
  console.log(`text core (fold+tokenize+sentences): ${per(core)}`);
  console.log(`dct + timexes: ${per(timex)} (+${((timex / core) * 100).toFixed(1)}% of the text core)`);
}
