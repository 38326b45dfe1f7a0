import type { ArticleInput, Document } from '../text/document.js';
import type { LayerName, Layers } from '../text/layers.js';
import type { DiagnosticJson } from '../text/schema.js';
import { nfcWithMap } from '../text/source-map.js';
import { ErrorCodes, WartaError } from './errors.js';
import type { AnyStage as Stage } from './stage.js';

/** A checked, frozen sequence of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Run every stage over one article. Throws only on bugs (WartaError W003/W004). */
  run(input: ArticleInput): Document;
  /**
   * Run every stage over a batch of articles, stage by stage (each stage over
   * the whole batch before the next: faster than `run` one at a time, as each
   * stage's code and tables stay warm). Each article gets exactly what `run`
   * gives it, in input order; an article on which `run` would throw gets that
   * WartaError in its place instead, and the others go on.
   */
  runBatch(inputs: readonly ArticleInput[]): Array<Document | WartaError>;
}

/**
 * Check the stage order once and freeze it: every required layer must be
 * produced by an earlier stage, and no layer may be produced twice (a stage
 * never edits another stage's layer).
 */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const producedBy = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const r of stage.requires) {
      if (!producedBy.has(r)) {
        throw new WartaError(ErrorCodes.PIPELINE_MISSING_LAYER, `stage "${stage.name}" requires layer "${r}", which no earlier stage produces`);
      }
    }
    for (const p of stage.produces) {
      const other = producedBy.get(p);
      if (other) throw new WartaError(ErrorCodes.PIPELINE_DUPLICATE_LAYER, `layer "${p}" is produced by both "${other}" and "${stage.name}"`);
      producedBy.set(p, stage.name);
    }
  }
  const frozen = Object.freeze([...stages]);
  return Object.freeze({
    stages: frozen,
    run: (input: ArticleInput) => runStages(frozen, input),
    runBatch: (inputs: readonly ArticleInput[]) => runStagesBatch(frozen, inputs),
  });
}

/** One article on its way through the stages: the document so far and what has been recorded about it. */
interface ArticleRun {
  readonly text: string;
  readonly map: Document['sourceMap'];
  readonly meta: Document['meta'];
  readonly layers: Partial<Layers>;
  readonly diagnostics: DiagnosticJson[];
  readonly ran: Array<{ name: string; version: string }>;
  readonly view: { text: string; meta: Document['meta']; layers: Partial<Layers> };
}

function startArticle(input: ArticleInput): ArticleRun {
  // Checked here rather than met as a TypeError inside NFC normalisation: callers without types (JSON, the
  // HTTP API, plain JavaScript) get the same clear W006 from run and runBatch.
  if (typeof input !== 'object' || input === null || typeof input.text !== 'string') {
    const got = typeof input !== 'object' || input === null ? `a ${input === null ? 'null' : typeof input}` : `text of type ${input.text === null ? 'null' : typeof input.text}`;
    throw new WartaError(ErrorCodes.BAD_INPUT, `an article must be an object whose "text" is a string; got ${got}`);
  }
  const { text, map } = nfcWithMap(input.text);
  const { text: _omit, ...meta } = input;
  const layers: Partial<Layers> = {};
  return { text, map, meta, layers, diagnostics: [], ran: [], view: { text, meta, layers } };
}

function finishArticle(a: ArticleRun): Document {
  return { text: a.text, sourceMap: a.map, meta: a.meta, layers: a.layers, stages: a.ran, diagnostics: a.diagnostics };
}

/**
 * Run one stage over one article, or skip it (other language, or an input
 * layer absent because an earlier stage was skipped). The one per-stage step
 * of both `run` and `runBatch`. Throws a WartaError on bugs (W003/W004).
 */
function runStage(stage: Stage, a: ArticleRun): void {
  const { layers, diagnostics } = a;
  if (!appliesTo(stage, layers)) {
    diagnostics.push({
      code: 'stage-skipped-language', severity: 'info', stage: stage.name,
      message: `skipped: text is not in a language this stage handles (${(stage.languages as readonly string[]).join(', ')})`,
    });
    return;
  }
  // A skipped stage's dependants are skipped too: their input is absent.
  if (stage.requires.some((r: LayerName) => layers[r] === undefined)) return;
  const sink = { report: (d: Omit<DiagnosticJson, 'stage'>) => diagnostics.push({ ...d, stage: stage.name }) };
  let out: Partial<Layers>;
  try {
    out = stage.run(a.view, sink);
  } catch (err) {
    if (err instanceof WartaError) throw err;
    throw new WartaError(ErrorCodes.STAGE_FAILED, `stage "${stage.name}" failed: ${(err as Error)?.message ?? err}`, { cause: err });
  }
  // Checked, not left to Object.keys' TypeError: runBatch relies on this step throwing only WartaErrors.
  if (typeof out !== 'object' || out === null) throw new WartaError(ErrorCodes.STAGE_WRONG_OUTPUT, `stage "${stage.name}" returned no layers`);
  for (const key of Object.keys(out) as LayerName[]) {
    if (!stage.produces.includes(key)) {
      throw new WartaError(ErrorCodes.STAGE_WRONG_OUTPUT, `stage "${stage.name}" returned layer "${key}" it does not declare`);
    }
  }
  for (const key of stage.produces as readonly LayerName[]) {
    if (!(key in out)) throw new WartaError(ErrorCodes.STAGE_WRONG_OUTPUT, `stage "${stage.name}" did not return its layer "${key}"`);
    (layers as Record<string, unknown>)[key] = out[key];
  }
  a.ran.push({ name: stage.name, version: stage.version });
}

function runStages(stages: readonly Stage[], input: ArticleInput): Document {
  const a = startArticle(input);
  for (const stage of stages) runStage(stage, a);
  return finishArticle(a);
}

function runStagesBatch(stages: readonly Stage[], inputs: readonly ArticleInput[]): Array<Document | WartaError> {
  const runs: Array<ArticleRun | WartaError> = inputs.map((input) => {
    try {
      return startArticle(input);
    } catch (err) {
      // startArticle throws only W006 (input that is not an article), as run() does.
      return err as WartaError;
    }
  });
  // Stage-major: each stage's code and tables stay hot in the CPU caches over the whole batch.
  for (const stage of stages) {
    for (let i = 0; i < runs.length; i++) {
      const a = runs[i]!;
      if (a instanceof WartaError) continue;
      try {
        runStage(stage, a);
      } catch (err) {
        // runStage throws only WartaErrors; this article stops here, the others go on.
        runs[i] = err as WartaError;
      }
    }
  }
  return runs.map((a) => (a instanceof WartaError ? a : finishArticle(a)));
}

/** Whether `stage` handles the language the `language` layer found (Indonesian until it has run; undetermined text too). */
export function appliesTo(stage: Stage, layers: Partial<Layers>): boolean {
  if (stage.languages === 'any') return true;
  const lang = layers.language;
  // Before language identification has run, assume the default language.
  if (!lang) return stage.languages.includes('id');
  // Undetermined (short or mixed) text is analysed as Indonesian, the default.
  return stage.languages.includes(lang.code === 'und' ? 'id' : lang.code);
}
