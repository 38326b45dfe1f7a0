/**
 * Worker-thread entry of the analysis pool: analyses each article it is
 * sent and posts back its Analysis JSON. An article that throws is answered
 * with an error message; the worker goes on with the next one.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../analyze.js';
import { toJson } from '../../text/to-json.js';
import type { ResultMessage, TaskMessage } from './messages.js';

if (!parentPort) throw new Error('warta pool worker: must run in a worker thread');
const port = parentPort;

port.on('message', (task: TaskMessage) => {
  const t0 = performance.now();
  let msg: ResultMessage;
  try {
    const json = toJson(analyze(task.input));
    msg = { id: task.id, ok: true, json, ms: performance.now() - t0 };
  } catch (err) {
    const e = err as { message?: string; code?: unknown };
    msg = { id: task.id, ok: false, error: e?.message ?? String(err), ...(typeof e?.code === 'string' ? { code: e.code } : {}), ms: performance.now() - t0 };
  }
  port.postMessage(msg);
});
