import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer } from './gazetteer.js';
import { hashString } from './hash.js';

const data = {
  types: ['PER', 'ORG', 'LOC'],
  names: [
    ['joko widodo', 'joko anwar', 'joko santoso', 'jens stoltenberg'],
    ['universitas indonesia', 'bank indonesia'],
    ['jakarta', 'jawa barat', 'jawa timur', 'satu dua tiga empat lima enam tujuh delapan sembilan'],
  ],
};
const g = new Gazetteer(data);
const hashes = (s: string) => Uint32Array.from(s.split(' ').map((w) => hashString(w)));

test('gazetteer: longest phrase per type, first token 1 and inner tokens 2', () => {
  const words = 'presiden joko widodo tiba di jawa barat dari jakarta'.split(' ');
  const m = g.match(hashes(words.join(' ')), words.length);
  const state = (t: number) => words.map((_, i) => m[i * 3 + t]).join('');
  assert.equal(state(0), '012000000');
  assert.equal(state(1), '000000000');
  assert.equal(state(2), '000001201');
});

test('gazetteer: a phrase prefix alone is no match, and names over eight words are left out', () => {
  const m = g.match(hashes('joko universitas satu dua tiga empat lima enam tujuh delapan sembilan'), 11);
  assert.deepEqual([...m].every((x) => x === 0), true);
  assert.equal(g.maxLen, 2);
});

test('gazetteer: edge buckets of first and last tokens, packed three bits a slot', () => {
  // `joko` opens three person names (bucket 2 for counts 2-3) and `indonesia` closes two organisation names.
  assert.equal(g.edgeBits(hashString('joko')), 2);
  assert.equal(g.edgeBits(hashString('indonesia')), 2 << (3 * 3));
  // `jawa` opens two place names: slot 4; `barat` closes one: slot 5, bucket 1.
  assert.equal(g.edgeBits(hashString('jawa')), 2 << (3 * 4));
  assert.equal(g.edgeBits(hashString('barat')), 1 << (3 * 5));
  // One-word names make no edges; unknown words have none.
  assert.equal(g.edgeBits(hashString('jakarta')), 0);
  assert.equal(g.edgeBits(hashString('surabaya')), 0);
});

test('gazetteer: edge buckets stay right while the tables grow (thousands of names)', () => {
  // Enough distinct edge words to double the tables several times while counting.
  const names = Array.from({ length: 6000 }, (_, i) => `awal${i} akhir${i}`);
  const big = new Gazetteer({ types: ['PER'], names: [names] });
  let wrong = 0;
  for (let i = 0; i < names.length; i++) {
    if (big.edgeBits(hashString(`awal${i}`)) !== 1) wrong++;
    if (big.edgeBits(hashString(`akhir${i}`)) !== 1 << 3) wrong++;
  }
  assert.equal(wrong, 0);
  const m = big.match(hashes('awal5999 akhir5999'), 2);
  assert.deepEqual([...m], [1, 2]);
});
