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

/** The answer for a task that failed with `err`, taking `ms`: its message, and its code when it has one. */
function failure(task: TaskMessage, err: unknown, ms: number): ResultMessage {
  const e = err as { message?: string; code?: unknown };
  return { id: task.id, ok: false, error: e?.message ?? String(err), ...(typeof e?.code === 'string' ? { code: e.code } : {}), ms };
}

/**
 * The answer for an analysed article: its JSON, prepared for a store when the
 * task asks. Its `ms` is `ms0` plus the time since `t0`, so the JSON work counts.
 */
function success(task: TaskMessage, doc: Document, ms0: number, t0: number): ResultMessage {
  const json = toJson(doc);
  return { id: task.id, ok: true, json: task.prepare ? prepareAnalysis(json) : json, ms: ms0 + performance.now() - t0 };
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
    return success(task, analyze(input), 0, t0);
  } catch (err) {
    return failure(task, err, performance.now() - t0);
  }
}

/**
 * What a pool worker does with a batch of tasks: extract the pages, analyse
 * the articles together with `analyzeBatch` (stage by stage, faster than one
 * at a time) and answer each task as {@link handleTask} would, in order; an
 * article that fails is that task's error only. Never throws. Each answer's
 * `ms` is its own extraction and JSON time plus an even share of the batch's
 * analysis, so that the answers still add up to the time spent.
 */
export function handleTasks(tasks: readonly TaskMessage[], analyzeBatch: (inputs: readonly ArticleInput[]) => Array<Document | Error>): ResultMessage[] {
  // Tasks that failed before analysis are answered at once; the others wait in `pending` for the batch.
  const answers = new Array<ResultMessage>(tasks.length);
  const pending: Array<{ at: number; input: ArticleInput; ms: number }> = [];
  tasks.forEach((task, at) => {
    const t0 = performance.now();
    try {
      const input = inputOf(task);
      if ('error' in input) answers[at] = { id: task.id, ok: false, error: input.error, code: input.code, ms: performance.now() - t0 };
      else pending.push({ at, input, ms: performance.now() - t0 });
    } catch (err) {
      answers[at] = failure(task, err, performance.now() - t0);
    }
  });
  if (!pending.length) return answers;
  const t0 = performance.now();
  let docs: Array<Document | Error>;
  try {
    docs = analyzeBatch(pending.map((p) => p.input));
  } catch (err) {
    // Not expected (analyzeBatch keeps each article's failure to itself), but never lose the batch's answers.
    docs = pending.map(() => err as Error);
  }
  const share = (performance.now() - t0) / pending.length;
  pending.forEach(({ at, ms }, k) => {
    const task = tasks[at]!;
    const t1 = performance.now();
    const doc = docs[k]!;
    try {
      answers[at] = doc instanceof Error ? failure(task, doc, ms + share) : success(task, doc, ms + share, t1);
    } catch (err) {
      answers[at] = failure(task, err, ms + share + performance.now() - t1);
    }
  });
  return answers;
}
