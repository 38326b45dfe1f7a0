import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../../eval/shared-data.js';
import { decodeHtml } from './decode-html.js';
import { htmlToArticle } from './html-to-article.js';
import { parseMachineDate, parseShownDate, formatPageDate } from './page-date.js';

const PARAS = [
  'Pemerintah Provinsi Jawa Barat menyiapkan 1.200 posko mudik di sepanjang jalur selatan menjelang Lebaran tahun ini.',
  'Kepala Dinas Perhubungan Jawa Barat mengatakan posko tersebut dilengkapi tenaga kesehatan dan mekanik yang siaga selama 24 jam.',
  '"Kami ingin pemudik merasa aman dan nyaman selama perjalanan," katanya kepada wartawan di Gedung Sate, Selasa.',
  'Menurut dia, arus mudik diperkirakan mencapai puncaknya pada H-3 dengan jumlah kendaraan naik sekitar 15 persen dibanding tahun lalu.',
];

function page(opts: { jsonLd?: string; extraHead?: string; date?: string } = {}): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Jabar Siapkan 1.200 Posko Mudik - Warta Contoh</title>
<meta property="og:title" content="Jabar Siapkan 1.200 Posko Mudik">
<meta property="og:site_name" content="Warta Contoh">
<link rel="canonical" href="https://contoh.example/berita/2024/posko-mudik">
${opts.extraHead ?? ''}
${opts.jsonLd ? `<script type="application/ld+json">${opts.jsonLd}</script>` : ''}
</head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/daerah">Daerah</a></nav>
<article><h1 class="title">Jabar Siapkan 1.200 Posko Mudik</h1>
<div class="date">${opts.date ?? 'Selasa, 2 April 2024 | 14:05 WIB'}</div>
<div class="author">Oleh: Siti Rahma</div>
<figure><img src="a.jpg"><figcaption>Petugas memeriksa kendaraan pemudik di Nagreg. (FOTO: Dok. Warta)</figcaption></figure>
<div class="content"><p><strong>Bandung</strong> -</p><p>${PARAS.join('</p><p>')}</p>
<p class="baca-juga"><a href="/x">Baca juga: Tarif Tol Naik Menjelang Mudik</a></p></div></article>
<footer>Hak cipta Warta Contoh</footer></body></html>`;
}

test('an article page becomes paragraphs one per line with its metadata', () => {
  const r = htmlToArticle(page());
  assert.ok(r.ok, !r.ok ? r.problem.message : '');
  const { input, meta, blocks } = r.article;
  assert.equal(input.title, 'Jabar Siapkan 1.200 Posko Mudik');
  assert.equal(input.published, '2024-04-02T14:05+07:00');
  assert.equal(input.url, 'https://contoh.example/berita/2024/posko-mudik');
  assert.equal(input.outlet, 'Warta Contoh');
  assert.deepEqual(meta.authors, ['Siti Rahma']);
  const lines = input.text.split('\n');
  assert.ok(lines.includes(`Bandung - ${PARAS[0]}`), 'dateline joined to the first paragraph');
  for (const p of PARAS.slice(1)) assert.ok(lines.includes(p), p);
  assert.ok(blocks.some((b) => b.kind === 'related' && b.text === 'Baca juga: Tarif Tol Naik Menjelang Mudik'));
  assert.ok(lines.includes('Baca juga: Tarif Tol Naik Menjelang Mudik'), 'the related line stays in the text for the structure stage');
  assert.ok(!input.text.includes('Beranda'), 'navigation is not article text');
  assert.ok(!lines.includes('Jabar Siapkan 1.200 Posko Mudik'), 'the headline is the title, not a paragraph');
  assert.ok(!lines.some((l) => l.includes('14:05 WIB')), 'the date line is the published date, not a paragraph');
});

test('writers come from a labelled credit table, editors are left out', () => {
  const html = page().replace('<footer>', '<table><tr><td>Penulis</td><td>: Rina Wulandari</td></tr><tr><td>Editor</td><td>: Agus Salim</td></tr></table><footer>').replace('<div class="author">Oleh: Siti Rahma</div>', '');
  const r = htmlToArticle(html);
  assert.ok(r.ok);
  assert.deepEqual(r.article.meta.authors, ['Rina Wulandari']);
});

test('JSON-LD NewsArticle in an @graph gives date, authors and section', () => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Warta Contoh' },
      { '@type': 'NewsArticle', headline: 'Jabar Siapkan 1.200 Posko Mudik', datePublished: '2024-04-02T14:05:31+07:00', author: [{ '@type': 'Person', name: 'Siti Rahma' }, { '@type': 'Person', name: 'Budi Santoso' }], articleSection: 'Daerah' },
    ],
  });
  const r = htmlToArticle(page({ jsonLd: ld }));
  assert.ok(r.ok);
  assert.equal(r.article.input.published, '2024-04-02T14:05:31+07:00');
  assert.deepEqual(r.article.meta.authors, ['Siti Rahma', 'Budi Santoso']);
  assert.equal(r.article.meta.section, 'Daerah');
  assert.ok(r.article.meta.types.includes('NewsArticle'));
});

test('a machine date without zone takes the zone of the displayed date', () => {
  const r = htmlToArticle(page({ extraHead: '<meta property="article:published_time" content="2024-04-02 14:05:31">' }));
  assert.ok(r.ok);
  assert.equal(r.article.input.published, '2024-04-02T14:05:31+07:00');
});

test('a list of headlines is not an article', () => {
  const items = Array.from({ length: 40 }, (_, i) => `<li><a href="/b/${i}">Berita nomor ${i} tentang banjir di Jakarta Utara dan Bekasi hari ini</a></li>`).join('');
  const r = htmlToArticle(`<html><head><title>Indeks Berita</title></head><body><h1>Indeks</h1><ul>${items}</ul></body></html>`);
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.problem.reason, 'not-an-article');
});

test('displayed dates in Indonesian and English page styles', () => {
  const table: Array<[string, string | null]> = [
    ['Kamis, 05/11/2015 10:08 WIB', '2015-11-05T10:08+07:00'],
    ['Rabu, 4 November 2015 | 21:04 WIB', '2015-11-04T21:04+07:00'],
    ["Jum'at, 17 Februari 2017 - 13:30 wib", '2017-02-17T13:30+07:00'],
    ['on 16 Feb 2016 at 09:10 WIB', '2016-02-16T09:10+07:00'],
    ['Minggu, 14 Februari 2016 09:15', '2016-02-14T09:15'],
    ['Jumat , 17 February 2017, 13:16 WIB', '2017-02-17T13:16+07:00'],
    ['Sabtu, 10 Des 2022 07:16 WITA', '2022-12-10T07:16+08:00'],
    ['tanpa tanggal', null],
  ];
  for (const [shown, want] of table) {
    const p = parseShownDate(shown);
    assert.equal(p ? formatPageDate(p) : null, want, shown);
  }
  assert.equal(formatPageDate(parseMachineDate('2016-02-16T13:01:52+0700')!), '2016-02-16T13:01:52+07:00');
});

test('a page declaring ISO-8859-1 but sent as UTF-8 is read as UTF-8', () => {
  const html = '<html><head><meta charset="iso-8859-1"></head><body>© Kapanlagi — “kutipan”</body></html>';
  assert.ok(decodeHtml(Buffer.from(html, 'utf8')).includes('© Kapanlagi — “kutipan”'));
  const latin = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>caf\xe9</body></html>', 'latin1');
  assert.ok(decodeHtml(latin).includes('café'));
});

const dir = sharedDir() ? join(sharedDir()!, 'data', 'news-html') : null;
const haveShared = dir !== null && existsSync(join(dir, 'truth.jsonl'));

test('real pages: titles and dates match the truth, index pages are refused', { skip: !haveShared && 'needs ../shared/data/news-html' }, () => {
  const truths = readFileSync(join(dir!, 'truth.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; title: string; published: string | null });
  let titles = 0;
  let dates = 0;
  for (const t of truths) {
    const r = htmlToArticle(decodeHtml(readFileSync(join(dir!, t.file))));
    const meta = r.ok ? r.article.meta : r.meta;
    if (meta?.title === t.title) titles++;
    if (meta?.published?.slice(0, 16) === t.published?.slice(0, 16)) dates++;
  }
  assert.ok(titles / truths.length >= 0.9, `titles ${titles}/${truths.length}`);
  assert.ok(dates / truths.length >= 0.8, `dates ${dates}/${truths.length}`);
  const pages = readdirSync(join(dir!, 'pages'));
  const refused = pages.filter((f) => !htmlToArticle(decodeHtml(readFileSync(join(dir!, 'pages', f)))).ok).length;
  assert.ok(refused >= pages.length / 2, `refused ${refused}/${pages.length}`);
});
