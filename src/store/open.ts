/**
 * Open the store a command or the server should use: PostgreSQL for a
 * `postgres://` URL, else a SQLite file (`--db`, `$WARTA_DB`, `./warta.db`),
 * with warta's Indonesian stemmer for the full-text index.
 */
import { STEMMER_VERSION, stem as wartaStem } from '../stages/stems/stem.js';
import { DEFAULT_DB_PATH, openSqliteStore } from './sqlite/sqlite-store.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import type { CorpusStore, StoreOptions } from './types.js';

/** Options of `openStore`. */
export interface OpenStoreOptions extends StoreOptions {
  /** SQLite file path or `postgres://...` URL. Default `$WARTA_DB`, else `./warta.db`. */
  db?: string;
}

/** Where the store is when nothing is said: `$WARTA_DB`, else `./warta.db`. */
export function defaultDb(): string {
  return process.env.WARTA_DB || DEFAULT_DB_PATH;
}

/**
 * Open a corpus store.
 *
 * @example
 * const store = await openStore({ db: 'corpus.db' });
 * await store.search({ q: 'banjir', outlet: 'detikcom' });
 */
export async function openStore(o: OpenStoreOptions = {}): Promise<CorpusStore> {
  const db = o.db || defaultDb();
  const stem = o.stem ?? wartaStem;
  // A caller's own stem function has no version we know: its store is not re-stemmed.
  const stemVersion = o.stem ? o.stemVersion : STEMMER_VERSION;
  const rest = { ...(stemVersion ? { stemVersion } : {}), ...(o.now ? { now: o.now } : {}), ...(o.totalCap ? { totalCap: o.totalCap } : {}) };
  if (/^postgres(ql)?:\/\//i.test(db)) return openPostgresStore({ connectionString: db, stem, ...rest });
  return openSqliteStore({ path: db, stem, ...rest });
}
