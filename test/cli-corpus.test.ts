import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/shared-data.js';

const BIN = join(REPO_ROOT, 'bin', 'warta.js');
const EXAMPLE = join(REPO_ROOT, 'examples', 'tempo-stoltenberg-kyiv.txt');
let dir = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-corpus-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function warta(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('ingest stores articles once, reports bad records, and a re-run changes nothing', () => {
  const db = join(dir, 'corpus.db');
  const jsonl = join(dir, 'batch.jsonl');
  writeFileSync(jsonl, [
    JSON.stringify({ text: 'Jakarta - Banjir merendam ratusan rumah di Jakarta Timur, Senin (5/2/2024).', url: 'https://example.org/banjir' }),
    '{broken',
    JSON.stringify({ text: 'Menteri Keuangan Sri Mulyani Indrawati mengatakan ekonomi tumbuh 5 persen.', url: 'https://example.org/ekonomi' }),
  ].join('\n') + '\n');
  const first = warta(['ingest', jsonl, EXAMPLE, '--db', db, '--json', '-j', '1']);
  assert.equal(first.code, 0, first.stderr);
  const report = JSON.parse(first.stdout);
  assert.equal(report.ingested, 3);
  assert.equal(report.skipped, 1);
  assert.match(first.stderr, /batch\.jsonl:2/);
  const second = warta(['ingest', jsonl, EXAMPLE, '--db', db, '--json', '-j', '1', '--no-resume']);
  assert.equal(second.code, 0, second.stderr);
  const again = JSON.parse(second.stdout);
  assert.equal(again.ingested, 0);
  assert.equal(again.unchanged, 3, JSON.stringify(again));
});

test('ingest without a source is a usage error', () => {
  const r = warta(['ingest']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /give at least one source/);
});

test('serve answers search over the stored corpus on loopback and serves the API docs', async () => {
  const db = join(dir, 'serve.db');
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 120_000);
      child.stderr!.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /serving \d+ articles \(sqlite\) at (http:\/\/[^\s]+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
    });
    const res = await fetch(`${url}/v1/articles?q=Stoltenberg&size=3`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { total: number; items: Array<{ snippet: string }> };
    assert.ok(body.total >= 1, 'the demo corpus holds the example article');
    assert.match(JSON.stringify(body.items), /Stoltenberg/);
    const openapi = await fetch(`${url}/openapi.json`);
    assert.equal(openapi.status, 200);
    assert.ok(((await openapi.json()) as { paths: object }).paths);
  } finally {
    child.kill('SIGTERM');
  }
  assert.ok(readFileSync(db).length > 0);
});
