import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from './extract-quotes.js';

/**
 * Patterns found in CLICK-ID news (news-clickid-raw), each case a real sentence or two (lightly trimmed):
 * closing marks glued to the cue after them, hyphenated person words heading a description, subjects
 * with a relative clause, title-led descriptions, credits without a verb. Without the other layers.
 */
type Want = { kind: 'direct' | 'indirect'; content: string; speaker: string | null; cue: string | null };
const q = (kind: Want['kind'], content: string, speaker: string | null, cue: string | null): Want => ({ kind, content, speaker, cue });

const CASES: Array<[string, string, Want[]]> = [
  // a straight closing mark glued to the cue after it (a space lost in the source)
  ['glued mark before a name cue', 'Pemberlakuan itu pun akan terus berlangsung hingga kondisi udara di Sumsel telah kembali normal. "Biasanya diatas pukul 08.00 WIB kondisi mulai membaik,"jelas Widodo.',
    [q('direct', 'Biasanya diatas pukul 08.00 WIB kondisi mulai membaik,', 'Widodo', 'jelas')]],
  ['glued mark before a closing cue', '"Kegiatan ini dihadiri oleh para perwakilan instansi terkait seperti Kanwil DJKN Jawa Timur dan Balai Lelang Artha,"tutup Budi.',
    [q('direct', 'Kegiatan ini dihadiri oleh para perwakilan instansi terkait seperti Kanwil DJKN Jawa Timur dan Balai Lelang Artha,', 'Budi', 'tutup')]],
  ['glued mark before a clitic cue', 'Para penyandang disabilitas itu diajak Kemenhub. "Pesertanya ada 70 orang. Itu ada tuna rungu, pengguna kursi roda, ada juga yang tuna netra,"ujarnya.',
    [q('direct', 'Pesertanya ada 70 orang. Itu ada tuna rungu, pengguna kursi roda, ada juga yang tuna netra,', 'nya', 'ujar')]],
  ['glued mark before an ordinary word opens a quote', 'Kerja sama itu mencakup layanan transportasi yang menyeluruh melalui satu platform."Kami berharap dengan kerja sama ini layanan makin mudah," kata Budi.',
    [q('direct', 'Kami berharap dengan kerja sama ini layanan makin mudah,', 'Budi', 'kata')]],
  // a sentence-initial person word is a description's head, not a name, hyphenated or not
  ['hyphenated person word at a sentence start', 'Ketika operasi berlangsung, terlalu banyak kulit yang dipotong. Laki-laki itu mengatakan kondisi yang dia alami ini hampir menyebabkan pernikahannya hancur.',
    [q('indirect', 'kondisi yang dia alami ini hampir menyebabkan pernikahannya hancur', 'Laki-laki itu', 'mengatakan')]],
  ['hyphenated person word with an age', 'Laki-laki 24 tahun ini mengaku terpaksa meninggalkan tanah kelahirannya lantaran keluarganya telah gugur dalam peperangan.',
    [q('indirect', 'terpaksa meninggalkan tanah kelahirannya lantaran keluarganya telah gugur dalam peperangan', 'Laki-laki 24 tahun ini', 'mengaku')]],
  ['person word that is a root at a sentence start', 'Pria itu mengatakan ia terpeleset saat mencari ikan di sungai.',
    [q('indirect', 'ia terpeleset saat mencari ikan di sungai', 'Pria itu', 'mengatakan')]],
  // a subject with a relative clause: its head before `, yang` is the speaker
  ['relative clause without a closing comma', 'Pakar medis independen, yang dikonsultasikan sebagai bagian dari kasus hukum mengatakan operasi itu seharusnya dilakukan bersamaan dengan sedot lemak dan pencangkokan kulit.',
    [q('indirect', 'operasi itu seharusnya dilakukan bersamaan dengan sedot lemak dan pencangkokan kulit', 'Pakar medis independen', 'mengatakan')]],
  ['relative clause closed right before the cue', 'Seorang teman mas kecil ayahnya, yang pernah bertugas bersama di ketentaraan, mengatakan bahwa Dinis Aviero pernah membual tentang putranya.',
    [q('indirect', 'Dinis Aviero pernah membual tentang putranya', 'Seorang teman mas kecil ayahnya', 'mengatakan')]],
  ['relative clause closed before another verb', 'Fruktosa, yang biasa ditemukan dalam jus buah dan yogurt berasa, menstimulasi insulin dan mengatakan pada tubuh untuk mengubah kalori menjadi lemak.', []],
  ['a head with a negation is a clause', 'Tidak ada yang tahu pengarang lagu ini, yang hanya menyebut dirinya secara daring sebagai Thomas dan tidak pernah muncul di depan umum.', []],
  ['a head with an active verb is a clause', 'Aplikasi ini juga menyediakan fitur baca meter mandiri, yang memudahkan pelanggan, melaporkan stand meter atau konsumsi pelanggan yang disertai dengan foto.', []],
  // an office with a demonstrative after it is a description pointing back, not a name nor an organisation
  ['office and party with ini', 'Ketum Gerindra ini mengaku kasihan terhadap keluarga orang-orang yang melakukan pelanggaran.',
    [q('indirect', 'kasihan terhadap keluarga orang-orang yang melakukan pelanggaran', 'Ketum Gerindra ini', 'mengaku')]],
  ['former office with itu', 'Mantan Panglima ABRI itu mengungkapkan jarak pandang di Riau juga masih terlihat sangat jelas.',
    [q('indirect', 'jarak pandang di Riau juga masih terlihat sangat jelas', 'Mantan Panglima ABRI itu', 'mengungkapkan')]],
  ['office and region with tersebut', 'Bupati Labuhanbatu tersebut mengatakan jalan lintas itu akan diperbaiki tahun depan.',
    [q('indirect', 'jalan lintas itu akan diperbaiki tahun depan', 'Bupati Labuhanbatu tersebut', 'mengatakan')]],
  // a name alone after a quote credits it, with no cue
  ['a name and an apposition after the quote', '"Dia memiliki beberapa penyakit medis yang mendasarinya, tetapi tidak ada yang akan meramalkan hal ini," Dr Lee Norman, sekretaris Departemen Kesehatan dan Lingkungan Kansas.',
    [q('direct', 'Dia memiliki beberapa penyakit medis yang mendasarinya, tetapi tidak ada yang akan meramalkan hal ini,', 'Dr Lee Norman', null)]],
  ['an office and a name after the quote', '"PNBP di sektor perikanan sebelum Pak Jokowi menjabat cuma Rp 300 miliar, kemarin hampir Rp 1 triliun," Menteri Susi. Pada triwulan II 2019, PDB perikanan tumbuh.',
    [q('direct', 'PNBP di sektor perikanan sebelum Pak Jokowi menjabat cuma Rp 300 miliar, kemarin hampir Rp 1 triliun,', 'Susi', null)]],
  ['a surname alone after the quote', 'Kepala BPBD Kota Palu memaparkan jumlah hunian sementara. "Kami kesulitan mobilisasi masyarakat dari barat ke utara," Presly. Dia juga mengatakan sebanyak 1.856 korban siap direlokasi.',
    [q('indirect', 'jumlah hunian sementara', 'Kepala BPBD Kota Palu', 'memaparkan'),
      q('direct', 'Kami kesulitan mobilisasi masyarakat dari barat ke utara,', 'Presly', null),
      q('indirect', 'sebanyak 1.856 korban siap direlokasi', 'Dia', 'mengatakan')]],
  ['a name with a verb after it is no verbless credit', '"Kami tidak akan menerima tuntutan itu begitu saja," Budi Santoso, yang kemudian meninggalkan ruangan.',
    [q('direct', 'Kami tidak akan menerima tuntutan itu begitu saja,', null, null)]],
  ['a mistyped clitic cue is no name', '"Kami mendukung revisi UU KPK demi menyelamatkan marwah KPK," Ungkapanya.',
    [q('direct', 'Kami mendukung revisi UU KPK demi menyelamatkan marwah KPK,', null, null)]],
  // an appeal verb reports the clause after `agar`/`supaya`; other `bahwa` verbs do not
  ['menekankan agar', 'Finari Manan menekankan agar sinergitas yang ada bisa lebih ditingkatkan lagi dan meminta dukungan para pelaku usaha.',
    [q('indirect', 'agar sinergitas yang ada bisa lebih ditingkatkan lagi dan meminta dukungan para pelaku usaha', 'Finari Manan', 'menekankan')]],
  ['mengimbau agar', 'Rahmat Triyono mengimbau agar masyarakat tetap tenang dan tidak terpengaruh oleh isu yang tidak dapat dipertanggungjawabkan kebenarannya.',
    [q('indirect', 'agar masyarakat tetap tenang dan tidak terpengaruh oleh isu yang tidak dapat dipertanggungjawabkan kebenarannya', 'Rahmat Triyono', 'mengimbau')]],
  ['mengingatkan supaya', 'Fahri Hamzah mengingatkan supaya para pegawai KPK tidak menggelar aksi demonstrasi.',
    [q('indirect', 'supaya para pegawai KPK tidak menggelar aksi demonstrasi', 'Fahri Hamzah', 'mengingatkan')]],
  ['memastikan agar is no report', 'Petugas pemadam memastikan agar tidak ada sisa api yang dapat menimbulkan kebakaran lain.', []],
  // a prepositional phrase before the cue is no speaker; a connective phrase ending in a preposition's object is
  ['a prepositional phrase before the cue', 'Kemudian ada juga tembakan gas air mata. Bahkan, di postingan tersangka juga menyebutkan ada salah satu mahasiswa yang terkena tembakan.', []],
  ['a connective phrase before the subject', 'Dengan demikian perusahaan berharap bisa memperoleh dana segar berkisar Rp126 miliar hingga Rp150 miliar.',
    [q('indirect', 'bisa memperoleh dana segar berkisar Rp126 miliar hingga Rp150 miliar', 'perusahaan', 'berharap')]],
  // an English office before the name, set off by a comma
  ['an English office group before the name', 'Head of Marketing Grabfood and New Business , Indonesia Ichmeralda Rachman mengatakan nilai penjualan kotor Grabfood tumbuh tiga kali lipat.',
    [q('indirect', 'nilai penjualan kotor Grabfood tumbuh tiga kali lipat', 'Ichmeralda Rachman', 'mengatakan')]],
  ['an English office with a comma before the name', 'Chief Food Officer Gojek Group, Catherine Hindra Sutjahyo mengatakan layanan pesan-antar makanan itu tumbuh pesat.',
    [q('indirect', 'layanan pesan-antar makanan itu tumbuh pesat', 'Catherine Hindra Sutjahyo', 'mengatakan')]],
  // a mid-sentence cue whose closing comma was left out: the predicate goes on right after the speaker
  ['a mid-sentence cue with no comma after the name', 'Unjuk rasa itu, kata Hasrul merupakan bagian dari dukungan mahasiswa terhadap KPK.',
    [q('indirect', 'Unjuk rasa itu, kata Hasrul merupakan bagian dari dukungan mahasiswa terhadap KPK', 'Hasrul', 'kata')]],
  ['a mid-sentence cue with no comma after a pronoun', 'Harga cabai, kata dia sudah turun sejak awal pekan.',
    [q('indirect', 'Harga cabai, kata dia sudah turun sejak awal pekan', 'dia', 'kata')]],
  ['a mid-sentence cue after a demonstrative, with no comma at all', 'Penambahan armada tersebut kata dia tentu mempertimbangkan lebar jalan.',
    [q('indirect', 'Penambahan armada tersebut kata dia tentu mempertimbangkan lebar jalan', 'dia', 'kata')]],
  ['a clitic mid-sentence cue after a demonstrative', 'Taman kota ini katanya merupakan yang terluas di Jawa Tengah.',
    [q('indirect', 'Taman kota ini katanya merupakan yang terluas di Jawa Tengah', 'nya', 'kata')]],
  ['an office with an affiliation after dari, then the name after a comma', '"Biarkan penegak hukum bekerja," kata anggota Komisi I DPR dari Fraksi Demokrat, Syarief Hasan kepada wartawan.',
    [q('direct', 'Biarkan penegak hukum bekerja,', 'Syarief Hasan', 'kata')]],
  // (a short prefix, so that only the predicate test keeps the cue from being mid-sentence)
  ['a preposition of verbal shape after the name is the attribution\'s tail', 'Harga beras turun, kata Budi melalui sambungan telepon.',
    [q('indirect', 'Harga beras turun', 'Budi', 'kata')]],
  ['a passive after the name is the attribution\'s tail', 'Harga cabai turun, kata Budi ditemui di pasar.',
    [q('indirect', 'Harga cabai turun', 'Budi', 'kata')]],
  ['the attribution\'s tail after the name is no predicate', 'Harga beras akan turun pekan depan, kata Budi saat ditemui di pasar.',
    [q('indirect', 'Harga beras akan turun pekan depan', 'Budi', 'kata')]],
];

