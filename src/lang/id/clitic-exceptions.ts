import { badData, readTsv } from './tsv-file.js';

const FILE = 'clitic-exceptions.txt';
/** Words and word endings that look like host + clitic but are not. */
export interface CliticExceptions {
  /** Whole lower-case words (`tanya`, `sekolah`, `adalah`). */
  readonly words: ReadonlySet<string>;
  /** Lower-case endings, without their leading `-` (`ullah` for Abdullah, Rasulullah). */
  readonly endings: readonly string[];
}

let table: CliticExceptions | undefined;

/**
 * The contents of `data/id/clitic-exceptions.txt`, loaded and validated once.
 *
 * @example
 * cliticExceptions().words.has('sekolah'); // true
 */
export function cliticExceptions(): CliticExceptions {
  if (table) return table;
  const words = new Set<string>();
  const endings: string[] = [];
  for (const { line, cells } of readTsv(FILE, 1)) {
    const w = cells[0]!.trim();
    if (w !== w.toLowerCase()) badData(FILE, line, `"${w}" must be lower case`);
    if (!/^-?[a-z]+(-[a-z]+)*$/.test(w)) badData(FILE, line, `"${w}" must hold only letters a-z (an ending starts with "-")`);
    if (w.startsWith('-')) {
      endings.push(w.slice(1));
      continue;
    }
    if (words.has(w)) badData(FILE, line, `duplicate word "${w}"`);
    words.add(w);
  }
  return (table = { words, endings });
}
