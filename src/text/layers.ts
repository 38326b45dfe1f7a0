import type {
  AmountJson, ClusterJson, DatelineJson, EntityJson, LanguageJson, ParagraphJson, PersonJson, QuoteJson, SentenceJson, TimexJson, TokenKind,
} from './schema.js';

/** Token kinds in the order of their numeric codes in `TokenLayer.kind`. */
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol', 'url', 'email', 'hashtag', 'mention', 'abbrev'];
/** Numeric code of each token kind. */
export const TokenKindCode = {
  word: 0, number: 1, punct: 2, symbol: 3, url: 4, email: 5, hashtag: 6, mention: 7, abbrev: 8,
} as const satisfies Record<TokenKind, number>;

/**
 * Tokens in columnar form: hot per-token data lives in typed arrays so a
 * million-token batch costs four allocations, not a million. The JSON form
 * (one object per token) is produced only at the boundary (`toJson`).
 */
export interface TokenLayer {
  readonly count: number;
  /** Start offset of token i. */
  readonly start: Int32Array;
  /** End offset (exclusive) of token i. */
  readonly end: Int32Array;
  /** `TokenKindCode` of token i. */
  readonly kind: Uint8Array;
  /** Offset where an attached clitic starts inside token i, or -1. */
  readonly clitic: Int32Array;
}

/** The text with quotes, dashes and spaces unified: same length as the text, so offsets are shared. */
export interface NormalizedLayer {
  readonly folded: string;
}

/** Where the document creation time came from. */
export interface DctLayer {
  readonly value: string | null;
  readonly source: 'input' | 'override' | 'reporting-clause' | 'text' | 'none';
}

/**
 * Every layer a stage can produce, by name. A layer that did not run is
 * absent from `Document.layers`; one that ran and found nothing is empty.
 */
export interface Layers {
  normalized: NormalizedLayer;
  language: LanguageJson;
  dateline: DatelineJson | null;
  paragraphs: readonly ParagraphJson[];
  tokens: TokenLayer;
  sentences: readonly SentenceJson[];
  /** Stem per token (parallel to tokens); null where the token is not a word. */
  stems: readonly (string | null)[];
  dct: DctLayer;
  entities: readonly EntityJson[];
  timexes: readonly TimexJson[];
  amounts: readonly AmountJson[];
  quotes: readonly QuoteJson[];
  persons: readonly PersonJson[];
  /** Entity clusters: within-article coreference with knowledge-base links. */
  clusters: readonly ClusterJson[];
}

export type LayerName = keyof Layers;
