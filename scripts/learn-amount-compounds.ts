/**
 * `npx tsx scripts/learn-amount-compounds.ts`: learns which noun after a counted noun belongs to the count's unit
 * (`ratusan peserta upacara`: unit `peserta upacara`; `titik api`, `calon pimpinan`, `batang rokok`) and writes
 * `data/id/amount-compound-units-learned.tsv`. A pair `head next` is kept when
 * - both words are common nouns in the POS corpora (IndoNLU POSP: NNO; UD Indonesian CSUI, GSD, PUD: NOUN) in at least
 *   half of at least two tagged occurrences;
 * - the pair is a collocation of the raw news (both words written in lower case, side by side): seen at least
 *   MIN_PAIR times, with pointwise mutual information at least MIN_PMI (a free pairing, `rumah tersangka`, `rute baru`,
 *   is far below: the head goes with many words);
 * - the pair mostly ends its phrase: fewer than a third of its occurrences go on with another lower-case noun
 *   (`tersangka kasus` goes on, `4 tersangka kasus dugaan makar`; `surat tanda nomor kendaraan`), MAX_OPEN;
 * - the head is counted in the news (right after a figure or a number word) at least MIN_COUNTED times;
 * - the next word is no word the amounts stage reads otherwise (data/id/amount-context-words.tsv: a time, function,
 *   blocker, classifier... word; only `noun`, `tally`, `party`, `idiom` words may follow);
 * - the head is no classifier of persons or occasions (`orang`, `kali`), whose next word the golds leave out
 *   (`6 orang saksi`, `dua kali panggilan`).
 * Raw news: news-clickid-raw and news-detik-summarization-1k outside the ranges reserved for held-out scoring
 * (eval/fixtures/README.md), and news-indosum-dev. Deterministic; a few seconds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { REPO_ROOT, sharedPath } from '../eval/shared-data.js';
import { readTsv } from '../src/lang/id/tsv-file.js';
import { forEachUdToken } from './ud-treebanks.js';

const MIN_PAIR = 3;
const MIN_PMI = 3.5;
const MIN_COUNTED = 5;
const MIN_NOUN_SHARE = 0.5;
const MIN_TAGGED = 2;
/** An adjective is graded (`sangat legendaris`, `lebih lengkap`): a word after a degree word this often is no noun. */
const MAX_GRADED = 0.02;
const DEGREE_WORDS = new Set(['sangat', 'paling', 'cukup', 'amat', 'terlalu', 'agak', 'semakin', 'makin', 'lebih']);
const MAX_OPEN = 1 / 3;
const FOLLOWER_CATEGORIES = new Set(['noun', 'tally', 'party', 'idiom']);
const CLASSIFIER_HEADS = new Set(['orang', 'kali']);
/** Lines reserved for held-out scoring: never read. */
const RESERVED: Record<string, Array<[number, number]>> = {
  click: [[2000, 2200], [6000, 6400], [9000, 9200], [15300, 15500], [16200, 16400], [16500, 17322]],
  detik: [[600, 650], [900, 1000]],
};
const OUT = join(REPO_ROOT, 'data', 'id', 'amount-compound-units-learned.tsv');

