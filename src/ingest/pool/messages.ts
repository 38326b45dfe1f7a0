import type { ArticleInput } from '../../text/document.js';
import type { PreparedAnalysis } from '../../store/prepare.js';
import type { AnalysisJson } from '../../text/schema.js';

/** A web page to turn into an article on the worker (Readability is too heavy for the coordinating thread). */
export interface PageTask {
  readonly html: string;
  readonly url?: string | null;
  /** Used when the page itself does not say (e.g. from the feed entry that linked it). */
  readonly fallback?: { readonly title?: string | null; readonly published?: string | null; readonly outlet?: string | null };
}

/** One unit of work: an article, or a page to extract first. */
export type PoolTask = { readonly input: ArticleInput; readonly page?: undefined } | { readonly page: PageTask; readonly input?: undefined };

/**
 * Main thread → worker; `prepare`: answer with the analysis prepared for a
 * store (`prepareAnalysis`); `solo`: run this task alone, not in a batch with
 * others (the pool asks so when it re-runs the tasks of a batch that crashed
 * or hung, to find the one to blame).
 */
export type TaskMessage = PoolTask & { readonly id: number; readonly prepare?: boolean; readonly solo?: boolean };

/** Worker → main thread once its modules are loaded: it takes tasks now, up to `maxBatch` at once (absent: one at a time). */
export interface ReadyMessage {
  readonly ready: true;
  readonly maxBatch?: number;
}

/**
 * Worker → main thread: the Analysis JSON (prepared for a store when the task
 * asked), or why the article failed. `waitMs`
 * is how long the worker sat idle between answering its previous task and
 * starting this one (absent for its first): time lost waiting for work.
 */
export type ResultMessage =
  | { readonly id: number; readonly ok: true; readonly json: AnalysisJson | PreparedAnalysis; readonly ms: number; readonly waitMs?: number }
  | { readonly id: number; readonly ok: false; readonly error: string; readonly code?: string; readonly ms: number; readonly waitMs?: number };
