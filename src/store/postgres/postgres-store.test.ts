import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRestemOnStemmerChange, storeConformance } from '../conformance.js';
import { makeAnalysis, REPORTS } from '../fixtures.js';
import { openPostgresStore } from './postgres-store.js';
import { postgresUnavailable, startTestPostgres, type TestPostgres } from './test-server.js';

const unavailable = postgresUnavailable();
if (unavailable) console.log(`# PostgreSQL store tests skipped: ${unavailable}`);

let server: TestPostgres | undefined;
before(async () => {
  if (!unavailable) server = await startTestPostgres();
});
after(async () => {
  await server?.stop();
});

storeConformance(
  'postgres',
  async (o) => openPostgresStore({ ...o, connectionString: await server!.createDatabase() }),
  unavailable ?? false,
);

test('postgres: migrations run once; two stores on one database see the same articles', { skip: unavailable ?? false }, async () => {
  const url = await server!.createDatabase();
  const [a, b] = await Promise.all([openPostgresStore({ connectionString: url }), openPostgresStore({ connectionString: url })]);
  try {
    // Concurrent writers of the same articles: no duplicates.
    await Promise.all([a.upsertMany(REPORTS.map(makeAnalysis)), b.upsertMany(REPORTS.map(makeAnalysis))]);
    assert.equal(await a.count(), 3);
    assert.equal((await b.search({ q: 'bendungan' })).total, 1);
  } finally {
    await a.close();
    await b.close();
  }
});

test('postgres: a store indexed under another stemmer version is re-stemmed on open', { skip: unavailable ?? false }, async () => {
  const url = await server!.createDatabase();
  await checkRestemOnStemmerChange((o) => openPostgresStore({ ...o, connectionString: url }));
});
