import { buildPipeline } from '../../src/pipeline/pipeline.js';
import type { ArticleInput, Document } from '../../src/text/document.js';
import { analyze, DEFAULT_STAGES } from '../../src/analyze.js';
import type { AnyStage } from '../../src/pipeline/stage.js';
import type { LayerName } from '../../src/text/layers.js';

/**
 * The default stages minus the named ones and every stage that needs a
 * layer only they produce (dropping `entities` drops `persons` too).
 */
export function stagesWithout(names: readonly string[]): AnyStage[] {
  const dropped = new Set(names);
  let kept = [...DEFAULT_STAGES];
  for (;;) {
    const produced = new Set<LayerName>(kept.filter((s) => !dropped.has(s.name)).flatMap((s) => [...s.produces] as LayerName[]));
    const next = kept.filter((s) => !dropped.has(s.name) && s.requires.every((r: LayerName) => produced.has(r)));
    if (next.length === kept.length) return next;
    for (const s of kept) if (!next.includes(s)) dropped.add(s.name);
    kept = next;
  }
}

/**
 * The analyser an evaluation runs: the default `analyze`, or — with
 * `--without=<stage>` flags — the pipeline minus those stages (and their
 * dependants), to show a layer's fallbacks. Prints which stages were left out.
 */
export function analyzerFromFlags(flags: readonly string[]): (input: ArticleInput) => Document {
  const without = flags.filter((f) => f.startsWith('--without=')).map((f) => f.slice('--without='.length));
  if (!without.length) return analyze;
  const pipeline = buildPipeline(stagesWithout(without));
  console.log(`pipeline without: ${without.join(', ')}`);
  return (input) => pipeline.run(input);
}
