import { badData, readTsv } from './tsv-file.js';

export type BylineRole = 'writer' | 'editor' | 'other';

const FILE = 'byline-labels.tsv';
const ROLES = new Set<BylineRole>(['writer', 'editor', 'other']);
let cached: ReadonlyMap<string, BylineRole> | undefined;

/**
 * Byline labels by lower-case label (`data/id/byline-labels.tsv`).
 *
 * @example
 * bylineLabels().get('pewarta'); // 'writer'
 */
export function bylineLabels(): ReadonlyMap<string, BylineRole> {
  if (cached) return cached;
  const m = new Map<string, BylineRole>();
  for (const { line, cells } of readTsv(FILE, 2)) {
    const role = cells[1]!.trim() as BylineRole;
    if (!ROLES.has(role)) badData(FILE, line, `role "${role}" is not writer, editor or other`);
    m.set(cells[0]!.trim().toLowerCase(), role);
  }
  return (cached = m);
}
