import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityJson, PersonJson } from '../../text/schema.js';
import { bodyHeadedName, bodyName, commonWordName, oneWordPerson } from './common-word-name.js';

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

test('commonWordName: a place between an office and a name is the office\'s place, not a given name opening a longer one', () => {
  const text = 'Turut hadir Wakil Bupati Lebak Ade Sumardi. Bupati Lebak juga mengatakan bahwa kerbau bernilai tinggi.';
  assert.equal(commonWordName('Lebak', [], [], text), true);
  // After a place noun too (data/id/person-place-nouns.txt).
  assert.equal(commonWordName('Lebak', [], [], 'Sekretaris Daerah Lebak Dede Jaelani hadir. "Anggaran terbatas," ungkap Sekda Lebak.'), true);
  // A word of no place list opening a longer name is still a name (`Media Wahyu Askar`).
  assert.equal(commonWordName('Media', [], [], 'Direktur CELIOS Media Wahyu Askar menilai. "Terhambat," ujar Media.'), false);
});

test('commonWordName: a one-word place or body the tagger typed so and the NER gazetteer lists is no name', () => {
  // Tagged LOC in the article, a place in the gazetteer (not a root, nor of data/id/places-*.txt).
  const kansas = 'Menurut pejabat kesehatan Kansas pada Selasa kemarin, seorang perempuan menjadi korban.';
  assert.equal(commonWordName('Kansas', [], [entity('Kansas', 'LOC')], kansas), true);
  // Not tagged ORG or LOC: left alone; tagged but written as a person's name: a name.
  assert.equal(commonWordName('Kansas', [], [], kansas), false);
  assert.equal(commonWordName('Kansas', [person('Kansas Wibowo', ['Kansas Wibowo'])], [entity('Kansas', 'LOC')], kansas), false);
  // Tagged LOC but in no gazetteer of bodies and places (a person the tagger mistyped): stays.
  assert.equal(commonWordName('Zarco', [], [entity('Zarco', 'LOC')], 'kata Zarco.'), false);
});

test('bodyName: a name of two or more words the tagger typed ORG or LOC and the gazetteer lists as a body or a place', () => {
  assert.equal(bodyName('Nahdlatul Ulama', [], [entity('Nahdlatul Ulama', 'ORG')]), true);
  assert.equal(bodyName('Sekretariat Kabinet', [], [entity('Sekretariat Kabinet', 'ORG')]), true);
  // A person the tagger mistyped, in no body or place list: stays.
  assert.equal(bodyName('Gembong Warsono', [], [entity('Gembong Warsono', 'ORG')]), false);
  // A person of the article holds it, or a PER span does, or the tagger never typed it ORG/LOC: stays.
  assert.equal(bodyName('Nahdlatul Ulama', [person('Nahdlatul Ulama', ['Nahdlatul Ulama'])], [entity('Nahdlatul Ulama', 'ORG')]), false);
  assert.equal(bodyName('Nahdlatul Ulama', [], [entity('Nahdlatul Ulama', 'ORG'), entity('Nahdlatul Ulama', 'PER')]), false);
  assert.equal(bodyName('Nahdlatul Ulama', [], []), false);
  // One word is commonWordName's.
  assert.equal(bodyName('Kansas', [], [entity('Kansas', 'LOC')]), false);
});

test('bodyHeadedName: an organisation or group word before an acronym, a place or a listed body is no person\'s name', () => {
  assert.equal(bodyHeadedName('Bank BTN'), true);
  assert.equal(bodyHeadedName('Ditjen IKMA'), true);
  // A given name that is also a group word, or a body word before a person's name: stays.
  assert.equal(bodyHeadedName('Tim Cook'), false);
  assert.equal(bodyHeadedName('Rumah Anang'), false);
  assert.equal(bodyHeadedName('Taliban Zabihullah Mujahid'), false);
  assert.equal(bodyHeadedName('Budi Santoso'), false);
  assert.equal(bodyHeadedName('BTN'), false);
});

test('oneWordPerson: a one-word speaker mention that is, whole, one person\'s name is that person', () => {
  const fury = 'Duel ulang dengan Wilder bisa menjadi akhir karier Fury. "Mungkin tiga pertarungan lagi," kata Fury.';
  assert.equal(oneWordPerson('Fury', [person('Fury', ['Fury'])], [entity('Fury', 'ORG')], fury), 'Fury');
  // No such person, two of them, or a mention in capitals: none.
  assert.equal(oneWordPerson('Fury', [], [entity('Fury', 'ORG')], fury), null);
  assert.equal(oneWordPerson('Fury', [person('Fury', ['Fury']), person('Fury', ['Fury'])], [], fury), null);
  assert.equal(oneWordPerson('SGM', [person('SGM', ['SGM'])], [], 'kata SGM.'), null);
  // A group word of quote-speaker-words.tsv, a place, or a word of the language the persons stage took for a person.
  assert.equal(oneWordPerson('Taliban', [person('Taliban', ['Taliban'])], [entity('Taliban', 'ORG')], 'kata Taliban.'), null);
  assert.equal(oneWordPerson('Lebak', [person('Lebak', ['Lebak'])], [], 'kata Lebak.'), null);
  // A longer person holding the word is fullerPersonName's, not this: none here.
  assert.equal(oneWordPerson('Zarco', [person('Johann Zarco', ['Johann Zarco', 'Zarco'])], [], 'kata Zarco.'), null);
});
