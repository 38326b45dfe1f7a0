import type { CharOffset } from './offsets.js';

/**
 * Maps offsets in the document text back to offsets in the original input.
 *
 * The document text is the input after Unicode NFC; in the usual case (news
 * text is already NFC) the two are identical and the map is the identity.
 * When NFC changes the length, `anchors` holds sorted pairs
 * `[textOffset, inputOffset]` at each place the two diverge, and an offset
 * maps through the last anchor at or before it.
 */
export interface SourceMap {
  /** Pairs `[textOffset, inputOffset]`, sorted by textOffset; empty = identity. */
  readonly anchors: ReadonlyArray<readonly [number, number]>;
}

export const IDENTITY_MAP: SourceMap = Object.freeze({ anchors: Object.freeze([]) as ReadonlyArray<readonly [number, number]> });

/** Convert a document-text offset to an input offset. */
export function toInputOffset(map: SourceMap, offset: CharOffset | number): number {
  const a = map.anchors;
  if (a.length === 0) return offset;
  let lo = 0;
  let hi = a.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]![0] <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best < 0) return offset;
  const [t, i] = a[best]!;
  return i + (offset - t);
}

/**
 * NFC-normalise `input` and build the source map. Works segment by segment:
 * only runs that contain combining marks or other non-NFC material can change
 * length, so the map records an anchor after each such run.
 */
export function nfcWithMap(input: string): { text: string; map: SourceMap } {
  if (input.normalize('NFC') === input) return { text: input, map: IDENTITY_MAP };
  const anchors: Array<[number, number]> = [];
  let out = '';
  // Split into maximal runs that start at a character with no combining mark;
  // NFC never composes across such a boundary.
  const re = /[^\p{M}][\p{M}]*|[\p{M}]+/gsu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) {
    const seg = m[0];
    const norm = seg.normalize('NFC');
    out += norm;
    if (norm.length !== seg.length) anchors.push([out.length, m.index + seg.length]);
  }
  return { text: out, map: { anchors } };
}
