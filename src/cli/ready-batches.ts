/**
 * Group a stream's items into batches of up to `max`, taking only items that
 * are ready: after the first item of a batch, each further one is awaited only
 * until the event loop's next turn (`setImmediate`). Items already buffered
 * (the rest of a file chunk) join the batch; a source that has to wait for
 * input (a pipe, a slow reader) ends the batch there, so nothing waits for
 * items that have not arrived. An error from the source comes after the
 * batch of the items read before it, as it would one item at a time.
 *
 * @example
 * for await (const batch of readyBatches(readArticles(file), 16)) analyzeBatch(batch.map(...));
 */
export async function* readyBatches<T>(items: AsyncIterable<T>, max: number): AsyncGenerator<T[]> {
  const it = items[Symbol.asyncIterator]();
  let next: Promise<IteratorResult<T>> | null = null;
  let done = false;
  try {
    while (!done) {
      const first = await (next ?? it.next());
      next = null;
      if (first.done) return;
      const batch = [first.value];
      let failure: { err: unknown } | null = null;
      while (batch.length < max) {
        next = it.next();
        let r: IteratorResult<T> | typeof NOT_YET;
        try {
          r = await Promise.race([next, notYet()]);
        } catch (err) {
          failure = { err };
          break;
        }
        if (r === NOT_YET) break; // keep `next` for the following batch
        next = null;
        if (r.done) {
          done = true;
          break;
        }
        batch.push(r.value);
      }
      yield batch;
      if (failure) throw failure.err;
    }
  } finally {
    // Stopped early (the consumer broke off or threw): let the source close its file. With a read
    // still pending, an async generator's return() waits for it (on a pipe, for input that may never
    // come), so then the source is only told to close, and the consumer's break or error goes on at once.
    if (!done) {
      const closing = it.return?.();
      if (next) closing?.catch(() => {});
      else await closing;
    }
  }
}

const NOT_YET = Symbol('not yet');

function notYet(): Promise<typeof NOT_YET> {
  return new Promise((resolve) => setImmediate(() => resolve(NOT_YET)));
}
