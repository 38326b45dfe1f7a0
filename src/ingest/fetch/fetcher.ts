import robotsParserModule from 'robots-parser';
import { resolvesToPrivate } from './address-check.js';
import { HostGate, sleep } from './host-gate.js';
import { HttpCache } from './http-cache.js';
import { defaultUserAgent } from './user-agent.js';

/** Options of {@link Fetcher}; every one has a default. */
export interface FetcherOptions {
  /** Default `warta/<version> (+https://github.com/warta)`. */
  readonly userAgent?: string;
  /** Per attempt, headers and body together (default 20 000 ms). */
  readonly timeoutMs?: number;
  /** Bodies above this are refused (default 10 MB). */
  readonly maxBytes?: number;
  /** Retries after a 5xx, 429, timeout or network error (default 3). */
  readonly retries?: number;
  /** First retry delay; doubled each time, with jitter (default 500 ms). */
  readonly backoffMs?: number;
  /** Default 5. */
  readonly maxRedirects?: number;
  /** Requests in flight per host (default 1). */
  readonly perHostConcurrency?: number;
  /** Minimum time between request starts to one host (default 1000 ms; a robots.txt Crawl-delay raises it, up to 30 s). */
  readonly perHostDelayMs?: number;
  /** Default true. */
  readonly respectRobots?: boolean;
  /** Allow loopback, private and link-local addresses (default false: a URL from outside must not reach the local network). */
  readonly allowPrivateAddresses?: boolean;
  /** ETag / Last-Modified store for conditional GETs; give one to persist it across runs. */
  readonly cache?: HttpCache;
}

export type FetchFailure =
  | 'bad-url'
  | 'private-address'
  | 'robots'
  | 'http-error'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'network'
  | 'aborted';

export type FetchResult =
  | {
      ok: true;
      notModified: false;
      status: number;
      /** The final URL after redirects. */
      url: string;
      body: Buffer;
      contentType: string | null;
      redirects: string[];
      attempts: number;
    }
  | { ok: true; notModified: true; status: 304; url: string; redirects: string[]; attempts: number }
  | { ok: false; reason: FetchFailure; message: string; url: string; status?: number; attempts: number };

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS with an ESM-style declaration: under NodeNext the callable may sit on `.default`.
const robotsParser = ((robotsParserModule as unknown as { default?: unknown }).default ?? robotsParserModule) as (url: string, txt: string) => Robot;

interface RobotsEntry {
  readonly allowed: (url: string) => boolean;
  readonly crawlDelayMs: number;
  readonly until: number;
}

const ROBOTS_TTL_MS = 24 * 3600 * 1000;
const MAX_CRAWL_DELAY_MS = 30_000;
const MAX_RETRY_AFTER_MS = 60_000;
const ROBOTS_MAX_BYTES = 500_000;

