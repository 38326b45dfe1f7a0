/**
 * SQLite schema, as versioned migrations applied in order on open. Never
 * edit a published migration: add the next one. Keep in step with
 * `../postgres/migrations.ts` (same tables and columns).
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  // 1: articles, history, query tables, FTS5 index.
  `
  CREATE TABLE articles (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    title TEXT,
    outlet TEXT,
    published TEXT,
    published_ts TEXT,
    day TEXT,
    stages TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    simhash TEXT NOT NULL,
    b0 INTEGER NOT NULL, b1 INTEGER NOT NULL, b2 INTEGER NOT NULL, b3 INTEGER NOT NULL,
    group_id TEXT NOT NULL,
    canonical_id TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL
  );
  CREATE INDEX articles_hash ON articles (content_hash);
  CREATE INDEX articles_b0 ON articles (b0);
  CREATE INDEX articles_b1 ON articles (b1);
  CREATE INDEX articles_b2 ON articles (b2);
  CREATE INDEX articles_b3 ON articles (b3);
  CREATE INDEX articles_group ON articles (group_id);
  CREATE INDEX articles_published ON articles (published_ts);
  CREATE INDEX articles_day ON articles (day);
  CREATE INDEX articles_outlet ON articles (lower(outlet));
  -- Text and analysis live apart so that article rows stay small for index-driven filters and sorts.
  CREATE TABLE article_docs (
    rid INTEGER PRIMARY KEY REFERENCES articles (rid) ON DELETE CASCADE,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL
  );
  CREATE TABLE article_history (
    article_rid INTEGER NOT NULL REFERENCES articles (rid) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    title TEXT,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    PRIMARY KEY (article_rid, version)
  );
  CREATE TABLE entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL);
  CREATE TABLE entity_articles (
    entity_id TEXT NOT NULL, article_rid INTEGER NOT NULL, mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, article_rid)
  );
  CREATE INDEX entity_articles_article ON entity_articles (article_rid);
  CREATE TABLE mentions (
    article_rid INTEGER NOT NULL, entity_id TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL
  );
  CREATE INDEX mentions_article ON mentions (article_rid);
  CREATE INDEX mentions_entity ON mentions (entity_id);
  CREATE TABLE entity_roles (article_rid INTEGER NOT NULL, entity_id TEXT NOT NULL, role TEXT NOT NULL);
  CREATE INDEX entity_roles_article ON entity_roles (article_rid);
  CREATE INDEX entity_roles_entity ON entity_roles (entity_id);
  CREATE TABLE quotes (
    article_rid INTEGER NOT NULL, kind TEXT NOT NULL, content TEXT NOT NULL, speaker_name TEXT, speaker_id TEXT, cue TEXT,
    start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL
  );
  CREATE INDEX quotes_article ON quotes (article_rid);
  CREATE INDEX quotes_speaker ON quotes (speaker_id);
  CREATE INDEX quotes_speaker_name ON quotes (lower(speaker_name));
  CREATE TABLE timexes (
    article_rid INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL
  );
  CREATE INDEX timexes_article ON timexes (article_rid);
  CREATE INDEX timexes_value ON timexes (value);
  CREATE TABLE amounts (
    article_rid INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, value REAL, unit TEXT
  );
  CREATE INDEX amounts_article ON amounts (article_rid);
  CREATE TABLE article_sketch (hash INTEGER NOT NULL, article_rid INTEGER NOT NULL);
  CREATE INDEX article_sketch_hash ON article_sketch (hash);
  CREATE INDEX article_sketch_article ON article_sketch (article_rid);
  CREATE VIRTUAL TABLE articles_fts USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
  `,
  // 2: date filters sorted by date answered from the index alone (article rows are large).
  `
  CREATE INDEX articles_day_published ON articles (day, published_ts);
  `,
  // 3: canonical entities from coreference clusters: their knowledge-base link and the other names they go by.
  `
  ALTER TABLE entities ADD COLUMN kb TEXT;
  ALTER TABLE entities ADD COLUMN kb_id TEXT;
  ALTER TABLE entities ADD COLUMN lat REAL;
  ALTER TABLE entities ADD COLUMN lon REAL;
  CREATE INDEX entities_kb ON entities (kb, kb_id);
  CREATE TABLE entity_aliases (entity_id TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (entity_id, alias));
  `,
  // 4: search at 200k articles. A text search with a filter checks the filter on every full-text match; reading it
  // from this covering index (some 40 bytes an entry) instead of the wide article row was 4x faster for a common
  // word with an outlet filter. Entity facets read (article, entity) pairs from the index alone.
  `
  CREATE INDEX IF NOT EXISTS articles_rid_filters ON articles (rid, lower(outlet), day, published_ts, group_id);
  CREATE INDEX IF NOT EXISTS entity_articles_article_entity ON entity_articles (article_rid, entity_id);
  DROP INDEX IF EXISTS entity_articles_article;
  `,
  // 5: store-wide facts, such as the stemmer version the search text was made with.
  `
  CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
];
