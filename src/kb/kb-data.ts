import { join } from 'node:path';
import { packageRoot } from '../lang/id/data-path.js';
import { readTsv, type TsvRow } from '../lang/id/tsv-file.js';

/** Rows of `data/kb/<name>` (tab-separated, `#` comments), validated for their column count. */
export function readKbTsv(name: string, minCols: number, maxCols = minCols): TsvRow[] {
  return readTsv(join(packageRoot(), 'data', 'kb', name), minCols, maxCols);
}
