#!/usr/bin/env node
// The `warta` command. Runs the compiled CLI from dist/ when it has been built
// (`npm run build`); in a source checkout without a build it runs the
// TypeScript sources through tsx, so `npm ci && npx warta ...` works at once.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/src/cli/main.js', import.meta.url);
let entry = compiled;
if (!existsSync(compiled)) {
  try {
    const { register } = await import('tsx/esm/api');
    register();
  } catch {
    process.stderr.write('warta: the compiled CLI (dist/) is missing and tsx is not installed. Run `npm run build` first.\n');
    process.exit(1);
  }
  entry = new URL('../src/cli/main.ts', import.meta.url);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
