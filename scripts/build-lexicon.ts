/**
 * `npx tsx scripts/build-lexicon.ts`: rebuild `data/id/roots.txt`, the
 * stemmer's root lexicon, deterministically from licence-clean sources in
 * ../shared/data. The method, thresholds and licences are documented in
 * data/id/README.md (section roots.txt); in short:
 *
 * 1. UD lemmas (CC BY-SA 4.0) of ud-indonesian-csui TRAIN and
 *    ud-indonesian-gsd current DEV, minus identity lemmas the treebanks
 *    contradict, and under the root convention minus derived content lemmas
 *    (bekerja ← kerja), clitic forms (meskipun), ordinals (kedua) and forms
 *    MorphInd segments (GSD dev+test MISC `Morf=`; GSD is no evaluation set
 *    of the stemmer, its test lemmas stay opt-in). Never the CSUI/PUD test
 *    files (evaluation sets), never the GSD legacy-2017 train (CC BY-NC-SA),
 *    never the Sastrawi list.
 * 2. Roots attested in news (news-clickid-raw, CC BY 4.0; news-indosum-dev,
 *    CC BY-SA 4.0), lower-case occurrences only: frequent words the affix
 *    rules do not explain from a plausible root, and rarer or unseen bases
 *    that several affixed news words need.
 * 3. Names the affix rules would cut (capitalised mid-sentence, hardly ever
 *    lower-case).
 *
 * Output: one root a line, most frequent first (the stemmer's tie-breaker).
 *
 * Flags (held-out checks of the method, with `npm run eval -- stemming --dev`):
 * `--exclude-gsd-dev` leaves the GSD dev lemmas out; `--exclude-csui-half=0|1`
 * leaves every other CSUI train sentence out; `--with-gsd-test` adds the GSD
 * test lemmas (CC BY-SA 4.0; measured worse, so off); `--no-loan` and
 * `--no-rare-self` turn off the -isasi/-isme rule and the rare-derivation
 * attestation of unseen bases; `--keep-derived-lemmas` keeps the treebank
 * lemma convention (bekerja, pelajar stay roots); `--reduce-function-words`
 * extends the root convention to function words (selama → lama: better on
 * PUD, worse on CSUI; see data/id/README.md); `--out <path>` writes elsewhere.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sharedDir, REPO_ROOT } from '../eval/shared-data.js';
import { Stemmer, type RootLookup } from '../src/stages/stems/stemmer.js';
import { disallowedConfix, prefixNodes, suffixForms } from '../src/stages/stems/affixes.js';

/** A news word standing alone must be seen this often (lower-case) to count as a root. */
const MIN_BARE = 5;
/** A root that explains an affixed form must itself be seen this often (or be a UD lemma). */
const MIN_BASE = 3;
/** A rare word becomes a root when it explains this many distinct affixed news words. */
const MIN_DERIVED = 2;
/** A derived word may be at most this many times more frequent than its news-only root. */
const MAX_DERIVED_RATIO = 20;
/**
 * A word is a productive base when this many distinct news words are
 * derived from it (prefix or -i/-kan/-an): `sebar` (menyebar, tersebar,
 * penyebaran, disebarkan) is a root although it looks like se- + `bar`.
 */
const MIN_PRODUCTIVE = 3;
/** Productive bases shorter than this are too often accidents (`ras` in keras, beras, teras). */
const MIN_PRODUCTIVE_LENGTH = 5;
/**
 * Three-letter news words are roots only when this frequent: short false
 * roots (`men`, `tar`, `bel` from English or clipped words) are the worst
 * source of over-stemming (menikah → men).
 */
const MIN_SHORT = 50;
/** A name must be seen capitalised mid-sentence this often... */
const MIN_NAME = 5;
/** ...and this many times more often than in lower case. */
const NAME_RATIO = 20;
/** Prefix shapes that lexicalise into roots (`keluar`, `sebar`, `ternak`). */
const LEXICALISING = /^(?:ke|se|te)/;
/** See `typo`. */
const TYPO_RATIO = 500;
/** Longer "words" are glued tokens or URLs, not roots. */
const MAX_ROOT_LENGTH = 20;

/** Distinct di-/me-/te- words a pe- shaped word must take to be a verb root (see takesVerbalPrefix). */
const MIN_VERBAL_PE = 2;
/** A clitic -nya/-pun is cut off a treebank lemma only when this much is left (maupun stays). */
const MIN_CLITIC_BASE = 4;
/** A content lemma is derived only from a treebank lemma this long (pekan is not pe- + kan, mewah not me- + wah). */
const MIN_CONTENT_ROOT = 4;
/** -lah/-kah/-tah on a content lemma are part of it (masalah, sekolah), not particles. */
const PARTICLE_END = /(?:lah|kah|tah)$/;
const VOWELS = /^[aiueo]$/;
/** See infixedIn. */
const INFIX_BASE_RATIO = 2;
/** See lexicalReduplication. */
const LEXICAL_REDUPLICATION = 10;
/** A loanword base must be this long (`krisis` is not `kr` + -isis). */
const MIN_LOAN_BASE = 4;

