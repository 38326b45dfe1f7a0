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

test('fullerPersonName: an unnamed office of two or more words that is one person\'s role, as written, is that person; not a group, an anonymous word or a one-word office', () => {
  const withRoles = (name: string, roles: string[]): PersonJson => ({ name, mentions: [name], roles });
  const persons = [withRoles('Hadi Tjahjanto', ['Panglima TNI']), withRoles('Joko Widodo', ['Presiden', 'Kepala Negara']), withRoles('Houthi', ['pejabat AS'])];
  assert.equal(fullerPersonName(null, 'Panglima TNI', persons), 'Hadi Tjahjanto');
  assert.equal(fullerPersonName(null, 'Kepala Negara', persons), 'Joko Widodo');
  assert.equal(fullerPersonName(null, 'Pejabat AS', persons), null);
  assert.equal(fullerPersonName(null, 'Presiden', persons), null);
  // Two persons with the role leave it unnamed.
  assert.equal(fullerPersonName(null, 'Panglima TNI', [...persons, withRoles('Gatot Nurmantyo', ['Panglima TNI'])]), null);
});
