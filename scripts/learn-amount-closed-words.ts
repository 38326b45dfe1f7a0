/**
 * `npx tsx scripts/learn-amount-closed-words.ts`: writes `data/id/amount-closed-words.txt`, the closed-class words of the
 * UD Indonesian treebanks (CSUI train and test, GSD dev and test, PUD; CC BY-SA 4.0) that are never a noun: seen at
 * least MIN_SEEN times, never tagged NOUN, PROPN, NUM, VERB or ADJ, and tagged ADV, PRON, PART, SCONJ, CCONJ, ADP, AUX
 * or DET in at least MIN_SHARE of their uses (`memang`, `aku`, `kan`, `sebelumnya`, `seperti`). The amounts stage reads
 * no counted noun in them (`iPhone 11 memang ...`, `ketiga aku nyanyi`, `cuma 500 kan`). Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/shared-data.js';
import { forEachUdToken } from './ud-treebanks.js';

const MIN_SEEN = 3;
const MIN_SHARE = 0.9;
const CLOSED = new Set(['ADV', 'PRON', 'PART', 'SCONJ', 'CCONJ', 'ADP', 'AUX', 'DET']);
const OPEN = new Set(['NOUN', 'PROPN', 'NUM', 'VERB', 'ADJ']);
const OUT = join(REPO_ROOT, 'data', 'id', 'amount-closed-words.txt');

const seen = new Map<string, { all: number; closed: number; open: number }>();
forEachUdToken((form, upos) => {
  const w = form.toLowerCase();
  if (!/^\p{Ll}+$/u.test(w)) return;
  let s = seen.get(w);
  if (!s) seen.set(w, (s = { all: 0, closed: 0, open: 0 }));
  s.all++;
  if (CLOSED.has(upos)) s.closed++;
  if (OPEN.has(upos)) s.open++;
});
const words = [...seen].filter(([, s]) => s.all >= MIN_SEEN && s.open === 0 && s.closed / s.all >= MIN_SHARE).map(([w]) => w).sort();
writeFileSync(OUT, `${[
  '# Closed-class words that never head a counted noun (`iPhone 11 memang ...`, `cuma 500 kan`), learned from the UD',
  '# Indonesian treebanks by scripts/learn-amount-closed-words.ts (see its header and data/id/README.md); rerun it, do not edit.',
  `# ${words.length} words: seen >= ${MIN_SEEN} times, never NOUN/PROPN/NUM/VERB/ADJ, closed-class in >= ${MIN_SHARE} of their uses.`,
].join('\n')}\n${words.join('\n')}\n`);
console.log(`${words.length} words -> ${OUT}`);
