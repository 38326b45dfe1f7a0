import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatOf, readArticles, type ReadItem } from './read-articles.js';

const PARAS = [
  'Badan Nasional Penanggulangan Bencana mencatat 1.245 rumah rusak akibat gempa bermagnitudo 5,6 di Cianjur, Jawa Barat.',
  'Kepala BNPB mengatakan tim gabungan masih mencari korban yang tertimbun longsor di Kecamatan Cugenang hingga Selasa malam.',
  'Pemerintah daerah membuka 14 posko pengungsian dan dapur umum untuk melayani sekitar 5.000 warga yang mengungsi.',
];

async function all(path: string): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readArticles(path)) out.push(item);
  return out;
}

test('readArticles reads .html pages: an article, a front page, an oversized page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-read-html-'));
  try {
    const article = join(dir, 'gempa.html');
    writeFileSync(article, `<!doctype html><html><head><title>Gempa Cianjur - Contoh</title><meta property="og:title" content="Gempa Cianjur Rusak 1.245 Rumah"><meta property="article:published_time" content="2022-11-22T19:30:00+07:00"></head><body><article><h1>Gempa Cianjur Rusak 1.245 Rumah</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
    const [item] = await all(article);
    assert.ok(item?.ok, !item?.ok ? item?.problem.message : '');
    assert.equal(item.input.title, 'Gempa Cianjur Rusak 1.245 Rumah');
    assert.equal(item.input.published, '2022-11-22T19:30:00+07:00');
    assert.deepEqual(item.input.text.split('\n'), PARAS);

    const front = join(dir, 'beranda.htm');
    writeFileSync(front, `<html><body>${Array.from({ length: 30 }, (_, i) => `<a href="/b/${i}">Judul berita nomor ${i} hari ini</a><br>`).join('')}</body></html>`);
    const [f] = await all(front);
    assert.equal(!f?.ok && f?.problem.reason, 'not-an-article');

    const huge = join(dir, 'raksasa.html');
    writeFileSync(huge, `<html><body><p>${'a'.repeat(11_000_000)}</p></body></html>`);
    const [h] = await all(huge);
    assert.equal(!h?.ok && h?.problem.reason, 'too-large');
    assert.equal(formatOf('x.HTM'), 'html');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
