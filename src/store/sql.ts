/**
 * The read queries both stores run, written once. SQL is standard enough for
 * SQLite and PostgreSQL alike; the only differences (full-text match and
 * rank, placeholders) come from a `Dialect`. Every user value is a bound
 * parameter; full-text input is first reduced to plain words by `parseQuery`.
 */
import { dayOf, parseQuery, type ParsedQuery } from './prepare.js';
import type { EntityListQuery, QuoteQuery, SearchFilters, SearchQuery } from './types.js';

/** How a backend spells full-text search. */
export interface Dialect {
  /** Extra FROM items for full-text search (e.g. the FTS5 table join), given the match parameter slot. */
  ftsJoin(): string;
  /** WHERE condition for a full-text match; `p` is the placeholder of the match expression. */
  ftsWhere(p: string): string;
  /** The relevance score of a match, its parameters given the match expression, and whether higher is better. */
  ftsRank(expr: string): { sql: string; params: unknown[]; desc: boolean };
  /** The match expression for a parsed query. */
  ftsExpression(q: ParsedQuery): string;
  /** Rewrites `?` placeholders into the backend's form. */
  finish(sql: string): string;
  /**
   * A separate full-text table (SQLite FTS5) whose rowid is `articles.rid`:
   * a text-only search then counts, samples and ranks inside that index and
   * reads `articles` for the page of hits only, instead of for every match.
   */
  ftsTable?: {
    name: string;
    /**
     * How to read `articles a` when joined to the full-text table row by row: through a small covering index of the
     * filter columns rather than the wide article rows (SQLite: `articles a INDEXED BY ...`).
     */
    articles?: string;
  };
  /** SQL for a set of rids passed as one parameter, and that parameter's value. */
  ridSet(p: string): string;
  ridSetParam(rids: number[]): unknown;
}

/** A statement and its parameters. */
export interface Stmt {
  sql: string;
  params: unknown[];
}

/** Page size limits shared by the store and the HTTP API. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/**
 * Facets are counted over at most this many matches (the newest stored); `Facets.sampled` says when that cut in.
 * 1,000 rather than 2,000: at 52k articles the facet queries were a third of all search time, and halving the
 * sample took the p95 of `npm run bench -- store --reuse=...` from about 30 ms to 25 ms.
 */
export const FACET_SAMPLE = 1000;
/**
 * Search counts matches exactly up to this many and then stops (`totalExact: false`). An exact count walks every
 * match: at 200k articles a common word matches over 100k of them, and counting them all cost more than the rest
 * of the search. Nobody pages through 10,000 hits; "10,000+" is the useful answer.
 */
export const TOTAL_CAP = 10_000;

/** Clamp paging input to sane values. */
export function paging(page?: number, size?: number): { page: number; size: number; offset: number } {
  const p = Math.max(1, Math.floor(page ?? 1) || 1);
  const s = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(size ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE));
  return { page: p, size: s, offset: (p - 1) * s };
}

function likeEscape(s: string): string {
  return '%' + s.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}

/** FROM/WHERE over `articles a` for search filters. `fts` is null when there is no text query. */
export function filterClause(
  d: Dialect,
  f: SearchFilters,
  stem: (w: string) => string,
): { from: string; where: string; params: unknown[]; fts: string | null; ftsOnly: boolean } {
  const conds: string[] = [];
  const params: unknown[] = [];
  let from = 'articles a';
  const parsed = parseQuery(f.q, stem);
  let fts: string | null = null;
  if (parsed.terms.length || parsed.phrases.length) {
    fts = d.ftsExpression(parsed);
    from += d.ftsJoin();
    conds.push(d.ftsWhere('?'));
    params.push(fts);
  } else if (f.q && f.q.trim()) {
    // Text with no word in it ("*", "'; --") matches nothing rather than everything.
    conds.push('1 = 0');
  }
  if (f.outlet) {
    conds.push('lower(a.outlet) = ?');
    params.push(f.outlet.toLowerCase());
  }
  addDayRange(conds, params, f.from, f.to);
  if (f.entity) {
    conds.push('EXISTS (SELECT 1 FROM entity_articles ea WHERE ea.article_rid = a.rid AND ea.entity_id = ?)');
    params.push(f.entity);
  }
  if (f.speaker) {
    conds.push('EXISTS (SELECT 1 FROM quotes qs WHERE qs.article_rid = a.rid AND (qs.speaker_id = ? OR lower(qs.speaker_name) = ?))');
    params.push(f.speaker, f.speaker.toLowerCase());
  }
  if (f.group) {
    conds.push('a.group_id = ?');
    params.push(f.group);
  }
  return { from, where: conds.length ? 'WHERE ' + conds.join(' AND ') : '', params, fts, ftsOnly: fts !== null && conds.length === 1 };
}

