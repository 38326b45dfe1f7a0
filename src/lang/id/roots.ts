import { readFileSync } from 'node:fs';
import { ErrorCodes, WartaError } from '../../pipeline/errors.js';
import { dataPath } from './data-path.js';

/** The file under `data/id/` holding the stemmer's root lexicon. */
export const ROOTS_FILE = 'roots.txt';

// A root is lower-case ASCII letters, optionally hyphenated (`bolak-balik`).
const ROOT_LINE = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * Parse a root lexicon: one root a line, lower-case letters (hyphens allowed
 * inside), `#` starts a comment line, blank lines are skipped. Anything else,
 * and a root listed twice, is a `WartaError` (W007) naming the file and line.
 *
 * @example
 * parseRoots('# roots\nbangun\ntulis\n', 'roots.txt').has('tulis'); // true
 */
export function parseRoots(text: string, name: string): Set<string> {
  const roots = new Set<string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    if (line === '' || line.startsWith('#')) continue;
    if (!ROOT_LINE.test(line)) {
      throw new WartaError(ErrorCodes.BAD_DATA_FILE, `${name} line ${i + 1}: not a root (lower-case letters and inner hyphens only): ${JSON.stringify(line.slice(0, 40))}`);
    }
    if (roots.has(line)) throw new WartaError(ErrorCodes.BAD_DATA_FILE, `${name} line ${i + 1}: duplicate root "${line}"`);
    roots.add(line);
  }
  return roots;
}

let cached: ReadonlySet<string> | undefined;

/**
 * The root lexicon shipped in `data/id/roots.txt`, read and validated once
 * per process.
 */
export function loadRoots(): ReadonlySet<string> {
  if (cached) return cached;
  const path = dataPath(ROOTS_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new WartaError(ErrorCodes.BAD_DATA_FILE, `cannot read data file ${path}: ${(err as Error).message}`, { cause: err });
  }
  cached = parseRoots(text, ROOTS_FILE);
  return cached;
}
