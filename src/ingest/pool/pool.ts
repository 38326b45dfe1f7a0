import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../../text/document.js';
import type { PreparedAnalysis } from '../../store/prepare.js';
import type { AnalysisJson } from '../../text/schema.js';
import type { PageTask, PoolTask, ReadyMessage, ResultMessage, TaskMessage } from './messages.js';

export type { PageTask, PoolTask } from './messages.js';

/** One item for {@link AnalyzePool.map}: an article (`input`) or a page to extract (`page`), and where it came from. */
export type PoolItem<S> = ({ input: ArticleInput; page?: undefined } | { page: PageTask; input?: undefined }) & { source: S };

/** Options of {@link AnalyzePool}. */
export interface PoolOptions {
  /** Worker threads (default: the machine's available parallelism). */
  readonly workers?: number;
  /**
   * An article taking longer than this is failed and its worker replaced
   * (default 60 000 ms; 0 = no limit). Counted from when the worker answered
   * the task before it (or later, if this thread was busy then), not from
   * when it was queued. A worker analysing several tasks together answers
   * them together: when such a batch goes over the limit, its tasks run again
   * one by one, and only one over the limit on its own fails.
   */
  readonly taskTimeoutMs?: number;
  /** Worker module, for tests (default `./worker.ts` or `./worker.js` beside this module). */
  readonly workerUrl?: URL;
  /**
   * Tasks posted to each worker ahead of time (default 32; 1 = one at a time).
   * A worker with a queue goes on working while this thread is busy (e.g. in a
   * synchronous store write of 64 articles, about 100 ms) instead of waiting
   * for it to hand out the next task.
   */
  readonly queueDepth?: number;
}

/** The outcome of one article: its Analysis JSON (`J`), or with `prepare` the same prepared for a store. */
export type PoolResult<S, J = AnalysisJson> =
  | { ok: true; source: S; json: J; ms: number; waitMs?: number }
  | { ok: false; source: S; error: string; code?: string; ms: number; waitMs?: number };

/** Options of {@link AnalyzePool.map}. */
export interface MapOptions {
  /** Yield results in input order (default) or as they finish. */
  readonly ordered?: boolean;
  /** Articles in flight at most (default: workers × (queue depth + 1)): the source is read no faster than the pool works. */
  readonly maxInFlight?: number;
  /** Stop reading new items; in-flight ones still finish and are yielded. */
  readonly signal?: AbortSignal;
  /** Workers also prepare each analysis for a store (`prepareAnalysis`), so that the writing thread only writes. */
  readonly prepare?: boolean;
}

interface Pending {
  msg: TaskMessage;
  resolve: (r: ResultMessage) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its modules (it says so with `{ ready: true }`); tasks wait until then. */
  ready: boolean;
  /**
   * Tasks posted to the worker, oldest first. The worker runs them in order,
   * one at a time or in batches of up to `maxBatch` of those already posted,
   * so the first is running (with up to `maxBatch - 1` after it) and the rest wait.
   */
  tasks: Pending[];
  /** Tasks the worker analyses together at most, as it said when ready (1 until then). */
  maxBatch: number;
  /** The first task's timeout, armed when it became first (when the worker answered the one before, or later if this thread was busy). */
  timer: NodeJS.Timeout | null;
}

// Under tsx (tests, `npm run warta`) this module is .ts and the worker must load tsx too; compiled (dist/), it is plain .js.
const SELF = import.meta.url;
const RUNNING_TS = /\.[cm]?ts$/.test(new URL(SELF).pathname);
/** tsx's register API, resolved from this module so that it loads whatever the working directory. */
const TSX_API = RUNNING_TS ? resolveTsxApi() : '';

function resolveTsxApi(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return 'tsx/esm/api';
  }
}

/** Consecutive workers dying before they are ready, after which the pool gives up. */
const MAX_START_FAILURES = 3;
const DEFAULT_WORKER = new URL(RUNNING_TS ? './worker.ts' : './worker.js', SELF);

/**
 * A pool of worker threads running `analyze()` + `toJson()`; the calling
 * thread only hands out articles and collects JSON. A worker that crashes or
 * an article that throws or hangs becomes that article's error; the pool
 * replaces the worker and goes on.
 *
 * @example
 * const pool = new AnalyzePool({ workers: 2 });
 * for await (const r of pool.map(items)) if (r.ok) await store.upsert(r.json);
 * await pool.close();
 */