class Failure extends Error {
  constructor(
    readonly reason: FetchFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * A polite HTTP(S) client for crawling news sites: one user agent,
 * robots.txt (cached per origin), per-host concurrency and delay, timeouts,
 * a body size cap, retries with exponential backoff, conditional GET and a
 * redirect cap. Every failure is a result with a reason, never a throw.
 *
 * @example
 * const f = new Fetcher({ perHostDelayMs: 2000 });
 * const r = await f.fetch('https://www.antaranews.com/rss/terkini.xml');
 * if (r.ok && !r.notModified) parseFeed(r.body, r.url);
 */
export class Fetcher {
  readonly userAgent: string;
  readonly cache: HttpCache;
  private readonly o: Required<Omit<FetcherOptions, 'cache' | 'userAgent'>>;
  private readonly gate: HostGate;
  private readonly robots = new Map<string, RobotsEntry | Promise<RobotsEntry>>();

  constructor(opts: FetcherOptions = {}) {
    this.userAgent = opts.userAgent ?? defaultUserAgent();
    this.cache = opts.cache ?? new HttpCache();
    this.o = {
      timeoutMs: opts.timeoutMs ?? 20_000,
      maxBytes: opts.maxBytes ?? 10_000_000,
      retries: opts.retries ?? 3,
      backoffMs: opts.backoffMs ?? 500,
      maxRedirects: opts.maxRedirects ?? 5,
      perHostConcurrency: opts.perHostConcurrency ?? 1,
      perHostDelayMs: opts.perHostDelayMs ?? 1000,
      respectRobots: opts.respectRobots ?? true,
      allowPrivateAddresses: opts.allowPrivateAddresses ?? false,
    };
    if (this.o.perHostConcurrency < 1 || this.o.maxRedirects < 0 || this.o.retries < 0) throw new RangeError('Fetcher: perHostConcurrency >= 1, maxRedirects >= 0 and retries >= 0');
    this.gate = new HostGate(this.o.perHostConcurrency, this.o.perHostDelayMs);
  }

  /** GET one URL, following up to `maxRedirects` redirects, each hop checked (scheme, address, robots). */
  async fetch(url: string, signal?: AbortSignal): Promise<FetchResult> {
    const redirects: string[] = [];
    let current = url;
    let attempts = 0;
    try {
      for (;;) {
        const u = await this.checkUrl(current);
        const res = await this.withRetries(u, signal, (n) => (attempts += n));
        if (res.kind === 'redirect') {
          if (redirects.length >= this.o.maxRedirects) throw new Failure('too-many-redirects', `more than ${this.o.maxRedirects} redirects`);
          redirects.push(current);
          current = new URL(res.location, u).href;
          continue;
        }
        if (res.kind === 'not-modified') return { ok: true, notModified: true, status: 304, url: current, redirects, attempts };
        return { ok: true, notModified: false, status: res.status, url: current, body: res.body, contentType: res.contentType, redirects, attempts };
      }
    } catch (err) {
      if (err instanceof Failure) return { ok: false, reason: err.reason, message: err.message, url: current, ...(err.status ? { status: err.status } : {}), attempts };
      if (signal?.aborted) return { ok: false, reason: 'aborted', message: 'stopped', url: current, attempts };
      return { ok: false, reason: 'network', message: (err as Error).message, url: current, attempts };
    }
  }

  private async checkUrl(raw: string): Promise<URL> {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      throw new Failure('bad-url', `not a URL: ${raw}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Failure('bad-url', `only http(s) URLs are fetched, not ${u.protocol}`);
    if (u.username || u.password) throw new Failure('bad-url', 'URLs with credentials are not fetched');
    if (!this.o.allowPrivateAddresses && (await resolvesToPrivate(u.hostname))) {
      throw new Failure('private-address', `${u.hostname} is a loopback or private address (allow it with allowPrivateAddresses)`);
    }
    if (this.o.respectRobots && !u.pathname.endsWith('/robots.txt')) {
      const r = await this.robotsFor(u);
      if (!r.allowed(u.href)) throw new Failure('robots', `robots.txt of ${u.host} disallows ${u.pathname}`);
    }
    return u;
  }

  private robotsFor(u: URL): Promise<RobotsEntry> | RobotsEntry {
    const key = u.origin;
    const hit = this.robots.get(key);
    if (hit && (hit instanceof Promise || hit.until > Date.now())) return hit;
    const p = this.loadRobots(u).then((entry) => {
      this.robots.set(key, entry);
      return entry;
    });
    this.robots.set(key, p);
    return p;
  }

  private async loadRobots(u: URL): Promise<RobotsEntry> {
    const robotsUrl = `${u.origin}/robots.txt`;
    const until = Date.now() + ROBOTS_TTL_MS;
    try {
      const res = await this.withRetries(new URL(robotsUrl), undefined, () => {}, ROBOTS_MAX_BYTES, false);
      if (res.kind !== 'ok') return { allowed: () => true, crawlDelayMs: 0, until };
      const robot = robotsParser(robotsUrl, res.body.toString('utf8'));
      const delay = Math.min((robot.getCrawlDelay(this.userAgent) ?? 0) * 1000, MAX_CRAWL_DELAY_MS);
      return { allowed: (url) => robot.isAllowed(url, this.userAgent) !== false, crawlDelayMs: delay, until };
    } catch (err) {
      // RFC 9309 §2.3.1.3/4: missing (4xx) means allowed; unreachable (5xx, network) means disallowed for now.
      if (err instanceof Failure && err.reason === 'http-error' && err.status !== undefined && err.status < 500) return { allowed: () => true, crawlDelayMs: 0, until };
      return { allowed: () => false, crawlDelayMs: 0, until: Date.now() + 10 * 60_000 };
    }
  }

  private async withRetries(
    u: URL,
    signal: AbortSignal | undefined,
    count: (n: number) => void,
    maxBytes = this.o.maxBytes,
    conditional = true,
  ): Promise<{ kind: 'ok'; status: number; body: Buffer; contentType: string | null } | { kind: 'redirect'; location: string } | { kind: 'not-modified' }> {
    for (let attempt = 0; ; attempt++) {
      count(1);
      try {
        return await this.once(u, signal, maxBytes, conditional);
      } catch (err) {
        const f = err instanceof Failure ? err : signal?.aborted ? new Failure('aborted', 'stopped') : new Failure('network', (err as Error).message);
        const retryable = f.reason === 'timeout' || f.reason === 'network' || (f.reason === 'http-error' && (f.status! >= 500 || f.status === 429));
        if (!retryable || attempt >= this.o.retries || signal?.aborted) throw f;
        const retryAfter = (err as { retryAfterMs?: number }).retryAfterMs;
        const backoff = this.o.backoffMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
        await sleep(Math.min(retryAfter ?? backoff, MAX_RETRY_AFTER_MS), signal);
      }
    }
  }

  private async once(u: URL, signal: AbortSignal | undefined, maxBytes: number, conditional: boolean) {
    const crawlDelay = this.robots.get(u.origin);
    const delay = Math.max(this.o.perHostDelayMs, crawlDelay && !(crawlDelay instanceof Promise) ? crawlDelay.crawlDelayMs : 0);
    const release = await this.gate.acquire(u.host, delay, signal);
    const timeout = AbortSignal.timeout(this.o.timeoutMs);
    const sig = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,*/*;q=0.5' };
      const cached = conditional ? this.cache.get(u.href) : undefined;
      if (cached?.etag) headers['if-none-match'] = cached.etag;
      if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
      let res: Response;
      try {
        res = await fetch(u, { headers, redirect: 'manual', signal: sig });
      } catch (err) {
        throw timeout.aborted ? new Failure('timeout', `no answer within ${this.o.timeoutMs} ms`) : err;
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (!location) throw new Failure('http-error', `HTTP ${res.status} without Location`, res.status);
        return { kind: 'redirect' as const, location };
      }
      if (res.status === 304) {
        await res.body?.cancel();
        return { kind: 'not-modified' as const };
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel();
        const f = new Failure('http-error', `HTTP ${res.status}`, res.status);
        const ra = res.headers.get('retry-after');
        if (ra && /^\d+$/.test(ra)) (f as unknown as { retryAfterMs: number }).retryAfterMs = Number(ra) * 1000;
        throw f;
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) {
        await res.body?.cancel();
        throw new Failure('too-large', `the body is ${declared} bytes, over the ${maxBytes}-byte limit`);
      }
      const chunks: Buffer[] = [];
      let n = 0;
      try {
        for await (const chunk of res.body ?? []) {
          n += chunk.byteLength;
          if (n > maxBytes) {
            await res.body?.cancel().catch(() => {});
            throw new Failure('too-large', `the body passed the ${maxBytes}-byte limit`);
          }
          chunks.push(Buffer.from(chunk));
        }
      } catch (err) {
        if (err instanceof Failure) throw err;
        throw timeout.aborted ? new Failure('timeout', `the body did not arrive within ${this.o.timeoutMs} ms`) : err;
      }
      if (conditional) {
        const etag = res.headers.get('etag');
        const lastModified = res.headers.get('last-modified');
        this.cache.set(u.href, { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) });
      }
      return { kind: 'ok' as const, status: res.status, body: Buffer.concat(chunks), contentType: res.headers.get('content-type') };
    } finally {
      release();
    }
  }
}
