import { Fetcher, type FetcherOptions } from './fetch/fetcher.js';
import { decodeHtml } from './html/decode-html.js';
import { htmlToArticle } from './html/html-to-article.js';
import type { ReadItem } from './read-articles.js';

/**
 * Fetch one page politely and turn it into an article, as `readArticles`
 * does for a saved page: `{ ok, input, source }` or `{ ok: false, problem,
 * source }` with the URL as the source's `file`. For `warta analyze <url>`.
 *
 * @example
 * const item = await fetchArticle('https://www.antaranews.com/berita/123/judul');
 * if (item.ok) console.log(toJson(analyze(item.input)));
 */
export async function fetchArticle(url: string, fetcher: Fetcher | FetcherOptions = {}, signal?: AbortSignal): Promise<ReadItem> {
  const f = fetcher instanceof Fetcher ? fetcher : new Fetcher(fetcher);
  const source = { file: url };
  const r = await f.fetch(url, signal);
  if (!r.ok) return { ok: false, problem: { reason: 'bad-field', message: `cannot fetch ${url}: ${r.message} (${r.reason})` }, source };
  if (r.notModified) return { ok: false, problem: { reason: 'bad-field', message: `${url} is unchanged since the last fetch (304)` }, source };
  if (!/html|xml/i.test(r.contentType ?? 'text/html')) return { ok: false, problem: { reason: 'not-an-article', message: `${url} is ${r.contentType}, not an HTML page` }, source };
  const page = htmlToArticle(decodeHtml(r.body, r.contentType), { url: r.url });
  return page.ok ? { ok: true, input: page.article.input, source } : { ok: false, problem: page.problem, source };
}
