import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from './extract-quotes.js';

/**
 * Descriptions and pronouns resolved against the article: a person noun introduced indefinitely
 * (`seorang laki-laki`) names no one, an office with a demonstrative continues the office holder who spoke
 * last, and a pronoun right after such a speaker is that speaker. Without the other layers.
 */
const CASES: Array<[string, string, Array<string | null>]> = [
  ['a person noun introduced with seorang and no name is no one named',
    'Seorang laki-laki, 54 tahun, asal Cumbria menggugat rumah sakit. Dokter bedah Kavinder Madhra mengatakan operasi itu berjalan baik. Laki-laki itu mengatakan hidupnya berubah sejak operasi.',
    ['Kavinder Madhra', null]],
  ['a pronoun after such a description is the same no one',
    'Seorang laki-laki, 54 tahun, asal Cumbria menggugat rumah sakit. Dokter bedah Kavinder Madhra mengatakan operasi itu berjalan baik. Pasien laki-laki itu mengatakan hidupnya berubah sejak operasi. "Saya tidak bisa lagi bekerja seperti dulu," katanya.',
    ['Kavinder Madhra', null, null]],
  ['a person noun introduced with a name is that person',
    'Polisi menangkap seorang pria bernama Joko Susilo di Bekasi. Kapolsek Rudi Hartanto mengatakan penangkapan berjalan lancar. Pria itu mengaku menyesal atas perbuatannya.',
    ['Rudi Hartanto', 'Joko Susilo']],
  ['a person noun never introduced is the person last named',
    'Joko Susilo mengatakan dia siap diperiksa polisi pekan depan. Pria itu mengaku menyesal atas perbuatannya.',
    ['Joko Susilo', 'Joko Susilo']],
  ['an office with a demonstrative continues the office holder who spoke last',
    'Kapolda Jatim Irjen Luki Hermawan menggelar jumpa pers. Polisi menetapkan Veronica Koman sebagai tersangka. "Tersangka aktif menyebarkan hoaks lewat Twitter," ungkap Kapolda. Jenderal bintang dua ini menambahkan, ada puluhan unggahan yang bernada provokatif.',
    ['Irjen Luki Hermawan', 'Irjen Luki Hermawan']],
  ['a role noun before an organisation, with a demonstrative, points back to the person (not the party)',
    'Anggota DPR Budi Santoso mengatakan revisi undang-undang itu perlu dibahas ulang. "Kami akan mengundang para ahli," ujar politikus PDIP ini.',
    ['Budi Santoso', 'Budi Santoso']],
  ['a former player of a club, with a demonstrative, points back to the person (not the club)',
    'Rudi Hartanto mengaku senang bisa kembali bermain. "Saya siap membantu tim meraih gelar," kata mantan pemain Persija tersebut.',
    ['Rudi Hartanto', 'Rudi Hartanto']],
  ['a role noun with a year and a demonstrative points back to the person (not the games)',
    'Rudi Hartanto mengatakan ia masih ingat pesan pelatihnya. "Waktu itu kami diminta bermain tanpa beban," kata peraih emas Olimpiade 2004 ini di Jakarta.',
    ['Rudi Hartanto', 'Rudi Hartanto']],
  ['a coach from a country, with a demonstrative, points back to the person (not the country)',
    'Robert Alberts menilai timnya bermain baik. Pelatih asal Belanda itu mengatakan para pemain sudah bekerja keras.',
    ['Robert Alberts', 'Robert Alberts']],
  ['a kinship description closed by a demonstrative is not the relative it names (after a modifier)',
    'Sandy Tumiwa datang menjenguk ibunya di rumah sakit. "Saya kapok, Ma," kata Sandy. Bekas suami Tessa Kaunang itu mengaku menyesal sering menyusahkan orangtuanya.',
    ['Sandy Tumiwa', 'Sandy Tumiwa']],
  ['a role head of the titles before a name, with a demonstrative and an adverb after it, is not that name',
    'Elza Syarief mengaku trauma setelah kejadian itu. "Saya hampir setiap hari muntah," ucap Elza. Pengacara Sajad Ukra tersebut juga mengatakan ia sulit tidur sejak kejadian itu.',
    ['Elza Syarief', 'Elza Syarief', 'Elza Syarief']],
  ['a former aide of a named official, with a demonstrative, points back to the speaker (not the official)',
    'Firli Bahuri mengatakan KPK harus bekerja sama dengan polisi. "Penegakan hukum tidak hanya menghukum orang," papar mantan ajudan Wapres Boediono ini.',
    ['Firli Bahuri', 'Firli Bahuri']],
  ['the same head naming another party is another person, not the one described before',
    'Anggota DPR Budi Santoso mengatakan revisi itu perlu. "Kami akan mengundang para ahli," ujar politikus PDIP itu. Anggota DPR Joko Susilo berpendapat revisi itu terburu-buru. Politikus NasDem tersebut mengklaim revisi itu tidak melemahkan KPK.',
    ['Budi Santoso', 'Budi Santoso', 'Joko Susilo', 'Joko Susilo']],
  ['a plural group opened by para names no one',
    'Kepala sekolah Budi Santoso mengatakan mediasi akan digelar besok. Tetapi para siswa menyatakan akan bergerak jika tidak ada hasil.',
    ['Budi Santoso', null]],
];

