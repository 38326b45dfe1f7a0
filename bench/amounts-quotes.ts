/**
 * `npm run bench -- amounts-quotes [--max-articles=N]`: time per article of
 * the amounts and quotes layers next to the text core (fold + tokenize +
 * split sentences) on CLICK-ID raw news, one core, in CPU time. The tokens
 * and sentences layers are part of the text core, so the layers get them ready-made. Issue 4 asks that the
 * time, amount and quote layers together add no more than 30% to the text core.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { sharedPath } from '../eval/shared-data.js';
import { foldText } from '../src/stages/normalize/normalize.js';
import { tokenize } from '../src/stages/tokens/tokenize.js';
import { splitSentences } from '../src/stages/sentences/split-sentences.js';
import { extractAmounts } from '../src/stages/amounts/extract-amounts.js';
import { extractQuotes } from '../src/stages/quotes/extract-quotes.js';

const DEFAULT_ARTICLES = 2000;
const ROUNDS = 5;

export function main(flags: string[]): void {
  const path = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  if (!path) return;
  const max = Number(flags.find((f) => f.startsWith('--max-articles='))?.split('=')[1] ?? DEFAULT_ARTICLES);
  const texts = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l.trim())
    .slice(0, max).map((l) => String((JSON.parse(l) as { content?: string }).content ?? '')).filter((t) => t.length > 0);
  // Warm up the loaders and the JIT before timing.
  for (const t of texts.slice(0, 50)) { const f = foldText(t); extractAmounts(t, f); extractQuotes(t, f, { sentences: splitSentences(f, tokenize(f)) }); }
  const folded = texts.map(foldText);
  const tokens = folded.map((f) => tokenize(f));
  const sentences = folded.map((f, i) => splitSentences(f, tokens[i]!));
  // Best of a few rounds of CPU time (user + system, in ms): the machine is shared, the minimum is the least disturbed figure.
  const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const best = (fn: () => void): number => {
    let min = Infinity;
    fn();
    for (let r = 0; r < ROUNDS; r++) { const t0 = cpuMs(); fn(); min = Math.min(min, cpuMs() - t0); }
    return min;
  };
  // The first round over all texts only warms the JIT (the layers' code paths take a while to settle).
  const core = best(() => { for (const t of texts) { const f = foldText(t); splitSentences(f, tokenize(f)); } });
  let nAmounts = 0, nQuotes = 0;
  const amounts = best(() => { nAmounts = 0; for (let i = 0; i < texts.length; i++) nAmounts += extractAmounts(texts[i]!, folded[i]!, { tokens: tokens[i] }).amounts.length; });
  const quotes = best(() => { nQuotes = 0; for (let i = 0; i < texts.length; i++) nQuotes += extractQuotes(texts[i]!, folded[i]!, { sentences: sentences[i] }).quotes.length; });
  const per = (ms: number) => `${((ms / texts.length) * 1000).toFixed(0)} µs/article`;
  console.log(`${texts.length} CLICK-ID articles (${nAmounts} amounts, ${nQuotes} quotes)`);
  console.log(`text core (fold+tokenize+sentences): ${per(core)}`);
  console.log(`amounts: ${per(amounts)} (+${((amounts / core) * 100).toFixed(1)}% of the text core)`);
  console.log(`quotes:  ${per(quotes)} (+${((quotes / core) * 100).toFixed(1)}% of the text core)`);
}
