import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { normalizeStage } from '../normalize/normalize.js';
import { dctStage, inferDct, withDctOverride } from './dct.js';
import { parsePublished } from './parse-published.js';

const pipeline = buildPipeline([normalizeStage, dctStage]);

test('parsePublished reads the date forms metadata comes in', () => {
  const rows: Array<[string | null, string | null]> = [
    ['2019-09-10', '2019-09-10'],
    ['2019-09-10T21:48:00+07:00', '2019-09-10'],
    ['2019-09-10 21:48:00', '2019-09-10'],
    ['20190910', '2019-09-10'],
    ['2019/09/10', '2019-09-10'],
    ['10/9/2019', '2019-09-10'],
    ['Selasa, 10 September 2019 14:00 WIB', '2019-09-10'],
    ['Tue, 10 Sep 2019 08:00:00 +0700', '2019-09-10'],
    ['September 10, 2019', '2019-09-10'],
    ['10 Agt 2019', '2019-08-10'],
    ['2023-02-31', null],
    ['kemarin', null],
    ['', null],
    [null, null],
  ];
  for (const [raw, want] of rows) assert.equal(parsePublished(raw), want, String(raw));
});

test('dct from the input, with its source', () => {
  const doc = pipeline.run({ text: 'Rapat digelar.', published: '2019-09-10T08:00:00Z' });
  assert.deepEqual(doc.layers.dct, { value: '2019-09-10', source: 'input' });
});

test('dct override is recorded as such and stays out of the JSON metadata', () => {
  const input = withDctOverride({ text: 'kata Zulmi, Selasa (10/9/2019).', published: '2020-01-01' }, '2021-05-06');
  const doc = pipeline.run(input);
  assert.deepEqual(doc.layers.dct, { value: '2021-05-06', source: 'override' });
  assert.equal(JSON.stringify(doc.meta), '{"published":"2021-05-06"}');
});

test('dct inferred from the text', () => {
  const rows: Array<[string, string | null, string]> = [
    // A weekday-dated reporting clause wins over an earlier event date without a cue.
    ['Video beredar, Sabtu (7/9/2019). "Sudah lama," kata warga, Senin (9/9/2019).', '2019-09-09', 'reporting-clause'],
    ['"Keduanya diduga pengedar," kata Zulmi, Selasa (10/9/2019).', '2019-09-10', 'reporting-clause'],
    ['Alat itu dipamerkan," katanya, Rabu, 11 September 2019.', '2019-09-11', 'reporting-clause'],
    ['Jakarta, 10 September 2019 - Pemerintah mengumumkan kebijakan baru.', '2019-09-10', 'text'],
    ['Pemerintah mengumumkan kebijakan baru tahun depan.', null, 'none'],
    // A mistyped year next to a weekday is corrected to the nearest year where the weekday fits.
    ['kata Dirjen Pajak di Jakarta, Senin (20/10/2026).', '2025-10-20', 'reporting-clause'],
    // No year fits: the weekday was the mistake.
    ['kata dia, Rabu, 10 September 2019.', '2019-09-10', 'reporting-clause'],
    // A year-less date takes a year the article mentions where its weekday fits.
    ['Target 2025 tercapai, kata dia, Jumat (17/10).', '2025-10-17', 'reporting-clause'],
    // A day after `bahwa` is inside what was reported, not the reporting clause's own (`menyatakan bahwa ... sejak
    // Minggu 8 September 2019`); the clause's own day still counts when the cue follows it.
    ['Ia menyatakan bahwa para tokoh itu telah berada di Jakarta sejak Minggu 8 September 2019. "Kami siap," ujar dia, Selasa (10/9/2019).', '2019-09-10', 'reporting-clause'],
    ['Ia menjelaskan bahwa harga naik. "Kami siap," ujar dia, Selasa (10/9/2019).', '2019-09-10', 'reporting-clause'],
  ];
  for (const [text, value, source] of rows) {
    assert.deepEqual(inferDct(text), { value, source }, text);
    assert.deepEqual(pipeline.run({ text }).layers.dct, { value, source }, text);
  }
});

test('an unreadable published date falls back to the text, with a diagnostic', () => {
  const doc = pipeline.run({ text: 'kata Zulmi, Selasa (10/9/2019).', published: 'baru saja' });
  assert.deepEqual(doc.layers.dct, { value: '2019-09-10', source: 'reporting-clause' });
  assert.ok(doc.diagnostics.some((d) => d.code === 'dct-unreadable'));
});
