import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readGold } from './gold.js';
import { sharedDir } from './shared-data.js';
import { evaluateTime, timeRows } from './time.js';

const shared = sharedDir();

// Columns of timeRows: system, gold, pred, strict P/R/F1, relaxed P/R/F1, value acc, type acc, dct acc.
const STRICT_F1 = 5;
const RELAXED_F1 = 8;
const VALUE = 9;

test('timexes on the dev gold: above the floors and ahead of chrono-node id on every column', { skip: shared ? false : 'needs ../shared' }, () => {
  const res = evaluateTime(readGold(join(shared!, 'gold', 'dev.jsonl')));
  const [warta, chrono] = timeRows(res) as number[][];
  assert.ok(warta![RELAXED_F1]! >= 0.92, `relaxed F1 ${warta![RELAXED_F1]}`);
  assert.ok(warta![STRICT_F1]! >= 0.85, `strict F1 ${warta![STRICT_F1]}`);
  assert.ok(warta![VALUE]! >= 0.9, `value accuracy ${warta![VALUE]}`);
  for (let c = 3; c < warta!.length; c++) assert.ok(warta![c]! > chrono![c]!, `column ${c}: ${warta![c]} vs chrono ${chrono![c]}`);
});

test('the example article: every gold timex, exact span and value', { skip: shared ? false : 'needs ../shared' }, () => {
  const res = evaluateTime(readGold(join(shared!, 'examples', 'tempo-stoltenberg-kyiv.gold.json')));
  const [warta] = timeRows(res) as number[][];
  assert.equal(warta![STRICT_F1], 1);
  assert.equal(warta![VALUE], 1);
});
