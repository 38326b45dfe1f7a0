/**
 * Worker-thread entry of the analysis pool: extracts the article when sent a
 * page, analyses it with the default pipeline and posts back its Analysis
 * JSON. An article that throws (or a page that is not an article) is
 * answered with an error; the worker goes on with the next one.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../analyze.js';
import { handleTask } from './handle-task.js';
import { serveTasks } from './serve-tasks.js';

if (!parentPort) throw new Error('warta pool worker: must run in a worker thread');
serveTasks(parentPort, (task) => handleTask(task, analyze));
