import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bands, hamming, NEAR_DUPLICATE_DISTANCE, simhash } from './simhash.js';
import { copyTest } from './copy-test.js';
import { REPORTS } from './fixtures.js';

const article = readFileSync(fileURLToPath(new URL('../../examples/tempo-stoltenberg-kyiv.txt', import.meta.url)), 'utf8');
const paras = article.split('\n');

const copies: Array<[string, string]> = [
  ['changed punctuation and quotes', article.replace(/,/g, ' ;').replace(/[“”]/g, '"').replace(/\./g, '!')],
  ['dateline replaced', article.replace('TEMPO.CO, Jakarta - ', 'JAKARTA (ANTARA) - ')],
  ['new intro line', 'Kunjungan mendadak pejabat tinggi aliansi militer Barat ke ibu kota Ukraina menarik perhatian.\n' + article],
  ['trimmed ending', paras.slice(0, -3).join('\n')],
  ['intro line and trimmed ending', 'Kunjungan itu berlangsung tanpa pengumuman.\n' + paras.slice(0, -2).join('\n')],
];

test('simhash: 16 hex digits, deterministic, identical for the same words', () => {
  const h = simhash(article);
  assert.match(h, /^[0-9a-f]{16}$/);
  assert.equal(simhash(article), h);
  assert.equal(hamming(h, simhash(article.toUpperCase().replace(/\s+/g, '  '))), 0);
  assert.equal(hamming('0000000000000000', 'ffffffffffffffff'), 64);
  assert.equal(hamming('0000000000000001', '8000000000000000'), 2);
});

test('bands: pigeonhole, any hash within 3 bits shares a band', () => {
  const h = simhash(article);
  const flipped = (parseInt(h.slice(15), 16) ^ 1).toString(16);
  const near = h.slice(0, 15) + flipped;
  const a = bands(h);
  const b = bands(near);
  assert.equal(a.filter((x, i) => x === b[i]).length, 3);
  assert.deepEqual(bands('0001000200030004'), [1, 2, 3, 4]);
});

for (const [name, copy] of copies) {
  test(`near duplicate by simhash or sketch, confirmed as a copy: ${name}`, () => {
    const d = hamming(simhash(article), simhash(copy));
    const v = copyTest(article, copy);
    assert.ok(d <= NEAR_DUPLICATE_DISTANCE || v.resemblance >= 0.6, `distance ${d}, resemblance ${v.resemblance}`);
    assert.ok(v.copy, `copy test failed at resemblance ${v.resemblance}`);
  });
}

test('different articles are far apart on both measures', () => {
  const texts = [article, ...REPORTS.map((r) => r.text)];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const d = hamming(simhash(texts[i]!), simhash(texts[j]!));
      assert.ok(d > NEAR_DUPLICATE_DISTANCE, `distance ${d} between ${i} and ${j}`);
      assert.equal(copyTest(texts[i]!, texts[j]!).copy, false, `copy test between ${i} and ${j}`);
    }
  }
});
