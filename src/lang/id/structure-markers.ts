import { badData, readTsv } from './tsv-file.js';

const FILE = 'structure-markers.tsv';

/** How a marker text is compared with a paragraph. */
export type MarkerMatch = 'exact' | 'prefix' | 'contains';
/** The paragraph kinds a marker can decide directly. */
export type MarkerKind = 'boilerplate' | 'related' | 'caption';

/** One phrase that decides a paragraph's kind. */
export interface Marker {
  readonly kind: MarkerKind;
  readonly match: MarkerMatch;
  readonly text: string;
}

/** The contents of `data/id/structure-markers.tsv`, grouped. */
export interface StructureMarkers {
  readonly markers: readonly Marker[];
  /** Names that alone close an article as its credit (`REUTERS`, `(ant)`). */
  readonly creditNames: readonly string[];
  /** Names that, followed by `/Photographer`, end a photo caption (`ANTARA FOTO/…`). */
  readonly photoCreditNames: readonly string[];
}

const KINDS = new Set(['boilerplate', 'related', 'caption', 'credit', 'photo-credit']);
const MATCHES = new Set(['exact', 'prefix', 'contains', 'name']);

let cached: StructureMarkers | undefined;

/**
 * Load (once) the paragraph-kind markers.
 *
 * @example
 * loadStructureMarkers().markers.find((m) => m.text === 'Pilihan Editor:')?.kind; // 'related'
 */
export function loadStructureMarkers(): StructureMarkers {
  if (cached) return cached;
  const markers: Marker[] = [];
  const creditNames: string[] = [];
  const photoCreditNames: string[] = [];
  for (const { line, cells } of readTsv(FILE, 3, 4)) {
    const [kind, match, raw] = cells.map((c) => c.trim()) as [string, string, string];
    if (!KINDS.has(kind)) badData(FILE, line, `unknown kind "${kind}"`);
    if (!MATCHES.has(match)) badData(FILE, line, `unknown match "${match}"`);
    const isName = kind === 'credit' || kind === 'photo-credit';
    if (kind === 'caption' && match !== 'contains') badData(FILE, line, 'caption cues use match "contains"');
    if (isName !== (match === 'name')) badData(FILE, line, `kind "${kind}" cannot use match "${match}"`);
    if (kind === 'credit') creditNames.push(raw);
    else if (kind === 'photo-credit') photoCreditNames.push(raw);
    else markers.push({ kind: kind as MarkerKind, match: match as MarkerMatch, text: raw });
  }
  cached = { markers, creditNames, photoCreditNames };
  return cached;
}
