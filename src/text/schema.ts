import { z } from 'zod';

/**
 * The Analysis JSON format: what leaves the library (CLI `--format json`,
 * HTTP API, store). This zod schema is the single source of truth; the
 * TypeScript types below are inferred from it and the published JSON Schema
 * (`docs/analysis.schema.json`) is generated from it (`npm run schema`).
 *
 * Every change here is deliberate: bump `FORMAT_VERSION` and note it in
 * `docs/format.md`.
 */
export const FORMAT_VERSION = 1;

const offset = z.number().int().nonnegative();
const spanFields = { start: offset, end: offset };

export const ParagraphKind = z.enum(['body', 'caption', 'related', 'credit', 'boilerplate']);

export const ParagraphJson = z.object({
  ...spanFields,
  kind: ParagraphKind,
  /** Which rule decided the kind (heuristic cascades record the winner). */
  rule: z.string().optional(),
});

export const DatelineJson = z.object({
  ...spanFields,
  text: z.string(),
  outlet: z.string().nullable(),
  city: z.string().nullable(),
});

export const LanguageJson = z.object({
  /** ISO 639-1 code (`id`, `ms`, `en`, `jv`, `su`) or `und` when unsure. */
  code: z.string(),
  confidence: z.number().min(0).max(1),
  /** Scores of the candidates, best first. */
  candidates: z.array(z.object({ code: z.string(), score: z.number() })).optional(),
});

export const TokenKind = z.enum(['word', 'number', 'punct', 'symbol', 'url', 'email', 'hashtag', 'mention', 'abbrev']);

export const TokenJson = z.object({
  ...spanFields,
  kind: TokenKind,
  /** Where a clitic (`-nya`, `-lah`, `-kah`, `-pun`, `-ku`, `-mu`) starts inside the token, if any. */
  clitic: offset.optional(),
  /** The stem, when the stems layer ran and the token is a word. */
  stem: z.string().optional(),
});

export const SentenceJson = z.object({
  ...spanFields,
  /** Token index range `[tokenStart, tokenEnd)`. */
  tokenStart: offset,
  tokenEnd: offset,
});

export const EntityType = z.enum(['PER', 'ORG', 'LOC']);
export const EntityJson = z.object({ ...spanFields, text: z.string(), type: EntityType });

export const TimexJson = z.object({
  ...spanFields,
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
  mod: z.string().optional(),
});

export const AmountJson = z.object({
  ...spanFields,
  text: z.string(),
  kind: z.enum(['money', 'percent', 'count', 'measure']),
  value: z.number().nullable(),
  unit: z.string().nullable(),
});

const MentionJson = z.object({ ...spanFields, text: z.string() });
export const QuoteJson = z.object({
  kind: z.enum(['direct', 'indirect']),
  ...spanFields,
  content: z.string(),
  speaker: MentionJson.nullable(),
  speaker_name: z.string().nullable(),
  cue: MentionJson.nullable(),
});

export const PersonJson = z.object({
  name: z.string(),
  mentions: z.array(z.string()),
  roles: z.array(z.string()),
});

/** A knowledge-base entry an entity cluster is linked to (see `src/kb/`). */
export const KbLinkJson = z.object({
  /** Identifier scheme: `iso3166`, `kemendagri`, `geonames`, `wikidata` or `warta` (warta's own stable id). */
  kb: z.enum(['iso3166', 'kemendagri', 'geonames', 'wikidata', 'warta']),
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  type: z.enum(['country', 'province', 'regency', 'city', 'organization']),
  lat: z.number().optional(),
  lon: z.number().optional(),
});

/** One entity of the article: all its mentions (coreference), canonical name, aliases and knowledge-base link. */
export const ClusterJson = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  mentions: z.array(MentionJson),
  /** Other names the article gives it (an acronym, a nickname). */
  aliases: z.array(z.string()),
  link: KbLinkJson.nullable(),
});

export const DiagnosticJson = z.object({
  code: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  stage: z.string(),
  message: z.string(),
  start: offset.optional(),
  end: offset.optional(),
});

export const AnalysisJson = z.object({
  format: z.literal('warta/analysis'),
  version: z.literal(FORMAT_VERSION),
  /** The document text: the input after Unicode NFC. All offsets index into it. */
  text: z.string(),
  /** `[textOffset, inputOffset]` anchors back to the raw input; empty when text equals the input. */
  sourceMap: z.array(z.tuple([offset, offset])),
  meta: z.object({
    id: z.string().optional(),
    title: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    outlet: z.string().nullable().optional(),
    published: z.string().nullable().optional(),
  }),
  /** Stages that ran, in order, with their versions. */
  stages: z.array(z.object({ name: z.string(), version: z.string() })),
  diagnostics: z.array(DiagnosticJson),
  /** Document creation time (YYYY-MM-DD) and where it came from. */
  dct: z.string().nullable().optional(),
  dctSource: z.string().optional(),
  language: LanguageJson.optional(),
  dateline: DatelineJson.nullable().optional(),
  paragraphs: z.array(ParagraphJson).optional(),
  tokens: z.array(TokenJson).optional(),
  sentences: z.array(SentenceJson).optional(),
  entities: z.array(EntityJson).optional(),
  timexes: z.array(TimexJson).optional(),
  amounts: z.array(AmountJson).optional(),
  quotes: z.array(QuoteJson).optional(),
  persons: z.array(PersonJson).optional(),
  clusters: z.array(ClusterJson).optional(),
});

export type AnalysisJson = z.infer<typeof AnalysisJson>;
export type ParagraphKind = z.infer<typeof ParagraphKind>;
export type ParagraphJson = z.infer<typeof ParagraphJson>;
export type DatelineJson = z.infer<typeof DatelineJson>;
export type LanguageJson = z.infer<typeof LanguageJson>;
export type TokenKind = z.infer<typeof TokenKind>;
export type TokenJson = z.infer<typeof TokenJson>;
export type SentenceJson = z.infer<typeof SentenceJson>;
export type EntityJson = z.infer<typeof EntityJson>;
export type TimexJson = z.infer<typeof TimexJson>;
export type AmountJson = z.infer<typeof AmountJson>;
export type QuoteJson = z.infer<typeof QuoteJson>;
export type PersonJson = z.infer<typeof PersonJson>;
export type KbLinkJson = z.infer<typeof KbLinkJson>;
export type ClusterJson = z.infer<typeof ClusterJson>;
export type DiagnosticJson = z.infer<typeof DiagnosticJson>;

/** The published JSON Schema of the Analysis format. */
export function analysisJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(AnalysisJson, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $id: `https://warta.dev/schema/analysis-v${FORMAT_VERSION}.json`, title: 'warta Analysis', ...schema };
}
