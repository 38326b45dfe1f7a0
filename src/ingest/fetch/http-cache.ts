/** Validators of one URL's last response, for a conditional GET. */
export interface CacheEntry {
  readonly etag?: string;
  readonly lastModified?: string;
}

/**
 * ETag / Last-Modified per URL, bounded (least recently set goes first).
 * Plain data: persist it with `toJSON()` and restore it with `HttpCache.from()`.
 */
export class HttpCache {
  private readonly map = new Map<string, CacheEntry>();

  constructor(private readonly maxEntries = 200_000) {}

  static from(data: Record<string, CacheEntry> | null | undefined, maxEntries?: number): HttpCache {
    const c = new HttpCache(maxEntries);
    for (const [k, v] of Object.entries(data ?? {})) c.set(k, v);
    return c;
  }

  get(url: string): CacheEntry | undefined {
    return this.map.get(url);
  }

  set(url: string, entry: CacheEntry): void {
    if (!entry.etag && !entry.lastModified) return;
    this.map.delete(url);
    this.map.set(url, entry);
    if (this.map.size > this.maxEntries) this.map.delete(this.map.keys().next().value!);
  }

  get size(): number {
    return this.map.size;
  }

  toJSON(): Record<string, CacheEntry> {
    return Object.fromEntries(this.map);
  }
}
