/** Ingestion: files, pages, feeds, the polite fetcher, the analysis pool and the ingest job. */
export { readArticles, formatOf, type ReadItem, type ReadOptions, type InputFormat, type RecordSource } from './read-articles.js';
export { validateRecord, checkText, DEFAULT_MAX_ARTICLE_CHARS, type RecordProblem } from './validate-record.js';
export { htmlToArticle, MAX_HTML_BYTES, type HtmlArticle, type HtmlOptions, type HtmlResult } from './html/html-to-article.js';
export { decodeHtml } from './html/decode-html.js';
export type { PageMeta } from './html/metadata.js';
export type { Block, BlockKind } from './html/blocks.js';
export { parseFeed, type Feed, type FeedEntry, type FeedResult, type FeedKind } from './feeds/parse-feed.js';
export { parseFeedDate } from './feeds/feed-date.js';
export { Fetcher, type FetcherOptions, type FetchResult, type FetchFailure } from './fetch/fetcher.js';
export { HttpCache, type CacheEntry } from './fetch/http-cache.js';
export { isPrivateIp, resolvesToPrivate } from './fetch/address-check.js';
export { defaultUserAgent } from './fetch/user-agent.js';
export { AnalyzePool, type PoolOptions, type PoolResult, type PoolItem, type MapOptions, type PageTask, type PoolTask } from './pool/pool.js';
export { runIngest, abortOnSigint, describeSource, type IngestOptions, type IngestReport, type IngestStore, type ItemSource, type SkipGroup } from './job.js';
export { defaultStatePath, loadIngestState } from './ingest-state.js';
export { ProgressRenderer, formatDuration, type ProgressSnapshot, type ProgressOptions } from './progress.js';
export { formatIngestReport } from './report.js';
export { fetchArticle } from './fetch-article.js';
