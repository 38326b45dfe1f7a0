import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from './extract-quotes.js';

type Want = { kind: 'direct' | 'indirect'; content: string; speaker: string | null; name: string | null; cue: string | null };
const q = (kind: Want['kind'], content: string, speaker: string | null, name: string | null, cue: string | null): Want => ({ kind, content, speaker, name, cue });

/** Text → the quotes in it. These run without the sentences and entities layers (the stage's fallbacks). */
const CASES: Array<[string, string, Want[]]> = [
  // direct
  ['direct: cue and name after the quote', '"Kami siap menghadapi banjir," kata Budi Santoso di Jakarta.',
    [q('direct', 'Kami siap menghadapi banjir,', 'Budi Santoso', 'Budi Santoso', 'kata')]],
  ['direct: curly marks, several sentences, clitic speaker', 'Gubernur Budi Santoso meninjau lokasi banjir. “Air sudah surut. Warga bisa pulang,” ujarnya.',
    [q('direct', 'Air sudah surut. Warga bisa pulang,', 'nya', 'Budi Santoso', 'ujar')]],
  ['direct: typed double apostrophes', "''Pulau ini indah sekali dan wajib dikunjungi,'' ujar Budi Santoso.",
    [q('direct', 'Pulau ini indah sekali dan wajib dikunjungi,', 'Budi Santoso', 'Budi Santoso', 'ujar')]],
  ['direct: over two paragraphs', '“Kami sudah menyiapkan semua pompa di sepanjang sungai.\n“Petugas berjaga siang dan malam,” kata Budi Santoso.',
    [q('direct', 'Kami sudah menyiapkan semua pompa di sepanjang sungai.\n“Petugas berjaga siang dan malam,', 'Budi Santoso', 'Budi Santoso', 'kata')]],
  ['direct: cue before the quote', 'Ia melanjutkan,"Program ini penting bagi kami semua."',
    [q('direct', 'Program ini penting bagi kami semua.', 'Ia', null, 'melanjutkan')]],
  ['direct: name after the office', '"Kita bagikan masker kepada warga," ujar Supervisor LKC Dompet Dhuafa Sumsel, Uswatun Hasanah, Selasa (17/9/2019).',
    [q('direct', 'Kita bagikan masker kepada warga,', 'Uswatun Hasanah', 'Uswatun Hasanah', 'ujar')]],
  ['direct: anonymous source', '“Sekretaris Jenderal NATO ada di Ukraina,” kata seorang pejabat aliansi, yang meminta namanya tidak disebut.',
    [q('direct', 'Sekretaris Jenderal NATO ada di Ukraina,', 'seorang pejabat aliansi', null, 'kata')]],
  // not direct quotes
  ['not: a name in quotation marks', 'Alat itu diberi nama “Rpvc Wongkito” oleh penemunya.', []],
  ['not: a scare quote', 'Jakarta memiliki "harta karun" berupa sampah.', []],
  // indirect
  ['indirect: subject, verb, comma', 'Menteri Keuangan Sri Mulyani mengatakan, pertumbuhan ekonomi tetap kuat tahun ini.',
    [q('indirect', 'pertumbuhan ekonomi tetap kuat tahun ini', 'Sri Mulyani', 'Sri Mulyani', 'mengatakan')]],
  ['indirect: bahwa, and an institution speaking', 'Polisi menduga bahwa pelaku sudah kabur ke luar kota.',
    [q('indirect', 'pelaku sudah kabur ke luar kota', 'Polisi', null, 'menduga')]],
  ['indirect: a country speaking', 'Rusia menegaskan tidak akan menerima rudal jarak menengah di Eropa.',
    [q('indirect', 'tidak akan menerima rudal jarak menengah di Eropa', 'Rusia', null, 'menegaskan')]],
  ['indirect: menurut', 'Menurut Budi Santoso, harga beras akan turun pekan depan.',
    [q('indirect', 'harga beras akan turun pekan depan', 'Budi Santoso', 'Budi Santoso', 'Menurut')]],
  ['indirect: cue opening the sentence', 'Kata Budi Santoso, harga beras akan turun pekan depan.',
    [q('indirect', 'harga beras akan turun pekan depan', 'Budi Santoso', 'Budi Santoso', 'Kata')]],
  ['indirect: credited afterwards', 'Stoltenberg meninjau peralatan militer rusak milik Rusia, kata seorang fotografer Reuters.',
    [q('indirect', 'Stoltenberg meninjau peralatan militer rusak milik Rusia', 'seorang fotografer Reuters', null, 'kata')]],
  ['indirect: mid-sentence cue makes the whole sentence', 'Kepala Dinas Budi Santoso meminta warga tenang. Pasokan air, kata dia, akan normal besok pagi.',
    [q('indirect', 'Pasokan air, kata dia, akan normal besok pagi', 'dia', 'Budi Santoso', 'kata')]],
  ['indirect: passive report takes the last speaker', '"Mobil ini aman dipakai," kata Sri Puryono. Ditegaskan, penggunaan mobil itu wujud keberpihakan pada produk nasional.',
    [q('direct', 'Mobil ini aman dipakai,', 'Sri Puryono', 'Sri Puryono', 'kata'),
      q('indirect', 'penggunaan mobil itu wujud keberpihakan pada produk nasional', null, 'Sri Puryono', 'Ditegaskan')]],
  ['indirect: stance verb', 'Warga bernama Rasia berharap tetap bisa mencari nafkah di kawasan itu.',
    [q('indirect', 'tetap bisa mencari nafkah di kawasan itu', 'Rasia', 'Rasia', 'berharap')]],
  ['indirect: pronoun to the earlier subject', 'Kepala Dinas Kesehatan Budi Santoso meninjau lokasi. Ia mengatakan kondisi pasien terus membaik.',
    [q('indirect', 'kondisi pasien terus membaik', 'Ia', 'Budi Santoso', 'mengatakan')]],
  // not quotes
  ['not: verb with a noun-phrase object', 'Polisi membenarkan adanya kejadian itu.', []],
  ['not: plans and decisions', 'Pemerintah menargetkan pertumbuhan lima persen tahun depan.', []],
  ['not: source credits', 'Dilansir dari Reuters, harga minyak naik tajam.', []],
  ['not: negated report', 'Ia tidak menyebutkan jumlah korban dalam kecelakaan itu.', []],
  ['not: relative clause', 'Pejabat yang mengatakan hal itu sudah dicopot dari jabatannya.', []],
];

