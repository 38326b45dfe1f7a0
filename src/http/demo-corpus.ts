/**
 * The bundled demo corpus (`examples/demo-corpus.jsonl`, credits in
 * `examples/README.md`) that `npm start` ingests into an empty store, so that
 * a first run has something to search.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze as wartaAnalyze } from '../analyze.js';
import { toJson } from '../text/to-json.js';
import { packageRoot } from '../lang/id/data-path.js';
import type { ArticleInput } from '../text/document.js';
import type { CorpusStore } from '../store/types.js';
import type { AnalyzeFn } from './server.js';

/** Where the demo corpus lives in the package. */
export function demoCorpusPath(): string {
  return join(packageRoot(), 'examples', 'demo-corpus.jsonl');
}

/** The demo corpus records as article inputs. */
export function readDemoCorpus(path = demoCorpusPath()): ArticleInput[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as ArticleInput;
      return { text: r.text, id: r.id, title: r.title ?? null, url: r.url ?? null, outlet: r.outlet ?? null, published: r.published ?? null };
    });
}

/**
 * Ingest the demo corpus when the store is empty; do nothing otherwise.
 * Returns how many articles were stored.
 *
 * @example
 * await ensureDemoCorpus(await openStore()); // 43 on first run, 0 after
 */
export async function ensureDemoCorpus(store: CorpusStore, analyze?: AnalyzeFn, path = demoCorpusPath()): Promise<number> {
  if (!existsSync(path) || (await store.count()) > 0) return 0;
  const run: AnalyzeFn = analyze ?? ((input) => toJson(wartaAnalyze(input)));
  const inputs = readDemoCorpus(path);
  const analyses = [];
  for (const input of inputs) analyses.push(await run(input));
  const results = await store.upsertMany(analyses);
  return results.filter((r) => r.status === 'inserted').length;
}
