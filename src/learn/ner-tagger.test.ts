import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WartaError } from '../pipeline/errors.js';
import type { NerSentence } from './conll.js';
import { parseConll } from './conll.js';
import { decodeNerModel, encodeNerModel, shippedNerModel } from './ner-model.js';
import { NerTagger } from './ner-tagger.js';
import { makeScheme, spansToBio, spansToTagIds, tagIdsToSpans, tagsToSpans } from './tag-scheme.js';
import { tagConll, tagConllText } from './tag-conll.js';
import { trainNer } from './train-ner.js';

const TYPES = ['PER', 'ORG', 'LOC'];
const noResources = { clusters: null, gazetteer: null, titles: new Set(['bapak', 'ibu']) };

/** A toy corpus: a capitalised word after `Bapak`/`Ibu` is a person, after `di`/`ke` a place, before `menggelar` an organisation. */
function toyCorpus(): NerSentence[] {
  const people = ['Budi', 'Sari', 'Andi', 'Rina', 'Joko', 'Wati', 'Agus', 'Dewi'];
  const places = ['Bandung', 'Medan', 'Padang', 'Ambon', 'Kupang', 'Bogor', 'Malang', 'Solo'];
  const orgs = ['Pertamina', 'Garuda', 'Telkom', 'Bulog', 'Pelni', 'Damri', 'Antam', 'Inalum'];
  const out: NerSentence[] = [];
  for (let i = 0; i < people.length; i++) {
    const title = i % 2 ? 'Ibu' : 'Bapak';
    out.push({
      tokens: [title, people[i]!, 'pergi', 'ke', places[i]!, 'kemarin', '.'],
      spans: [{ start: 1, end: 2, type: 'PER' }, { start: 4, end: 5, type: 'LOC' }],
    });
    out.push({
      tokens: [orgs[i]!, 'menggelar', 'rapat', 'di', places[(i + 3) % places.length]!, '.'],
      spans: [{ start: 0, end: 1, type: 'ORG' }, { start: 4, end: 5, type: 'LOC' }],
    });
  }
  return out;
}

test('scheme: spans survive BIO and BILOU encodings', () => {
  const spans = [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 4, end: 7, type: 'ORG' }];
  for (const name of ['bio', 'bilou'] as const) {
    const scheme = makeScheme(name, TYPES);
    assert.deepEqual(tagIdsToSpans(scheme, spansToTagIds(scheme, spans, 8)), spans, name);
  }
  assert.deepEqual(spansToBio(spans, 8), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
});

test('scheme: ill-formed BIO is read leniently, CoNLL-eval style', () => {
  const cases: Array<[string[], Array<[number, number, string]>]> = [
    [['I-PER', 'I-PER', 'O'], [[0, 2, 'PER']]],
    [['B-PER', 'I-LOC', 'O'], [[0, 1, 'PER'], [1, 2, 'LOC']]],
    [['B-ORG', 'B-ORG'], [[0, 1, 'ORG'], [1, 2, 'ORG']]],
  ];
  for (const [tags, want] of cases) {
    assert.deepEqual(tagsToSpans(tags).map((s) => [s.start, s.end, s.type]), want, tags.join(' '));
  }
});

test('BILOU transitions forbid an unfinished span', () => {
  const s = makeScheme('bilou', TYPES);
  const id = (t: string): number => s.tags.indexOf(t);
  const T = s.tags.length;
  const cases: Array<[string, string, boolean]> = [
    ['B-PER', 'L-PER', true], ['B-PER', 'O', false], ['B-PER', 'I-LOC', false], ['O', 'I-PER', false],
    ['U-LOC', 'B-ORG', true], ['L-PER', 'U-PER', true], ['I-ORG', 'L-ORG', true],
  ];
  for (const [a, b, ok] of cases) assert.equal(s.allowed[id(a) * T + id(b)] === 1, ok, `${a} -> ${b}`);
  assert.equal(s.endAllowed[id('B-PER')], 0);
  assert.equal(s.startAllowed[id('L-PER')], 0);
});

