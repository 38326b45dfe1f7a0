import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { checkRestemOnStemmerChange, storeConformance } from '../conformance.js';
import Database from 'better-sqlite3';
import { KPK_REPORTS, makeAnalysis, REPORTS } from '../fixtures.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
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

test('sqlite: a store created before entity links (schema 2) opens, migrates and links entities', async () => {
  const path = join(dir, 'v2.db');
  const old = new Database(path);
  old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  for (const [i, sql] of SQLITE_MIGRATIONS.slice(0, 2).entries()) {
    old.exec(sql);
    old.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(i + 1, '2026-01-01T00:00:00.000Z');
  }
  old.prepare('INSERT INTO entities (id, type, name) VALUES (?, ?, ?)').run('org-komisi-pemberantasan-korupsi', 'ORG', 'Komisi Pemberantasan Korupsi');
  old.close();
  const s = await openSqliteStore({ path });
  await s.upsertMany(KPK_REPORTS.map(makeAnalysis));
  const e = (await s.getEntity('org-komisi-pemberantasan-korupsi'))!;
  assert.equal(e.kb?.id, 'org/kpk', 'an entity stored before links gets its link');
  assert.equal(e.articles, 2);
  await s.close();
});

test('sqlite: a store indexed under another stemmer version is re-stemmed on open', async () => {
  const path = join(dir, 'restem.db');
  await checkRestemOnStemmerChange((o) => openSqliteStore({ ...o, path }));
});
