/**
 * The PostgreSQL store, for archives that outgrow one file and for many
 * writers and readers on several machines. Same schema and same write logic
 * as SQLite; full text is a `tsvector` ('simple' configuration over text
 * that warta has stemmed). Writers serialise on an advisory lock so that
 * deduplication sees every committed article.
 */
import pg from 'pg';
import type { AnalysisJson } from '../../text/schema.js';
import { identityStem, prepareArticle, searchTextOf, type StoreInput } from '../prepare.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import {
  FACET_SAMPLE,
  articleMention,
  articleMentionsStatement,
  relatedCandidatesStatement,
  entityDetailStatements,
  entityKb,
  entityListStatements,
  exportStatement,
  quoteRow,
  quoteStatements,
  searchStatements,
  searchTotal,
  TOTAL_CAP,
  type Dialect,
  type Stmt,
} from '../sql.js';
import { RELATED_CANDIDATES, RELATED_NEED, relatedArticles } from '../related.js';
import { csvHeader, csvLine, jsonlLine } from '../export-format.js';
import { writeArticle, type Exec } from '../writer.js';
import { bucket, entitySummary, exportRecord, readArticle, summary, type Row } from '../rows.js';
import type {
  CorpusStore,
  EntityDetail,
  EntityListQuery,
  EntitySummary,
  ExportFormat,
  Page,
  QuoteQuery,
  QuoteRow,
  SearchFilters,
  SearchQuery,
  SearchResult,
  StoredArticle,
  StoreOptions,
  UpsertResult,
} from '../types.js';

/** Options of the PostgreSQL store. */
export interface PostgresStoreOptions extends StoreOptions {
  /** `postgres://user@host:port/db`, or use `pool`. */
  connectionString?: string;
  /** Extra pg pool settings (host, port, user, database, max...). */
  pool?: pg.PoolConfig;
}

/** Key of the advisory lock that serialises writers (any constant; "warta" in ASCII). */
const WRITE_LOCK = 0x7761727461;
/** Rows per multi-row INSERT (PostgreSQL allows 65535 parameters per statement). */
const ROWS_PER_INSERT = 1000;
/** PostgreSQL's limit of bound parameters per statement. */
const MAX_PARAMS = 65535;

const NON_WORD = /[^\p{L}\p{N}]+/gu;

