import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIngestReport } from './report.js';

test('the report groups skipped items by reason, most frequent first, and says how to resume', () => {
  const text = formatIngestReport({
    ingested: 40, updated: 2, unchanged: 10, resumed: 8, skipped: 5, interrupted: true, elapsedMs: 4000, timings: { analysisMs: 7000, storeMs: 500, waitMs: 3000 },
    reasons: {
      'fetch-http-error': { count: 1, examples: ['https://contoh.example/hilang: HTTP 404'] },
      'bad-json': { count: 4, examples: ['berita.jsonl:7: not valid JSON'] },
    },
  });
  const lines = text.split('\n');
  assert.match(lines[0]!, /^interrupted in 4s: 57 items \(12\.3\/s\)$/);
  assert.equal(lines[5], '  time       analysis 7s summed over workers, store writes 1s, workers waiting for work 3s');
  assert.ok(lines.indexOf('    bad-json: 4') < lines.indexOf('    fetch-http-error: 1'));
  assert.ok(text.includes('      berita.jsonl:7: not valid JSON'));
  assert.equal(lines.at(-1), 'run the same command again to resume');
});
