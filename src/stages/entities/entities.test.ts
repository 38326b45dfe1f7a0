import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../lang/id/data-path.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { normalizeStage } from '../normalize/normalize.js';
import { tokensStage } from '../tokens/tokenize.js';
import { sentencesStage } from '../sentences/split-sentences.js';
import { entitiesStage } from './entities.js';

const pipeline = buildPipeline([normalizeStage, tokensStage, sentencesStage, entitiesStage]);

test('entities on the example article: the main actors come out with their types', () => {
  const text = readFileSync(join(packageRoot(), 'examples', 'tempo-stoltenberg-kyiv.txt'), 'utf8');
  const doc = pipeline.run({ text });
  const entities = doc.layers.entities!;
  const found = new Set(entities.map((e) => `${e.type}:${e.text}`));
  for (const want of ['PER:Jens Stoltenberg', 'ORG:NATO', 'LOC:Kyiv', 'LOC:Ukraina', 'LOC:Rusia', 'PER:Volodymyr Zelensky']) {
    assert.ok(found.has(want), `${want} among ${[...found].join(', ')}`);
  }
  for (const e of entities) assert.equal(doc.text.slice(e.start, e.end), e.text, 'offsets index the document text');
});

test('entities: offsets stay right around curly quotes and NBSP, and odd text gives no error', () => {
  const cases: Array<[string, string[]]> = [
    ['\u201cKami siap,\u201d kata Gubernur Jawa\u00a0Barat Ridwan Kamil di Bandung, Senin.', ['PER:Ridwan Kamil', 'LOC:Bandung']],
    ['Kapolda Metro Jaya Irjen Fadil Imran memimpin apel di Jakarta.', ['PER:Fadil Imran', 'LOC:Jakarta']],
  ];
  for (const [text, want] of cases) {
    const doc = pipeline.run({ text });
    const got = doc.layers.entities!.map((e) => `${e.type}:${e.text}`);
    for (const w of want) assert.ok(got.includes(w), `${w} in ${got.join(', ')} (${text})`);
  }
  for (const text of ['', '   ', 'BREAKING NEWS: GEMPA GUNCANG CIANJUR', 'a'.repeat(20000), 'dan '.repeat(10000)]) {
    const doc = pipeline.run({ text });
    assert.ok(Array.isArray(doc.layers.entities), JSON.stringify(text.slice(0, 30)));
  }
});
