import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The package root (the nearest directory above this module holding a
 * `package.json`). Walking up rather than using a fixed `../..` keeps it right
 * both from `src/lang/id/` (tsx) and from `dist/src/lang/id/` (compiled).
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('warta: cannot find the package root (no package.json above the module)');
    dir = up;
  }
}

/**
 * Absolute path of a file under `data/id/`.
 *
 * @example
 * dataPath('outlets.tsv'); // '/…/warta/data/id/outlets.tsv'
 */
export function dataPath(name: string): string {
  return join(packageRoot(), 'data', 'id', name);
}
