import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityJson, PersonJson } from '../../text/schema.js';
import { commonWordName } from './common-word-name.js';

const person = (name: string, mentions: string[]): PersonJson => ({ name, mentions, roles: [] });
const entity = (text: string, type: EntityJson['type']): EntityJson => ({ start: 0, end: text.length, text, type });

test('commonWordName: a root, a place, a title word or a listed company or religious name is no one-word name', () => {
  const text = 'Menurut Keppres ini, syaratnya berat. Bupati Lebak berharap semua datang. Penyelidik mengatakan kasus ditutup.';
  assert.equal(commonWordName('Keppres', [], [], text), true);
  assert.equal(commonWordName('Lebak', [], [entity('Lebak', 'LOC')], text), true);
  assert.equal(commonWordName('Penyelidik', [], [], text), true);
  // An affixed word the stemmer reduces to a root (`ragam`, `teliti`), not to a short one (`Trian`: tri + -an).
  assert.equal(commonWordName('Beragam', [], [], 'Beragam komentar juga datang dari netizen.'), true);
  assert.equal(commonWordName('Penelitian', [], [], 'Penelitian dari WHO menyebutkan rokok berbahaya.'), true);
  assert.equal(commonWordName('Trian', [], [], 'Trian menyebutkan rokok berbahaya.'), false);
  assert.equal(commonWordName('Gojek', [], [entity('Gojek', 'PER')], 'Gojek mengklaim jumlah pengguna naik.'), true);
  // A lone capital or a roman numeral, unless a person's name holds it (`Hari W`).
  assert.equal(commonWordName('I', [], [], 'pada semester I tahun 2019 yang dilakukan BPK, mengungkapkan hal itu.'), true);
  assert.equal(commonWordName('II', [], [], 'Satuan Setingkat Kompi (SSK) II menyatakan aktivitas belum normal.'), true);
  assert.equal(commonWordName('W', [person('Hari W', ['Hari W'])], [], 'tutur Hari W.'), false);
  // A word of no list, initials and names of two words are left alone.
  assert.equal(commonWordName('Sapwan', [], [], 'Camat Sapwan mengatakan jalan rusak.'), false);
  assert.equal(commonWordName('MS', [], [], 'MS mengaku bisa mengobati.'), false);
  assert.equal(commonWordName('Budi Santoso', [], [], 'Budi Santoso mengatakan.'), false);
});

test('commonWordName: a word of the lists the article writes as a person\'s name is a name', () => {
  // A person of the persons stage, or one of its mentions, or a tagger's person span holds it.
  assert.equal(commonWordName('Bima', [person('Bima Sakti', ['Bima Sakti', 'Bima'])], [], 'kata Bima.'), false);
  assert.equal(commonWordName('Dini', [], [entity('Dini', 'PER')], 'kata Dini.'), false);
  // After a rank, opening a longer name, or before an apposition naming a role.
  assert.equal(commonWordName('Kartini', [], [], 'ujar Bripka Kartini dalam diskusi.'), false);
  assert.equal(commonWordName('Media', [], [], 'Direktur CELIOS Media Wahyu Askar menilai. "Terhambat," ujar Media.'), false);
  assert.equal(commonWordName('Ria', [], [], 'Ria, salah satu mahasiswa Unhas mengatakan, harga naik.'), false);
});
