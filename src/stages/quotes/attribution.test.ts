import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes, type QuoteOptions } from './extract-quotes.js';

/**
 * Attribution cases beyond the common cues: closing-slot cues, context only for a quote that follows
 * its clause, fronted clauses before a speaker, descriptions and title short forms resolved to the
 * person, and quotation marks glued to the previous sentence. Without the other layers unless given.
 */
type Want = { kind: 'direct' | 'indirect'; content: string; speaker: string | null; name: string | null; cue: string | null };
const q = (kind: Want['kind'], content: string, speaker: string | null, name: string | null, cue: string | null): Want => ({ kind, content, speaker, name, cue });

const CASES: Array<[string, string, Want[]]> = [
  // closing-slot cues (data/id/quote-cues.tsv, kind `closing`)
  ['closing cue with a name', 'Rapat ditutup sore itu. "Semua pihak harus menahan diri dulu," tutup Rudi Hartanto.',
    [q('direct', 'Semua pihak harus menahan diri dulu,', 'Rudi Hartanto', 'Rudi Hartanto', 'tutup')]],
  ['closing cue with -nya', 'Wali Kota Rudi Hartanto menyapa warga. "Jaga kebersihan pasar ini bersama-sama," pesannya.',
    [q('direct', 'Jaga kebersihan pasar ini bersama-sama,', 'nya', 'Rudi Hartanto', 'pesan')]],
  ['closing cue after a question mark', '"Kapan jalan di depan rumah kami diperbaiki?" tanya Siti Aminah, warga setempat.',
    [q('direct', 'Kapan jalan di depan rumah kami diperbaiki?', 'Siti Aminah', 'Siti Aminah', 'tanya')]],
  ['closing cue with a pronoun and a place after it', '"Terima kasih untuk semua doa dan dukungannya," tulis dia di akun Instagram miliknya.',
    [q('direct', 'Terima kasih untuk semua doa dan dukungannya,', 'dia', null, 'tulis')]],
  ['a closing word elsewhere is no cue', 'Toko itu buka pukul 08.00, tutup pukul 17.00 setiap hari kecuali Minggu.', []],
  // an apostrophe between letters is inside the name (the pieces keep `Ma'ruf` whole, not `Ma` + `'` + `ruf`)
  ['a speaker name with an inner apostrophe', '"Semua warga harus ikut menjaga persatuan," kata Ma\'ruf di Jakarta.',
    [q('direct', 'Semua warga harus ikut menjaga persatuan,', 'Ma\'ruf', 'Ma\'ruf', 'kata')]],
  ['a full name with an inner apostrophe', 'Wakil Menteri Agama Zainut Tauhid Sa\'adi mengatakan, program itu dimulai bulan depan.',
    [q('indirect', 'program itu dimulai bulan depan', 'Zainut Tauhid Sa\'adi', 'Zainut Tauhid Sa\'adi', 'mengatakan')]],
  // an unlisted word in the slot
  ['unlisted cue with a name', '"Kami tidak akan mundur selangkah pun dari tuntutan ini," gertak Bambang Wijaya.',
    [q('direct', 'Kami tidak akan mundur selangkah pun dari tuntutan ini,', 'Bambang Wijaya', 'Bambang Wijaya', 'gertak')]],
  ['unlisted cue with -nya', 'Pelatih Bambang Wijaya tersenyum. "Anak-anak bermain sangat disiplin malam ini," pujinya.',
    [q('direct', 'Anak-anak bermain sangat disiplin malam ini,', 'nya', 'Bambang Wijaya', 'puji')]],
  // context: a quote with no cue
  ['context: the quote right after the cue sentence', '"Harga cabai naik dua kali lipat," kata Dewi Lestari, pedagang di Pasar Baru. "Pembeli jadi sepi sejak pekan lalu."',
    [q('direct', 'Harga cabai naik dua kali lipat,', 'Dewi Lestari', 'Dewi Lestari', 'kata'),
      q('direct', 'Pembeli jadi sepi sejak pekan lalu.', 'Dewi Lestari', 'Dewi Lestari', 'kata')]],
  ['context: not through an unread word in the quote\'s own slot', 'Kepala Dinas Dewi Lestari mengatakan, stok beras aman. Warga tetap antre sejak pagi. "Kami takut harga naik lagi besok," mereka berteriak di depan gudang.',
    [q('indirect', 'stok beras aman', 'Dewi Lestari', 'Dewi Lestari', 'mengatakan'),
      q('direct', 'Kami takut harga naik lagi besok,', null, null, null)]],
  ['context: the subject of the sentence right before introduces the quote', '"Stok beras cukup sampai akhir tahun," ujar Dewi Lestari. Sementara itu Menteri Pertanian Agus Salim meninjau gudang baru di Cikarang. "Pembangunan gudang dimulai bulan depan."',
    [q('direct', 'Stok beras cukup sampai akhir tahun,', 'Dewi Lestari', 'Dewi Lestari', 'ujar'),
      q('direct', 'Pembangunan gudang dimulai bulan depan.', 'Agus Salim', 'Agus Salim', null)]],
  ['context: not past another person named in between', '"Stok beras cukup sampai akhir tahun," ujar Dewi Lestari. Kepala Bulog Agus Salim meninjau gudang baru di Cikarang. Gudang itu mampu menampung seribu ton beras. "Pembangunan gudang dimulai bulan depan."',
    [q('direct', 'Stok beras cukup sampai akhir tahun,', 'Dewi Lestari', 'Dewi Lestari', 'ujar'),
      q('direct', 'Pembangunan gudang dimulai bulan depan.', null, null, null)]],
  ['context: a passive subject does not introduce the quote', '"Stok beras cukup sampai akhir tahun," ujar Dewi Lestari. Kepala Bulog Agus Salim dikabarkan sakit sejak pekan lalu. "Pembangunan gudang dimulai bulan depan."',
    [q('direct', 'Stok beras cukup sampai akhir tahun,', 'Dewi Lestari', 'Dewi Lestari', 'ujar'),
      q('direct', 'Pembangunan gudang dimulai bulan depan.', null, null, null)]],
  ['context: a passive credit in the slot leaves the quote to context', 'Kementerian Pertahanan menyebut pengiriman drone dimulai November. "Pengiriman tahap kedua menyusul pada awal tahun depan," tertulis dalam keterangan resmi itu.',
    [q('indirect', 'pengiriman drone dimulai November', 'Kementerian Pertahanan', null, 'menyebut'),
      q('direct', 'Pengiriman tahap kedua menyusul pada awal tahun depan,', 'Kementerian Pertahanan', null, 'menyebut')]],
  // a glued opening mark
  ['an opening mark glued to the previous sentence', 'Pemerintah menyiapkan aturan impor baru."Aturan ini akan kami terbitkan bulan depan," jelasnya.',
    [q('direct', 'Aturan ini akan kami terbitkan bulan depan,', 'nya', null, 'jelas')]],
  // a fronted clause before the speaker
  ['a fronted clause before the office and name', 'Menanggapi kenaikan harga beras, Kepala Dinas Perdagangan Jawa Barat Budi Santoso, menilai pasokan masih aman.',
    [q('indirect', 'pasokan masih aman', 'Budi Santoso', 'Budi Santoso', 'menilai')]],
  ['a fronted clause before a name', 'Usai rapat dengan DPR, Retno Marsudi mengatakan pemerintah akan memulangkan para pekerja migran.',
    [q('indirect', 'pemerintah akan memulangkan para pekerja migran', 'Retno Marsudi', 'Retno Marsudi', 'mengatakan')]],
  ['a connective before the name is no fronted clause', 'Sementara itu Siti Rahma, Kepala Seksi Pengendalian Kebakaran, mengatakan api sudah padam.',
    [q('indirect', 'api sudah padam', 'Siti Rahma', 'Siti Rahma', 'mengatakan')]],
  // descriptions and office short forms
  ['a description resolved to the person named after its head', 'Pelatih kepala tim berjulukan Garuda Muda, Indra Sjafri tetap optimistis. "Kami akan bermain menyerang sejak menit pertama," kata pelatih berusia 58 tahun itu.',
    [q('direct', 'Kami akan bermain menyerang sejak menit pertama,', 'pelatih berusia 58 tahun itu', 'Indra Sjafri', 'kata')]],
  ['an office short form that abbreviates an earlier office', 'Menteri Kesehatan Budi Gunadi Sadikin meninjau rumah sakit di Bandung. "Stok vaksin cukup untuk tiga bulan," ujar Menkes.',
    [q('direct', 'Stok vaksin cukup untuk tiga bulan,', 'Menkes', 'Budi Gunadi Sadikin', 'ujar')]],
  ['an office short form given in brackets', 'Menteri Perdagangan (Mendag) Zulkifli Hasan membuka pasar murah. Di sana, Ani Suryani mengeluhkan harga gula. "Harga gula akan kami turunkan bulan ini," tegas Mendag.',
    [q('direct', 'Harga gula akan kami turunkan bulan ini,', 'Mendag', 'Zulkifli Hasan', 'tegas')]],
  ['a verb ends the search for a name after the head', 'Vonis itu tak diterima jaksa dan ditolak Rudi Hartanto. Sebelumnya, jaksa menyebut terdakwa mengabaikan imbauan polisi.',
    [q('indirect', 'terdakwa mengabaikan imbauan polisi', 'jaksa', null, 'menyebut')]],
];

