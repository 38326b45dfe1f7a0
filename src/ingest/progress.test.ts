import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, ProgressRenderer, type ProgressSnapshot } from './progress.js';

const snap = (done: number, elapsedMs: number, total: number | null = 100): ProgressSnapshot => ({ done, total, ingested: done, updated: 0, unchanged: 0, skipped: 0, elapsedMs });

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, columns: 120, write: (s: string) => out.push(s) } };
}

test('plain mode writes whole lines at most once per interval', () => {
  const { out, stream } = sink(false);
  const p = new ProgressRenderer({ stream, lineIntervalMs: 1000 });
  for (let t = 0; t <= 3000; t += 100) p.update(snap(t / 100, t));
  p.finish();
  assert.ok(out.length >= 3 && out.length <= 6, `${out.length} lines`);
  for (const l of out) assert.match(l, /^ingest: \d+\/100 items, [\d.]+\/s/);
  assert.ok(out.every((l) => l.endsWith('\n') && !l.includes('\r')));
  assert.match(out.at(-1)!, /^ingest: 30\/100 items, 10\.0\/s/);
});

test('on a terminal the bar is redrawn in place with rate and ETA', () => {
  const { out, stream } = sink(true);
  const p = new ProgressRenderer({ stream });
  p.update(snap(0, 0));
  p.update(snap(50, 5000));
  assert.match(out.at(-1)!, /^\r.*\[#+\.+\]\s+50% 50\/100 items, 10\.0\/s ETA 5s/);
  p.finish();
  assert.equal(out.at(-1), '\n');
});

test('durations', () => {
  const table: Array<[number, string]> = [[42, '42s'], [185, '3m05s'], [3720, '1h02m'], [Infinity, '?']];
  for (const [s, want] of table) assert.equal(formatDuration(s), want);
});
