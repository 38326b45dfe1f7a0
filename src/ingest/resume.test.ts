import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';

const CHILD = fileURLToPath(new URL('./testing/ingest-child.ts', import.meta.url));
const CITIES = ['Jakarta', 'Surabaya', 'Medan', 'Makassar', 'Denpasar', 'Padang', 'Pontianak', 'Kupang'];
const N = 60;

function runChild(args: string[], killAfterStored: number | null): Promise<{ out: string; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /stored (\d+)\n$/.exec(out);
      if (killAfterStored !== null && !killed && m && Number(m[1]) >= killAfterStored) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ out, killed }));
  });
}

test('an ingest killed with SIGKILL mid-batch and rerun stores every article exactly once', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-resume-'));
  try {
    const src = join(dir, 'berita.jsonl');
    const lines = Array.from({ length: N }, (_, i) => JSON.stringify({
      url: `https://contoh.example/berita/${i}`,
      text: `${CITIES[i % 8]} - Pemerintah kota ${CITIES[i % 8]} menyalurkan ${i + 3} ton beras bantuan kepada ${100 + i * 7} keluarga terdampak banjir pada hari ke-${i}. Kepala dinas sosial mengatakan penyaluran berlanjut hingga pekan depan.`,
    }));
    writeFileSync(src, lines.join('\n') + '\n');
    const db = join(dir, 'warta.db');
    const state = join(dir, 'warta.db.ingest-state.json');
    const first = await runChild([db, state, src], 12);
    assert.ok(first.killed, `the first run ended before it could be killed: ${first.out.slice(-200)}`);
    const before = await openSqliteStore({ path: db });
    const storedBeforeKill = await before.count();
    await before.close();
    assert.ok(storedBeforeKill >= 12 && storedBeforeKill < N, `stored before the kill: ${storedBeforeKill}`);
    const second = await runChild([db, state, src], null);
    const report = JSON.parse(/done (.*)\n/.exec(second.out)![1]!) as { ingested: number; unchanged: number; resumed: number; skipped: number };
    const store = await openSqliteStore({ path: db });
    try {
      assert.equal(await store.count(), N);
      for (const i of [0, 11, 12, 13, 37, N - 1]) {
        const hits = await store.search({ q: `hari ke-${i}`, size: 5, facets: false });
        assert.ok(hits.items.some((h) => h.url === `https://contoh.example/berita/${i}`), `article ${i} is stored`);
      }
    } finally {
      await store.close();
    }
    assert.equal(report.skipped, 0);
    // Whatever the state file had saved before the kill, the rerun stores exactly the rest.
    assert.equal(report.ingested, N - storedBeforeKill);
    assert.ok(report.unchanged >= storedBeforeKill, `the rerun found the earlier articles unchanged (${report.unchanged}, ${report.resumed} of them from the state file)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
