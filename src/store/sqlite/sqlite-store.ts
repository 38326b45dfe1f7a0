/**
 * The embedded default store: one SQLite file through better-sqlite3 (v12),
 * WAL journal, FTS5 over pre-stemmed text.
 */
import Database from 'better-sqlite3';
import type { AnalysisJson } from '../../text/schema.js';
import { identityStem, prepareArticle, searchTextOf, type StoreInput } from '../prepare.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import type { Dialect, Stmt } from '../sql.js';
import { RELATED_CANDIDATES, RELATED_NEED, relatedArticles } from '../related.js';
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
} from '../sql.js';
import { csvHeader, csvLine, jsonlLine } from '../export-format.js';
import { writeArticle, type Exec } from '../writer.js';
import type {
  ArticleSummary,
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
import { bucket, entitySummary, exportRecord, readArticle, summary, type Row } from '../rows.js';

/** Where the SQLite store lives when nothing else is said. */
export const DEFAULT_DB_PATH = './warta.db';

/** Options of the SQLite store. */
export interface SqliteStoreOptions extends StoreOptions {
  /** Database file (`:memory:` for a throwaway store). Default `$WARTA_DB` or `./warta.db`. */
  path?: string;
}

const STATEMENT_CACHE = 256;

const sqliteDialect: Dialect = {
  ftsJoin: () => ' JOIN articles_fts ON articles_fts.rowid = a.rid',
  ftsWhere: (p) => `articles_fts MATCH ${p}`,
  ftsRank: () => ({ sql: 'bm25(articles_fts)', params: [], desc: false }),
  ftsExpression: (q) => [...q.terms.map((t) => `"${t.replace(/"/g, '')}"`), ...q.phrases.map((ph) => `"${ph.join(' ').replace(/"/g, '')}"`)].join(' AND '),
  finish: (sql) => sql,
  ftsTable: { name: 'articles_fts', articles: 'articles a INDEXED BY articles_rid_filters' },
  ridSet: (p) => `SELECT value FROM json_each(${p})`,
  ridSetParam: (rids) => JSON.stringify(rids),
};

/** Open (creating and migrating as needed) a SQLite corpus store. */
export async function openSqliteStore(options: SqliteStoreOptions = {}): Promise<CorpusStore> {
  return new SqliteStore(options);
}

class SqliteStore implements CorpusStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly stem: (w: string) => string;
  private readonly now: () => Date;
  private readonly totalCap: number;
  private readonly cache = new Map<string, Database.Statement>();
  /** Writes are serialised: the shared writer awaits between statements inside one transaction. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(o: SqliteStoreOptions) {
    this.db = new Database(o.path ?? process.env.WARTA_DB ?? DEFAULT_DB_PATH);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // A 64 MiB page cache keeps hot index and row pages of a large archive in memory.
    this.db.pragma('cache_size = -65536');
    this.stem = o.stem ?? identityStem;
    this.now = o.now ?? (() => new Date());
    this.totalCap = o.totalCap ?? TOTAL_CAP;
    this.migrate();
    this.restemIfNeeded(o.stemVersion);
  }

  /**
   * Re-stem every article's search text when the store was indexed under
   * another stemmer version (see `StoreOptions.stemVersion`), in one
   * immediate transaction, so a second process opening the file waits and
   * then finds the work done.
   */
  private restemIfNeeded(version: string | undefined): void {
    if (!version) return;
    const meta = this.db.prepare("SELECT value FROM store_meta WHERE key = 'search_stem'");
    if ((meta.get() as { value: string } | undefined)?.value === version) return;
    const read = this.db.prepare('SELECT a.rid, a.title, d.text FROM articles a JOIN article_docs d ON d.rid = a.rid WHERE a.rid > ? ORDER BY a.rid LIMIT 500');
    const remove = this.db.prepare('DELETE FROM articles_fts WHERE rowid = ?');
    const insert = this.db.prepare('INSERT INTO articles_fts (rowid, body) VALUES (?, ?)');
    this.db.transaction(() => {
      if ((meta.get() as { value: string } | undefined)?.value === version) return;
      for (let after = 0; ; ) {
        const rows = read.all(after) as Array<{ rid: number; title: string | null; text: string }>;
        if (!rows.length) break;
        for (const r of rows) {
          remove.run(r.rid);
          insert.run(r.rid, searchTextOf(r.title, r.text, this.stem));
        }
        after = rows[rows.length - 1]!.rid;
      }
      this.db.prepare("INSERT INTO store_meta (key, value) VALUES ('search_stem', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(version);
    }).immediate();
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const row = this.db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as { v: number };
    for (let v = row.v + 1; v <= SQLITE_MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(SQLITE_MIGRATIONS[v - 1]!);
        this.db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(v, new Date().toISOString());
      })();
    }
  }

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      if (this.cache.size >= STATEMENT_CACHE) this.cache.delete(this.cache.keys().next().value!);
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  private all<T = Row>(st: Stmt): T[] {
    return this.stmt(st.sql).all(...(st.params as unknown[])) as T[];
  }

  private one<T = Row>(st: Stmt): T | undefined {
    return this.stmt(st.sql).get(...(st.params as unknown[])) as T | undefined;
  }

  private readonly exec: Exec = {
    one: async (sql, params = []) => this.stmt(sql).get(...params) as never,
    all: async (sql, params = []) => this.stmt(sql).all(...params) as never,
    run: async (sql, params = []) => {
      this.stmt(sql).run(...params);
    },
    writeRows: async (rid, clear, groups) => {
      for (const t of clear) this.stmt(`DELETE FROM ${t} WHERE article_rid = ?`).run(rid);
      for (const g of groups) {
        const s = this.stmt(`INSERT INTO ${g.table} (${g.cols.join(', ')}) VALUES (${g.cols.map(() => '?').join(', ')}) ${g.tail ?? ''}`);
        for (const r of g.rows) s.run(...r);
      }
    },
    searchColumn: null,
    setSearch: async (rid, text, isNew) => {
      if (!isNew) this.stmt('DELETE FROM articles_fts WHERE rowid = ?').run(rid);
      this.stmt('INSERT INTO articles_fts (rowid, body) VALUES (?, ?)').run(rid, text);
    },
  };

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  upsert(analysis: AnalysisJson): Promise<UpsertResult> {
    return this.upsertMany([analysis]).then((r) => r[0]!);
  }

  upsertMany(analyses: readonly StoreInput[]): Promise<UpsertResult[]> {
    // Prepare (hashing, stemming) outside the lock: it is pure.
    const prepared = analyses.map((a) => prepareArticle(a, this.stem));
    return this.serial(async () => {
      const now = this.now().toISOString();
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const out: UpsertResult[] = [];
        for (const p of prepared) out.push(await writeArticle(this.exec, p, now));
        this.db.exec('COMMIT');
        return out;
      } catch (e) {
        this.db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.one({ sql: `SELECT a.rid, a.id, a.url, a.title, a.outlet, a.published, d.text, d.analysis, a.stages, a.content_hash, a.simhash, a.group_id, a.canonical_id, a.first_seen, a.updated_at, a.version FROM articles a JOIN article_docs d ON d.rid = a.rid WHERE a.id = ?`, params: [id] });
    if (!row) return null;
    const dups = this.all<{ id: string }>({ sql: 'SELECT id FROM articles WHERE group_id = ? AND id <> ? ORDER BY rid', params: [row.group_id, id] });
    const hist = this.all({ sql: 'SELECT * FROM article_history WHERE article_rid = ? ORDER BY version', params: [row.rid] });
    const mentions = this.all(articleMentionsStatement(sqliteDialect, Number(row.rid))).map(articleMention);
    const candidates = this.all(relatedCandidatesStatement(sqliteDialect, Number(row.rid), String(row.group_id), RELATED_NEED, RELATED_CANDIDATES));
    return readArticle(row, dups.map((d) => d.id), hist, mentions, relatedArticles(String(row.text), candidates));
  }

  async count(): Promise<number> {
    return Number(this.one<{ n: number }>({ sql: 'SELECT count(*) AS n FROM articles', params: [] })!.n);
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    const s = searchStatements(sqliteDialect, q, this.stem, this.totalCap);
    let counted: { total: number; totalExact: boolean };
    let items: ArticleSummary[];
    let sampleRids: number[] | undefined;
    if (s.window) {
      // Relevance: one scan of the matches gives the count, the facet sample and the ranked window.
      const w = this.stmt(s.window.sql).raw(true).all(...(s.window.params as unknown[])) as Array<[number, number]>;
      counted = searchTotal(w.length, s.cap);
      // The window is newest first, the sample's order; it holds the whole sample unless the cap is below it.
      if (counted.totalExact || w.length > FACET_SAMPLE) sampleRids = w.slice(0, FACET_SAMPLE + 1).map((x) => x[0]);
      const sign = s.window.desc ? -1 : 1;
      const ranked = w.slice(0, s.cap).sort((x, y) => sign * (x[1] - y[1]) || y[0] - x[0]);
      const pageRids = ranked.slice(s.offset, s.offset + s.size).map((x) => x[0]);
      const byRid = new Map(pageRids.length ? this.all(s.rows(pageRids)).map((r) => [Number(r.rid), r]) : []);
      items = pageRids.map((rid) => summary(byRid.get(rid)!));
    } else {
      counted = searchTotal(Number(this.one<{ n: number }>(s.total)!.n), s.cap);
      items = this.all(!counted.totalExact && s.denseHits ? s.denseHits : s.hits).map(summary);
    }
    const result: SearchResult = { ...counted, page: s.page, size: s.size, items };
    if (q.facets !== false) {
      const rids = sampleRids ?? this.all(s.sample).map((r) => Number(r.rid));
      const sampled = rids.length > FACET_SAMPLE;
      if (sampled) rids.length = FACET_SAMPLE;
      result.facets = {
        sampled,
        entities: this.all(s.facets.entities(rids)).map((r) => ({ id: String(r.id), name: String(r.name), type: String(r.type), count: Number(r.n) })),
        outlets: this.all(s.facets.outlets(rids)).map(bucket),
        days: this.all(s.facets.days(rids)).map(bucket),
      };
    }
    return result;
  }

  async listEntities(q: EntityListQuery): Promise<Page<EntitySummary>> {
    const s = entityListStatements(sqliteDialect, q);
    return {
      total: Number(this.one<{ n: number }>(s.total)!.n),
      page: s.page,
      size: s.size,
      items: this.all(s.items).map(entitySummary),
    };
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const s = entityDetailStatements(sqliteDialect, id);
    const e = this.one(s.entity);
    if (!e) return null;
    const c = this.one(s.counts)!;
    return {
      id: String(e.id),
      name: String(e.name),
      type: String(e.type),
      kb: entityKb(e),
      articles: Number(c.articles),
      mentions: Number(c.mentions),
      aliases: this.all(s.aliases).map(bucket),
      roles: this.all(s.roles).map(bucket),
      mentionList: this.all(s.mentions).map((m) => ({
        articleId: String(m.article_id),
        text: String(m.text),
        start: Number(m.start_offset),
        end: Number(m.end_offset),
        published: (m.published as string | null) ?? null,
      })),
      quotes: this.all(s.quotes).map(quoteRow),
      timeline: this.all(s.timeline).map(bucket),
    };
  }

  async quotes(q: QuoteQuery): Promise<Page<QuoteRow>> {
    const s = quoteStatements(sqliteDialect, q);
    return { total: Number(this.one<{ n: number }>(s.total)!.n), page: s.page, size: s.size, items: this.all(s.items).map(quoteRow) };
  }

  async *exportArticles(f: SearchFilters, format: ExportFormat): AsyncIterable<string> {
    if (format === 'csv') yield csvHeader();
    let after = 0;
    for (;;) {
      const rows = this.all(exportStatement(sqliteDialect, f, this.stem, after, 500));
      if (!rows.length) return;
      for (const r of rows) yield format === 'csv' ? csvLine(exportRecord(r)) : jsonlLine(exportRecord(r));
      after = Number(rows[rows.length - 1]!.rid);
    }
  }

  async close(): Promise<void> {
    await this.queue;
    this.cache.clear();
    if (this.db.open) this.db.close();
  }
}
