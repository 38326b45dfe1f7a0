import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stem, stemLines, createStemmer, stemAsWritten } from './stem.js';
import { Stemmer } from './stemmer.js';
import { LruCache } from './lru-cache.js';
import { stemsStage } from './stems-stage.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { normalizeStage } from '../normalize/normalize.js';
import { tokensStage } from '../tokens/tokenize.js';

// With the shipped lexicon: one row per prefix rule and per known failure case of the NA/ECS family.
const CASES: ReadonlyArray<[string, string, string]> = [
  ['di-', 'dibangun', 'bangun'],
  ['ke-…-an', 'kenaikan', 'naik'],
  ['se-', 'sejumlah', 'jumlah'],
  ['ber-V', 'berada', 'ada'],
  ['be-rV', 'berencana', 'rencana'],
  ['ber-C', 'berjalan', 'jalan'],
  ['bel-ajar', 'belajar', 'ajar'],
  // Root convention (data/id/README.md, roots.txt): content words reduce to the family's root.
  ['be-C1erC2', 'bekerja', 'kerja'],
  ['ter-V', 'terakhir', 'akhir'],
  ['ter-C', 'terbesar', 'besar'],
  ['me-{l,r,w,y}', 'melihat', 'lihat'],
  ['mem-b', 'membangun', 'bangun'],
  ['mem-p (mempe-r)', 'mempertahankan', 'tahan'],
  ['mem-V → p', 'memukul', 'pukul'],
  ['mem-V → m', 'meminum', 'minum'],
  ['men-{c,d,j}', 'mendorong', 'dorong'],
  ['men-V → t', 'menulis', 'tulis'],
  ['men-t (loan)', 'mentaati', 'taat'],
  ['meng-{g,h,k}', 'menghadapi', 'hadap'],
  ['meng-V', 'mengalami', 'alam'],
  ['meng-V → k', 'mengurangi', 'kurang'],
  ['meng-V → k (loan)', 'mengoordinasikan', 'koordinasi'],
  ['menge- (monosyllabic)', 'mengebom', 'bom'],
  ['meng-V → k, not menge- (two syllables)', 'mengeluarkan', 'keluar'],
  ['peN-…-an, not peN-…-kan', 'penegakan', 'tegak'],
  ['meny-V → s', 'menyengsarakan', 'sengsara'],
  ['meny-V → ny', 'menyanyikan', 'nyanyi'],
  ['pem-b', 'pembangunan', 'bangun'],
  ['pem-V → p', 'pemerintah', 'perintah'],
  ['pen-d', 'pendidikan', 'didik'],
  ['pen-V → t', 'penurunan', 'turun'],
  ['peng-h', 'penghormatan', 'hormat'],
  ['peng-V', 'pengalaman', 'alam'],
  ['peny-V → s', 'penyebab', 'sebab'],
  // pelajar is pe- + ajar (rule 32 exception), not a root of its own (root convention).
  ['pel-ajar', 'pelajaran', 'ajar'],
  ['mem-pe-…-i: me- on a pe- noun with a suffix', 'mempelajari', 'ajar'],
  ['mem-V → p beats mem-V → m + -i', 'memakai', 'pakai'],
  // Function words keep their form as in all the treebanks used (CSUI, GSD, MorphInd).
  ['se- function word', 'selama', 'selama'],
  ['treebank lemma + clitic -pun', 'meskipun', 'meski'],
  ['-in- infix', 'kinerja', 'kerja'],
  ['ordinal: ke- + numeral (MorphInd)', 'kedua', 'dua'],
  ['treebank name that is also a common word', 'selatan', 'selatan'],
  ['ordinal -an is the number word', 'kedelapan', 'delapan'],
  ['colloquial nasal verb is no root', 'penonton', 'tonton'],
  ['colloquial spelling (data/id/stem-variants.tsv)', 'tapi', 'tetapi'],
  ['colloquial spelling, capitalised', 'Nggak', 'tidak'],
  ['pe-C', 'petani', 'tani'],
  ['per-V', 'perekonomian', 'ekonomi'],
  ['per-C', 'perdagangan', 'dagang'],
  ['ber-per (be-…-an precedence)', 'berperan', 'peran'],
  ['di-…-i precedence', 'dimulai', 'mulai'],
  ['me-…-i precedence', 'mencapai', 'capai'],
  ['three prefixes', 'memperdagangkan', 'dagang'],
  ['-kan restored as -k + -an', 'perbankan', 'bank'],
  ['-nya', 'kepadanya', 'kepada'],
  ['-lah', 'hancurlah', 'hancur'],
  ['-kah', 'benarkah', 'benar'],
  ['-pun', 'siapapun', 'siapa'],
  ['-ku', 'bukuku', 'buku'],
  ['-mu + -kah', 'bukumukah', 'buku'],
  ['-an', 'jualan', 'jual'],
  ['-kan', 'belikan', 'beli'],
  ['reduplication', 'kota-kota', 'kota'],
  ['reduplication with affix', 'bermain-main', 'main'],
  ['partial reduplication', 'menyebut-nyebut', 'sebut'],
  ['partial reduplication after ber-', 'berancang-ancang', 'rancang'],
  ['hyphenated clitic', 'kuasa-Mu', 'kuasa'],
  ['not a reduplication', 'bolak-balik', 'bolak-balik'],
  ['lexical reduplication (base hardly stands alone)', 'masing-masing', 'masing-masing'],
  ['right half repeats the tail of a root', 'pertama-tama', 'pertama'],
  ['ke-tidak-…-an: the negated root', 'ketidakadilan', 'adil'],
  ['short word', 'mei', 'mei'],
  ['root in lexicon', 'nilai', 'nilai'],
  ['capitals', 'Perekonomian', 'ekonomi'],
  // Lexicon (scripts/build-lexicon.ts): a base never seen bare, attested by several rare derivations.
  ['unseen base attested by rare derivations', 'menjarah', 'jarah'],
  ['unseen base with -i and other affixes', 'menghalangi', 'halang'],
  ['-isasi on an -al root', 'finalisasi', 'final'],
  ['-isasi on another base stays a word', 'organisasi', 'organisasi'],
];

