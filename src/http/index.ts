/** The HTTP API: public entry points. */
export { createServer, HttpError, type ServerOptions, type AnalyzeFn } from './server.js';
export { serve, type ServeOptions, type Served } from './serve.js';
export { ensureDemoCorpus, readDemoCorpus, demoCorpusPath } from './demo-corpus.js';
export { isLoopback } from './loopback.js';
