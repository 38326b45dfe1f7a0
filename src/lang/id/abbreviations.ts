import { badData, readTsv } from './tsv-file.js';

/** How an abbreviation behaves at a possible sentence end. */
export type AbbreviationClass = 'prefix' | 'final';

/** Numeric codes used in the tokenizer's hot path. */
export const AbbrevClassCode = { prefix: 1, final: 2 } as const;

const FILE = 'abbreviations.txt';
let table: Map<string, number> | undefined;

/**
 * Dotted abbreviations from `data/id/abbreviations.txt`, keyed by the
 * lower-cased form without its final dot (`jl`, `a.n`, `tbk`), valued by
 * `AbbrevClassCode`. Loaded and validated once per process.
 *
 * @example
 * abbreviations().get('dkk'); // AbbrevClassCode.final
 */
export function abbreviations(): ReadonlyMap<string, number> {
  if (table) return table;
  const out = new Map<string, number>();
  for (const { line, cells } of readTsv(FILE, 2, 3)) {
    const form = cells[0]!.trim();
    const cls = cells[1]!.trim();
    if (cls !== 'prefix' && cls !== 'final') badData(FILE, line, `class must be "prefix" or "final", got "${cls}"`);
    if (form.endsWith('.')) badData(FILE, line, `write "${form}" without its final dot`);
    if (/\s/.test(form)) badData(FILE, line, `form "${form}" contains a space`);
    const key = form.toLowerCase();
    if (out.has(key)) badData(FILE, line, `duplicate abbreviation "${form}"`);
    out.set(key, AbbrevClassCode[cls]);
  }
  return (table = out);
}
