/**
 * The write path both stores share: idempotent upsert with history,
 * derived query rows, and deduplication (exact hash, then SimHash bands).
 * It runs inside a transaction the store opened, through a small `Exec`
 * interface so that the same logic drives SQLite and PostgreSQL.
 */
import { copyTest } from './copy-test.js';
import { hamming, NEAR_DUPLICATE_DISTANCE } from './simhash.js';
import type { PreparedArticle } from './prepare.js';
import type { UpsertResult } from './types.js';

/** Rows for one table. */
export interface RowGroup {
  table: string;
  cols: readonly string[];
  rows: unknown[][];
  /** Appended to the INSERT (e.g. `ON CONFLICT (id) DO NOTHING`). */
  tail?: string;
}

/** Statement execution inside a transaction. SQL uses `?` placeholders. */
export interface Exec {
  one<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined>;
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  /**
   * Delete an article's rows from `clear` tables, then insert `groups`.
   * SQLite runs cached row statements; PostgreSQL sends one statement
   * (data-modifying CTEs), since there a round trip costs more than the work.
   */
  writeRows(rid: number, clear: readonly string[], groups: RowGroup[]): Promise<void>;
  /** For backends that keep the search vector in `articles`: the column and the SQL expression of the stemmed text. */
  readonly searchColumn: { col: string; expr: string } | null;
  /** Index the stemmed search text of an article kept outside `articles` (replacing any previous entry). */
  setSearch(rid: number, searchText: string, isNew: boolean): Promise<void>;
}

interface ExistingRow {
  rid: number;
  content_hash: string;
  analysis: string;
  version: number;
  title: string | null;
  text: string;
  group_id: string;
  canonical_id: string;
}

const CHILD_TABLES = ['article_sketch', 'mentions', 'entity_roles', 'entity_articles', 'quotes', 'timexes', 'amounts'] as const;

function derivedGroups(rid: number, p: PreparedArticle): RowGroup[] {
  const d = p.derived;
  // One row per entity named in the article (mentioned, quoted or given a role) for counts and filters.
  const perEntity = new Map<string, number>();
  for (const m of d.mentions) perEntity.set(m.entityId, (perEntity.get(m.entityId) ?? 0) + 1);
  for (const q of d.quotes) if (q.speakerId && !perEntity.has(q.speakerId)) perEntity.set(q.speakerId, 0);
  for (const r of d.roles) if (!perEntity.has(r.entityId)) perEntity.set(r.entityId, 0);
  return [
    { table: 'article_sketch', cols: ['hash', 'article_rid'], rows: p.sketch.map((h) => [h, rid]) },
    {
      table: 'entities',
      cols: ['id', 'type', 'name', 'kb', 'kb_id', 'lat', 'lon'],
      rows: d.entities.map((e) => [e.id, e.type, e.name, e.kb?.kb ?? null, e.kb?.id ?? null, e.kb?.lat ?? null, e.kb?.lon ?? null]),
      // An entity first stored without a link gets one from the first article that links it.
      tail:
        'ON CONFLICT (id) DO UPDATE SET kb = excluded.kb, kb_id = excluded.kb_id, lat = excluded.lat, lon = excluded.lon' +
        ' WHERE entities.kb IS NULL AND excluded.kb IS NOT NULL',
    },
    {
      table: 'entity_aliases',
      cols: ['entity_id', 'alias'],
      rows: d.entities.flatMap((e) => e.aliases.map((alias) => [e.id, alias])),
      tail: 'ON CONFLICT (entity_id, alias) DO NOTHING',
    },
    {
      table: 'mentions',
      cols: ['article_rid', 'entity_id', 'start_offset', 'end_offset', 'text'],
      rows: d.mentions.map((m) => [rid, m.entityId, m.start, m.end, m.text]),
    },
    { table: 'entity_roles', cols: ['article_rid', 'entity_id', 'role'], rows: d.roles.map((r) => [rid, r.entityId, r.role]) },
    { table: 'entity_articles', cols: ['entity_id', 'article_rid', 'mentions'], rows: [...perEntity].map(([id, n]) => [id, rid, n]) },
    {
      table: 'quotes',
      cols: ['article_rid', 'kind', 'content', 'speaker_name', 'speaker_id', 'cue', 'start_offset', 'end_offset'],
      rows: d.quotes.map((q) => [rid, q.kind, q.content, q.speakerName, q.speakerId, q.cue, q.start, q.end]),
    },
    {
      table: 'timexes',
      cols: ['article_rid', 'start_offset', 'end_offset', 'text', 'type', 'value'],
      rows: d.timexes.map((t) => [rid, t.start, t.end, t.text, t.type, t.value]),
    },
    {
      table: 'amounts',
      cols: ['article_rid', 'start_offset', 'end_offset', 'text', 'kind', 'value', 'unit'],
      rows: d.amounts.map((a) => [rid, a.start, a.end, a.text, a.kind, a.value, a.unit]),
    },
  ].filter((g) => g.rows.length > 0);
}

