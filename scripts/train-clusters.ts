/**
 * `npm run train -- clusters`: learns word clusters and capitalisation
 * statistics from the raw news pools in shared/data (news-clickid-raw,
 * news-indosum-dev, news-detik-summarization-1k) and writes
 * `models/id-word-clusters.json.gz`. No labels are used. `--quick` uses a
 * quarter of the articles and fewer words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { REPO_ROOT, sharedPath } from '../eval/shared-data.js';
import { CorpusCounter, clusterWords } from '../src/learn/cluster-words.js';
import { foldText } from '../src/stages/normalize/normalize.js';

/** Where the clusters are written (and read by `train-ner`). */
export const CLUSTERS_PATH = join(REPO_ROOT, 'models', 'id-word-clusters.json.gz');

const TOKEN = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const ENDS = new Set(['.', '!', '?']);

function addText(counter: CorpusCounter, text: string): void {
  const toks = foldText(text).match(TOKEN) ?? [];
  let sent: string[] = [];
  for (const t of toks) {
    sent.push(t);
    if (ENDS.has(t)) {
      counter.add(sent);
      sent = [];
    }
  }
  if (sent.length) counter.add(sent);
}

function jsonl(path: string): Array<Record<string, unknown>> {
  const raw = path.endsWith('.gz') ? gunzipSync(readFileSync(path)).toString('utf8') : readFileSync(path, 'utf8');
  return raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

export async function main(flags: string[]): Promise<void> {
  const quick = flags.includes('--quick');
  const click = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  const indosum = sharedPath('data/news-indosum-dev/articles.jsonl.gz');
  const detik = sharedPath('data/news-detik-summarization-1k/articles.jsonl');
  if (!click || !indosum || !detik) return;
  const t0 = Date.now();
  const counter = new CorpusCounter();
  const every = quick ? 4 : 1;
  jsonl(click).forEach((a, i) => {
    // The scraper joined paragraphs with commas (`...tahunnya.,Konsul`), see its README.
    if (i % every === 0) addText(counter, String(a.content ?? '').replace(/\.,/g, '. '));
  });
  jsonl(indosum).forEach((a, i) => {
    if (i % every !== 0) return;
    for (const para of a.paragraphs as string[][][]) for (const s of para) counter.add(s.map((t) => foldText(t)));
  });
  const seen = new Set<string>();
  jsonl(detik).forEach((a, i) => {
    const url = String(a.tautan);
    if (seen.has(url) || i % every !== 0) return;
    seen.add(url);
    addText(counter, String(a.isi_berita ?? '').replace(/SCROLL TO CONTINUE WITH CONTENT/g, ' '));
  });
  console.log(`read ${counter.sequence().length} tokens, ${counter.words.length} types in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const data = clusterWords(counter, {
    ...(quick ? { targets: 15000, k: [16, 64, 256], iterations: 6 } : {}),
    log: (m) => console.log(m),
  });
  const bytes = gzipSync(Buffer.from(JSON.stringify(data), 'utf8'), { level: 9 });
  writeFileSync(CLUSTERS_PATH, bytes);
  console.log(`wrote ${CLUSTERS_PATH}: ${data.words.length} clustered words, ${data.capWords.length} capitalisation entries, ${(bytes.length / 1e6).toFixed(2)} MB, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
