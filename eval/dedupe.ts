/**
 * `npm run eval -- dedupe [--n=10000] [--from=0] [--copies=1000] [--dump-merges=<file.jsonl>]`:
 * near-duplicate detection of the corpus store, through the real SQLite store.
 *
 * Stores N distinct news articles (news-clickid-raw; `--from` skips that many
 * first, so that a rule chosen on the default sample can be checked on
 * articles it was never looked at with), counting every article
 * the store groups with an earlier one. The raw pool itself holds genuine
 * re-posts, so each merged pair (the article and the closest earlier member
 * of its group) is looked up in a hand audit, eval/fixtures/dedupe-audit.tsv:
 * `same` (a true duplicate in the pool), `different` (a measured false merge)
 * or not audited (a pair the audit has not seen, e.g. after a detector
 * change; never counted as correct). `--dump-merges` writes every merged pair
 * with both full texts, one JSON object a line, for auditing. Then stores
 * wire-style copies of every (N / copies)-th article, made by hand rules:
 * a different intro line (the first sentence replaced by another article's),
 * a trimmed ending (the last fifth of the sentences dropped), changed
 * punctuation (quote style, comma spacing, dashes), and all three at once;
 * recall = copies grouped with their original.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { FORMAT_VERSION, type AnalysisJson } from '../src/text/schema.js';
import { REPO_ROOT, sharedPath } from './shared-data.js';
import { hamming, simhash } from '../src/store/simhash.js';
import { jaccard } from '../src/store/sketch.js';

function flag(flags: string[], name: string, def: number): number {
  const f = flags.find((x) => x.startsWith(`--${name}=`));
  return f ? Number(f.slice(name.length + 3)) : def;
}

function stringFlag(flags: string[], name: string): string | null {
  const f = flags.find((x) => x.startsWith(`--${name}=`));
  return f ? f.slice(name.length + 3) : null;
}

/** The hand audit of the merges of the default run (10,000 articles). */
export const AUDIT_FILE = join(REPO_ROOT, 'eval', 'fixtures', 'dedupe-audit.tsv');

export type AuditLabel = 'same' | 'different';

/** Key of a merged pair: the two CLICK-ID line numbers, earlier first, whichever order they come in. */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/**
 * Parse the audit TSV (`line_a, line_b, label, reason`; `#` comments, one
 * header row) into labels by pair key. Throws naming the line on anything
 * malformed, and on a pair labelled twice, so that a typo cannot silently
 * turn a false merge into an unaudited one or the reverse.
 */
export function parseAudit(text: string, file = 'dedupe-audit.tsv'): Map<string, AuditLabel> {
  const out = new Map<string, AuditLabel>();
  let header = false;
  text.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.split('\t');
    if (!header) {
      if (line !== 'line_a\tline_b\tlabel\treason') throw new Error(`${file}:${n + 1}: expected the header line_a, line_b, label, reason`);
      header = true;
      return;
    }
    const [a, b, label, reason] = cols;
    if (cols.length !== 4 || !/^\d+$/.test(a!) || !/^\d+$/.test(b!) || a === b) {
      throw new Error(`${file}:${n + 1}: expected two different line numbers, a label and a reason, tab-separated`);
    }
    if (label !== 'same' && label !== 'different') throw new Error(`${file}:${n + 1}: label must be same or different, got "${label}"`);
    if (!reason!.trim()) throw new Error(`${file}:${n + 1}: empty reason`);
    const key = pairKey(Number(a), Number(b));
    if (out.has(key)) throw new Error(`${file}:${n + 1}: pair ${a}, ${b} labelled twice`);
    out.set(key, label);
  });
  return out;
}

