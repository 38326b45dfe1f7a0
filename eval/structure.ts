/**
 * `npm run eval -- structure`: datelines and paragraph kinds.
 *
 * - Datelines on gold/datelines-dev.jsonl (IndoSum openings with gold outlet,
 *   city and text, or null) and gold/dev.jsonl (datelines stripped by the
 *   source: every dateline found there is invented).
 * - Datelines on the ground-truth body of news-html/truth.jsonl (first body
 *   paragraph as displayed; no gold outlet/city there, so this counts found vs
 *   not found and prints what was found).
 * - Paragraph kinds on news-html/truth.jsonl: the ground-truth body, caption,
 *   related and credit strings of each page are classified one by one (the
 *   page text itself would need an HTML extractor; the strings are the real
 *   page lines).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '../src/stages/normalize/normalize.js';
import { classifyParagraph, findDateline } from '../src/stages/structure/structure.js';
import { printTable, readGold } from './gold.js';
import { sharedPath } from './shared-data.js';

interface DatelineGold { id: string; first: string; dateline: { outlet: string | null; city: string | null; text: string } | null }

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function scoreDatelines(rows: Array<{ id: string; text: string; gold: DatelineGold['dateline'] }>, label: string, verbose: boolean): Array<Array<string | number>> {
  let withGold = 0, right = 0, textRight = 0, missed = 0, invented = 0, without = 0;
  for (const r of rows) {
    const got = findDateline(foldText(r.text), r.text);
    if (r.gold) {
      withGold++;
      if (!got) { missed++; if (verbose) console.log(`  missed   ${r.id}: ${JSON.stringify(r.gold.text)}`); continue; }
      const ok = norm(got.outlet) === norm(r.gold.outlet) && norm(got.city) === norm(r.gold.city);
      if (ok) right++;
      else if (verbose) console.log(`  wrong    ${r.id}: got ${JSON.stringify([got.outlet, got.city])} want ${JSON.stringify([r.gold.outlet, r.gold.city])}`);
      if (r.gold.text !== undefined && norm(got.text) === norm(r.gold.text)) textRight++;
    } else {
      without++;
      if (got) { invented++; if (verbose) console.log(`  invented ${r.id}: ${JSON.stringify(got.text)}`); }
    }
  }
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
  return [[label, withGold, pct(right, withGold), pct(textRight, withGold), missed, without, invented]];
}

export function main(flags: string[]): void {
  const verbose = flags.includes('--verbose') || flags.includes('-v');
  const rows: Array<Array<string | number>> = [];
  const dl = sharedPath('gold/datelines-dev.jsonl');
  if (dl) {
    const gold = readFileSync(dl, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DatelineGold);
    rows.push(...scoreDatelines(gold.map((g) => ({ id: g.id, text: g.first, gold: g.dateline })), 'datelines-dev.jsonl', verbose));
  }
  const dev = sharedPath('gold/dev.jsonl');
  if (dev) {
    const gold = readGold(dev);
    rows.push(...scoreDatelines(gold.map((g) => ({ id: g.id, text: g.text, gold: g.dateline ? { ...g.dateline, text: undefined as unknown as string } : null })), 'dev.jsonl', verbose));
  }
  if (rows.length) {
    console.log('\nDatelines (outlet+city accuracy on articles with a gold dateline; invented = found where gold has none)');
    printTable(['file', 'with', 'outlet+city', 'exact text', 'missed', 'without', 'invented'], rows);
  }

  const truthPath = sharedPath('data/news-html/truth.jsonl');
  if (!truthPath) return;
  interface Truth { file: string; language?: string; body: string[]; captions?: string[]; related?: string[]; credits?: string[] }
  const pages = readFileSync(truthPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Truth);
  const kinds = ['body', 'caption', 'related', 'credit'] as const;
  const count = Object.fromEntries(kinds.map((k) => [k, { n: 0, right: 0, asBoiler: 0 }])) as Record<string, { n: number; right: number; asBoiler: number }>;
  const confusion = new Map<string, number>();
  let found = 0, firsts = 0;
  const foundLines: string[] = [];
  for (const page of pages) {
    const items: Array<[string, string]> = [
      ...page.body.map((t) => ['body', t] as [string, string]),
      ...(page.captions ?? []).map((t) => ['caption', t] as [string, string]),
      ...(page.related ?? []).map((t) => ['related', t] as [string, string]),
      ...(page.credits ?? []).map((t) => ['credit', t] as [string, string]),
    ];
    if (page.body[0]) {
      firsts++;
      const d = findDateline(foldText(page.body[0]), page.body[0]);
      if (d) { found++; foundLines.push(`${join(page.file).replace('articles/', '')}: ${JSON.stringify(d.text)} -> outlet ${JSON.stringify(d.outlet)}, city ${JSON.stringify(d.city)}`); }
    }
    for (const [gold, text] of items) {
      // A credit string is the last line of its page in reading order.
      const got = classifyParagraph(foldText(text.trim()), gold === 'credit');
      const c = count[gold]!;
      c.n++;
      if (got.kind === gold) c.right++;
      // Editor/Penulis lines are credits in the truth and boilerplate here: both leave the body.
      else if (gold === 'credit' && got.kind === 'boilerplate') c.asBoiler++;
      else {
        const key = `${gold} -> ${got.kind}`;
        confusion.set(key, (confusion.get(key) ?? 0) + 1);
        if (verbose) console.log(`  ${key} (${got.rule}): ${JSON.stringify(text.slice(0, 100))}`);
      }
    }
  }
  console.log(`\nParagraph kinds on news-html/truth.jsonl (${pages.length} pages; each ground-truth string classified alone)`);
  printTable(['gold kind', 'n', 'right', 'accuracy', 'credit->boilerplate'], kinds.map((k) => [k, count[k]!.n, count[k]!.right, count[k]!.n ? `${((100 * count[k]!.right) / count[k]!.n).toFixed(1)}%` : '-', count[k]!.asBoiler]));
  const total = kinds.reduce((a, k) => a + count[k]!.n, 0);
  const right = kinds.reduce((a, k) => a + count[k]!.right, 0);
  const nonBodyRight = kinds.filter((k) => k !== 'body').reduce((a, k) => a + count[k]!.right + count[k]!.asBoiler, 0);
  const nonBody = kinds.filter((k) => k !== 'body').reduce((a, k) => a + count[k]!.n, 0);
  console.log(`overall kind accuracy ${(right / total).toFixed(3)} (${right}/${total}); non-body kept out of body ${(nonBodyRight / nonBody).toFixed(3)} (${nonBodyRight}/${nonBody})`);
  if (confusion.size) console.log(`errors: ${[...confusion].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`\nDatelines found in the first body paragraph of ${firsts} news-html pages: ${found}`);
  if (verbose) for (const l of foundLines) console.log(`  ${l}`);
}
