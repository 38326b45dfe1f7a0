/**
 * A pool worker for tests only: takes tasks in batches of up to 4, like
 * worker.ts does (of 16), each task answered as `misbehave` says; a KRASH or
 * MACET anywhere in a batch takes the whole batch down. Answers carry the
 * size of the batch they ran in (`meta.batch`) and how many tasks the thread
 * has handled so far (`meta.handled`).
 */
import { parentPort } from 'node:worker_threads';
import { misbehave } from './misbehave.fixture.js';
import { serveTaskBatches } from './serve-tasks.js';

let handled = 0;
serveTaskBatches(parentPort!, (tasks) => tasks.map((t) => misbehave(t, { batch: tasks.length, handled: ++handled })), 4);
