import { open, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { PreparedAnalysis } from '../store/prepare.js';
import type { CorpusStore, UpsertResult } from '../store/types.js';
import { mapConcurrent } from './concurrent.js';
import { Fetcher, type FetcherOptions } from './fetch/fetcher.js';
import { HttpCache } from './fetch/http-cache.js';
import { parseFeed, type FeedEntry } from './feeds/parse-feed.js';
import { decodeHtml } from './html/decode-html.js';
import { MAX_HTML_BYTES } from './html/html-to-article.js';
import { FileTracker, loadIngestState, saveIngestState, type FileState, type IngestStateData } from './ingest-state.js';
import { AnalyzePool, type PageTask, type PoolItem, type PoolResult } from './pool/pool.js';
import type { ProgressSnapshot } from './progress.js';
import { formatOf, readArticles } from './read-articles.js';
import type { FieldMap } from './validate-record.js';
import { DEFAULT_MAX_ARTICLE_CHARS } from './validate-record.js';

/** What the job needs of a store: batch upsert (idempotent, all-or-nothing per batch). */
export type IngestStore = Pick<CorpusStore, 'upsertMany'>;

/** Options of {@link runIngest}. */
export interface IngestOptions {
  /** Files, folders (walked), `.jsonl`/`.json`/`.txt`/`.html` files, local feed/sitemap `.xml` files, `-` for stdin, and http(s) URLs of pages, feeds or sitemaps. */
  readonly sources: readonly string[];
  readonly store: IngestStore;
  /** Analysis worker threads (default: available parallelism); ignored when `pool` is given. */
  readonly workers?: number;
  /** A pool to reuse (a server, several jobs); the job then leaves it open. */
  readonly pool?: AnalyzePool;
  /** Called with each change of progress (throttle in the renderer, not here). */
  readonly onProgress?: (p: ProgressSnapshot) => void;
  /** Abort to stop: no new items are read, in-flight ones are finished and stored, the report says `interrupted`. */
  readonly signal?: AbortSignal;
  /** Resume file (see `defaultStatePath`); null or absent: no resume, every item is analysed (the store still dedupes). */
  readonly statePath?: string | null;
  /** Re-fetch and re-analyse article URLs already stored by an earlier run (default false). */
  readonly refreshUrls?: boolean;
  /** A fetcher, or options for the job's own (default: polite defaults; its HTTP cache is persisted in the state file). */
  readonly fetcher?: Fetcher | FetcherOptions;
  /** Concurrent page fetches across hosts (per host it stays at the fetcher's limit; default 8). */
  readonly fetchConcurrency?: number;
  /**
   * Articles stored per transaction (default 64: fewer, larger transactions
   * cost the writing thread less). A write blocks this thread; the workers
   * meanwhile go on with the tasks queued on them (see `PoolOptions.queueDepth`).
   */
  readonly batchSize?: number;
  readonly maxChars?: number;
  /** Where warta's fields are in JSON records of another shape (`{ text: 'isi_berita' }`). */
  readonly fields?: FieldMap;
  /** Depth of sitemap-index nesting followed (default 3). */
  readonly maxSitemapDepth?: number;
}

/** One group of skipped items. */
export interface SkipGroup {
  count: number;
  /** A few examples: `source: message`. */
  examples: string[];
}

/** What a job did. */
export interface IngestReport {
  /** New articles stored. */
  ingested: number;
  /** Articles whose content changed (previous version kept in the store's history). */
  updated: number;
  /** Articles the store already had with the same content, plus items an earlier run finished (`resumed`). */
  unchanged: number;
  /** Of `unchanged`: items not read again because the state file says they were done. */
  resumed: number;
  /** Items not stored, grouped by reason. */
  skipped: number;
  reasons: Record<string, SkipGroup>;
  /** Stopped by the signal before the end. */
  interrupted: boolean;
  elapsedMs: number;
  /**
   * Where the time went: analysis summed over workers (extraction included),
   * store writes on this thread, and workers idle between two tasks for want
   * of work, summed over workers (high when this thread cannot keep up).
   */
  timings: { analysisMs: number; storeMs: number; waitMs: number };
}

/** Where an item came from. */
export type ItemSource = { kind: 'file'; file: string; line?: number } | { kind: 'url'; url: string; feed?: string };

const INPUT_EXTENSIONS = new Set(['.txt', '.text', '.json', '.jsonl', '.ndjson', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom']);
const FEED_TYPE = /xml|rss|atom/i;
const FEED_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<\?xml-stylesheet[^>]*>\s*)?<(rss|feed|urlset|sitemapindex|rdf:RDF)\b/;
const MAX_EXAMPLES = 5;
/** Local feed and sitemap files above this are read only this far (sitemaps are capped at 50 MB by the protocol). */
const MAX_FEED_BYTES = 50_000_000;
const SAVE_EVERY_MS = 1000;
const FLUSH_EVERY_MS = 1000;
const DEFAULT_BATCH = 64;

/** Human-readable source. */
export function describeSource(s: ItemSource): string {
  return s.kind === 'url' ? s.url : s.line !== undefined ? `${s.file}:${s.line}` : s.file;
}

/**
 * Ingest articles from files, folders, feeds, sitemaps and URLs into a
 * store: pages are fetched politely, everything is analysed on a worker
 * pool, results are written in batches by this thread. Re-running is
 * idempotent (the store dedupes; the state file skips finished work), an
 * abort stops cleanly after in-flight items, and the report groups what was
 * skipped by reason.
 *
 * @example
 * const ac = abortOnSigint();
 * const report = await runIngest({ sources: ['corpus/', 'https://www.antaranews.com/rss/terkini.xml'], store, signal: ac.signal, statePath: 'warta.db.ingest-state.json' });
 */
export async function runIngest(opts: IngestOptions): Promise<IngestReport> {
  const t0 = Date.now();
  const state = loadIngestState(opts.statePath);
  const maxChars = opts.maxChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  const signal = opts.signal;
  const report: IngestReport = { ingested: 0, updated: 0, unchanged: 0, resumed: 0, skipped: 0, reasons: {}, interrupted: false, elapsedMs: 0, timings: { analysisMs: 0, storeMs: 0, waitMs: 0 } };
  let done = 0;
  let total = 0;
  let lastSave = Date.now();
  const trackers = new Map<string, FileTracker>();
  const feedValidators: Array<[string, NonNullable<ReturnType<HttpCache['get']>>]> = [];

  const cache = HttpCache.from(state.http);
  const fetcher = opts.fetcher instanceof Fetcher ? opts.fetcher : new Fetcher({ ...(opts.fetcher ?? {}), cache });

  const progress = () => opts.onProgress?.({ done, total: total || null, ingested: report.ingested, updated: report.updated, unchanged: report.unchanged, skipped: report.skipped, elapsedMs: Date.now() - t0 });
  const skip = (source: ItemSource, reason: string, message: string) => {
    report.skipped++;
    done++;
    const g = (report.reasons[reason] ??= { count: 0, examples: [] });
    g.count++;
    if (g.examples.length < MAX_EXAMPLES) g.examples.push(`${describeSource(source)}: ${message}`);
  };
  const finish = (source: ItemSource, stored: boolean) => {
    if (source.kind === 'file') trackers.get(source.file)?.finish(source.line ?? 1);
    else if (stored) state.urls[source.url] = new Date().toISOString();
  };
  const save = (force = false) => {
    if (!opts.statePath || (!force && Date.now() - lastSave < SAVE_EVERY_MS)) return;
    state.http = fetcher.cache.toJSON();
    // Feeds' validators are kept only once their entries were all handled (an interrupted run must see them again).
    if (!force || report.interrupted) for (const [u] of feedValidators) delete state.http[u];
    saveIngestState(opts.statePath, state);
    lastSave = Date.now();
  };

  async function* fileItems(path: string): AsyncGenerator<PoolItem<ItemSource>> {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      skip({ kind: 'file', file: path }, 'unreadable-file', (err as Error).message);
      return;
    }
    const prev: FileState | undefined = state.files[path];
    const same = prev && prev.size === info.size && prev.mtimeMs === info.mtimeMs;
    if (same && prev.complete) {
      report.unchanged += prev.records;
      report.resumed += prev.records;
      done += prev.records;
      total += prev.records;
      progress();
      return;
    }
    const fs: FileState = same ? prev : { size: info.size, mtimeMs: info.mtimeMs, through: 0, complete: false, records: 0 };
    state.files[path] = fs;
    const tracker = new FileTracker(fs);
    trackers.set(path, tracker);
    const resumeThrough = same ? prev.through : 0;
    const ext = extname(path).toLowerCase();
    if (ext === '.xml' || ext === '.rss' || ext === '.atom') {
      tracker.close();
      const bytes = await readCapped(path, MAX_FEED_BYTES);
      yield* feedItems(bytes, null, { kind: 'file', file: path }, 0);
      return;
    }
    const format = formatOf(path);
    if (format === 'html') {
      total++;
      const source: ItemSource = { kind: 'file', file: path };
      if (resumeThrough >= 1) {
        tracker.issue(1);
        tracker.finish(1);
        tracker.close();
        report.unchanged++;
        report.resumed++;
        done++;
        return;
      }
      tracker.issue(1);
      tracker.close();
      if (info.size > MAX_HTML_BYTES) {
        skip(source, 'too-large', `the page is ${(info.size / 1e6).toFixed(1)} MB, over the ${MAX_HTML_BYTES / 1e6} MB limit`);
        tracker.finish(1);
        return;
      }
      yield { page: { html: decodeHtml(await readCapped(path, MAX_HTML_BYTES)) }, source };
      return;
    }
    if (format === 'jsonl') total += await estimateLines(path, info.size);
    else total++;
    for await (const item of readArticles(path, { maxChars, ...(opts.fields ? { fields: opts.fields } : {}) })) {
      if (signal?.aborted) break;
      const line = item.source.line ?? 1;
      const source: ItemSource = item.source.line !== undefined ? { kind: 'file', file: path, line } : { kind: 'file', file: path };
      tracker.issue(line);
      if (line <= resumeThrough) {
        tracker.finish(line);
        report.unchanged++;
        report.resumed++;
        done++;
        continue;
      }
      if (!item.ok) {
        skip(source, item.problem.reason, item.problem.message);
        tracker.finish(line);
        progress();
        continue;
      }
      yield { input: item.input, source };
    }
    if (!signal?.aborted) tracker.close();
  }

  async function* feedItems(body: Buffer, feedUrl: string | null, source: ItemSource, depth: number): AsyncGenerator<PoolItem<ItemSource>> {
    const parsed = parseFeed(body, feedUrl);
    if (!parsed.ok) {
      skip(source, parsed.problem.reason, parsed.problem.message);
      return;
    }
    const { feed } = parsed;
    if (feed.malformed) skip(source, 'malformed-feed', `${feed.malformed}; read leniently: ${feed.entries.length} entries`);
    for (const s of feed.skipped) skip(source, 'feed-item-without-link', `item ${s.index + 1}: ${s.reason}`);
    const maxDepth = opts.maxSitemapDepth ?? 3;
    for (const child of feed.sitemaps) {
      if (signal?.aborted) return;
      if (depth >= maxDepth) {
        skip({ kind: 'url', url: child }, 'sitemap-too-deep', `sitemap nesting deeper than ${maxDepth}`);
        continue;
      }
      yield* urlItems(child, depth + 1, null);
    }
    const todo: FeedEntry[] = [];
    for (const e of feed.entries) {
      if (!opts.refreshUrls && state.urls[e.url]) {
        report.unchanged++;
        report.resumed++;
        done++;
        total++;
      } else todo.push(e);
    }
    total += todo.length;
    progress();
    yield* fetchPages(todo.map((e) => ({ url: e.url, feed: feedUrl ?? describeSource(source), fallback: { title: e.title, published: e.published } })));
  }

  async function* fetchPages(pages: Array<{ url: string; feed?: string; fallback?: PageTask['fallback'] }>): AsyncGenerator<PoolItem<ItemSource>> {
    const fetched = mapConcurrent(
      pages,
      opts.fetchConcurrency ?? 8,
      async (p) => ({ p, r: await fetcher.fetch(p.url, signal) }),
      signal,
    );
    for await (const { p, r } of fetched) {
      const source: ItemSource = p.feed ? { kind: 'url', url: p.url, feed: p.feed } : { kind: 'url', url: p.url };
      if (!r.ok) {
        if (r.reason !== 'aborted') skip(source, `fetch-${r.reason}`, r.message);
        continue;
      }
      if (r.notModified) {
        report.unchanged++;
        done++;
        finish(source, true);
        continue;
      }
      if (!/html|xml|text\/plain/i.test(r.contentType ?? 'text/html')) {
        skip(source, 'not-html', `content type ${r.contentType}`);
        continue;
      }
      yield { page: { html: decodeHtml(r.body, r.contentType), url: r.url, ...(p.fallback ? { fallback: p.fallback } : {}) }, source };
    }
  }

  async function* urlItems(url: string, depth: number, fallback: PageTask['fallback'] | null): AsyncGenerator<PoolItem<ItemSource>> {
    const source: ItemSource = { kind: 'url', url };
    const r = await fetcher.fetch(url, signal);
    if (!r.ok) {
      if (r.reason !== 'aborted') skip(source, `fetch-${r.reason}`, r.message);
      return;
    }
    if (r.notModified) {
      // A feed or page unchanged since the last complete run: nothing new in it.
      report.unchanged++;
      done++;
      return;
    }
    const head = r.body.subarray(0, 2048).toString('latin1');
    if (FEED_TYPE.test(r.contentType ?? '') || FEED_START.test(head)) {
      const v = fetcher.cache.get(r.url);
      if (v) feedValidators.push([r.url, v]);
      yield* feedItems(r.body, r.url, source, depth);
      return;
    }
    total++;
    if (!opts.refreshUrls && state.urls[r.url] && r.url !== url) {
      report.unchanged++;
      done++;
      return;
    }
    yield { page: { html: decodeHtml(r.body, r.contentType), url: r.url, ...(fallback ? { fallback } : {}) }, source };
  }

  async function* allItems(): AsyncGenerator<PoolItem<ItemSource>> {
    for (const src of opts.sources) {
      if (signal?.aborted) return;
      if (/^https?:\/\//i.test(src)) {
        if (!opts.refreshUrls && state.urls[src]) {
          report.unchanged++;
          report.resumed++;
          done++;
          total++;
          continue;
        }
        yield* urlItems(src, 0, null);
        continue;
      }
      if (src === '-') {
        for await (const item of readArticles('-', { maxChars, ...(opts.fields ? { fields: opts.fields } : {}) })) {
          if (signal?.aborted) return;
          total++;
          const source: ItemSource = item.source.line !== undefined ? { kind: 'file', file: '-', line: item.source.line } : { kind: 'file', file: '-' };
          if (item.ok) yield { input: item.input, source };
          else skip(source, item.problem.reason, item.problem.message);
        }
        continue;
      }
      for await (const file of walk(resolve(src), (f, why) => skip({ kind: 'file', file: f }, why, why === 'unsupported-file' ? 'not a .txt/.json/.jsonl/.html/.xml file' : 'cannot be read'))) {
        if (signal?.aborted) return;
        yield* fileItems(file);
      }
    }
  }

  const pool = opts.pool ?? new AnalyzePool(opts.workers !== undefined ? { workers: opts.workers } : {});
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  let batch: Array<PoolResult<ItemSource, PreparedAnalysis> & { ok: true }> = [];
  let lastFlush = Date.now();
  const flush = async () => {
    if (!batch.length) return;
    const b = batch;
    batch = [];
    lastFlush = Date.now();
    let results: UpsertResult[] | null = null;
    const ts = performance.now();
    try {
      results = await opts.store.upsertMany(b.map((r) => r.json));
    } catch {
      results = null;
    }
    for (let i = 0; i < b.length; i++) {
      let res = results?.[i];
      if (!results) {
        // The batch failed as a whole: store one by one to find the culprit and keep the others.
        try {
          res = (await opts.store.upsertMany([b[i]!.json]))[0];
        } catch (err) {
          skip(b[i]!.source, 'store-error', (err as Error).message);
          finish(b[i]!.source, false);
          continue;
        }
      }
      if (res?.status === 'inserted') report.ingested++;
      else if (res?.status === 'updated') report.updated++;
      else report.unchanged++;
      done++;
      finish(b[i]!.source, true);
    }
    report.timings.storeMs += performance.now() - ts;
    progress();
    save();
    // Let the workers' answers in, so that their queues are topped up before the next write blocks this thread.
    await new Promise<void>((r) => setImmediate(r));
  };

  try {
    // Enough read ahead to fill every worker's queue and refill it after a write.
    const maxInFlight = pool.size * pool.depth + batchSize;
    // The workers prepare the rows too: this thread, which every write blocks, is left with SQL.
    for await (const r of pool.map(allItems(), { ordered: false, ...(signal ? { signal } : {}), maxInFlight, prepare: true })) {
      report.timings.analysisMs += r.ms;
      report.timings.waitMs += r.waitMs ?? 0;
      if (!r.ok) {
        skip(r.source, r.code ?? 'analysis-error', r.error);
        finish(r.source, false);
      } else batch.push(r);
      if (batch.length >= batchSize || Date.now() - lastFlush > FLUSH_EVERY_MS) await flush();
      else progress();
    }
    await flush();
  } finally {
    if (!opts.pool) await pool.close();
    report.interrupted = Boolean(signal?.aborted);
    report.elapsedMs = Date.now() - t0;
    save(true);
    progress();
  }
  return report;
}

/** Files under a path, depth first in name order; hidden entries skipped. */
async function* walk(path: string, onSkip: (file: string, why: string) => void): AsyncGenerator<string> {
  let info;
  try {
    info = await stat(path);
  } catch {
    onSkip(path, 'unreadable-file');
    return;
  }
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(path, e.name);
    if (e.isDirectory()) yield* walk(p, onSkip);
    else if (e.isFile()) {
      if (INPUT_EXTENSIONS.has(extname(e.name).toLowerCase())) yield p;
      else onSkip(p, 'unsupported-file');
    }
  }
}

