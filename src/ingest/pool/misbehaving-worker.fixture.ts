/**
 * A pool worker for tests only: like worker.ts, but `KRASH` makes the
 * thread die, `MACET` makes it spin forever and `LEMPAR` makes it throw.
 */
import { parentPort } from 'node:worker_threads';
import type { TaskMessage } from './messages.js';

const port = parentPort!;
port.on('message', (task: TaskMessage) => {
  if (task.input?.text === 'KRASH') process.exit(3);
  if (task.input?.text === 'MACET') for (;;);
  if (task.input?.text === 'LEMPAR') return port.postMessage({ id: task.id, ok: false, error: 'dilempar', ms: 0 });
  port.postMessage({ id: task.id, ok: true, json: { format: 'warta/analysis', text: task.input?.text } as never, ms: 0 });
});
port.postMessage({ ready: true });
