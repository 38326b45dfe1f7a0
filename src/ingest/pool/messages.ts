import type { ArticleInput } from '../../text/document.js';
import type { AnalysisJson } from '../../text/schema.js';

/** Main thread → worker: analyse one article. */
export interface TaskMessage {
  readonly id: number;
  readonly input: ArticleInput;
}

/** Worker → main thread: the Analysis JSON, or why the article failed. */
export type ResultMessage =
  | { readonly id: number; readonly ok: true; readonly json: AnalysisJson; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly error: string; readonly code?: string; readonly ms: number };
