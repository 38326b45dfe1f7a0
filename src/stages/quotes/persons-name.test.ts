import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PersonJson } from '../../text/schema.js';
import { fullerPersonName } from './persons-name.js';

const person = (name: string, mentions: string[]): PersonJson => ({ name, mentions, roles: [] });

test('fullerPersonName: a short speaker name becomes the one longer person name holding it as whole words', () => {
  const persons = [person('Rycko Amelza Dahniel', ['Rycko Amelza Dahniel', 'Rycko']), person('Andre ter Stegen', ['Andre ter Stegen', 'ter Stegen'])];
  assert.equal(fullerPersonName('Rycko', 'Rycko', persons), 'Rycko Amelza Dahniel');
  assert.equal(fullerPersonName('ter Stegen', 'ter Stegen', persons), 'Andre ter Stegen');
  // Not a part of a word (`Rycko` in `Ryckoan`), nor a name already as long.
  assert.equal(fullerPersonName('Ryck', 'Ryck', persons), 'Ryck');
  assert.equal(fullerPersonName('Andre ter Stegen', 'Andre ter Stegen', persons), 'Andre ter Stegen');
});

test('fullerPersonName: two persons holding the name leave it as it is', () => {
  const persons = [person('Budi Karya Sumadi', ['Budi Karya Sumadi']), person('Budi Santoso', ['Budi Santoso', 'Budi'])];
  assert.equal(fullerPersonName('Budi', 'Budi', persons), 'Budi');
});

test('fullerPersonName: a person whose mentions merely include the name (a wrong join) does not take it', () => {
  assert.equal(fullerPersonName('Rudy', 'Rudy', [person('Wali Kota Solo', ['Wali Kota Solo', 'Rudy'])]), 'Rudy');
});

test('fullerPersonName: a speaker left unnamed is the person of two or more words written so, never a one-word one', () => {
  const persons = [person('Mohamed Salah', ['Mohamed Salah', 'Salah']), person('Apple', ['Apple'])];
  assert.equal(fullerPersonName(null, 'Salah', persons), 'Mohamed Salah');
  assert.equal(fullerPersonName(null, 'Apple', persons), null);
  assert.equal(fullerPersonName(null, 'seorang pejabat', persons), null);
  assert.equal(fullerPersonName(null, null, persons), null);
});
