/**
 * A stage wrapper that adds the CPU time of each `run` (user + system,
 * microseconds) into a shared accumulator. Benchmarks use it to time every
 * stage inside one full pipeline run, so each stage sees exactly the layers it
 * sees in production and no prefix-difference noise goes negative.
 */
import type { AnyStage } from '../../src/pipeline/stage.js';

export function timedStage(stage: AnyStage, acc: Float64Array, i: number): AnyStage {
  return {
    name: stage.name,
    version: stage.version,
    requires: stage.requires,
    produces: stage.produces,
    languages: stage.languages,
    run(doc, sink) {
      const c0 = process.cpuUsage();
      try {
        return stage.run(doc, sink);
      } finally {
        const c = process.cpuUsage(c0);
        acc[i] = acc[i]! + c.user + c.system;
      }
    },
  };
}
