/**
 * One timex scan per article, shared by the dct stage (which reads it to infer the date of an article
 * without `published`) and the timexes stage. One article at a time the two stages run back to back;
 * stage-major (`Pipeline.runBatch`) the dct stage scans a whole batch before the timexes stage reads the
 * first scan, so a scan is kept per article rather than only the last.
 *
 * Scans are kept by the article's normalized layer, the object both stages read the text from, in a
 * WeakMap: a kept scan never keeps its article alive, and goes with it.
 */
import type { NormalizedLayer } from '../../text/layers.js';
import { scanTimexes, type Scan } from './grammar.js';
import { freshUnits, keepUnits, releaseUnits } from './lex.js';

const kept = new WeakMap<NormalizedLayer, Scan>();

/** The scan of `layer.folded`, kept for the timexes stage's `takeScan` (the dct stage's read). */
export function scanToShare(layer: NormalizedLayer): Scan {
  let scan = kept.get(layer);
  if (scan === undefined) {
    scan = scanTimexes(layer.folded);
    kept.set(layer, scan);
  }
  // Its units outlive the next scan of the batch (lex.ts copies them out of the shared buffers then).
  keepUnits(scan.units);
  return scan;
}

/**
 * The scan of `layer.folded`: the one `scanToShare` kept, if any, else a new one. The timexes stage reads
 * last: the kept scan is let go.
 */
export function takeScan(layer: NormalizedLayer): Scan {
  const scan = kept.get(layer);
  if (scan === undefined) return scanTimexes(layer.folded);
  kept.delete(layer);
  releaseUnits(scan.units);
  freshUnits(scan.units);
  return scan;
}
