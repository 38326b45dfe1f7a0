import { badData, readTsv } from './tsv-file.js';

/** The file under `data/id/` mapping colloquial spellings to standard words for the stemmer. */
export const STEM_VARIANTS_FILE = 'stem-variants.tsv';

const WORD = /^[a-z]+$/;

let table: ReadonlyMap<string, string> | undefined;

/**
 * `data/id/stem-variants.tsv` (colloquial or clipped spelling → standard
 * word: `tapi` → `tetapi`), loaded and validated once. Both columns must be
 * lower-case letters, a variant listed once and never itself a standard form
 * of another row (one lookup must be enough).
 *
 * @example
 * stemVariants().get('tapi'); // 'tetapi'
 */
export function stemVariants(file: string = STEM_VARIANTS_FILE): ReadonlyMap<string, string> {
  if (table && file === STEM_VARIANTS_FILE) return table;
  const map = new Map<string, string>();
  const rows = readTsv(file, 2);
  for (const { line, cells } of rows) {
    const [variant, standard] = [cells[0]!.trim(), cells[1]!.trim()];
    if (!WORD.test(variant) || !WORD.test(standard)) badData(file, line, `"${variant}" and "${standard}" must be lower-case letters a-z`);
    if (variant === standard) badData(file, line, `"${variant}" maps to itself`);
    if (map.has(variant)) badData(file, line, `duplicate variant "${variant}"`);
    map.set(variant, standard);
  }
  for (const { line, cells } of rows) {
    if (map.has(cells[1]!.trim())) badData(file, line, `standard form "${cells[1]!.trim()}" is itself listed as a variant`);
  }
  if (file === STEM_VARIANTS_FILE) table = map;
  return map;
}