const ROOT = /^[a-z]+(?:-[a-z]+)*$/;
/** A MorphInd analysis in MISC, and the root in it: `^meN+desain<n>+kan_VSA$` → desain. */
const MORF = /Morf=\^([^|]*)\$/;
const MORF_ROOT = /(?:^|\+)([a-z]+(?:-[a-z]+)*)<[a-z]>/;
const WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;
const SKIP_UPOS = new Set(['PUNCT', 'NUM', 'SYM', 'X']);

const args = process.argv.slice(2);
const excludeGsdDev = args.includes('--exclude-gsd-dev');
// The GSD test split (CC BY-SA 4.0, not an evaluation set here) is opt-in: measured, it cost
// 0.3 points on held-out CSUI train (GSD leaves menurut, berhasil unreduced) for one Sastrawi pair.
const withGsdTest = args.includes('--with-gsd-test');
// `--no-loan` turns DERIVING_LOAN_SUFFIXES off (the method as it was, for comparison).
const LOAN_DERIVING = !args.includes('--no-loan');
const RARE_SELF = !args.includes('--no-rare-self');
// `--keep-derived-lemmas`: the treebank convention (a CSUI identity lemma stays a root even when
// the affix rules explain it: bekerja, selama, akhirnya). Default: the root convention, see udLemmas.
const KEEP_DERIVED_LEMMAS = args.includes('--keep-derived-lemmas');
// `--reduce-function-words`: the root convention for every lemma, function words and se- words
// too (selama → lama, sebesar → besar), as PUD and Sastrawi have it; CSUI, GSD and MorphInd keep them.
// Measured: PUD test 97.7%, CSUI test 96.3% (shipped list: 97.0%, 97.9%).
const REDUCE_FUNCTION_WORDS = args.includes('--reduce-function-words');
/** Loanword suffixes that derive from a root of their own (`-is` alone is too often part of the root). */
const DERIVING_LOAN_SUFFIXES = LOAN_DERIVING ? ['isasi', 'isme'] : [];

// Held-out checks of the method: leave out every other CSUI train sentence (half 0 or 1).
const halfArg = args.find((a) => a.startsWith('--exclude-csui-half='));
const skipHalf = halfArg ? Number(halfArg.slice(20)) : -1;
const outIdx = args.indexOf('--out');
const outPath = outIdx >= 0 ? args[outIdx + 1]! : join(REPO_ROOT, 'data', 'id', 'roots.txt');

const shared = sharedDir();
if (!shared) {
  console.error('build-lexicon: ../shared is not beside the repository (set WARTA_SHARED)');
  process.exit(1);
}
const data = join(shared, 'data');

/** Lemma counts per lower-cased form, for one CoNLL-U file. */
type FormLemmas = Map<string, Map<string, number>>;

/** Open word classes: their lemmas follow the root convention (see udLemmas). */
const OPEN_UPOS = new Set(['NOUN', 'VERB', 'ADJ']);

function readUd(file: string, skipHalf = -1): { forms: FormLemmas; proper: Set<string>; open: Map<string, number> } {
  const forms: FormLemmas = new Map();
  const proper = new Set<string>();
  // Per lemma: tokens in an open class minus tokens in a closed one.
  const open = new Map<string, number>();
  let sentence = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) {
      sentence++;
      continue;
    }
    if (line[0] === '#' || sentence % 2 === skipHalf) continue;
    const c = line.split('\t');
    if (c.length !== 10 || !/^\d+$/.test(c[0]!)) continue;
    const lemma = c[2]!.toLowerCase();
    if (SKIP_UPOS.has(c[3]!) || !ROOT.test(lemma) || lemma.length > MAX_ROOT_LENGTH) continue;
    if (c[3] === 'PROPN') proper.add(lemma);
    else open.set(lemma, (open.get(lemma) ?? 0) + (OPEN_UPOS.has(c[3]!) ? 1 : -1));
    const form = c[1]!.toLowerCase();
    let m = forms.get(form);
    if (!m) forms.set(form, (m = new Map()));
    m.set(lemma, (m.get(lemma) ?? 0) + 1);
  }
  return { forms, proper, open };
}

