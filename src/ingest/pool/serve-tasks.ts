import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { ResultMessage, TaskMessage } from './messages.js';

/**
 * The message loop of a pool worker: answer each task with `handle`, in the
 * order posted, adding how long the worker sat idle since its previous
 * answer (`waitMs`), then tell the pool it is ready. Call once the worker's
 * modules are loaded: the pool times tasks only from then on.
 */
export function serveTasks(port: MessagePort, handle: (task: TaskMessage) => ResultMessage): void {
  serveTaskBatches(port, (tasks) => tasks.map(handle), 1);
}

/**
 * Like {@link serveTasks}, but hands `handle` up to `maxBatch` tasks at once:
 * those the pool has already posted when the worker is free (it never waits
 * for more), so that they can be analysed together (`analyzeBatch`). Answers
 * go back in the order posted, all of a batch once it is done; a task the pool
 * marks `solo` always runs alone. The worker tells the pool its `maxBatch` when
 * ready: the pool then knows which tasks may have been running when it crashes.
 */
export function serveTaskBatches(port: MessagePort, handle: (tasks: readonly TaskMessage[]) => ResultMessage[], maxBatch: number): void {
  const cap = Math.max(1, Math.floor(maxBatch));
  const waiting: TaskMessage[] = [];
  let lastDone: number | null = null;
  port.on('message', (task: TaskMessage) => {
    waiting.push(task);
    while (waiting.length) {
      // Top up from what is already in the port; the 'message' event fires only for what this leaves there.
      for (let m; waiting.length < cap && (m = receiveMessageOnPort(port)); ) waiting.push(m.message as TaskMessage);
      const batch = waiting.splice(0, batchLength(waiting, cap));
      const start = performance.now();
      const results = handle(batch);
      results.forEach((r, i) => {
        // Only the batch's first task can have found the worker idle; the others were waiting for it.
        const waitMs = i > 0 ? 0 : lastDone === null ? undefined : start - lastDone;
        port.postMessage(waitMs === undefined ? r : { ...r, waitMs });
      });
      lastDone = performance.now();
    }
  });
  port.postMessage({ ready: true, maxBatch: cap });
}

/** How many of the waiting tasks run together: a `solo` task alone, otherwise the leading tasks up to the first solo one. */
function batchLength(waiting: readonly TaskMessage[], cap: number): number {
  if (waiting[0]!.solo) return 1;
  let n = 1;
  while (n < cap && n < waiting.length && !waiting[n]!.solo) n++;
  return n;
}
