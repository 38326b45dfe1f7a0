import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordTable } from '../../text/word-table.js';
import { letterShapes } from './letter-shapes.js';
import { Pieces, K_DIGITS, K_OTHER, K_WORD } from './pieces.js';

const table = new WordTable([['kata', 1], ['ujar', 2], ['menurut', 3], ['katanya', 4], ['pak', 0], ['ästhetik', 9]]);

test('WordTable: lower-cased lookups from spans of a text', () => {
  const cases: Array<[string, number, number, number]> = [
    ['kata', 0, 4, 1],
    ['"Kami siap," KATA Budi', 13, 17, 1],
    ['Menurut dia', 0, 7, 3],
    ['katanya', 0, 7, 4],
    ['katanya', 0, 4, 1],
    ['Pak Budi', 0, 3, 0],
    ['kat', 0, 3, -1],
    ['ujarnya', 0, 7, -1],
    ['Budi', 0, 4, -1],
  ];
  for (const [text, s, e, want] of cases) assert.equal(table.get(text, s, e), want, `${text}[${s},${e})`);
});

test('WordTable: a span with other than ASCII characters is left to the caller', () => {
  assert.equal(table.get('Ästhetik', 0, 8), WordTable.NOT_ASCII);
  assert.equal(table.get('katá', 0, 4), WordTable.NOT_ASCII);
});

test('letterShapes: the a-z part of a first << 7 | last table', () => {
  const shapes = new Uint32Array(128 * 128);
  shapes[(107 << 7) | 97] = 1 << 4; // `kata`
  const small = letterShapes(shapes);
  assert.equal(small[(107 - 97) * 26 + (97 - 97)], 1 << 4);
  assert.equal(small.reduce((n, x) => n + (x ? 1 : 0), 0), 1);
});

test('Pieces: split as the amounts scanner splits (digit groups, hyphenated words, single others)', () => {
  const text = 'Rp4,8 triliun, kota-kota  (ke-36) “NO2”';
  const p = new Pieces(text);
  const got = Array.from({ length: p.n }, (_, i) => [p.text(i), p.kind[i]]);
  assert.deepEqual(got, [
    ['Rp', K_WORD], ['4,8', K_DIGITS], ['triliun', K_WORD], [',', K_OTHER], ['kota-kota', K_WORD], ['(', K_OTHER],
    ['ke', K_WORD], ['-', K_OTHER], ['36', K_DIGITS], [')', K_OTHER], ['“', K_OTHER], ['NO', K_WORD], ['2', K_DIGITS], ['”', K_OTHER],
  ]);
  assert.equal(p.at(text.indexOf('kota')), 4);
  assert.ok(p.is(3, 44) && !p.is(2, 44) && !p.is(99, 44));
  assert.equal(p.lower(0), 'rp');
  assert.equal(p.text(99), '');
});