/** A count of the rows `select` returns, stopping at `cap + 1` so that the caller can tell "more than cap". */
function cappedCount(select: string, cap: number): string {
  return `SELECT count(*) AS n FROM (${select} LIMIT ${cap + 1}) c`;
}

/** `total` and `totalExact` of a search from the capped count. */
export function searchTotal(n: number, cap: number): { total: number; totalExact: boolean } {
  return n > cap ? { total: cap, totalExact: false } : { total: n, totalExact: true };
}

/**
 * The statements of one search: hits, total (counted up to `totalCap` + 1) and (optionally) facets.
 *
 * A search looks at no more than `totalCap` matches when ranking by relevance: the most recently stored ones
 * (highest row id). Below the cap that is every match, so nothing changes; above it `totalExact` is false and the
 * ranking covers the newest `totalCap` matches. Scoring every match was the largest cost of a search at 200k
 * articles, where a common word has over 100k matches (bench/RESULTS.md, section 2). Date order stays exact. The
 * facet sample reads one row more than FACET_SAMPLE, which tells whether it was cut.
 */
export function searchStatements(d: Dialect, q: SearchQuery, stem: (w: string) => string, totalCap = TOTAL_CAP) {
  const cap = Math.max(1, Math.floor(totalCap));
  const { size, offset, page } = paging(q.page, q.size);
  const f = filterClause(d, q, stem);
  const byRelevance = f.fts !== null && q.sort !== 'date';
  const dateOrder = 'a.published_ts DESC NULLS LAST, a.rid DESC';
  const limit = `LIMIT ${size} OFFSET ${offset}`;
  const cols =
    'a.id, a.title, a.url, a.outlet, a.published, a.group_id, a.canonical_id, (SELECT substr(d.text, 1, 240) FROM article_docs d WHERE d.rid = a.rid) AS snippet';
  const t = d.ftsTable && f.fts ? d.ftsTable : undefined;
  // The matching row ids: from the full-text table alone when the text is the only filter (SQLite FTS5 answers
  // that without reading articles), else articles with their filters.
  const joined = t?.articles ? f.from.replace(/^articles a\b/, t.articles) : f.from;
  const src = t && f.ftsOnly ? { from: `FROM ${t.name} WHERE ${d.ftsWhere('?')}`, rid: 'rowid' } : { from: `FROM ${joined} ${f.where}`, rid: t ? `${t.name}.rowid` : 'a.rid' };
  let total: Stmt = { sql: d.finish(cappedCount(`SELECT ${src.rid} AS rid ${src.from}`, cap)), params: f.params };
  // Facets count the newest FACET_SAMPLE matches, so their cost stays bounded on a large archive.
  let matched = `SELECT ${src.rid} AS rid ${src.from} ORDER BY ${src.rid} DESC LIMIT ${FACET_SAMPLE + 1}`;
  let hits: Stmt;
  /** Date order when more than `cap` articles match: the caller's alternative to `hits`, cheaper then. */
  let denseHits: Stmt | undefined;
  /** Relevance: the scored window itself (see below); `desc` when a higher score is better. */
  let window: (Stmt & { desc: boolean }) | undefined;
  if (byRelevance) {
    const rank = d.ftsRank(f.fts!);
    const dir = rank.desc ? 'DESC' : 'ASC';
    // Score the newest `cap` matches only, then pick the page; the page's (large) rows are read last.
    hits = {
      sql: d.finish(
        `SELECT ${cols} FROM (
           SELECT rid, r FROM (SELECT ${src.rid} AS rid, ${rank.sql} AS r ${src.from} ORDER BY ${src.rid} DESC LIMIT ${cap}) w
           ORDER BY r ${dir}, rid DESC ${limit}
         ) h JOIN articles a ON a.rid = h.rid ORDER BY h.r ${dir}, a.rid DESC`,
      ),
      params: [...rank.params, ...f.params],
    };
    // Text plus other filters: the same window as rows (row id, score), newest first, one past the cap. A store
    // that reads them in one pass gets the capped count, the facet sample and the ranking from one scan of the
    // matches instead of three (a selective filter makes each scan visit every text match). Text alone: the
    // count and sample come cheaply from FTS5 itself, and handing 10,000 rows to the caller cost more.
    if (t && !f.ftsOnly) window = {
      sql: d.finish(`SELECT ${src.rid} AS rid, ${rank.sql} AS r ${src.from} ORDER BY ${src.rid} DESC LIMIT ${cap + 1}`),
      params: [...rank.params, ...f.params],
      desc: rank.desc,
    };
  } else if (t) {
    // Text only: walk the published_ts index and keep the rows in the set of matching row ids. With other filters:
    // every match checked through the covering filter index and the newest kept (3-6x faster than that set at
    // 200k articles, e.g. a common word with an outlet 134 -> 23 ms). Then read the (large) rows of that page only.
    const pick = f.ftsOnly
      ? `FROM articles a WHERE a.rid IN (SELECT rowid FROM ${t.name} WHERE ${d.ftsWhere('?')})`
      : `FROM ${joined} ${f.where}`;
    hits = {
      sql: d.finish(
        `SELECT ${cols} FROM (SELECT a.rid, a.published_ts ${pick} ORDER BY ${dateOrder} ${limit}) h
         JOIN articles a ON a.rid = h.rid ORDER BY ${dateOrder}`,
      ),
      params: f.params,
    };
    // Building that set costs a step per match: with many matches, walking the date index and probing the
    // full-text index row by row reaches a page sooner (more than `cap` matches: one article in 20 or more of a
    // 200k store matches, so a page of 20 takes some 400 probes). Same rows, same order. Not with a day range:
    // the planner then reads the range through the day index and probes every row of it (seconds, measured).
    if (!dayOf(q.from) && !dayOf(q.to)) denseHits = {
      sql: d.finish(
        `SELECT ${cols} FROM (SELECT a.rid, a.published_ts FROM articles a CROSS JOIN ${t.name} ON ${t.name}.rowid = a.rid ${f.where}
         ORDER BY ${dateOrder} ${limit}) h JOIN articles a ON a.rid = h.rid ORDER BY ${dateOrder}`,
      ),
      params: f.params,
    };
  } else {
    hits = { sql: d.finish(`SELECT ${cols} FROM ${f.from} ${f.where} ORDER BY ${dateOrder} ${limit}`), params: f.params };
  }
  // The facet sample is computed once; each facet then reads it as a parameter.
  const set = d.ridSet('?');
  const facets = {
    entities: (
      `SELECT e.id, e.name, e.type, t.n FROM (
         SELECT entity_id, count(*) AS n FROM entity_articles WHERE article_rid IN (${set})
         GROUP BY entity_id ORDER BY n DESC, entity_id LIMIT 20
       ) t JOIN entities e ON e.id = t.entity_id ORDER BY t.n DESC, e.id`
    ),
    outlets: (
      `SELECT a.outlet AS value, count(*) AS n FROM articles a WHERE a.rid IN (${set}) AND a.outlet IS NOT NULL
       GROUP BY a.outlet ORDER BY n DESC, a.outlet LIMIT 20`
    ),
    days: (
      `SELECT value, n FROM (SELECT a.day AS value, count(*) AS n FROM articles a WHERE a.rid IN (${set}) AND a.day IS NOT NULL
       GROUP BY a.day ORDER BY a.day DESC LIMIT 60) t ORDER BY value`
    ),
  };
  const sample: Stmt = { sql: d.finish(matched), params: f.params };
  const facetStmt = (sql: string, rids: number[]): Stmt => ({ sql: d.finish(sql), params: [d.ridSetParam(rids)] });
  return {
    hits,
    denseHits,
    window,
    /** The summary columns of the articles with the given row ids (any order). */
    rows: (rids: number[]): Stmt => ({ sql: d.finish(`SELECT a.rid, ${cols} FROM articles a WHERE a.rid IN (${d.ridSet('?')})`), params: [d.ridSetParam(rids)] }),
    offset,
    total,
    sample,
    facets: {
      entities: (rids: number[]) => facetStmt(facets.entities, rids),
      outlets: (rids: number[]) => facetStmt(facets.outlets, rids),
      days: (rids: number[]) => facetStmt(facets.days, rids),
    },
    page,
    size,
    cap,
  };
}

