/**
 * The confirmation test every near-duplicate candidate must pass: are two
 * texts copies of one article, or two articles that share text?
 *
 * SimHash and the sketch only find candidates. Sharing 60% of the word
 * 3-shingles was the old confirmation, and a hand audit of its merges
 * (eval/fixtures/dedupe-audit.tsv) found 17 false merges in 10,000 articles:
 * a half-time and a final-result report of one match, daily gold-price
 * articles from one template, follow-ups that put a new statement on top of
 * the earlier report. Those share as much text as a reworded re-post, so no
 * resemblance threshold separates them. What does separate them is where the
 * text differs. A wire copy is the same text with at most a different intro
 * line, a trimmed ending and other punctuation; a follow-up or an update adds
 * new sentences (a new lead, a second half) to what it shares. Hence two
 * ways to be a copy:
 * - nearly the same shingles (resemblance ≥ {@link COPY_RESEMBLANCE}); or
 * - the shorter text, apart from its first sentence, lies inside the longer
 *   one (≥ {@link COPY_CONTAINMENT} of its shingles), and the longer one adds
 *   at most {@link COPY_NEW_SENTENCES} sentence anywhere but at its end.
 *
 * Chosen on the audited merges of the first 10,000 CLICK-ID articles
 * (`npm run eval -- dedupe`) and checked on the next 7,055 (`-- --from=10000`),
 * audited separately: false merges 17 → 0 and 12 → 0; the price is that
 * re-posts reworded beyond that (a rewritten lead paragraph, reordered
 * sentences) are no longer grouped (76 → 49 and 97 → 47 of the audited true
 * duplicates). Pure, no I/O; runs only on the few candidates of one article.
 */
import { words } from './simhash.js';
import { setResemblance, shingles } from './sketch.js';

/** Resemblance (Jaccard of word 3-shingle sets) at or above which two texts are copies whatever their structure. */
export const COPY_RESEMBLANCE = 0.8;
/** Share of the shorter text's shingles (its first sentence set aside) that the longer text must hold. */
export const COPY_CONTAINMENT = 0.97;
/** Sentences the longer text may add anywhere but at its end (a different intro line). */
export const COPY_NEW_SENTENCES = 1;
/** The shorter text's first sentence is set aside only when the rest holds at least this share of its shingles. */
const MIN_BODY_SHARE = 0.5;
/** A sentence of the longer text is new when less than this share of its shingles occurs in the shorter text. */
const NEW_SENTENCE_SHARE = 0.5;

/**
 * Sentence ends for this test only: ., ! or ? (a closing quote may follow)
 * before white space and an upper-case letter or an opening quote. Cruder
 * than the sentences stage, which the store does not have for stored texts,
 * and enough here: a missed boundary only merges two sentences.
 */
const SENTENCE_END = /(?<=[.!?]["'”’]?)\s+(?=["“]?\p{Lu})/u;

/** A text split for the test: its sentences' words and the shingle set of the whole. */
interface Split {
  sentences: string[][];
  all: Set<string>;
}

function split(text: string): Split {
  const sentences = text.split(SENTENCE_END).map(words).filter((w) => w.length > 0);
  return { sentences, all: shingles(sentences.flat()) };
}

function share(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (!part.size) return 1;
  let n = 0;
  for (const x of part) if (whole.has(x)) n++;
  return n / part.size;
}

/** What {@link copyTest} found: whether the texts are copies, and their resemblance (to rank several candidates). */
export interface CopyVerdict {
  copy: boolean;
  resemblance: number;
}

/**
 * Whether `a` and `b` are copies of one article (see the module comment).
 *
 * @example
 * copyTest(report, 'Kunjungan itu berlangsung tanpa pengumuman. ' + report).copy; // true: a new intro line
 * copyTest(halfTimeReport, finalResultReport).copy; // false: new lead and a second half
 */
export function copyTest(a: string, b: string): CopyVerdict {
  const x = split(a);
  const y = split(b);
  const resemblance = setResemblance(x.all, y.all);
  if (resemblance >= COPY_RESEMBLANCE) return { copy: true, resemblance };
  const [short, long] = x.all.size <= y.all.size ? [x, y] : [y, x];
  const body = short.sentences.length > 1 ? shingles(short.sentences.slice(1).flat()) : short.all;
  // A first "sentence" that is most of the text (a short brief, or no boundary found) is no intro line.
  if (body.size < MIN_BODY_SHARE * short.all.size) return { copy: false, resemblance };
  if (share(body, long.all) < COPY_CONTAINMENT) return { copy: false, resemblance };
  // Sentences the longer text adds, not counting a trimmed-away ending of the shorter one.
  const isNew = long.sentences.map((s) => share(shingles(s), short.all) < NEW_SENTENCE_SHARE);
  let end = isNew.length;
  while (end > 0 && isNew[end - 1]) end--;
  let added = 0;
  for (let i = 0; i < end; i++) if (isNew[i]) added++;
  return { copy: added <= COPY_NEW_SENTENCES, resemblance };
}
