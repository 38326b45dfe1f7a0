/**
 * PostgreSQL schema, as versioned migrations applied in order on open. Same
 * tables and columns as `../sqlite/migrations.ts`; full text is a `tsvector`
 * column (the 'simple' configuration over text warta has already stemmed).
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  // 1: articles, history, query tables, tsvector index.
  `
  CREATE TABLE articles (
    rid BIGSERIAL PRIMARY KEY,
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
    version INTEGER NOT NULL,
    search TSVECTOR
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
  CREATE INDEX articles_search ON articles USING GIN (search);
  -- Text and analysis live apart so that article rows stay small for index-driven filters and sorts.
  CREATE TABLE article_docs (
    rid BIGINT PRIMARY KEY REFERENCES articles (rid) ON DELETE CASCADE,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL
  );
  CREATE TABLE article_history (
    article_rid BIGINT NOT NULL REFERENCES articles (rid) ON DELETE CASCADE,
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
    entity_id TEXT NOT NULL, article_rid BIGINT NOT NULL, mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, article_rid)
  );
  CREATE INDEX entity_articles_article ON entity_articles (article_rid);
  CREATE TABLE mentions (
    article_rid BIGINT NOT NULL, entity_id TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL
  );
  CREATE INDEX mentions_article ON mentions (article_rid);
  CREATE INDEX mentions_entity ON mentions (entity_id);
  CREATE TABLE entity_roles (article_rid BIGINT NOT NULL, entity_id TEXT NOT NULL, role TEXT NOT NULL);
  CREATE INDEX entity_roles_article ON entity_roles (article_rid);
  CREATE INDEX entity_roles_entity ON entity_roles (entity_id);
  CREATE TABLE quotes (
    article_rid BIGINT NOT NULL, kind TEXT NOT NULL, content TEXT NOT NULL, speaker_name TEXT, speaker_id TEXT, cue TEXT,
    start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL
  );
  CREATE INDEX quotes_article ON quotes (article_rid);
  CREATE INDEX quotes_speaker ON quotes (speaker_id);
  CREATE INDEX quotes_speaker_name ON quotes (lower(speaker_name));
  CREATE TABLE timexes (
    article_rid BIGINT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL
  );
  CREATE INDEX timexes_article ON timexes (article_rid);
  CREATE INDEX timexes_value ON timexes (value);
  CREATE TABLE amounts (
    article_rid BIGINT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    value DOUBLE PRECISION, unit TEXT
  );
  CREATE INDEX amounts_article ON amounts (article_rid);
  CREATE TABLE article_sketch (hash BIGINT NOT NULL, article_rid BIGINT NOT NULL);
  CREATE INDEX article_sketch_hash ON article_sketch (hash);
  CREATE INDEX article_sketch_article ON article_sketch (article_rid);
  `,
  // 2: date filters sorted by date answered from the index alone (as in SQLite).
  `
  CREATE INDEX articles_day_published ON articles (day, published_ts);
  `,
  // 3: canonical entities from coreference clusters: their knowledge-base link and the other names they go by.
  `
  ALTER TABLE entities ADD COLUMN kb TEXT;
  ALTER TABLE entities ADD COLUMN kb_id TEXT;
  ALTER TABLE entities ADD COLUMN lat DOUBLE PRECISION;
  ALTER TABLE entities ADD COLUMN lon DOUBLE PRECISION;
  CREATE INDEX entities_kb ON entities (kb, kb_id);
  CREATE TABLE entity_aliases (entity_id TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (entity_id, alias));
  `,
  // 4: store-wide facts, such as the stemmer version the search text was made with.
  `
  CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
];
