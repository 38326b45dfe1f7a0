import type { ArticleSummary } from './types.ts';

/** Group a page of hits by dedupe group: the canonical article first (or the first member seen), its copies under it. */
export function foldDuplicates(items: readonly ArticleSummary[]): Array<{ head: ArticleSummary; copies: ArticleSummary[] }> {
  const groups = new Map<string, { head: ArticleSummary; copies: ArticleSummary[] }>();
  for (const it of items) {
    const g = groups.get(it.groupId);
    if (!g) groups.set(it.groupId, { head: it, copies: [] });
    else if (it.id === it.canonicalId) {
      g.copies.unshift(g.head);
      g.head = it;
    } else g.copies.push(it);
  }
  return [...groups.values()];
}
