/**
 * `npm run bench -- stems [--articles=N]`: stemming speed over the word
 * tokens of the news corpora in ../shared/data (news-clickid-raw,
 * news-indosum-dev): stems/second for the memoising stemmer alone (first
 * pass with a cold cache, then warm), and tokens/second for tokenizer +
 * sentences + stems together, the text core's hot path.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { sharedPath } from '../eval/shared-data.js';
import { tokenize } from '../src/stages/tokens/tokenize.js';
import { splitSentences } from '../src/stages/sentences/split-sentences.js';
import { createStemmer } from '../src/stages/stems/stem.js';
import { stemTokens } from '../src/stages/stems/stems-stage.js';
import { TokenKindCode } from '../src/text/layers.js';

function loadTexts(limit: number): string[] {
  const texts: string[] = [];
  const click = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  const indosum = sharedPath('data/news-indosum-dev/articles.jsonl.gz');
  if (!click || !indosum) return texts;
  for (const line of gunzipSync(readFileSync(click)).toString('utf8').split('\n')) {
    if (line) texts.push((JSON.parse(line) as { content?: string }).content ?? '');
  }
  for (const line of gunzipSync(readFileSync(indosum)).toString('utf8').split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line) as { paragraphs: string[][][] };
    texts.push(a.paragraphs.map((p) => p.map((s) => s.join(' ')).join(' ')).join('\n\n'));
  }
  return texts.slice(0, limit);
}

export async function main(flags: string[]): Promise<void> {
  const n = Number(flags.find((f) => f.startsWith('--articles='))?.slice(11) ?? Infinity);
  const texts = loadTexts(n);
  if (!texts.length) return;
  const words: string[] = [];
  let tokenTotal = 0;
  for (const t of texts) {
    const layer = tokenize(t);
    tokenTotal += layer.count;
    for (let i = 0; i < layer.count; i++) if (layer.kind[i] === TokenKindCode.word) words.push(t.slice(layer.start[i]!, layer.end[i]!));
  }
  const distinct = new Set(words).size;
  console.log(`${texts.length} articles, ${tokenTotal} tokens, ${words.length} word tokens, ${distinct} distinct`);

  const stem = createStemmer();
  let t0 = performance.now();
  for (const w of words) stem(w);
  const cold = performance.now() - t0;
  t0 = performance.now();
  for (const w of words) stem(w);
  const warm = performance.now() - t0;
  const unique = createStemmer({ cacheSize: 2 });
  const sample = [...new Set(words)].slice(0, 20000);
  t0 = performance.now();
  for (const w of sample) unique(w);
  const uncached = performance.now() - t0;

  let tokens = 0;
  t0 = performance.now();
  for (const t of texts) {
    const layer = tokenize(t);
    splitSentences(t, layer);
    stemTokens(t, layer, stem);
    tokens += layer.count;
  }
  const core = performance.now() - t0;

  const rate = (k: number, ms: number) => Math.round((k / ms) * 1000).toLocaleString('en-US');
  console.log('| measure | items | per second |');
  console.log('| --- | ---: | ---: |');
  console.log(`| stems, first pass (cold cache, ${DEFAULT_NOTE}) | ${words.length} words | ${rate(words.length, cold)} |`);
  console.log(`| stems, second pass (warm cache) | ${words.length} words | ${rate(words.length, warm)} |`);
  console.log(`| stems, no cache (distinct words) | ${sample.length} words | ${rate(sample.length, uncached)} |`);
  console.log(`| tokenize + sentences + stems | ${tokens} tokens | ${rate(tokens, core)} |`);
  console.log(`| same, articles | ${texts.length} articles | ${rate(texts.length, core)} |`);
}

const DEFAULT_NOTE = 'cache 50k';