/** One batch of export rows after `afterRid`, in storage order. */
export function exportStatement(d: Dialect, f: SearchFilters, stem: (w: string) => string, afterRid: number, batch: number): Stmt {
  const c = filterClause(d, f, stem);
  const where = c.where ? `${c.where} AND a.rid > ?` : 'WHERE a.rid > ?';
  return {
    sql: d.finish(
      `SELECT x.*, d.analysis FROM (
         SELECT a.rid, a.id, a.url, a.title, a.outlet, a.published, a.group_id, a.canonical_id, a.content_hash, a.simhash
         FROM ${c.from} ${where} ORDER BY a.rid LIMIT ${batch}
       ) x JOIN article_docs d ON d.rid = x.rid ORDER BY x.rid`,
    ),
    params: [...c.params, afterRid],
  };
}

/** Entity listing statements. */
export function entityListStatements(d: Dialect, q: EntityListQuery) {
  const { size, offset, page } = paging(q.page, q.size);
  const conds: string[] = [];
  const params: unknown[] = [];
  if (q.q) {
    conds.push("lower(e.name) LIKE ? ESCAPE '\\'");
    params.push(likeEscape(q.q));
  }
  if (q.type) {
    conds.push('e.type = ?');
    params.push(q.type);
  }
  const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
  return {
    page,
    size,
    items: {
      sql: d.finish(
        `SELECT e.id, e.name, e.type, count(*) AS articles, sum(ea.mentions) AS mentions
         FROM entity_articles ea JOIN entities e ON e.id = ea.entity_id ${where}
         GROUP BY e.id, e.name, e.type ORDER BY articles DESC, mentions DESC, e.id LIMIT ${size} OFFSET ${offset}`,
      ),
      params,
    },
    total: {
      sql: d.finish(
        `SELECT count(*) AS n FROM entities e ${where} ${where ? 'AND' : 'WHERE'} EXISTS (SELECT 1 FROM entity_articles ea WHERE ea.entity_id = e.id)`,
      ),
      params,
    },
  };
}

