import { createHash } from 'node:crypto';
import type { StoreInput } from '../../store/prepare.js';
import type { UpsertResult } from '../../store/types.js';
import type { IngestStore } from '../job.js';

/**
 * A minimal in-memory store with the upsert semantics of `CorpusStore`
 * (id from the URL, else the content hash; same content → unchanged;
 * changed content → updated), for ingest tests that must not depend on a
 * database. Counts every write so tests can prove nothing is stored twice.
 */
export class MemoryStore implements IngestStore {
  readonly articles = new Map<string, { hash: string; version: number; json: StoreInput }>();
  inserts = 0;
  batches = 0;
  failOn: ((json: StoreInput) => boolean) | null = null;

  async upsertMany(analyses: readonly StoreInput[]): Promise<UpsertResult[]> {
    if (this.failOn && analyses.some(this.failOn)) throw new Error('refused by the test store');
    this.batches++;
    return analyses.map((json) => {
      const hash = createHash('sha256').update(json.text).digest('hex');
      const url = json.format === 'warta/prepared' ? json.url : typeof json.meta?.url === 'string' ? json.meta.url : null;
      const id = url ?? hash.slice(0, 16);
      const prev = this.articles.get(id);
      let status: UpsertResult['status'] = 'inserted';
      if (prev && prev.hash === hash) status = 'unchanged';
      else if (prev) status = 'updated';
      if (status !== 'unchanged') this.articles.set(id, { hash, version: (prev?.version ?? 0) + 1, json });
      if (status === 'inserted') this.inserts++;
      return { id, status, groupId: id, canonicalId: id, match: 'none' as const };
    });
  }
}
