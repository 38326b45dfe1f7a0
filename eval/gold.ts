import { readFileSync } from 'node:fs';

/** A span in a gold file: exact text plus which occurrence of it. */
export interface GoldSpanRef { text: string; occurrence: number }

export interface GoldTimex extends GoldSpanRef { type: string; value: string }
export interface GoldAmount extends GoldSpanRef { kind: string; value: number | null; unit: string | null }
export interface GoldQuote { kind: 'direct' | 'indirect'; content: string; speaker: string | null; speaker_name: string | null; cue: string | null }
export interface GoldPerson { name: string; mentions: string[]; roles: string[] }

/** One article annotated to ../shared/gold/GUIDELINES.md. */
export interface GoldArticle {
  id: string;
  dataset?: string;
  outlet?: string | null;
  title?: string | null;
  dct: string | null;
  text: string;
  dateline: { outlet: string | null; city: string | null } | null;
  timexes?: GoldTimex[];
  quotes?: GoldQuote[];
  amounts?: GoldAmount[];
  persons?: GoldPerson[];
  structure?: unknown;
}

/** Read a gold `.jsonl` (one article a line) or `.json` (one article) file. */
export function readGold(path: string): GoldArticle[] {
  const raw = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) return [JSON.parse(raw) as GoldArticle];
  return raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldArticle);
}

/** Resolve `{text, occurrence}` to `[start, end)` in `text`, or null if the gold is inconsistent. */
export function resolveSpan(text: string, ref: GoldSpanRef): { start: number; end: number } | null {
  let from = 0;
  let at = -1;
  for (let k = 0; k < Math.max(1, ref.occurrence); k++) {
    at = text.indexOf(ref.text, from);
    if (at < 0) return null;
    from = at + 1;
  }
  return { start: at, end: at + ref.text.length };
}

/** Precision, recall and F1 from counts. */
export function prf(tp: number, nPred: number, nGold: number): { p: number; r: number; f: number } {
  const p = nPred ? tp / nPred : 0;
  const r = nGold ? tp / nGold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Print rows as an aligned plain-text table. */
export function printTable(headers: string[], rows: Array<Array<string | number>>): void {
  const cells = [headers, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(3)) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(cells[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}
