import type { AnalysisJson } from '../text/schema.js';
import type { DerivedQuote, StoreInput } from './prepared-types.js';

/**
 * The corpus store: where analysed articles live, deduplicated and
 * searchable. SQLite (embedded default) and PostgreSQL implement it and pass
 * one conformance suite (`conformance.ts`). Every method is async so that a
 * networked backend fits the same shape.
 */
export interface CorpusStore {
  /** Which backend: `sqlite` or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Store one analysed article. Idempotent: the same content again changes
   * nothing; changed content under the same id updates the article and keeps
   * the previous version in its history.
   */
  upsert(analysis: AnalysisJson): Promise<UpsertResult>;
  /**
   * Store many articles in one transaction (all or nothing), in order. Each is
   * an Analysis JSON, or one that `prepareAnalysis` turned into rows already
   * (ingest workers do, to spare the writing thread).
   */
  upsertMany(analyses: readonly StoreInput[]): Promise<UpsertResult[]>;
  /** One article with its analysis, dedupe links and history, or null. */
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Number of stored articles. */
  count(): Promise<number>;
  /** Full-text search with filters, facets, sorting and pagination. */
  search(query: SearchQuery): Promise<SearchResult>;
  /** Entities ranked by the number of articles naming them. */
  listEntities(query: EntityListQuery): Promise<Page<EntitySummary>>;
  /** One entity: mentions, roles, quotes and a timeline of mentions per day. */
  getEntity(id: string): Promise<EntityDetail | null>;
  /** Quotes by speaker, text and date. */
  quotes(query: QuoteQuery): Promise<Page<QuoteRow>>;
  /** Articles matching `query` (without paging) as JSONL or CSV lines, streamed in batches. */
  exportArticles(query: SearchFilters, format: ExportFormat): AsyncIterable<string>;
  /** Close connections (and, for a test server, nothing else). */
  close(): Promise<void>;
}

/** Export line formats. */
export type ExportFormat = 'jsonl' | 'csv';

/** What `upsert` did. */
export interface UpsertResult {
  id: string;
  status: 'inserted' | 'updated' | 'unchanged';
  /** Stable id of the dedupe group (the id of its first member). */
  groupId: string;
  /** The group's canonical article: the earliest published (first seen on ties). */
  canonicalId: string;
  /** How the article joined its group: `exact` hash, `near` SimHash, or `none` (alone). */
  match: 'exact' | 'near' | 'none';
}

/** An article as stored. */
export interface StoredArticle {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  contentHash: string;
  simhash: string;
  groupId: string;
  canonicalId: string;
  /** Ids of the other members of the dedupe group. */
  duplicates: string[];
  /** Other articles, outside the group, that share much of the text without being copies (follow-ups, updates, rewrites), most resembling first. */
  related: RelatedArticle[];
  /** The stage names and versions that produced the analysis. */
  stages: Array<{ name: string; version: string }>;
  analysis: AnalysisJson;
  firstSeen: string;
  updatedAt: string;
  /** 1 on first insert, +1 for each content change. */
  version: number;
  /** Previous versions, oldest first. */
  history: ArticleVersion[];
  /** The store's entity for each entity mention of the analysis, in text order (link mentions to entity pages by these ids). */
  mentions: ArticleMention[];
}

/** An article related to another by shared text (see `StoredArticle.related`). */
export interface RelatedArticle {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Jaccard index of the two texts' word 3-shingle sets, 0..1. */
  resemblance: number;
}

/** An entity mention of a stored article with the id of the entity it was stored under. */
export interface ArticleMention {
  start: number;
  end: number;
  entityId: string;
  /** The entity's canonical name. */
  name: string;
  type: string;
}

/** A replaced version of an article. */
export interface ArticleVersion {
  version: number;
  title: string | null;
  contentHash: string;
  text: string;
  replacedAt: string;
}

