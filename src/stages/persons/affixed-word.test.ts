import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAffixedWord } from './affixed-word.js';

const cases: Array<[word: string, affixed: boolean]> = [
  // Common words capitalised at a sentence start (`Kematian Sahar memicu protes`, `Absennya Pogba membuat ...`).
  ['kematian', true],
  ['berhubung', true],
  ['absennya', true],
  ['beruntunglah', true],
  ['merekapun', true],
  ['ampun', false],
  ['fokuslah', true],
  ['berlainan', true],
  // Given names: listed roots, short roots under a prefix, and prefixes that make names.
  ['abdullah', false],
  ['didong', false],
  ['dimas', false],
  ['permana', false],
  ['mentari', false],
  ['budi', false],
  ['sonya', false],
];

for (const [word, affixed] of cases) {
  test(`isAffixedWord: ${word} -> ${affixed}`, () => assert.equal(isAffixedWord(word), affixed));
}
