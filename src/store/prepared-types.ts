/**
 * The shapes of a prepared article, apart from the code that prepares it
 * (prepare.ts needs node:crypto): store types and the web UI's type-check
 * import these without pulling Node modules in.
 */
import type { AnalysisJson } from '../text/schema.js';

/** An entity as derived from one article. */
export interface DerivedEntity {
  id: string;
  type: string;
  name: string;
  /** Other names the article's coreference cluster gives it (`KPK`). */
  aliases: string[];
  /** The knowledge-base entry its cluster is linked to, if any. */
  kb: { kb: string; id: string; lat: number | null; lon: number | null } | null;
}

/** A quote as derived from one article (the stored row adds its article's id, date, outlet and title). */
export interface DerivedQuote {
  kind: 'direct' | 'indirect';
  content: string;
  speakerName: string | null;
  speakerId: string | null;
  cue: string | null;
  start: number;
  end: number;
}

/** Rows for the entity, mention, role, quote, timex and amount tables. */
export interface DerivedRows {
  entities: DerivedEntity[];
  mentions: Array<{ entityId: string; start: number; end: number; text: string }>;
  roles: Array<{ entityId: string; role: string }>;
  quotes: DerivedQuote[];
  timexes: Array<{ start: number; end: number; text: string; type: string; value: string }>;
  amounts: Array<{ start: number; end: number; text: string; kind: string; value: number | null; unit: string | null }>;
}

/** One article ready to be written. */
export interface PreparedArticle {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** UTC ISO instant for sorting, or null. */
  publishedTs: string | null;
  /** `YYYY-MM-DD` as written in the article's date (or its DCT), for filters and facets. */
  day: string | null;
  text: string;
  contentHash: string;
  simhash: string;
  bands: [number, number, number, number];
  /** Bottom-k MinHash sketch (see sketch.ts). */
  sketch: number[];
  /** Title and text as stemmed, space-separated words (for FTS5 / tsvector). */
  searchText: string;
  stages: Array<{ name: string; version: string }>;
  analysisJson: string;
  derived: DerivedRows;
}

/**
 * What a store writes for one article, except the stemmed search text (that
 * needs the store's own stemmer): the costly part of preparing, so that it
 * can run where the analysis ran (an ingest worker) and leave the writing
 * thread only SQL and stemming. Every store accepts it in place of the
 * Analysis JSON it was made from.
 */
export interface PreparedAnalysis extends Omit<PreparedArticle, 'searchText'> {
  readonly format: 'warta/prepared';
  /** Title and text words, lower-cased and space-separated, for the store to stem. */
  searchWords: string;
}

/** What a store accepts: an Analysis JSON, or one already prepared by {@link prepareAnalysis}. */
export type StoreInput = AnalysisJson | PreparedAnalysis;
