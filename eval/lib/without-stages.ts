import { DEFAULT_STAGES } from '../../src/analyze.js';
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
