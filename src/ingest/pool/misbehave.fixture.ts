/**
 * For tests only: what the test workers do with one task. `KRASH` makes the
 * thread die, `MACET` makes it spin forever, `LEMPAR` makes it throw and
 * `LAMBAT` makes it sleep 150 ms. Answers carry the thread's id (and `extra`),
 * so tests can tell which worker ran a task.
 */
import { threadId } from 'node:worker_threads';
import type { ResultMessage, TaskMessage } from './messages.js';

const nap = new Int32Array(new SharedArrayBuffer(4));

export function misbehave(task: TaskMessage, extra: Record<string, unknown> = {}): ResultMessage {
  if (task.input?.text === 'KRASH') process.exit(3);
  if (task.input?.text === 'MACET') for (;;);
  if (task.input?.text === 'LEMPAR') return { id: task.id, ok: false, error: 'dilempar', ms: 0 };
  // Blocks the thread like a slow article would: later messages wait in the port.
  if (task.input?.text === 'LAMBAT') Atomics.wait(nap, 0, 0, 150);
  return { id: task.id, ok: true, json: { format: 'warta/analysis', text: task.input?.text, meta: { threadId, ...extra } } as never, ms: 0 };
}
