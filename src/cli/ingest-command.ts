import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { UsageError } from './usage-error.js';
import { parseFieldMap, type FieldMap } from '../ingest/validate-record.js';

export const INGEST_HELP = `warta ingest — analyse articles and store them in a corpus

usage: warta ingest <source ...> [options]

Sources can be mixed:
  files and folders    .txt, .json, .jsonl (streamed), .html pages, .xml feeds
                       or sitemaps; folders are walked
  -                    standard input (JSONL or one text)
  http(s) URLs         article pages, RSS/Atom feeds, sitemaps (fetched
                       politely: robots.txt, one request at a time per host)

Articles are analysed on all cores and stored once: re-running a job skips what
is unchanged, stores changed articles as new versions, and an interrupted job
(Ctrl-C, or a crash) resumes where it stopped. Syndicated copies are grouped
with their original. A report of what was skipped and why ends the job.

options:
      --db <file|url>     SQLite file or postgres:// URL (default $WARTA_DB, else ./warta.db)
  -j, --workers <n>       analysis threads (default: the number of cores, ${availableParallelism()} here)
      --no-resume         ignore and do not write the resume state
      --refresh           re-fetch URLs stored by an earlier run
      --max-chars <n>     refuse articles longer than this (default 2000000)
      --json              print the final report as JSON on standard output
      --allow-private     let URLs point at loopback or private addresses (refused by default)
      --field <name=src>  read a JSON field under another name (repeatable), e.g.
                          --field text=isi_berita --field title=judul --field url=tautan
  -h, --help              this help

examples:
  warta ingest detik.jsonl --field text=isi_berita --field title=judul --field url=tautan
  warta ingest pages/ https://www.antaranews.com/rss/terkini.xml --db corpus.db
  warta ingest articles.jsonl --db postgres://warta@127.0.0.1/warta -j 8`;

/** `warta ingest`: exit code 0 when anything was stored or already present, 1 when nothing could be. */
export async function ingestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      workers: { type: 'string', short: 'j' },
      'no-resume': { type: 'boolean' },
      refresh: { type: 'boolean' },
      'max-chars': { type: 'string' },
      json: { type: 'boolean' },
      'allow-private': { type: 'boolean' },
      field: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(INGEST_HELP + '\n');
    return 0;
  }
  if (!positionals.length) throw new UsageError('give at least one source: a file, a folder, a URL or - for standard input');
  const positive = (name: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number, got "${v}"`);
    return n;
  };
  const workers = positive('workers', values.workers);
  let fields: FieldMap | undefined;
  try {
    fields = values.field?.length ? parseFieldMap(values.field) : undefined;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const maxChars = positive('max-chars', values['max-chars']);

  const { openStore, defaultDb } = await import('../store/open.js');
  const { runIngest, abortOnSigint, defaultStatePath, ProgressRenderer, formatIngestReport } = await import('../ingest/index.js');
  const db = values.db || defaultDb();
  const isPostgres = /^postgres(ql)?:\/\//i.test(db);
  const store = await openStore({ db });
  // Progress goes to stderr so stdout can carry the JSON report.
  const progress = new ProgressRenderer({ stream: process.stderr, label: 'ingest' });
  const interrupt = abortOnSigint(() => process.stderr.write('\nwarta: stopping after the articles in flight (Ctrl-C again to quit now)\n'));
  try {
    const report = await runIngest({
      sources: positionals,
      store,
      ...(workers ? { workers } : {}),
      ...(maxChars ? { maxChars } : {}),
      refreshUrls: Boolean(values.refresh),
      ...(fields ? { fields } : {}),
      ...(values['allow-private'] ? { fetcher: { allowPrivateAddresses: true } } : {}),
      // The resume state sits next to a SQLite file; for PostgreSQL the store's own records make re-runs idempotent.
      statePath: values['no-resume'] || isPostgres ? null : defaultStatePath(db),
      onProgress: (p) => progress.update(p),
      signal: interrupt.signal,
    });
    progress.finish();
    if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    process.stderr.write(formatIngestReport(report) + '\n');
    const stored = report.ingested + report.updated + report.unchanged;
    return stored > 0 || report.skipped === 0 ? 0 : 1;
  } finally {
    interrupt.dispose();
    await store.close();
  }
}
