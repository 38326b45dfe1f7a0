import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import { withTitles } from './titled-name.js';

test('withTitles: the person\'s longest mention holding the whole name, else the name', () => {
  const persons = [
    { name: 'Iqbal Subhan Nugraha', mentions: ['Ustaz Iqbal Subhan Nugraha', 'Ustad Iqbal'], roles: [] },
    { name: 'Dede Iskandar', mentions: ['AKP Dede Iskandar', 'Dede'], roles: [] },
    { name: 'Susana', mentions: ['Susana SPd'], roles: [] },
    { name: 'Rudi Hartono', mentions: ['Rudi Hartono', 'Rudi'], roles: [] },
    // A sentence-initial function word the persons stage took into a mention lends nothing.
    { name: 'Kasri', mentions: ['Kasri', 'Oleh Kasri'], roles: [] },
    { name: 'Lalu Hedwin', mentions: ['AKP Lalu Hedwin', 'Dari Lalu Hedwin'], roles: [] },
    { name: 'Samsul Adnan', mentions: ['Samsul Adnan', 'Lalu Samsul Adnan'], roles: [] },
    // A form of address or kinship lends nothing: `Pak Imam` inside a quote, `ibu Jefri Nichol` (his mother).
    { name: 'Imam Nahrawi', mentions: ['Imam Nahrawi', 'Pak Imam Nahrawi'], roles: [] },
    { name: 'Jefri Nichol', mentions: ['Jefri Nichol', 'ibu Jefri Nichol'], roles: [] },
  ];
  const cases: Array<[string, string]> = [
    ['Iqbal Subhan Nugraha', 'Ustaz Iqbal Subhan Nugraha'],
    ['Dede Iskandar', 'AKP Dede Iskandar'],
    ['Susana', 'Susana SPd'],
    ['Rudi Hartono', 'Rudi Hartono'],
    ['Agus Salim', 'Agus Salim'], // no such person
    ['Kasri', 'Kasri'],
    ['Lalu Hedwin', 'AKP Lalu Hedwin'],
    ['Samsul Adnan', 'Lalu Samsul Adnan'], // a Sasak title, not the connective
    ['Imam Nahrawi', 'Imam Nahrawi'],
    ['Jefri Nichol', 'Jefri Nichol'],
  ];
  for (const [name, want] of cases) assert.equal(withTitles(name, persons), want, name);
});

test('quotes stage: a speaker resolved to a titled person is named with the titles, as the guidelines ask', () => {
  const text = 'Salat itu diimami oleh Ustaz Iqbal Subhan Nugraha, dosen di Jakarta. Dalam khotbahnya Ustad Iqbal mengatakan kesalehan adalah kewajiban setiap orang.';
  const quotes = analyze({ text }).layers.quotes ?? [];
  assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker_name]), [['Iqbal', 'Ustaz Iqbal Subhan Nugraha']]);
});

test('withTitles: a name holding the tail of one of the person\'s roles before it is the person\'s name; a rank or honorific stays', () => {
  const persons = [
    { name: 'Onny Widjanarko', mentions: ['Onny Widjanarko', 'Onny'], roles: ['Direktur Eksekutif Departemen Komunikasi BI'] },
    { name: 'Karna Sobahi', mentions: ['Karna Sobahi'], roles: ['Bupati Majalengka'] },
    { name: 'Eko Prasetyo', mentions: ['Eko Prasetyo'], roles: ['Dandim Mayor Infanteri'] },
    { name: 'Robby Tandilinting', mentions: ['Robby Tandilinting'], roles: ['Pastor'] },
  ];
  const cases: Array<[string, string]> = [
    ['BI Onny Widjanarko', 'Onny Widjanarko'],
    ['Majalengka Karna Sobahi', 'Karna Sobahi'],
    ['Kabupaten Majalengka Karna Sobahi', 'Kabupaten Majalengka Karna Sobahi'], // not a role's last words
    ['Mayor Infanteri Eko Prasetyo', 'Mayor Infanteri Eko Prasetyo'],
    ['Pastor Robby Tandilinting', 'Pastor Robby Tandilinting'],
  ];
  for (const [name, want] of cases) assert.equal(withTitles(name, persons), want, name);
});
