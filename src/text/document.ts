import type { Layers, LayerName } from './layers.js';
import type { DiagnosticJson } from './schema.js';
import type { SourceMap } from './source-map.js';

/** One article as it enters the pipeline. Only `text` is required. */
export interface ArticleInput {
  readonly text: string;
  readonly id?: string;
  readonly title?: string | null;
  readonly url?: string | null;
  readonly outlet?: string | null;
  /** Publication date or date-time (ISO 8601); used as the document creation time. */
  readonly published?: string | null;
}

/**
 * One article under analysis: an immutable text plus standoff layers.
 * Stages read it through `DocumentView` and return new layers; only the
 * pipeline writes `layers`.
 */
export interface Document {
  readonly text: string;
  readonly sourceMap: SourceMap;
  readonly meta: Omit<ArticleInput, 'text'>;
  readonly layers: Partial<Layers>;
  readonly stages: Array<{ name: string; version: string }>;
  readonly diagnostics: DiagnosticJson[];
}

/** What a stage sees: the text, the input's metadata and the layers before it. */
export interface DocumentView {
  readonly text: string;
  readonly meta: Omit<ArticleInput, 'text'>;
  readonly layers: Readonly<Partial<Layers>>;
}

/** Read a layer a stage declared in `requires`; the pipeline guarantees it is present. */
export function need<K extends LayerName>(doc: DocumentView, name: K): Layers[K] {
  const layer = doc.layers[name];
  if (layer === undefined) throw new Error(`layer "${name}" is missing: the pipeline should have refused this order`);
  return layer as Layers[K];
}
