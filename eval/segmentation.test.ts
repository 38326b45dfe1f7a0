import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sharedDir } from './shared-data.js';
import { icuSegment, readUdDocument, score, wartaSegment } from './segmentation.js';

const shared = sharedDir();

// Floors on slices of the development splits (CSUI train, GSD dev); the test
// splits are only reported by `npm run eval -- segmentation`. A floor is lowered only on purpose.
const SLICES = [
  { path: 'data/ud-indonesian-csui/id_csui-ud-train.conllu', sentenceF1: 0.975, tokenF1: 0.99 },
  { path: 'data/ud-indonesian-gsd/id_gsd-ud-dev.conllu', sentenceF1: 0.95, tokenF1: 0.985 },
];

for (const slice of SLICES) {
  test(`segmentation floor on the first 250 sentences of ${slice.path}`, { skip: shared ? false : '../shared is absent' }, () => {
    const gold = readUdDocument(join(shared!, slice.path), 250);
    const warta = score(gold, wartaSegment(gold.text));
    const icu = score(gold, icuSegment(gold.text));
    assert.ok(warta.sentences.f1 >= slice.sentenceF1, `sentence F1 ${warta.sentences.f1.toFixed(3)} < ${slice.sentenceF1}`);
    assert.ok(warta.tokens.f1 >= slice.tokenF1, `token F1 ${warta.tokens.f1.toFixed(3)} < ${slice.tokenF1}`);
    assert.ok(warta.tokens.f1 > icu.tokens.f1, 'token F1 behind ICU');
  });
}
