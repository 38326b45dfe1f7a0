/** Row-to-object mapping shared by the stores (PostgreSQL returns counts as strings, hence `Number`). */
import type { AnalysisJson } from '../text/schema.js';
import type { ExportRecord } from './export-format.js';
import type { ArticleMention, ArticleSummary, Bucket, EntitySummary, RelatedArticle, StoredArticle } from './types.js';

/** A database row. */
export type Row = Record<string, unknown>;

/** A nullable text column as a string or null. */
export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Build a stored article from its row, the ids of its group mates and its history rows. */
export function readArticle(r: Row, duplicates: string[], history: Row[], mentions: ArticleMention[] = [], related: RelatedArticle[] = []): StoredArticle {
  return {
    id: String(r.id),
    url: str(r.url),
    title: str(r.title),
    outlet: str(r.outlet),
    published: str(r.published),
    text: String(r.text),
    contentHash: String(r.content_hash),
    simhash: String(r.simhash),
    groupId: String(r.group_id),
    canonicalId: String(r.canonical_id),
    duplicates,
    related,
    stages: JSON.parse(String(r.stages)) as StoredArticle['stages'],
    analysis: JSON.parse(String(r.analysis)) as AnalysisJson,
    firstSeen: String(r.first_seen),
    updatedAt: String(r.updated_at),
    version: Number(r.version),
    history: history.map((h) => ({
      version: Number(h.version),
      title: str(h.title),
      contentHash: String(h.content_hash),
      text: String(h.text),
      replacedAt: String(h.replaced_at),
    })),
    mentions,
  };
}

/** Map an export row to a record. */
export function exportRecord(r: Row): ExportRecord {
  return {
    id: String(r.id),
    url: str(r.url),
    title: str(r.title),
    outlet: str(r.outlet),
    published: str(r.published),
    groupId: String(r.group_id),
    canonicalId: String(r.canonical_id),
    contentHash: String(r.content_hash),
    simhash: String(r.simhash),
    analysisJson: String(r.analysis),
  };
}

/** Map a search row to a hit. */
export function summary(r: Row): ArticleSummary {
  return {
    id: String(r.id),
    title: str(r.title),
    url: str(r.url),
    outlet: str(r.outlet),
    published: str(r.published),
    groupId: String(r.group_id),
    canonicalId: String(r.canonical_id),
    snippet: String(r.snippet ?? ''),
  };
}

/** Map a `value, n` row to a bucket. */
export function bucket(r: Row): Bucket {
  return { value: String(r.value), count: Number(r.n) };
}

/** Map an entity listing row. */
export function entitySummary(r: Row): EntitySummary {
  return { id: String(r.id), name: String(r.name), type: String(r.type), articles: Number(r.articles), mentions: Number(r.mentions) };
}