async function readCapped(path: string, cap: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const size = Math.min((await fh.stat()).size, cap);
    const buf = Buffer.alloc(size);
    await fh.read(buf, 0, size, 0);
    return buf;
  } finally {
    await fh.close();
  }
}

/** Lines of a JSONL file, estimated from the first 256 KB (for the progress ETA only). */
async function estimateLines(path: string, size: number): Promise<number> {
  const head = await readCapped(path, 256 * 1024);
  let n = 0;
  for (let i = head.indexOf(10); i >= 0; i = head.indexOf(10, i + 1)) n++;
  if (head.length >= size) return Math.max(1, n + (head[head.length - 1] === 10 ? 0 : 1));
  return n ? Math.round((n * size) / head.length) : 1;
}

/**
 * An AbortSignal that the first Ctrl-C (SIGINT) aborts, so a job stops
 * after its in-flight items and reports; a second Ctrl-C exits at once.
 * Call `dispose()` when the job is over.
 */
export function abortOnSigint(onFirst?: () => void): { signal: AbortSignal; dispose: () => void } {
  const ac = new AbortController();
  const handler = () => {
    if (ac.signal.aborted) process.exit(130);
    onFirst?.();
    ac.abort(new Error('interrupted'));
  };
  process.on('SIGINT', handler);
  return { signal: ac.signal, dispose: () => process.off('SIGINT', handler) };
}

