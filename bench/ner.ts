/**
 * `npm run bench -- ner [--articles=N]`: NER speed. Model load time (read,
 * gunzip, decode, gazetteer and cluster tables), then tagging tokens/second
 * over the sentences of news articles (news-clickid-raw), features and
 * Viterbi included, tokenisation excluded. Times are process CPU time, which
 * is steadier than wall time on a shared machine; wall time is printed too.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { sharedPath } from '../eval/shared-data.js';
import { defaultNerModelPath, loadNerModel } from '../src/learn/ner-model.js';
import { NerTagger } from '../src/learn/ner-tagger.js';
import { foldText } from '../src/stages/normalize/normalize.js';
import { splitSentences } from '../src/stages/sentences/split-sentences.js';
import { tokenize } from '../src/stages/tokens/tokenize.js';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export async function main(flags: string[]): Promise<void> {
  const limit = Number(flags.find((f) => f.startsWith('--articles='))?.slice(11) ?? 3000);
  let c0 = cpuMs();
  let w0 = performance.now();
  const model = loadNerModel(defaultNerModelPath());
  console.log(`model load: ${(cpuMs() - c0).toFixed(0)} ms CPU, ${(performance.now() - w0).toFixed(0)} ms wall; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  const click = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  if (!click) return;
  const sentences: string[][] = [];
  let tokens = 0;
  for (const line of gunzipSync(readFileSync(click)).toString('utf8').split('\n').slice(0, limit)) {
    if (!line) continue;
    const text = foldText(((JSON.parse(line) as { content?: string }).content ?? '').replace(/\.,/g, '. '));
    const layer = tokenize(text);
    for (const s of splitSentences(text, layer)) {
      const words: string[] = [];
      for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(text.slice(layer.start[i]!, layer.end[i]!));
      sentences.push(words);
      tokens += words.length;
    }
  }
  const tagger = new NerTagger(model);
  for (const s of sentences.slice(0, 2000)) tagger.tag(s); // warm up the JIT and the word cache
  c0 = cpuMs();
  w0 = performance.now();
  let entities = 0;
  for (const s of sentences) entities += tagger.tag(s).length;
  const cpu = (cpuMs() - c0) / 1000;
  const wall = (performance.now() - w0) / 1000;
  console.log(`tagged ${tokens} tokens in ${sentences.length} sentences (${limit} articles), ${entities} entities`);
  console.log(`tagging: ${Math.round(tokens / cpu)} tokens/s (CPU time), ${Math.round(tokens / wall)} tokens/s (wall)`);
  console.log(`rss after tagging: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