for (const [name, text, want] of CASES) {
  test(`quotes: ${name}`, () => {
    const folded = text.replace(/[\u201c\u201d]/g, '"');
    const got = extractQuotes(text, folded).quotes.map((x) => ({ kind: x.kind, content: x.content, speaker: x.speaker?.text ?? null, name: x.speaker_name, cue: x.cue?.text ?? null }));
    assert.deepEqual(got, want);
  });
}

test('quotes: offsets of content, speaker and cue point into the text', () => {
  const text = '"Kami siap," kata Budi Santoso.';
  const [x] = extractQuotes(text, text).quotes;
  assert.ok(x);
  assert.equal(text.slice(x.start, x.end), x.content);
  assert.equal(text.slice(x.speaker!.start, x.speaker!.end), 'Budi Santoso');
  assert.equal(text.slice(x.cue!.start, x.cue!.end), 'kata');
});

test('quotes: an unclosed quotation mark is reported and swallows nothing', () => {
  const text = `"Kami siap kata dia. ${'Lalu semua warga pulang ke rumah masing-masing. '.repeat(200)}`;
  const r = extractQuotes(text, text);
  assert.ok(r.problems.length >= 1);
  assert.ok(r.quotes.every((x) => x.end - x.start < 1000));
});

test('quotes: the entities layer names the speaker when present', () => {
  const text = 'Direktur Operasi dan Produksi Antam, Hartono mengatakan, perseroan berencana membeli tambang baru.';
  const h = text.indexOf('Hartono');
  const r = extractQuotes(text, text, { entities: [{ start: h, end: h + 7, text: 'Hartono', type: 'PER' }] });
  assert.equal(r.quotes[0]?.speaker_name, 'Hartono');
});
