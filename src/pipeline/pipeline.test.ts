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
