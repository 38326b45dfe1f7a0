/**
 * A pool worker for the ingest job's tests: the real task handling (page
 * extraction, JSON, errors) over a two-stage pipeline, so the job's tests
 * exercise the job, start fast and do not depend on every stage of the day.
 */
import { parentPort } from 'node:worker_threads';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { normalizeStage } from '../../stages/normalize/normalize.js';
import { structureStage } from '../../stages/structure/structure.js';
import { handleTask } from '../pool/handle-task.js';
import type { TaskMessage } from '../pool/messages.js';

const pipeline = buildPipeline([normalizeStage, structureStage]);
const port = parentPort!;
port.on('message', (task: TaskMessage) => port.postMessage(handleTask(task, (input) => pipeline.run(input))));
// Modules are loaded: tell the pool, which times tasks only from here on.
port.postMessage({ ready: true });
