import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeHtml } from '../html/decode-html.js';
import { parseFeedDate } from './feed-date.js';

/** One article a feed or sitemap points to. */
export interface FeedEntry {
  readonly url: string;
  readonly title: string | null;
  /** ISO 8601 with the feed's offset, or null. */
  readonly published: string | null;
  /** The item's guid/id when it differs from the URL. */
  readonly guid?: string;
}

export type FeedKind = 'rss' | 'atom' | 'rdf' | 'sitemap' | 'sitemap-index';

/** A parsed feed: its article entries, and for sitemap indexes the child sitemaps to expand. */
export interface Feed {
  readonly kind: FeedKind;
  readonly title: string | null;
  readonly entries: FeedEntry[];
  /** Child sitemap URLs (sitemap indexes only). */
  readonly sitemaps: string[];
  /** Items dropped (no usable link), with why. */
  readonly skipped: Array<{ index: number; reason: string }>;
  /** Set when the XML is not well-formed and was read leniently: what the validator said. */
  readonly malformed?: string;
}

export type FeedResult = { ok: true; feed: Feed } | { ok: false; problem: { reason: 'malformed-feed' | 'not-a-feed'; message: string } };

type X = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: false,
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'link', 'category'].includes(name),
});

// Feed-redirect services whose <link> hides the article URL; the real one is in <guid>/<id>.
const REDIRECTOR = /(^|\.)(feedsportal\.com|feedproxy\.google\.com|feeds\.feedburner\.com)$/i;

function text(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as X)['#text']);
  return null;
}

function httpUrl(v: string | null, base?: string | null): string | null {
  if (!v) return null;
  try {
    const u = new URL(v.trim(), base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function hostOf(u: string): string {
  try {
    return new URL(u).hostname;
  } catch {
    return '';
  }
}

function arr(v: unknown): X[] {
  return Array.isArray(v) ? (v as X[]) : v && typeof v === 'object' ? [v as X] : [];
}

/** RSS 2.0 / RDF item: link, else a permalink guid; a guid URL beats a redirector link. */
function rssEntry(it: X, base: string | null): FeedEntry | null {
  const link = httpUrl(text(it.link), base);
  const guidRaw = text(it.guid);
  const guid = httpUrl(guidRaw);
  let url = link ?? guid ?? httpUrl(text(it['@rdf:about']));
  if (link && guid && guid !== link && REDIRECTOR.test(hostOf(link))) url = guid;
  if (!url) return null;
  const published = parseFeedDate(text(it.pubDate) ?? text(it['dc:date']) ?? text(it.published) ?? text(it.updated));
  const e: FeedEntry = { url, title: text(it.title), published };
  return guidRaw && guidRaw !== url ? { ...e, guid: guidRaw } : e;
}

function atomEntry(it: X, base: string | null): FeedEntry | null {
  const links = arr(it.link);
  const alt = links.find((l) => (l['@rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const id = text(it.id);
  let url = httpUrl(alt ? text(alt['@href']) : null, base) ?? httpUrl(id);
  if (url && id && httpUrl(id) && REDIRECTOR.test(hostOf(url))) url = httpUrl(id);
  if (!url) return null;
  const e: FeedEntry = { url, title: text(it.title), published: parseFeedDate(text(it.published) ?? text(it.updated)) };
  return id && id !== url ? { ...e, guid: id } : e;
}

function sitemapEntry(u: X): FeedEntry | null {
  const url = httpUrl(text(u.loc));
  if (!url) return null;
  const news = (u['news:news'] ?? null) as X | null;
  const title = news ? text(news['news:title']) : null;
  const published = parseFeedDate((news ? text(news['news:publication_date']) : null) ?? text(u.lastmod));
  return { url, title, published };
}

/**
 * Parse RSS 2.0, RSS 1.0 (RDF), Atom, a sitemap (Google News extension
 * included) or a sitemap index. Takes bytes or a string; leading junk
 * before `<?xml` and mislabelled charsets are tolerated. A document that is
 * not XML, or XML of another kind, is a result with a reason.
 *
 * @example
 * const r = parseFeed(await readFile('rss.xml'), 'https://www.antaranews.com/rss');
 * if (r.ok) for (const e of r.feed.entries) console.log(e.url, e.published);
 */
export function parseFeed(input: Uint8Array | string, feedUrl: string | null = null): FeedResult {
  let xml = typeof input === 'string' ? input : decodeHtml(input);
  // Saved feeds often start with a newline (or a BOM) before the declaration, which strict XML refuses.
  xml = xml.replace(/^[\s\ufeff]+/, '');
  if (!xml.startsWith('<')) return { ok: false, problem: { reason: 'not-a-feed', message: 'does not start with XML markup' } };
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  let doc: X;
  try {
    doc = parser.parse(xml) as X;
  } catch (err) {
    return { ok: false, problem: { reason: 'malformed-feed', message: `unreadable XML: ${(err as Error).message}` } };
  }
  const skipped: Array<{ index: number; reason: string }> = [];
  const malformed = valid === true ? {} : { malformed: `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})` };
  const collect = (items: X[], f: (x: X) => FeedEntry | null): FeedEntry[] => {
    const out: FeedEntry[] = [];
    items.forEach((x, index) => {
      const e = f(x);
      if (e) out.push(e);
      else skipped.push({ index, reason: 'no http(s) link' });
    });
    return out;
  };
  const rss = doc.rss as X | undefined;
  if (rss && typeof rss === 'object') {
    const ch = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as X | undefined;
    const base = httpUrl(text(ch?.link)) ?? feedUrl;
    return { ok: true, feed: { ...malformed, kind: 'rss', title: text(ch?.title), entries: collect(arr(ch?.item), (x) => rssEntry(x, base)), sitemaps: [], skipped } };
  }
  const rdf = doc['rdf:RDF'] as X | undefined;
  if (rdf && typeof rdf === 'object') {
    const ch = rdf.channel as X | undefined;
    return { ok: true, feed: { ...malformed, kind: 'rdf', title: text(ch?.title), entries: collect(arr(rdf.item), (x) => rssEntry(x, feedUrl)), sitemaps: [], skipped } };
  }
  const atom = doc.feed as X | undefined;
  if (atom && typeof atom === 'object') {
    return { ok: true, feed: { ...malformed, kind: 'atom', title: text(atom.title), entries: collect(arr(atom.entry), (x) => atomEntry(x, feedUrl)), sitemaps: [], skipped } };
  }
  const urlset = doc.urlset as X | undefined;
  if (urlset && typeof urlset === 'object') {
    return { ok: true, feed: { ...malformed, kind: 'sitemap', title: null, entries: collect(arr(urlset.url), sitemapEntry), sitemaps: [], skipped } };
  }
  const index = doc.sitemapindex as X | undefined;
  if (index && typeof index === 'object') {
    const sitemaps = arr(index.sitemap).map((s) => httpUrl(text(s.loc))).filter((u): u is string => u !== null);
    return { ok: true, feed: { ...malformed, kind: 'sitemap-index', title: null, entries: [], sitemaps, skipped } };
  }
  if (valid !== true) return { ok: false, problem: { reason: 'malformed-feed', message: `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})` } };
  const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? '(none)';
  return { ok: false, problem: { reason: 'not-a-feed', message: `XML root <${root}> is not rss, rdf:RDF, feed, urlset or sitemapindex` } };
}