function toDollar(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

const postgresDialect: Dialect = {
  ftsJoin: () => '',
  ftsWhere: (p) => `a.search @@ to_tsquery('simple', ${p})`,
  ftsRank: (expr) => ({ sql: "ts_rank(a.search, to_tsquery('simple', ?))", params: [expr], desc: true }),
  ftsExpression: (q) => {
    const clean = (w: string) => w.replace(NON_WORD, '');
    const parts = [
      ...q.terms.map(clean).filter(Boolean),
      ...q.phrases.map((ph) => ph.map(clean).filter(Boolean)).filter((ph) => ph.length).map((ph) => `(${ph.join(' <-> ')})`),
    ];
    return parts.join(' & ') || 'nothing_matches_this';
  },
  finish: toDollar,
  ridSet: (p) => `SELECT unnest(${p}::bigint[])`,
  ridSetParam: (rids) => rids,
};

function execOn(client: pg.PoolClient): Exec {
  const q = async (sql: string, params: unknown[] = []) => (await client.query(toDollar(sql), params)).rows as never[];
  return {
    one: async (sql, params) => (await q(sql, params))[0],
    all: async (sql, params) => q(sql, params),
    run: async (sql, params) => {
      await q(sql, params);
    },
    writeRows: async (rid, clear, groups) => {
      // Data-modifying CTEs, one statement for the deletes and one for the inserts (in one statement, a
      // deleted row still holds its unique key while the insert runs).
      if (clear.length) {
        const dels = clear.map((t, i) => `d${i} AS (DELETE FROM ${t} WHERE article_rid = ?)`);
        await q(`WITH ${dels.join(', ')} SELECT 1`, clear.map(() => rid));
      }
      const parts: string[] = [];
      const params: unknown[] = [];
      for (const g of groups) {
        for (let i = 0; i < g.rows.length; i += ROWS_PER_INSERT) {
          const chunk = g.rows.slice(i, i + ROWS_PER_INSERT);
          const values = chunk.map(() => `(${g.cols.map(() => '?').join(', ')})`).join(', ');
          // Chunks of one table never repeat a key: derived rows are unique per article.
          parts.push(`INSERT INTO ${g.table} (${g.cols.join(', ')}) VALUES ${values} ${g.tail ?? ''}`);
          params.push(...chunk.flat());
        }
      }
      if (!parts.length) return;
      if (params.length > MAX_PARAMS) {
        let k = 0;
        for (const part of parts) {
          const n = (part.match(/\?/g) ?? []).length;
          await q(part, params.slice(k, k + n));
          k += n;
        }
        return;
      }
      const sql = parts.length === 1 ? parts[0]! : `WITH ${parts.map((part, i) => `w${i} AS (${part})`).join(', ')} SELECT 1`;
      await q(sql, params);
    },
    searchColumn: { col: 'search', expr: "to_tsvector('simple', ?)" },
    setSearch: async () => {
      throw new Error('unreachable: the search vector is written with the article row');
    },
  };
}

/** Open (migrating as needed) a PostgreSQL corpus store. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<CorpusStore> {
  const pool = new pg.Pool({ ...(options.connectionString ? { connectionString: options.connectionString } : {}), ...options.pool });
  // An idle client losing its server must not crash the process; the next query reports the error.
  pool.on('error', () => undefined);
  await migrate(pool);
  await restemIfNeeded(pool, options.stem ?? identityStem, options.stemVersion);
  return new PostgresStore(pool, options);
}

/**
 * Re-stem every article's search text when the store was indexed under
 * another stemmer version (see `StoreOptions.stemVersion`), under the write
 * lock, so concurrent openers do it once.
 */
async function restemIfNeeded(pool: pg.Pool, stem: (w: string) => string, version: string | undefined): Promise<void> {
  if (!version) return;
  const current = async (c: pg.PoolClient) => (await c.query("SELECT value FROM store_meta WHERE key = 'search_stem'")).rows[0]?.value as string | undefined;
  const c = await pool.connect();
  try {
    if ((await current(c)) === version) return;
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    if ((await current(c)) !== version) {
      for (let after = 0; ; ) {
        const { rows } = await c.query('SELECT a.rid, a.title, d.text FROM articles a JOIN article_docs d ON d.rid = a.rid WHERE a.rid > $1 ORDER BY a.rid LIMIT 500', [after]);
        if (!rows.length) break;
        await c.query(
          "UPDATE articles a SET search = to_tsvector('simple', v.t) FROM unnest($1::bigint[], $2::text[]) AS v(rid, t) WHERE a.rid = v.rid",
          [rows.map((r) => r.rid), rows.map((r) => searchTextOf(r.title, r.text, stem))],
        );
        after = Number(rows[rows.length - 1].rid);
      }
      await c.query("INSERT INTO store_meta (key, value) VALUES ('search_stem', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", [version]);
    }
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const { rows } = await c.query('SELECT coalesce(max(version), 0) AS v FROM schema_migrations');
    for (let v = Number(rows[0].v) + 1; v <= POSTGRES_MIGRATIONS.length; v++) {
      await c.query(POSTGRES_MIGRATIONS[v - 1]!);
      await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [v, new Date().toISOString()]);
    }
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  } finally {
    c.release();
  }
}

class PostgresStore implements CorpusStore {
  readonly kind = 'postgres' as const;
  private readonly stem: (w: string) => string;
  private readonly now: () => Date;
  private readonly totalCap: number;

  constructor(
    private readonly pool: pg.Pool,
    o: StoreOptions,
  ) {
    this.stem = o.stem ?? identityStem;
    this.now = o.now ?? (() => new Date());
    this.totalCap = o.totalCap ?? TOTAL_CAP;
  }

  private async all(st: Stmt): Promise<Row[]> {
    return (await this.pool.query(st.sql, st.params)).rows as Row[];
  }

  private async one(st: Stmt): Promise<Row | undefined> {
    return (await this.all(st))[0];
  }

  async upsert(analysis: AnalysisJson): Promise<UpsertResult> {
    return (await this.upsertMany([analysis]))[0]!;
  }

