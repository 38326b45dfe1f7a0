import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breakCandidates, quoteSegments, sentenceSegments } from './segments.js';
import { Pieces } from './pieces.js';

/** The segments' texts of `text` read as one sentence. */
function cut(text: string): string[] {
  return quoteSegments(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end));
}

test('joined paragraph and sentence breaks split a sentence; ordinary punctuation does not', () => {
  const cases: Array<[string, string[]]> = [
    ['Harga naik 2019.,Secara fisik bangunan rusak.', ['Harga naik 2019.', 'Secara fisik bangunan rusak.']],
    ['Harga naik 2019. ,, Secara fisik bangunan rusak.', ['Harga naik 2019.', 'Secara fisik bangunan rusak.']],
    ['ujarnya." ,Saat ditemui di kantornya.', ['ujarnya."', 'Saat ditemui di kantornya.']],
    ['Bendera Merah Putih.Hal ini terjadi kemarin.', ['Bendera Merah Putih.', 'Hal ini terjadi kemarin.']],
    ['Pada September 2019,Hartono menjelaskan rencana itu.', ['Pada September 2019', 'Hartono menjelaskan rencana itu.']],
    ['Ia pulang.\n\nBesoknya ia kembali.', ['Ia pulang.', 'Besoknya ia kembali.']],
    ['Kata dia, harga naik. Budi, Ketua RT, datang.', ['Kata dia, harga naik. Budi, Ketua RT, datang.']],
    ['Di Jl. Sudirman.Kemarin hujan.', ['Di Jl. Sudirman.', 'Kemarin hujan.']],
    ['Produksi naik 2,5 persen.,', ['Produksi naik 2,5 persen.,']],
    ['Kantor PT.ABC tutup.', ['Kantor PT.ABC tutup.']],
  ];
  for (const [text, want] of cases) assert.deepEqual(cut(text), want, text);
});

test('one sentence of a text is cut as the whole text is, whichever text was read before', () => {
  const a = 'Ia pulang.\nBesoknya 2019.,Secara fisik rusak. Lalu Merah Putih.Hal ini terjadi.';
  const b = 'Pada September 2019,Hartono menjelaskan. Warga pulang.\n\nBesoknya kembali.';
  const sentences = (t: string) => {
    const out: Array<{ start: number; end: number }> = [];
    let from = 0;
    for (let i = t.indexOf('. '); i >= 0; i = t.indexOf('. ', i + 1)) { out.push({ start: from, end: i + 1 }); from = i + 2; }
    out.push({ start: from, end: t.length });
    return out;
  };
  const whole = (t: string) => quoteSegments(t, sentences(t)).map((s) => t.slice(s.start, s.end));
  const wantA = whole(a), wantB = whole(b);
  // Sentences read one by one, alternating between the two texts (the stage reads only the sentences it needs).
  const gotA: string[] = [], gotB: string[] = [];
  const sa = sentences(a), sb = sentences(b);
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    if (i < sb.length) gotB.push(...sentenceSegments(b, sb[i]!.start, sb[i]!.end).map((s) => b.slice(s.start, s.end)));
    if (i < sa.length) gotA.push(...sentenceSegments(a, sa[i]!.start, sa[i]!.end).map((s) => a.slice(s.start, s.end)));
  }
  assert.deepEqual(gotA, wantA);
  assert.deepEqual(gotB, wantB);
  assert.deepEqual(wantA, ['Ia pulang.', 'Besoknya 2019.', 'Secara fisik rusak.', 'Lalu Merah Putih.', 'Hal ini terjadi.']);
  assert.deepEqual(wantB, ['Pada September 2019', 'Hartono menjelaskan.', 'Warga pulang.', 'Besoknya kembali.']);
});

test('the piece scan finds the same break candidates as the segment regex', () => {
  const texts = [
    'Harga naik 2019.,Secara fisik bangunan rusak.',
    'ujarnya." ,Saat ditemui di kantornya, ia diam.',
    "Kata dia.' ,Lalu pulang! ,Besok? ,, Entah.",
    'Bendera Merah Putih.Hal ini terjadi kemarin,Budi datang.',
    'Pada September 2019,Hartono menjelaskan rencana itu.Élise pun setuju,Ölaf tidak.',
    'Ia pulang.\n\nBesoknya ia kembali dengan Rp4,8 juta dan 20.000 orang.',
    'Produksi naik 2,5 persen.,',
    'Kantor PT.ABC tutup, kata Budi . , lalu pergi.',
  ];
  for (const t of texts) {
    const p = new Pieces(t);
    const want = breakCandidates(t);
    assert.deepEqual([...p.breaks.subarray(0, p.breakCount)], [...want.at.subarray(0, want.n)], t);
  }
  // Segments cut with the scan's candidates are those cut with the regex's.
  const t = texts[0]! + ' ' + texts[3]!;
  const p = new Pieces(t);
  assert.deepEqual(sentenceSegments(t, 0, t.length, { at: p.breaks, n: p.breakCount }), sentenceSegments(t, 0, t.length));
});