function run(text: string): Want[] {
  const folded = text.replace(/[\u201c\u201d]/g, '"');
  return extractQuotes(text, folded).quotes.map((x) => ({ kind: x.kind, content: x.content, speaker: x.speaker?.text ?? null, cue: x.cue?.text ?? null }));
}

for (const [name, text, want] of CASES) {
  test(`quotes corpus patterns: ${name}`, () => assert.deepEqual(run(text), want));
}

test('quotes corpus patterns: an office with a demonstrative is the person last named', () => {
  const text = 'Presiden Prabowo Subianto menghadiri pameran otonomi daerah di Tangerang. Ketum Gerindra ini mengaku kasihan terhadap keluarga orang-orang yang melakukan pelanggaran.';
  const i = text.indexOf('Prabowo Subianto');
  const entities = [{ start: i, end: i + 16, text: 'Prabowo Subianto', type: 'PER' as const }];
  const got = extractQuotes(text, text, { entities }).quotes.map((x) => [x.speaker?.text, x.speaker_name]);
  assert.deepEqual(got, [['Ketum Gerindra ini', 'Prabowo Subianto']]);
});

test('quotes corpus patterns: a tagger\'s office alone is no name a pronoun points back to', () => {
  const text = 'Kapolda menegaskan status tersebut akan tetap berlaku hingga Veronika ditemukan. "Nanti setelah DPO ini akan ditindaklanjuti dengan red notice," ujarnya.';
  const i = text.indexOf('Kapolda');
  const entities = [{ start: i, end: i + 7, text: 'Kapolda', type: 'PER' as const }];
  const got = extractQuotes(text, text, { entities }).quotes.map((x) => [x.speaker?.text, x.speaker_name]);
  assert.deepEqual(got, [['Kapolda', null], ['nya', null]]);
});

