/**
 * `npm run bench -- ingest [--limit=N] [--workers=1,2] [--sqlite] [--corpus=clickid|all] [--baseline=N] [--depth=N] [--batch=N]`: ingest
 * throughput on real news (news-clickid-raw: Kompas, Tempo, Okezone,
 * Sindonews, Tribunnews, Pos Metro). Reads a JSONL of N articles through
 * `runIngest` (reader → worker pool → batched store writes) and prints
 * articles/second per worker count, against analysing in the main thread
 * alone. Workers are started and warmed before timing (their start-up is
 * printed separately). With `--sqlite` the articles are written to a
 * throwaway SQLite store; otherwise to a store that only counts.
 * `--corpus=all` reads the 21,694 news articles of ../shared/data (clickid
 * 17,322 + detik 909 + IndoSum dev 3,463, the last detokenised from its token
 * lists); `--baseline=N` caps the single-thread baseline at N articles;
 * `--depth` and `--batch` override the pool's queue depth per worker and the
 * job's store batch (both default to what `runIngest` uses). Besides wall
 * time it prints the process's CPU time (all threads), which a busy shared
 * machine distorts less, and how long the workers sat waiting for work.
 * The breakdown by stage is CPU time per stage per article, each stage
 * wrapped and timed inside one pipeline run on the main thread.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import { createInterface } from 'node:readline';
import { analyze, DEFAULT_STAGES } from '../src/analyze.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { runIngest, type IngestStore } from '../src/ingest/job.js';
import { AnalyzePool } from '../src/ingest/pool/pool.js';
import { toJson } from '../src/text/to-json.js';
import type { UpsertResult } from '../src/store/types.js';
import { sharedPath } from '../eval/shared-data.js';
import { timedStage } from './support/timed-stage.js';

type Rec = { url?: string; title?: string; text: string; published?: string; outlet?: string };

/** Detokenise IndoSum's token lists: no space before closing punctuation, none after an opening bracket. */
function detokenise(paragraphs: string[][][]): string {
  return paragraphs
    .map((p) => p.map((sent) => sent.join(' ')).join(' ').replace(/ ([.,;:!?)\]%])/g, '$1').replace(/([(\[]) /g, '$1'))
    .join('\n\n');
}

async function* gzLines(file: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(file).pipe(file.endsWith('.gz') ? createGunzip() : new PassThrough()) });
  for await (const l of rl) if (l.trim()) yield l;
}

/** The news corpora of ../shared/data as ingest records, up to `limit`. */
async function readCorpus(corpus: string, limit: number): Promise<{ recs: Rec[]; counts: Record<string, number> } | null> {
  const recs: Rec[] = [];
  const counts: Record<string, number> = {};
  const add = (name: string, r: Rec) => {
    recs.push(r);
    counts[name] = (counts[name] ?? 0) + 1;
  };
  const click = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  if (!click) return null;
  for await (const l of gzLines(click)) {
    if (recs.length >= limit) return { recs, counts };
    const r = JSON.parse(l) as { url: string; title: string; content: string; date_iso: string; source: string };
    add('news-clickid-raw', { url: r.url, title: r.title, text: r.content, published: r.date_iso, outlet: r.source });
  }
  if (corpus !== 'all') return { recs, counts };
  const detik = sharedPath('data/news-detik-summarization-1k/articles.jsonl');
  if (detik) {
    for await (const l of gzLines(detik)) {
      if (recs.length >= limit) return { recs, counts };
      const r = JSON.parse(l) as { judul: string; tautan: string; isi_berita: string };
      add('news-detik-summarization-1k', { url: r.tautan, title: r.judul, text: r.isi_berita, outlet: 'detik.com' });
    }
  }
  const indosum = sharedPath('data/news-indosum-dev/articles.jsonl.gz');
  if (indosum) {
    for await (const l of gzLines(indosum)) {
      if (recs.length >= limit) return { recs, counts };
      const r = JSON.parse(l) as { id: string; paragraphs: string[][][]; source: string; source_url: string };
      const ts = Number(r.id.split('-')[0]);
      add('news-indosum-dev', {
        url: r.source_url || `indosum:${r.id}`,
        text: detokenise(r.paragraphs),
        outlet: r.source,
        ...(Number.isFinite(ts) && ts > 0 ? { published: new Date(ts * 1000).toISOString() } : {}),
      });
    }
  }
  return { recs, counts };
}

const countingStore: IngestStore = {
  async upsertMany(a) {
    return a.map((j, i): UpsertResult => ({ id: String(i), status: 'inserted', groupId: String(i), canonicalId: String(i), match: 'none' }));
  },
};