/** Merged pairs counted by their audit label; a pair missing from the audit is unaudited (listed), never correct. */
export function tallyAudit(pairs: ReadonlyArray<readonly [number, number]>, audit: ReadonlyMap<string, AuditLabel>) {
  const t = { same: 0, different: 0, unaudited: 0, missing: [] as Array<readonly [number, number]> };
  for (const p of pairs) {
    const label = audit.get(pairKey(p[0], p[1]));
    if (label) t[label]++;
    else {
      t.unaudited++;
      t.missing.push(p);
    }
  }
  return t;
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
  const from = flag(flags, 'from', 0);
  const copies = flag(flags, 'copies', 1000);
  const dump = stringFlag(flags, 'dump-merges');
  // line: 1-based line of articles.jsonl.gz, so that an audited pair names the same articles whatever the sample.
  const texts: Array<{ text: string; date: string; line: number; source: string; title: string }> = [];
  const rl = createInterface({ input: createReadStream(src).pipe(createGunzip()) });
  let line = 0;
  let skipped = 0;
  for await (const l of rl) {
    if (texts.length >= n) break;
    line++;
    const r = JSON.parse(l) as { content: string; date_iso: string; source: string; title: string };
    const text = r.content.replace(/^[\s,\-–]+/, '').replace(/\.,(?=\S)/g, '. ').trim();
    if (text.length < 400) continue;
    if (skipped < from) skipped++;
    else texts.push({ text, date: r.date_iso, line, source: r.source, title: r.title });
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
    const closest = merged.map(([id, group, match]) => {
      const i = Number(id.slice(1));
      let best = { j: -1, r: -1, d: 64 };
      for (const j of members.get(group) ?? []) {
        if (j >= i) continue;
        const r = jaccard(texts[i]!.text, texts[j]!.text);
        const d = hamming(simhash(texts[i]!.text), simhash(texts[j]!.text));
        if (r > best.r) best = { j, r, d };
      }
      return { i, match, ...best };
    });
    const buckets = [0.5, 0.6, 0.7, 0.8, 0.9].map((lo) => `${lo.toFixed(1)}+: ${closest.filter((c) => c.r >= lo && c.r < lo + 0.1).length}`);
    console.log(`  resemblance to the closest earlier member: ${buckets.join(', ')}; matched by SimHash alone (resemblance < 0.5): ${closest.filter((c) => c.r < 0.5).length}`);
    const pairs = closest.map((c) => [texts[c.j]?.line ?? -1, texts[c.i]!.line] as const);
    const audit = parseAudit(existsSync(AUDIT_FILE) ? readFileSync(AUDIT_FILE, 'utf8') : '', AUDIT_FILE);
    const t = tallyAudit(pairs, audit);
    console.log(
      `  hand audit (${AUDIT_FILE.slice(REPO_ROOT.length + 1)}): same article (true duplicates in the pool) ${t.same}; different articles (false merges) ${t.different}; unaudited ${t.unaudited}`,
    );
    console.log(`  measured false merges: ${t.different} of ${texts.length} articles${t.unaudited ? `, plus up to ${t.unaudited} unaudited` : ''}`);
    const title = (k: number) => `"${(texts[k]?.title ?? '').trim().slice(0, 50)}"`;
    for (const c of closest) {
      const label = audit.get(pairKey(texts[c.j]?.line ?? -1, texts[c.i]!.line));
      if (label === 'same') continue;
      console.log(
        `    ${label === 'different' ? 'false merge' : 'UNAUDITED  '} ${texts[c.j]?.line}-${texts[c.i]!.line} (resemblance ${c.r.toFixed(2)}, ${c.d} bits): ${title(c.j)} / ${title(c.i)}`,
      );
    }
    if (t.unaudited) console.log(`  label the UNAUDITED pairs in the audit file (--dump-merges=<file> writes both texts of every pair)`);
    if (dump) {
      const side = (k: number) => {
        const x = texts[k];
        return x ? { line: x.line, source: x.source, date: x.date, title: x.title, text: x.text } : null;
      };
      const rows = closest.map((c) => JSON.stringify({ match: c.match, resemblance: Number(c.r.toFixed(4)), simhashDistance: c.d, a: side(c.j), b: side(c.i) }));
      mkdirSync(dirname(dump), { recursive: true });
      writeFileSync(dump, rows.join('\n') + '\n');
      console.log(`  ${rows.length} merged pairs written to ${dump} (a: the closest earlier member of the group, b: the article grouped with it)`);
    }
    if (copies <= 0) return; // `--copies=0`: the pool's merges only (e.g. to audit a new sample)
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
