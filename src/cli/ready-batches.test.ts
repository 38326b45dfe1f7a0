import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readyBatches } from './ready-batches.js';

async function collect<T>(src: AsyncIterable<T>, max: number): Promise<T[][]> {
  const out: T[][] = [];
  for await (const b of readyBatches(src, max)) out.push(b);
  return out;
}

async function* buffered(items: string[]) {
  for (const s of items) yield s;
}

async function* trickle(items: string[], ms: number) {
  for (const s of items) {
    await new Promise((r) => setTimeout(r, ms));
    yield s;
  }
}

test('items already available go together, up to the cap, in order', async () => {
  const judul = ['Banjir di Semarang', 'Harga beras naik', 'Timnas menang', 'Gempa di Cianjur', 'Pemilu 2024', 'Inflasi turun', 'Kereta cepat'];
  assert.deepEqual(await collect(buffered(judul), 3), [judul.slice(0, 3), judul.slice(3, 6), judul.slice(6)]);
  assert.deepEqual(await collect(buffered([]), 3), []);
});

test('a source that has to wait for its next item is not waited for: each item goes alone', async () => {
  assert.deepEqual(await collect(trickle(['satu', 'dua', 'tiga'], 20), 16), [['satu'], ['dua'], ['tiga']]);
});

test('an error from the source comes after the items read before it', async () => {
  async function* broken() {
    yield 'Berita pertama';
    yield 'Berita kedua';
    throw new Error('berkas rusak');
  }
  const seen: string[][] = [];
  await assert.rejects(async () => {
    for await (const b of readyBatches(broken(), 16)) seen.push(b);
  }, /berkas rusak/);
  assert.deepEqual(seen, [['Berita pertama', 'Berita kedua']]);
});

test('a consumer that stops early closes the source', async () => {
  let closed = false;
  async function* src() {
    try {
      for (let i = 0; ; i++) yield i;
    } finally {
      closed = true;
    }
  }
  for await (const b of readyBatches(src(), 4)) {
    assert.deepEqual(b, [0, 1, 2, 3]);
    break;
  }
  assert.ok(closed);
});

test('a consumer that fails while the source waits for input is not held up by that wait', async () => {
  let release!: () => void;
  let closed = false;
  async function* pipa() {
    try {
      yield 'Berita pertama';
      await new Promise<void>((r) => (release = r)); // a pipe with nothing more to read yet
      yield 'Berita kedua';
    } finally {
      closed = true;
    }
  }
  await assert.rejects(async () => {
    for await (const b of readyBatches(pipa(), 16)) {
      assert.deepEqual(b, ['Berita pertama']);
      throw new Error('keluaran rusak');
    }
  }, /keluaran rusak/);
  assert.equal(closed, false);
  release();
  await new Promise((r) => setImmediate(r));
  assert.ok(closed, 'the source is still closed once its read settles');
});
