/**
 * `npm run bench -- store [--n=2000] [--replicate=1] [--batch=100] [--queries=500] [--no-reupsert] [--pg] [--keep=<file>] [--reuse=<file>] [--slow=K]`:
 * corpus store throughput and search latency on real news.
 *
 * Analyses N articles from news-clickid-raw first (timed separately, not part
 * of the store figures; the demo corpus when ../shared is absent), then writes
 * the Analysis JSON into a fresh SQLite file in batches and prints
 * articles/second for inserts (with dedupe, derived rows and FTS), for
 * re-upserting the same articles (the idempotent path), and p50/p95 latency of
 * varied searches (words from titles, with and without filters and facets).
 * `--replicate=K` stores every analysis K times under varied ids (as the
 * issue's scale test does), so N analysed articles make an N×K store; the
 * copies are exact duplicates, grouped. With `--pg` the same runs against a
 * throwaway PostgreSQL server too. `--no-reupsert` skips the second
 * (idempotent) pass, which at 200k articles doubles the run for no new
 * search figure. `--keep=<file>` builds the SQLite store at that path and
 * leaves it (with the queries beside it in `<file>.queries.json`);
 * `--reuse=<file>` then skips analysis and inserts and only searches that
 * store, so query changes can be profiled without a long rebuild.
 * `--slow=K` prints the K slowest queries and p50/p95 by kind of query. The load average is printed before and
 * after each run, since the machine is shared; for SQLite the process CPU time of each search is printed too
 * (p50/p95/p99), which the load inflates far less than wall time.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze } from '../src/analyze.js';
import { toJson } from '../src/text/to-json.js';
import { stem } from '../src/stages/stems/stem.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import { postgresUnavailable, startTestPostgres } from '../src/store/postgres/test-server.js';
import { readDemoCorpus } from '../src/http/demo-corpus.js';
import type { ArticleInput } from '../src/text/document.js';
import type { AnalysisJson } from '../src/text/schema.js';
import type { CorpusStore, SearchQuery } from '../src/store/types.js';
import { sharedPath } from '../eval/shared-data.js';

function flag(flags: string[], name: string, def: number): number {
  const f = flags.find((x) => x.startsWith(`--${name}=`));
  return f ? Number(f.slice(name.length + 3)) : def;
}

async function readInputs(n: number): Promise<ArticleInput[]> {
  const src = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  if (!src) return readDemoCorpus();
  const out: ArticleInput[] = [];
  const rl = createInterface({ input: createReadStream(src).pipe(createGunzip()) });
  for await (const l of rl) {
    if (out.length >= n) break;
    const r = JSON.parse(l) as { url: string; title: string; content: string; date_iso: string; source: string };
    out.push({ url: r.url, title: r.title, text: r.content, published: r.date_iso, outlet: r.source });
  }
  rl.close();
  return out;
}

function strFlag(flags: string[], name: string): string | undefined {
  const f = flags.find((x) => x.startsWith(`--${name}=`));
  return f ? f.slice(name.length + 3) : undefined;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Deterministic varied queries: one or two title words, some with an outlet, a date range, facets or date sort. */
