/**
 * A pool worker for tests only: like worker.ts but one task at a time, each
 * answered as `misbehave` says (KRASH, MACET, LEMPAR, LAMBAT).
 */
import { parentPort } from 'node:worker_threads';
import { misbehave } from './misbehave.fixture.js';
import { serveTasks } from './serve-tasks.js';

serveTasks(parentPort!, (task) => misbehave(task));
