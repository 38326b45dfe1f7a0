/**
 * A bounded cache with least-recently-used eviction, approximated by two
 * generations: hits in the old generation are promoted, and when the young
 * generation fills, the old one is dropped whole. A hit costs one map lookup
 * (no delete-and-reinsert as in an exact LRU), which matters at millions of
 * lookups a second; at most `capacity` entries are held.
 */
export class LruCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;

  /** @param capacity upper bound on entries held (at least 2). */
  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError(`LruCache capacity must be an integer >= 2, got ${capacity}`);
    this.half = capacity >> 1;
  }

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Number of entries currently held (at most the capacity). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