test('quotes corpus patterns: a police rank of two words (`Irjen Pol`) widens a tagger\'s person', () => {
  const text = 'Kapolda Jatim Irjen Pol Luki Hermawan mengatakan pihaknya sudah berupaya keras mendatangkan Veronika ke Polda Jatim.';
  const i = text.indexOf('Luki Hermawan');
  const entities = [{ start: i, end: i + 13, text: 'Luki Hermawan', type: 'PER' as const }];
  const got = extractQuotes(text, text, { entities }).quotes.map((x) => [x.speaker?.text, x.speaker_name]);
  assert.deepEqual(got, [['Irjen Pol Luki Hermawan', 'Irjen Pol Luki Hermawan']]);
});

test('quotes corpus patterns: a pronoun after an office speaker resolved to a person is that person', () => {
  const text = 'Kapolda Jatim Irjen Pol Luki Hermawan meninjau lokasi. Veronica Koman menolak datang ke Polda Jatim. Kapolda menegaskan status tersebut akan tetap berlaku hingga Veronika ditemukan. "Nanti setelah DPO ini akan ditindaklanjuti dengan red notice," ujarnya.';
  const at = (w: string) => { const i = text.indexOf(w); return { start: i, end: i + w.length, text: w, type: 'PER' as const }; };
  const entities = [at('Luki Hermawan'), at('Veronica Koman')];
  const got = extractQuotes(text, text, { entities }).quotes.map((x) => [x.speaker?.text, x.speaker_name]);
  assert.deepEqual(got, [['Kapolda', 'Irjen Pol Luki Hermawan'], ['nya', 'Irjen Pol Luki Hermawan']]);
});

