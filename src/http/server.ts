/**
 * warta's HTTP API: Fastify over a `CorpusStore` and `analyze()`, with no
 * logic of its own beyond validation, auth and serialisation.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { analyze as wartaAnalyze } from '../analyze.js';
import { toJson } from '../text/to-json.js';
import { WartaError, ErrorCodes } from '../pipeline/errors.js';
import { packageRoot } from '../lang/id/data-path.js';
import type { ArticleInput } from '../text/document.js';
import type { AnalysisJson } from '../text/schema.js';
import type { CorpusStore, EntityListQuery, ExportFormat, QuoteQuery, SearchFilters, SearchQuery } from '../store/types.js';
import {
  articleIdParams,
  articleInputSchema,
  articleUrlSchema,
  entityIdParams,
  entityListQuerySchema,
  errorSchema,
  exportQuerySchema,
  MAX_BATCH,
  quoteQuerySchema,
  searchQuerySchema,
  searchResultSchema,
} from './schemas.js';
import { isLoopback } from './loopback.js';
import { fetchArticle } from '../ingest/fetch-article.js';
import { Fetcher } from '../ingest/fetch/fetcher.js';
import { validatorCompiler } from './validators.js';

/** Analyse one article into Analysis JSON (default: warta's pipeline). */
export type AnalyzeFn = (input: ArticleInput) => AnalysisJson | Promise<AnalysisJson>;

/** Options of `createServer`. */
export interface ServerOptions {
  store: CorpusStore;
  /** Default: `toJson(analyze(input))`. */
  analyze?: AnalyzeFn;
  /** Bearer token for write endpoints. Required when `host` is not a loopback address. */
  token?: string | undefined;
  /** The address the server will listen on (decides whether a token is required). Default `127.0.0.1`. */
  host?: string;
  /** Largest request body in bytes. Default 8 MiB. */
  bodyLimit?: number;
  /** Folder of a built web UI served at `/`; default `<package>/web/dist` when it exists; `null` to disable. */
  webRoot?: string | null;
  /**
   * Let `POST /v1/articles {url}` fetch loopback, private and link-local addresses
   * (default false: a URL from a client must not reach the server's network).
   */
  allowPrivateUrls?: boolean;
  /** Fastify logging. Default false. */
  logger?: boolean;
}

/** An error with an HTTP status and a stable code, answered as `{error: {code, message}}`. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request'],
};

function errorReply(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).type('application/json; charset=utf-8').send({ error: { code, message } });
}

/**
 * Build the API server (not listening yet: call `listen` or use `inject`).
 * Refuses to be built for a non-loopback host without a token.
 *
 * @example
 * const app = await createServer({ store: await openStore(), host: '127.0.0.1' });
 * await app.listen({ host: '127.0.0.1', port: 8080 });
 */
