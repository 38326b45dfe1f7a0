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
import { serveTasks } from '../pool/serve-tasks.js';

const pipeline = buildPipeline([normalizeStage, structureStage]);
serveTasks(parentPort!, (task) => handleTask(task, (input) => pipeline.run(input)));
