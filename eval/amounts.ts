/**
 * `npm run eval -- amounts [--gold=<file>] [--verbose]`: the amounts layer
 * against gold files written to ../shared/gold/GUIDELINES.md. Extent is
 * exact-span P/R/F1; value accuracy counts matched spans whose value and
 * unit both equal the gold.
 */
import { analyze } from '../src/analyze.js';
import type { ArticleInput, Document } from '../src/text/document.js';
import type { AmountJson } from '../src/text/schema.js';
import { prf, printTable, resolveSpan, type GoldArticle } from './gold.js';
import { goldInputs } from './lib/gold-inputs.js';
import { analyzerFromFlags } from './lib/without-stages.js';

/** Scores of one run over a gold set. */
export interface AmountScores {
  tp: number; nPred: number; nGold: number;
  p: number; r: number; f: number;
  valueOk: number; valueAcc: number;
  misses: string[]; falseAlarms: string[]; wrongValues: string[];
}

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

/** Score the default pipeline's amounts on gold articles. */
export function scoreAmounts(articles: GoldArticle[], run: (input: ArticleInput) => Document = analyze): AmountScores {
  let tp = 0, nPred = 0, nGold = 0, valueOk = 0;
  const misses: string[] = [], falseAlarms: string[] = [], wrongValues: string[] = [];
  for (const a of articles) {
    if (!a.amounts) continue;
    const doc = run({ text: a.text, published: a.dct });
    const pred = (doc.layers.amounts ?? []) as readonly AmountJson[];
    const byKey = new Map(pred.map((p) => [`${p.start}:${p.end}`, p]));
    const matched = new Set<string>();
    for (const g of a.amounts) {
      const span = resolveSpan(a.text, g);
      if (!span) { console.log(`warning: ${a.id}: gold amount "${g.text}" #${g.occurrence} not found in text`); continue; }
      nGold++;
      const key = `${span.start}:${span.end}`;
      const p = byKey.get(key);
      const ctx = a.text.slice(Math.max(0, span.start - 30), span.end + 30).replace(/\s+/g, ' ');
      if (!p) { misses.push(`${a.id}  "${g.text}"  …${ctx}…`); continue; }
      tp++;
      matched.add(key);
      if (sameValue(p.value, g.value) && p.unit === g.unit) valueOk++;
      else wrongValues.push(`${a.id}  "${g.text}": got ${p.kind} ${p.value} ${p.unit}, gold ${g.kind} ${g.value} ${g.unit}`);
    }
    nPred += pred.length;
    for (const p of pred) {
      if (matched.has(`${p.start}:${p.end}`)) continue;
      const ctx = a.text.slice(Math.max(0, p.start - 30), p.end + 30).replace(/\s+/g, ' ');
      falseAlarms.push(`${a.id}  "${p.text}" (${p.kind} ${p.value} ${p.unit})  …${ctx}…`);
    }
  }
  const { p, r, f } = prf(tp, nPred, nGold);
  return { tp, nPred, nGold, p, r, f, valueOk, valueAcc: tp ? valueOk / tp : 0, misses, falseAlarms, wrongValues };
}

export function main(flags: string[]): void {
  const input = goldInputs(flags);
  if (!input) return;
  const s = scoreAmounts(input.articles, analyzerFromFlags(flags));
  console.log(`gold: ${input.files.join(', ')} (${input.articles.length} articles)`);
  printTable(['layer', 'gold', 'pred', 'tp', 'P', 'R', 'F1', 'value acc'], [
    ['amounts', s.nGold, s.nPred, s.tp, s.p, s.r, s.f, s.valueAcc],
  ]);
  if (flags.includes('--verbose')) {
    console.log(`\nmisses (${s.misses.length}):`);
    for (const m of s.misses) console.log(`  ${m}`);
    console.log(`\nfalse alarms (${s.falseAlarms.length}):`);
    for (const m of s.falseAlarms) console.log(`  ${m}`);
    console.log(`\nwrong values (${s.wrongValues.length}):`);
    for (const m of s.wrongValues) console.log(`  ${m}`);
  }
}
