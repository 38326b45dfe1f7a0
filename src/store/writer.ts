/**
 * The write path both stores share: idempotent upsert with history,
 * derived query rows, and deduplication (exact hash, then SimHash bands).
 * It runs inside a transaction the store opened, through a small `Exec`
 * interface so that the same logic drives SQLite and PostgreSQL.
 */
import { hamming, NEAR_DUPLICATE_DISTANCE } from './simhash.js';
import { MIN_RESEMBLANCE, resemblance } from './sketch.js';
import type { PreparedArticle } from './prepare.js';
import type { UpsertResult } from './types.js';

/** Statement execution inside a transaction. SQL uses `?` placeholders. */
export interface Exec {
  one<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined>;
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  /** Insert many rows into one table (the backend picks row-by-row or multi-row). */
  insertRows(table: string, cols: readonly string[], rows: unknown[][]): Promise<void>;
  /** Index the stemmed search text of an article (replacing any previous entry). */
  setSearch(rid: number, searchText: string, isNew: boolean): Promise<void>;
  /** Remove an article's search entry. */
  clearSearch(rid: number): Promise<void>;
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

async function writeDerived(x: Exec, rid: number, p: PreparedArticle): Promise<void> {
  const d = p.derived;
  await x.insertRows('article_sketch', ['hash', 'article_rid'], p.sketch.map((h) => [h, rid]));
  for (const e of d.entities) {
    await x.run('INSERT INTO entities (id, type, name) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING', [e.id, e.type, e.name]);
  }
  await x.insertRows(
    'mentions',
    ['article_rid', 'entity_id', 'start_offset', 'end_offset', 'text'],
    d.mentions.map((m) => [rid, m.entityId, m.start, m.end, m.text]),
  );
  await x.insertRows('entity_roles', ['article_rid', 'entity_id', 'role'], d.roles.map((r) => [rid, r.entityId, r.role]));
  // One row per entity named in the article (mentioned, quoted or given a role) for counts and filters.
  const perEntity = new Map<string, number>();
  for (const m of d.mentions) perEntity.set(m.entityId, (perEntity.get(m.entityId) ?? 0) + 1);
  for (const q of d.quotes) if (q.speakerId && !perEntity.has(q.speakerId)) perEntity.set(q.speakerId, 0);
  for (const r of d.roles) if (!perEntity.has(r.entityId)) perEntity.set(r.entityId, 0);
  await x.insertRows('entity_articles', ['entity_id', 'article_rid', 'mentions'], [...perEntity].map(([id, n]) => [id, rid, n]));
  await x.insertRows(
    'quotes',
    ['article_rid', 'kind', 'content', 'speaker_name', 'speaker_id', 'cue', 'start_offset', 'end_offset'],
    d.quotes.map((q) => [rid, q.kind, q.content, q.speakerName, q.speakerId, q.cue, q.start, q.end]),
  );
  await x.insertRows(
    'timexes',
    ['article_rid', 'start_offset', 'end_offset', 'text', 'type', 'value'],
    d.timexes.map((t) => [rid, t.start, t.end, t.text, t.type, t.value]),
  );
  await x.insertRows(
    'amounts',
    ['article_rid', 'start_offset', 'end_offset', 'text', 'kind', 'value', 'unit'],
    d.amounts.map((a) => [rid, a.start, a.end, a.text, a.kind, a.value, a.unit]),
  );
}

async function clearDerived(x: Exec, rid: number): Promise<void> {
  for (const t of CHILD_TABLES) await x.run(`DELETE FROM ${t} WHERE article_rid = ?`, [rid]);
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

/** Find the group an article belongs to: exact content first, then the nearest SimHash within the threshold. */
async function findGroup(x: Exec, p: PreparedArticle, rid: number): Promise<{ groupId: string; match: 'exact' | 'near' } | null> {
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
  let best: { groupId: string; d: number; rid: number } | null = null;
  for (const c of candidates) {
    const d = hamming(c.simhash, p.simhash);
    if (d <= NEAR_DUPLICATE_DISTANCE && (!best || d < best.d || (d === best.d && Number(c.rid) < best.rid))) {
      best = { groupId: c.group_id, d, rid: Number(c.rid) };
    }
  }
  if (best) return { groupId: best.groupId, match: 'near' };
  return findBySketch(x, p, rid);
}

/** Candidates sharing a sketch hash, confirmed by their estimated resemblance. */
async function findBySketch(x: Exec, p: PreparedArticle, rid: number): Promise<{ groupId: string; match: 'near' } | null> {
  if (!p.sketch.length) return null;
  const marks = p.sketch.map(() => '?').join(', ');
  // Resemblance ≥ 0.5 over a k-sketch needs at least k/2 shared hashes among the union's smallest; ask for a quarter to be safe.
  const need = Math.max(1, Math.floor(p.sketch.length / 4));
  const candidates = await x.all<{ article_rid: number; n: number }>(
    `SELECT article_rid, count(*) AS n FROM article_sketch WHERE hash IN (${marks}) AND article_rid <> ?
     GROUP BY article_rid HAVING count(*) >= ? ORDER BY count(*) DESC, article_rid LIMIT 20`,
    [...p.sketch, rid, need],
  );
  let best: { rid: number; r: number } | null = null;
  for (const c of candidates) {
    const hs = await x.all<{ hash: number }>('SELECT hash FROM article_sketch WHERE article_rid = ?', [c.article_rid]);
    const r = resemblance(p.sketch, hs.map((h) => Number(h.hash)));
    if (r >= MIN_RESEMBLANCE && (!best || r > best.r)) best = { rid: Number(c.article_rid), r };
  }
  if (!best) return null;
  const g = await x.one<{ group_id: string }>('SELECT group_id FROM articles WHERE rid = ?', [best.rid]);
  return g ? { groupId: g.group_id, match: 'near' } : null;
}

/**
 * Upsert one prepared article. Must run inside a transaction.
 *
 * - unknown id: insert, derive rows, join a dedupe group (or start one);
 * - same id, same content and analysis: nothing changes (`unchanged`);
 * - same id, same content, new analysis (new stage versions): analysis and rows replaced;
 * - same id, changed content: the old version goes to `article_history`, then as above, and the group is recomputed.
 */
export async function writeArticle(x: Exec, p: PreparedArticle, now: string): Promise<UpsertResult> {
  const old = await x.one<ExistingRow>(
    'SELECT rid, content_hash, analysis, version, title, text, group_id, canonical_id FROM articles WHERE id = ?',
    [p.id],
  );
  if (old && old.content_hash === p.contentHash && old.analysis === p.analysisJson) {
    return { id: p.id, status: 'unchanged', groupId: old.group_id, canonicalId: old.canonical_id, match: 'none' };
  }
  let rid: number;
  const contentChanged = !old || old.content_hash !== p.contentHash;
  if (old) {
    rid = Number(old.rid);
    if (contentChanged) {
      await x.run(
        'INSERT INTO article_history (article_rid, version, title, content_hash, text, analysis, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [rid, old.version, old.title, old.content_hash, old.text, old.analysis, now],
      );
    }
    await x.run(
      `UPDATE articles SET url = ?, title = ?, outlet = ?, published = ?, published_ts = ?, day = ?, text = ?, analysis = ?, stages = ?,
       content_hash = ?, simhash = ?, b0 = ?, b1 = ?, b2 = ?, b3 = ?, updated_at = ?, version = ? WHERE rid = ?`,
      [
        p.url,
        p.title,
        p.outlet,
        p.published,
        p.publishedTs,
        p.day,
        p.text,
        p.analysisJson,
        JSON.stringify(p.stages),
        p.contentHash,
        p.simhash,
        ...p.bands,
        now,
        contentChanged ? Number(old.version) + 1 : Number(old.version),
        rid,
      ],
    );
    await clearDerived(x, rid);
    await x.setSearch(rid, p.searchText, false);
  } else {
    const row = await x.one<{ rid: number }>(
      `INSERT INTO articles (id, url, title, outlet, published, published_ts, day, text, analysis, stages, content_hash, simhash,
       b0, b1, b2, b3, group_id, canonical_id, first_seen, updated_at, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING rid`,
      [
        p.id,
        p.url,
        p.title,
        p.outlet,
        p.published,
        p.publishedTs,
        p.day,
        p.text,
        p.analysisJson,
        JSON.stringify(p.stages),
        p.contentHash,
        p.simhash,
        ...p.bands,
        p.id,
        p.id,
        now,
        now,
      ],
    );
    rid = Number(row!.rid);
    await x.setSearch(rid, p.searchText, true);
  }
  await writeDerived(x, rid, p);

  if (old && !contentChanged) {
    // Same text: the group cannot change, but a new published date may move the canonical.
    const canonicalId = (await refreshCanonical(x, old.group_id)) ?? p.id;
    return { id: p.id, status: 'updated', groupId: old.group_id, canonicalId, match: 'none' };
  }
  const found = await findGroup(x, p, rid);
  const groupId = found?.groupId ?? p.id;
  await x.run('UPDATE articles SET group_id = ?, canonical_id = ? WHERE rid = ?', [groupId, p.id, rid]);
  if (old && old.group_id !== groupId) await refreshCanonical(x, old.group_id);
  const canonicalId = (await refreshCanonical(x, groupId)) ?? p.id;
  return { id: p.id, status: old ? 'updated' : 'inserted', groupId, canonicalId, match: found?.match ?? 'none' };
}
