/**
 * `npm run bench -- ingest [--limit=N] [--workers=1,2] [--sqlite]`: ingest
 * throughput on real news (news-clickid-raw: Kompas, Tempo, Okezone,
 * Sindonews, Tribunnews, Pos Metro). Reads a JSONL of N articles through
 * `runIngest` (reader → worker pool → batched store writes) and prints
 * articles/second per worker count, against analysing in the main thread
 * alone. Workers are started and warmed before timing (their start-up is
 * printed separately). With `--sqlite` the articles are written to a
 * throwaway SQLite store; otherwise to a store that only counts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze, DEFAULT_STAGES } from '../src/analyze.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { runIngest, type IngestStore } from '../src/ingest/job.js';
import { AnalyzePool } from '../src/ingest/pool/pool.js';
import { toJson } from '../src/text/to-json.js';
import type { UpsertResult } from '../src/store/types.js';
import { sharedPath } from '../eval/shared-data.js';

const countingStore: IngestStore = {
  async upsertMany(a) {
    return a.map((j, i): UpsertResult => ({ id: String(i), status: 'inserted', groupId: String(i), canonicalId: String(i), match: 'none' }));
  },
};

function flag(flags: string[], name: string): string | undefined {
  const f = flags.find((x) => x.startsWith(`--${name}=`));
  return f?.slice(name.length + 3);
}

export async function main(flags: string[]): Promise<void> {
  const src = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  if (!src) return;
  const limit = Number(flag(flags, 'limit') ?? 2000);
  const workerCounts = (flag(flags, 'workers') ?? '1,2').split(',').map(Number);
  const useSqlite = flags.includes('--sqlite');
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-ingest-'));
  try {
    const lines: string[] = [];
    const rl = createInterface({ input: createReadStream(src).pipe(createGunzip()) });
    for await (const l of rl) {
      if (lines.length >= limit) break;
      const r = JSON.parse(l) as { url: string; title: string; content: string; date_iso: string; source: string };
      lines.push(JSON.stringify({ url: r.url, title: r.title, text: r.content, published: r.date_iso, outlet: r.source }));
    }
    rl.close();
    const file = join(dir, 'sample.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const chars = lines.reduce((n, l) => n + l.length, 0);
    console.log(`${lines.length} articles (${(chars / 1e6).toFixed(1)} M chars of JSON) from news-clickid-raw; store: ${useSqlite ? 'SQLite (throwaway file)' : 'counting only'}`);
    // Speed-ups only mean something on an otherwise idle machine: say how busy it was.
    console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start`);

    // Baseline: the same work in this thread, no pool.
    const inputs = lines.map((l) => JSON.parse(l) as { text: string });
    for (let i = 0; i < Math.min(20, inputs.length); i++) toJson(analyze(inputs[i]!));
    let t = performance.now();
    for (const input of inputs) toJson(analyze(input));
    const base = (performance.now() - t) / 1000;
    console.log('mode                    articles   seconds   articles/s   speed-up');
    const row = (name: string, n: number, s: number) => console.log(`${name.padEnd(22)} ${String(n).padStart(9)} ${s.toFixed(2).padStart(9)} ${(n / s).toFixed(1).padStart(12)} ${(base / s).toFixed(2).padStart(10)}`);
    row('main thread, no pool', inputs.length, base);

    // Breakdown by stage: each prefix of the stage list timed on the same sample; a stage costs its prefix minus the one before.
    const sample = inputs.slice(0, Math.min(300, inputs.length));
    let prev = 0;
    const costs: Array<[string, number]> = [];
    for (let k = 1; k <= DEFAULT_STAGES.length; k++) {
      const pipe = buildPipeline(DEFAULT_STAGES.slice(0, k));
      for (const input of sample.slice(0, 10)) pipe.run(input);
      const t1 = performance.now();
      for (const input of sample) pipe.run(input);
      const per = (performance.now() - t1) / sample.length;
      costs.push([DEFAULT_STAGES[k - 1]!.name, Math.max(0, per - prev)]);
      prev = per;
    }
    console.log(`\nby stage (main thread, ${sample.length} articles, ms/article; toJson not included):`);
    const sum = costs.reduce((n, [, ms]) => n + ms, 0) || 1;
    for (const [name, ms] of costs) console.log(`  ${name.padEnd(12)} ${ms.toFixed(2).padStart(8)}  ${((100 * ms) / sum).toFixed(0).padStart(3)}%`);
    console.log(`  ${'all'.padEnd(12)} ${prev.toFixed(2).padStart(8)}\n`);

    for (const w of workerCounts) {
      t = performance.now();
      const pool = new AnalyzePool({ workers: w });
      await Promise.all(Array.from({ length: w * 3 }, (_, i) => pool.run({ input: inputs[i % inputs.length]! })));
      const startup = (performance.now() - t) / 1000;
      let store: IngestStore = countingStore;
      let close = async () => {};
      if (useSqlite) {
        const { openSqliteStore } = await import('../src/store/sqlite/sqlite-store.js');
        const s = await openSqliteStore({ path: join(dir, `w${w}.db`) });
        store = s;
        close = () => s.close();
      }
      t = performance.now();
      const elu0 = performance.eventLoopUtilization();
      const report = await runIngest({ sources: [file], store, pool, batchSize: 64 });
      const elu = performance.eventLoopUtilization(elu0);
      const secs = (performance.now() - t) / 1000;
      await close();
      await pool.close();
      row(`runIngest, ${w} worker${w > 1 ? 's' : ''}`, report.ingested + report.updated + report.unchanged, secs);
      for (const [reason, g] of Object.entries(report.reasons)) console.log(`   skipped ${g.count} (${reason}), e.g. ${g.examples[0]?.slice(0, 160)}`);
      console.log(`   main thread busy ${(elu.utilization * 100).toFixed(0)}% of the run (${(elu.active / Math.max(1, lines.length)).toFixed(2)} ms/article: reading, coordinating, store writes)`);
      console.log(`   (pool start-up and warm-up ${startup.toFixed(1)} s, not timed; skipped ${report.skipped}; analysis ${(report.timings.analysisMs / 1000).toFixed(1)} s summed over workers, store writes ${(report.timings.storeMs / 1000).toFixed(1)} s on the main thread; load average now ${loadavg()[0]!.toFixed(1)})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
