import { badData, readTsv } from './tsv-file.js';

const FILE = 'clitic-exceptions.txt';
let table: Set<string> | undefined;

/**
 * Lower-case words from `data/id/clitic-exceptions.txt` that end in the
 * letters of a clitic without carrying one (`tanya`, `sekolah`, `adalah`).
 *
 * @example
 * cliticExceptions().has('sekolah'); // true
 */
export function cliticExceptions(): ReadonlySet<string> {
  if (table) return table;
  const out = new Set<string>();
  for (const { line, cells } of readTsv(FILE, 1)) {
    const w = cells[0]!.trim();
    if (w !== w.toLowerCase()) badData(FILE, line, `"${w}" must be lower case`);
    if (/[^a-z-]/.test(w)) badData(FILE, line, `"${w}" must hold only letters a-z and hyphens`);
    if (out.has(w)) badData(FILE, line, `duplicate word "${w}"`);
    out.add(w);
  }
  return (table = out);
}
