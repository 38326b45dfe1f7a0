/**
 * `npm run eval -- stemming [--roots <file>] [--dev] [--errors]`: warta's
 * stemmer side by side with `natural`'s Indonesian stemmer (Sastrawi's
 * algorithm and its CC BY-NC-SA root list).
 *
 * (a) exact match on the ACTIVE rows of sastrawi/stemmer-test-pairs.tsv
 *     (status = active; the one `sentence` row is stemmed word by word).
 * (b) UD lemma accuracy on the CSUI and PUD TEST files: the share of word
 *     tokens whose stem equals the gold lemma lower-cased. A token counts
 *     when its surface form is alphabetic (letters, inner hyphens) and its
 *     lemma is not `_`. A multiword token (`membelinya` = membeli + nya)
 *     counts once, as written, against the lemma of its host word: the
 *     first part that is not a clitic (ku, kau, mu, nya, lah, kah, tah, pun).
 * `--dev` scores the non-test files instead (CSUI train, GSD dev: these feed
 * the lexicon, so only a lexicon built without them, `--roots=<file>`, makes
 * the figure a held-out one); `--csui-half=0|1` scores one half of CSUI
 * train, to pair with `build-lexicon --exclude-csui-half`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sharedPath } from './shared-data.js';
import { createStemmer, stemAsWritten } from '../src/stages/stems/stem.js';
import { parseRoots } from '../src/lang/id/roots.js';

const CLITICS = new Set(['ku', 'kau', 'mu', 'nya', 'lah', 'kah', 'tah', 'pun']);
const ALPHA = /^[A-Za-z]+(?:-[A-Za-z]+)*$/;

interface Pair { word: string; gold: string; initial?: boolean }

/** Active word→stem pairs (the sentence row split into its words). */
export function sastrawiPairs(path: string): Pair[] {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  const out: Pair[] = [];
  for (const [word, stem, , status] of rows) {
    if (status !== 'active' || !word || stem === undefined) continue;
    out.push({ word, gold: stem });
  }
  return out;
}

/** Scorable surface tokens of a CoNLL-U file with their gold lemma (see the header). */
export function udPairs(path: string, half = -1): Pair[] {
  const out: Pair[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  let sentence = 0;
  let prev = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l) {
      sentence++;
      prev = '';
      continue;
    }
    if (l[0] === '#' || (half >= 0 && sentence % 2 !== half)) continue;
    const c = l.split('\t');
    if (c.length !== 10) continue;
    const id = c[0]!;
    const dash = id.indexOf('-');
    if (dash > 0) {
      const last = Number(id.slice(dash + 1));
      const parts: string[][] = [];
      for (let j = i + 1; j < lines.length; j++) {
        const p = lines[j]!.split('\t');
        parts.push(p);
        if (Number(p[0]) === last) { i = j; break; }
      }
      const host = parts.find((p) => !CLITICS.has(p[1]!.toLowerCase())) ?? parts[0]!;
      if (ALPHA.test(c[1]!) && host[2] !== '_') out.push({ word: c[1]!, gold: host[2]!.toLowerCase(), initial: opensSentence(prev) });
      prev = c[1]!;
    } else if (/^\d+$/.test(id)) {
      if (ALPHA.test(c[1]!) && c[2] !== '_') out.push({ word: c[1]!, gold: c[2]!.toLowerCase(), initial: opensSentence(prev) });
      prev = c[1]!;
    }
  }
  return out;
}

/** A word opens a sentence (for capitalisation) at the start or after punctuation other than a comma. */
function opensSentence(prev: string): boolean {
  return prev === '' || (!/[A-Za-z0-9]/.test(prev) && prev !== ',');
}

type Stem = (w: string, initial?: boolean) => string;

function score(pairs: readonly Pair[], stem: Stem): { ok: number; errors: Array<[string, string, string]> } {
  let ok = 0;
  const errors: Array<[string, string, string]> = [];
  for (const p of pairs) {
    const got = p.word.split(' ').map((w) => stem(w, p.initial ?? true)).join(' ');
    if (got === p.gold) ok++;
    else errors.push([p.word, p.gold, got]);
  }
  return { ok, errors };
}

function pct(ok: number, n: number): string {
  return n ? `${((100 * ok) / n).toFixed(1)}%` : 'n/a';
}

export async function main(flags: string[]): Promise<void> {
  const rootsIdx = flags.findIndex((f) => f.startsWith('--roots='));
  const roots = rootsIdx >= 0 ? parseRoots(readFileSync(flags[rootsIdx]!.slice(8), 'utf8'), flags[rootsIdx]!.slice(8)) : undefined;
  const plain = createStemmer(roots ? { roots } : {});
  // As the stems stage does: names inside a sentence are kept (stemAsWritten); `--no-names` stems every word.
  const warta: Stem = flags.includes('--no-names') ? plain : (w, initial) => stemAsWritten(plain, w, initial ?? true);
  const dev = flags.includes('--dev');
  const showErrors = flags.includes('--errors');

  const pairsPath = sharedPath('data/sastrawi/stemmer-test-pairs.tsv');
  if (!pairsPath) return;
  const require = createRequire(import.meta.url);
  let natural: Stem | null = null;
  try {
    // natural logs through dotenv on load; keep the table readable.
    const log = console.log;
    console.log = () => {};
    try {
      const mod = require('natural') as { StemmerId: { stem(w: string): string } };
      natural = (w) => mod.StemmerId.stem(w.toLowerCase());
    } finally {
      console.log = log;
    }
  } catch {
    console.log('natural is not installed (npm install): its column is left empty');
  }

  const sets: Array<{ name: string; pairs: Pair[] }> = [{ name: 'sastrawi pairs (active)', pairs: sastrawiPairs(pairsPath) }];
  const ud = pairsPath.replace(/sastrawi\/stemmer-test-pairs\.tsv$/, '');
  const files = dev
    ? [[`CSUI train${roots ? '' : ' (in lexicon)'}`, 'ud-indonesian-csui/id_csui-ud-train.conllu'], [`GSD dev${roots ? '' : ' (in lexicon)'}`, 'ud-indonesian-gsd/id_gsd-ud-dev.conllu']]
    : [['UD CSUI test lemmas', 'ud-indonesian-csui/id_csui-ud-test.conllu'], ['UD PUD test lemmas', 'ud-indonesian-pud/id_pud-ud-test.conllu']];
  const halfFlag = flags.find((f) => f.startsWith('--csui-half='));
  const half = halfFlag ? Number(halfFlag.slice(12)) : -1;
  for (const [name, rel] of files) sets.push({ name: name!, pairs: udPairs(join(ud, rel!), rel!.includes('csui-ud-train') ? half : -1) });

  console.log(`| set | tokens | warta | natural (Sastrawi list) |`);
  console.log(`| --- | ---: | ---: | ---: |`);
  for (const s of sets) {
    const t0 = performance.now();
    const w = score(s.pairs, warta);
    const ms = performance.now() - t0;
    const n = natural ? score(s.pairs, natural) : null;
    console.log(`| ${s.name} | ${s.pairs.length} | ${pct(w.ok, s.pairs.length)} | ${n ? pct(n.ok, s.pairs.length) : '-'} |`);
    if (showErrors) {
      const counts = new Map<string, number>();
      for (const [word, gold, got] of w.errors) {
        const k = `${word.toLowerCase()}\tgold=${gold}\twarta=${got}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      for (const [k, c] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${c}\t${k}`);
    }
    void ms;
  }
}
