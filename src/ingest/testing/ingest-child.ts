/**
 * For the kill-and-resume test: `tsx ingest-child.ts <db> <state> <source>`
 * ingests into a SQLite store and prints one line per stored batch, so the
 * test can SIGKILL it mid-job.
 */
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { runIngest } from '../job.js';

const [db, statePath, source] = process.argv.slice(2) as [string, string, string];
const store = await openSqliteStore({ path: db });
let last = -1;
const report = await runIngest({
  sources: [source], store, statePath, workers: 1, batchSize: 4,
  onProgress: (p) => {
    if (p.ingested !== last) {
      last = p.ingested;
      process.stdout.write(`stored ${p.ingested}\n`);
    }
  },
});
await store.close();
process.stdout.write(`done ${JSON.stringify(report)}\n`);
