/**
 * `npm run bench [-- name ...]`: runs the named benchmarks (all when none is
 * named); each prints articles/second and tokens/second. Each benchmark is a
 * module `bench/<name>.ts` exporting `main(flags)`; it skips with a message
 * when ../shared is absent.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNamedModules } from '../scripts/run-named-modules.js';

const dir = dirname(fileURLToPath(import.meta.url));
process.exit(await runNamedModules({ dir, noun: 'benchmark', script: 'bench', helpers: [] }, process.argv.slice(2)));
