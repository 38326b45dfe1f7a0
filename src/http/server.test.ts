import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { KPK_REPORTS, makeAnalysis, REPORTS, tempoExample } from '../store/fixtures.js';
import type { CorpusStore, EntityDetail, SearchResult, StoredArticle } from '../store/types.js';
import { createServer } from './server.js';
import { isLoopback } from './loopback.js';
import { ensureDemoCorpus, readDemoCorpus } from './demo-corpus.js';
import { serve } from './serve.js';
import { ErrorCodes, WartaError } from '../pipeline/errors.js';

const example = readFileSync(fileURLToPath(new URL('../../examples/tempo-stoltenberg-kyiv.txt', import.meta.url)), 'utf8');
const demo = readDemoCorpus();
const dir = mkdtempSync(join(tmpdir(), 'warta-http-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let dbs = 0;
const newStore = () => openSqliteStore({ path: join(dir, `db${dbs++}.db`) });

describe('HTTP API on loopback without a token', () => {
  let store: CorpusStore;
  let app: FastifyInstance;
  before(async () => {
    store = await newStore();
    // Hand-annotated articles, so that entity and quote answers do not depend on how far the stages have come.
    await store.upsertMany([makeAnalysis(tempoExample()), ...REPORTS.map(makeAnalysis)]);
    app = await createServer({ store, host: '127.0.0.1', webRoot: null });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  test('POST /v1/analyze returns Analysis JSON and stores nothing', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { text: example, outlet: 'tempo.co', published: '2023-04-20' } });
    assert.equal(r.statusCode, 200);
    const a = r.json();
    assert.equal(a.format, 'warta/analysis');
    assert.equal(a.text, example.normalize('NFC'));
    assert.ok(a.stages.length >= 1);
    assert.equal(a.meta.outlet, 'tempo.co');
    assert.equal(await store.count(), 4);
  });

  test('POST /v1/articles ingests one or many; the same again changes nothing', async () => {
    const batch = demo.slice(1, 3);
    const r = await app.inject({ method: 'POST', url: '/v1/articles', payload: batch });
    assert.equal(r.statusCode, 201);
    const { results } = r.json() as { results: Array<{ id: string; status: string }> };
    assert.deepEqual(results.map((x) => x.status), ['inserted', 'inserted']);
    const again = await app.inject({ method: 'POST', url: '/v1/articles', payload: batch });
    assert.equal(again.statusCode, 200);
    assert.deepEqual((again.json() as { results: Array<{ status: string }> }).results.map((x) => x.status), ['unchanged', 'unchanged']);
    const one = await app.inject({ method: 'POST', url: '/v1/articles', payload: demo[3] });
    assert.equal(one.statusCode, 201);
    assert.equal(one.json().status, 'inserted');
    const got = await app.inject({ url: `/v1/articles/${results[0]!.id}` });
    assert.equal(got.statusCode, 200);
    assert.equal(got.json().url, batch[0]!.url);
  });

  test('GET /v1/articles searches with filters and facets', async () => {
    const r = await app.inject({ url: '/v1/articles?q=bendungan&facets=true' });
    assert.equal(r.statusCode, 200);
    const body = r.json();
    assert.equal(body.total, 1);
    assert.equal(body.items[0].outlet, 'Kompas');
    assert.ok(body.facets.entities.some((e: { id: string }) => e.id === 'per-joko-widodo'));
    assert.deepEqual(body.facets.outlets, [{ value: 'Kompas', count: 1 }]);
    const filtered = await app.inject({ url: '/v1/articles?outlet=ANTARA&from=2024-01-01&to=2024-01-31&sort=date&size=5&page=1' });
    assert.equal(filtered.json().total, 1);
    const byEntity = await app.inject({ url: '/v1/articles?entity=per-jens-stoltenberg&facets=false' });
    assert.equal(byEntity.json().items[0].outlet, 'Tempo');
    assert.equal(byEntity.json().facets, undefined);
  });

  test('GET /v1/entities and /v1/entities/{id}', async () => {
    const list = await app.inject({ url: '/v1/entities?type=PER&size=50' });
    assert.equal(list.statusCode, 200);
    assert.ok(list.json().items.some((e: { id: string }) => e.id === 'per-eri-cahyadi'));
    const e = await app.inject({ url: '/v1/entities/per-jens-stoltenberg' });
    assert.equal(e.statusCode, 200);
    const body = e.json();
    assert.equal(body.name, 'Jens Stoltenberg');
    assert.ok(body.roles.some((r: { value: string }) => r.value === 'Kepala NATO'));
    assert.equal(body.timeline[0].value, '2023-04-20');
    const missing = await app.inject({ url: '/v1/entities/per-nobody-at-all' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'not_found');
  });

  test('GET /v1/quotes by speaker, text and date', async () => {
    const r = await app.inject({ url: '/v1/quotes?speaker=per-sri-mulyani-indrawati' });
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().total, 2);
    const q = await app.inject({ url: '/v1/quotes?q=saluran&from=2024-01-16&to=2024-01-16' });
    assert.equal(q.json().items[0].speakerName, 'Eri Cahyadi');
  });

  test('GET /v1/export streams CSV and JSONL', async () => {
    const csv = await app.inject({ url: '/v1/export?format=csv&q=jakarta&from=2023-01-01&to=2024-12-31' });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    assert.equal(lines[0]!.split(',')[0], 'id');
    assert.equal(lines.length, 1 + 3);
    const jsonl = await app.inject({ url: '/v1/export?format=jsonl&outlet=detikcom' });
    const rows = jsonl.body.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(rows.length, 1);
    assert.equal(rows[0].analysis.quotes.length, 1);
  });

  const bad: Array<[string, { method?: 'GET' | 'POST'; url: string; payload?: unknown; headers?: Record<string, string> }, number, string]> = [
    ['empty body', { method: 'POST', url: '/v1/analyze', payload: {} }, 400, 'invalid_request'],
    ['text of the wrong type', { method: 'POST', url: '/v1/analyze', payload: { text: 42 } }, 400, 'invalid_request'],
    ['empty text', { method: 'POST', url: '/v1/analyze', payload: { text: '' } }, 400, 'invalid_request'],
    ['unknown body field', { method: 'POST', url: '/v1/articles', payload: { text: 'Jakarta - Banjir.', evil: true } }, 400, 'invalid_request'],
    ['malformed JSON', { method: 'POST', url: '/v1/analyze', payload: '{"text": "Jakarta', headers: { 'content-type': 'application/json' } }, 400, 'invalid_json'],
    ['plain text instead of JSON', { method: 'POST', url: '/v1/analyze', payload: 'text=abc', headers: { 'content-type': 'text/plain' } }, 400, 'invalid_request'],
    ['an unsupported media type', { method: 'POST', url: '/v1/analyze', payload: '<text/>', headers: { 'content-type': 'application/xml' } }, 415, 'unsupported_media_type'],
    ['bad date', { method: 'POST', url: '/v1/analyze', payload: { text: 'Jakarta - Banjir.', published: 'kemarin' } }, 400, 'invalid_request'],
    ['unknown query parameter', { url: '/v1/articles?q=banjir&limit=5' }, 400, 'invalid_request'],
    ['page size too big', { url: '/v1/articles?size=1000' }, 400, 'invalid_request'],
    ['wrong sort', { url: '/v1/articles?sort=random' }, 400, 'invalid_request'],
    ['bad export format', { url: '/v1/export?format=xml' }, 400, 'invalid_request'],
    ['path traversal in an article id', { url: '/v1/articles/..%2F..%2Fetc%2Fpasswd' }, 400, 'invalid_request'],
    ['path traversal in an entity id', { url: '/v1/entities/..%2Fwarta.db' }, 400, 'invalid_request'],
    ['unknown article', { url: '/v1/articles/no-such-article' }, 404, 'not_found'],
    ['unknown route', { url: '/v2/nothing' }, 404, 'not_found'],
    ['batch too large', { method: 'POST', url: '/v1/articles', payload: Array.from({ length: 101 }, () => ({ text: 'Jakarta - Banjir.' })) }, 400, 'invalid_request'],
  ];
  for (const [name, req, status, code] of bad) {
    test(`bad input answered with JSON ${status}: ${name}`, async () => {
      const r = await app.inject({ method: req.method ?? 'GET', url: req.url, payload: req.payload as string, headers: req.headers ?? {} });
      assert.equal(r.statusCode, status, r.body);
      assert.equal(r.json().error.code, code);
      assert.ok(r.json().error.message.length > 0);
    });
  }

  test('search strings with query or SQL syntax are plain words', async () => {
    for (const q of ['"', '*', 'NEAR', "'; DROP TABLE articles; --", 'banjir" OR "1"="1']) {
      const r = await app.inject({ url: `/v1/articles?q=${encodeURIComponent(q)}` });
      assert.equal(r.statusCode, 200, q);
    }
    assert.ok((await store.count()) >= 4);
  });

  test('OpenAPI document and docs page', async () => {
    const r = await app.inject({ url: '/openapi.json' });
    assert.equal(r.statusCode, 200);
    const doc = r.json();
    assert.match(doc.openapi, /^3\./);
    for (const p of ['/v1/analyze', '/v1/articles', '/v1/articles/{id}', '/v1/entities', '/v1/entities/{id}', '/v1/quotes', '/v1/export']) {
      assert.ok(doc.paths[p], p);
    }
    const docs = await app.inject({ url: '/docs' });
    assert.ok(docs.statusCode === 200 || docs.statusCode === 302);
  });
});

test('a body over the limit is refused with 413 JSON', async () => {
  const store = await newStore();
  const app = await createServer({ store, bodyLimit: 1024, webRoot: null });
  const r = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { text: example } });
  assert.equal(r.statusCode, 413);
  assert.equal(r.json().error.code, 'payload_too_large');
  await app.close();
  await store.close();
});

