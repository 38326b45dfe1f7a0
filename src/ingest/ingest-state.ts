import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CacheEntry } from './fetch/http-cache.js';

/** What a job remembers about one input file. */
export interface FileState {
  readonly size: number;
  readonly mtimeMs: number;
  /** Every record up to this line (1-based; 1 for single-article files) is done. */
  through: number;
  /** All its records are done. */
  complete: boolean;
  /** Records it held, counted when complete. */
  records: number;
}

/** The resumable state of ingest jobs: persisted beside the store. */
export interface IngestStateData {
  version: 1;
  files: Record<string, FileState>;
  /** Article URLs stored, with when. */
  urls: Record<string, string>;
  /** Conditional-GET validators of fetched URLs. */
  http: Record<string, CacheEntry>;
}

const empty = (): IngestStateData => ({ version: 1, files: {}, urls: {}, http: {} });

/**
 * Load a state file; a missing or unreadable one starts fresh (the store's
 * idempotent upsert keeps a fresh start correct, only slower).
 */
export function loadIngestState(path: string | null | undefined): IngestStateData {
  if (!path) return empty();
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as IngestStateData;
    if (data?.version !== 1 || typeof data.files !== 'object' || typeof data.urls !== 'object') return empty();
    data.http ??= {};
    return data;
  } catch {
    return empty();
  }
}

/** Write atomically (temp file + rename), so a kill mid-write leaves the previous state. */
export function saveIngestState(path: string, data: IngestStateData): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(data));
  renameSync(tmp, path);
}

/** Default state file of a store file: `warta.db` → `warta.db.ingest-state.json`. */
export function defaultStatePath(dbPath: string): string {
  return `${dbPath}.ingest-state.json`;
}

/**
 * Tracks, per file, which records are done even when they finish out of
 * order, so that `through` only ever covers records that are really stored.
 */
export class FileTracker {
  private readonly issued: number[] = [];
  private readonly done = new Set<number>();
  private closed = false;
  records = 0;

  constructor(readonly state: FileState) {}

  issue(line: number): void {
    this.issued.push(line);
    this.records++;
  }

  finish(line: number): void {
    this.done.add(line);
    while (this.issued.length && this.done.has(this.issued[0]!)) {
      const l = this.issued.shift()!;
      this.done.delete(l);
      this.state.through = l;
    }
    this.check();
  }

  /** No more records will be issued. */
  close(): void {
    this.closed = true;
    this.check();
  }

  private check(): void {
    if (this.closed && this.issued.length === 0) {
      this.state.complete = true;
      this.state.records = Math.max(this.state.records, this.records);
    }
  }
}
