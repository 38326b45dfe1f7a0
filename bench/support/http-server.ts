/**
 * The server half of `bench/http.ts`, run in its own process so that the
 * load generator does not share the server's event loop. Serves the demo
 * corpus from a SQLite file given as argv[2] on 127.0.0.1 and sends the URL
 * to the parent over IPC.
 */
import { serve } from '../../src/http/serve.js';

const s = await serve({ db: process.argv[2]!, host: '127.0.0.1', port: 0, handleSignals: false, log: () => undefined });
const ids = (await s.store.search({ size: 50, facets: false })).items.map((i) => i.id);
const entities = (await s.store.listEntities({ size: 50 })).items.map((e) => e.id);
process.send!({ url: s.url, ids, entities, count: await s.store.count() });
process.on('message', () => void s.close().then(() => process.exit(0)));
