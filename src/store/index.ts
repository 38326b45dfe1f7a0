/** The corpus store: public entry points. */
export { openStore, defaultDb, type OpenStoreOptions } from './open.js';
export { openSqliteStore, DEFAULT_DB_PATH, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
export { openPostgresStore, type PostgresStoreOptions } from './postgres/postgres-store.js';
export { simhash, hamming, NEAR_DUPLICATE_DISTANCE } from './simhash.js';
export { sketch, jaccard } from './sketch.js';
export { copyTest, COPY_RESEMBLANCE, COPY_CONTAINMENT, COPY_NEW_SENTENCES, type CopyVerdict } from './copy-test.js';
export { canonicalUrl, articleId, entityId } from './prepare.js';
export type * from './types.js';
