/**
 * `npm run eval -- time [--gold=path.jsonl|path.json ...] [--verbose]`, or `-- time --dct-detik`
 *
 * Scores the dct and timexes layers against gold files in the format of
 * ../shared/gold/GUIDELINES.md (default: gold/dev.jsonl and the example
 * article). Each article is analysed as `{text, published: dct}`, the way
 * hidden articles are scored from outside. Columns: timex extent P/R/F1
 * strict (exact offsets) and relaxed (overlap, one-to-one), value and type
 * accuracy on relaxed matches; DCT accuracy with `published` withheld.
 * chrono-node's `id` locale runs on the same gold in the same table.
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { DEFAULT_STAGES } from '../src/analyze.js';
import { buildPipeline, type Pipeline } from '../src/pipeline/pipeline.js';
import type { ArticleInput, Document } from '../src/text/document.js';
import { printTable, prf, readGold, resolveSpan, type GoldArticle } from './gold.js';
import { sharedPath } from './shared-data.js';

interface Span { start: number; end: number; text: string; type: string; value: string }
interface Counts {
  nPred: number; nGold: number; strict: number; relaxed: number; valueOk: number; typeOk: number;
  dctOk: number; dctN: number;
}
type System = 'warta' | 'chrono-id';

const pad = (n: number) => String(n).padStart(2, '0');

let timePipeline: Pipeline | undefined;
/**
 * The default stages the timexes layer depends on (and language
 * identification, which decides whether they run), in the default order: the
 * other stages cannot change the layers scored here, and a stage being
 * rebuilt elsewhere must not break this evaluation.
 */
function analyze(input: ArticleInput): Document {
  if (!timePipeline) {
    const needed = new Set<string>(['timexes', 'language']);
    for (let grew = true; grew;) {
      grew = false;
      for (const st of DEFAULT_STAGES) {
        if (!st.produces.some((p: string) => needed.has(p))) continue;
        for (const r of st.requires) if (!needed.has(r)) { needed.add(r); grew = true; }
      }
    }
    timePipeline = buildPipeline(DEFAULT_STAGES.filter((st) => st.produces.some((p: string) => needed.has(p))));
  }
  return timePipeline.run(input);
}

