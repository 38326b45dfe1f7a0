#!/usr/bin/env node
// The `warta` command. Runs the compiled CLI from dist/ (`npm run build`). In a
// source checkout where dist/ is missing or older than src/ (a fresh clone, or
// sources edited since the last build), it runs the TypeScript sources through
// tsx instead, so the command never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/src/cli/main.js', import.meta.url);
const sources = new URL('../src/', import.meta.url);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const m = statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

let entry = compiled;
const haveSources = existsSync(fileURLToPath(sources));
const stale = !existsSync(compiled) || (haveSources && newestMtime(fileURLToPath(sources)) > statSync(compiled).mtimeMs);
if (stale && haveSources) {
  try {
    const { register } = await import('tsx/esm/api');
    register();
    entry = new URL('../src/cli/main.ts', import.meta.url);
  } catch {
    if (!existsSync(compiled)) {
      process.stderr.write('warta: the compiled CLI (dist/) is missing and tsx is not installed. Run `npm run build` first.\n');
      process.exit(1);
    }
  }
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
