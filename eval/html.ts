/**
 * `npm run eval -- html`: HTML page → article on the saved pages of
 * ../shared/data/news-html, against truth.jsonl (27 pages). Prints per outlet
 * and overall: body token P/R/F1 (bag of word tokens, as trafilatura's
 * evaluation does) for warta (page extraction, then the structure stage's
 * paragraph kinds) and for @mozilla/readability alone, caption and
 * related-link separation, title / published / authors accuracy, and whether
 * the non-article pages are recognised as such.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../src/ingest/html/decode-html.js';
import { htmlToArticle } from '../src/ingest/html/html-to-article.js';
import { parseFeed } from '../src/ingest/feeds/parse-feed.js';
import type { Block } from '../src/ingest/html/blocks.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { normalizeStage } from '../src/stages/normalize/normalize.js';
import { structureStage } from '../src/stages/structure/structure.js';

/** Only the stages the structure needs: body/caption/related/credit kinds per line. */
const structure = buildPipeline([normalizeStage, structureStage]);

/**
 * Each block's final kind: the structure stage's kind for its line (what
 * `warta analyze page.html` outputs), or with `useHints` the markup's hint
 * first (caption/related/credit boxes recognised from the page's classes).
 */
function finalKinds(blocks: Block[], text: string, useHints: boolean): string[] {
  if (!blocks.length) return [];
  const doc = structure.run({ text });
  const paras = doc.layers.paragraphs ?? [];
  const kinds: string[] = [];
  let offset = 0;
  let j = 0;
  for (const b of blocks) {
    while (j < paras.length && paras[j]!.end <= offset) j++;
    const p = paras[j];
    const structural = p && p.start <= offset + b.text.length && p.end > offset ? p.kind : 'body';
    kinds.push(!useHints || b.kind === 'body' || b.kind === 'heading' ? structural : b.kind);
    offset += b.text.length + 1;
  }
  return kinds;
}
import { sharedPath } from './shared-data.js';

interface Truth {
  file: string;
  outlet: string;
  title: string;
  published: string | null;
  authors: string[];
  body: string[];
  captions: string[];
  related: string[];
  page_type: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

function bag(texts: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const w of t.toLowerCase().match(WORD) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
function size(b: Map<string, number>): number {
  let n = 0;
  for (const v of b.values()) n += v;
  return n;
}
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [w, c] of a) n += Math.min(c, b.get(w) ?? 0);
  return n;
}

/** Counts for micro-averaged precision/recall. */
class PR {
  hit = 0;
  got = 0;
  want = 0;
  add(got: Map<string, number>, want: Map<string, number>) {
    this.hit += overlap(got, want);
    this.got += size(got);
    this.want += size(want);
  }
  get p() { return this.got ? this.hit / this.got : 1; }
  get r() { return this.want ? this.hit / this.want : 1; }
  get f() { return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0; }
}