/** Every current UD Indonesian-GSD file (dev, test): their MorphInd analyses are read in full. */
const GSD_ALL = ['id_gsd-ud-dev.conllu', 'id_gsd-ud-test.conllu'].map((f) => join(data, 'ud-indonesian-gsd', f));

/**
 * The root MorphInd gives a form it segments with affixes (GSD MISC
 * `Morf=^ke+dua<c>_CO-$` → kedua: dua), when most analyses of the form agree;
 * names (PROPN) are skipped.
 */
function readMorf(files: readonly string[]): Map<string, string> {
  const tally = new Map<string, Map<string, number>>();
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const c = line.split('\t');
      if (c.length !== 10 || !/^\d+$/.test(c[0]!) || c[3] === 'PROPN') continue;
      const m = MORF.exec(c[9]!);
      const form = c[1]!.toLowerCase();
      if (!ROOT.test(form)) continue;
      let t = tally.get(form);
      if (!t) tally.set(form, (t = new Map()));
      const root = m && m[1]!.includes('+') ? (MORF_ROOT.exec(m[1]!)?.[1] ?? form) : form;
      t.set(root, (t.get(root) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [form, t] of tally) {
    let best = '';
    let n = 0;
    let total = 0;
    for (const [r, k] of t) {
      total += k;
      if (k > n) [best, n] = [r, k];
    }
    if (best !== form && 2 * n > total) out.set(form, best);
  }
  return out;
}

/** Several CoNLL-U files read as one source. */
function mergeUd(parts: ReturnType<typeof readUd>[]): ReturnType<typeof readUd> {
  const forms: FormLemmas = new Map();
  const proper = new Set<string>();
  const open = new Map<string, number>();
  for (const p of parts) {
    for (const l of p.proper) proper.add(l);
    for (const [l, n] of p.open) open.set(l, (open.get(l) ?? 0) + n);
    for (const [form, lemmas] of p.forms) {
      let m = forms.get(form);
      if (!m) forms.set(form, (m = new Map()));
      for (const [l, n] of lemmas) m.set(l, (m.get(l) ?? 0) + n);
    }
  }
  return { forms, proper, open };
}

/**
 * The UD lemmas worth trusting as roots. A lemma some other form reduces to
 * (`jadi` from menjadi) is a root. A lemma seen only as its own form is kept
 * unless the treebanks themselves contradict it: GSD often leaves derived
 * words unlemmatised (`tersebut`, `merupakan`, `Menjadi`) where CSUI (news,
 * manually corrected) reduces them, so an identity lemma goes when CSUI
 * reduces that form even once, when the form is reduced more often than
 * not, or (GSD-only) when the affix rules explain it from another root.
 */
function udLemmas(
  csui: ReturnType<typeof readUd>,
  gsd: ReturnType<typeof readUd> | null,
  isDerived: (w: string) => boolean,
  rootDerived: (w: string) => boolean,
) {
  const support = new Map<string, { other: number; ident: number; otherCsui: number; inCsui: boolean }>();
  const get = (l: string) => {
    let s = support.get(l);
    if (!s) support.set(l, (s = { other: 0, ident: 0, otherCsui: 0, inCsui: false }));
    return s;
  };
  for (const [src, isCsui] of [[csui, true], [gsd, false]] as const) {
    if (!src) continue;
    for (const [form, lemmas] of src.forms) {
      for (const [lemma, n] of lemmas) {
        const s = get(lemma);
        if (isCsui) s.inCsui = true;
        if (lemma === form) s.ident += n;
        else {
          s.other += n; // another form reduces to this lemma
          const f = get(form);
          if (isCsui) f.otherCsui += n;
        }
      }
    }
  }
  // `other` above counts support for the lemma; contradiction is counted on the form.
  const reduced = new Map<string, number>();
  for (const src of [csui, gsd]) {
    if (!src) continue;
    for (const [form, lemmas] of src.forms) for (const [lemma, n] of lemmas) if (lemma !== form) reduced.set(form, (reduced.get(form) ?? 0) + n);
  }
  const common = new Map<string, number>();
  const proper = new Map<string, number>();
  for (const [lemma, s] of support) {
    if (s.ident + s.other === 0) continue;
    // A name also used as a common word (selatan: Jakarta Selatan, arah selatan) is judged as one.
    const propn = (csui.proper.has(lemma) || (gsd?.proper.has(lemma) ?? false)) && (udOpen.get(lemma) ?? 0) <= 0;
    const contradicted = s.otherCsui > 0 || (reduced.get(lemma) ?? 0) > s.ident;
    const supported = s.other > 0;
    if (!supported && contradicted) continue;
    if (!supported && !s.inCsui && isDerived(lemma)) continue;
    if (!KEEP_DERIVED_LEMMAS && rootDerived(lemma)) continue;
    (propn && !supported ? proper : common).set(lemma, s.ident + s.other);
  }
  return { common, proper };
}

/** Mid-sentence capitalised occurrences (`di Kediri`), by lower-cased form: names. */
const capitalised = new Map<string, number>();

function countLower(text: string, counts: Map<string, number>): void {
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w.length > MAX_ROOT_LENGTH) continue;
    const lower = w.toLowerCase();
    if (w === lower) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      continue;
    }
    // Capitalised after a lower-case word or a comma: a name, not a sentence start.
    if (w.length > 1 && w.slice(1) === lower.slice(1)) {
      let j = m.index - 1;
      while (j >= 0 && text.charCodeAt(j) === 32) j--;
      const c = j >= 0 ? text.charCodeAt(j) : 0;
      if (j < m.index - 1 && ((c >= 97 && c <= 122) || c === 44)) capitalised.set(lower, (capitalised.get(lower) ?? 0) + 1);
    }
  }
}

function newsCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  const click = gunzipSync(readFileSync(join(data, 'news-clickid-raw', 'articles.jsonl.gz'))).toString('utf8');
  for (const line of click.split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line) as { title?: string; content?: string };
    countLower(`${a.title ?? ''}\n${a.content ?? ''}`, counts);
  }
  const indosum = gunzipSync(readFileSync(join(data, 'news-indosum-dev', 'articles.jsonl.gz'))).toString('utf8');
  for (const line of indosum.split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line) as { paragraphs: string[][][] };
    for (const p of a.paragraphs) for (const s of p) countLower(s.join(' '), counts);
  }
  return counts;
}

const csui = readUd(join(data, 'ud-indonesian-csui', 'id_csui-ud-train.conllu'), skipHalf);
// GSD dev (and optionally GSD test) count as one GSD source.
const gsdFiles = [
  ...(excludeGsdDev ? [] : ['id_gsd-ud-dev.conllu']),
  ...(withGsdTest ? ['id_gsd-ud-test.conllu'] : []),
];
const gsd = gsdFiles.length ? mergeUd(gsdFiles.map((f) => readUd(join(data, 'ud-indonesian-gsd', f)))) : null;
const news = newsCounts();
const freq = (w: string): number => news.get(w) ?? 0;

// Known roots for judging derivations: lemmas some other UD form reduces to, and news words seen MIN_BASE times.
const udReduced = new Set<string>();
for (const src of [csui, gsd]) {
  if (!src) continue;
  for (const [form, lemmas] of src.forms) for (const l of lemmas.keys()) if (l !== form && l.length >= 3) udReduced.add(l);
}
// Forms the treebanks reduce more often than not, or CSUI reduces at all (pemerintah → perintah): never roots.
const udContradicted = new Set<string>();
{
  const tally = new Map<string, { ident: number; other: number; otherCsui: number }>();
  for (const [src, isCsui] of [[csui, true], [gsd, false]] as const) {
    if (!src) continue;
    for (const [form, lemmas] of src.forms) {
      let t = tally.get(form);
      if (!t) tally.set(form, (t = { ident: 0, other: 0, otherCsui: 0 }));
      for (const [l, n] of lemmas) {
        if (l === form) t.ident += n;
        else {
          t.other += n;
          if (isCsui) t.otherCsui += n;
        }
      }
    }
  }
  for (const [form, t] of tally) if (t.otherCsui > 0 || t.other > t.ident) udContradicted.add(form);
}

// How many distinct news words each candidate base would derive (derivational
// affixes only), and how many of them with a prefix.
const productive = new Map<string, number>();
const prefixed = new Map<string, number>();
/** Bases some news word derives with an affix other than -i (terhalang, halangan). */
const derivedWithoutI = new Set<string>();
const verbalPe = new Map<string, number>();
for (const d of news.keys()) {
  if (d.includes('-')) continue;
  const bases = new Set<string>();
  const viaPrefix = new Set<string>();
  const withoutI = new Set<string>();
  for (const f of suffixForms(d)) {
    if (f.deriv) bases.add(f.base);
    if (f.deriv === 'an' || f.deriv === 'kan') withoutI.add(f.base);
    for (const n of prefixNodes(f.base, f.deriv === 'i' || f.deriv === 'kan')) {
      if (disallowedConfix(n.outer, f.deriv)) continue;
      bases.add(n.word);
      viaPrefix.add(n.word);
      if (f.deriv !== 'i') withoutI.add(n.word);
    }
  }
  for (const b of bases) if (b !== d) productive.set(b, (productive.get(b) ?? 0) + 1);
  for (const b of withoutI) if (b !== d) derivedWithoutI.add(b);
  for (const b of viaPrefix) if (b !== d) prefixed.set(b, (prefixed.get(b) ?? 0) + 1);
  // di-/me-/te- straight on a pe- word, no suffix: that word is a verb root (dipecat, memecat).
  for (const n of prefixNodes(d)) if (n.depth === 0 && n.word.startsWith('pe') && n.outer !== 'pe') verbalPe.set(n.word, (verbalPe.get(n.word) ?? 0) + 1);
}
const isProductive = (w: string): boolean => w.length >= MIN_PRODUCTIVE_LENGTH && (productive.get(w) ?? 0) >= MIN_PRODUCTIVE && !artefact(w);
/**
 * A pe- shaped word that di-/me-/te- attach to without a suffix is a verb
 * root, since those prefixes never stand on a peN- noun alone (`pecat`:
 * dipecat, memecat; `pesan`: dipesan, memesan), not pe- + `cat`.
 */