test('beyond loopback: no token, no server; write endpoints need the bearer token', async () => {
  const store = await newStore();
  await assert.rejects(createServer({ store, host: '0.0.0.0' }), /without a token/);
  await assert.rejects(createServer({ store, host: '192.168.1.20' }), /without a token/);
  const app = await createServer({ store, host: '0.0.0.0', token: 's3cret-token', webRoot: null });
  const article = { text: REPORTS[1]!.text, outlet: 'detikcom' };
  const none = await app.inject({ method: 'POST', url: '/v1/articles', payload: article });
  assert.equal(none.statusCode, 401);
  assert.equal(none.json().error.code, 'unauthorized');
  const wrong = await app.inject({ method: 'POST', url: '/v1/articles', payload: article, headers: { authorization: 'Bearer nope' } });
  assert.equal(wrong.statusCode, 401);
  assert.equal(await store.count(), 0);
  const ok = await app.inject({ method: 'POST', url: '/v1/articles', payload: article, headers: { authorization: 'Bearer s3cret-token' } });
  assert.equal(ok.statusCode, 201);
  const read = await app.inject({ url: '/v1/articles' });
  assert.equal(read.statusCode, 200);
  assert.equal(read.json().total, 1);
  await app.close();
  await store.close();
});

test('isLoopback', () => {
  const table: Array<[string, boolean]> = [
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.5', false],
    ['example.org', false],
    ['127.0.0.1.example.org', false],
  ];
  for (const [host, expected] of table) assert.equal(isLoopback(host), expected, host);
});

