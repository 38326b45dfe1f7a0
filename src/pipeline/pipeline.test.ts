import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from './pipeline.js';
import { defineStage } from './stage.js';
import { WartaError } from './errors.js';

const normalized = defineStage({
  name: 'n', version: '1', requires: [], produces: ['normalized'], languages: 'any',
  run: (doc) => ({ normalized: { folded: doc.text } }),
});
const language = (code: string) => defineStage({
  name: 'lang', version: '1', requires: [], produces: ['language'], languages: 'any',
  run: () => ({ language: { code, confidence: 1 } }),
});
const paragraphs = defineStage({
  name: 'p', version: '1', requires: ['normalized'], produces: ['paragraphs'], languages: ['id'],
  run: (doc) => ({ paragraphs: [{ start: 0, end: doc.text.length, kind: 'body' as const }] }),
});

test('pipeline refuses a stage whose input no earlier stage produces', () => {
  assert.throws(() => buildPipeline([paragraphs, normalized]), (e: unknown) => e instanceof WartaError && e.code === 'W001');
});

test('pipeline refuses two producers of one layer', () => {
  assert.throws(() => buildPipeline([normalized, normalized]), (e: unknown) => e instanceof WartaError && e.code === 'W002');
});

test('pipeline runs stages in order and records them', () => {
  const doc = buildPipeline([normalized, paragraphs]).run({ text: 'Halo dunia.' });
  assert.deepEqual(doc.stages.map((s) => s.name), ['n', 'p']);
  assert.deepEqual(doc.layers.paragraphs, [{ start: 0, end: 11, kind: 'body' }]);
});

test('language-specific stages leave their layer absent on other languages, with a diagnostic', () => {
  const doc = buildPipeline([normalized, language('en'), paragraphs]).run({ text: 'Hello world.' });
  assert.equal(doc.layers.paragraphs, undefined);
  assert.ok(doc.diagnostics.some((d) => d.code === 'stage-skipped-language' && d.stage === 'p'));
});

test('a stage returning an undeclared layer is a bug with a stable code', () => {
  const rogue = defineStage({
    name: 'rogue', version: '1', requires: [], produces: ['normalized'], languages: 'any',
    run: () => ({ normalized: { folded: '' }, dct: { value: null, source: 'none' } }) as never,
  });
  assert.throws(() => buildPipeline([rogue]).run({ text: 'x' }), (e: unknown) => e instanceof WartaError && e.code === 'W003');
});

test('the document text is NFC and offsets map back to the input', async () => {
  const { toInputOffset } = await import('../text/source-map.js');
  const input = 'Cafe\u0301 di Jakarta'; // decomposed é
  const doc = buildPipeline([normalized]).run({ text: input });
  assert.equal(doc.text, 'Caf\u00e9 di Jakarta');
  const jakarta = doc.text.indexOf('Jakarta');
  assert.equal(input.slice(toInputOffset(doc.sourceMap, jakarta), toInputOffset(doc.sourceMap, jakarta + 7)), 'Jakarta');
});

// --- runBatch: stage-major over many articles, same result as run per article ---

const BERITA = [
  'TEMPO.CO, Jakarta - Presiden Joko Widodo meresmikan Bendungan Tapin di Kalimantan Selatan pada Jumat, 4 Maret 2022. "Bendungan ini akan mengairi 5.472 hektare sawah," kata Jokowi.',
  'Harga beras medium naik menjadi Rp12.500 per kilogram di Pasar Induk Cipinang pekan lalu, kata pedagang.',
  'The central bank kept its policy rate unchanged on Thursday, citing stable inflation.',
  '',
  'Timnas Indonesia menang 2-0 atas Vietnam di Stadion Gelora Bung Karno, Jakarta, Selasa (7/1/2025) malam.',
];

test('runBatch gives every article exactly what run gives it (default pipeline, real text)', async () => {
  const { getPipeline } = await import('../analyze.js');
  const { toJson } = await import('../text/to-json.js');
  const pipe = getPipeline();
  const inputs = BERITA.map((text, i) => (i % 2 ? { text, published: '2025-01-08' } : { text }));
  const batch = pipe.runBatch(inputs);
  assert.equal(batch.length, inputs.length);
  inputs.forEach((input, i) => {
    const got = batch[i]!;
    assert.ok(!(got instanceof WartaError), `article ${i}`);
    const one = pipe.run(input);
    assert.deepEqual(got, one, `article ${i}`);
    assert.equal(JSON.stringify(toJson(got)), JSON.stringify(toJson(one)), `article ${i}`);
  });
});