for (const [rule, word, expected] of CASES) {
  test(`stem: ${rule}: ${word} → ${expected}`, () => {
    assert.equal(stem(word), expected);
  });
}

test('stem returns the (lower-cased) word when no root explains it', () => {
  assert.equal(stem('Xyzqwerty'), 'xyzqwerty');
  assert.equal(stem('subarkah'), 'subarkah');
});

test('an unknown word still loses -nya and -pun', () => {
  const s = new Stemmer(new Set(['bangun']));
  assert.equal(s.stem('qwertynya'), 'qwerty');
  assert.equal(s.stem('qwertypun'), 'qwerty');
  assert.equal(s.stem('qwertylah'), 'qwertylah');
});

// The rules alone, with a tiny lexicon: which allomorph wins depends on the lexicon, not on luck.
test('prefix disambiguation follows the lexicon and its frequency order', () => {
  const s = new Stemmer(new Set(['nyala', 'sala', 'makan', 'pakan']));
  assert.equal(s.stem('menyala'), 'nyala');
  assert.equal(s.stem('memakan'), 'makan');
  const t = new Stemmer(new Set(['sala', 'nyala']));
  assert.equal(t.stem('menyala'), 'sala');
});

test('di-/me-/te- stand on a pe- noun only with a suffix (dipecat is not di-pe-cat)', () => {
  const s = new Stemmer(new Set(['cat', 'kerja', 'ajar']));
  assert.equal(s.stem('dipecat'), 'dipecat');
  assert.equal(s.stem('terpecat'), 'terpecat');
  assert.equal(s.stem('dipekerjakan'), 'kerja');
  assert.equal(s.stem('mempelajari'), 'ajar');
  assert.equal(s.stem('pecat'), 'cat');
  assert.equal(new Stemmer(new Set(['cat', 'pecat'])).stem('dipecat'), 'pecat');
});

test('a reduplicated base after a prefix the rules cannot place is a guess, only with guesses on', () => {
  const roots = new Set(['tidak', 'nyaman']);
  assert.equal(new Stemmer(roots).stem('tergopoh-gopoh'), 'gopoh');
  assert.equal(new Stemmer(roots, { infixes: false }).stem('tergopoh-gopoh'), 'tergopoh-gopoh');
  assert.equal(new Stemmer(roots).stem('ketidaknyamanan'), 'nyaman');
});

