/**
 * Export lines shared by every store: JSONL (one full record per line) and
 * CSV (one flat row per article, GDELT-style, RFC 4180 quoting).
 */

/** What both stores hand to the formatter for each exported article. */
export interface ExportRecord {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  groupId: string;
  canonicalId: string;
  contentHash: string;
  simhash: string;
  analysisJson: string;
}

/** CSV columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'published',
  'outlet',
  'title',
  'url',
  'group_id',
  'canonical_id',
  'is_canonical',
  'words',
  'entities',
  'speakers',
  'quotes',
] as const;

function csvCell(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV header line (with CRLF, as RFC 4180 asks). */
export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\r\n';
}

interface AnalysisLike {
  text?: string;
  entities?: Array<{ text: string }>;
  quotes?: Array<{ speaker_name?: string | null; speaker?: { text: string } | null }>;
}

/** One CSV line for an article. */
export function csvLine(r: ExportRecord): string {
  const a = JSON.parse(r.analysisJson) as AnalysisLike;
  const entities = [...new Set((a.entities ?? []).map((e) => e.text))].join('; ');
  const speakers = [...new Set((a.quotes ?? []).map((q) => q.speaker_name ?? q.speaker?.text).filter(Boolean))].join('; ');
  const wordCount = (a.text ?? '').split(/\s+/).filter(Boolean).length;
  return (
    [
      r.id,
      r.published,
      r.outlet,
      r.title,
      r.url,
      r.groupId,
      r.canonicalId,
      r.id === r.canonicalId,
      wordCount,
      entities,
      speakers,
      (a.quotes ?? []).length,
    ]
      .map(csvCell)
      .join(',') + '\r\n'
  );
}

/** One JSONL line for an article: its record and full analysis. */
export function jsonlLine(r: ExportRecord): string {
  const { analysisJson, ...rest } = r;
  return `{${JSON.stringify(rest).slice(1, -1)},"analysis":${analysisJson}}\n`;
}
