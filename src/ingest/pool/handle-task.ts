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

/** The answer for a task that failed with `err`: its message, and its code when it has one. */
function failure(task: TaskMessage, err: unknown, ms: number): ResultMessage {
  const e = err as { message?: string; code?: unknown };
  return { id: task.id, ok: false, error: e?.message ?? String(err), ...(typeof e?.code === 'string' ? { code: e.code } : {}), ms };
}

/** The answer for an analysed article: its JSON, prepared for a store when the task asks. */
function success(task: TaskMessage, doc: Document, ms: number): ResultMessage {
  const json = toJson(doc);
  return { id: task.id, ok: true, json: task.prepare ? prepareAnalysis(json) : json, ms };
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
    const r = success(task, analyze(input), 0);
    return { ...r, ms: performance.now() - t0 };
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
  const answers: ResultMessage[] = [];
  const inputs: ArticleInput[] = [];
  const analysed: number[] = [];
  for (const task of tasks) {
    const t0 = performance.now();
    try {
      const input = inputOf(task);
      if ('error' in input) answers.push({ id: task.id, ok: false, error: input.error, code: input.code, ms: performance.now() - t0 });
      else {
        analysed.push(answers.length);
        inputs.push(input);
        answers.push({ id: task.id, ok: true, json: null as never, ms: performance.now() - t0 });
      }
    } catch (err) {
      answers.push(failure(task, err, performance.now() - t0));
    }
  }
  if (!inputs.length) return answers;
  const t0 = performance.now();
  let docs: Array<Document | Error>;
  try {
    docs = analyzeBatch(inputs);
  } catch (err) {
    // Not expected (analyzeBatch keeps each article's failure to itself), but never lose the batch's answers.
    docs = inputs.map(() => err as Error);
  }
  const share = (performance.now() - t0) / inputs.length;
  analysed.forEach((i, k) => {
    const task = tasks[i]!;
    const t1 = performance.now();
    const doc = docs[k]!;
    let r: ResultMessage;
    try {
      r = doc instanceof Error ? failure(task, doc, 0) : success(task, doc, 0);
    } catch (err) {
      r = failure(task, err, 0);
    }
    answers[i] = { ...r, ms: answers[i]!.ms + share + performance.now() - t1 };
  });
  return answers;
}
