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
  return Object.freeze({ stages: frozen, run: (input: ArticleInput) => runStages(frozen, input) });
}

function runStages(stages: readonly Stage[], input: ArticleInput): Document {
  const { text, map } = nfcWithMap(input.text);
  const { text: _omit, ...meta } = input;
  const layers: Partial<Layers> = {};
  const diagnostics: DiagnosticJson[] = [];
  const ran: Array<{ name: string; version: string }> = [];
  const view = { text, meta, layers };
  for (const stage of stages) {
    if (!appliesTo(stage, layers)) {
      diagnostics.push({
        code: 'stage-skipped-language', severity: 'info', stage: stage.name,
        message: `skipped: text is not in a language this stage handles (${(stage.languages as readonly string[]).join(', ')})`,
      });
      continue;
    }
    // A skipped stage's dependants are skipped too: their input is absent.
    if (stage.requires.some((r: LayerName) => layers[r] === undefined)) continue;
    const sink = { report: (d: Omit<DiagnosticJson, 'stage'>) => diagnostics.push({ ...d, stage: stage.name }) };
    let out: Partial<Layers>;
    try {
      out = stage.run(view, sink);
    } catch (err) {
      if (err instanceof WartaError) throw err;
      throw new WartaError(ErrorCodes.STAGE_FAILED, `stage "${stage.name}" failed: ${(err as Error)?.message ?? err}`, { cause: err });
    }
    for (const key of Object.keys(out) as LayerName[]) {
      if (!stage.produces.includes(key)) {
        throw new WartaError(ErrorCodes.STAGE_WRONG_OUTPUT, `stage "${stage.name}" returned layer "${key}" it does not declare`);
      }
    }
    for (const key of stage.produces as readonly LayerName[]) {
      if (!(key in out)) throw new WartaError(ErrorCodes.STAGE_WRONG_OUTPUT, `stage "${stage.name}" did not return its layer "${key}"`);
      (layers as Record<string, unknown>)[key] = out[key];
    }
    ran.push({ name: stage.name, version: stage.version });
  }
  return { text, sourceMap: map, meta, layers, stages: ran, diagnostics };
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
