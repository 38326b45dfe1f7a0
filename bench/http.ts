/**
 * `npm run bench -- http [--clients=200] [--seconds=30]`: the HTTP API under
 * load on loopback. Serves a throwaway SQLite store holding the demo corpus on
 * 127.0.0.1, then `clients` concurrent loops send a mix of reads (searches
 * with and without facets, entity listing and detail, quotes, article by id)
 * for a fixed time, and prints requests/second, status counts (any 5xx or
 * network error is a failure) and latency percentiles. Bounded in time and
 * only ever talks to 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

function flag(flags: string[], name: string, def: number): number {
  const f = flags.find((x) => x.startsWith(`--${name}=`));
  return f ? Math.max(1, Number(f.slice(name.length + 3))) : def;
}

export async function main(flags: string[]): Promise<void> {
  const clients = Math.min(flag(flags, 'clients', 200), 1000);
  const seconds = Math.min(flag(flags, 'seconds', 30), 300);
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-http-'));
  // The server runs in its own process: sharing one event loop with 200 client loops would measure the client.
  const child = fork(fileURLToPath(new URL('./support/http-server.ts', import.meta.url)), [join(dir, 'bench.db')], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const info = await new Promise<{ url: string; ids: string[]; entities: string[]; count: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as never));
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)));
  });
  const s = { url: info.url };
  try {
    const { ids, entities } = info;
    const words = ['kpk', 'revisi', 'presiden', 'dpr', 'jakarta', 'korupsi', 'undang', 'pemerintah', 'nato', 'ukraina', 'polisi', 'menteri'];
    const paths: string[] = [];
    for (let i = 0; i < 200; i++) {
      const w = words[i % words.length]!;
      switch (i % 7) {
        case 0: paths.push(`/v1/articles?q=${w}`); break;
        case 1: paths.push(`/v1/articles?q=${w}&facets=false&sort=date`); break;
        case 2: paths.push(`/v1/entities?size=20&page=${1 + (i % 3)}`); break;
        case 3: paths.push(`/v1/entities/${entities[i % Math.max(1, entities.length)] ?? 'org-kpk'}`); break;
        case 4: paths.push(`/v1/quotes?q=${w}`); break;
        case 5: paths.push(`/v1/articles/${ids[i % Math.max(1, ids.length)] ?? 'x'}`); break;
        default: paths.push(`/v1/articles?q=${w}&from=2019-09-01&to=2019-09-30`);
      }
    }
    console.log(`${info.count} articles; ${clients} clients for ${seconds} s against ${s.url}`);
    const lat: number[] = [];
    const status = new Map<string, number>();
    const deadline = performance.now() + seconds * 1000;
    let k = 0;
    const loop = async () => {
      while (performance.now() < deadline) {
        const path = paths[k++ % paths.length]!;
        const t0 = performance.now();
        let key: string;
        try {
          const r = await fetch(s.url + path);
          await r.arrayBuffer();
          key = String(r.status);
        } catch (e) {
          key = `error ${(e as Error).message}`;
        }
        lat.push(performance.now() - t0);
        status.set(key, (status.get(key) ?? 0) + 1);
      }
    };
    const t = performance.now();
    await Promise.all(Array.from({ length: clients }, loop));
    const elapsed = (performance.now() - t) / 1000;
    lat.sort((a, b) => a - b);
    const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))]!.toFixed(1);
    const failures = [...status].filter(([k]) => !/^[23]\d\d$/.test(k)).reduce((n, [, v]) => n + v, 0);
    console.log(`${lat.length} requests in ${elapsed.toFixed(1)} s = ${(lat.length / elapsed).toFixed(0)} req/s`);
    console.log(`status: ${[...status].map(([k, v]) => `${k}×${v}`).join(', ')}; failures (5xx or network): ${failures}`);
    console.log(`latency ms: p50 ${pct(50)}  p95 ${pct(95)}  p99 ${pct(99)}  max ${lat[lat.length - 1]!.toFixed(1)}`);
    if (failures) process.exitCode = 1;
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.send('stop');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}