/** Make the earliest member of a group its canonical article, and return its id. */
async function refreshCanonical(x: Exec, groupId: string): Promise<string | null> {
  const first = await x.one<{ id: string }>(
    'SELECT id FROM articles WHERE group_id = ? ORDER BY published_ts ASC NULLS LAST, first_seen ASC, rid ASC LIMIT 1',
    [groupId],
  );
  if (!first) return null;
  await x.run('UPDATE articles SET canonical_id = ? WHERE group_id = ? AND canonical_id <> ?', [first.id, groupId, first.id]);
  return first.id;
}

interface GroupMatch {
  groupId: string;
  match: 'exact' | 'near';
}

/** Find the group an article belongs to: exact content first, then a copy among the nearest SimHashes, then among the sketch's candidates. */
async function findGroup(x: Exec, p: PreparedArticle, rid: number): Promise<GroupMatch | null> {
  const exact = await x.one<{ group_id: string }>('SELECT group_id FROM articles WHERE content_hash = ? AND rid <> ? ORDER BY rid LIMIT 1', [
    p.contentHash,
    rid,
  ]);
  if (exact) return { groupId: exact.group_id, match: 'exact' };
  const [b0, b1, b2, b3] = p.bands;
  const candidates = await x.all<{ group_id: string; simhash: string; rid: number }>(
    'SELECT group_id, simhash, rid FROM articles WHERE (b0 = ? OR b1 = ? OR b2 = ? OR b3 = ?) AND rid <> ?',
    [b0, b1, b2, b3, rid],
  );
  // Nearest first; each must still pass the copy test, since a follow-up can be as near as a copy.
  const near = candidates
    .map((c) => ({ groupId: c.group_id, d: hamming(c.simhash, p.simhash), rid: Number(c.rid) }))
    .filter((c) => c.d <= NEAR_DUPLICATE_DISTANCE)
    .sort((a, b) => a.d - b.d || a.rid - b.rid);
  for (const c of near) {
    const doc = await x.one<{ text: string }>('SELECT text FROM article_docs WHERE rid = ?', [c.rid]);
    if (doc && copyTest(p.text, doc.text).copy) return { groupId: c.groupId, match: 'near' };
  }
  return findBySketch(x, p, rid);
}

/** Candidates sharing sketch hashes, confirmed by the copy test (one query); the most resembling copy wins. */
async function findBySketch(x: Exec, p: PreparedArticle, rid: number): Promise<GroupMatch | null> {
  if (!p.sketch.length) return null;
  const marks = p.sketch.map(() => '?').join(', ');
  // A copy shares at least about half of each k-sketch; asking for a quarter keeps recall, the copy test keeps precision.
  const need = Math.max(1, Math.floor(p.sketch.length / 4));
  const candidates = await x.all<{ rid: number; group_id: string; text: string }>(
    `SELECT a.rid, a.group_id, d.text FROM (
       SELECT article_rid, count(*) AS n FROM article_sketch WHERE hash IN (${marks}) AND article_rid <> ?
       GROUP BY article_rid HAVING count(*) >= ? ORDER BY count(*) DESC, article_rid LIMIT 10
     ) s JOIN articles a ON a.rid = s.article_rid JOIN article_docs d ON d.rid = s.article_rid`,
    [...p.sketch, rid, need],
  );
  let best: { groupId: string; r: number; rid: number } | null = null;
  for (const c of candidates) {
    const v = copyTest(p.text, c.text);
    if (v.copy && (!best || v.resemblance > best.r || (v.resemblance === best.r && Number(c.rid) < best.rid))) {
      best = { groupId: c.group_id, r: v.resemblance, rid: Number(c.rid) };
    }
  }
  return best ? { groupId: best.groupId, match: 'near' } : null;
}

const ARTICLE_COLS = [
  'id', 'url', 'title', 'outlet', 'published', 'published_ts', 'day', 'stages',
  'content_hash', 'simhash', 'b0', 'b1', 'b2', 'b3',
] as const;

