import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalyzePool, type PoolResult } from './pool.js';

const SENTENCES = [
  'TEMPO.CO, Jakarta - Presiden Joko Widodo meresmikan Bendungan Tapin di Kalimantan Selatan pada Jumat, 4 Maret 2022.',
  'Harga beras medium naik menjadi Rp12.500 per kilogram di Pasar Induk Cipinang, kata pedagang.',
  'Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan lebat di Jawa Barat hingga Minggu.',
  'Timnas Indonesia menang 2-0 atas Vietnam di Stadion Gelora Bung Karno, Jakarta, Selasa malam.',
];

test('articles are analysed on workers and come back in input order with their source', async () => {
  const pool = new AnalyzePool({ workers: 2 });
  try {
    const items = Array.from({ length: 12 }, (_, i) => ({ input: { text: SENTENCES[i % 4]! }, source: { n: i } }));
    const out = [];
    for await (const r of pool.map(items)) out.push(r);
    assert.deepEqual(out.map((r) => r.source.n), items.map((i) => i.source.n));
    for (const r of out) {
      assert.ok(r.ok, !r.ok ? r.error : '');
      assert.equal(r.json.format, 'warta/analysis');
      assert.equal(r.json.text, SENTENCES[r.source.n % 4]);
    }
  } finally {
    await pool.close();
  }
});

const FIXTURE = new URL('./misbehaving-worker.fixture.ts', import.meta.url);

test('a worker crash, a hang and a throw are per-record errors; the batch goes on', async () => {
  const pool = new AnalyzePool({ workers: 2, taskTimeoutMs: 400, workerUrl: FIXTURE });
  try {
    const texts = ['satu', 'KRASH', 'dua', 'MACET', 'tiga', 'LEMPAR', 'empat', 'KRASH', 'lima'];
    const out = [];
    for await (const r of pool.map(texts.map((t) => ({ input: { text: t }, source: t })), { ordered: false })) out.push(r);
    const by = new Map(out.map((r) => [r.source, r]));
    assert.equal(out.length, texts.length);
    for (const t of ['satu', 'dua', 'tiga', 'empat', 'lima']) assert.equal(by.get(t)?.ok, true, t);
    const code = (t: string) => { const r = by.get(t)!; return r.ok ? 'ok' : r.code ?? r.error; };
    assert.equal(code('KRASH'), 'worker-crashed');
    assert.equal(code('MACET'), 'timeout');
    assert.equal(code('LEMPAR'), 'dilempar');
  } finally {
    await pool.close();
  }
});

test('the source is read no faster than the pool works (bounded in flight)', async () => {
  const pool = new AnalyzePool({ workers: 1, workerUrl: FIXTURE });
  try {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) {
        pulled++;
        yield { input: { text: `berita ${i}` }, source: i };
      }
    }
    let maxAhead = 0;
    let consumed = 0;
    for await (const r of pool.map(source(), { maxInFlight: 3 })) {
      assert.ok(r.ok);
      consumed++;
      maxAhead = Math.max(maxAhead, pulled - consumed);
    }
    assert.equal(consumed, 50);
    assert.ok(maxAhead <= 3, `read ${maxAhead} ahead`);
  } finally {
    await pool.close();
  }
});

test('an abort stops reading; what is in flight still finishes', async () => {
  const pool = new AnalyzePool({ workers: 1, workerUrl: FIXTURE });
  try {
    const ac = new AbortController();
    const items = Array.from({ length: 100 }, (_, i) => ({ input: { text: `berita ${i}` }, source: i }));
    let n = 0;
    for await (const r of pool.map(items, { signal: ac.signal, maxInFlight: 2 })) {
      assert.ok(r.ok);
      if (++n === 5) ac.abort();
    }
    assert.ok(n >= 5 && n <= 8, `got ${n}`);
  } finally {
    await pool.close();
  }
});

test('a page is extracted on the worker; a page that is not an article is that item\'s error', async () => {
  const pool = new AnalyzePool({ workers: 1 });
  try {
    const body = SENTENCES.map((s) => `<p>${s} ${s}</p>`).join('');
    const page = { html: `<html><head><title>Berita</title></head><body><article><h1>Jokowi Resmikan Bendungan Tapin</h1>${body}</article></body></html>`, url: 'https://contoh.example/b/1', fallback: { published: '2022-03-04' } };
    const empty = { html: '<html><body><a href="/a">Beranda</a></body></html>' };
    const out = [];
    for await (const r of pool.map([{ page, source: 'a' }, { page: empty, source: 'b' }])) out.push(r);
    assert.ok(out[0]!.ok);
    assert.equal(out[0]!.ok && out[0]!.json.meta.url, 'https://contoh.example/b/1');
    assert.equal(out[0]!.ok && out[0]!.json.meta.published, '2022-03-04');
    assert.equal(!out[1]!.ok && out[1]!.code, 'not-an-article');
  } finally {
    await pool.close();
  }
});

test('workers that cannot start fail the tasks instead of respawning forever', async () => {
  const pool = new AnalyzePool({ workers: 1, workerUrl: new URL('data:text/javascript,throw new Error("modul rusak")') });
  try {
    const r = await pool.run({ input: { text: 'Berita apa saja.' } });
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.code, 'worker-start');
    assert.match(!r.ok ? r.error : '', /modul rusak/);
  } finally {
    await pool.close();
  }
});

const threadOf = (r: { ok: boolean; json?: unknown }) => (r.ok ? (r.json as { meta: { threadId: number } }).meta.threadId : -1);