  async upsertMany(analyses: readonly StoreInput[]): Promise<UpsertResult[]> {
    const prepared = analyses.map((a) => prepareArticle(a, this.stem));
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const x = execOn(c);
      const now = this.now().toISOString();
      const out: UpsertResult[] = [];
      for (const p of prepared) out.push(await writeArticle(x, p, now));
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = await this.one({ sql: `SELECT a.rid, a.id, a.url, a.title, a.outlet, a.published, d.text, d.analysis, a.stages, a.content_hash, a.simhash, a.group_id, a.canonical_id, a.first_seen, a.updated_at, a.version FROM articles a JOIN article_docs d ON d.rid = a.rid WHERE a.id = $1`, params: [id] });
    if (!row) return null;
    const dups = await this.all({ sql: 'SELECT id FROM articles WHERE group_id = $1 AND id <> $2 ORDER BY rid', params: [row.group_id, id] });
    const hist = await this.all({ sql: 'SELECT * FROM article_history WHERE article_rid = $1 ORDER BY version', params: [row.rid] });
    const mentions = await this.all(articleMentionsStatement(postgresDialect, Number(row.rid)));
    const candidates = await this.all(relatedCandidatesStatement(postgresDialect, Number(row.rid), String(row.group_id), RELATED_NEED, RELATED_CANDIDATES));
    return readArticle(row, dups.map((d) => String(d.id)), hist, mentions.map(articleMention), relatedArticles(String(row.text), candidates));
  }

  async count(): Promise<number> {
    return Number((await this.one({ sql: 'SELECT count(*) AS n FROM articles', params: [] }))!.n);
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    const s = searchStatements(postgresDialect, q, this.stem, this.totalCap);
    const [hits, total] = await Promise.all([this.all(s.hits), this.one(s.total)]);
    const result: SearchResult = { ...searchTotal(Number(total!.n), s.cap), page: s.page, size: s.size, items: hits.map(summary) };
    if (q.facets !== false) {
      const rids = (await this.all(s.sample)).map((r) => Number(r.rid));
      const sampled = rids.length > FACET_SAMPLE;
      if (sampled) rids.length = FACET_SAMPLE;
      const [entities, outlets, days] = await Promise.all([
        this.all(s.facets.entities(rids)),
        this.all(s.facets.outlets(rids)),
        this.all(s.facets.days(rids)),
      ]);
      result.facets = {
        sampled,
        entities: entities.map((r) => ({ id: String(r.id), name: String(r.name), type: String(r.type), count: Number(r.n) })),
        outlets: outlets.map(bucket),
        days: days.map(bucket),
      };
    }
    return result;
  }

  async listEntities(q: EntityListQuery): Promise<Page<EntitySummary>> {
    const s = entityListStatements(postgresDialect, q);
    const [total, items] = await Promise.all([this.one(s.total), this.all(s.items)]);
    return { total: Number(total!.n), page: s.page, size: s.size, items: items.map(entitySummary) };
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const s = entityDetailStatements(postgresDialect, id);
    const e = await this.one(s.entity);
    if (!e) return null;
    const [c, aliases, roles, mentions, quotes, timeline] = await Promise.all([
      this.one(s.counts),
      this.all(s.aliases),
      this.all(s.roles),
      this.all(s.mentions),
      this.all(s.quotes),
      this.all(s.timeline),
    ]);
    return {
      id: String(e.id),
      name: String(e.name),
      type: String(e.type),
      kb: entityKb(e),
      articles: Number(c!.articles),
      mentions: Number(c!.mentions),
      aliases: aliases.map(bucket),
      roles: roles.map(bucket),
      mentionList: mentions.map((m) => ({
        articleId: String(m.article_id),
        text: String(m.text),
        start: Number(m.start_offset),
        end: Number(m.end_offset),
        published: (m.published as string | null) ?? null,
      })),
      quotes: quotes.map(quoteRow),
      timeline: timeline.map(bucket),
    };
  }

  async quotes(q: QuoteQuery): Promise<Page<QuoteRow>> {
    const s = quoteStatements(postgresDialect, q);
    const [total, items] = await Promise.all([this.one(s.total), this.all(s.items)]);
    return { total: Number(total!.n), page: s.page, size: s.size, items: items.map(quoteRow) };
  }

  async *exportArticles(f: SearchFilters, format: ExportFormat): AsyncIterable<string> {
    if (format === 'csv') yield csvHeader();
    let after = 0;
    for (;;) {
      const rows = await this.all(exportStatement(postgresDialect, f, this.stem, after, 500));
      if (!rows.length) return;
      for (const r of rows) yield format === 'csv' ? csvLine(exportRecord(r)) : jsonlLine(exportRecord(r));
      after = Number(rows[rows.length - 1]!.rid);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
