import type { DocumentView } from '../text/document.js';
import type { LayerName, Layers } from '../text/layers.js';
import type { DiagnosticJson } from '../text/schema.js';

/** Collects expected problems found while a stage runs, with positions. */
export interface DiagnosticSink {
  report(d: Omit<DiagnosticJson, 'stage'>): void;
}

/**
 * A pipeline stage: one function from the document so far to the layers it
 * adds. `requires` and `produces` are checked once, when the pipeline is
 * built. `languages` lists the document languages the stage applies to
 * (`'any'` for language-independent stages); on other languages its layers
 * stay absent.
 */
export interface Stage<P extends LayerName = LayerName> {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly produces: readonly P[];
  readonly languages: 'any' | readonly string[];
  run(doc: DocumentView, diagnostics: DiagnosticSink): Pick<Layers, P>;
}

/** Helper that keeps the literal type of `produces`. */
export function defineStage<P extends LayerName>(stage: Stage<P>): Stage<P> {
  return Object.freeze(stage);
}

/** A stage of any output, as held in a pipeline's list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any>;
