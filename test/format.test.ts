import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { analyze } from '../src/analyze.js';
import { toJson } from '../src/text/to-json.js';
import { AnalysisJson, analysisJsonSchema } from '../src/text/schema.js';
import { REPO_ROOT } from '../eval/shared-data.js';

const example = readFileSync(join(REPO_ROOT, 'examples', 'tempo-stoltenberg-kyiv.txt'), 'utf8');

test('the published JSON Schema (docs/analysis.schema.json) is the one generated from the types', () => {
  const published = JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'analysis.schema.json'), 'utf8'));
  assert.deepEqual(published, analysisJsonSchema(), 'run `npm run schema` and commit docs/analysis.schema.json');
});

test('the analysis of the example article validates against the published JSON Schema', () => {
  const json = toJson(analyze({ text: example, published: '2023-04-21' }));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'analysis.schema.json'), 'utf8')));
  const ok = validate(JSON.parse(JSON.stringify(json)));
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 3)));
  AnalysisJson.parse(json);
});

test('a document that breaks the format is refused by the schema', () => {
  const json = toJson(analyze({ text: 'Jakarta - Ini berita.' })) as unknown as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(analysisJsonSchema());
  assert.equal(validate({ ...json, version: 99 }), false);
  assert.equal(validate({ ...json, text: 42 }), false);
});

test('every span in the JSON form lies inside the text', () => {
  const json = toJson(analyze({ text: example }));
  const spans: Array<{ start: number; end: number }> = [
    ...(json.paragraphs ?? []), ...(json.tokens ?? []), ...(json.sentences ?? []), ...(json.entities ?? []),
    ...(json.timexes ?? []), ...(json.amounts ?? []), ...(json.quotes ?? []),
  ];
  for (const s of spans) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= json.text.length, `bad span ${s.start}-${s.end}`);
  for (const t of json.timexes ?? []) assert.equal(json.text.slice(t.start, t.end), t.text);
  for (const a of json.amounts ?? []) assert.equal(json.text.slice(a.start, a.end), a.text);
});