/** chrono's result at the granularity it knows: a day (or a time) when certain, else month, else year. */
function chronoSpans(text: string, dct: string | null): Span[] {
  const ref = dct ? new Date(`${dct}T12:00:00`) : new Date();
  return chrono.id.parse(text, ref).map((r) => {
    const c = r.start;
    const y = c.get('year');
    const m = c.get('month');
    const d = c.get('day');
    let value: string;
    let type = 'DATE';
    if (c.isCertain('hour')) {
      type = 'TIME';
      value = `${y}-${pad(m ?? 1)}-${pad(d ?? 1)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    } else if (c.isCertain('day') || c.isCertain('weekday')) value = `${y}-${pad(m ?? 1)}-${pad(d ?? 1)}`;
    else if (c.isCertain('month')) value = `${y}-${pad(m ?? 1)}`;
    else value = String(y);
    return { start: r.index, end: r.index + r.text.length, text: r.text, type, value };
  });
}

function wartaSpans(a: GoldArticle): Span[] {
  const doc = analyze({ text: a.text, published: a.dct });
  return (doc.layers.timexes ?? []).map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value }));
}

function goldSpans(a: GoldArticle): Span[] {
  const out: Span[] = [];
  for (const t of a.timexes ?? []) {
    const sp = resolveSpan(a.text, t);
    if (!sp) {
      console.warn(`gold inconsistency in ${a.id}: "${t.text}" #${t.occurrence} not found`);
      continue;
    }
    out.push({ ...sp, text: t.text, type: t.type, value: t.value });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Score one article; one-to-one matching, exact matches first, then the largest overlap. */
function score(pred: Span[], gold: Span[], c: Counts, log: string[] | null, id: string): void {
  c.nPred += pred.length;
  c.nGold += gold.length;
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  gold.forEach((g, gi) => {
    const pi = pred.findIndex((p, k) => !usedP.has(k) && p.start === g.start && p.end === g.end);
    if (pi >= 0) { usedP.add(pi); usedG.add(gi); pairs.push([pi, gi]); c.strict++; }
  });
  gold.forEach((g, gi) => {
    if (usedG.has(gi)) return;
    let best = -1;
    let bestOv = 0;
    pred.forEach((p, k) => {
      if (usedP.has(k)) return;
      const ov = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (ov > bestOv) { bestOv = ov; best = k; }
    });
    if (best >= 0) { usedP.add(best); usedG.add(gi); pairs.push([best, gi]); }
  });
  c.relaxed += pairs.length;
  for (const [pi, gi] of pairs) {
    const p = pred[pi]!;
    const g = gold[gi]!;
    if (p.value === g.value) c.valueOk++;
    else log?.push(`  ${id}  value  "${g.text}" gold ${g.type} ${g.value}  got "${p.text}" ${p.type} ${p.value}`);
    if (p.type === g.type) c.typeOk++;
    if (p.start !== g.start || p.end !== g.end) log?.push(`  ${id}  extent gold "${g.text}"  got "${p.text}"`);
  }
  gold.forEach((g, gi) => { if (!usedG.has(gi)) log?.push(`  ${id}  miss   "${g.text}" ${g.type} ${g.value}`); });
  pred.forEach((p, pi) => { if (!usedP.has(pi)) log?.push(`  ${id}  false  "${p.text}" ${p.type} ${p.value}`); });
}

const empty = (): Counts => ({ nPred: 0, nGold: 0, strict: 0, relaxed: 0, valueOk: 0, typeOk: 0, dctOk: 0, dctN: 0 });

/** Score both systems on a list of gold articles. */
export function evaluateTime(articles: GoldArticle[], verbose = false): Record<System, Counts> & { log: string[] } {
  const res = { warta: empty(), 'chrono-id': empty(), log: [] as string[] };
  for (const a of articles) {
    const gold = goldSpans(a);
    score(wartaSpans(a), gold, res.warta, verbose ? res.log : null, a.id);
    score(chronoSpans(a.text, a.dct), gold, res['chrono-id'], null, a.id);
    if (a.dct) {
      const inferred = analyze({ text: a.text }).layers.dct?.value ?? null;
      res.warta.dctN++;
      if (inferred === a.dct) res.warta.dctOk++;
      else if (verbose) res.log.push(`  ${a.id}  dct    gold ${a.dct} inferred ${inferred}`);
      // chrono has no notion of a document date: its first parsed date stands in for one.
      const first = chrono.id.parse(a.text, new Date(2000, 0, 1))[0];
      const d = first?.start.isCertain('year') && first.start.isCertain('day') ? first.start.date() : null;
      res['chrono-id'].dctN++;
      if (d && `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` === a.dct) res['chrono-id'].dctOk++;
    }
  }
  return res;
}

/** Rows of the timex table, one per system. */
export function timeRows(res: Record<System, Counts>): Array<Array<string | number>> {
  return (['warta', 'chrono-id'] as System[]).map((s) => {
    const c = res[s];
    const st = prf(c.strict, c.nPred, c.nGold);
    const rx = prf(c.relaxed, c.nPred, c.nGold);
    return [s, c.nGold, c.nPred, st.p, st.r, st.f, rx.p, rx.r, rx.f,
      c.relaxed ? c.valueOk / c.relaxed : 0, c.relaxed ? c.typeOk / c.relaxed : 0, c.dctN ? c.dctOk / c.dctN : 0];
  });
}

/**
 * DCT inference on a whole news set with publication dates (Detik, whose
 * `tanggal` is M/D/Y): exact and within one day (an article often appears
 * the day after the clause it dates).
 */
function dctOnDetik(): void {
  const path = sharedPath('data/news-detik-summarization-1k/articles.jsonl');
  if (!path) return;
  const rows = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { isi_berita: string; tanggal: string });
  let exact = 0;
  let near = 0;
  let none = 0;
  for (const r of rows) {
    const [m, d, y] = r.tanggal.split(' ')[0]!.split('/');
    const gold = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    const got = analyze({ text: r.isi_berita }).layers.dct?.value ?? null;
    if (got === null) none++;
    else if (got === gold) exact++;
    else if (Math.abs(Date.parse(got) - Date.parse(gold)) <= 86_400_000) near++;
  }
  console.log(`\n${path} (${rows.length} articles, published withheld)`);
  printTable(['dct inference', 'exact', 'within 1 day', 'none'], [['warta', exact / rows.length, (exact + near) / rows.length, none / rows.length]]);
}

export async function main(flags: string[]): Promise<void> {
  if (flags.includes('--dct-detik')) {
    dctOnDetik();
    return;
  }
  const verbose = flags.includes('--verbose') || flags.includes('-v');
  const given = flags.filter((f) => f.startsWith('--gold=')).map((f) => f.slice('--gold='.length));
  const paths = given.length
    ? given
    : [sharedPath('gold/dev.jsonl'), sharedPath('examples/tempo-stoltenberg-kyiv.gold.json')].filter((p): p is string => p !== null);
  if (!paths.length) return;
  for (const path of paths) {
    const articles = readGold(path);
    const res = evaluateTime(articles, verbose);
    console.log(`\n${path} (${articles.length} articles)`);
    printTable(
      ['system', 'gold', 'pred', 'strict P', 'strict R', 'strict F1', 'relax P', 'relax R', 'relax F1', 'value acc', 'type acc', 'dct acc'],
      timeRows(res),
    );
    if (verbose && res.log.length) {
      console.log('\nwarta misses, false alarms, wrong values and extents:');
      for (const l of res.log) console.log(l);
    }
  }
}