test('a tiny training set teaches the pattern, and it generalises to unseen names', () => {
  const { model } = trainNer(toyCorpus(), null, noResources, TYPES, { epochs: 10, bucketBits: 16 });
  const tagger = new NerTagger(model);
  const cases: Array<[string, Array<[string, string]>]> = [
    ['Bapak Slamet pergi ke Cirebon kemarin .', [['Slamet', 'PER'], ['Cirebon', 'LOC']]],
    ['Ibu Ratna pergi ke Jepara kemarin .', [['Ratna', 'PER'], ['Jepara', 'LOC']]],
  ];
  for (const [sentence, want] of cases) {
    const tokens = sentence.split(' ');
    const got = tagger.tag(tokens).map((s) => [tokens.slice(s.start, s.end).join(' '), s.type]);
    assert.deepEqual(got, want, sentence);
  }
});

test('model file round trip keeps the predictions; junk is refused with W008', () => {
  const { model } = trainNer(toyCorpus(), null, noResources, TYPES, { epochs: 5, bucketBits: 16 });
  const back = decodeNerModel(encodeNerModel(model));
  const a = new NerTagger(model);
  const b = new NerTagger(back);
  for (const s of toyCorpus()) assert.deepEqual(b.tag(s.tokens), a.tag(s.tokens), s.tokens.join(' '));
  assert.deepEqual([...back.titles].sort(), ['bapak', 'ibu']);
  assert.throws(() => decodeNerModel(Buffer.from('not a model')), (e: unknown) => e instanceof WartaError && e.code === 'W008');
});

test('shipped model: tags a news sentence', () => {
  const tagger = new NerTagger(shippedNerModel());
  const tokens = 'Presiden Joko Widodo meresmikan jalan tol di Semarang , Jawa Tengah , bersama Menteri BUMN Erick Thohir .'.split(' ');
  const got = tagger.tag(tokens).map((s) => `${s.type}:${tokens.slice(s.start, s.end).join(' ')}`);
  for (const want of ['PER:Joko Widodo', 'LOC:Semarang', 'LOC:Jawa Tengah', 'PER:Erick Thohir']) assert.ok(got.includes(want), `${want} in ${got.join(', ')}`);
});

test('shipped model: bad input stays linear and never throws', () => {
  const tagger = new NerTagger(shippedNerModel());
  const long = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? 'Jakarta' : 'dan'));
  const t0 = Date.now();
  const spans = tagger.tag(long);
  assert.ok(Date.now() - t0 < 2000, 'a 10,000-token sentence tags in well under 2 s');
  assert.ok(spans.every((s) => s.end <= long.length));
  const odd: string[][] = [
    'JOKOWI RESMIKAN TOL SEMARANG-DEMAK HARI INI'.split(' '),
    'tanpa huruf kapital sama sekali di sini'.split(' '),
    'The minister said on Monday that the talks would resume'.split(' '),
    ['', ' ', '\u0000', '🙂', 'x'.repeat(5000)],
    [],
  ];
  for (const tokens of odd) assert.doesNotThrow(() => tagger.tag(tokens), tokens.join(' ').slice(0, 40));
});

test('tagConll: first column, BIO tags, blank lines preserved, CRLF tolerated', async () => {
  const input = ['Jokowi PROPN B-PER', 'tiba\tVERB', 'di', 'Bandung\r', '', '', 'Ia', 'senang', '.'];
  let out = '';
  await tagConll(input, (s) => (out += s));
  const lines = out.split('\n');
  assert.deepEqual(lines.map((l) => l.split('\t')[0]), ['Jokowi', 'tiba', 'di', 'Bandung', '', '', 'Ia', 'senang', '.', '']);
  for (const l of lines.filter(Boolean)) assert.match(l, /^[^\t]+\t(?:O|[BI]-(?:PER|ORG|LOC))$/);
  assert.equal(tagConllText(input.join('\n')), out);
  const parsed = parseConll(out);
  assert.equal(parsed.length, 2);
});

test('shipped model: all-caps headlines are read with their usual casing', () => {
  const tagger = new NerTagger(shippedNerModel());
  const cases: Array<[string, string[]]> = [
    ['JOKOWI RESMIKAN TOL DI JAWA TENGAH HARI INI', ['PER:JOKOWI', 'LOC:JAWA TENGAH']],
    ['KPK TANGKAP BUPATI BOGOR DALAM OPERASI TANGKAP TANGAN', ['ORG:KPK', 'LOC:BOGOR']],
  ];
  for (const [headline, want] of cases) {
    const tokens = headline.split(' ');
    const got = tagger.tag(tokens).map((s) => `${s.type}:${tokens.slice(s.start, s.end).join(' ')}`);
    assert.deepEqual(got, want, headline);
  }
});
