/**
 * Worker-thread entry of the analysis pool: extracts the article when sent a
 * page, analyses it and posts back its Analysis JSON. An article that throws
 * (or a page that is not an article) is answered with an error; the worker
 * goes on with the next one.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../analyze.js';
import { toJson } from '../../text/to-json.js';
import { htmlToArticle } from '../html/html-to-article.js';
import type { ArticleInput } from '../../text/document.js';
import type { ResultMessage, TaskMessage } from './messages.js';

if (!parentPort) throw new Error('warta pool worker: must run in a worker thread');
const port = parentPort;

function inputOf(task: TaskMessage): ArticleInput | { error: string; code: string } {
  if (task.input) return task.input;
  const r = htmlToArticle(task.page.html, { url: task.page.url ?? null });
  if (!r.ok) return { error: r.problem.message, code: r.problem.reason };
  const a = r.article.input;
  const fb = task.page.fallback ?? {};
  return { ...a, title: a.title ?? fb.title ?? null, published: a.published ?? fb.published ?? null, outlet: a.outlet ?? fb.outlet ?? null };
}

port.on('message', (task: TaskMessage) => {
  const t0 = performance.now();
  let msg: ResultMessage;
  try {
    const input = inputOf(task);
    if ('error' in input) msg = { id: task.id, ok: false, error: input.error, code: input.code, ms: performance.now() - t0 };
    else msg = { id: task.id, ok: true, json: toJson(analyze(input)), ms: performance.now() - t0 };
  } catch (err) {
    const e = err as { message?: string; code?: unknown };
    msg = { id: task.id, ok: false, error: e?.message ?? String(err), ...(typeof e?.code === 'string' ? { code: e.code } : {}), ms: performance.now() - t0 };
  }
  port.postMessage(msg);
});
