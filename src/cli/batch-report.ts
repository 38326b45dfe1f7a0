import type { Writable } from 'node:stream';
import type { RecordSource } from '../ingest/read-articles.js';

/** At most this many example locations are listed per reason, so a huge bad file stays readable. */
const MAX_EXAMPLES = 5;

/**
 * Counts what a batch did and what it skipped, grouped by reason, and
 * prints it at the end: a batch never stops on a bad record, but it never
 * hides one either.
 */
export class BatchReport {
  private done = 0;
  private readonly skipped = new Map<string, { n: number; examples: string[] }>();

  ok(): void {
    this.done++;
  }

  skip(source: RecordSource, reason: string, message: string): void {
    const where = source.line ? `${source.file}:${source.line}` : source.file === '-' ? 'stdin' : source.file;
    const entry = this.skipped.get(reason) ?? { n: 0, examples: [] };
    entry.n++;
    if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(`${where}: ${message}`);
    this.skipped.set(reason, entry);
  }

  get skippedCount(): number {
    let n = 0;
    for (const e of this.skipped.values()) n += e.n;
    return n;
  }

  /** Print the summary; quiet when one article went through with nothing skipped. */
  print(err: Writable, verb: string): void {
    const skipped = this.skippedCount;
    if (skipped === 0 && this.done <= 1) return;
    err.write(`warta: ${verb} ${this.done} article${this.done === 1 ? '' : 's'}, skipped ${skipped}\n`);
    for (const [reason, e] of this.skipped) {
      err.write(`  ${e.n} × ${reason}\n`);
      for (const ex of e.examples) err.write(`      ${ex}\n`);
      if (e.n > e.examples.length) err.write(`      ... and ${e.n - e.examples.length} more\n`);
    }
  }

  /** 0 when something was processed, 1 when nothing could be. */
  exitCode(): number {
    return this.done > 0 ? 0 : 1;
  }
}
