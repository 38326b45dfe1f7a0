import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from './extract-quotes.js';

/**
 * Reports whose clause is not introduced by `bahwa` or a comma, and passive cues off the sentence start:
 * a `bahwa` verb before a clause (subject, then an auxiliary) or before a noun phrase, a passive cue after a
 * framing phrase (a document reports), after `seperti`, in mid-sentence, and a credit after a quotation.
 * Without the other layers.
 */
type Want = { kind: 'direct' | 'indirect'; content: string; speaker: string | null; name: string | null; cue: string | null };
const q = (kind: Want['kind'], content: string, speaker: string | null, name: string | null, cue: string | null): Want => ({ kind, content, speaker, name, cue });

const CASES: Array<[string, string, Want[]]> = [
  // a `bahwa` verb (data/id/quote-cues.tsv) before a clause with no `bahwa`
  ['mengakui before a clause', 'Pemilik toko roti itu, Budi Santoso, mengakui perusahaan belum membayar gaji karyawan selama tiga bulan.',
    [q('indirect', 'perusahaan belum membayar gaji karyawan selama tiga bulan', 'Budi Santoso', 'Budi Santoso', 'mengakui')]],
  ['menyampaikan before a clause with a pronoun subject', 'Ketua DPRD Sumut Rudi Hartanto menyampaikan pihaknya akan segera membentuk alat kelengkapan dewan.',
    [q('indirect', 'pihaknya akan segera membentuk alat kelengkapan dewan', 'Rudi Hartanto', 'Rudi Hartanto', 'menyampaikan')]],
  ['menganggap before a clause', 'Pengamat politik Ujang Wijaya menganggap masyarakat akan sulit menerima hasil seleksi itu.',
    [q('indirect', 'masyarakat akan sulit menerima hasil seleksi itu', 'Ujang Wijaya', 'Ujang Wijaya', 'menganggap')]],
  ['memastikan before a clause', 'Kapolres Rudi Hartanto memastikan situasi Wamena sudah kondusif sejak Senin malam.',
    [q('indirect', 'situasi Wamena sudah kondusif sejak Senin malam', 'Rudi Hartanto', 'Rudi Hartanto', 'memastikan')]],
  ['mencontohkan before a comma and a clause', 'Kepala sekolah itu, Rina Wulandari, mencontohkan, guru dapat membentuk kelompok belajar di rumah siswa.',
    [q('indirect', 'guru dapat membentuk kelompok belajar di rumah siswa', 'Rina Wulandari', 'Rina Wulandari', 'mencontohkan')]],
  // session 15 cues: `berujar` takes a clause; `menyinggung` reports only a clause, not its usual noun phrase
  ['berujar before a comma', 'Peneliti senior itu, Rina Wulandari, berujar, harga beras akan naik bulan depan.',
    [q('indirect', 'harga beras akan naik bulan depan', 'Rina Wulandari', 'Rina Wulandari', 'berujar')]],
  ['menyinggung before bahwa', 'Ketua panitia Budi Santoso menyinggung bahwa tidak perlu ada pihak yang mundur dari jabatannya.',
    [q('indirect', 'tidak perlu ada pihak yang mundur dari jabatannya', 'Budi Santoso', 'Budi Santoso', 'menyinggung')]],
  ['menyinggung before a noun phrase is no report', 'Ketua panitia Budi Santoso menyinggung soal pembahasan anggaran di Komisi III.', []],
  // the reader addressed (second-person, data/id/quote-speaker-words.tsv) reports nothing
  ['a second-person speaker is no speaker', 'Jika kalian berharap melihat sekuel film itu tahun depan, simpanlah dulu harapan itu.', []],
  ['menurut Anda is no report', 'Kepribadian diri menjadi identitas. Menurut Anda, hidup bukanlah sebuah kompetisi.', []],
  // a name after a kinship or client word is whom the speaker is related to
  ['the name before istri dari speaks', 'DRS (37) istri dari S mengatakan, suaminya pertama kali didiagnosa terkena pneumonia.',
    [q('indirect', 'suaminya pertama kali didiagnosa terkena pneumonia', 'DRS', null, 'mengatakan')]],
  ['menurut pantauan names a source, no speaker', 'Menurut pantauan Tempo, massa aksi berasal dari sejumlah perguruan tinggi.', []],
  // `menurut` + a pronoun needs no comma before the clause
  ['Menurut dia with no comma', 'Menurut dia korupsi merupakan kejahatan luar biasa yang harus terus dilawan.',
    [q('indirect', 'korupsi merupakan kejahatan luar biasa yang harus terus dilawan', 'dia', null, 'Menurut')]],
  ['menurut dia in mid-sentence', 'Reformasi menurut dia telah melahirkan KPK.', [q('indirect', 'Reformasi menurut dia telah melahirkan KPK', 'dia', null, 'menurut')]],
  // a lower-case head noun before an organisation makes one description; a glued `kepada...` ends the phrase
  ['juru bicara before an organisation', '"Skema tarif sedang kita tentukan," ujar juru bicara Perusahaan Daerah Mitra Patriot.',
    [q('direct', 'Skema tarif sedang kita tentukan,', 'juru bicara Perusahaan Daerah Mitra Patriot', null, 'ujar')]],
  ['kepada glued to an outlet', '"Intinya jangan mudah percaya," ujar Zainal kepadadetikKalimantan, Jumat (10/10/2025).',
    [q('direct', 'Intinya jangan mudah percaya,', 'Zainal', 'Zainal', 'ujar')]],
  ['mencontohkan before a noun phrase is no report', 'Guru senior Rina Wulandari mencontohkan sikap disiplin kepada murid-muridnya setiap hari.', []],
  ['a modal shows the predicate', 'Pengacara korban Rina Wulandari mengakui dampak operasi ini sangat besar bagi kliennya.',
    [q('indirect', 'dampak operasi ini sangat besar bagi kliennya', 'Rina Wulandari', 'Rina Wulandari', 'mengakui')]],
  ['no subject but two predicate words', 'Menteri ESDM Ignasius Jonan memastikan tidak akan ada kenaikan tarif listrik hingga 2020.',
    [q('indirect', 'tidak akan ada kenaikan tarif listrik hingga 2020', 'Ignasius Jonan', 'Ignasius Jonan', 'memastikan')]],
  ['a noun-phrase object is no report', 'Budi Santoso mengakui kesalahannya di depan majelis hakim.', []],
  ['a noun phrase with a preposition is no report', 'Ketua panitia Siti Rahma menyampaikan terima kasih kepada warga yang telah membantu.', []],
  ['a noun phrase with a relative clause is no report', 'Kapolsek Rudi Hartanto membenarkan adanya penangkapan yang dilakukan anggotanya.', []],
  ['demi before a cue verb is no report', 'Pemerintah menambah anggaran demi memastikan pembangunan tahap kedua bisa selesai dalam tiga tahun.', []],
  ['no subject before the auxiliary', 'Gubernur Rudi Hartanto memastikan juga kesiapan rumah sakit rujukan.', []],
  ['no subject, a tense word before a predicate', 'Kepala desa itu, Sutrisno, mengakui telah lalai mengawasi penyaluran dana bantuan.',
    [q('indirect', 'telah lalai mengawasi penyaluran dana bantuan', 'Sutrisno', 'Sutrisno', 'mengakui')]],
  ['existential ada opens a clause', 'Kapolsek Rudi Hartanto mengakui ada warga yang terluka dalam bentrokan itu.',
    [q('indirect', 'ada warga yang terluka dalam bentrokan itu', 'Rudi Hartanto', 'Rudi Hartanto', 'mengakui')]],
  ['bakal shows the predicate', 'Pelatih tim tamu Robert Alberts memastikan Febri Hariyadi bakal absen pada laga akhir pekan ini.',
    [q('indirect', 'Febri Hariyadi bakal absen pada laga akhir pekan ini', 'Robert Alberts', 'Robert Alberts', 'memastikan')]],
  ['a ter- adjective inside the subject', 'Ketua MPR Zulkifli Hasan memastikan amendemen terbatas itu tidak akan melebar ke pasal lain.',
    [q('indirect', 'amendemen terbatas itu tidak akan melebar ke pasal lain', 'Zulkifli Hasan', 'Zulkifli Hasan', 'memastikan')]],
  ['seharusnya is a modal', 'Pengamat hukum Rudi Hartanto menganggap sudah seharusnya pemerintah menunda pengesahan aturan itu.',
    [q('indirect', 'sudah seharusnya pemerintah menunda pengesahan aturan itu', 'Rudi Hartanto', 'Rudi Hartanto', 'menganggap')]],
  ['a modal after a common-noun subject shows the predicate', 'Pengamat hukum Rudi Hartanto menganggap pemerintah seharusnya menunda pengesahan aturan itu.',
    [q('indirect', 'pemerintah seharusnya menunda pengesahan aturan itu', 'Rudi Hartanto', 'Rudi Hartanto', 'menganggap')]],
  ['a common noun then an active verb stays an object', 'Kapolsek Rudi Hartanto mengakui kesulitan menemukan pelaku pembakaran itu.', []],
  ['a name subject then an active verb is a clause', 'Pelatih tim tamu Darije Kalezic mengakui PSIS Semarang bermain cukup rapat sepanjang laga.',
    [q('indirect', 'PSIS Semarang bermain cukup rapat sepanjang laga', 'Darije Kalezic', 'Darije Kalezic', 'mengakui')]],
  ['a possessive noun then an active verb stays an object', 'Ketua panitia Siti Rahma menyampaikan aspirasinya menolak rencana itu kepada dewan.', []],
  ['menolak before a cue is no report', 'Pebalap Honda itu menolak mengonfirmasi akan pensiun pada akhir musim depan.', []],
  // a noun-phrase object of an `expresses` verb, ended by an object-end word
  ['a possessive object before untuk is no report', 'Pelatih Atletico Diego Simeone menyatakan keinginannya untuk memperpanjang kontrak hingga 2024.', []],
  ['an object with a demonstrative before ke is no report', 'Warga pun langsung melaporkan kejadian itu ke Polsek Mojosari.', []],
  ['an object before terhadap is no report', 'Ketua Umum Kadin Rosan Roeslani menyatakan dukungannya terhadap revisi aturan impor.', []],
  ['a verb not listed as expresses keeps its clause', 'Kepala BPOM Penny Lukito mengatakan kebijakan itu untuk mengantisipasi masuknya obat ilegal.',
    [q('indirect', 'kebijakan itu untuk mengantisipasi masuknya obat ilegal', 'Penny Lukito', 'Penny Lukito', 'mengatakan')]],
  ['an expresses verb before a clause keeps it', 'Kapolres Rudi Hartanto menyatakan kejadian itu terjadi pada Senin malam.',
    [q('indirect', 'kejadian itu terjadi pada Senin malam', 'Rudi Hartanto', 'Rudi Hartanto', 'menyatakan')]],
  // an addressee or place between the cue and the clause
  ['an addressee before bahwa is not what was said', 'Seorang pejabat senior AS mengatakan kepada AFP bahwa serangan itu berasal dari arah utara.',
    [q('indirect', 'serangan itu berasal dari arah utara', 'Seorang pejabat senior AS', null, 'mengatakan')]],
  ['an addressee set off by a comma', 'Budi Santoso mengatakan kepada wartawan, harga beras akan turun pekan depan.',
    [q('indirect', 'harga beras akan turun pekan depan', 'Budi Santoso', 'Budi Santoso', 'mengatakan')]],
  ['a place and time before bahwa', 'Menteri Luar Negeri Joseph Wu menyatakan di Taipei, kemarin, bahwa kedutaan itu akan segera ditutup.',
    [q('indirect', 'kedutaan itu akan segera ditutup', 'Joseph Wu', 'Joseph Wu', 'menyatakan')]],
  ['a time before bahwa', 'Menteri Energi Pangeran Abdulaziz mengatakan pada hari Minggu bahwa produksi minyak turun separuh.',
    [q('indirect', 'produksi minyak turun separuh', 'Abdulaziz', 'Abdulaziz', 'mengatakan')]],
  // a post cue after connectives only
  ['a post cue after connectives', 'Karena itu kata dia, anak-anak sangat kehilangan sosok itu.',
    [q('indirect', 'anak-anak sangat kehilangan sosok itu', 'dia', null, 'kata')]],
  ['an idiom with kata is no cue', 'Dengan kata lain, claim ratio peserta mandiri mencapai 313 persen.', []],
  ['a passive after lanjut is no speaker', 'Lebih lanjut dijelaskan, peserta program tidak dibatasi gender.', []],
  ['a fronted adverbial set off by a comma stays in the clause', 'Kompol Budi Hartono mengatakan di hari pertama ini, pihaknya menyita 110 SIM.',
    [q('indirect', 'di hari pertama ini, pihaknya menyita 110 SIM', 'Kompol Budi Hartono', 'Kompol Budi Hartono', 'mengatakan')]],
  // passive cues off the sentence start
  ['a passive cue after a framing phrase: the document reports', 'Dalam surat edaran itu disebutkan seluruh sekolah wajib meliburkan siswa selama dua hari.',
    [q('indirect', 'seluruh sekolah wajib meliburkan siswa selama dua hari', null, null, 'disebutkan')]],
  ['a framing phrase closed by a comma', 'Dalam laporan yang sama, disebutkan bahwa harga cabai naik dua kali lipat.',
    [q('indirect', 'harga cabai naik dua kali lipat', null, null, 'disebutkan')]],
  ['a passive cue inside a relative clause is no report', 'Di sanalah salah satu lahan yang izinnya dikatakan dicabut oleh pemerintah.', []],
  ['a passive cue after a modal is no report', 'Dan bisa dikatakan dua laga terakhir ini dimenangi berkat dia.', []],
  ['a conjunction opens no framing phrase', 'Ketika nama Neymar disebutkan sebagai pemain yang turun ke lapangan, teriakan itu terdengar.', []],
  ['a reflexive object is no report', 'Manchester City memastikan diri lolos ke babak berikutnya.', []],
  ['seperti with only a name after it reports nothing', 'Seperti yang dikatakan Direktur Pemasaran PT Sinar Abadi, Budi Santoso. Penjualan turun tajam.', []],
  ['a mid-sentence passive needs its speaker set off by commas', 'Dalam siaran pers yang beredar di Kuala Lumpur, disebutkan PT Sinar Abadi telah menutup pabriknya.', []],
  ['seperti with a speaker not set off by a comma reports nothing', 'Seperti dijelaskan Caporaso dan Levine dalam bukunya, politik dan ekonomi saling bergantung.', []],
  ['a likening word inside a framing phrase', 'Di sinilah pentingnya pendekatan kebijakan seperti ditegaskan dalam model tata kelola kolaboratif.', []],
  ['seperti and a passive cue read as menurut', 'Pertandingan itu berakhir imbang. Seperti dikatakan Rudi Hartanto, timnya akan tampil lebih menyerang pekan depan.',
    [q('indirect', 'timnya akan tampil lebih menyerang pekan depan', 'Rudi Hartanto', 'Rudi Hartanto', 'dikatakan')]],
  ['a passive cue in mid-sentence', 'Pelaku sudah ditangkap pada Senin malam, dijelaskan Rudi Hartanto, dan kini ditahan di Mapolres.',
    [q('indirect', 'Pelaku sudah ditangkap pada Senin malam', 'Rudi Hartanto', 'Rudi Hartanto', 'dijelaskan')]],
  ['a credit after a quotation names its speaker', '"Kami sudah menangkap dua pelaku dan masih memburu satu lagi." Hal itu dijelaskan oleh Kapolsek Cibinong Kompol Budi Hartono kepada wartawan.',
    [q('direct', 'Kami sudah menangkap dua pelaku dan masih memburu satu lagi.', 'Kompol Budi Hartono', 'Kompol Budi Hartono', 'dijelaskan')]],
  ['begitu kata credits the sentence before', 'Nyeri perut yang tidak hilang setelah makan bisa menjadi tanda serangan kandung empedu. Begitu kata Hardeep Singh, gastroenterolog di St. Joseph Hospital.',
    [q('indirect', 'Nyeri perut yang tidak hilang setelah makan bisa menjadi tanda serangan kandung empedu', 'Hardeep Singh', 'Hardeep Singh', 'kata')]],
  ['a demonstrative before a post cue word is no credit', 'Timnya kalah tiga kali beruntun. Itu jelas bukan hasil yang diharapkan siapa pun.', []],
  ['a credit after a narrative sentence', 'Warga panik saat api membesar. Hal itu dijelaskan oleh Kapolsek Cibinong Kompol Budi Hartono kepada wartawan.',
    [q('indirect', 'Warga panik saat api membesar', 'Kompol Budi Hartono', 'Kompol Budi Hartono', 'dijelaskan')]],
];

function run(text: string): Want[] {
  const folded = text.replace(/[\u201c\u201d]/g, '"');
  return extractQuotes(text, folded).quotes.map((x) => ({ kind: x.kind, content: x.content, speaker: x.speaker?.text ?? null, name: x.speaker_name, cue: x.cue?.text ?? null }));
}

for (const [name, text, want] of CASES) {
  test(`quotes clause cues: ${name}`, () => assert.deepEqual(run(text), want));
}