function articleValues(p: PreparedArticle): unknown[] {
  return [
    p.id, p.url, p.title, p.outlet, p.published, p.publishedTs, p.day, JSON.stringify(p.stages),
    p.contentHash, p.simhash, ...p.bands,
  ];
}

/**
 * Upsert one prepared article. Must run inside a transaction.
 *
 * - unknown id: join a dedupe group (or start one), insert, derive rows;
 * - same id, same content and analysis: nothing changes (`unchanged`);
 * - same id, same content, new analysis (new stage versions): analysis and rows replaced;
 * - same id, changed content: the old version goes to `article_history`, then as above, and the group is recomputed.
 */
export async function writeArticle(x: Exec, p: PreparedArticle, now: string): Promise<UpsertResult> {
  const old = await x.one<ExistingRow>(
    `SELECT a.rid, a.content_hash, d.analysis, a.version, a.title, d.text, a.group_id, a.canonical_id
     FROM articles a JOIN article_docs d ON d.rid = a.rid WHERE a.id = ?`,
    [p.id],
  );
  if (old && old.content_hash === p.contentHash && old.analysis === p.analysisJson) {
    return { id: p.id, status: 'unchanged', groupId: old.group_id, canonicalId: old.canonical_id, match: 'none' };
  }
  const search = x.searchColumn;
  if (!old) {
    // The common path, kept to a few statements: find the group, insert, write the derived rows.
    const found = await findGroup(x, p, -1);
    const groupId = found?.groupId ?? p.id;
    const cols = [...ARTICLE_COLS, 'group_id', 'canonical_id', 'first_seen', 'updated_at', 'version', ...(search ? [search.col] : [])];
    const marks = [...cols.map(() => '?')];
    if (search) marks[marks.length - 1] = search.expr;
    const row = await x.one<{ rid: number }>(
      `INSERT INTO articles (${cols.join(', ')}) VALUES (${marks.join(', ')}) RETURNING rid`,
      [...articleValues(p), groupId, p.id, now, now, 1, ...(search ? [p.searchText] : [])],
    );
    const rid = Number(row!.rid);
    await x.run('INSERT INTO article_docs (rid, text, analysis) VALUES (?, ?, ?)', [rid, p.text, p.analysisJson]);
    if (!search) await x.setSearch(rid, p.searchText, true);
    await x.writeRows(rid, [], derivedGroups(rid, p));
    const canonicalId = found ? ((await refreshCanonical(x, groupId)) ?? p.id) : p.id;
    return { id: p.id, status: 'inserted', groupId, canonicalId, match: found?.match ?? 'none' };
  }

  const rid = Number(old.rid);
  const contentChanged = old.content_hash !== p.contentHash;
  if (contentChanged) {
    await x.run(
      'INSERT INTO article_history (article_rid, version, title, content_hash, text, analysis, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [rid, old.version, old.title, old.content_hash, old.text, old.analysis, now],
    );
  }
  const sets = [...ARTICLE_COLS.slice(1).map((c) => `${c} = ?`), 'updated_at = ?', 'version = ?', ...(search ? [`${search.col} = ${search.expr}`] : [])];
  await x.run(`UPDATE articles SET ${sets.join(', ')} WHERE rid = ?`, [
    ...articleValues(p).slice(1),
    now,
    contentChanged ? Number(old.version) + 1 : Number(old.version),
    ...(search ? [p.searchText] : []),
    rid,
  ]);
  await x.run('UPDATE article_docs SET text = ?, analysis = ? WHERE rid = ?', [p.text, p.analysisJson, rid]);
  if (!search) await x.setSearch(rid, p.searchText, false);
  await x.writeRows(rid, CHILD_TABLES, derivedGroups(rid, p));
  if (!contentChanged) {
    // Same text: the group cannot change, but a new published date may move the canonical.
    const canonicalId = (await refreshCanonical(x, old.group_id)) ?? p.id;
    return { id: p.id, status: 'updated', groupId: old.group_id, canonicalId, match: 'none' };
  }
  const found = await findGroup(x, p, rid);
  const groupId = found?.groupId ?? p.id;
  await x.run('UPDATE articles SET group_id = ?, canonical_id = ? WHERE rid = ?', [groupId, p.id, rid]);
  if (old.group_id !== groupId) await refreshCanonical(x, old.group_id);
  const canonicalId = (await refreshCanonical(x, groupId)) ?? p.id;
  return { id: p.id, status: 'updated', groupId, canonicalId, match: found?.match ?? 'none' };
}
