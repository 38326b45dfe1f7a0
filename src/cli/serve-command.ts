import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

export const SERVE_HELP = `warta serve — the HTTP API and web UI over a corpus

usage: warta serve [options]

Opens the corpus (a SQLite file by default; a postgres:// URL for PostgreSQL),
ingests the bundled demo corpus when it is empty, and serves:
  /            the web UI (search, articles, entities, quotes, analyze box)
  /v1/...      the JSON API (see /openapi.json and the browsable /docs)

options:
      --db <file|url>    SQLite file or postgres:// URL (default $WARTA_DB, else ./warta.db)
      --host <address>   listen address (default 127.0.0.1). Listening beyond
                         loopback needs --token: write endpoints then require
                         "Authorization: Bearer <token>".
  -p, --port <n>         port (default $PORT, else 8080; 0 picks a free one)
      --token <secret>   bearer token for write endpoints (default $WARTA_TOKEN)
      --no-demo          do not ingest the demo corpus into an empty store
      --log              log every request
  -h, --help             this help

examples:
  warta serve
  curl 'http://127.0.0.1:8080/v1/articles?q=banjir&size=3'
  warta serve --db postgres://warta@127.0.0.1/warta --host 0.0.0.0 --token s3cret`;

/** `warta serve`: runs until SIGINT/SIGTERM. */
export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string', short: 'p' },
      token: { type: 'string' },
      'no-demo': { type: 'boolean' },
      log: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(SERVE_HELP + '\n');
    return 0;
  }
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${values.port}"`);
  }
  const { serve } = await import('../http/serve.js');
  await serve({
    ...(values.db ? { db: values.db } : {}),
    ...(values.host ? { host: values.host } : {}),
    ...(port !== undefined ? { port } : {}),
    ...(values.token ? { token: values.token } : {}),
    demo: !values['no-demo'],
    logger: Boolean(values.log),
  });
  // Keep running: the server holds the event loop open until a signal closes it.
  return new Promise<number>(() => {});
}
