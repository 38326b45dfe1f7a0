/**
 * Per-host politeness: at most `concurrency` requests in flight to one host,
 * and at least `delayMs` between the starts of two requests to it.
 */
export class HostGate {
  private readonly hosts = new Map<string, { active: number; lastStart: number; waiting: Array<() => void> }>();

  constructor(
    private readonly concurrency = 1,
    private readonly delayMs = 1000,
  ) {}

  /** Wait for a slot on `host`; call the returned function when the request is done. */
  async acquire(host: string, delayMs = this.delayMs, signal?: AbortSignal): Promise<() => void> {
    let h = this.hosts.get(host);
    if (!h) this.hosts.set(host, (h = { active: 0, lastStart: -Infinity, waiting: [] }));
    const state = h;
    while (state.active >= this.concurrency) await new Promise<void>((resolve) => state.waiting.push(resolve));
    state.active++;
    const wait = state.lastStart + delayMs - Date.now();
    state.lastStart = Math.max(Date.now(), state.lastStart + delayMs);
    if (wait > 0) {
      try {
        await sleep(wait, signal);
      } catch (err) {
        this.release(host, state);
        throw err;
      }
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release(host, state);
    };
  }

  private release(host: string, state: { active: number; waiting: Array<() => void> }): void {
    state.active--;
    const next = state.waiting.shift();
    if (next) next();
    else if (state.active === 0 && this.hosts.size > 10_000) this.hosts.delete(host);
  }
}

/** setTimeout as a promise that an AbortSignal can cut short. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