const takesVerbalPrefix = (w: string): boolean =>
  w.length >= MIN_PRODUCTIVE_LENGTH && w.startsWith('pe') && !suffixedKnown(w) && !w.endsWith('nya')
  // per- does stand on after me-/di- (memperbanyak, diperkuat): per- + a known root is that root's.
  && !(w.startsWith('per') && w.length - 3 >= 4 && known.has(w.slice(3)))
  && (verbalPe.get(w) ?? 0) >= MIN_VERBAL_PE;
/**
 * A word that itself takes several prefixes is a root even when it looks
 * affixed: keluar, sebar, ternak, sekolah. Only ke-/se-/te- shapes: those
 * lexicalise, while be-/me-/di-/pe- forms that take more prefixes are
 * intermediate steps (berdaya in memberdayakan, berikan in diberikan).
 */
const takesPrefixes = (w: string): boolean => takesVerbalPrefix(w) ||
  w.length >= MIN_PRODUCTIVE_LENGTH && LEXICALISING.test(w) && !suffixedKnown(w) && (prefixed.get(w) ?? 0) >= MIN_PRODUCTIVE;
/** Ends in -an/-i on a known word (keuangan, ketahui): a derived form, not a root that ends so (sembunyi). */
const suffixedKnown = (w: string): boolean =>
  (w.endsWith('an') && known.has(w.slice(0, -2))) || (w.endsWith('kan') && known.has(w.slice(0, -3))) || (w.endsWith('i') && known.has(w.slice(0, -1)));

/**
 * A colloquial nasal verb: meN- without me- (`nonton` for menonton ← tonton,
 * `nangis` ← tangis, `ngopi` ← kopi), when the plain root is a treebank lemma.
 * As a root it would win the meN-/peN- readings (penonton → nonton).
 */
function colloquialNasal(w: string): boolean {
  const plain = w.startsWith('ng') ? 'k' + w.slice(2) : w.startsWith('ny') ? 's' + w.slice(2) : w[0] === 'n' ? 't' + w.slice(1) : '';
  return plain.length >= MIN_PRODUCTIVE_LENGTH && /^[a-z][aiueo]/.test(plain) && udAll.has(plain) && !udAll.has(w);
}

/**
 * A full reduplication whose base hardly stands alone in news (LEXICAL_REDUPLICATION
 * times rarer) is a word of its own (`masing-masing`, `kupu-kupu`), not a plural
 * or an intensive of the base (`kota-kota`, `paru-paru`, `pelan-pelan`).
 */
function lexicalReduplication(w: string): boolean {
  const cut = w.indexOf('-');
  if (cut < 0 || w.slice(0, cut) !== w.slice(cut + 1)) return false;
  return LEXICAL_REDUPLICATION * freq(w.slice(0, cut)) < freq(w);
}

/**
 * A likely typo: one letter away from a word TYPO_RATIO times more frequent
 * (`sebaga` beside `sebagai`), except for one more letter at the end.
 */
function typo(w: string): boolean {
  if (w.length < 5) return false;
  const limit = freq(w) * TYPO_RATIO;
  for (let i = 0; i <= w.length; i++) {
    // A last letter added to a word is a suffix or another word (empati, padan), unless doubled (dann).
    const extraLast = i === w.length - 1 && w[i] !== w[i - 1];
    if (i < w.length && !extraLast && freq(w.slice(0, i) + w.slice(i + 1)) > limit) return true;
    for (let c = 97; c <= 122; c++) if (freq(w.slice(0, i) + String.fromCharCode(c) + w.slice(i)) > limit) return true;
  }
  return false;
}