test('loop pengembalian akhiran: the suffix is given back when the stripped form has no root', () => {
  const s = new Stemmer(new Set(['langgan', 'laku']));
  assert.equal(s.stem('pelanggan'), 'langgan');
  assert.equal(s.stem('pelakunyalah'), 'laku');
});

test('createStemmer memoises with a bounded cache and honours a custom lexicon', () => {
  const s = createStemmer({ roots: new Set(['bangun']), cacheSize: 4 });
  for (const w of ['membangun', 'pembangunan', 'dibangun', 'bangunan', 'membangunkan', 'membangun']) assert.equal(s(w), 'bangun');
});

test('LruCache keeps at most its capacity and the recently used entries', () => {
  const c = new LruCache<string, number>(4);
  for (let i = 0; i < 10; i++) c.set(`k${i}`, i);
  assert.ok(c.size <= 4);
  assert.equal(c.get('k9'), 9);
  assert.equal(c.get('k0'), undefined);
  const d = new LruCache<string, number>(4);
  d.set('a', 1);
  d.set('b', 2);
  d.set('c', 3); // a and b age
  assert.equal(d.get('a'), 1); // used again: promoted
  d.set('d', 4); // c and a age, b is dropped
  assert.equal(d.get('b'), undefined);
  assert.equal(d.get('a'), 1);
});

test('closed compounds: a confix around two roots (meluluhlantakkan → luluhlantak)', () => {
  const s = new Stemmer(new Set(['luluh', 'lantak', 'tindak', 'lanjut']));
  assert.equal(s.stem('meluluhlantakkan'), 'luluhlantak');
  assert.equal(s.stem('menindaklanjuti'), 'tindaklanjut');
  assert.equal(s.stem('luluhlantak'), 'luluhlantak'); // no affix removed: not a stemming
});

test('stemLines pairs each non-empty word with its stem', () => {
  assert.deepEqual([...stemLines(['kota-kota', '', '  berperan '])], [['kota-kota', 'kota'], ['berperan', 'peran']]);
});

test('stems stage: one stem per word token, null for the rest', () => {
  const doc = buildPipeline([normalizeStage, tokensStage, stemsStage]).run({ text: 'Pemerintah membangun 20 jembatan.' });
  assert.deepEqual(doc.layers.stems, ['perintah', 'bangun', null, 'jembatan', null]);
});

test('stems stage: names inside a sentence are kept, sentence openers are stemmed', () => {
  const text = 'Banjir melanda Kediri dan Bermuda, Pemalang juga. Pemerintah bertindak.\nPembangunan berlanjut.';
  const doc = buildPipeline([normalizeStage, tokensStage, stemsStage]).run({ text });
  const words = (doc.layers.stems ?? []).filter((s): s is string => s !== null);
  assert.deepEqual(words, ['banjir', 'landa', 'kediri', 'dan', 'bermuda', 'pemalang', 'juga', 'perintah', 'tindak', 'bangun', 'lanjut']);
});

test('stemAsWritten keeps a capitalised word inside a sentence', () => {
  assert.equal(stemAsWritten(stem, 'Kediri', false), 'kediri');
  assert.equal(stemAsWritten(stem, 'Pemerintah', true), 'perintah');
  assert.equal(stemAsWritten(stem, 'membangun', false), 'bangun');
});

// Unknown words: the prefix goes only when its shape is unambiguous and no root starts so by chance.
const GUESSES: ReadonlyArray<[string, string]> = [
  ['mengqadha', 'qadha'],
  ['terhuyung', 'huyung'],
  ['pengqadha', 'qadha'],
  ['menganga', 'menganga'], // anga, kanga or nganga: left alone
  ['merosot', 'merosot'], // me-r is not guessed
  ['sertifikat', 'sertifikat'],
  ['digital', 'digital'],
  ['pengqadhaan', 'pengqadhaan'], // suffixed: -an or part of the root?
];
for (const [word, expected] of GUESSES) {
  test(`unknown word: ${word} → ${expected}`, () => {
    assert.equal(new Stemmer(new Set(['bangun'])).stem(word), expected);
  });
}
