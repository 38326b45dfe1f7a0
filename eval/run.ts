/**
 * `npm run eval [-- name ...]`: runs the named evaluations (all when none is
 * named) and prints their tables. Each evaluation is a module `eval/<name>.ts`
 * exporting `main(flags)`; it skips with a message when ../shared is absent.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNamedModules } from '../scripts/run-named-modules.js';

const dir = dirname(fileURLToPath(import.meta.url));
process.exit(await runNamedModules({ dir, noun: 'evaluation', script: 'eval', helpers: ['gold', 'shared-data'] }, process.argv.slice(2)));