const known = new Set<string>(udReduced);
for (const [w, n] of news) if (w.length >= 3 && n >= MIN_BASE) known.add(w);
// Bases attested only through their derivations count too (cantum: mencantumkan, dicantumkan, tercantum).
// An unseen base whose -i form is a word is that word cut short (sembuny ← sembunyi), not a root.
// Unless the base also takes other affixes without the -i (terhalang, penghalang: halang is real;
// nothing derives sodom, bingka or rtifikas without it).
const artefact = (b: string): boolean => freq(b) === 0 && freq(b + 'i') > 0 && !derivedWithoutI.has(b);
for (const [b, k] of productive) if (k >= MIN_PRODUCTIVE && b.length >= MIN_PRODUCTIVE_LENGTH && ROOT.test(b) && !artefact(b)) known.add(b);
/** Lemmas tagged NUM in the treebanks (dua, tiga, puluh), for ordinals. */
const numerals = new Set<string>();
for (const f of [join(data, 'ud-indonesian-csui', 'id_csui-ud-train.conllu'), ...GSD_ALL]) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length === 10 && c[3] === 'NUM' && /^[a-z]{3,}$/.test(c[2]!)) numerals.add(c[2]!);
  }
}
const morfRoot = readMorf(GSD_ALL);
const udAll = new Set<string>();
const udOpen = new Map<string, number>();
for (const src of [csui, gsd]) {
  if (!src) continue;
  for (const lemmas of src.forms.values()) for (const l of lemmas.keys()) udAll.add(l);
  for (const [l, n] of src.open) udOpen.set(l, (udOpen.get(l) ?? 0) + n);
}
/**
 * The root convention for treebank lemmas. The treebanks keep some derived
 * words as lemmas (CSUI: bekerja, pekerja, akhirnya); a stem is the root of
 * the word family, so such a lemma is no root when (a) it is a known lemma
 * plus the clitic -nya or -pun (akhirnya, meskipun; the base must keep 4
 * letters: maupun stays), or (b) it is mostly used as a noun, verb or
 * adjective and the affix rules derive it from another treebank lemma that
 * is not much rarer in news (bekerja ← kerja, pelajar ← ajar). Function
 * words stay whole (selama, kepada, sebesar: all three treebanks and
 * MorphInd keep them), and so do content words whose would-be root is rare
 * (ekonomi is not ekonom + -i, peringkat not pe- + ringkat).
 */
function rootDerived(w: string): boolean {
  if ((w.endsWith('nya') || w.endsWith('pun')) && w.length - 3 >= MIN_CLITIC_BASE && udAll.has(w.slice(0, -3))) return true;
  // Ordinals are ke- + a numeral (kedua, ketiga), as MorphInd segments them.
  if (w.startsWith('ke') && numerals.has(w.slice(2))) return true;
  const m = morfRoot.get(w);
  if (m !== undefined && m.length >= 3 && known.has(m)) return true;
  if ((!REDUCE_FUNCTION_WORDS && (udOpen.get(w) ?? 0) <= 0) || PARTICLE_END.test(w)) return false;
  const fw = freq(w);
  const look: RootLookup = {
    has: (x) => x !== w && x.length >= MIN_CONTENT_ROOT && w !== x + 'i'
      && udAll.has(x) && (udReduced.has(x) || MAX_DERIVED_RATIO * freq(x) >= fw),
  };
  // Infixed forms are derived too (kinerja ← kerja, gemetar ← getar).
  if (infixedIn(w)) return true;
  const r = new Stemmer(look, { infixes: false }).stem(w);
  // se- + adjective is a measure or extent word (sebesar, sepanjang, sesama), used like a preposition.
  return r !== w && (REDUCE_FUNCTION_WORDS || !(w.startsWith('se') && w.slice(2).startsWith(r)));
}
const ud = udLemmas(csui, gsd, (w) => derived(w, known), rootDerived);

/**
 * The infix -in- after the first consonant (kinerja ← kerja) on a treebank
 * lemma at least INFIX_BASE_RATIO times as frequent in news as the word. Only -in-: -el-, -em- and
 * -er- words are too often roots of their own (lemari is not l-em-ari,
 * melati not m-el-ati, cerita not c-er-ita).
 */
function infixedIn(w: string): boolean {
  if (w.length < 6 || w.slice(1, 3) !== 'in' || VOWELS.test(w[0]!)) return false;
  const b = w[0] + w.slice(3);
  return udAll.has(b) && freq(w) > 0 && freq(b) >= INFIX_BASE_RATIO * freq(w);
}