/** CPU seconds of this process's main thread (Linux: /proc; null elsewhere), to tell its share from the workers'. */
function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

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
    const corpus = flag(flags, 'corpus') ?? 'clickid';
    const read = await readCorpus(corpus, limit);
    if (!read) return;
    const lines = read.recs.map((r) => JSON.stringify(r));
    const file = join(dir, 'sample.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const chars = lines.reduce((n, l) => n + l.length, 0);
    console.log(`${lines.length} articles (${(chars / 1e6).toFixed(1)} M chars of JSON) from ${Object.entries(read.counts).map(([k, v]) => `${k} ${v}`).join(', ')}; store: ${useSqlite ? "SQLite (throwaway file, warta's stemmer as in `warta ingest`)" : 'counting only'}`);
    // Speed-ups only mean something on an otherwise idle machine: say how busy it was.
    console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start`);

    // Baseline: the same work in this thread, no pool.
    const inputs = lines.map((l) => JSON.parse(l) as { text: string });
    const baseInputs = inputs.slice(0, Number(flag(flags, 'baseline') ?? inputs.length));
    for (let i = 0; i < Math.min(20, inputs.length); i++) toJson(analyze(inputs[i]!));
    let t = performance.now();
    for (const input of baseInputs) toJson(analyze(input));
    // Speed-ups compare rates, so a baseline over fewer articles is scaled per article.
    const basePer = (performance.now() - t) / 1000 / Math.max(1, baseInputs.length);
    console.log('mode                    articles   seconds   articles/s   speed-up');
    const row = (name: string, n: number, s: number) => console.log(`${name.padEnd(22)} ${String(n).padStart(9)} ${s.toFixed(2).padStart(9)} ${(n / s).toFixed(1).padStart(12)} ${((basePer * n) / s).toFixed(2).padStart(10)}`);
    row('main thread, no pool', baseInputs.length, basePer * baseInputs.length);

    // CPU time per stage, each stage timed inside one full pipeline run (no prefix differences, so no negative noise).
    {
      const sample = inputs.filter((_, i) => i % Math.max(1, Math.floor(inputs.length / 1000)) === 0).slice(0, 1000);
      const acc = new Float64Array(DEFAULT_STAGES.length);
      const pipe = buildPipeline(DEFAULT_STAGES.map((st, i) => timedStage(st, acc, i)));
      for (const input of sample.slice(0, 20)) pipe.run(input);
      acc.fill(0);
      const c0 = process.cpuUsage();
      for (const input of sample) pipe.run(input);
      const c = process.cpuUsage(c0);
      const totalMs = (c.user + c.system) / 1000 / sample.length;
      const stagesMs = acc.reduce((a, b) => a + b, 0) / 1000 / sample.length;
      console.log(`\nby stage, CPU time (main thread, ${sample.length} articles spread over the corpus, ms/article; toJson not included):`);
      DEFAULT_STAGES.forEach((st, i) => {
        const ms = acc[i]! / 1000 / sample.length;
        console.log(`  ${st.name.padEnd(12)} ${ms.toFixed(3).padStart(8)}  ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%`);
      });
      console.log(`  ${'(pipeline: NFC, checks)'.padEnd(12)} ${(totalMs - stagesMs).toFixed(3).padStart(8)}  ${((100 * (totalMs - stagesMs)) / totalMs).toFixed(1).padStart(5)}%`);
      console.log(`  ${'all'.padEnd(12)} ${totalMs.toFixed(3).padStart(8)}  (=> ${(1000 / totalMs).toFixed(0)} articles/s per core for pipeline.run alone)`);
    }


    for (const w of workerCounts) {
      t = performance.now();
      const depth = flag(flags, 'depth');
      const pool = new AnalyzePool({ workers: w, ...(depth ? { queueDepth: Number(depth) } : {}) });
      await Promise.all(Array.from({ length: w * 3 }, (_, i) => pool.run({ input: inputs[i % inputs.length]! })));
      const startup = (performance.now() - t) / 1000;
      let store: IngestStore = countingStore;
      let close = async () => {};
      if (useSqlite) {
        const { openStore } = await import('../src/store/open.js');
        const s = await openStore({ db: join(dir, `w${w}.db`) });
        store = s;
        close = () => s.close();
      }
      t = performance.now();
      const elu0 = performance.eventLoopUtilization();
      const cpu0 = process.cpuUsage();
      const main0 = mainThreadCpu();
      const batch = flag(flags, 'batch');
      const report = await runIngest({ sources: [file], store, pool, ...(batch ? { batchSize: Number(batch) } : {}) });
      const cpu = process.cpuUsage(cpu0);
      const main1 = mainThreadCpu();
      const elu = performance.eventLoopUtilization(elu0);
      const secs = (performance.now() - t) / 1000;
      const cpuSecs = (cpu.user + cpu.system) / 1e6;
      await close();
      await pool.close();
      row(`runIngest, ${w} worker${w > 1 ? 's' : ''}`, report.ingested + report.updated + report.unchanged, secs);
      for (const [reason, g] of Object.entries(report.reasons)) console.log(`   skipped ${g.count} (${reason}), e.g. ${g.examples[0]?.slice(0, 160)}`);
      console.log(`   queue depth ${pool.depth} per worker, store batch ${batch ?? 'default'}; process CPU ${cpuSecs.toFixed(1)} s (all threads: ${((1000 * cpuSecs) / Math.max(1, lines.length)).toFixed(2)} ms/article, ${(cpuSecs / secs).toFixed(2)} cores busy on average); workers waited ${(report.timings.waitMs / 1000).toFixed(1)} s for work (summed)`);
      if (main0 !== null && main1 !== null) {
        const mainMs = (1000 * (main1 - main0)) / Math.max(1, lines.length);
        const allMs = (1000 * cpuSecs) / Math.max(1, lines.length);
        // On 2 idle cores the main thread can do at most 1 core's work and everything at most 2 cores'.
        console.log(`   CPU per article: main thread ${mainMs.toFixed(2)} ms, other threads (workers, GC, I/O) ${(allMs - mainMs).toFixed(2)} ms; ceiling on ${availableParallelism()} idle cores min(1000/main, ${availableParallelism()}000/all) = ${Math.min(1000 / mainMs, (availableParallelism() * 1000) / allMs).toFixed(0)} articles/s`);
      }
      console.log(`   main thread busy ${(elu.utilization * 100).toFixed(0)}% of the run (${(elu.active / Math.max(1, lines.length)).toFixed(2)} ms/article: reading, coordinating, store writes)`);
      console.log(`   (pool start-up and warm-up ${startup.toFixed(1)} s, not timed; skipped ${report.skipped}; analysis ${(report.timings.analysisMs / 1000).toFixed(1)} s summed over workers, store writes ${(report.timings.storeMs / 1000).toFixed(1)} s on the main thread; load average now ${loadavg()[0]!.toFixed(1)})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
