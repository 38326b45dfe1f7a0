/**
 * `warta serve` / `npm start`: open the store, ingest the demo corpus into an
 * empty one, and serve the API until SIGINT/SIGTERM.
 */
import type { FastifyInstance } from 'fastify';
import { openStore } from '../store/open.js';
import type { CorpusStore } from '../store/types.js';
import { createServer } from './server.js';
import { ensureDemoCorpus } from './demo-corpus.js';

/** Options of `serve`. */
export interface ServeOptions {
  /** SQLite file or `postgres://` URL. Default `$WARTA_DB`, else `./warta.db`. */
  db?: string;
  /** Default `127.0.0.1` (`$WARTA_HOST`). A non-loopback host needs a token. */
  host?: string;
  /** Default 8080 (`$PORT`). 0 picks a free port. */
  port?: number;
  /** Bearer token for write endpoints. Default `$WARTA_TOKEN`. */
  token?: string;
  /** Ingest the demo corpus into an empty store (default true). */
  demo?: boolean;
  /** Let clients have loopback and private URLs fetched (default false). */
  allowPrivateUrls?: boolean;
  /** Log requests (default false). */
  logger?: boolean;
  /** Stop on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
  /** Where to print the startup lines (default console.error, keeping stdout clean). */
  log?: (line: string) => void;
}

/** A running server. */
export interface Served {
  app: FastifyInstance;
  store: CorpusStore;
  url: string;
  close(): Promise<void>;
}

/**
 * Start the HTTP API. Resolves once listening.
 *
 * @example
 * const { url } = await serve({ db: 'warta.db', port: 8080 });
 */
export async function serve(o: ServeOptions = {}): Promise<Served> {
  const host = o.host ?? process.env.WARTA_HOST ?? '127.0.0.1';
  const port = o.port ?? (process.env.PORT ? Number(process.env.PORT) : 8080);
  const token = o.token ?? (process.env.WARTA_TOKEN || undefined);
  const log = o.log ?? ((line: string) => console.error(line));
  const store = await openStore(o.db ? { db: o.db } : {});
  let app: FastifyInstance | undefined;
  try {
    // Built before the demo ingest so that a refused host/token combination fails fast.
    app = await createServer({ store, host, token, logger: o.logger ?? false, allowPrivateUrls: o.allowPrivateUrls ?? false });
    if (o.demo !== false) {
      const t0 = Date.now();
      const n = await ensureDemoCorpus(store);
      if (n) log(`warta: ingested ${n} demo articles in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const address = await app.listen({ host, port });
    const url = address.replace('[::1]', 'localhost');
    log(`warta: serving ${await store.count()} articles (${store.kind}) at ${url} — docs at ${url}/docs`);
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        await app!.close();
        await store.close();
      })());
    if (o.handleSignals !== false) {
      const stop = () => void close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }
    return { app, store, url, close };
  } catch (e) {
    await app?.close();
    await store.close();
    throw e;
  }
}
