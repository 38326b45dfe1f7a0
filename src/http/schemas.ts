/**
 * JSON Schemas of the HTTP API's input. Fastify validates every request
 * against them (unknown parameters are refused, not dropped) and
 * @fastify/swagger publishes them in the OpenAPI document.
 */

/** Article ids: what `articleId` produces or a caller's safe id. Anything else (`../`, `%00`) is refused. */
export const ARTICLE_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$';
/** Entity ids: `per-jens-stoltenberg`. */
export const ENTITY_ID_PATTERN = '^[a-z]{3}-[a-z0-9-]{1,100}$';
/** `YYYY-MM-DD`, optionally followed by a time. */
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$';
/** Longest article text accepted (characters). */
export const MAX_TEXT_LENGTH = 1_000_000;
/** Most articles in one POST. */
export const MAX_BATCH = 100;

const shortString = (maxLength: number, description?: string) => ({ type: 'string', maxLength, ...(description ? { description } : {}) });

/** One article as posted. */
export const articleInputSchema = {
  $id: 'ArticleInput',
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    text: { type: 'string', minLength: 1, maxLength: MAX_TEXT_LENGTH, description: 'The article text (plain text, paragraphs separated by newlines).' },
    id: { type: 'string', pattern: ARTICLE_ID_PATTERN, description: 'Your stable id; default: from the canonical URL, else the content.' },
    title: { type: ['string', 'null'], maxLength: 2000 },
    url: { type: ['string', 'null'], maxLength: 4000 },
    outlet: { type: ['string', 'null'], maxLength: 200 },
    published: { type: ['string', 'null'], pattern: DATE_PATTERN, description: 'ISO 8601 date or date-time.' },
  },
} as const;

/** An article to fetch: the page at `url` is fetched politely and its main text extracted. */
export const articleUrlSchema = {
  $id: 'ArticleUrl',
  type: 'object',
  additionalProperties: false,
  required: ['url'],
  properties: {
    url: { type: 'string', minLength: 8, maxLength: 4000, pattern: '^[Hh][Tt][Tt][Pp][Ss]?://', description: 'An http(s) page to fetch; loopback and private addresses are refused unless the server allows them.' },
    id: { type: 'string', pattern: ARTICLE_ID_PATTERN },
    outlet: { type: ['string', 'null'], maxLength: 200 },
  },
} as const;

const filterProps = {
  q: shortString(500, 'Full-text query: words (all must match, Indonesian stemming) and "quoted phrases".'),
  outlet: shortString(200),
  from: { type: 'string', pattern: DATE_PATTERN, description: 'Earliest publication day (inclusive).' },
  to: { type: 'string', pattern: DATE_PATTERN, description: 'Latest publication day (inclusive).' },
  entity: { type: 'string', pattern: ENTITY_ID_PATTERN, description: 'Entity id, as from /v1/entities.' },
  speaker: shortString(200, 'Speaker entity id or name.'),
  group: { type: 'string', pattern: ARTICLE_ID_PATTERN, description: 'Dedupe group id.' },
} as const;

const pageProps = {
  page: { type: 'integer', minimum: 1, maximum: 10000, default: 1 },
  size: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
} as const;

/** GET /v1/articles */
export const searchQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...filterProps,
    ...pageProps,
    sort: { type: 'string', enum: ['relevance', 'date'] },
    facets: { type: 'boolean', default: true },
  },
} as const;

const nullableString = { type: ['string', 'null'] } as const;
const bucketSchema = {
  type: 'object',
  required: ['value', 'count'],
  properties: { value: { type: 'string' }, count: { type: 'integer' } },
} as const;

/** GET /v1/articles response (`SearchResult` in src/store/types.ts). */
export const searchResultSchema = {
  type: 'object',
  required: ['total', 'totalExact', 'page', 'size', 'items'],
  properties: {
    total: { type: 'integer', description: 'Matching articles, counted up to 10,000: when `totalExact` is false, at least this many.' },
    totalExact: { type: 'boolean', description: 'False when the count stopped at the cap (more articles match than `total`).' },
    page: { type: 'integer' },
    size: { type: 'integer' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'groupId', 'canonicalId', 'snippet'],
        properties: {
          id: { type: 'string' },
          title: nullableString,
          url: nullableString,
          outlet: nullableString,
          published: nullableString,
          groupId: { type: 'string' },
          canonicalId: { type: 'string' },
          snippet: { type: 'string' },
        },
      },
    },
    facets: {
      type: 'object',
      description: 'Counted over the newest 1,000 matches; `sampled` is true when there were more.',
      required: ['sampled', 'entities', 'outlets', 'days'],
      properties: {
        sampled: { type: 'boolean' },
        entities: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'name', 'type', 'count'],
            properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, count: { type: 'integer' } },
          },
        },
        outlets: { type: 'array', items: bucketSchema },
        days: { type: 'array', items: bucketSchema },
      },
    },
  },
} as const;

/** GET /v1/export */
export const exportQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { ...filterProps, format: { type: 'string', enum: ['jsonl', 'csv'], default: 'jsonl' } },
} as const;

/** GET /v1/entities */
export const entityListQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { q: shortString(200), type: { type: 'string', enum: ['PER', 'ORG', 'LOC'] }, ...pageProps },
} as const;

/** GET /v1/quotes */
export const quoteQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    speaker: filterProps.speaker,
    q: shortString(500, 'Text that must appear in the quote (case-insensitive).'),
    from: filterProps.from,
    to: filterProps.to,
    ...pageProps,
  },
} as const;

/** Path parameter schemas. */
export const articleIdParams = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: { type: 'string', pattern: ARTICLE_ID_PATTERN } },
} as const;

export const entityIdParams = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: { type: 'string', pattern: ENTITY_ID_PATTERN } },
} as const;

/** The error body every failure returns. */
export const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' } },
      required: ['code', 'message'],
    },
  },
} as const;