// A tagger's person span with an organisation or place glued before the name: the persons stage's shorter mention
// ending there is the name, unless the words left out are a rank or an honorific.
const glued: Array<[string, string, string, string, string, string | null]> = [
  ['an organisation acronym glued to the name', '"Kami akan mengevaluasi program itu," kata Staf Ahli Kemnaker Aris Wahyudi di Jakarta.', 'Kemnaker Aris Wahyudi', 'Aris Wahyudi', 'Aris Wahyudi', 'Aris Wahyudi'],
  ['a country abbreviation glued to the name', '"Pengesahan ditunda," ujar Ketua DPR RI Bambang Soesatyo, Senin.', 'RI Bambang Soesatyo', 'Bambang Soesatyo', 'Bambang Soesatyo', 'Bambang Soesatyo'],
  ['an honorific stays', '"Kita harus menjaga persatuan," kata Gus Miftah di Yogyakarta.', 'Gus Miftah', 'Miftah', 'Gus Miftah', 'Gus Miftah'],
];
for (const [name, text, entity, mention, speaker, want] of glued) {
  test(`quotes corpus patterns: ${name}`, () => {
    const e = text.indexOf(entity), m = text.indexOf(mention, e);
    const entities = [{ start: e, end: e + entity.length, text: entity, type: 'PER' as const }];
    const clusters = [{ id: 'c1', type: 'PER' as const, name: mention, mentions: [{ start: m, end: m + mention.length, text: mention }], aliases: [], link: null }];
    const got = extractQuotes(text, text.replace(/[\u201c\u201d]/g, '"'), { entities, clusters }).quotes.map((x) => [x.speaker?.text, x.speaker_name]);
    assert.deepEqual(got, [[speaker, want]]);
  });
}
