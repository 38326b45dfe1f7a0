import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sharedDir } from './shared-data.js';
import { crossValidate, scoreFileWithTagConll } from './ner.js';

const shared = sharedDir();
const skip = shared ? false : 'needs ../shared (WARTA_SHARED)';

/** Floors below the measured figures (`npm run eval -- ner`); only lowered on purpose. */
const FLOORS = { idner2kTest: 0.89, nergritTest: 0.75, neruiFold1: 0.86 };

test('NER floor: shipped model on IDNer2k test and NERGrit test through tagConll', { skip }, async () => {
  const d = join(shared!, 'data');
  const idner = (await scoreFileWithTagConll(join(d, 'idner-news-2k', 'test.txt'))).f1();
  const grit = (await scoreFileWithTagConll(join(d, 'indonlu-nergrit', 'test_preprocess.txt'))).f1();
  assert.ok(idner >= FLOORS.idner2kTest, `IDNer2k test F1 ${idner.toFixed(4)} >= ${FLOORS.idner2kTest}`);
  assert.ok(grit >= FLOORS.nergritTest, `NERGrit test F1 ${grit.toFixed(4)} >= ${FLOORS.nergritTest}`);
});

test('NER floor: NER-UI fold 1 trained from scratch', { skip }, () => {
  const [scorer] = crossValidate(shared!, 'nerui', [1], 8);
  assert.ok(scorer!.f1() >= FLOORS.neruiFold1, `NER-UI fold 1 F1 ${scorer!.f1().toFixed(4)} >= ${FLOORS.neruiFold1}`);
});