for (const [name, text, want] of CASES) {
  test(`quotes described speakers: ${name}`, () => {
    assert.deepEqual(extractQuotes(text, text.replace(/[\u201c\u201d]/g, '"')).quotes.map((q) => q.speaker_name), want);
  });
}

test('quotes described speakers: a place the tagger took for a person is no person', () => {
  const text = 'Riyadh menyatakan penyelidikan belum usai dan mereka membutuhkan bantuan pakar internasional.';
  const entities = [{ start: 0, end: 6, text: 'Riyadh', type: 'PER' as const }];
  const q = extractQuotes(text, text, { entities }).quotes;
  assert.deepEqual(q.map((x) => [x.speaker?.text, x.speaker_name]), [['Riyadh', null]]);
});

test('quotes described speakers: a document\'s report is no one\'s speech for a later quote to continue', () => {
  const text = '"Aborsi tetap dilarang kecuali untuk alasan medis," kata pakar hukum Genevova Alicia. Dalam pasal 346 KUHP disebutkan setiap perempuan yang menggugurkan kandungan dapat dipidana. "Yang menentukan adalah akibat yang ditimbulkan."';
  assert.deepEqual(extractQuotes(text, text).quotes.map((q) => [q.cue?.text ?? null, q.speaker_name]),
    [['kata', 'Genevova Alicia'], ['disebutkan', null], ['kata', 'Genevova Alicia']]);
});

test('quotes described speakers: a kinship word before a tagged name, with a demonstrative, points back to the speaker', () => {
  const text = 'Menurut Addie Setiawan, permainan gitar Alief tergolong langka. Bahkan ayah artis Kevin Santoso ini menyebut baru kali ini menemukan gitaris seperti itu.';
  const entities = ['Addie Setiawan', 'Alief', 'Kevin Santoso'].map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, text: n, type: 'PER' as const }));
  assert.deepEqual(extractQuotes(text, text, { entities }).quotes.map((q) => [q.speaker?.text, q.speaker_name]),
    [['Addie Setiawan', 'Addie Setiawan'], ['ayah artis Kevin Santoso ini', 'Addie Setiawan']]);
});

test('quotes described speakers: a tagged name followed by a circumstance is the speaker, not a description', () => {
  const text = '"Kita harus waspada," kata Panglima TNI Hadi Santoso saat kunjungan ke Pekanbaru pada awal pekan ini.';
  const n = 'Hadi Santoso', at = text.indexOf(n);
  const entities = [{ start: at, end: at + n.length, text: n, type: 'PER' as const }];
  assert.deepEqual(extractQuotes(text, text, { entities }).quotes.map((q) => [q.speaker?.text, q.speaker_name]), [['Hadi Santoso', 'Hadi Santoso']]);
});

test('quotes described speakers: a subject group holding a verb before its demonstrative is no description: the name speaks', () => {
  const text = 'Menteri Luar Negeri AS Mike Santoso mengeluarkan pernyataan pekan ini, mengatakan Iran harus menghentikan program nuklirnya.';
  const n = 'Mike Santoso', at = text.indexOf(n);
  const entities = [{ start: at, end: at + n.length, text: n, type: 'PER' as const }];
  assert.deepEqual(extractQuotes(text, text, { entities }).quotes.map((q) => [q.speaker?.text, q.speaker_name]), [['Mike Santoso', 'Mike Santoso']]);
});

test('quotes described speakers: a subject group holding a tagged name, a circumstance and a demonstrative is that person', () => {
  const text = 'Panglima TNI Hadi Santoso saat kunjungan ke Pekanbaru pada awal pekan ini mengatakan prajurit harus tetap waspada.';
  const n = 'Hadi Santoso', at = text.indexOf(n);
  const entities = [{ start: at, end: at + n.length, text: n, type: 'PER' as const }];
  assert.deepEqual(extractQuotes(text, text, { entities }).quotes.map((q) => [q.speaker?.text, q.speaker_name]), [['Hadi Santoso', 'Hadi Santoso']]);
});

test('quotes described speakers: a pronoun after a tagged new subject with its role before the name (a place between) is that subject', () => {
  const text = 'Jess Milne mengatakan polisi sedang menyelidiki kasus itu. "Kami akan menangkap mereka," kata Milne. Sementara itu, dikutip dari Sky News, seniman konseptual Italia Maurizio Cattelan memuji para pencuri. "Saya pikir itu lelucon," katanya.';
  const entities = ['Jess Milne', 'Maurizio Cattelan'].map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, text: n, type: 'PER' as const }));
  assert.deepEqual(extractQuotes(text, text, { entities }).quotes.map((q) => q.speaker_name), ['Jess Milne', 'Jess Milne', 'Maurizio Cattelan']);
});

test('quotes described speakers: a pronoun goes on naming the speaker past a tagged name in a clause opened by saat', () => {
  const text = 'Guruh Lunggana membandingkan cara dua gubernur. "Jadi cuma ditertibkan saja," ucap Guruh. Sedangkan, saat Anies menjabat gubernur saat ini, penertiban PKL tidak berjalan maksimal. "Skybridge hanya menampung 400-an pedagang," kata dia.';
  const entities = ['Guruh Lunggana', 'Guruh', 'Anies'].map((n) => ({ start: text.indexOf(n + ' '), end: text.indexOf(n + ' ') + n.length, text: n, type: 'PER' as const }));
  assert.deepEqual(extractQuotes(text, text, { entities }).quotes.map((q) => q.speaker_name), ['Guruh Lunggana', 'Guruh Lunggana']);
});
