/**
 * `npm run eval -- segmentation [--dev [--diff]]`: sentence-boundary and token F1 of
 * warta's tokenizer and sentence splitter against the UD Indonesian
 * treebanks, side by side with Node's ICU segmenter (`Intl.Segmenter('id')`).
 *
 * Raw text is rebuilt from each sentence's `# text`, sentences joined by one
 * space. A boundary is a sentence end offset; a token is an exact span. Gold
 * tokens are surface tokens: a multiword token (`menyetujuinya` = `menyetujui`
 * + `nya`) counts once, with its clitic attached.
 *
 * By default the test splits are scored (CSUI, PUD, GSD). `--dev` scores the
 * splits the rules were chosen on (CSUI train, GSD dev), and `--dev --diff`
 * also lists every missed/false boundary, token and clitic there; never tune
 * on the test files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from './shared-data.js';
import { foldText } from '../src/stages/normalize/normalize.js';
import { tokenize } from '../src/stages/tokens/tokenize.js';
import { splitSentences } from '../src/stages/sentences/split-sentences.js';

/** A gold document rebuilt from a CoNLL-U file. */
export interface UdDocument {
  readonly text: string;
  /** End offset of each gold sentence. */
  readonly sentenceEnds: number[];
  /** Surface token spans `[start, end]`. */
  readonly tokens: Array<[number, number]>;
  /** Per surface token: whether it is a multiword token ending in a clitic (`-nya`, `-lah` ...). */
  readonly hasClitic: boolean[];
  /** Surface forms that could not be found in `# text` (skipped). */
  readonly unaligned: number;
}

const CLITIC_WORDS = new Set(['nya', 'lah', 'kah', 'pun', 'ku', 'mu']);

interface UdSentence {
  text: string;
  forms: Array<{ form: string; clitic: boolean }>;
}

function parseConllu(raw: string, limit = Infinity): UdSentence[] {
  const out: UdSentence[] = [];
  let cur: UdSentence | null = null;
  let rangeEnd = 0;
  for (const line of raw.split('\n')) {
    if (line.startsWith('# text = ')) {
      cur = { text: line.slice(9).trim(), forms: [] };
      rangeEnd = 0;
    } else if (line.startsWith('#')) {
      continue;
    } else if (line.trim() === '') {
      if (cur) out.push(cur);
      cur = null;
      if (out.length >= limit) break;
    } else if (cur) {
      const cols = line.split('\t');
      const id = cols[0]!;
      const form = cols[1]!;
      const dash = id.indexOf('-');
      if (dash > 0) {
        rangeEnd = Number(id.slice(dash + 1));
        cur.forms.push({ form, clitic: false });
      } else if (id.includes('.')) {
        continue;
      } else {
        const n = Number(id);
        if (n <= rangeEnd) {
          // the last word of a multiword token tells whether it was a clitic
          if (n === rangeEnd) cur.forms[cur.forms.length - 1]!.clitic = CLITIC_WORDS.has(form.toLowerCase().replace(/^-/, ''));
          continue;
        }
        cur.forms.push({ form, clitic: false });
      }
    }
  }
  if (cur && out.length < limit) out.push(cur);
  return out;
}

/** Read a CoNLL-U file into one document (at most `limit` sentences). */
export function readUdDocument(path: string, limit = Infinity): UdDocument {
  const sentences = parseConllu(readFileSync(path, 'utf8'), limit);
  let text = '';
  const sentenceEnds: number[] = [];
  const tokens: Array<[number, number]> = [];
  const hasClitic: boolean[] = [];
  let unaligned = 0;
  for (const s of sentences) {
    if (text.length) text += ' ';
    const base = text.length;
    text += s.text;
    sentenceEnds.push(text.length);
    let pos = 0;
    for (const { form, clitic } of s.forms) {
      while (pos < s.text.length && /\s/.test(s.text[pos]!)) pos++;
      let at = s.text.startsWith(form, pos) ? pos : s.text.indexOf(form, pos);
      if (at < 0 || at - pos > 3) {
        unaligned++;
        continue;
      }
      tokens.push([base + at, base + at + form.length]);
      hasClitic.push(clitic);
      pos = at + form.length;
    }
  }
  return { text, sentenceEnds, tokens, hasClitic, unaligned };
}

/** Precision, recall and F1 of predicted keys against gold keys. */
export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