const QUOTE_COLS = `q.article_rid, a.id AS article_id, q.kind, q.content, q.speaker_name, q.speaker_id, q.cue, q.start_offset, q.end_offset,
  a.published, a.outlet, a.title`;

/** Conditions for an inclusive `from`/`to` day range on the article (`a.day`), when given. */
function addDayRange(conds: string[], params: unknown[], from: string | undefined, to: string | undefined): void {
  const fromDay = dayOf(from);
  if (fromDay) {
    conds.push('a.day >= ?');
    params.push(fromDay);
  }
  const toDay = dayOf(to);
  if (toDay) {
    conds.push('a.day <= ?');
    params.push(toDay);
  }
}

/** Quote search statements. */
export function quoteStatements(d: Dialect, q: QuoteQuery) {
  const { size, offset, page } = paging(q.page, q.size);
  const conds: string[] = [];
  const params: unknown[] = [];
  if (q.speaker) {
    conds.push('(q.speaker_id = ? OR lower(q.speaker_name) = ?)');
    params.push(q.speaker, q.speaker.toLowerCase());
  }
  if (q.q) {
    conds.push("lower(q.content) LIKE ? ESCAPE '\\'");
    params.push(likeEscape(q.q.trim()));
  }
  addDayRange(conds, params, q.from, q.to);
  const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
  return {
    page,
    size,
    items: {
      sql: d.finish(
        `SELECT ${QUOTE_COLS} FROM quotes q JOIN articles a ON a.rid = q.article_rid ${where}
         ORDER BY a.published_ts DESC NULLS LAST, q.article_rid DESC, q.start_offset LIMIT ${size} OFFSET ${offset}`,
      ),
      params,
    },
    total: { sql: d.finish(`SELECT count(*) AS n FROM quotes q JOIN articles a ON a.rid = q.article_rid ${where}`), params },
  };
}