const TOKEN = /[\p{L}\p{N}]+(?:[.,'-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const LOWER_WORD = /^\p{Ll}+$/u;
const DIGIT = /^\p{N}/u;
const NYA = /.nya$/u;

function lines(path: string): string[] {
  const raw = path.endsWith('.gz') ? gunzipSync(readFileSync(path)).toString('utf8') : readFileSync(path, 'utf8');
  return raw.split('\n');
}
const reserved = (set: string, i: number): boolean => RESERVED[set]!.some(([a, b]) => i >= a && i < b);

function need(rel: string): string {
  const p = sharedPath(rel);
  if (!p) throw new Error(`missing shared data ${rel}`);
  return p;
}

// POS: how often each lower-cased form is tagged a common noun (POSP NNO, UD NOUN).
const noun = new Map<string, number>();
const tagged = new Map<string, number>();
function tag(form: string, isNoun: boolean): void {
  const w = form.toLowerCase();
  tagged.set(w, (tagged.get(w) ?? 0) + 1);
  if (isNoun) noun.set(w, (noun.get(w) ?? 0) + 1);
}
for (const f of ['train', 'valid', 'test']) {
  for (const l of lines(need(`data/indonlu-posp/${f}_preprocess.txt`))) {
    const [form, t] = l.split('\t');
    if (form && t) tag(form, t === 'B-NNO');
  }
}
forEachUdToken((form, upos) => tag(form, upos === 'NOUN'));
const isNoun = (w: string): boolean => {
  const n = tagged.get(w) ?? 0;
  return n >= MIN_TAGGED && (noun.get(w) ?? 0) / n >= MIN_NOUN_SHARE;
};
// Function words never follow as part of a unit (stopwords-iso-id: `baru`, `lain`, `serupa`, `umum`).
const stop = new Set(lines(need('data/stopwords-id/stopwords-iso-id.txt')).map((l) => l.trim().toLowerCase()).filter((l) => l));

const numberWords = new Set(readTsv('amount-number-words.tsv', 3).map((r) => r.cells[0]!.toLowerCase()));
const context = new Map<string, Set<string>>();
for (const { cells } of readTsv('amount-context-words.tsv', 2)) {
  const w = cells[0]!.toLowerCase();
  if (!context.has(w)) context.set(w, new Set());
  context.get(w)!.add(cells[1]!);
}
const followerOk = (w: string): boolean => [...(context.get(w) ?? [])].every((c) => FOLLOWER_CATEGORIES.has(c));

// News counts.
const uni = new Map<string, number>();
const pair = new Map<string, number>();
const pairOpen = new Map<string, number>();
const graded = new Map<string, number>();
const counted = new Map<string, number>();
let total = 0;
function addTokens(toks: readonly string[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const low = t.toLowerCase();
    uni.set(low, (uni.get(low) ?? 0) + 1);
    total++;
    if (!LOWER_WORD.test(t)) continue;
    const prev = i > 0 ? toks[i - 1]!.toLowerCase() : '';
    if (DEGREE_WORDS.has(prev)) graded.set(t, (graded.get(t) ?? 0) + 1);
    if (DIGIT.test(prev) || numberWords.has(prev)) counted.set(t, (counted.get(t) ?? 0) + 1);
    const next = toks[i + 1];
    if (next !== undefined && LOWER_WORD.test(next)) {
      const k = `${t} ${next}`;
      pair.set(k, (pair.get(k) ?? 0) + 1);
      const after = toks[i + 2];
      if (after !== undefined && LOWER_WORD.test(after) && isNoun(after)) pairOpen.set(k, (pairOpen.get(k) ?? 0) + 1);
    }
  }
}
lines(need('data/news-clickid-raw/articles.jsonl.gz')).forEach((l, i) => {
  if (!l.trim() || reserved('click', i)) return;
  // The scraper joined paragraphs with commas (`...tahunnya.,Konsul`).
  addTokens(String(JSON.parse(l).content ?? '').replace(/\.,/g, '. ').match(TOKEN) ?? []);
});
lines(need('data/news-detik-summarization-1k/articles.jsonl')).forEach((l, i) => {
  if (!l.trim() || reserved('detik', i)) return;
  addTokens(String(JSON.parse(l).isi_berita ?? '').match(TOKEN) ?? []);
});
for (const l of lines(need('data/news-indosum-dev/articles.jsonl.gz'))) {
  if (!l.trim()) continue;
  for (const para of JSON.parse(l).paragraphs as string[][][]) for (const s of para) addTokens(s);
}

const rows: Array<[string, number, number, number]> = [];
for (const [k, n] of pair) {
  if (n < MIN_PAIR) continue;
  const [a, b] = k.split(' ') as [string, string];
  // (`anak buahnya`: the stage reads the clitic off the compound itself.)
  if (a === b || NYA.test(a) || NYA.test(b) || CLASSIFIER_HEADS.has(a) || (counted.get(a) ?? 0) < MIN_COUNTED) continue;
  if (!isNoun(a) || !isNoun(b) || !followerOk(b) || stop.has(b)) continue;
  if ((graded.get(b) ?? 0) / uni.get(b)! >= MAX_GRADED) continue;
  const pmi = Math.log((n * total) / (uni.get(a)! * uni.get(b)!));
  const open = (pairOpen.get(k) ?? 0) / n;
  if (pmi >= MIN_PMI && open < MAX_OPEN) rows.push([k, n, pmi, open]);
}
rows.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
const head = [
  '# Noun + noun pairs whose second word belongs to a count\'s unit (`ratusan peserta upacara`: unit `peserta upacara`),',
  '# learned by scripts/learn-amount-compounds.ts (see its header and data/id/README.md); do not edit by hand, rerun it.',
  `# Kept: both words common nouns in the POS corpora, the pair seen >= ${MIN_PAIR} times in the raw news with PMI >= ${MIN_PMI},`,
  `# followed by another noun in < ${MAX_OPEN.toFixed(2)} of them, the head counted >= ${MIN_COUNTED} times. Columns: pair, times`,
  `# seen, PMI, share followed by a noun. ${rows.length} pairs over ${total} news tokens.`,
  '# pair\tseen\tpmi\topen',
];
writeFileSync(OUT, `${head.join('\n')}\n${rows.map(([k, n, p, o]) => `${k}\t${n}\t${p.toFixed(2)}\t${o.toFixed(2)}`).join('\n')}\n`);
console.log(`${rows.length} pairs -> ${OUT}`);