function prf(gold: ReadonlySet<number>, pred: ReadonlySet<number>): Prf {
  let tp = 0;
  for (const k of pred) if (gold.has(k)) tp++;
  const p = pred.size ? tp / pred.size : 0;
  const r = gold.size ? tp / gold.size : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const spanKey = (s: number, e: number): number => s * 1_000_000 + e;

/** What a segmenter predicts on one text. */
export interface Segmentation {
  sentenceEnds: number[];
  tokens: Array<[number, number]>;
  clitics?: Map<number, boolean>;
}

/** warta's tokenizer and sentence splitter on raw text. */
export function wartaSegment(text: string): Segmentation {
  const folded = foldText(text);
  const t = tokenize(folded);
  const sentences = splitSentences(folded, t);
  const tokens: Array<[number, number]> = [];
  const clitics = new Map<number, boolean>();
  for (let i = 0; i < t.count; i++) {
    tokens.push([t.start[i]!, t.end[i]!]);
    clitics.set(spanKey(t.start[i]!, t.end[i]!), t.clitic[i]! >= 0);
  }
  return { sentenceEnds: sentences.map((s) => s.end), tokens, clitics };
}

/** Node's ICU segmenter: sentences (trailing spaces trimmed) and non-space word segments. */
export function icuSegment(text: string): Segmentation {
  const sentenceEnds: number[] = [];
  for (const seg of new Intl.Segmenter('id', { granularity: 'sentence' }).segment(text)) {
    let end = seg.index + seg.segment.length;
    while (end > seg.index && /\s/.test(text[end - 1]!)) end--;
    if (end > seg.index) sentenceEnds.push(end);
  }
  const tokens: Array<[number, number]> = [];
  for (const seg of new Intl.Segmenter('id', { granularity: 'word' }).segment(text)) {
    if (seg.segment.trim() === '') continue;
    tokens.push([seg.index, seg.index + seg.segment.length]);
  }
  return { sentenceEnds, tokens };
}

/** Sentence-boundary and token scores of one segmentation against a gold document. */
export function score(gold: UdDocument, pred: Segmentation): { sentences: Prf; tokens: Prf } {
  return {
    sentences: prf(new Set(gold.sentenceEnds), new Set(pred.sentenceEnds)),
    tokens: prf(new Set(gold.tokens.map(([s, e]) => spanKey(s, e))), new Set(pred.tokens.map(([s, e]) => spanKey(s, e)))),
  };
}

/** Clitic detection on tokens whose span matches a gold surface token. */
function cliticScore(gold: UdDocument, pred: Segmentation): { p: number; r: number; n: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let n = 0;
  for (let i = 0; i < gold.tokens.length; i++) {
    const [s, e] = gold.tokens[i]!;
    const p = pred.clitics?.get(spanKey(s, e));
    if (p === undefined) continue;
    n++;
    const g = gold.hasClitic[i]!;
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  return { p: tp / (tp + fp || 1), r: tp / (tp + fn || 1), n };
}

const TEST_SETS = [
  { name: 'CSUI test', path: 'data/ud-indonesian-csui/id_csui-ud-test.conllu' },
  { name: 'PUD test', path: 'data/ud-indonesian-pud/id_pud-ud-test.conllu' },
  { name: 'GSD test', path: 'data/ud-indonesian-gsd/id_gsd-ud-test.conllu' },
];
const DEV_SETS = [
  { name: 'CSUI train', path: 'data/ud-indonesian-csui/id_csui-ud-train.conllu' },
  { name: 'GSD dev', path: 'data/ud-indonesian-gsd/id_gsd-ud-dev.conllu' },
];

const f3 = (x: number): string => x.toFixed(3);

function showDiffs(gold: UdDocument, pred: Segmentation, max: number): void {
  const ctx = (a: number, b: number): string => JSON.stringify(gold.text.slice(Math.max(0, a - 30), b + 30));
  const g = new Set(gold.sentenceEnds);
  const p = new Set(pred.sentenceEnds);
  let shown = 0;
  for (const e of gold.sentenceEnds) if (!p.has(e) && shown++ < max) console.log(`  missed boundary  ${ctx(e, e)}`);
  shown = 0;
  for (const e of pred.sentenceEnds) if (!g.has(e) && shown++ < max) console.log(`  false boundary   ${ctx(e, e)}`);
  const gt = new Set(gold.tokens.map(([s, e]) => spanKey(s, e)));
  const pt = new Set(pred.tokens.map(([s, e]) => spanKey(s, e)));
  shown = 0;
  for (const [s, e] of gold.tokens) {
    if (!pt.has(spanKey(s, e)) && shown++ < max) console.log(`  missed token     ${JSON.stringify(gold.text.slice(s, e))} in ${ctx(s, e)}`);
  }
  shown = 0;
  for (const [s, e] of pred.tokens) {
    if (!gt.has(spanKey(s, e)) && shown++ < max) console.log(`  false token      ${JSON.stringify(gold.text.slice(s, e))} in ${ctx(s, e)}`);
  }
  for (let i = 0; i < gold.tokens.length; i++) {
    const [s, e] = gold.tokens[i]!;
    const p = pred.clitics?.get(spanKey(s, e));
    if (p !== undefined && p !== gold.hasClitic[i]) console.log(`  clitic ${p ? 'false' : 'missed'}     ${JSON.stringify(gold.text.slice(s, e))}`);
  }
}

export function main(flags: string[]): void {
  const dir = sharedDir();
  if (!dir) {
    console.log('skipped: ../shared is not beside the repository (set WARTA_SHARED); needed data/ud-indonesian-*');
    return;
  }
  const dev = flags.includes('--dev');
  const sets = dev ? DEV_SETS : TEST_SETS;
  console.log(dev ? 'development splits (rules were chosen on these)' : 'test splits (reported once, never tuned on)');
  console.log('| set | sentences | tokens | sent F1 warta | sent F1 ICU | token F1 warta | token F1 ICU | clitic P / R warta |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const diffs: Array<[string, UdDocument, Segmentation]> = [];
  for (const set of sets) {
    const gold = readUdDocument(join(dir, set.path));
    const w = wartaSegment(gold.text);
    const icu = icuSegment(gold.text);
    const sw = score(gold, w);
    const si = score(gold, icu);
    const cl = cliticScore(gold, w);
    console.log(
      `| ${set.name} | ${gold.sentenceEnds.length} | ${gold.tokens.length} | ${f3(sw.sentences.f1)} | ${f3(si.sentences.f1)} | ${f3(sw.tokens.f1)} | ${f3(si.tokens.f1)} | ${f3(cl.p)} / ${f3(cl.r)} |`,
    );
    if (gold.unaligned) console.log(`  (${gold.unaligned} gold forms not found in # text, skipped)`);
    diffs.push([set.name, gold, w]);
  }
  if (dev && flags.includes('--diff')) {
    for (const [name, gold, w] of diffs) {
      console.log(`\n${name}: differences`);
      showDiffs(gold, w, 200);
    }
  }
}
