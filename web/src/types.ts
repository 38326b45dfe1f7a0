/** The API's JSON shapes, taken from the server's own types so the two cannot drift. */
export type {
  AnalysisJson,
  EntityJson,
  TimexJson,
  AmountJson,
  QuoteJson,
  PersonJson,
  ParagraphJson,
} from '../../src/text/schema.ts';
export type {
  ArticleMention,
  ArticleSummary,
  Bucket,
  EntityDetail,
  EntitySummary,
  Facets,
  Page,
  QuoteRow,
  SearchResult,
  StoredArticle,
} from '../../src/store/types.ts';
