/** Where an ingest job stands. */
export interface ProgressSnapshot {
  /** Items finished (stored, unchanged, skipped or failed). */
  readonly done: number;
  /** Items expected in all, when known (estimated for JSONL files and feeds); null when unknown. */
  readonly total: number | null;
  readonly ingested: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly elapsedMs: number;
}

interface Writable {
  write(s: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Options of {@link ProgressRenderer}. */
export interface ProgressOptions {
  /** Default `process.stdout`. */
  readonly stream?: Writable;
  /** Force the bar (true) or plain lines (false); default: a bar when the stream is a TTY. */
  readonly tty?: boolean;
  /** Plain mode: one line at most this often (default 5000 ms). */
  readonly lineIntervalMs?: number;
  /** Label in front of each line (default `ingest`). */
  readonly label?: string;
}

/** The rate is measured over this trailing window, so it follows changes of pace. */
const RATE_WINDOW_MS = 10_000;
/** Redraw the bar at most ten times a second. */
const BAR_INTERVAL_MS = 100;

/** Seconds as `1h02m`, `3m05s` or `42s`. */
export function formatDuration(sec: number): string {
  if (!Number.isFinite(sec) || sec < 0) return '?';
  const s = Math.round(sec);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/**
 * Renders ingest progress: a redrawn bar with items, rate and ETA on a
 * terminal, and plain periodic lines otherwise (logs, CI, pipes).
 *
 * @example
 * const progress = new ProgressRenderer();
 * await runIngest({ sources, store, onProgress: (p) => progress.update(p) });
 * progress.finish();
 */
export class ProgressRenderer {
  private readonly stream: Writable;
  private readonly tty: boolean;
  private readonly lineIntervalMs: number;
  private readonly label: string;
  private readonly samples: Array<[number, number]> = [];
  private lastDraw = 0;
  private last: ProgressSnapshot | null = null;
  private drewBar = false;

  constructor(opts: ProgressOptions = {}) {
    this.stream = opts.stream ?? process.stdout;
    this.tty = opts.tty ?? Boolean(this.stream.isTTY);
    this.lineIntervalMs = opts.lineIntervalMs ?? 5000;
    this.label = opts.label ?? 'ingest';
  }

  /** Items per second over the trailing window. */
  rate(): number {
    const s = this.samples;
    if (s.length < 2) return 0;
    const [t0, d0] = s[0]!;
    const [t1, d1] = s[s.length - 1]!;
    return t1 > t0 ? ((d1 - d0) * 1000) / (t1 - t0) : 0;
  }

  /** Record a snapshot; draws when due. */
  update(p: ProgressSnapshot): void {
    this.last = p;
    const now = p.elapsedMs;
    this.samples.push([now, p.done]);
    while (this.samples.length > 2 && now - this.samples[0]![0] > RATE_WINDOW_MS) this.samples.shift();
    const due = this.tty ? BAR_INTERVAL_MS : this.lineIntervalMs;
    if (now - this.lastDraw < due && this.lastDraw !== 0) return;
    this.lastDraw = now || 1;
    this.draw(p);
  }

  /** Draw the final state and end the bar's line. */
  finish(): void {
    if (this.last) this.draw(this.last, true);
    if (this.tty && this.drewBar) this.stream.write('\n');
  }

  /** The text of one status line (without bar). */
  line(p: ProgressSnapshot, final = false): string {
    const rate = final && p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : this.rate();
    const total = p.total !== null && p.total >= p.done ? p.total : null;
    const eta = total !== null && rate > 0 && !final ? ` ETA ${formatDuration((total - p.done) / rate)}` : '';
    const of = total !== null ? `/${total}` : '';
    return `${p.done}${of} items, ${rate.toFixed(1)}/s${eta} — new ${p.ingested}, updated ${p.updated}, unchanged ${p.unchanged}, skipped ${p.skipped}, ${formatDuration(p.elapsedMs / 1000)}`;
  }

  private draw(p: ProgressSnapshot, final = false): void {
    const text = this.line(p, final);
    if (!this.tty) {
      this.stream.write(`${this.label}: ${text}\n`);
      return;
    }
    const cols = Math.max(40, this.stream.columns ?? 100);
    const barWidth = Math.max(10, Math.min(30, cols - text.length - this.label.length - 10));
    const frac = p.total ? Math.min(1, p.done / p.total) : 0;
    const filled = Math.round(frac * barWidth);
    const bar = p.total ? `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${String(Math.floor(frac * 100)).padStart(3)}% ` : '';
    const out = `${this.label} ${bar}${text}`.slice(0, cols - 1);
    this.stream.write(`\r${out}\u001b[K`);
    this.drewBar = true;
  }
}