/**
 * Is `w` explained as an affixed form of some other known root? A root that
 * other UD forms reduce to always explains it; a root known only from news
 * must not be much rarer than `w` itself: `merah` is not me- + `rah`, nor
 * `ternak` ter- + `nak`, because the word is far more frequent than the
 * would-be root. A three-letter news-only base takes no bare -an: it is
 * too often English or clipped (`lawan` is not `law` + -an).
 */
function derived(w: string, lexicon: ReadonlySet<string>): boolean {
  // -nya and -pun are clitics whatever the frequencies: misalnya, akhirnya, walaupun.
  if ((w.endsWith('nya') || w.endsWith('pun')) && w.length >= 6 && lexicon.has(w.slice(0, -3))) return true;
  const fw = freq(w);
  // A bare -i derives only from an established root (hadapi ← hadap, miliki ← milik), not from
  // any short word (tari is not tar + -i, beli not bel + -i), and -si is a loan ending (deteksi, dominasi).
  // Many roots end in -an (jalan, bulan, hutan): a bare -an on a three-letter news word is no evidence.
  const shortSuffixed = (x: string): boolean => x.length === 3 && !udReduced.has(x) && w === x + 'an';
  // ...and only when the -i verb is also seen with di- (hadapi: dihadapi), as suffixed verbs are;
  // empati is no empat + -i.
  const bareI = (x: string): boolean => w === x + 'i'
    && (!(udReduced.has(x) || (isProductive(x) && !w.endsWith('si'))) || freq('di' + w) === 0);
  const plausible: RootLookup = {
    has: (x) => x !== w && !bareI(x) && !shortSuffixed(x) && lexicon.has(x)
      && (udReduced.has(x) || MAX_DERIVED_RATIO * freq(x) >= fw || isProductive(x)),
  };
  if (new Stemmer(plausible, { infixes: false }).stem(w) !== w) return true;
  if (infixedIn(w)) return true;
  // Dwipurwa (rerata ← rata, leluhur ← luhur): only on a treebank root at least as frequent as the word.
  if (w.length >= 6 && w[0] === w[2] && w[1] === 'e') {
    const b = w.slice(2);
    if (udReduced.has(b) && lexicon.has(b) && freq(b) >= fw) return true;
  }
  // Loanword nominalisations of a known -al adjective (idealisme, finalisasi) are not roots of their
  // own; other bases are too often a different word (organisasi is not organ, mobilisasi not mobil).
  for (const s of DERIVING_LOAN_SUFFIXES) {
    if (!w.endsWith(s) || w.length - s.length < MIN_LOAN_BASE) continue;
    const b = w.slice(0, -s.length);
    if (b.endsWith('al') && plausible.has(b)) return true;
  }
  return false;
}

const roots = new Set<string>(ud.common.keys());
// Number words are roots (delapan is no delap + -an): the NUM lemmas seen in news that hold no
// other number word (not senol, seperdelapan) and are no seen word + -an (not ratusan).
for (const n of numerals) {
  if (freq(n) < MIN_BARE || [...numerals].some((m) => m !== n && n.includes(m))) continue;
  if (n.endsWith('an') && freq(n.slice(0, -2)) >= MIN_BARE) continue;
  roots.add(n);
}
const names = new Set<string>();
// 1. Proper-noun lemmas only when they are not affixed common words.
for (const p of ud.proper.keys()) if (!roots.has(p) && !derived(p, known)) roots.add(p);
// 2a. Frequent news words that no rule explains. Hyphenated words wait until
// the plain roots are known: `bermain-main` is a reduplication of `main` once
// `main` is in, while `bolak-balik` stays a root of its own.
const hyphenated: string[] = [];
for (const [w, n] of news) {
  if (n < MIN_BARE || w.length < 3 || roots.has(w) || !ROOT.test(w)) continue;
  if (udContradicted.has(w)) continue;
  if (w.includes('-')) hyphenated.push(w);
  else if (w.length === 3 && n < MIN_SHORT) continue;
  else if (!typo(w) && !colloquialNasal(w) && (!derived(w, known) || takesPrefixes(w))) roots.add(w);
}
{
  const plain = new Stemmer(new Set(roots), { infixes: false });
  for (const w of hyphenated) if (plain.stem(w) === w || lexicalReduplication(w)) roots.add(w);
}
// 2b. Rare words that are the root of several otherwise unexplained affixed words.
const rare = new Set<string>();
for (const [w, n] of news) if (n < MIN_BARE && w.length >= 3 && !roots.has(w) && !udContradicted.has(w) && ROOT.test(w) && !w.includes('-') && !typo(w)) rare.add(w);
// Never seen bare, but derived often enough to be attested (raup: meraup, diraup, peraup).
const unseen = new Set<string>();
for (const [b, k] of productive) if (k >= MIN_PRODUCTIVE && b.length >= MIN_PRODUCTIVE_LENGTH && freq(b) === 0 && ROOT.test(b) && !roots.has(b) && !artefact(b)) unseen.add(b);
for (const b of unseen) rare.add(b);
// A rare word does not explain itself: `menjarah` (4 times) is jarah's derivation, not a rival root.
let self = '';
const withRare: RootLookup = { has: (x) => x !== self && (roots.has(x) || rare.has(x)) };
const base = new Stemmer(roots, { infixes: false });
const extended = new Stemmer(withRare, { infixes: false });
const explains = new Map<string, number>();
const shapes = new Map<string, Set<string>>();
for (const w of news.keys()) {
  if (roots.has(w) || (rare.has(w) && !RARE_SELF) || base.stem(w) !== w) continue;
  self = w;
  const r = extended.stem(w);
  if (r === w || !rare.has(r)) continue;
  // Rare derivations vouch only for bases never seen bare (menjarah, dijarah for jarah).
  if (rare.has(w) && !unseen.has(r)) continue;
  explains.set(r, (explains.get(r) ?? 0) + 1);
  // Distinct prefixed stems: jarah has menjarah, dijarah, penjarah; `gital` only digital(-nya, -isasi).
  const forms = suffixForms(w);
  let stems = shapes.get(r);
  if (!stems) shapes.set(r, (stems = new Set()));
  stems.add(forms[forms.length - 1]!.base);
}
for (const [r, k] of explains) {
  if (unseen.has(r) ? k >= MIN_PRODUCTIVE && severalFamilies(r, shapes.get(r)!) : k >= MIN_DERIVED) roots.add(r);
}