export class AnalyzePool {
  readonly size: number;
  /** Tasks posted to each worker at most (see {@link PoolOptions.queueDepth}). */
  readonly depth: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly timeoutMs: number;
  private readonly workerUrl: URL;
  private nextId = 0;
  private closed = false;
  private startFailures = 0;
  private broken: string | null = null;

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, Math.floor(opts.workers ?? availableParallelism()));
    this.depth = Math.max(1, Math.floor(opts.queueDepth ?? 32));
    this.timeoutMs = opts.taskTimeoutMs ?? 60_000;
    this.workerUrl = opts.workerUrl ?? DEFAULT_WORKER;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const ts = /\.[cm]?ts$/.test(this.workerUrl.pathname);
    // Node 20 ignores `--import tsx` in a worker's execArgv, so a .ts worker is started by a small
    // bootstrap that registers tsx in the thread first; compiled .js workers start directly.
    const worker = ts
      ? new Worker(`import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(this.workerUrl.href)}); })`, { eval: true })
      : new Worker(this.workerUrl);
    const slot: Slot = { worker, ready: false, tasks: [], maxBatch: 1, timer: null };
    worker.on('message', (m: ResultMessage | ReadyMessage) => {
      if ('ready' in m) {
        slot.ready = true;
        slot.maxBatch = Math.max(1, m.maxBatch ?? 1);
        this.startFailures = 0;
        this.pump();
        return;
      }
      const t = slot.tasks[0];
      if (!t || t.msg.id !== m.id) return;
      slot.tasks.shift();
      this.arm(slot);
      t.resolve(m);
      this.pump();
    });
    const lost = (why: string) => {
      this.disarm(slot);
      const crashed = (t: Pending) => t.resolve({ id: t.msg.id, ok: false, error: why, code: 'worker-crashed', ms: 0 });
      if (this.closed) {
        const [t, ...rest] = slot.tasks;
        slot.tasks = [];
        if (t) crashed(t);
        for (const q of rest) q.resolve({ id: q.msg.id, ok: false, error: 'the pool was closed', code: 'closed', ms: 0 });
        return;
      }
      this.blame(slot, crashed);
      if (!slot.ready && ++this.startFailures >= MAX_START_FAILURES) {
        // Workers that die while loading will not get better: fail what waits instead of respawning forever.
        this.broken = `workers cannot start: ${why}`;
        for (const q of this.queue.splice(0)) q.resolve({ id: q.msg.id, ok: false, error: this.broken, code: 'worker-start', ms: 0 });
        return;
      }
      this.replace(slot);
    };
    worker.on('error', (err) => lost(`the worker crashed: ${err.message}`));
    worker.on('exit', (code) => {
      if (slot.tasks.length || (!this.closed && this.slots.includes(slot))) lost(`the worker exited with code ${code}`);
    });
    // Kept referenced: an idle pool holds the process open until `close()`, which every owner calls.
    return slot;
  }

  /** A fresh worker in the slot's place; the others take the waiting tasks meanwhile. */
  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
    this.pump();
  }

  /** Time the slot's first task; a task over the limit fails and its (maybe looping) worker is replaced. */
  private arm(slot: Slot): void {
    this.disarm(slot);
    const first = slot.tasks[0];
    if (!first || this.timeoutMs <= 0) return;
    slot.timer = setTimeout(() => {
      if (slot.tasks[0] !== first) return;
      slot.timer = null;
      this.blame(slot, (t) => t.resolve({ id: t.msg.id, ok: false, error: `analysis took longer than ${this.timeoutMs} ms`, code: 'timeout', ms: this.timeoutMs }));
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) this.slots.splice(i, 1, this.spawn());
      void slot.worker.terminate();
      this.pump();
    }, this.timeoutMs);
  }

  /**
   * Empty the slot of a worker that crashed or hung, to run its tasks
   * elsewhere. Only the task the worker was running is its fault: when the
   * worker ran its first task alone, that one gets `fail` and the rest go
   * back to the queue. A worker that batches may have been running any of its
   * first `maxBatch` tasks; those run again, each alone (`solo`), so that the
   * one that crashes or hangs on its own is found and fails, as without
   * batches, while the healthy ones succeed (each task is re-run at most once).
   */
  private blame(slot: Slot, fail: (t: Pending) => void): void {
    const [first, ...rest] = slot.tasks;
    slot.tasks = [];
    if (!first) return;
    if (slot.maxBatch <= 1 || first.msg.solo) {
      fail(first);
      this.queue.unshift(...rest);
      return;
    }
    const suspects = [first, ...rest.slice(0, slot.maxBatch - 1)];
    for (const p of suspects) p.msg = { ...p.msg, solo: true };
    this.queue.unshift(...suspects, ...rest.slice(slot.maxBatch - 1));
  }

  private disarm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** Hand waiting tasks out, each to the ready worker with the shortest queue, up to the depth. */
  private pump(): void {
    while (this.queue.length && !this.closed) {
      let best: Slot | null = null;
      for (const s of this.slots) if (s.ready && s.tasks.length < this.depth && (!best || s.tasks.length < best.tasks.length)) best = s;
      if (!best) return;
      const next = this.queue.shift()!;
      best.tasks.push(next);
      if (best.tasks.length === 1) this.arm(best);
      best.worker.postMessage(next.msg);
    }
  }

  /** Analyse one article (or extract and analyse one page) on a worker; `prepare`: see {@link MapOptions.prepare}. */
  run(task: PoolTask, opts: { prepare?: boolean } = {}): Promise<ResultMessage> {
    if (this.closed) return Promise.reject(new Error('the pool is closed'));
    if (this.broken) return Promise.resolve({ id: -1, ok: false, error: this.broken, code: 'worker-start', ms: 0 });
    return new Promise((resolve) => {
      const id = this.nextId++;
      const prepare = opts.prepare ? { prepare: true } : {};
      const msg: TaskMessage = task.input ? { id, input: task.input, ...prepare } : { id, page: task.page!, ...prepare };
      this.queue.push({ msg, resolve });
      this.pump();
    });
  }

  /**
   * Analyse a stream of articles with bounded memory: at most `maxInFlight`
   * are read ahead. Each result carries its item's `source`.
   */
  map<S>(items: AsyncIterable<PoolItem<S>> | Iterable<PoolItem<S>>, opts?: MapOptions & { prepare?: false }): AsyncGenerator<PoolResult<S>>;
  map<S>(items: AsyncIterable<PoolItem<S>> | Iterable<PoolItem<S>>, opts: MapOptions & { prepare: true }): AsyncGenerator<PoolResult<S, PreparedAnalysis>>;
  async *map<S>(items: AsyncIterable<PoolItem<S>> | Iterable<PoolItem<S>>, opts: MapOptions = {}): AsyncGenerator<PoolResult<S, AnalysisJson | PreparedAnalysis>> {
    const ordered = opts.ordered ?? true;
    const maxInFlight = Math.max(1, opts.maxInFlight ?? this.size * (this.depth + 1));
    const it = Symbol.asyncIterator in items ? (items as AsyncIterable<PoolItem<S>>)[Symbol.asyncIterator]() : (items as Iterable<PoolItem<S>>)[Symbol.iterator]();
    type R = PoolResult<S, AnalysisJson | PreparedAnalysis>;
    const finished = new Map<number, R>();
    const ready: R[] = [];
    let seq = 0;
    let nextOut = 0;
    let inFlight = 0;
    let exhausted = false;
    let wake: (() => void) | null = null;
    const settle = (n: number, r: R) => {
      inFlight--;
      if (ordered) finished.set(n, r);
      else ready.push(r);
      const w = wake;
      wake = null;
      w?.();
    };
    try {
      for (;;) {
        while (!exhausted && inFlight < maxInFlight && !opts.signal?.aborted) {
          const r = await it.next();
          if (r.done) {
            exhausted = true;
            break;
          }
          const n = seq++;
          const item = r.value;
          const source = item.source;
          inFlight++;
          this.run(item.input ? { input: item.input } : { page: item.page! }, { prepare: opts.prepare ?? false }).then(
            (m) => {
              const wait = m.waitMs !== undefined ? { waitMs: m.waitMs } : {};
              settle(n, m.ok ? { ok: true, source, json: m.json, ms: m.ms, ...wait } : { ok: false, source, error: m.error, ...(m.code ? { code: m.code } : {}), ms: m.ms, ...wait });
            },
            (err: Error) => settle(n, { ok: false, source, error: err.message, ms: 0 }),
          );
        }
        if (ordered) {
          while (finished.has(nextOut)) {
            const r = finished.get(nextOut)!;
            finished.delete(nextOut++);
            yield r;
          }
        } else {
          while (ready.length) yield ready.shift()!;
        }
        if (inFlight === 0 && (exhausted || opts.signal?.aborted) && !ready.length && !finished.has(nextOut)) return;
        if (inFlight > 0 && !(ordered ? finished.has(nextOut) : ready.length)) await new Promise<void>((r) => (wake = r));
      }
    } finally {
      if (!exhausted) await it.return?.();
    }
  }

  /** Stop all workers; pending tasks fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) this.disarm(s);
    for (const q of this.queue.splice(0)) q.resolve({ id: q.msg.id, ok: false, error: 'the pool was closed', code: 'closed', ms: 0 });
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
