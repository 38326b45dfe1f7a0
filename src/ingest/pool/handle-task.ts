import { prepareAnalysis } from '../../store/prepare.js';
import type { ArticleInput, Document } from '../../text/document.js';
import { toJson } from '../../text/to-json.js';
import { htmlToArticle } from '../html/html-to-article.js';
import type { ResultMessage, TaskMessage } from './messages.js';

function inputOf(task: TaskMessage): ArticleInput | { error: string; code: string } {
  if (task.input) return task.input;
  const r = htmlToArticle(task.page.html, { url: task.page.url ?? null, ...(task.page.fallback ? { fallback: task.page.fallback } : {}) });
  return r.ok ? r.article.input : { error: r.problem.message, code: r.problem.reason };
}

/**
 * What a pool worker does with one task: extract the page when it is one,
 * analyse, and answer with the JSON (prepared for a store when asked) or the
 * error. Never throws.
 */
export function handleTask(task: TaskMessage, analyze: (input: ArticleInput) => Document): ResultMessage {
  const t0 = performance.now();
  try {
    const input = inputOf(task);
    if ('error' in input) return { id: task.id, ok: false, error: input.error, code: input.code, ms: performance.now() - t0 };
    const json = toJson(analyze(input));
    return { id: task.id, ok: true, json: task.prepare ? prepareAnalysis(json) : json, ms: performance.now() - t0 };
  } catch (err) {
    const e = err as { message?: string; code?: unknown };
    return { id: task.id, ok: false, error: e?.message ?? String(err), ...(typeof e?.code === 'string' ? { code: e.code } : {}), ms: performance.now() - t0 };
  }
}
