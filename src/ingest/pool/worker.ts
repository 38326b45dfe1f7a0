/**
 * Worker-thread entry of the analysis pool: extracts the article when sent a
 * page, analyses it with the default pipeline and posts back its Analysis
 * JSON. An article that throws (or a page that is not an article) is
 * answered with an error; the worker goes on with the next one.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../analyze.js';
import { handleTask } from './handle-task.js';
import type { TaskMessage } from './messages.js';

if (!parentPort) throw new Error('warta pool worker: must run in a worker thread');
const port = parentPort;
port.on('message', (task: TaskMessage) => port.postMessage(handleTask(task, analyze)));
// Modules are loaded: tell the pool, which times tasks only from here on.
port.postMessage({ ready: true });
