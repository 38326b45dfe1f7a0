/**
 * `npm run eval -- persons [--gold=<file>] [--verbose]`: the persons layer
 * against gold files written to ../shared/gold/GUIDELINES.md (section
 * persons). A predicted person matches a gold one (one to one, in gold order)
 * when their names are equal, case-insensitively, or one's name is among the
 * other's mentions. Mention recall counts gold surface forms found among the
 * matched person's predicted mentions; role P/R/F1 pairs the role strings of
 * matched persons one to one, case-insensitively (exact), with a lenient
 * variant that then also pairs a role containing, or contained in, the other.
 */
import { analyze } from '../src/analyze.js';
import type { ArticleInput, Document } from '../src/text/document.js';
import type { PersonJson } from '../src/text/schema.js';
import { prf, printTable, type GoldArticle, type GoldPerson } from './gold.js';
import { goldInputs } from './lib/gold-inputs.js';

/** Case- and space-folded form used for every comparison (gold files hold NBSPs). */
function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function samePerson(g: GoldPerson, p: PersonJson): boolean {
  const gn = norm(g.name);
  const pn = norm(p.name);
  return gn === pn || p.mentions.some((m) => norm(m) === gn) || g.mentions.some((m) => norm(m) === pn);
}

/**
 * Pairs gold roles with predicted roles, one to one (each predicted role
 * credits at most one gold role, so precision stays within 1), skipping both
 * sides' indices already in `pairs` from an earlier, stricter pass; returns
 * how many pairs it made.
 */
function pairUp(gold: readonly string[], pred: readonly string[], pairs: { gold: Set<number>; pred: Set<number> }, same: (g: string, p: string) => boolean): number {
  let n = 0;
  gold.forEach((g, gi) => {
    if (pairs.gold.has(gi)) return;
    const k = pred.findIndex((p, i) => !pairs.pred.has(i) && same(g, p));
    if (k < 0) return;
    pairs.gold.add(gi);
    pairs.pred.add(k);
    n++;
  });
  return n;
}

/** Scores of one run over a gold set. */
export interface PersonScores {
  persons: { tp: number; nPred: number; nGold: number };
  mentions: { found: number; nGold: number };
  roles: { tp: number; nPred: number; nGold: number; lenientTp: number };
  misses: string[];
  falseAlarms: string[];
  roleErrors: string[];
}

/** Score the default pipeline's persons on gold articles. */
export function scorePersons(articles: GoldArticle[], run: (input: ArticleInput) => Document = analyze): PersonScores {
  const s: PersonScores = {
    persons: { tp: 0, nPred: 0, nGold: 0 }, mentions: { found: 0, nGold: 0 },
    roles: { tp: 0, nPred: 0, nGold: 0, lenientTp: 0 }, misses: [], falseAlarms: [], roleErrors: [],
  };
  for (const a of articles) {
    if (!a.persons) continue;
    const doc = run({ text: a.text, id: a.id, published: a.dct });
    const pred = [...(doc.layers.persons ?? [])];
    const used = new Set<number>();
    s.persons.nGold += a.persons.length;
    s.persons.nPred += pred.length;
    for (const g of a.persons) {
      s.mentions.nGold += g.mentions.length;
      const k = pred.findIndex((p, i) => !used.has(i) && samePerson(g, p));
      if (k < 0) {
        s.misses.push(`${a.id}: ${g.name}`);
        s.roles.nGold += g.roles.length;
        continue;
      }
      used.add(k);
      const p = pred[k]!;
      s.persons.tp++;
      const pm = new Set(p.mentions.map(norm));
      s.mentions.found += g.mentions.filter((m) => pm.has(norm(m))).length;
      const gr = g.roles.map(norm);
      const pr = p.roles.map(norm);
      s.roles.nGold += gr.length;
      s.roles.nPred += pr.length;
      const pairs = { gold: new Set<number>(), pred: new Set<number>() };
      const exact = pairUp(gr, pr, pairs, (r, q) => r === q);
      s.roles.tp += exact;
      s.roles.lenientTp += exact + pairUp(gr, pr, pairs, (r, q) => q.includes(r) || r.includes(q));
      if (exact !== gr.length || exact !== pr.length) s.roleErrors.push(`${a.id}: ${g.name}: gold ${JSON.stringify(g.roles)} got ${JSON.stringify(p.roles)}`);
    }
    pred.forEach((p, i) => { if (!used.has(i)) s.falseAlarms.push(`${a.id}: ${p.name} ${JSON.stringify(p.roles)}`); });
  }
  return s;
}

export async function main(flags: string[]): Promise<void> {
  const gold = goldInputs(flags);
  if (!gold) return;
  const s = scorePersons(gold.articles);
  const per = prf(s.persons.tp, s.persons.nPred, s.persons.nGold);
  const role = prf(s.roles.tp, s.roles.nPred, s.roles.nGold);
  const lenient = prf(s.roles.lenientTp, s.roles.nPred, s.roles.nGold);
  console.log(`gold: ${gold.files.join(', ')} (${gold.articles.filter((a) => a.persons).length} articles)`);
  printTable(['measure', 'tp', 'pred', 'gold', 'P', 'R', 'F1'], [
    ['persons', s.persons.tp, s.persons.nPred, s.persons.nGold, per.p, per.r, per.f],
    ['roles (exact, matched persons)', s.roles.tp, s.roles.nPred, s.roles.nGold, role.p, role.r, role.f],
    ['roles (containment)', s.roles.lenientTp, s.roles.nPred, s.roles.nGold, lenient.p, lenient.r, lenient.f],
  ]);
  console.log(`mention recall: ${s.mentions.found}/${s.mentions.nGold} = ${(s.mentions.nGold ? s.mentions.found / s.mentions.nGold : 0).toFixed(3)}`);
  if (flags.includes('--verbose')) {
    for (const m of s.misses) console.log(`  missed   ${m}`);
    for (const m of s.falseAlarms) console.log(`  spurious ${m}`);
    for (const m of s.roleErrors) console.log(`  roles    ${m}`);
  }
}