/** Filters shared by search and export. Dates are `YYYY-MM-DD` or ISO date-times, inclusive. */
export interface SearchFilters {
  /** Full-text query: words (all must match, stemmed), `"quoted phrases"`. Any other syntax is treated as plain words. */
  q?: string;
  outlet?: string;
  from?: string;
  to?: string;
  /** Entity id (as from `listEntities`). */
  entity?: string;
  /** Speaker entity id or speaker name (case-insensitive). */
  speaker?: string;
  /** Dedupe group id. */
  group?: string;
}

/** A search request. */
export interface SearchQuery extends SearchFilters {
  /** `relevance` (default when `q` is given) or `date` (newest first; default otherwise). */
  sort?: 'relevance' | 'date';
  /** 1-based page number (default 1). */
  page?: number;
  /** Page size (default 20, max 100). */
  size?: number;
  /** Compute facets over all matches (default true). */
  facets?: boolean;
}

/** One search hit. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  groupId: string;
  canonicalId: string;
  /** The first characters of the text. */
  snippet: string;
}

/** A value with its count. */
export interface Bucket {
  value: string;
  count: number;
}

/** Facets over the matches of a search (the newest 1,000 when there are more: then `sampled` is true). */
export interface Facets {
  sampled: boolean;
  entities: Array<{ id: string; name: string; type: string; count: number }>;
  outlets: Bucket[];
  days: Bucket[];
}

/** A page of results. */
export interface Page<T> {
  total: number;
  page: number;
  size: number;
  items: T[];
}

/**
 * Search results. Matches are counted exactly up to a cap (10,000 unless the
 * store was opened with another `totalCap`): beyond it `total` is the cap and
 * `totalExact` is false, so `total` reads as "at least", and a relevance sort
 * ranks the most recently stored `totalCap` matches only (date order stays exact).
 */
export interface SearchResult extends Page<ArticleSummary> {
  /** False when more than `total` articles match (the count stopped at the cap). */
  totalExact: boolean;
  facets?: Facets;
}

/** Entity listing request. */
export interface EntityListQuery {
  /** Substring of the name (case-insensitive). */
  q?: string;
  type?: 'PER' | 'ORG' | 'LOC';
  page?: number;
  size?: number;
}

/** An entity with its counts. */
export interface EntitySummary {
  id: string;
  name: string;
  type: string;
  articles: number;
  mentions: number;
}

/** Everything about one entity. */
export interface EntityDetail extends EntitySummary {
  /** The knowledge-base entry the entity is linked to (`wikidata` `Q7184`, `warta` `org/kpk`), with coordinates for places. */
  kb: { kb: string; id: string; lat: number | null; lon: number | null } | null;
  /** Surface forms with counts (`Jens Stoltenberg`, `Stoltenberg`). */
  aliases: Bucket[];
  roles: Bucket[];
  /** Latest mentions, newest article first (at most 100). */
  mentionList: Array<{ articleId: string; text: string; start: number; end: number; published: string | null }>;
  /** Latest quotes by this entity (at most 100). */
  quotes: QuoteRow[];
  /** Mentions per day (by publication date), oldest first. */
  timeline: Bucket[];
}

/** Quote search request. */
export interface QuoteQuery {
  /** Speaker entity id or name (case-insensitive). */
  speaker?: string;
  /** Words that must appear in the quote content (case-insensitive substring). */
  q?: string;
  from?: string;
  to?: string;
  page?: number;
  size?: number;
}

/** One stored quote. */
export interface QuoteRow extends DerivedQuote {
  articleId: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
}

/** Options every store accepts. */
export interface StoreOptions {
  /**
   * Stems one lower-cased word for the full-text index and for queries
   * (warta's Indonesian stemmer in production; lower-casing alone when absent).
   * The same function must be used for writing and reading one store.
   */
  stem?: (word: string) => string;
  /**
   * Names the `stem` function's behaviour (warta's stemmer version). A store
   * remembers the version its search text was made with; opened with another
   * one, it re-stems every stored article's title and text once, so old
   * articles stay findable by the new stemmer's query terms.
   */
  stemVersion?: string;
  /** Clock for timestamps (tests). */
  now?: () => Date;
  /** Search counts (and ranks by relevance) up to this many matches, then reports `totalExact: false` (default 10,000; tests set it low). */
  totalCap?: number;
}