function makeQueries(analyses: AnalysisJson[], count: number): SearchQuery[] {
  const words = analyses.flatMap((a) => (a.meta.title ?? '').toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const outlets = [...new Set(analyses.map((a) => a.meta.outlet).filter(Boolean))] as string[];
  const queries: SearchQuery[] = [];
  let seed = 12345;
  const rnd = (k: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % k;
  };
  for (let i = 0; i < count && words.length; i++) {
    const q: SearchQuery = { q: i % 3 === 0 ? `${words[rnd(words.length)]} ${words[rnd(words.length)]}` : words[rnd(words.length)]! };
    if (i % 4 === 1 && outlets.length) q.outlet = outlets[rnd(outlets.length)]!;
    if (i % 5 === 2) Object.assign(q, { from: '2019-09-05', to: '2019-09-20' });
    if (i % 2 === 0) q.facets = false;
    if (i % 7 === 3) q.sort = 'date';
    queries.push(q);
  }
  return queries;
}

async function run(label: string, store: CorpusStore, analyses: AnalysisJson[], batch: number, queries: SearchQuery[], reupsert = true, slow = 0): Promise<void> {
  console.log(`${label}: load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} before inserts`);
  let t = performance.now();
  let near = 0;
  for (let i = 0; i < analyses.length; i += batch) {
    const r = await store.upsertMany(analyses.slice(i, i + batch));
    near += r.filter((x) => x.match !== 'none').length;
  }
  const insertS = (performance.now() - t) / 1000;
  t = performance.now();
  if (reupsert) for (let i = 0; i < analyses.length; i += batch) await store.upsertMany(analyses.slice(i, i + batch));
  const againS = (performance.now() - t) / 1000;
  console.log(`${label}: load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} before searches`);
  const lat: number[] = [];
  // CPU time of the process during each search: what the query costs whatever else the shared machine runs
  // (wall time on 2 cores at load 10 is several times longer). Meaningful for the in-process SQLite store only.
  const cpu: number[] = [];
  const byQuery: { ms: number; q: SearchQuery; total: number }[] = [];
  let hits = 0;
  for (const q of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const total = (await store.search(q)).total;
    hits += total > 0 ? 1 : 0;
    lat.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    byQuery.push({ ms: lat[lat.length - 1]!, q, total });
  }
  lat.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  if (slow > 0) {
    for (const x of [...byQuery].sort((a, b) => b.ms - a.ms).slice(0, slow)) console.log(`slow ${x.ms.toFixed(1)} ms total ${x.total} ${JSON.stringify(x.q)}`);
    // The same latencies by kind of query, to see which filters or sorts make the tail.
    const kinds = new Map<string, number[]>();
    for (const x of byQuery) {
      const k = [x.q.outlet ? 'outlet' : '', x.q.from ? 'days' : '', x.q.sort === 'date' ? 'by-date' : 'by-relevance', x.q.facets === false ? '' : 'facets'].filter(Boolean).join('+');
      kinds.set(k, [...(kinds.get(k) ?? []), x.ms]);
    }
    for (const [k, ms] of [...kinds].sort()) {
      ms.sort((a, b) => a - b);
      console.log(`kind ${k.padEnd(32)} ${String(ms.length).padStart(4)} queries  p50 ${percentile(ms, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(ms, 95).toFixed(1).padStart(6)} ms`);
    }
  }
  console.log(
    `${label.padEnd(10)} insert ${(analyses.length / insertS).toFixed(0).padStart(6)} articles/s  ` +
      (reupsert ? `re-upsert ${(analyses.length / againS).toFixed(0).padStart(6)} articles/s  ` : '') +
      `grouped as duplicates ${near}  ` +
      `search p50 ${percentile(lat, 50).toFixed(2)} ms p95 ${percentile(lat, 95).toFixed(2)} ms p99 ${percentile(lat, 99).toFixed(2)} ms max ${lat[lat.length - 1]!.toFixed(2)} ms (${queries.length} queries, ${hits} with hits)`,
  );
  if (store.kind === 'sqlite') console.log(`${label.padEnd(10)} search CPU time per query p50 ${percentile(cpu, 50).toFixed(2)} ms p95 ${percentile(cpu, 95).toFixed(2)} ms p99 ${percentile(cpu, 99).toFixed(2)} ms`);
  console.log(`${label}: load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} after searches; ${analyses.length} articles stored`);
}

export async function main(flags: string[]): Promise<void> {
  const n = flag(flags, 'n', 2000);
  const batch = flag(flags, 'batch', 100);
  const slow = flag(flags, 'slow', 0);
  const reuse = strFlag(flags, 'reuse');
  if (reuse) {
    if (!existsSync(reuse)) throw new Error(`--reuse: no store at ${reuse}`);
    const queries = JSON.parse(readFileSync(`${reuse}.queries.json`, 'utf8')) as SearchQuery[];
    const s = await openSqliteStore({ path: reuse, stem });
    console.log(`reusing ${reuse}: ${await s.count()} articles`);
    await run('sqlite', s, [], batch, queries, false, slow);
    await s.close();
    return;
  }
  const keep = strFlag(flags, 'keep');
  const inputs = await readInputs(n);
  let t = performance.now();
  const analyses = inputs.map((i) => toJson(analyze(i)));
  console.log(`${analyses.length} articles analysed in ${((performance.now() - t) / 1000).toFixed(1)} s (not counted below); batches of ${batch}`);
  const queries = makeQueries(analyses, flag(flags, 'queries', 500));
  const replicate = Math.max(1, flag(flags, 'replicate', 1));
  if (replicate > 1) {
    const base = analyses.slice();
    for (let k = 1; k < replicate; k++) for (const a of base) analyses.push({ ...a, meta: { ...a.meta, id: `r${k}-${analyses.length}` } });
    console.log(`replicated ${replicate}× under varied ids: ${analyses.length} articles`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-store-'));
  try {
    if (keep) writeFileSync(`${keep}.queries.json`, JSON.stringify(queries));
    const s = await openSqliteStore({ path: keep ?? join(dir, 'bench.db'), stem });
    await run('sqlite', s, analyses, batch, queries, !flags.includes('--no-reupsert'), slow);
    await s.close();
    if (flags.includes('--pg')) {
      const why = postgresUnavailable();
      if (why) console.log(`postgres skipped: ${why}`);
      else {
        const server = await startTestPostgres();
        try {
          const p = await openPostgresStore({ connectionString: await server.createDatabase(), stem });
          await run('postgres', p, analyses, batch, queries);
          await p.close();
        } finally {
          await server.stop();
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
