/**
 * `npm run eval -- quotes [--gold=<file>] [--verbose]`: the quotes layer
 * against gold files written to ../shared/gold/GUIDELINES.md. A predicted
 * quote matches a gold quote of the same kind when their contents overlap by
 * at least half the tokens of each; speaker accuracy counts matched quotes
 * whose resolved `speaker_name` equals the gold one (or both are null).
 */
import { analyze } from '../src/analyze.js';
import type { ArticleInput, Document } from '../src/text/document.js';
import type { QuoteJson } from '../src/text/schema.js';
import { prf, printTable, type GoldArticle, type GoldQuote } from './gold.js';
import { goldInputs } from './lib/gold-inputs.js';
import { analyzerFromFlags } from './lib/without-stages.js';

/** Minimum share of each side's tokens that must overlap for a match. */
export const MIN_TOKEN_OVERLAP = 0.5;

const TOKEN = /[\p{L}\p{N}]+/gu;

interface Span { start: number; end: number }

function tokenSpans(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TOKEN)) out.push({ start: span.start + m.index!, end: span.start + m.index! + m[0].length });
  return out;
}

function bag(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of s.toLowerCase().match(TOKEN) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Share of overlap: min over both sides of (shared tokens / own tokens). */
function overlap(text: string, gold: GoldQuote, goldSpan: Span | null, pred: QuoteJson): number {
  if (goldSpan) {
    const g = tokenSpans(text, goldSpan), p = tokenSpans(text, pred);
    if (!g.length || !p.length) return 0;
    const shared = g.filter((t) => t.start >= pred.start && t.end <= pred.end).length;
    return Math.min(shared / g.length, shared / p.length);
  }
  const g = bag(gold.content), p = bag(pred.content);
  let shared = 0, ng = 0, np = 0;
  for (const [t, n] of g) { ng += n; shared += Math.min(n, p.get(t) ?? 0); }
  for (const n of p.values()) np += n;
  return ng && np ? Math.min(shared / ng, shared / np) : 0;
}

/** Scores of one run over a gold set. */
export interface QuoteScores {
  byKind: Record<'direct' | 'indirect', { tp: number; nPred: number; nGold: number; p: number; r: number; f: number }>;
  speakerOk: number; matched: number; speakerAcc: number;
  misses: string[]; falseAlarms: string[]; wrongSpeakers: string[];
}

/** Score the default pipeline's quotes on gold articles. */
export function scoreQuotes(articles: GoldArticle[], run: (input: ArticleInput) => Document = analyze): QuoteScores {
  const counts = { direct: { tp: 0, nPred: 0, nGold: 0 }, indirect: { tp: 0, nPred: 0, nGold: 0 } };
  let speakerOk = 0, matched = 0;
  const misses: string[] = [], falseAlarms: string[] = [], wrongSpeakers: string[] = [];
  for (const a of articles) {
    if (!a.quotes) continue;
    const doc = run({ text: a.text, published: a.dct });
    const pred = (doc.layers.quotes ?? []) as readonly QuoteJson[];
    const used = new Set<number>();
    for (const g of a.quotes) {
      counts[g.kind].nGold++;
      const at = a.text.indexOf(g.content);
      const gs = at >= 0 ? { start: at, end: at + g.content.length } : null;
      let best = -1, bestScore = 0;
      pred.forEach((p, i) => {
        if (used.has(i) || p.kind !== g.kind) return;
        const s = overlap(a.text, g, gs, p);
        if (s >= MIN_TOKEN_OVERLAP && s > bestScore) { best = i; bestScore = s; }
      });
      if (best < 0) { misses.push(`${a.id}  ${g.kind}  [${g.speaker ?? '-'} / ${g.cue ?? '-'}]  ${g.content.slice(0, 100)}`); continue; }
      used.add(best);
      counts[g.kind].tp++;
      matched++;
      const p = pred[best]!;
      if ((p.speaker_name ?? null) === (g.speaker_name ?? null)) speakerOk++;
      else wrongSpeakers.push(`${a.id}  ${g.kind}  got ${JSON.stringify(p.speaker_name)} (mention ${JSON.stringify(p.speaker?.text ?? null)}), gold ${JSON.stringify(g.speaker_name)} (mention ${JSON.stringify(g.speaker)})  ${g.content.slice(0, 60)}`);
    }
    pred.forEach((p, i) => {
      counts[p.kind].nPred++;
      if (!used.has(i)) falseAlarms.push(`${a.id}  ${p.kind}  [${p.speaker?.text ?? '-'} / ${p.cue?.text ?? '-'} → ${p.speaker_name}]  ${p.content.slice(0, 100)}`);
    });
  }
  const byKind = {
    direct: { ...counts.direct, ...prf(counts.direct.tp, counts.direct.nPred, counts.direct.nGold) },
    indirect: { ...counts.indirect, ...prf(counts.indirect.tp, counts.indirect.nPred, counts.indirect.nGold) },
  };
  return { byKind, speakerOk, matched, speakerAcc: matched ? speakerOk / matched : 0, misses, falseAlarms, wrongSpeakers };
}

export function main(flags: string[]): void {
  const input = goldInputs(flags);
  if (!input) return;
  const s = scoreQuotes(input.articles, analyzerFromFlags(flags));
  console.log(`gold: ${input.files.join(', ')} (${input.articles.length} articles)`);
  printTable(['kind', 'gold', 'pred', 'tp', 'P', 'R', 'F1'], (['direct', 'indirect'] as const).map((k) => {
    const c = s.byKind[k];
    return [k, c.nGold, c.nPred, c.tp, c.p, c.r, c.f];
  }));
  console.log(`speaker accuracy: ${s.speakerAcc.toFixed(3)} (${s.speakerOk}/${s.matched} matched quotes)`);
  if (flags.includes('--verbose')) {
    console.log(`\nmisses (${s.misses.length}):`);
    for (const m of s.misses) console.log(`  ${m}`);
    console.log(`\nfalse alarms (${s.falseAlarms.length}):`);
    for (const m of s.falseAlarms) console.log(`  ${m}`);
    console.log(`\nwrong speakers (${s.wrongSpeakers.length}):`);
    for (const m of s.wrongSpeakers) console.log(`  ${m}`);
  }
}
