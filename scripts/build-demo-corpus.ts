/**
 * Builds examples/demo-corpus.jsonl, the small corpus `npm start` ingests on
 * first run: the Tempo example article, articles on the September 2019 KPK
 * law revision from CLICK-ID (CC BY 4.0) across five outlets, and IndoSum
 * front-page articles (CC BY-SA 4.0). Deterministic: same shared data, same
 * file. Usage: `npx tsx scripts/build-demo-corpus.ts` (needs ../shared).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { sharedDir, REPO_ROOT } from '../eval/shared-data.js';

const PER_OUTLET = 6;
const INDOSUM_COUNT = 12;
const CLICKID_OUTLETS: Record<string, string> = {
  'tempo.co': 'nasional',
  'Kompas.com': 'News',
  'sindonews.com': 'Nasional',
  'okezone.com': 'News',
  'tribunnews.com': 'Nasional',
};

interface DemoRecord {
  id?: string;
  title: string | null;
  url: string | null;
  outlet: string;
  published: string | null;
  text: string;
  source: string;
  licence: string;
}

function jsonl<T>(path: string): T[] {
  const raw = path.endsWith('.gz') ? gunzipSync(readFileSync(path)).toString('utf8') : readFileSync(path, 'utf8');
  return raw.split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

/** Undo IndoSum's tokenisation: no space before closing punctuation, none inside quotes or brackets. */
function detokenise(tokens: string[]): string {
  let out = '';
  let inQuote = false;
  for (const t of tokens) {
    if (t === '"') {
      out += inQuote ? '"' : (out ? ' ' : '') + '"';
      inQuote = !inQuote;
      continue;
    }
    const noSpace = !out || /^[.,;:!?)\]%]/.test(t) || /[([]$/.test(out) || (out.endsWith('"') && inQuote);
    out += (noSpace ? '' : ' ') + t;
  }
  return out;
}

const shared = sharedDir();
if (!shared) {
  console.error('../shared not found (set WARTA_SHARED)');
  process.exit(1);
}
const records: DemoRecord[] = [];

records.push({
  id: 'tempo-stoltenberg-kyiv',
  title: 'Sekjen NATO Jens Stoltenberg Kunjungi Kyiv untuk Pertama Kalinya Sejak Invasi Rusia',
  url: null,
  outlet: 'tempo.co',
  published: '2023-04-20',
  text: readFileSync(join(REPO_ROOT, 'examples', 'tempo-stoltenberg-kyiv.txt'), 'utf8').trim(),
  source: 'examples/tempo-stoltenberg-kyiv.txt (the repository example article; Tempo.co)',
  licence: 'as the repository example (see examples/README.md)',
});

interface Click {
  title: string;
  source: string;
  category: string;
  content: string;
  url: string;
  date_iso: string;
  time_hhmm: string | null;
}
const clicks = jsonl<Click>(join(shared, 'data', 'news-clickid-raw', 'articles.jsonl.gz'));
for (const [outlet, category] of Object.entries(CLICKID_OUTLETS)) {
  const picked = clicks
    .filter((c) => c.source === outlet && c.category === category && /\bKPK\b/.test(c.content) && /revisi/i.test(c.content))
    .filter((c) => c.content.length > 900 && c.content.length < 6000)
    .sort((a, b) => (a.url < b.url ? -1 : 1))
    .slice(0, PER_OUTLET);
  for (const c of picked) {
    const text = c.content
      .replace(/^[\s,\-–]+/, '')
      .replace(/\.,(?=\S)/g, '.\n')
      .replace(/\u00a0/g, ' ')
      .trim();
    records.push({
      title: c.title.trim(),
      url: c.url,
      outlet,
      published: c.time_hhmm ? `${c.date_iso}T${c.time_hhmm}:00+07:00` : c.date_iso,
      text,
      source: 'CLICK-ID raw articles (William & Sari 2020, doi:10.17632/k42j7x2kpn.1)',
      licence: 'CC BY 4.0',
    });
  }
}

interface Indosum {
  id: string;
  category: string;
  source: string;
  source_url: string;
  paragraphs: string[][][];
}
const indosum = jsonl<Indosum>(join(shared, 'data', 'news-indosum-dev', 'articles.jsonl.gz'))
  .filter((a) => a.category === 'tajuk utama')
  .sort((a, b) => (a.id < b.id ? -1 : 1));
const perSource = new Map<string, number>();
for (const a of indosum) {
  if (records.length >= 1 + PER_OUTLET * Object.keys(CLICKID_OUTLETS).length + INDOSUM_COUNT) break;
  if ((perSource.get(a.source) ?? 0) >= 3) continue;
  const text = a.paragraphs.map((p) => p.map(detokenise).join(' ')).join('\n');
  if (text.length < 800 || text.length > 5000) continue;
  perSource.set(a.source, (perSource.get(a.source) ?? 0) + 1);
  const ts = Number(a.id.split('-')[0]);
  records.push({
    title: null,
    url: a.source_url,
    outlet: a.source,
    published: Number.isFinite(ts) ? new Date(ts * 1000).toISOString().slice(0, 10) : null,
    text,
    source: 'IndoSum (Kurniawan & Louvan 2018), dev folds',
    licence: 'CC BY-SA 4.0',
  });
}

const out = join(REPO_ROOT, 'examples', 'demo-corpus.jsonl');
writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`${records.length} articles -> ${out}`);