/** To the minute, with the offset: `2015-11-05T10:08+07:00`. */
function minuteKey(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}${m[2] ? `T${m[2]}` : ''}${m[3] === 'Z' ? '+00:00' : m[3] ?? ''}`;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const fmt = (x: number) => x.toFixed(3);

interface Row {
  body: PR;
  readability: PR;
  captionKept: PR;
  relatedKept: PR;
  pages: number;
  title: number;
  published: number;
  authors: number;
}
const newRow = (): Row => ({ body: new PR(), readability: new PR(), captionKept: new PR(), relatedKept: new PR(), pages: 0, title: 0, published: 0, authors: 0 });

export async function main(flags: string[]): Promise<void> {
  const dir = sharedPath('data/news-html');
  if (!dir) return;
  const verbose = flags.includes('--verbose') || flags.includes('-v');
  const truths = readFileSync(join(dir, 'truth.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Truth);
  const rows = new Map<string, Row>();
  const all = newRow();
  const misses: string[] = [];
  const withHints = new PR();
  let ms = 0;
  for (const t of truths) {
    const html = decodeHtml(readFileSync(join(dir, t.file)));
    const t0 = performance.now();
    const r = htmlToArticle(html);
    ms += performance.now() - t0;
    const blocks: Block[] = r.ok ? r.article.blocks : [];
    const meta = r.ok ? r.article.meta : r.meta;
    const outlet = t.outlet.replace(/ \(.*\)$/, '');
    const row = rows.get(outlet) ?? newRow();
    rows.set(outlet, row);
    const kinds = r.ok ? finalKinds(blocks, r.article.input.text, false) : [];
    const hinted = r.ok ? finalKinds(blocks, r.article.input.text, true) : [];
    const body = bag(blocks.filter((_, i) => kinds[i] === 'body').map((b) => b.text));
    withHints.add(bag(blocks.filter((_, i) => hinted[i] === 'body').map((b) => b.text)), bag(t.body));
    const want = bag(t.body);
    const { document } = parseHTML(html);
    const rd = new Readability(document as never).parse();
    const rdBag = bag([rd?.textContent ?? '']);
    const capLabelled = bag(blocks.filter((_, i) => kinds[i] === 'caption').map((b) => b.text));
    const relLabelled = bag(blocks.filter((_, i) => kinds[i] === 'related').map((b) => b.text));
    const title = squash(meta?.title ?? '') === squash(t.title);
    const published = minuteKey(meta?.published ?? null) === minuteKey(t.published);
    const authors = JSON.stringify((meta?.authors ?? []).map((a) => a.toLowerCase()).sort()) === JSON.stringify(t.authors.map((a) => a.toLowerCase()).sort());
    for (const x of [row, all]) {
      x.body.add(body, want);
      x.readability.add(rdBag, want);
      x.captionKept.add(capLabelled, bag(t.captions));
      x.relatedKept.add(relLabelled, bag(t.related));
      x.pages++;
      x.title += +title;
      x.published += +published;
      x.authors += +authors;
    }
    if (verbose) {
      const pr = new PR();
      pr.add(body, want);
      const one = new PR();
      one.add(rdBag, want);
      console.log(`${t.file.slice(9, 60).padEnd(52)} body F1 ${fmt(pr.f)} (P ${fmt(pr.p)} R ${fmt(pr.r)}) readability ${fmt(one.f)}${r.ok ? '' : ` [${r.problem.message}]`}`);
    }
    if (!title) misses.push(`title      ${t.file}: got ${JSON.stringify(meta?.title)} want ${JSON.stringify(t.title)}`);
    if (!published) misses.push(`published  ${t.file}: got ${meta?.published} want ${t.published}`);
    if (!authors) misses.push(`authors    ${t.file}: got ${JSON.stringify(meta?.authors)} want ${JSON.stringify(t.authors)}`);
  }
  const line = (name: string, x: Row) =>
    `${name.padEnd(18)} ${String(x.pages).padStart(5)}  ${fmt(x.body.p)} ${fmt(x.body.r)} ${fmt(x.body.f)}   ${fmt(x.readability.p)} ${fmt(x.readability.r)} ${fmt(x.readability.f)}   ${fmt(x.captionKept.p)} ${fmt(x.captionKept.r)}  ${fmt(x.relatedKept.p)} ${fmt(x.relatedKept.r)}   ${fmt(x.title / x.pages)} ${fmt(x.published / x.pages)} ${fmt(x.authors / x.pages)}`;
  console.log(`HTML → article on ${truths.length} pages with truth (${dir})`);
  console.log('outlet             pages  warta body P/R/F1     readability P/R/F1    caption P/R  related P/R   title publ  authors');
  for (const [name, x] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) console.log(line(name, x));
  console.log(line('ALL', all));
  console.log(`(warta = page extraction, then the structure stage's paragraph kinds, as \`warta analyze page.html\` outputs; caption/related: P/R of their words labelled as such; ${(ms / truths.length).toFixed(1)} ms/page for extraction)`);
  console.log(`body if the markup's caption/related/credit hints were passed to the structure stage (they are not yet): P ${fmt(withHints.p)} R ${fmt(withHints.r)} F1 ${fmt(withHints.f)}`);

  // Non-article pages should be refused.
  const pagesDir = join(dir, 'pages');
  let refused = 0;
  const pageFiles = readdirSync(pagesDir).filter((f) => f.endsWith('.html'));
  const accepted: string[] = [];
  for (const f of pageFiles) {
    const r = htmlToArticle(decodeHtml(readFileSync(join(pagesDir, f))));
    if (!r.ok) refused++;
    else accepted.push(f);
  }
  console.log(`non-article pages recognised: ${refused}/${pageFiles.length}${accepted.length ? ` (taken for articles: ${accepted.join(', ')})` : ''}`);

  // Feeds: every item with its article link (the real one behind FeedSportal redirects), title and date.
  const feeds = readFileSync(join(dir, 'feeds.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; items: Array<{ link: string; guid: string | null; title: string; published: string | null }> });
  let parsedFeeds = 0;
  let items = 0;
  let good = 0;
  for (const f of feeds) {
    const r = parseFeed(readFileSync(join(dir, f.file)));
    items += f.items.length;
    if (!r.ok) {
      misses.push(`feed       ${f.file}: ${r.problem.message}`);
      continue;
    }
    parsedFeeds++;
    f.items.forEach((it, i) => {
      const e = r.feed.entries[i];
      const url = /feedsportal\.com/.test(it.link) && it.guid ? it.guid : it.link;
      if (e && e.url === url && e.title === it.title && e.published === it.published) good++;
      else misses.push(`feed item  ${f.file} #${i + 1}: got ${JSON.stringify(e)}`);
    });
  }
  console.log(`feeds parsed: ${parsedFeeds}/${feeds.length}; items with the article link, title and date as in feeds.jsonl: ${good}/${items}`);
  if (verbose || flags.includes('--misses')) for (const m of misses) console.log(m);
}
