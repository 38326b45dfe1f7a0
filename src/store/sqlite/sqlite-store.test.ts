import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { storeConformance } from '../conformance.js';
import { makeAnalysis, REPORTS } from '../fixtures.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'warta-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeConformance('sqlite', (o) => openSqliteStore({ ...o, path: join(dir, `t${n++}.db`) }));

test('sqlite: one file in WAL mode, migrations run once, data survives reopening', async () => {
  const path = join(dir, 'reopen.db');
  const s1 = await openSqliteStore({ path });
  await s1.upsertMany(REPORTS.map(makeAnalysis));
  await s1.close();
  const s2 = await openSqliteStore({ path });
  assert.equal(await s2.count(), 3);
  assert.equal((await s2.search({ q: 'bendungan' })).total, 1);
  await s2.close();
});
