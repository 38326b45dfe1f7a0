import type { MessagePort } from 'node:worker_threads';
import type { ResultMessage, TaskMessage } from './messages.js';

/**
 * The message loop of a pool worker: answer each task with `handle`, in the
 * order posted, adding how long the worker sat idle since its previous
 * answer (`waitMs`), then tell the pool it is ready. Call once the worker's
 * modules are loaded: the pool times tasks only from then on.
 */
export function serveTasks(port: MessagePort, handle: (task: TaskMessage) => ResultMessage): void {
  let lastDone: number | null = null;
  port.on('message', (task: TaskMessage) => {
    const start = performance.now();
    const r = handle(task);
    port.postMessage(lastDone === null ? r : { ...r, waitMs: start - lastDone });
    lastDone = performance.now();
  });
  port.postMessage({ ready: true });
}