export async function createServer(o: ServerOptions): Promise<FastifyInstance> {
  const host = o.host ?? '127.0.0.1';
  if (!isLoopback(host) && !o.token) {
    throw new WartaError(ErrorCodes.BAD_OPTIONS, `refusing to serve on ${host} without a token: write endpoints would be open to the network (set --token or WARTA_TOKEN)`);
  }
  const store = o.store;
  const analyze: AnalyzeFn = o.analyze ?? ((input) => toJson(wartaAnalyze(input)));
  const tokenDigest = o.token ? digest(o.token) : null;

  const app = Fastify({
    logger: o.logger ?? false,
    bodyLimit: o.bodyLimit ?? DEFAULT_BODY_LIMIT,
  });
  app.setValidatorCompiler(validatorCompiler([articleInputSchema, articleUrlSchema]));
  // One fetcher for the server's life, so per-host politeness and conditional GETs span requests.
  let fetcher: Fetcher | undefined;
  const fetchInput = async (u: { url: string; id?: string; outlet?: string | null }): Promise<ArticleInput> => {
    fetcher ??= new Fetcher({ allowPrivateAddresses: o.allowPrivateUrls ?? false, retries: 1, timeoutMs: 15_000 });
    const item = await fetchArticle(u.url, fetcher);
    if (!item.ok) throw new HttpError(422, 'fetch_failed', item.problem.message);
    return { ...item.input, ...(u.id ? { id: u.id } : {}), ...(u.outlet ? { outlet: u.outlet } : {}) };
  };

  app.setErrorHandler((err: FastifyError | HttpError | WartaError | Error, req, reply) => {
    if (err instanceof HttpError) return errorReply(reply, err.statusCode, err.code, err.message);
    if (err instanceof WartaError) {
      if (err.code === ErrorCodes.BAD_INPUT) return errorReply(reply, 422, 'unprocessable_article', err.message);
      req.log.error(err);
      return errorReply(reply, 500, 'internal_error', 'internal error');
    }
    const fe = err as FastifyError;
    if (fe.validation) return errorReply(reply, 400, 'invalid_request', `${fe.validationContext ?? 'request'} ${fe.message.replace(/^(body|querystring|params)\s*/, '')}`);
    const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
    if (known) return errorReply(reply, known[0], known[1], fe.message);
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return errorReply(reply, fe.statusCode, 'bad_request', fe.message);
    req.log.error(err);
    return errorReply(reply, 500, 'internal_error', 'internal error');
  });
  app.setNotFoundHandler((req, reply) => errorReply(reply, 404, 'not_found', `no route ${req.method} ${req.url.split('?')[0]}`));

  const requireToken = async (req: FastifyRequest) => {
    if (!tokenDigest) return;
    const h = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(h);
    if (!m || !timingSafeEqual(digest(m[1]!), tokenDigest)) throw new HttpError(401, 'unauthorized', 'this endpoint needs "Authorization: Bearer <token>"');
  };

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'warta API',
        version: '1',
        description: 'Indonesian news analysis: analyse articles, store, deduplicate, search entities and quotes, export.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.addSchema(articleInputSchema);
  app.addSchema(articleUrlSchema);
  app.addSchema({ $id: 'Error', ...errorSchema });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/v1/health', { schema: { tags: ['meta'], summary: 'Liveness and article count' } }, async () => ({
    ok: true,
    store: store.kind,
    articles: await store.count(),
  }));

  app.post<{ Body: ArticleInput }>(
    '/v1/analyze',
    { schema: { tags: ['analysis'], summary: 'Analyse one article without storing it; returns Analysis JSON', body: { $ref: 'ArticleInput#' } } },
    async (req) => analyze(req.body),
  );

  type Posted = ArticleInput | { url: string; id?: string; outlet?: string | null };
  const postedItem = { oneOf: [{ $ref: 'ArticleInput#' }, { $ref: 'ArticleUrl#' }] };
  app.post<{ Body: Posted | Posted[] }>(
    '/v1/articles',
    {
      onRequest: requireToken,
      schema: {
        tags: ['articles'],
        summary: `Analyse and store one article or an array of up to ${MAX_BATCH} (all or nothing); an item with only a url is fetched`,
        security: [{ bearer: [] }],
        body: { oneOf: [postedItem, { type: 'array', minItems: 1, maxItems: MAX_BATCH, items: postedItem }] },
      },
    },
    async (req, reply) => {
      const posted = Array.isArray(req.body) ? req.body : [req.body];
      // Fetch and analyse everything first so that a bad article stores nothing of the batch.
      const analyses: AnalysisJson[] = [];
      for (const p of posted) analyses.push(await analyze('text' in p ? p : await fetchInput(p)));
      const results = await store.upsertMany(analyses);
      reply.code(results.some((r) => r.status === 'inserted') ? 201 : 200);
      return Array.isArray(req.body) ? { results } : results[0];
    },
  );

  app.get<{ Querystring: SearchQuery }>(
    '/v1/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'Search articles, with facets (entities, outlets, days)',
        description:
          '`total` counts matches exactly up to 10,000; beyond that it is 10,000 and `totalExact` is false ("at least"). Facets are counted over the newest 1,000 matches (`facets.sampled`).',
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema },
      },
    },
    async (req) => store.search(req.query),
  );

  app.get<{ Params: { id: string } }>(
    '/v1/articles/:id',
    { schema: { tags: ['articles'], summary: 'One article with its analysis, dedupe group (copies), related stories (shared text, not copies) and history', params: articleIdParams } },
    async (req) => {
      const a = await store.getArticle(req.params.id);
      if (!a) throw new HttpError(404, 'not_found', `no article ${req.params.id}`);
      return a;
    },
  );

  app.get<{ Querystring: EntityListQuery }>(
    '/v1/entities',
    { schema: { tags: ['entities'], summary: 'Entities ranked by the number of articles naming them', querystring: entityListQuerySchema } },
    async (req) => store.listEntities(req.query),
  );

  app.get<{ Params: { id: string } }>(
    '/v1/entities/:id',
    { schema: { tags: ['entities'], summary: 'One entity: aliases, roles, mentions, quotes, mentions per day', params: entityIdParams } },
    async (req) => {
      const e = await store.getEntity(req.params.id);
      if (!e) throw new HttpError(404, 'not_found', `no entity ${req.params.id}`);
      return e;
    },
  );

  app.get<{ Querystring: QuoteQuery }>(
    '/v1/quotes',
    { schema: { tags: ['quotes'], summary: 'Quotes by speaker, text and date', querystring: quoteQuerySchema } },
    async (req) => store.quotes(req.query),
  );

  app.get<{ Querystring: SearchFilters & { format: ExportFormat } }>(
    '/v1/export',
    { schema: { tags: ['articles'], summary: 'Matching articles as JSONL or CSV, streamed', querystring: exportQuerySchema } },
    async (req, reply) => {
      const { format, ...filters } = req.query;
      const csv = format === 'csv';
      reply
        .type(csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="warta-export.${csv ? 'csv' : 'jsonl'}"`);
      return reply.send(Readable.from(store.exportArticles(filters, format)));
    },
  );

  const webRoot = o.webRoot === undefined ? join(packageRoot(), 'web', 'dist') : o.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    // The web UI (built separately into web/dist) talks to /v1 over HTTP.
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'] });
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(INDEX_PAGE));
  }
  return app;
}

const INDEX_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>warta</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto">
<h1>warta</h1>
<p>Indonesian news analysis API.</p>
<ul>
<li><a href="/docs">API documentation</a> (<a href="/openapi.json">OpenAPI</a>)</li>
<li><a href="/v1/articles?q=presiden">/v1/articles?q=presiden</a></li>
<li><a href="/v1/entities?type=PER">/v1/entities?type=PER</a></li>
<li><a href="/v1/quotes">/v1/quotes</a></li>
</ul>
</body></html>
`;
