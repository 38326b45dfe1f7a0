import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../../eval/shared-data.js';
import { parseFeedDate } from './feed-date.js';
import { parseFeed } from './parse-feed.js';

test('feed dates keep their offset; two-digit years and GMT are read', () => {
  const table: Array<[string, string | null]> = [
    ['Thu, 05 Nov 2015 14:56:43 +0700', '2015-11-05T14:56:43+07:00'],
    ['Thu, 05 Nov 15 12:58:01 +0700', '2015-11-05T12:58:01+07:00'],
    ['Thu, 05 Nov 2015 03:08:58 GMT', '2015-11-05T03:08:58+00:00'],
    ['Kamis, 05 Nov 2015 10:00:00 WIB', '2015-11-05T10:00:00+07:00'],
    ['2024-04-02T14:05:00+07:00', '2024-04-02T14:05:00+07:00'],
    ['2024-04-02T07:05:00Z', '2024-04-02T07:05:00+00:00'],
    ['2024-04-02', '2024-04-02'],
    ['kemarin sore', null],
  ];
  for (const [v, want] of table) assert.equal(parseFeedDate(v), want, v);
});

const RSS = `
<?xml version="1.0" encoding="iso-8859-1"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Warta Contoh</title><link>https://contoh.example</link>
<item><title>Banjir Rendam Ratusan Rumah di Bekasi</title><link>https://contoh.example/berita/1</link><pubDate>Thu, 05 Nov 15 12:58:01 +0700</pubDate></item>
<item><title>Harga Cabai Naik &amp; Bawang Turun</title><link>http://contoh.feedsportal.com/c/1/f/2/s/3/story01.htm</link><guid isPermaLink="false">https://contoh.example/berita/2</guid><pubDate>Thu, 05 Nov 2015 03:08:58 GMT</pubDate></item>
<item><title>Tanpa tautan</title></item>
</channel></rss>`;

test('RSS 2.0 with a newline before <?xml, a two-digit year, a redirector link and an item without link', () => {
  const r = parseFeed(Buffer.from(RSS, 'utf8'));
  assert.ok(r.ok);
  assert.equal(r.feed.kind, 'rss');
  assert.deepEqual(r.feed.entries.map((e) => [e.url, e.title, e.published]), [
    ['https://contoh.example/berita/1', 'Banjir Rendam Ratusan Rumah di Bekasi', '2015-11-05T12:58:01+07:00'],
    ['https://contoh.example/berita/2', 'Harga Cabai Naik & Bawang Turun', '2015-11-05T03:08:58+00:00'],
  ]);
  assert.deepEqual(r.feed.skipped, [{ index: 2, reason: 'no http(s) link' }]);
});

test('Atom entries take the alternate link', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Warta Atom</title>
<entry><title type="html">Gempa M5,2 Guncang Cianjur</title><link rel="self" href="https://contoh.example/api/3"/><link rel="alternate" href="https://contoh.example/berita/3"/><id>tag:contoh.example,2024:3</id><published>2024-04-02T14:05:00+07:00</published></entry>
<entry><title>Relative</title><link href="/berita/4"/><updated>2024-04-02T15:00:00Z</updated></entry></feed>`;
  const r = parseFeed(atom, 'https://contoh.example/atom.xml');
  assert.ok(r.ok);
  assert.equal(r.feed.kind, 'atom');
  assert.deepEqual(r.feed.entries.map((e) => e.url), ['https://contoh.example/berita/3', 'https://contoh.example/berita/4']);
  assert.equal(r.feed.entries[0]!.published, '2024-04-02T14:05:00+07:00');
});

test('Google News sitemap, plain sitemap and sitemap index', () => {
  const news = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://contoh.example/berita/5</loc><news:news><news:publication><news:name>Warta</news:name><news:language>id</news:language></news:publication><news:publication_date>2024-04-02T08:00:00+07:00</news:publication_date><news:title>Presiden Resmikan Bendungan di NTT</news:title></news:news></url>
<url><loc>https://contoh.example/berita/6</loc><lastmod>2024-04-01</lastmod></url></urlset>`;
  const r = parseFeed(news);
  assert.ok(r.ok);
  assert.equal(r.feed.kind, 'sitemap');
  assert.deepEqual(r.feed.entries, [
    { url: 'https://contoh.example/berita/5', title: 'Presiden Resmikan Bendungan di NTT', published: '2024-04-02T08:00:00+07:00' },
    { url: 'https://contoh.example/berita/6', title: null, published: '2024-04-01' },
  ]);
  const idx = parseFeed(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://contoh.example/sitemap-1.xml</loc></sitemap><sitemap><loc>https://contoh.example/sitemap-2.xml</loc></sitemap></sitemapindex>`);
  assert.ok(idx.ok);
  assert.equal(idx.feed.kind, 'sitemap-index');
  assert.deepEqual(idx.feed.sitemaps, ['https://contoh.example/sitemap-1.xml', 'https://contoh.example/sitemap-2.xml']);
});

test('a feed that is not well-formed is read leniently and says so', () => {
  const r = parseFeed('<?xml version="1.0"?><rss><channel><item><title>Rusak</title><link>https://contoh.example/r</link></item><item><title>Tanpa akhir</title></channel>');
  assert.ok(r.ok);
  assert.match(r.feed.malformed ?? '', /not well-formed/);
  assert.equal(r.feed.entries[0]?.url, 'https://contoh.example/r');
});

test('not a feed: an HTML page, plain text, broken XML', () => {
  const table: Array<[string, string]> = [
    ['<html><body><p>Berita hari ini</p></body></html>', 'not-a-feed'],
    ['Berita hari ini', 'not-a-feed'],
    ['<?xml version="1.0"?><catalog><book>Judul</catalog>', 'malformed-feed'],
  ];
  for (const [doc, reason] of table) {
    const r = parseFeed(doc);
    assert.equal(r.ok, false, doc);
    assert.equal(!r.ok && r.problem.reason, reason, doc);
  }
});

const dir = sharedDir() ? join(sharedDir()!, 'data', 'news-html') : null;
test('the four real feeds: every item with its link, title and date', { skip: !(dir && existsSync(join(dir, 'feeds.jsonl'))) && 'needs ../shared/data/news-html' }, () => {
  const truth = readFileSync(join(dir!, 'feeds.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; items: Array<{ link: string; guid: string; title: string; published: string }> });
  for (const t of truth) {
    const r = parseFeed(readFileSync(join(dir!, t.file)));
    assert.ok(r.ok, t.file);
    assert.equal(r.feed.entries.length, t.items.length, t.file);
    r.feed.entries.forEach((e, i) => {
      const it = t.items[i]!;
      assert.equal(e.url, it.link.includes('feedsportal.com') ? it.guid : it.link);
      assert.equal(e.title, it.title);
      assert.equal(e.published, it.published);
    });
  }
});
