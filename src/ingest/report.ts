import type { IngestReport } from './job.js';
import { formatDuration } from './progress.js';

/**
 * The closing report of an ingest job as text: counts, then skipped items
 * grouped by reason with a few examples each.
 *
 * @example
 * console.log(formatIngestReport(await runIngest(opts)));
 */
export function formatIngestReport(r: IngestReport): string {
  const secs = r.elapsedMs / 1000;
  const handled = r.ingested + r.updated + r.unchanged + r.skipped;
  const lines = [
    `${r.interrupted ? 'interrupted' : 'done'} in ${formatDuration(secs)}: ${handled} items (${secs > 0 ? ((handled - r.resumed) / secs).toFixed(1) : '0'}/s)`,
    `  new        ${r.ingested}`,
    `  updated    ${r.updated}`,
    `  unchanged  ${r.unchanged}${r.resumed ? ` (${r.resumed} finished by an earlier run, not read again)` : ''}`,
    `  skipped    ${r.skipped}`,
    `  time       analysis ${formatDuration(r.timings.analysisMs / 1000)} summed over workers, store writes ${formatDuration(r.timings.storeMs / 1000)}, workers waiting for work ${formatDuration(r.timings.waitMs / 1000)}`,
  ];
  const reasons = Object.entries(r.reasons).sort((a, b) => b[1].count - a[1].count);
  for (const [reason, g] of reasons) {
    lines.push(`    ${reason}: ${g.count}`);
    for (const e of g.examples) lines.push(`      ${e}`);
  }
  if (r.interrupted) lines.push('run the same command again to resume');
  return lines.join('\n');
}
