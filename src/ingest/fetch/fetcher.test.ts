import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Fetcher } from './fetcher.js';
import { HttpCache } from './http-cache.js';
import { isPrivateIp } from './address-check.js';

const PAGE = '<!doctype html><html><head><title>Banjir Jakarta</title></head><body><p>Banjir merendam ratusan rumah di Jakarta Utara.</p></body></html>';
let server: Server;
let base = '';
const hits = new Map<string, number>();
const starts: number[] = [];
let seenUa = '';

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path.startsWith('/timed')) starts.push(Date.now());
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('User-agent: *\nDisallow: /rahasia\n');
    }
    if (path === '/page' || path.startsWith('/timed')) {
      seenUa = String(req.headers['user-agent']);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(PAGE);
    }
    if (path === '/etag') {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 02 Apr 2024 07:00:00 GMT', 'content-type': 'text/html' });
      return res.end(PAGE);
    }
    if (path === '/flaky') {
      if (hits.get(path)! < 3) {
        res.writeHead(503);
        return res.end('sibuk');
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(PAGE);
    }
    if (path === '/missing') {
      res.writeHead(404);
      return res.end('tidak ada');
    }
    if (path === '/slow') return; // never answers: the client must time out
    if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' });
      return res.end();
    }
    if (path === '/to-ftp') {
      res.writeHead(301, { location: 'ftp://example.org/x' });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const fast = (extra: ConstructorParameters<typeof Fetcher>[0] = {}) =>
  new Fetcher({ allowPrivateAddresses: true, perHostDelayMs: 0, backoffMs: 10, timeoutMs: 2000, ...extra });

test('a page is fetched with warta\'s user agent', async () => {
  const r = await fast().fetch(`${base}/page`);
  assert.ok(r.ok && !r.notModified);
  assert.equal(r.body.toString(), PAGE);
  assert.match(seenUa, /^warta\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/warta\)$/);
});

test('failures are results with reasons', async () => {
  const f = fast({ retries: 1, timeoutMs: 300, maxBytes: 1_000_000 });
  const table: Array<[string, string]> = [
    [`${base}/rahasia/dokumen`, 'robots'],
    [`${base}/missing`, 'http-error'],
    [`${base}/slow`, 'timeout'],
    [`${base}/big`, 'too-large'],
    [`${base}/hop/9`, 'too-many-redirects'],
    [`${base}/to-ftp`, 'bad-url'],
    ['file:///etc/passwd', 'bad-url'],
    ['bukan url', 'bad-url'],
  ];
  for (const [url, reason] of table) {
    const r = await f.fetch(url);
    assert.equal(r.ok, false, url);
    assert.equal(!r.ok && r.reason, reason, url);
  }
});

test('loopback is refused unless allowed', async () => {
  const r = await new Fetcher({ perHostDelayMs: 0 }).fetch(`${base}/page`);
  assert.equal(!r.ok && r.reason, 'private-address');
  const table: Array<[string, boolean]> = [['127.0.0.1', true], ['10.1.2.3', true], ['192.168.0.9', true], ['172.20.0.1', true], ['169.254.169.254', true], ['::1', true], ['::ffff:127.0.0.1', true], ['fd00::1', true], ['8.8.8.8', false], ['36.86.63.182', false], ['2001:4860::8888', false]];
  for (const [ip, priv] of table) assert.equal(isPrivateIp(ip), priv, ip);
});

test('5xx is retried with backoff, then succeeds', async () => {
  const r = await fast({ retries: 3 }).fetch(`${base}/flaky`);
  assert.ok(r.ok);
  assert.equal(r.attempts, 3);
});

test('redirects within the cap are followed', async () => {
  const r = await fast().fetch(`${base}/hop/3`);
  assert.ok(r.ok && !r.notModified);
  assert.equal(r.url, `${base}/page`);
  assert.equal(r.redirects.length, 4);
});

test('a second fetch is conditional and the cache survives JSON', async () => {
  const cache = new HttpCache();
  const first = await fast({ cache }).fetch(`${base}/etag`);
  assert.ok(first.ok && !first.notModified);
  const restored = HttpCache.from(JSON.parse(JSON.stringify(cache)));
  assert.equal(restored.get(`${base}/etag`)?.etag, '"v1"');
  const second = await fast({ cache: restored }).fetch(`${base}/etag`);
  assert.ok(second.ok && second.notModified);
});

test('requests to one host are spaced by the per-host delay', async () => {
  starts.length = 0;
  const f = fast({ perHostDelayMs: 120 });
  await Promise.all([1, 2, 3].map((i) => f.fetch(`${base}/timed/${i}`)));
  assert.equal(starts.length, 3);
  const sorted = [...starts].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i]! - sorted[i - 1]! >= 100, `gap ${sorted[i]! - sorted[i - 1]!} ms`);
});

test('fetchArticle turns a fetched page into an article input or a reason', async () => {
  const { fetchArticle } = await import('../fetch-article.js');
  const missing = await fetchArticle(`${base}/missing`, fast());
  assert.equal(missing.ok, false);
  assert.match(!missing.ok ? missing.problem.message : '', /HTTP 404/);
  const thin = await fetchArticle(`${base}/page`, fast());
  assert.equal(!thin.ok && thin.problem.reason, 'not-an-article');
});
