/**
 * `npm run eval -- dedupe [--n=10000] [--copies=1000]`: near-duplicate
 * detection of the corpus store, through the real SQLite store.
 *
 * Stores N distinct news articles (news-clickid-raw), counting every article
 * the store groups with an earlier one (candidate false merges, listed for
 * inspection: the raw pool itself holds some genuine re-posts). Then stores
 * wire-style copies of every (N / copies)-th article, made by hand rules:
 * a different intro line (the first sentence replaced by another article's),
 * a trimmed ending (the last fifth of the sentences dropped), changed
 * punctuation (quote style, comma spacing, dashes), and all three at once;
 * recall = copies grouped with their original.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { FORMAT_VERSION, type AnalysisJson } from '../src/text/schema.js';
import { sharedPath } from './shared-data.js';
import { hamming, simhash } from '../src/store/simhash.js';
import { jaccard } from '../src/store/sketch.js';

function flag(flags: string[], name: string, def: number): number {
  const f = flags.find((x) => x.startsWith(`--${name}=`));
  return f ? Number(f.slice(name.length + 3)) : def;
}

function doc(id: string, text: string, published: string): AnalysisJson {
  return { format: 'warta/analysis', version: FORMAT_VERSION, text, sourceMap: [], meta: { id, published }, stages: [], diagnostics: [] };
}

const SENTENCE_END = /(?<=[.!?]["”]?)\s+(?=[A-Z"“])/u;

function sentences(text: string): string[] {
  return text.split(SENTENCE_END).filter((s) => s.trim());
}

type Transform = (text: string, other: string) => string;
const TRANSFORMS: Array<[string, Transform]> = [
  ['different intro line', (t, other) => [sentences(other)[0] ?? '', ...sentences(t).slice(1)].join(' ')],
  ['trimmed ending', (t) => {
    const s = sentences(t);
    return s.slice(0, Math.max(1, Math.ceil(s.length * 0.8))).join(' ');
  }],
  ['changed punctuation', (t) => t.replace(/"([^"]*)"/g, '“$1”').replace(/, /g, ' , ').replace(/ - /g, ' — ').replace(/\.\s/g, '. \n')],
];
TRANSFORMS.push([
  'all three',
  (t, other) => TRANSFORMS[2]![1](TRANSFORMS[1]![1](TRANSFORMS[0]![1](t, other), other), other),
]);

export async function main(flags: string[]): Promise<void> {
  const src = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  if (!src) return;
  const n = flag(flags, 'n', 10000);
  const copies = flag(flags, 'copies', 1000);
  const texts: Array<{ text: string; date: string }> = [];
  const rl = createInterface({ input: createReadStream(src).pipe(createGunzip()) });
  for await (const l of rl) {
    if (texts.length >= n) break;
    const r = JSON.parse(l) as { content: string; date_iso: string };
    const text = r.content.replace(/^[\s,\-–]+/, '').replace(/\.,(?=\S)/g, '. ').trim();
    if (text.length >= 400) texts.push({ text, date: r.date_iso });
  }
  rl.close();
  const dir = mkdtempSync(join(tmpdir(), 'warta-eval-dedupe-'));
  const store = await openSqliteStore({ path: join(dir, 'dedupe.db') });
  try {
    const merged: Array<[string, string, string]> = [];
    const groupOf: string[] = [];
    for (let i = 0; i < texts.length; i += 500) {
      const batch = texts.slice(i, i + 500).map((t, j) => doc(`d${i + j}`, t.text, t.date));
      const res = await store.upsertMany(batch);
      res.forEach((r, j) => {
        groupOf[i + j] = r.groupId;
        if (r.match !== 'none') merged.push([r.id, r.groupId, r.match]);
      });
    }
    console.log(`${texts.length} distinct articles stored; grouped with an earlier one: ${merged.length} (exact ${merged.filter((m) => m[2] === 'exact').length}, near ${merged.filter((m) => m[2] === 'near').length})`);
    // For each merge, the closest earlier member of its group: what the store matched on.
    const members = new Map<string, number[]>();
    groupOf.forEach((g, i) => members.set(g, [...(members.get(g) ?? []), i]));
    const closest = merged.map(([id, group]) => {
      const i = Number(id.slice(1));
      let best = { j: -1, r: -1, d: 64 };
      for (const j of members.get(group) ?? []) {
        if (j >= i) continue;
        const r = jaccard(texts[i]!.text, texts[j]!.text);
        const d = hamming(simhash(texts[i]!.text), simhash(texts[j]!.text));
        if (r > best.r) best = { j, r, d };
      }
      return { i, ...best };
    });
    const buckets = [0.5, 0.6, 0.7, 0.8, 0.9].map((lo) => `${lo.toFixed(1)}+: ${closest.filter((c) => c.r >= lo && c.r < lo + 0.1).length}`);
    console.log(`  resemblance to the closest earlier member: ${buckets.join(', ')}; matched by SimHash alone (resemblance < 0.5): ${closest.filter((c) => c.r < 0.5).length}`);
    for (const c of closest.slice(0, 6)) {
      console.log(`  d${c.i} ~ d${c.j} (resemblance ${c.r.toFixed(2)}, ${c.d} bits): "${texts[c.i]!.text.slice(0, 60)}…" / "${texts[c.j]?.text.slice(0, 60)}…"`);
    }
    const step = Math.max(1, Math.floor(texts.length / copies));
    const hits = new Map<string, [number, number]>();
    let k = 0;
    const pending: AnalysisJson[] = [];
    const expected: Array<[string, string]> = [];
    for (let i = 0; i < texts.length && k < copies; i += step, k++) {
      const [name, f] = TRANSFORMS[k % TRANSFORMS.length]!;
      const other = texts[(i + 7) % texts.length]!.text;
      pending.push(doc(`copy${k}`, f(texts[i]!.text, other), texts[i]!.date));
      expected.push([name, groupOf[i]!]);
    }
    const rs = pending.map((d, j) => jaccard(d.text, texts[j * step]!.text)).sort((a, b) => a - b);
    const q = (p: number) => rs[Math.floor(p * (rs.length - 1))]!.toFixed(2);
    console.log(`resemblance of the copies to their originals: min ${q(0)}, 5th percentile ${q(0.05)}, median ${q(0.5)}`);
    const res = await store.upsertMany(pending);
    res.forEach((r, j) => {
      const [name, group] = expected[j]!;
      const h = hits.get(name) ?? [0, 0];
      h[1]++;
      if (r.groupId === group) h[0]++;
      hits.set(name, h);
    });
    let found = 0;
    for (const [name, [ok, total]] of hits) {
      found += ok;
      console.log(`  ${name.padEnd(22)} recall ${(ok / total).toFixed(3)} (${ok}/${total})`);
    }
    console.log(`copies grouped with their original: recall ${(found / pending.length).toFixed(3)} (${found}/${pending.length})`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
