import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { ErrorCodes, WartaError } from '../../pipeline/errors.js';
import { dataPath } from './data-path.js';

/** One data row with the 1-based line it came from, for error messages. */
export interface TsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * Read `data/id/<name>` (or `name` itself when it is an absolute path, for tests): tab-separated, `#` starts a comment line, blank lines
 * are skipped. Every row must have between `minCols` and `maxCols` cells, none
 * of the first `minCols` empty; otherwise a `WartaError` (W007) names the file
 * and line.
 *
 * @example
 * readTsv('outlets.tsv', 2, 3).map((r) => r.cells[0]);
 */
export function readTsv(name: string, minCols: number, maxCols = minCols): TsvRow[] {
  const path = isAbsolute(name) ? name : dataPath(name);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new WartaError(ErrorCodes.BAD_DATA_FILE, `cannot read data file ${path}: ${(err as Error).message}`, { cause: err });
  }
  const rows: TsvRow[] = [];
  const lines = raw.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === '' || l.startsWith('#')) continue;
    const cells = l.split('\t');
    if (cells.length < minCols || cells.length > maxCols || cells.slice(0, minCols).some((c) => c.trim() === '')) {
      throw new WartaError(
        ErrorCodes.BAD_DATA_FILE,
        `${name} line ${i + 1}: expected ${minCols === maxCols ? minCols : `${minCols}-${maxCols}`} tab-separated cells, got ${cells.length}${cells.length >= minCols ? ' (an empty required cell)' : ''}`,
      );
    }
    rows.push({ line: i + 1, cells });
  }
  return rows;
}

/** Throw the standard malformed-data error for a value that fails a check. */
export function badData(name: string, line: number, what: string): never {
  throw new WartaError(ErrorCodes.BAD_DATA_FILE, `${name} line ${line}: ${what}`);
}

/** A list of one word a line from `data/id/<file>`, as a set; each word must match `shape` (else `expected` is reported). */
function readWords(file: string, shape: RegExp, expected: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const row of readTsv(file, 1, 1)) {
    const w = row.cells[0]!.trim();
    if (!shape.test(w)) badData(file, row.line, `${expected} expected, got "${row.cells[0]}"`);
    out.add(w);
  }
  return out;
}

/**
 * A getter of the one-word-a-line list `data/id/<file>`, read (and each word checked against `shape`) on
 * the first call.
 */
export function wordList(file: string, shape: RegExp, expected: string): () => ReadonlySet<string> {
  let words: ReadonlySet<string> | undefined;
  return () => (words ??= readWords(file, shape, expected));
}

/** A getter of the one-lower-case-word-a-line list `data/id/<file>`, read (and checked) on the first call. */
export function lowerWordList(file: string): () => ReadonlySet<string> {
  return wordList(file, /^\p{Ll}+$/u, 'one lower-case word');
}
