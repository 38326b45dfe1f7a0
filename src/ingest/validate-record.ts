import type { ArticleInput } from '../text/document.js';

/** Default cap on one article's text: far above any real article, low enough to refuse a dump. */
export const DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;

/** An input record that could not become an article, and why. */
export interface RecordProblem {
  /** Short stable reason code, for counting in batch reports. */
  readonly reason: 'empty' | 'binary' | 'invalid-utf8' | 'too-large' | 'bad-json' | 'not-an-object' | 'missing-text' | 'bad-field' | 'not-an-article';
  readonly message: string;
}

export type RecordResult = { ok: true; input: ArticleInput } | { ok: false; problem: RecordProblem };

const OPTIONAL_STRING_FIELDS = ['id', 'title', 'url', 'outlet', 'published'] as const;

/** The fields warta reads from a record. */
export type ArticleField = 'text' | (typeof OPTIONAL_STRING_FIELDS)[number];

/**
 * Where to find warta's fields in records of another shape, e.g.
 * `{ text: 'isi_berita', title: 'judul', url: 'tautan' }` for a dataset
 * that names them in Indonesian. Unmapped fields keep their usual names.
 */
export type FieldMap = Partial<Record<ArticleField, string>>;

/** Parse `text=isi_berita` style mappings (the CLI's `--field`); throws a plain Error naming the bad one. */
export function parseFieldMap(specs: readonly string[]): FieldMap {
  const map: Record<string, string> = {};
  const known: readonly string[] = ['text', ...OPTIONAL_STRING_FIELDS];
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const field = spec.slice(0, eq).trim();
    const source = spec.slice(eq + 1).trim();
    if (eq <= 0 || !source) throw new Error(`--field takes name=source, e.g. text=isi_berita; got "${spec}"`);
    if (!known.includes(field)) throw new Error(`--field: unknown field "${field}"; warta reads ${known.join(', ')}`);
    map[field] = source;
  }
  return map as FieldMap;
}

/**
 * Turn a parsed JSON value into an `ArticleInput`, or say exactly what is
 * wrong with it. Unknown fields are ignored (datasets carry many), but the
 * fields warta reads must have the right type.
 */
export function validateRecord(value: unknown, maxChars = DEFAULT_MAX_ARTICLE_CHARS, fields: FieldMap = {}): RecordResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: { reason: 'not-an-object', message: `expected a JSON object with a "text" field, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` } };
  }
  const rec = value as Record<string, unknown>;
  const textField = fields.text ?? 'text';
  const text = fields.text ? rec[fields.text] : (rec.text ?? rec.content ?? rec.body);
  if (text === undefined) {
    const hint = fields.text ? '' : ' (name the field that holds the text with --field text=<name>)';
    return { ok: false, problem: { reason: 'missing-text', message: `the object has no "${textField}" field${hint}` } };
  }
  if (typeof text !== 'string') return { ok: false, problem: { reason: 'bad-field', message: `"${textField}" must be a string, got ${typeof text}` } };
  const textProblem = checkText(text, maxChars);
  if (textProblem) return { ok: false, problem: textProblem };
  const input: Record<string, unknown> = { text };
  for (const f of OPTIONAL_STRING_FIELDS) {
    const v = rec[fields[f] ?? f];
    if (v === undefined || v === null) continue;
    if (typeof v === 'number' && f === 'id') {
      input[f] = String(v);
      continue;
    }
    if (typeof v !== 'string') return { ok: false, problem: { reason: 'bad-field', message: `"${fields[f] ?? f}" must be a string, got ${typeof v}` } };
    input[f] = v;
  }
  if (input.published === undefined && typeof rec.dct === 'string') input.published = rec.dct;
  if (input.published === undefined && typeof rec.date === 'string') input.published = rec.date;
  return { ok: true, input: input as unknown as ArticleInput };
}

/** Problems with a text itself: empty, binary-looking, too large. */
export function checkText(text: string, maxChars = DEFAULT_MAX_ARTICLE_CHARS): RecordProblem | null {
  if (text.trim().length === 0) return { reason: 'empty', message: 'the text is empty' };
  if (text.length > maxChars) {
    return { reason: 'too-large', message: `the text has ${text.length.toLocaleString('en')} characters, over the limit of ${maxChars.toLocaleString('en')} (raise it with --max-chars)` };
  }
  if (looksBinary(text)) return { reason: 'binary', message: 'the text looks binary (NUL bytes or many control characters)' };
  return null;
}

/** NUL anywhere, or more than 1% C0 control characters other than tab/newline/CR in the first 64k. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const n = Math.min(text.length, 65536);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ctrl++;
  }
  return ctrl > n / 100;
}
