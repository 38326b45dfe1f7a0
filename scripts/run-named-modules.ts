/**
 * The shared runner behind `npm run eval`, `npm run bench`: each task is a
 * module `<dir>/<name>.ts` exporting `main(flags)`; named tasks run in the
 * order given, or all of them (alphabetically) when none is named.
 */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

export interface NamedModulesOptions {
  /** Folder holding the task modules. */
  readonly dir: string;
  /** What a task is called in messages (`evaluation`, `benchmark`). */
  readonly noun: string;
  /** The npm script (`eval`, `bench`), for the usage line. */
  readonly script: string;
  /** Module names in the folder that are helpers, not tasks. */
  readonly helpers: readonly string[];
}

/** Run the tasks named in `argv` (flags are passed to every task); returns the exit code. */
export async function runNamedModules(o: NamedModulesOptions, argv: readonly string[]): Promise<number> {
  const helpers = new Set(['run', ...o.helpers]);
  const available = readdirSync(o.dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .filter((n) => !helpers.has(n))
    .sort();
  const names = argv.filter((a) => !a.startsWith('-'));
  const flags = argv.filter((a) => a.startsWith('-'));
  if (flags.includes('--help') || flags.includes('-h')) {
    console.log(`usage: npm run ${o.script} [-- <name> ...] [--flags]\n${o.noun}s: ${available.join(', ')}`);
    return 0;
  }
  let failed = 0;
  for (const name of names.length ? names : available) {
    if (!available.includes(name)) {
      console.error(`unknown ${o.noun} "${name}"; available: ${available.join(', ')}`);
      failed++;
      continue;
    }
    console.log(`\n=== ${o.script}: ${name} ===`);
    const mod = (await import(pathToFileURL(join(o.dir, `${name}.ts`)).href)) as { main: (flags: string[]) => Promise<void> | void };
    await mod.main(flags);
  }
  return failed ? 1 : 0;
}
