import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText } from '../normalize/normalize.js';
import { tokenize } from '../tokens/tokenize.js';
import { splitSentences } from './split-sentences.js';

function sentences(text: string): string[] {
  const folded = foldText(text);
  return splitSentences(folded, tokenize(folded)).map((s) => text.slice(s.start, s.end));
}

// Sentences from examples/tempo-stoltenberg-kyiv.txt and Detik / CLICK-ID news (../shared/data).
const CASES: Array<[string, string, string[]]> = [
  [
    'two plain sentences',
    'Para pemimpin Ukraina dan pejabat NATO belum memberikan pernyataan ihwal kunjungan itu. Kunjungan masa perang oleh pejabat asing sering dirahasiakan.',
    ['Para pemimpin Ukraina dan pejabat NATO belum memberikan pernyataan ihwal kunjungan itu.', 'Kunjungan masa perang oleh pejabat asing sering dirahasiakan.'],
  ],
  [
    'a quote spanning two sentences: split, closing quote kept',
    '“Sekretaris Jenderal NATO ada di Ukraina. Kami akan merilis lebih banyak informasi sesegera mungkin,” kata seorang pejabat aliansi.',
    ['“Sekretaris Jenderal NATO ada di Ukraina.', 'Kami akan merilis lebih banyak informasi sesegera mungkin,” kata seorang pejabat aliansi.'],
  ],
  [
    'closing quote after the terminator stays with its sentence',
    'Dia berkata, "Kami siap." Setelah itu rapat ditutup.',
    ['Dia berkata, "Kami siap."', 'Setelah itu rapat ditutup.'],
  ],
  [
    'question in quotes followed by a speech verb',
    '"Apa itu benar?" tanya wartawan. Dia diam.',
    ['"Apa itu benar?" tanya wartawan.', 'Dia diam.'],
  ],
  [
    'opening quote of the next sentence',
    'Harga naik lagi. "Kami tidak bisa berbuat banyak," ujar Budi.',
    ['Harga naik lagi.', '"Kami tidak bisa berbuat banyak," ujar Budi.'],
  ],
  [
    'prefix abbreviations and initials never end a sentence',
    'Kantornya di Jl. Jend. Sudirman No. 5. Presiden B. J. Habibie datang bersama Dr. Terawan.',
    ['Kantornya di Jl. Jend. Sudirman No. 5.', 'Presiden B. J. Habibie datang bersama Dr. Terawan.'],
  ],
  [
    'a closing abbreviation before a capital ends a sentence',
    'Mereka membeli beras, gula, dll. Harga naik. Saham PT Bank Negara Indonesia (Persero) Tbk. (BBNI) naik.',
    ['Mereka membeli beras, gula, dll.', 'Harga naik.', 'Saham PT Bank Negara Indonesia (Persero) Tbk. (BBNI) naik.'],
  ],
  [
    'numbers, times and dates do not end sentences',
    'Pada pukul 10.00 WIB, Selasa (21/10/2025), harga naik 2,5 persen menjadi Rp4,8 juta. Itu rekor.',
    ['Pada pukul 10.00 WIB, Selasa (21/10/2025), harga naik 2,5 persen menjadi Rp4,8 juta.', 'Itu rekor.'],
  ],
  [
    'a line break always ends a sentence',
    'Pilihan Editor: AS Berikan Bantuan Militer Rp4,8 Triliun ke Ukraina, Paket Dukungan ke-36\nREUTERS',
    ['Pilihan Editor: AS Berikan Bantuan Militer Rp4,8 Triliun ke Ukraina, Paket Dukungan ke-36', 'REUTERS'],
  ],
  [
    'question and exclamation marks',
    'Apakah dia datang? Tentu saja! Semua hadir.',
    ['Apakah dia datang?', 'Tentu saja!', 'Semua hadir.'],
  ],
  [
    'ellipsis before a capital ends a sentence, before lower case it does not',
    'Dia menunggu... lalu pergi. Macet… Semua kesal.',
    ['Dia menunggu... lalu pergi.', 'Macet…', 'Semua kesal.'],
  ],
  [
    'closing bracket after the terminator',
    'Rapat berjalan lama (hingga larut malam.) Esoknya ditutup.',
    ['Rapat berjalan lama (hingga larut malam.)', 'Esoknya ditutup.'],
  ],
  [
    'a bare full stop before lower case still ends a sentence; list letters do not',
    'Sudah dibahas dengan DPR. ya dalam hal ini biasa. Syaratnya: a. pihak terkait setuju.',
    ['Sudah dibahas dengan DPR.', 'ya dalam hal ini biasa.', 'Syaratnya: a. pihak terkait setuju.'],
  ],
  [
    'URL with a path and a domain in the middle of a sentence',
    'Baca selengkapnya di kompas.com. Lalu lihat https://www.tempo.co/dunia/123.',
    ['Baca selengkapnya di kompas.com.', 'Lalu lihat https://www.tempo.co/dunia/123.'],
  ],
  [
    'an unpunctuated headline before an attributed quote ends a sentence',
    'Badut politikus ditantang baca tulis "Sementara sisanya Rp1,2 triliun akan dibiayai dari sumber internal," ujarnya.',
    ['Badut politikus ditantang baca tulis', '"Sementara sisanya Rp1,2 triliun akan dibiayai dari sumber internal," ujarnya.'],
  ],
  [
    'a quoted title or a quote after a cue stays in its sentence',
    'Dia merilis video berjudul "Jalan Pulang Menuju Desa Kami," ujarnya. Budi mengatakan "Kami akan datang lagi besok," katanya.',
    ['Dia merilis video berjudul "Jalan Pulang Menuju Desa Kami," ujarnya.', 'Budi mengatakan "Kami akan datang lagi besok," katanya.'],
  ],
  [
    'a dotted PT. and an abbreviation inside a short bracket do not end a sentence',
    'Dia bekerja di PT. Pertamina (Persero) sejak 2008 (HR. Muslim) dan bandara (SSK. II) Pekanbaru.',
    ['Dia bekerja di PT. Pertamina (Persero) sejak 2008 (HR. Muslim) dan bandara (SSK. II) Pekanbaru.'],
  ],
  [
    'a bare question mark before lower case ends a sentence, unless a cue follows',
    'Kenapa tidak naik? karena pasar mobil sedang suram. Sudah siap? kata dia.',
    ['Kenapa tidak naik?', 'karena pasar mobil sedang suram.', 'Sudah siap? kata dia.'],
  ],
  [
    'a bullet standing apart after a full stop opens a list item',
    'Unit kerjanya sebagai berikut. - Direktorat Akreditasi. * Direktorat Preservasi. Harga Rp 5.000-10.000.',
    ['Unit kerjanya sebagai berikut.', '- Direktorat Akreditasi.', '* Direktorat Preservasi.', 'Harga Rp 5.000-10.000.'],
  ],
  [
    'a dot inside a number or a code the tokenizer split',
    'Kadar PM2.5 naik. Rupiah bergerak di kisaran Rp13.990-Rp14.054 per USD.',
    ['Kadar PM2.5 naik.', 'Rupiah bergerak di kisaran Rp13.990-Rp14.054 per USD.'],
  ],
  [
    'prefix abbreviations of offices and names',
    'Plt. Direktur Utama hadir bersama Moh. Mahfud di Stadion Moch. Soebroto (HR. Muslim).',
    ['Plt. Direktur Utama hadir bersama Moh. Mahfud di Stadion Moch. Soebroto (HR. Muslim).'],
  ],
  [
    'a number broken by a stray space after its dot',
    'Akun itu mempunyai 2.904. 678 pengikut. 50 orang hadir.',
    ['Akun itu mempunyai 2.904. 678 pengikut.', '50 orang hadir.'],
  ],
];

for (const [name, input, expected] of CASES) {
  test(`splitSentences: ${name}`, () => {
    assert.deepEqual(sentences(input), expected);
  });
}

test('splitSentences: token ranges tile the tokens', () => {
  const text = 'Harga naik. "Kami siap," kata dia. Rapat ditutup';
  const t = tokenize(text);
  const s = splitSentences(text, t);
  assert.equal(s.length, 3);
  assert.equal(s[0]!.tokenStart, 0);
  for (let i = 1; i < s.length; i++) assert.equal(s[i]!.tokenStart, s[i - 1]!.tokenEnd);
  assert.equal(s[s.length - 1]!.tokenEnd, t.count);
  assert.equal(text.slice(s[2]!.start, s[2]!.end), 'Rapat ditutup');
});

test('splitSentences: no tokens, no sentences', () => {
  assert.deepEqual(splitSentences('', tokenize('')), []);
});