test('tasks queued behind a crash or a hang on the same worker run again on a fresh one; only the culprit fails', async () => {
  // One worker holding up to 8 tasks: everything after KRASH and MACET was posted to the worker that died.
  const pool = new AnalyzePool({ workers: 1, queueDepth: 8, taskTimeoutMs: 400, workerUrl: FIXTURE });
  try {
    const texts = ['satu', 'KRASH', 'dua', 'tiga', 'MACET', 'empat', 'lima'];
    const out = [];
    for await (const r of pool.map(texts.map((t) => ({ input: { text: t }, source: t })), { maxInFlight: 8 })) out.push(r);
    assert.deepEqual(out.map((r) => (r.ok ? 'ok' : r.code)), ['ok', 'worker-crashed', 'ok', 'ok', 'timeout', 'ok', 'ok']);
    const threads = out.map(threadOf);
    // Three workers in turn: the first until KRASH, its replacement until MACET, then a third.
    assert.notEqual(threads[2], threads[0]);
    assert.equal(threads[3], threads[2]);
    assert.notEqual(threads[5], threads[3]);
    assert.equal(threads[6], threads[5]);
  } finally {
    await pool.close();
  }
});

test('the timeout counts from when the worker starts a task, not from when it was queued on it', async () => {
  // Five 150 ms tasks queued at once on one worker: the last starts after 600 ms, past the 400 ms limit.
  const pool = new AnalyzePool({ workers: 1, queueDepth: 8, taskTimeoutMs: 400, workerUrl: FIXTURE });
  try {
    const out = await Promise.all(Array.from({ length: 5 }, () => pool.run({ input: { text: 'LAMBAT' } })));
    assert.deepEqual(out.map((r) => (r.ok ? 'ok' : r.code)), ['ok', 'ok', 'ok', 'ok', 'ok']);
    // The worker reports its idle time between tasks: none, as the next task was already waiting.
    for (const r of out.slice(1)) assert.ok(r.waitMs !== undefined && r.waitMs < 50, `waited ${r.waitMs} ms`);
  } finally {
    await pool.close();
  }
});

test('closing the pool settles the running task and those queued behind it', async () => {
  const pool = new AnalyzePool({ workers: 1, queueDepth: 4, workerUrl: FIXTURE });
  const first = await pool.run({ input: { text: 'siap' } });
  assert.ok(first.ok);
  const pending = ['MACET', 'satu', 'dua', 'tiga', 'empat', 'lima'].map((text) => pool.run({ input: { text } }));
  await new Promise((r) => setTimeout(r, 50));
  await pool.close();
  const out = await Promise.all(pending);
  assert.deepEqual(out.map((r) => (r.ok ? 'ok' : r.code)), ['worker-crashed', 'closed', 'closed', 'closed', 'closed', 'closed']);
});

const BATCHING = new URL('./batching-worker.fixture.ts', import.meta.url);
const metaOf = (r: { ok: boolean; json?: unknown }) => (r.ok ? (r.json as { meta: { threadId: number; batch: number; handled: number } }).meta : null);

test('a batching worker takes the tasks already waiting together, each once, and answers them in order', async () => {
  const pool = new AnalyzePool({ workers: 1, queueDepth: 8, workerUrl: BATCHING });
  try {
    // The worker sleeps on the first task while the others are posted: they wait for it, and then go in batches of up to 4.
    const texts = ['LAMBAT', ...Array.from({ length: 11 }, (_, i) => `berita ${i}`)];
    const out = [];
    for await (const r of pool.map(texts.map((t) => ({ input: { text: t }, source: t })), { maxInFlight: 12 })) out.push(r);
    assert.deepEqual(out.map((r) => r.source), texts);
    assert.ok(out.every((r) => r.ok));
    const metas = out.map(metaOf);
    assert.ok(metas.some((m) => m!.batch > 1), 'no batch formed');
    assert.ok(metas.every((m) => m!.batch <= 4));
    // Each task handled exactly once, in order: no message both pulled into a batch and delivered again.
    assert.deepEqual(metas.map((m) => m!.handled), texts.map((_, i) => i + 1));
    // The first task of a batch reports the worker's idle time; the others waited for it, not for work.
    assert.ok(out.slice(1).every((r) => r.waitMs !== undefined));
  } finally {
    await pool.close();
  }
});

test('a crash or a hang inside a batch costs only the article that causes it', async () => {
  const pool = new AnalyzePool({ workers: 1, queueDepth: 8, taskTimeoutMs: 400, workerUrl: BATCHING });
  try {
    const texts = ['LAMBAT', 'satu', 'KRASH', 'dua', 'tiga', 'empat', 'lima', 'enam', 'LAMBAT', 'tujuh', 'MACET', 'delapan', 'LEMPAR', 'sembilan'];
    const out: Array<PoolResult<string>> = [];
    for await (const r of pool.map(texts.map((t) => ({ input: { text: t }, source: t })), { maxInFlight: 8 })) out.push(r);
    const code = (r: PoolResult<string>) => (r.ok ? 'ok' : r.code ?? r.error);
    assert.deepEqual(out.map((r) => [r.source, code(r)]), texts.map((t) => [t, t === 'KRASH' ? 'worker-crashed' : t === 'MACET' ? 'timeout' : t === 'LEMPAR' ? 'dilempar' : 'ok']));
  } finally {
    await pool.close();
  }
});

test('a healthy batch slower than the time limit is run again one by one instead of failing', async () => {
  // Four 150 ms tasks in one batch answer after 600 ms, past the 400 ms limit; each alone takes 150 ms.
  const pool = new AnalyzePool({ workers: 1, queueDepth: 8, taskTimeoutMs: 400, workerUrl: BATCHING });
  try {
    const out = await Promise.all(Array.from({ length: 6 }, () => pool.run({ input: { text: 'LAMBAT' } })));
    assert.deepEqual(out.map((r) => (r.ok ? 'ok' : r.code)), ['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  } finally {
    await pool.close();
  }
});
