/**
 * `npm run eval [-- name ...]`: runs the named evaluations (all when none is
 * named) and prints their tables. Each evaluation is a module `eval/<name>.ts`
 * exporting `main(args)`; it skips with a message when ../shared is absent.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const NOT_EVALS = new Set(['run', 'gold', 'shared-data']);
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -3))
  .filter((n) => !NOT_EVALS.has(n))
  .sort();

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('-'));
const flags = args.filter((a) => a.startsWith('-'));
if (flags.includes('--help') || flags.includes('-h')) {
  console.log(`usage: npm run eval [-- <name> ...] [--flags]\nevaluations: ${available.join(', ')}`);
  process.exit(0);
}
const chosen = names.length ? names : available;
let failed = 0;
for (const name of chosen) {
  if (!available.includes(name)) {
    console.error(`unknown evaluation "${name}"; available: ${available.join(', ')}`);
    failed++;
    continue;
  }
  console.log(`\n=== eval: ${name} ===`);
  const mod = (await import(`./${name}.ts`)) as { main: (args: string[]) => Promise<void> | void };
  await mod.main(flags);
}
process.exit(failed ? 1 : 0);
