/**
 * One timex scan per article, shared by the dct stage (which reads it to infer the date of an article
 * without `published`) and the timexes stage. One article at a time the two stages run back to back;
 * stage-major (`Pipeline.runBatch`) the dct stage scans a whole batch before the timexes stage reads the
 * first scan, so a scan is kept per article rather than only the last.
 *
 * Kept scans wait in a ring, oldest first, with the article's normalized layer (the object both stages read
 * the text from) as their key. Both stages go through a batch in article order, so the scan the timexes
 * stage asks for is the oldest kept, or follows scans it will never ask for (articles it skips: not
 * Indonesian), which are let go then. A ring of a few slots rather than a WeakMap: one article at a time
 * it holds one scan, and looking it up reads one slot, where the WeakMap's lookups, insertion and deletion
 * ran builtins and a hash table that the full pipeline leaves cold at every article.
 */
import type { NormalizedLayer } from '../../text/layers.js';
import { scanTimexes, type Scan } from './grammar.js';
import { freshUnits, keepUnits, releaseUnits } from './lex.js';

/** Slots of the ring: a batch of 16 keeps 16 scans; past this the oldest is let go (and scanned again if asked for). */
const SLOTS = 32;
const keptLayers: Array<NormalizedLayer | null> = new Array<NormalizedLayer | null>(SLOTS).fill(null);
const keptScans: Array<Scan | null> = new Array<Scan | null>(SLOTS).fill(null);
/** The slot of the oldest kept scan, and how many are kept. */
let head = 0;
let size = 0;

/** Lets go the oldest kept scan. */
function dropOldest(): void {
  const scan = keptScans[head]!;
  keptLayers[head] = null;
  keptScans[head] = null;
  head = (head + 1) % SLOTS;
  size--;
  releaseUnits(scan.units);
}

/** The scan of `layer.folded`, kept for the timexes stage's `takeScan` (the dct stage's read). */
export function scanToShare(layer: NormalizedLayer): Scan {
  // Asked again (a stage run again): the scan kept, newest first.
  for (let k = size - 1; k >= 0; k--) {
    const at = (head + k) % SLOTS;
    if (keptLayers[at] === layer) return keptScans[at]!;
  }
  const scan = scanTimexes(layer.folded);
  if (size === SLOTS) dropOldest();
  const at = (head + size) % SLOTS;
  keptLayers[at] = layer;
  keptScans[at] = scan;
  size++;
  // Its units outlive the next scan of the batch (lex.ts sets their store aside).
  keepUnits(scan.units);
  return scan;
}

/**
 * The scan of `layer.folded`: the one `scanToShare` kept, if any, else a new one. The timexes stage reads
 * last: the kept scan is let go, and so are the scans kept before it, which the timexes stage passed by.
 */
export function takeScan(layer: NormalizedLayer): Scan {
  let k = 0;
  while (k < size && keptLayers[(head + k) % SLOTS] !== layer) k++;
  if (k === size) return scanTimexes(layer.folded);
  for (; k > 0; k--) dropOldest();
  const scan = keptScans[head]!;
  dropOldest();
  freshUnits(scan.units);
  return scan;
}
