/**
 * `npm run bench -- structure-language`: articles/second and MB/second of the
 * structure and language stages (after normalize) over the news articles in
 * ../shared, one core. A warm-up pass loads the data files first.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { foldText } from '../src/stages/normalize/normalize.js';
import { findDateline, splitParagraphs } from '../src/stages/structure/structure.js';
import { identifyLanguage } from '../src/stages/language/language.js';
import { printTable } from '../eval/gold.js';
import { sharedPath } from '../eval/shared-data.js';

function texts(): string[] {
  const out: string[] = [];
  const click = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  if (click) for (const l of gunzipSync(readFileSync(click)).toString('utf8').split('\n')) if (l.trim()) out.push(String(JSON.parse(l).content ?? ''));
  const indosum = sharedPath('data/news-indosum-dev/articles.jsonl.gz');
  if (indosum) {
    for (const l of gunzipSync(readFileSync(indosum)).toString('utf8').split('\n')) {
      if (l.trim()) out.push((JSON.parse(l).paragraphs as string[][][]).map((p) => p.map((s) => s.join(' ')).join(' ')).join('\n'));
    }
  }
  const detik = sharedPath('data/news-detik-summarization-1k/articles.jsonl');
  if (detik) for (const l of readFileSync(detik, 'utf8').split('\n')) if (l.trim()) out.push(String(JSON.parse(l).isi_berita ?? ''));
  return out;
}

export function main(): void {
  const all = texts();
  if (!all.length) return;
  const folded = all.map(foldText);
  const mb = all.reduce((a, t) => a + t.length, 0) / 1e6;
  for (const f of folded.slice(0, 200)) identifyLanguage(f) && splitParagraphs(f, findDateline(f)?.start ?? null);
  const rows: Array<Array<string | number>> = [];
  const time = (name: string, fn: (f: string) => unknown) => {
    const t0 = performance.now();
    for (const f of folded) fn(f);
    const s = (performance.now() - t0) / 1000;
    rows.push([name, all.length, Math.round(all.length / s), (mb / s).toFixed(1)]);
  };
  time('dateline', (f) => findDateline(f));
  time('dateline + paragraphs', (f) => splitParagraphs(f, findDateline(f)?.start ?? null));
  time('language', (f) => identifyLanguage(f));
  console.log(`\n${all.length} articles, ${mb.toFixed(1)}M characters, one core`);
  printTable(['stage', 'articles', 'articles/s', 'Mchars/s'], rows);
}