function run(text: string, opts?: QuoteOptions): Want[] {
  const folded = text.replace(/[\u201c\u201d]/g, '"');
  return extractQuotes(text, folded, opts).quotes.map((x) => ({ kind: x.kind, content: x.content, speaker: x.speaker?.text ?? null, name: x.speaker_name, cue: x.cue?.text ?? null }));
}

for (const [name, text, want] of CASES) {
  test(`quotes attribution: ${name}`, () => assert.deepEqual(run(text), want));
}

test('quotes attribution: a name speaker takes its own cluster\'s fuller name over another person\'s', () => {
  const text = 'Direktur PT Sinar Jaya Ahmad Eka Putra hadir di sidang. Terdakwa lain, Eka Wijaya, juga hadir. Eka mengklaim impor itu sesuai aturan.';
  const at = (s: string, from = 0) => { const i = text.indexOf(s, from); return { start: i, end: i + s.length, text: s }; };
  const first = at('Ahmad Eka Putra'), second = at('Eka Wijaya');
  const third = at('Eka', second.end);
  const entities = [first, second, third].map((e) => ({ ...e, type: 'PER' as const }));
  const clusters = [
    { id: 'p1', type: 'PER' as const, name: 'Ahmad Eka Putra', mentions: [first], aliases: [], link: null },
    { id: 'p2', type: 'PER' as const, name: 'Eka Wijaya', mentions: [second, third], aliases: [], link: null },
  ];
  assert.equal(extractQuotes(text, text, { entities }).quotes[0]?.speaker_name, 'Ahmad Eka Putra');
  assert.equal(extractQuotes(text, text, { entities, clusters }).quotes[0]?.speaker_name, 'Eka Wijaya');
  // A cluster with no fuller form of the name than the mention keeps the fullest name of the article.
  const split = [clusters[0]!, { ...clusters[1]!, mentions: [third] }, { ...clusters[1]!, id: 'p3', name: 'Eka', mentions: [second] }];
  assert.equal(extractQuotes(text, text, { entities, clusters: split }).quotes[0]?.speaker_name, 'Ahmad Eka Putra');
});

test('quotes attribution: a cluster\'s initials form does not overrule the fullest form of the same name', () => {
  const text = 'Presiden ketiga RI Bacharuddin Jusuf Habibie dikenang. BJ Habibie hadir pada 2010. Habibie mengatakan pesawat itu siap terbang.';
  const at = (s: string, from = 0) => { const i = text.indexOf(s, from); return { start: i, end: i + s.length, text: s }; };
  const full = at('Bacharuddin Jusuf Habibie'), bj = at('BJ Habibie'), short = at('Habibie mengatakan');
  const mention = { ...short, end: short.start + 7, text: 'Habibie' };
  const entities = [full, bj, mention].map((e) => ({ ...e, type: 'PER' as const }));
  const clusters = [
    { id: 'p1', type: 'PER' as const, name: 'Bacharuddin Jusuf Habibie', mentions: [full], aliases: [], link: null },
    { id: 'p2', type: 'PER' as const, name: 'BJ Habibie', mentions: [bj, mention], aliases: [], link: null },
  ];
  assert.equal(extractQuotes(text, text, { entities, clusters }).quotes[0]?.speaker_name, 'Bacharuddin Jusuf Habibie');
});