/**
 * The derivations of an unseen base come from more than one word: not all
 * of them extend the shortest one (persepsi, berpersepsi, persepsinya are
 * one word's family, so `sepsi` is no root; menjarah and dijarah are two).
 */
function severalFamilies(r: string, stems: ReadonlySet<string>): boolean {
  if (stems.size < MIN_PRODUCTIVE) return false;
  let shortest = '';
  for (const s of stems) if (!shortest || s.length < shortest.length || (s.length === shortest.length && s < shortest)) shortest = s;
  if (shortest === r) return true;
  for (const s of stems) if (!s.includes(shortest)) return true;
  return false;
}

// Reduplications of a root are not roots, whatever a treebank lemma said
// (proyek-proyek, materi-materi); lexical ones stay (undang-undang, kupu-kupu).
for (const w of [...roots]) {
  if (!w.includes('-')) continue;
  const others: RootLookup = { has: (x) => x !== w && roots.has(x) };
  if (new Stemmer(others, { infixes: false }).stem(w) !== w && !lexicalReduplication(w)) roots.delete(w);
}

// 3. Names the rules would cut (Kediri is not ke- + diri, Bermuda not ber- + muda):
// capitalised mid-sentence at least MIN_NAME times and hardly ever lower-case.
{
  // As the stemmer will run, guesses included: a name must survive them too (Sonya is not So + -nya).
  const plain = new Stemmer(new Set(roots));
  for (const [w, k] of capitalised) {
    if (k < MIN_NAME || w.length < 4 || roots.has(w) || !ROOT.test(w) || NAME_RATIO * freq(w) > k) continue;
    if (plain.stem(w) !== w) names.add(w);
  }
  for (const w of names) roots.add(w);
}

const udCount = (w: string): number => (ud.common.get(w) ?? 0) + (ud.proper.get(w) ?? 0);
// Bare frequency orders the lexicon (a family-weighted order was tried and did worse on the dev checks).
const sorted = [...roots].sort((a, b) => freq(b) - freq(a) || udCount(b) - udCount(a) || (a < b ? -1 : a > b ? 1 : 0));
const header = [
  '# warta root lexicon: one root a line, most frequent first. Built by scripts/build-lexicon.ts',
  '# from UD Indonesian-CSUI train + UD Indonesian-GSD dev lemmas (CC BY-SA 4.0) and roots attested in',
  '# news-clickid-raw (CC BY 4.0) and news-indosum-dev (CC BY-SA 4.0). Licence: CC BY-SA 4.0. See data/id/README.md.',
];
writeFileSync(outPath, header.join('\n') + '\n' + sorted.join('\n') + '\n');
console.log(`roots: ${sorted.length} (UD common ${ud.common.size}, news-bare ${[...roots].filter((r) => !ud.common.has(r) && freq(r) >= MIN_BARE).length}, news-derived ${[...explains.values()].filter((k) => k >= MIN_DERIVED).length}, names ${names.size}) -> ${outPath}`);
