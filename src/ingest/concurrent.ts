/**
 * Map an iterable through an async function with at most `limit` calls in
 * flight, yielding results as they finish (not in input order).
 */
export async function* mapConcurrent<T, R>(items: Iterable<T> | AsyncIterable<T>, limit: number, fn: (item: T) => Promise<R>, signal?: AbortSignal): AsyncGenerator<R> {
  const it = Symbol.asyncIterator in items ? (items as AsyncIterable<T>)[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  const running = new Map<number, Promise<{ key: number; value: R }>>();
  let key = 0;
  let exhausted = false;
  for (;;) {
    while (!exhausted && running.size < limit && !signal?.aborted) {
      const r = await it.next();
      if (r.done) {
        exhausted = true;
        break;
      }
      const k = key++;
      running.set(k, fn(r.value).then((value) => ({ key: k, value })));
    }
    if (running.size === 0) return;
    const { key: k, value } = await Promise.race(running.values());
    running.delete(k);
    yield value;
  }
}
