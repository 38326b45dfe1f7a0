import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Where the shared datasets live: `$WARTA_SHARED`, else `../shared` beside
 * the repository. Returns null when absent, so evaluations and benchmarks
 * can skip with a clear message instead of failing.
 */
export function sharedDir(): string | null {
  const candidates = [process.env.WARTA_SHARED, join(REPO_ROOT, '..', 'shared')].filter(Boolean) as string[];
  for (const c of candidates) if (existsSync(join(c, 'data'))) return resolve(c);
  return null;
}

/** Path to a file under shared/, or null (with a printed reason) when it is not there. */
export function sharedPath(rel: string): string | null {
  const dir = sharedDir();
  if (!dir) {
    console.log(`skipped: ../shared is not beside the repository (set WARTA_SHARED); needed ${rel}`);
    return null;
  }
  const p = join(dir, rel);
  if (!existsSync(p)) {
    console.log(`skipped: ${p} not found`);
    return null;
  }
  return p;
}
