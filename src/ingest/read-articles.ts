import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { ArticleInput } from '../text/document.js';
import { decodeHtml } from './html/decode-html.js';
import { MAX_HTML_BYTES } from './html/html-limits.js';
import { checkText, DEFAULT_MAX_ARTICLE_CHARS, validateRecord, type FieldMap, type RecordProblem } from './validate-record.js';

/** Where a record came from: a file (or `-` for stdin) and a 1-based line for JSONL. */
export interface RecordSource {
  readonly file: string;
  readonly line?: number;
}

export type ReadItem =
  | { ok: true; input: ArticleInput; source: RecordSource }
  | { ok: false; problem: RecordProblem; source: RecordSource };

export type InputFormat = 'txt' | 'json' | 'jsonl' | 'html';

export interface ReadOptions {
  /** Force the format instead of guessing it from the extension (stdin defaults to txt, or JSON when it starts with `{`/`[`). */
  readonly format?: InputFormat;
  readonly maxChars?: number;
  /** Where warta's fields are in JSON records of another shape (see `FieldMap`). */
  readonly fields?: FieldMap;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Guess the format from a file name. */
export function formatOf(path: string): InputFormat | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.json') return 'json';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.txt' || ext === '.text' || ext === '') return 'txt';
  return null;
}

/**
 * Read articles from a `.txt` (one article), `.html`/`.htm` (a saved page: its
 * main text and metadata), `.json` (an object or an array
 * of objects) or `.jsonl` file (one object a line, streamed: any size), or
 * from stdin with `path = '-'`. Bad records are yielded as problems with
 * their file and line, never thrown, so a batch can go on past them.
 */
export async function* readArticles(path: string, opts: ReadOptions = {}, stdin: Readable = process.stdin): AsyncGenerator<ReadItem> {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  const file = path;
  let format = opts.format ?? (path === '-' ? undefined : formatOf(path) ?? 'txt');
  if (format === 'jsonl') {
    yield* readJsonl(path === '-' ? stdin : createReadStream(path), file, maxChars, opts.fields);
    return;
  }
  // Whole-file formats: refuse early on size, so a 50 MB "article" is not decoded for nothing.
  let bytes: Buffer;
  if (path === '-') bytes = await readAll(stdin, maxChars * 4 + 1);
  else {
    const info = await stat(path);
    if (info.isDirectory()) {
      yield { ok: false, problem: { reason: 'bad-field', message: 'is a directory (give a file, or use `warta ingest` for folders)' }, source: { file } };
      return;
    }
    if (format === 'html' && info.size > MAX_HTML_BYTES) {
      yield { ok: false, problem: { reason: 'too-large', message: `the page is ${(info.size / 1e6).toFixed(1)} MB, over the ${MAX_HTML_BYTES / 1e6} MB limit for HTML` }, source: { file } };
      return;
    }
    if (format === 'txt' && info.size > maxChars * 4) {
      yield { ok: false, problem: { reason: 'too-large', message: `the file is ${(info.size / 1e6).toFixed(1)} MB, over the limit of ${maxChars.toLocaleString('en')} characters (raise it with --max-chars)` }, source: { file } };
      return;
    }
    bytes = await readFileCapped(path, format === 'txt' ? maxChars * 4 + 1 : Number.MAX_SAFE_INTEGER);
  }
  if (format === 'html') {
    yield await htmlItem(bytes, file, maxChars);
    return;
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    yield { ok: false, problem: { reason: 'invalid-utf8', message: `not valid UTF-8 (first bad byte near offset ${firstBadUtf8(bytes)}); convert it with e.g. \`iconv -f latin1 -t utf-8\`` }, source: { file } };
    return;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (format === undefined) format = /^\s*[[{]/.test(text) ? 'json' : /^\s*<(?:!doctype html|html)/i.test(text) ? 'html' : 'txt';
  if (format === 'html') {
    yield await htmlItem(bytes, file, maxChars);
    return;
  }
  if (format === 'txt') {
    const problem = checkText(text, maxChars);
    if (problem) yield { ok: false, problem, source: { file } };
    else yield { ok: true, input: { text }, source: { file } };
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    yield { ok: false, problem: { reason: 'bad-json', message: `not valid JSON: ${(err as Error).message}` }, source: { file } };
    return;
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  for (let i = 0; i < records.length; i++) {
    const r = validateRecord(records[i], maxChars, opts.fields);
    const source = Array.isArray(parsed) ? { file, line: i + 1 } : { file };
    yield r.ok ? { ok: true, input: r.input, source } : { ok: false, problem: r.problem, source };
  }
}

/**
 * A saved web page: its main text and metadata, or why it is not an article. The HTML reader (a DOM and Readability)
 * is loaded on the first page only: importing the DOM costs about a quarter of a second, which every `warta analyze`
 * of text or JSON would otherwise pay at start-up.
 */
async function htmlItem(bytes: Buffer, file: string, maxChars: number): Promise<ReadItem> {
  const { htmlToArticle } = await import('./html/html-to-article.js');
  const r = htmlToArticle(decodeHtml(bytes));
  if (!r.ok) return { ok: false, problem: r.problem, source: { file } };
  const problem = checkText(r.article.input.text, maxChars);
  return problem ? { ok: false, problem, source: { file } } : { ok: true, input: r.article.input, source: { file } };
}

/** Stream JSONL line by line; each line is validated on its own. */
async function* readJsonl(stream: Readable, file: string, maxChars: number, fields?: FieldMap): AsyncGenerator<ReadItem> {
  let lineNo = 0;
  let carry: Buffer = Buffer.alloc(0);
  const handle = function* (raw: Buffer): Generator<ReadItem> {
    lineNo++;
    let line: string;
    try {
      line = utf8.decode(raw);
    } catch {
      yield { ok: false, problem: { reason: 'invalid-utf8', message: 'the line is not valid UTF-8' }, source: { file, line: lineNo } };
      return;
    }
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield { ok: false, problem: { reason: 'bad-json', message: `not valid JSON: ${(err as Error).message}` }, source: { file, line: lineNo } };
      return;
    }
    const r = validateRecord(value, maxChars, fields);
    yield r.ok ? { ok: true, input: r.input, source: { file, line: lineNo } } : { ok: false, problem: r.problem, source: { file, line: lineNo } };
  };
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let data = carry.length ? Buffer.concat([carry, buf]) : buf;
    let from = 0;
    for (let nl = data.indexOf(10, from); nl >= 0; nl = data.indexOf(10, from)) {
      let end = nl;
      if (end > from && data[end - 1] === 13) end--;
      yield* handle(data.subarray(from, end));
      from = nl + 1;
    }
    carry = Buffer.from(data.subarray(from));
    data = Buffer.alloc(0);
  }
  if (carry.length) yield* handle(carry);
}

async function readAll(stream: Readable, cap: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let n = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    parts.push(b);
    n += b.length;
    if (n > cap) break;
  }
  return Buffer.concat(parts);
}

async function readFileCapped(path: string, cap: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const info = await fh.stat();
    const size = Math.min(info.size, cap);
    const buf = Buffer.alloc(size);
    await fh.read(buf, 0, size, 0);
    return buf;
  } finally {
    await fh.close();
  }
}

function firstBadUtf8(bytes: Buffer): number {
  // Binary search for the shortest prefix that fails to decode.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
