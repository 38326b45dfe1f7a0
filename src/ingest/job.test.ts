import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { abortOnSigint, runIngest, type IngestOptions } from './job.js';
import { AnalyzePool } from './pool/pool.js';
import { MemoryStore } from './testing/memory-store.js';

const ARTICLES = [
  'KOMPAS.com - Pemerintah menaikkan harga eceran tertinggi beras medium menjadi Rp12.500 per kilogram mulai Senin.',
  'ANTARA - Gempa bermagnitudo 5,2 mengguncang Cianjur, Jawa Barat, pada Selasa pagi tanpa menimbulkan korban jiwa.',
  'TEMPO.CO, Jakarta - Timnas Indonesia menang 2-0 atas Vietnam di Stadion Gelora Bung Karno, Selasa malam.',
  'Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan lebat di Jawa Tengah hingga akhir pekan.',
  'Bank Indonesia mempertahankan suku bunga acuan di level 6 persen dalam rapat dewan gubernur bulan ini.',
  'Kementerian Kesehatan mencatat 1.200 kasus demam berdarah di Jawa Timur sepanjang Januari hingga Maret.',
];

function page(title: string, paras: string[], published?: string): string {
  return `<!doctype html><html><head><title>${title}</title><meta property="og:title" content="${title}">${published ? `<meta property="article:published_time" content="${published}">` : ''}</head><body><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

let dir: string;
// One pool for all jobs here (starting workers under tsx costs seconds), running the light
// test worker: the job is under test here; the full pipeline on workers is pool.test.ts's.
let pool: AnalyzePool;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-ingest-'));
  pool = new AnalyzePool({ workers: 2, workerUrl: new URL('./testing/light-worker.ts', import.meta.url) });
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await pool.close();
});
const ingest = (o: Omit<IngestOptions, 'pool'>) => runIngest({ ...o, pool });

function corpus(name: string): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'sub'), { recursive: true });
  const lines = ARTICLES.map((t, i) => JSON.stringify({ id: `a${i}`, text: t, published: '2024-04-02' }));
  lines.splice(2, 0, '{"text": 42}', 'bukan json');
  writeFileSync(join(root, 'batch.jsonl'), lines.join('\n') + '\n');
  writeFileSync(join(root, 'sub', 'satu.txt'), 'Presiden meresmikan jalan tol Trans Sumatra ruas Bengkulu-Taba Penanjung sepanjang 16,7 kilometer, Sabtu.');
  writeFileSync(join(root, 'sub', 'halaman.html'), page('Banjir Rendam Bekasi', ARTICLES.slice(0, 4), '2024-04-02T09:00:00+07:00'));
  writeFileSync(join(root, 'sub', 'gambar.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, 'sub', 'kosong.txt'), '   \n');
  return root;
}

test('a folder is ingested with per-reason skips, and a rerun changes nothing', async () => {
  const root = corpus('folder');
  const store = new MemoryStore();
  const statePath = join(dir, 'folder.state.json');
  const first = await ingest({ sources: [root], store, workers: 2, statePath });
  assert.equal(first.ingested, 8, JSON.stringify(first));
  assert.equal(first.skipped, 4);
  assert.deepEqual(Object.keys(first.reasons).sort(), ['bad-field', 'bad-json', 'empty', 'unsupported-file']);
  assert.equal(first.interrupted, false);
  const second = await ingest({ sources: [root], store, workers: 2, statePath });
  assert.equal(second.ingested, 0);
  assert.equal(second.resumed, 11, JSON.stringify(second));
  // Without the state file the store's own idempotence still holds.
  const third = await ingest({ sources: [root], store, workers: 1 });
  assert.equal(third.ingested, 0);
  assert.equal(third.unchanged, 8);
  assert.equal(store.inserts, 8);
});

test('an interrupted job resumes without losing or duplicating anything', async () => {
  const root = join(dir, 'big');
  mkdirSync(root);
  // More than the job reads ahead (workers × queue depth + a batch), so that the stop leaves some unread.
  const n = 300;
  writeFileSync(join(root, 'many.jsonl'), Array.from({ length: n }, (_, i) => JSON.stringify({ id: `b${i}`, text: `${ARTICLES[i % 6]} (nomor ${i})` })).join('\n'));
  const store = new MemoryStore();
  const statePath = join(dir, 'big.state.json');
  const ac = new AbortController();
  const first = await ingest({
    sources: [root], store, workers: 2, statePath, batchSize: 5, signal: ac.signal,
    onProgress: (p) => { if (p.done >= 15) ac.abort(); },
  });
  assert.equal(first.interrupted, true);
  assert.ok(store.inserts >= 15 && store.inserts < n, `stored ${store.inserts} before the stop`);
  const second = await ingest({ sources: [root], store, workers: 2, statePath, batchSize: 5 });
  assert.equal(second.interrupted, false);
  assert.equal(store.inserts, n);
  assert.equal(store.articles.size, n);
  assert.equal(first.ingested + second.ingested, n);
  assert.ok(second.resumed >= 10, `resumed ${second.resumed}`);
});

test('a changed file is re-read and changed articles are updated', async () => {
  const root = join(dir, 'changing');
  mkdirSync(root);
  const f = join(root, 'x.jsonl');
  writeFileSync(f, JSON.stringify({ url: 'https://contoh.example/1', text: ARTICLES[0] }) + '\n');
  const store = new MemoryStore();
  const statePath = join(dir, 'changing.state.json');
  await ingest({ sources: [root], store, workers: 1, statePath });
  writeFileSync(f, JSON.stringify({ url: 'https://contoh.example/1', text: `${ARTICLES[0]} Pembaruan: harga berlaku nasional.` }) + '\n' + JSON.stringify({ url: 'https://contoh.example/2', text: ARTICLES[1] }) + '\n');
  const r = await ingest({ sources: [root], store, workers: 1, statePath });
  assert.equal(r.updated, 1);
  assert.equal(r.ingested, 1);
  assert.equal(store.articles.get('https://contoh.example/1')?.version, 2);
});

test('a batch the store refuses is retried item by item; the bad one is reported', async () => {
  const root = join(dir, 'refuse');
  mkdirSync(root);
  writeFileSync(join(root, 'x.jsonl'), ARTICLES.map((t) => JSON.stringify({ text: t })).join('\n'));
  const store = new MemoryStore();
  store.failOn = (j) => j.text.startsWith('ANTARA');
  const r = await ingest({ sources: [root], store, workers: 1, batchSize: 100 });
  assert.equal(r.ingested, 5);
  assert.equal(r.reasons['store-error']?.count, 1);
});

test('a feed on a local server: entries fetched politely, failures reported, a rerun is conditional', async () => {
  const hits = new Map<string, number>();
  let base = '';
  const server: Server = createServer((req, res) => {
    const p = req.url ?? '/';
    hits.set(p, (hits.get(p) ?? 0) + 1);
    if (p === '/robots.txt') return res.writeHead(200).end('User-agent: *\nDisallow: /larang\n');
    if (p === '/rss.xml') {
      if (req.headers['if-none-match'] === '"f1"') return res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' });
      const items = ['/berita/1', '/berita/2', '/hilang', '/larang/3', '/gambar.jpg'].map((u, i) => `<item><title>Berita ${i}</title><link>${base}${u}</link><pubDate>Tue, 02 Apr 2024 0${i}:00:00 +0700</pubDate></item>`).join('');
      return res.end(`\n<?xml version="1.0"?><rss version="2.0"><channel><title>Contoh</title>${items}</channel></rss>`);
    }
    const m = /^\/berita\/(\d)$/.exec(p);
    if (m) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`Judul ${m[1]}`, ARTICLES.slice(Number(m[1]), Number(m[1]) + 3), m[1] === '3' ? '2024-04-03T10:00:00+07:00' : undefined));
    if (p === '/rusak.xml') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss><channel><item><title>Rusak</title></channel>');
    if (p === '/lambat') return; // never answers
    if (p === '/raksasa') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(256 * 1024, 'a');
      let sent = 0;
      const pump = (): void => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
    if (p === '/gambar.jpg') return res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(10));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const store = new MemoryStore();
    const statePath = join(dir, 'feed.state.json');
    const fetcher = { allowPrivateAddresses: true, perHostDelayMs: 0, retries: 0 };
    const r = await ingest({ sources: [`${base}/rss.xml`], store, workers: 1, statePath, fetcher });
    assert.equal(r.ingested, 2, JSON.stringify(r));
    assert.deepEqual(Object.keys(r.reasons).sort(), ['fetch-http-error', 'fetch-robots', 'not-html']);
    const stored = store.articles.get(`${base}/berita/1`)?.json;
    // The workers prepare the rows: the store receives them ready to write.
    assert.ok(stored?.format === 'warta/prepared');
    assert.equal(stored.published, '2024-04-02T00:00:00+07:00', 'the feed date fills in for a page without one');
    const again = await ingest({ sources: [`${base}/rss.xml`], store, workers: 1, statePath, fetcher });
    assert.equal(again.ingested, 0);
    // A malformed feed, a page that never answers and a 20 MB page: each reported, the batch goes on.
    const bad = await ingest({
      sources: [`${base}/rusak.xml`, `${base}/lambat`, `${base}/raksasa`, `${base}/berita/3`], store, workers: 1,
      fetcher: { ...fetcher, timeoutMs: 500, maxBytes: 5_000_000 },
    });
    assert.equal(bad.ingested, 1, JSON.stringify(bad));
    assert.deepEqual(Object.keys(bad.reasons).sort(), ['feed-item-without-link', 'fetch-timeout', 'fetch-too-large', 'malformed-feed']);
    assert.equal(hits.get('/berita/1'), 1, 'a stored article is not fetched again');
    assert.equal(hits.get('/larang/3'), undefined, 'robots.txt kept the fetcher out');
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('the first Ctrl-C aborts the job signal (the job then stops after in-flight items)', () => {
  let told = 0;
  const { signal, dispose } = abortOnSigint(() => told++);
  try {
    assert.equal(signal.aborted, false);
    process.emit('SIGINT');
    assert.equal(signal.aborted, true);
    assert.equal(told, 1);
  } finally {
    dispose();
  }
  assert.equal(process.listenerCount('SIGINT'), 0);
});
