/**
 * The pieces of entity-id derivation that both the store (src/store/prepare.ts)
 * and the web UI (web/src/entity-ids.ts) need. No imports, so the browser
 * bundle can take it as it is.
 */

/** The URL-safe slug of a name (`Jens Stoltenberg` → `jens-stoltenberg`); empty when nothing of it is ASCII. */
export function entitySlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/**
 * Among spans sorted by start, the nearest one overlapping [start, end) that
 * `accept` takes, looking back at most four spans from the last one starting
 * before `end` (cluster and entity spans may be cut apart, as in
 * `Komisi Pemberantasan Korupsi (KPK)`, but never far).
 */
export function nearbyOverlap<T extends { start: number; end: number }>(
  sorted: readonly T[],
  start: number,
  end: number,
  accept: (span: T) => boolean,
): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && lo - i <= 4; i--) if (sorted[i]!.end > start && accept(sorted[i]!)) return sorted[i];
  return undefined;
}