/** Throws on an article containing GAGAL; returns an undeclared layer on one containing LIAR. */
const picky = defineStage({
  name: 'picky', version: '1', requires: ['normalized'], produces: ['paragraphs'], languages: ['id'],
  run: (doc) => {
    if (doc.text.includes('GAGAL')) throw new Error('artikel ini membuat tahap gagal');
    if (doc.text.includes('LIAR')) return { paragraphs: [], dct: { value: null, source: 'none' } } as never;
    return { paragraphs: [{ start: 0, end: doc.text.length, kind: 'body' as const }] };
  },
});
const after = defineStage({
  name: 'after', version: '1', requires: ['paragraphs'], produces: ['language'], languages: 'any',
  run: () => ({ language: { code: 'id', confidence: 1 } }),
});

test('a stage failing on one article of a batch is that article\'s error; the others go on', () => {
  const pipe = buildPipeline([normalized, picky, after]);
  const texts = ['Gubernur meninjau banjir di Semarang.', 'Berita ini GAGAL diproses.', 'Polisi menangkap dua tersangka.', 'Tahap ini LIAR.', 'Hujan turun sejak pagi.'];
  const out = pipe.runBatch(texts.map((text) => ({ text })));
  const codes = out.map((r) => (r instanceof WartaError ? r.code : 'ok'));
  assert.deepEqual(codes, ['ok', 'W004', 'ok', 'W003', 'ok']);
  texts.forEach((text, i) => {
    const r = out[i]!;
    if (r instanceof WartaError) {
      // The very error run() throws for that article alone.
      assert.throws(() => pipe.run({ text }), (e: unknown) => e instanceof WartaError && e.code === r.code && e.message === r.message);
    } else {
      assert.deepEqual(r, pipe.run({ text }));
      assert.deepEqual(r.stages.map((s) => s.name), ['n', 'picky', 'after']);
    }
  });
});

test('runBatch skips per article: other languages, and the stages whose input a skip left absent', () => {
  const byText = defineStage({
    name: 'lang', version: '1', requires: [], produces: ['language'], languages: 'any',
    run: (doc) => ({ language: { code: doc.text.startsWith('The') ? 'en' : 'id', confidence: 1 } }),
  });
  const needsParagraphs = defineStage({
    name: 'q', version: '1', requires: ['paragraphs'], produces: ['dct'], languages: 'any',
    run: () => ({ dct: { value: null, source: 'none' } }),
  });
  const pipe = buildPipeline([normalized, byText, paragraphs, needsParagraphs]);
  const inputs = [{ text: 'The rain stopped.' }, { text: 'Hujan berhenti.' }, { text: 'The end.', published: '2024-05-01' }];
  const out = pipe.runBatch(inputs);
  inputs.forEach((input, i) => assert.deepEqual(out[i], pipe.run(input)));
  assert.deepEqual(out.map((d) => (d instanceof WartaError ? [] : d.stages.map((s) => s.name))), [['n', 'lang'], ['n', 'lang', 'p', 'q'], ['n', 'lang']]);
  assert.deepEqual(pipe.runBatch([]), []);
});

test('a stage that returns no layers object is a W003 for that article, in run and in runBatch', () => {
  const hampa = defineStage({
    name: 'hampa', version: '1', requires: ['normalized'], produces: ['paragraphs'], languages: ['id'],
    run: (doc) => (doc.text.includes('KOSONG') ? undefined : { paragraphs: [] }) as never,
  });
  const pipe = buildPipeline([normalized, hampa, after]);
  const texts = ['Gubernur meninjau banjir di Semarang.', 'Laporan KOSONG dari lapangan.', 'Polisi menangkap dua tersangka.'];
  assert.throws(() => pipe.run({ text: texts[1]! }), (e: unknown) => e instanceof WartaError && e.code === 'W003');
  const out = pipe.runBatch(texts.map((text) => ({ text })));
  assert.deepEqual(out.map((r) => (r instanceof WartaError ? r.code : r.stages.map((s) => s.name).join(','))), ['n,hampa,after', 'W003', 'n,hampa,after']);
});

test('input that is not an article is a W006 naming what was wrong, in run and in runBatch alike', () => {
  const pipe = buildPipeline([normalized, paragraphs]);
  const bad = [{ text: 42 }, { text: null }, {}, null, 'Hujan turun.'] as never[];
  for (const input of bad) {
    assert.throws(() => pipe.run(input), (e: unknown) => e instanceof WartaError && e.code === 'W006' && /"text" is a string/.test(e.message));
  }
  const out = pipe.runBatch([{ text: 'Hujan turun sejak pagi.' }, ...bad, { text: 'Polisi menangkap dua tersangka.' }]);
  assert.deepEqual(out.map((r) => (r instanceof WartaError ? r.code : 'ok')), ['ok', 'W006', 'W006', 'W006', 'W006', 'W006', 'ok']);
  bad.forEach((input, i) => assert.throws(() => pipe.run(input), (e: unknown) => e instanceof WartaError && e.message === (out[i + 1] as WartaError).message));
  assert.match((out[1] as WartaError).message, /got text of type number/);
  assert.match((out[4] as WartaError).message, /got a null/);
});