test('serve(): real loopback requests, demo corpus ingested once into an empty store', async () => {
  const corpus = join(dir, 'demo.jsonl');
  writeFileSync(corpus, readFileSync(fileURLToPath(new URL('../../examples/demo-corpus.jsonl', import.meta.url)), 'utf8').split('\n').slice(0, 3).join('\n'));
  const store = await newStore();
  assert.equal(await ensureDemoCorpus(store, undefined, corpus), 3);
  assert.equal(await ensureDemoCorpus(store, undefined, corpus), 0);
  await store.close();
  const s = await serve({ db: join(dir, 'served.db'), port: 0, demo: false, handleSignals: false, log: () => undefined });
  try {
    assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await fetch(`${s.url}/v1/health`);
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), { ok: true, store: 'sqlite', articles: 0 });
    const post = await fetch(`${s.url}/v1/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(demo[0]) });
    assert.equal(post.status, 201);
    const csv = await fetch(`${s.url}/v1/export?format=csv`);
    assert.equal((await csv.text()).trim().split('\r\n').length, 2);
  } finally {
    await s.close();
  }
});

test('a batch with an article that cannot be analysed stores nothing (422)', async () => {
  const store = await newStore();
  const analyzeOrRefuse = (input: { text: string }) => {
    if (input.text.startsWith('\u0000')) throw new WartaError(ErrorCodes.BAD_INPUT, 'binary input');
    return makeAnalysis({ text: input.text });
  };
  const app = await createServer({ store, analyze: analyzeOrRefuse, webRoot: null });
  const r = await app.inject({ method: 'POST', url: '/v1/articles', payload: [{ text: REPORTS[0]!.text }, { text: '\u0000\u0001\u0002' }] });
  assert.equal(r.statusCode, 422);
  assert.equal(r.json().error.code, 'unprocessable_article');
  assert.equal(await store.count(), 0);
  await app.close();
  await store.close();
});

test('a built web UI in webRoot is served at /, the API beside it', async () => {
  const web = join(dir, 'web-dist');
  mkdirSync(web, { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>warta UI</title>');
  const store = await newStore();
  const app = await createServer({ store, webRoot: web });
  const page = await app.inject({ url: '/' });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /warta UI/);
  assert.equal((await app.inject({ url: '/v1/health' })).statusCode, 200);
  await app.close();
  const plain = await createServer({ store, webRoot: join(dir, 'no-such-dir') });
  assert.match((await plain.inject({ url: '/' })).body, /API documentation/);
  await plain.close();
  await store.close();
});

test('POST /v1/articles {url}: loopback and private URLs refused by default; fetched when allowed', async () => {
  const paras = example.split('\n').filter((l) => l.trim());
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Sekjen NATO Kunjungi Kyiv</title>
<meta property="og:title" content="Sekjen NATO Jens Stoltenberg Kunjungi Kyiv">
<meta property="article:published_time" content="2023-04-20T19:30:00+07:00"></head>
<body><nav><a href="/">Beranda</a></nav><article><h1>Sekjen NATO Jens Stoltenberg Kunjungi Kyiv</h1>
${paras.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</article><footer>Hak cipta</footer></body></html>`;
  const { createServer: createHttpServer } = await import('node:http');
  const site = createHttpServer((req, res) => {
    if (req.url === '/berita/sekjen-nato') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
  const pageUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}/berita/sekjen-nato`;
  const store = await newStore();
  try {
    const strict = await createServer({ store, webRoot: null });
    for (const url of [pageUrl, 'http://10.0.0.1/berita', 'http://[::1]/x']) {
      const r = await strict.inject({ method: 'POST', url: '/v1/articles', payload: { url } });
      assert.equal(r.statusCode, 422, url);
      assert.equal(r.json().error.code, 'fetch_failed');
      assert.match(r.json().error.message, /private|loopback|local/i);
    }
    const notHttp = await strict.inject({ method: 'POST', url: '/v1/articles', payload: { url: 'file:///etc/passwd' } });
    assert.equal(notHttp.statusCode, 400);
    assert.equal(await store.count(), 0);
    await strict.close();
    const open = await createServer({ store, webRoot: null, allowPrivateUrls: true });
    const r = await open.inject({ method: 'POST', url: '/v1/articles', payload: { url: pageUrl, outlet: 'tempo.co' } });
    assert.equal(r.statusCode, 201, r.body);
    const got = await open.inject({ url: `/v1/articles/${r.json().id}` });
    assert.equal(got.json().outlet, 'tempo.co');
    assert.match(got.json().text, /Stoltenberg/);
    assert.doesNotMatch(got.json().text, /Hak cipta/);
    await open.close();
  } finally {
    await store.close();
    await new Promise((r) => site.close(r));
  }
});

test('KPK spelled out in one article and as an acronym in another: one entity in facets, mentions carry its id', async () => {
  const store = await newStore();
  const app = await createServer({ store, host: '127.0.0.1', webRoot: null });
  try {
    // Hand-annotated analyses (POST /v1/articles takes text and runs the stages).
    await store.upsertMany(KPK_REPORTS.map(makeAnalysis));
    const search = (await app.inject({ method: 'GET', url: '/v1/articles?q=KPK' })).json() as SearchResult;
    assert.equal(search.total, 2);
    assert.deepEqual(
      search.facets!.entities.filter((e) => e.type === 'ORG').map((e) => [e.id, e.name, e.count]),
      [['org-komisi-pemberantasan-korupsi', 'Komisi Pemberantasan Korupsi', 2]],
    );
    const e = (await app.inject({ method: 'GET', url: '/v1/entities/org-komisi-pemberantasan-korupsi' })).json() as EntityDetail;
    assert.deepEqual(e.kb, { kb: 'warta', id: 'org/kpk', lat: null, lon: null });
    const art = (await app.inject({ method: 'GET', url: '/v1/articles/kpk-2' })).json() as StoredArticle;
    assert.ok(art.analysis.clusters?.length, 'the analysis keeps its clusters');
    assert.deepEqual(art.mentions[0], { start: 0, end: 3, entityId: 'org-komisi-pemberantasan-korupsi', name: 'Komisi Pemberantasan Korupsi', type: 'ORG' });
  } finally {
    await app.close();
    await store.close();
  }
});