/** Statements for one entity's detail. */
export function entityDetailStatements(d: Dialect, id: string) {
  const s = (sql: string): Stmt => ({ sql: d.finish(sql), params: [id] });
  return {
    entity: s('SELECT id, name, type, kb, kb_id, lat, lon FROM entities WHERE id = ?'),
    counts: s('SELECT count(*) AS articles, coalesce(sum(mentions), 0) AS mentions FROM entity_articles WHERE entity_id = ?'),
    // Surface forms seen, then the names coreference clusters gave it (counted 0 until seen as a mention).
    aliases: {
      sql: d.finish(
        `SELECT value, sum(n) AS n FROM (
           SELECT text AS value, count(*) AS n FROM mentions WHERE entity_id = ? GROUP BY text
           UNION ALL SELECT alias AS value, 0 AS n FROM entity_aliases WHERE entity_id = ?
         ) x GROUP BY value ORDER BY n DESC, value LIMIT 50`,
      ),
      params: [id, id],
    },
    roles: s('SELECT role AS value, count(*) AS n FROM entity_roles WHERE entity_id = ? GROUP BY role ORDER BY n DESC, role LIMIT 50'),
    mentions: s(
      `SELECT a.id AS article_id, m.text, m.start_offset, m.end_offset, a.published FROM mentions m JOIN articles a ON a.rid = m.article_rid
       WHERE m.entity_id = ? ORDER BY a.published_ts DESC NULLS LAST, a.rid DESC, m.start_offset LIMIT 100`,
    ),
    quotes: s(
      `SELECT ${QUOTE_COLS} FROM quotes q JOIN articles a ON a.rid = q.article_rid WHERE q.speaker_id = ?
       ORDER BY a.published_ts DESC NULLS LAST, q.article_rid DESC, q.start_offset LIMIT 100`,
    ),
    timeline: s(
      `SELECT a.day AS value, sum(ea.mentions) AS n FROM entity_articles ea JOIN articles a ON a.rid = ea.article_rid
       WHERE ea.entity_id = ? AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day`,
    ),
  };
}

/** Map a quote row (either backend) to the API shape. */
export function quoteRow(r: Record<string, unknown>) {
  return {
    articleId: String(r.article_id),
    kind: r.kind as 'direct' | 'indirect',
    content: String(r.content),
    speakerName: (r.speaker_name as string | null) ?? null,
    speakerId: (r.speaker_id as string | null) ?? null,
    cue: (r.cue as string | null) ?? null,
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    published: (r.published as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    title: (r.title as string | null) ?? null,
  };
}

/** The entity of each mention of one article (by row id), in text order. */
export function articleMentionsStatement(d: Dialect, rid: number): Stmt {
  return {
    sql: d.finish(
      `SELECT m.start_offset, m.end_offset, m.entity_id, e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_rid = ? ORDER BY m.start_offset, m.end_offset`,
    ),
    params: [rid],
  };
}

/**
 * Candidates for an article's related stories: the articles outside its
 * dedupe group that share at least `need` of its sketch hashes, most shared
 * first, with their text for the exact check (`relatedArticles`).
 */
export function relatedCandidatesStatement(d: Dialect, rid: number, groupId: string, need: number, limit: number): Stmt {
  return {
    sql: d.finish(
      `SELECT a.id, a.title, a.outlet, a.published, t.text FROM (
         SELECT o.article_rid, count(*) AS n FROM article_sketch mine JOIN article_sketch o ON o.hash = mine.hash
         WHERE mine.article_rid = ? AND o.article_rid <> ? GROUP BY o.article_rid HAVING count(*) >= ?
         ORDER BY count(*) DESC, o.article_rid LIMIT ?
       ) s JOIN articles a ON a.rid = s.article_rid JOIN article_docs t ON t.rid = s.article_rid WHERE a.group_id <> ?`,
    ),
    params: [rid, rid, need, limit, groupId],
  };
}

/** Map an article mention row. */
export function articleMention(r: Record<string, unknown>) {
  return { start: Number(r.start_offset), end: Number(r.end_offset), entityId: String(r.entity_id), name: String(r.name), type: String(r.type) };
}

/** The knowledge-base link of an entity row, or null. */
export function entityKb(r: Record<string, unknown>) {
  if (r.kb === null || r.kb === undefined) return null;
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return { kb: String(r.kb), id: String(r.kb_id), lat: num(r.lat), lon: num(r.lon) };
}
