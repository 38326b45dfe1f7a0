import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteLexicon } from '../../lang/id/quote-lexicon.js';
import { Pieces } from './pieces.js';
import { SpeakerReader } from './speaker-phrase.js';

function reader(text: string): SpeakerReader {
  return new SpeakerReader(text, new Pieces(text), quoteLexicon());
}

/** The piece index of the first piece reading `word`. */
function pieceOf(r: SpeakerReader, word: string): number {
  for (let i = 0; i < r.p.n; i++) if (r.p.text(i) === word) return i;
  throw new Error(`no piece ${word}`);
}

// Common words (roots, and roots with a nominal affix) read in place from the text, as `isCommon` reads the word.
const commonCases: Array<[string, boolean]> = [
  ['rumah', true], ['Rumahnya', true], ['Keuangan', true], ['penyakit', true], ['Pengiriman', true],
  ['penulis', true], ['Pembangunan', true], ['Hartono', false], ['Jokowi', false], ['Susanto', false],
];

test('common: a piece is common as isCommon reads its text', () => {
  for (const [word, want] of commonCases) {
    const r = reader(`Kata ${word} muncul.`);
    const i = pieceOf(r, word);
    assert.equal(r.isCommon(word), want, `isCommon ${word}`);
    assert.equal(r.common(i), want, `common ${word}`);
    assert.equal(r.common(i), want, `common ${word}, cached`);
  }
});

test('common: in-place reading agrees with isCommon on every piece of real text', () => {
  const text = 'Kepala Dinas Kesehatan Kota Bandung, Rita Verita, mengatakan penyakit itu menyebar lewat pengiriman barang. '
    + 'Perekonomian warga di Kecamatan Cibiru (Kab. Bandung) terpukul; Pemerintah Provinsi Jawa Barat memberi bantuan Rp 2 miliar kepada Café Ñusa.';
  const r = reader(text);
  for (let i = 0; i < r.p.n; i++) assert.equal(r.common(i), r.isCommon(r.p.text(i)), r.p.text(i));
  assert.equal(r.common(-1), false);
  assert.equal(r.common(r.p.n), false);
});

// The longest known place name starting at a piece and ending by a limit, whatever was asked before.
const placeCases: Array<{ text: string; at: string; to: number; want: number }> = [
  { text: 'Duta Besar Arab Saudi untuk Indonesia', at: 'Arab', to: 2, want: 2 },
  { text: 'Duta Besar Arab Saudi untuk Indonesia', at: 'Arab', to: 1, want: -1 },
  { text: 'Warga Jakarta Selatan mengungsi', at: 'Jakarta', to: 2, want: 2 },
  { text: 'Warga Jakarta mengungsi', at: 'Jakarta', to: 2, want: -1 },
  { text: 'Gubernur Nusa Tenggara Barat hadir', at: 'Nusa', to: 3, want: 3 },
  { text: 'Gubernur Nusa Tenggara Barat hadir', at: 'Nusa', to: 2, want: -1 },
  { text: 'Presiden Amerika Serikat berkata', at: 'Amerika', to: 1, want: 1 },
  { text: 'Presiden Amerika Serikat berkata', at: 'Amerika', to: 4, want: 2 },
  { text: 'Presiden Joko Widodo berkata', at: 'Joko', to: 3, want: -1 },
  // The name's words are joined by one space whatever separates them in the text; letters beyond ASCII are lower-cased too.
  { text: 'Warga Jakarta  Selatan mengungsi', at: 'Jakarta', to: 2, want: 2 },
  { text: 'Warga Jakarta\nSelatan mengungsi', at: 'Jakarta', to: 2, want: 2 },
  { text: 'Pemain asal CURAÇAO itu', at: 'CURAÇAO', to: 1, want: 1 },
  { text: 'Warga Jakarta, Selatan', at: 'Jakarta', to: 3, want: -1 },
];

test('placeAt: the longest place name ending by the limit (limits relative to the piece)', () => {
  for (const { text, at, to, want } of placeCases) {
    const r = reader(text);
    const i = pieceOf(r, at);
    const expect = want < 0 ? -1 : i + want;
    assert.equal(r.placeAt(i, i + to), expect, `${text} / ${at} / ${to}`);
    // Asked again, after a wider and a narrower question about the same piece.
    r.placeAt(i, r.p.n);
    r.placeAt(i, i);
    assert.equal(r.placeAt(i, i + to), expect, `${text} / ${at} / ${to}, again`);
  }
});

// Capitalised runs, as the quotes stage's name fallback reads them over a whole text.
const runCases: Array<{ text: string; want: string[] }> = [
  { text: 'Namun Kapolres Bogor AKBP Andi Susanto mengatakan pelaku M. Syarif sudah ditangkap.', want: ['Kapolres Bogor AKBP Andi Susanto', 'M. Syarif'] },
  // (`Senin` alone is trimmed off as a connective: a day names no one.)
  { text: 'Direktur PT Aneka Tambang Tbk. Hartono hadir di Jakarta, Senin.', want: ['Direktur PT Aneka Tambang Tbk. Hartono', 'Jakarta'] },
  { text: 'warga desa itu diam saja', want: [] },
];

test('runs: capitalised runs over a whole text', () => {
  for (const { text, want } of runCases) {
    const r = reader(text);
    const got = r.runs(0, r.p.n, -1).map((run) => r.nameText(run.from, run.to));
    assert.deepEqual(got, want, text);
    // (Limits beyond the pieces read the same runs.)
    assert.deepEqual(r.runs(-3, r.p.n + 5, -1).map((run) => r.nameText(run.from, run.to)), want, text);
  }
});

test('classifyRun: a run and its shorter forms, asked in any order, classify as on a fresh reader', () => {
  const text = 'Kapolres Bogor AKBP Andi Susanto dan Direktur Operasi PT Aneka Tambang Tbk. Hartono bertemu Bank Mandiri.';
  const runs = reader(text).runs(0, reader(text).p.n, -1);
  const r = reader(text);
  for (const run of runs) {
    for (let to = run.to; to > run.from; to--) {
      const fresh = reader(text).classifyRun({ from: run.from, to });
      assert.deepEqual(r.classifyRun({ from: run.from, to }), fresh, `${run.from}-${to}`);
      assert.deepEqual(r.classifyRun({ from: run.from, to: run.to }), reader(text).classifyRun(run), `${run.from}-${run.to} again`);
    }
  }
  assert.deepEqual(runs.map((run) => r.classifyRun(run).cls), ['person', 'person', 'org']);
});

// A pronoun anywhere before the cue is the speaker; words of a pronoun's letters and length are looked up, others not.
const pronounCases: Array<{ text: string; cue: string; want: string | null }> = [
  { text: 'Dia mengatakan hal itu.', cue: 'mengatakan', want: 'Dia' },
  { text: 'Sementara itu, beliau juga mengatakan hal itu.', cue: 'mengatakan', want: 'beliau' },
  { text: 'Menurut DIRINYA, hal itu benar.', cue: 'hal', want: 'DIRINYA' },
  { text: 'Dian mengatakan hal itu.', cue: 'mengatakan', want: null },
  { text: 'Diam-diam ia mengatakan hal itu.', cue: 'mengatakan', want: 'ia' },
];

test('read: a pronoun before the cue speaks', () => {
  for (const { text, cue, want } of pronounCases) {
    const r = reader(text);
    const sp = r.read(0, pieceOf(r, cue), 0);
    assert.equal(sp?.cls === 'pronoun' ? text.slice(sp.start, sp.end) : null, want, text);
  }
});
