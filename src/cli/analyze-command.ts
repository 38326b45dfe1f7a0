import { parseArgs } from 'node:util';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { analyzeBatch } from '../analyze.js';
import { ANALYZE_BATCH_SIZE } from '../pipeline/batch-size.js';
import { readArticles, type InputFormat, type ReadItem } from '../ingest/read-articles.js';
import { parseFieldMap, type FieldMap } from '../ingest/validate-record.js';
import { toJson } from '../text/to-json.js';
import { withDctOverride } from '../stages/dct/dct.js';
import type { ArticleInput } from '../text/document.js';
import { renderTextReport } from './report-text.js';
import { renderConll } from './report-conll.js';
import { BatchReport } from './batch-report.js';
import { UsageError } from './usage-error.js';
import { readyBatches } from './ready-batches.js';

export const ANALYZE_HELP = `warta analyze — analyse Indonesian news articles

usage: warta analyze [file ...] [options]

Reads one article from a .txt file, one or more from a .json file ({"text": ...}
or an array of them), a stream from a .jsonl file (one JSON object a line,
any size), a saved .html page (main text and metadata extracted), or an
http(s) URL of an article page (fetched politely, robots.txt respected). With
no file, or "-", reads standard input.

options:
  -f, --format <text|json|conll>  output: a readable report (default), the Analysis
                                  JSON (docs/format.md; one object a line for
                                  several articles), or one token a line
      --input-format <txt|json|jsonl|html>
                                  how to read the input instead of guessing from
                                  the file extension
      --dct <YYYY-MM-DD>          the article's publication date; relative dates
                                  ("kemarin", "pekan lalu") resolve against it.
                                  Overrides "published" in the input.
      --max-chars <n>             refuse articles longer than this (default 2000000)
      --allow-private             let a URL point at a loopback or private address
      --field <name=source>       read a JSON field under another name, e.g.
                                  --field text=isi_berita --field title=judul
                                  (fields: text, title, url, outlet, published, id)
  -o, --out <file>                write to a file instead of standard output
  -h, --help                      this help

JSON input fields: text (required), title, url, outlet, published (ISO date), id.

examples:
  warta analyze examples/tempo-stoltenberg-kyiv.txt
  warta analyze article.json --format json > analysis.json
  warta analyze articles.jsonl --format json --out analyses.jsonl
  warta analyze saved-page.html
  warta analyze https://www.antaranews.com/berita/4012345/judul-berita
  echo "Jakarta - Presiden Joko Widodo ..." | warta analyze --dct 2023-04-20

A batch goes on past bad records and reports them at the end on standard
error; the exit code is 1 only when nothing could be analysed.`;

/** A URL argument: fetched politely and read like a saved page. */
async function* fetchOne(url: string, allowPrivate: boolean): AsyncGenerator<ReadItem> {
  const { fetchArticle } = await import('../ingest/fetch-article.js');
  yield await fetchArticle(url, { allowPrivateAddresses: allowPrivate });
}

const DCT_RE = /^\d{4}-\d{2}-\d{2}$/;

/** `warta analyze`: returns the process exit code. */
export async function analyzeCommand(argv: string[], stdout: Writable = process.stdout): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      'input-format': { type: 'string' },
      dct: { type: 'string' },
      'max-chars': { type: 'string' },
      out: { type: 'string', short: 'o' },
      'allow-private': { type: 'boolean' },
      field: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    stdout.write(ANALYZE_HELP + '\n');
    return 0;
  }
  const format = values.format!;
  if (!['text', 'json', 'conll'].includes(format)) throw new UsageError(`unknown --format "${format}": use text, json or conll`);
  const inputFormat = values['input-format'] as InputFormat | undefined;
  if (inputFormat && !['txt', 'json', 'jsonl', 'html'].includes(inputFormat)) throw new UsageError(`unknown --input-format "${inputFormat}": use txt, json, jsonl or html`);
  if (values.dct !== undefined && !(DCT_RE.test(values.dct) && !Number.isNaN(Date.parse(values.dct)))) {
    throw new UsageError(`--dct must be a date as YYYY-MM-DD, got "${values.dct}"`);
  }
  let maxChars: number | undefined;
  if (values['max-chars'] !== undefined) {
    maxChars = Number(values['max-chars']);
    if (!Number.isInteger(maxChars) || maxChars <= 0) throw new UsageError(`--max-chars must be a positive whole number, got "${values['max-chars']}"`);
  }
  let fields: FieldMap | undefined;
  try {
    fields = values.field?.length ? parseFieldMap(values.field) : undefined;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const files = positionals.length ? positionals : ['-'];
  const out: Writable = values.out ? createWriteStream(values.out) : stdout;
  const report = new BatchReport();
  let written = 0;
  for (const file of files) {
    const opts = { ...(inputFormat ? { format: inputFormat } : {}), ...(maxChars ? { maxChars } : {}), ...(fields ? { fields } : {}) };
    try {
      const items = /^https?:\/\//i.test(file) ? fetchOne(file, Boolean(values['allow-private'])) : readArticles(file, opts);
      for await (const batch of readyBatches(items, ANALYZE_BATCH_SIZE)) {
        const inputs = batch.map((item) => (!item.ok ? null : values.dct ? withDctOverride(item.input, values.dct) : item.input));
        const docs = analyzeBatch(inputs.filter((x): x is ArticleInput => x !== null));
        let k = 0;
        for (const item of batch) {
          if (!item.ok) {
            report.skip(item.source, item.problem.reason, item.problem.message);
            continue;
          }
          const doc = docs[k++]!;
          const label = item.source.line ? `${item.source.file}:${item.source.line}` : item.source.file === '-' ? 'stdin' : item.source.file;
          let json;
          try {
            if (doc instanceof Error) throw doc;
            json = toJson(doc);
          } catch (err) {
            report.skip(item.source, 'analysis-failed', (err as Error).message);
            continue;
          }
          report.ok();
          let chunk: string;
          if (format === 'json') {
            // A record from a stream (JSONL line, array element) is written as one line, so the output is JSONL;
            // a whole-file article is pretty-printed.
            chunk = (item.source.line ? JSON.stringify(json) : JSON.stringify(json, null, 2)) + '\n';
          } else if (format === 'conll') chunk = renderConll(json, label) + '\n';
          else chunk = (written ? '\n' : '') + renderTextReport(json, label) + '\n';
          written++;
          // Honour backpressure: a large JSONL job piped into a slow reader must not pile up in memory.
          if (!out.write(chunk)) await once(out, 'drain');
        }
      }
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'ENOENT') report.skip({ file }, 'not-found', 'no such file');
      else if (e.code === 'EACCES') report.skip({ file }, 'unreadable', 'permission denied');
      else throw err;
    }
  }
  if (values.out) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  report.print(process.stderr, 'analysed');
  return report.exitCode();
}
