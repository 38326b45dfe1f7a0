import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { splitBlocks } from './blocks.js';
import type { DomNode } from './dom.js';

const blocksOf = (html: string) => splitBlocks(parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as DomNode);

test('blocks: one per paragraph and per <br> line, kinds from the markup', () => {
  const table: Array<[string, Array<[string, string]>]> = [
    ['<p><strong>Jakarta</strong> -</p><p>Harga cabai naik tajam.</p>', [['body', 'Jakarta - Harga cabai naik tajam.']]],
    ['<p>Baris pertama.<br><br>Baris kedua.</p>', [['body', 'Baris pertama.'], ['body', 'Baris kedua.']]],
    ['<table><tr><td>Penulis</td><td>: Rina</td></tr></table>', [['body', 'Penulis : Rina']]],
    ['<figure><img src="a.jpg"><figcaption>Warga antre beras. (Foto: Dok)</figcaption></figure>', [['caption', 'Warga antre beras. (Foto: Dok)']]],
    ['<div class="baca-juga"><a href="/x">Baca juga: Tol Naik</a></div>', [['related', 'Baca juga: Tol Naik']]],
    ['<ul><li><a href="/a">Beranda</a></li><li><a href="/b">Nasional</a></li></ul>', [['links', 'Beranda'], ['links', 'Nasional']]],
    ['<p>Menurut <a href="/p">Presiden</a>, program berlanjut tahun depan.</p>', [['body', 'Menurut Presiden, program berlanjut tahun depan.']]],
  ];
  for (const [html, want] of table) assert.deepEqual(blocksOf(html).map((b) => [b.kind, b.text]), want, html);
});
