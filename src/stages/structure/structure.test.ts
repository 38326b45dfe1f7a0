import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { foldText, normalizeStage } from '../normalize/normalize.js';
import { classifyParagraph, findDateline, structureStage } from './structure.js';

const dl = (text: string) => findDateline(foldText(text), text);

// Openings of real articles (Tempo, Kompas, detik, Liputan6, CNN Indonesia, ANTARA, Bisnis, beritajatim, Pos Kota, Republika).
const positive: Array<[string, string | null, string | null, string]> = [
  ['TEMPO.CO, Jakarta - Sekretaris Jenderal Pakta Pertahanan Atlantik Utara (NATO) Jens Stoltenberg', 'TEMPO.CO', 'Jakarta', 'TEMPO.CO, Jakarta -'],
  ['JAKARTA, KOMPAS.com - Menteri Perhubungan Budi Karya Sumadi menyebut harga tiket pesawat', 'KOMPAS.com', 'JAKARTA', 'JAKARTA, KOMPAS.com -'],
  ['BANDUNG, KOMPAS.com – Pemerintah Provinsi Jawa Barat menyiapkan', 'KOMPAS.com', 'BANDUNG', 'BANDUNG, KOMPAS.com –'],
  ['Jakarta - Nilai tukar rupiah dibuka melemah terhadap dolar AS', null, 'Jakarta', 'Jakarta -'],
  ['Liputan6.com, Jakarta: Presiden Susilo Bambang Yudhoyono', 'Liputan6.com', 'Jakarta', 'Liputan6.com, Jakarta:'],
  ['Jakarta, CNN Indonesia -- Komisi Pemilihan Umum meresmikan tahapan Pilkada', 'CNN Indonesia', 'Jakarta', 'Jakarta, CNN Indonesia --'],
  ['Jakarta (ANTARA News) - Nama kanker kepala dan leher memang tak sepopuler', 'ANTARA News', 'Jakarta', 'Jakarta (ANTARA News) -'],
  ['Bisnis.com, JAKARTA - Harga emas batangan Antam naik', 'Bisnis.com', 'JAKARTA', 'Bisnis.com, JAKARTA -'],
  ['Surabaya (beritajatim.com) - Polrestabes Surabaya menangkap', 'beritajatim.com', 'Surabaya', 'Surabaya (beritajatim.com) -'],
  ['Washington, D.C. (ANTARA) - Amerika Serikat mengumumkan', 'ANTARA', 'Washington, D.C.', 'Washington, D.C. (ANTARA) -'],
  ['Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan', 'ANTARA News', 'Mataram, NTB', 'Mataram, NTB (ANTARA News) -'],
  ['JAKARTA (Pos Kota) \u00a0 – Komisi Pemberantasan Korupsi (KPK) menahan', 'Pos Kota', 'JAKARTA', 'JAKARTA (Pos Kota) \u00a0 –'],
  ['REPUBLIKA.CO.ID, MANCHESTER—Manchester City resmi', 'REPUBLIKA.CO.ID', 'MANCHESTER', 'REPUBLIKA.CO.ID, MANCHESTER—'],
  ['Merdeka.com - Kementerian Komunikasi dan Informatika mencatat', 'Merdeka.com', null, 'Merdeka.com -'],
  ['Ponorogo - Tanah longsor di Dusun Gondang', null, 'Ponorogo', 'Ponorogo -'],
  ['KONTAN.CO.ID - JAKARTA. Harga emas batangan Antam naik Rp 5.000', 'KONTAN.CO.ID', 'JAKARTA', 'KONTAN.CO.ID - JAKARTA.'],
  ['Sleman, NU Online - Pengurus Wilayah Nahdlatul Ulama DIY menggelar', 'NU Online', 'Sleman', 'Sleman, NU Online -'],
  ['SPANYOL - Barcelona berhasil memboyong kemenangan besar di laga Clasico', null, 'SPANYOL', 'SPANYOL -'],
  ['Jeddah, Saudi Arabia, 27/11 (Antara) - Indonesia sukses mendapatkan', 'Antara', 'Jeddah, Saudi Arabia', 'Jeddah, Saudi Arabia, 27/11 (Antara) -'],
  ['NATO Chief Makes First Visit to Kyiv\n\nTEMPO.CO, Jakarta - Sekretaris Jenderal NATO', 'TEMPO.CO', 'Jakarta', 'TEMPO.CO, Jakarta -'],
  ['  \nTEMPO.CO, Jakarta - Badan Usaha Milik Negara', 'TEMPO.CO', 'Jakarta', 'TEMPO.CO, Jakarta -'],
];

for (const [text, outlet, city, written] of positive) {
  test(`dateline: ${written}`, () => {
    const d = dl(text);
    assert.ok(d, 'expected a dateline');
    assert.equal(d.outlet, outlet);
    assert.equal(d.city, city);
    assert.equal(d.text, written);
    assert.equal(text.slice(d.start, d.end), written);
  });
}

// Openings that must not yield a dateline (stripped datelines from news-clickid-raw, prose, compounds).
const negative = [
  ' -  Sambusir Yusuf, 59 tahun, menemukan alat pemadam api',
  ', , - Badan Usaha Milik Negara (BUMN) PT Aneka Tambang Tbk.',
  '- Presiden Joko Widodo (Jokowi) berharap pemerintah Tiongkok',
  'Presiden Joko Widodo - yang baru pulang dari Tiongkok - menyatakan',
  'Jakarta-Bandung kini bisa ditempuh dalam 40 menit dengan kereta cepat.',
  'Jakarta menjadi kota dengan polusi terburuk pekan ini - menurut IQAir.',
  'Baru - baru ini, rapper asal California meluncurkan album',
  '"Jakarta sangat senang, gembira untuk bisa bekerjasama," kata Pramono.',
  'Nilai tukar rupiah dibuka melemah terhadap dolar Amerika Serikat (AS).',
  'Catatan: data sementara - belum final.',
  'Harga emas naik tajam pekan ini.\nJakarta - Harga emas Antam naik Rp 5.000 per gram.',
  'OPINI - Dalam konstelasi Pilkada DKI Jakarta tahun ini, kita di pertontonkan',
  'OPINI - JAKARTA. Kota ini kembali tenggelam',
  'Bandung, Selasa - Hujan deras mengguyur kota',
  'Surabaya, Jawa Timur, Indonesia Timur - x',
  'PENGANTAR: Tanggal ini, 15 Januari, 23 tahun yang lalu, Jakarta diguncang',
  '',
];
for (const text of negative) {
  test(`no dateline: ${JSON.stringify(text.slice(0, 40))}`, () => assert.equal(dl(text), null));
}

// Paragraphs from real articles (Tempo, detik, Kompas, Republika, JPNN, Tribun, KapanLagi) with their kind.
const kinds: Array<[string, string, boolean?]> = [
  ['Sekretaris Jenderal NATO Jens Stoltenberg mengunjungi pameran yang menampilkan kendaraan militer Rusia yang hancur di Kyiv tengah, Ukraina 20 April 2023. REUTERS/Gleb Garanich', 'caption'],
  ['Presiden Joko Widodo meninjau lokasi banjir di Kabupaten Bekasi, Jawa Barat, Senin (6/1/2020). ANTARA FOTO/Hafidz Mubarak A/foc.', 'caption'],
  ['Petugas memadamkan api di Pasar Senen, Jakarta. TEMPO/Imam Sukamto', 'caption'],
  ['Suasana rapat paripurna DPR di Senayan, Jakarta. (Foto: Dok. Humas DPR)', 'caption'],
  ['Charlotte Church berulang tahun dan mengadakan pesta di rumahnya © Instagram.com', 'caption'],
  ['Menteri Perhubungan Budi Karya Sumadi (kiri) dan Menteri Keuangan Sri Mulyani (kanan) dalam acara Kompas100 CEO Forum di Jakarta', 'caption'],
  ['KOMPAS.com/NABILLA TASHANDRA Menteri Pendayagunaan Aparatur Negara Yuddy Chrisnandi', 'caption'],
  ['Pilihan Editor: AS Berikan Bantuan Militer Rp4,8 Triliun ke Ukraina, Paket Dukungan ke-36', 'related'],
  ['Baca juga: Harga Tiket Pesawat Mahal, Menhub Minta Maskapai Evaluasi', 'related'],
  ['Baca Juga : Pemerintah Salurkan Bansos Tambahan', 'related'],
  ['Simak juga Video "Polisi Tangkap Pelaku Penganiayaan"', 'related'],
  ['Lihat juga Video: Momen Jokowi Tinjau Tol Trans Sumatera', 'related'],
  ['REUTERS', 'credit'],
  ['ANTARA | REUTERS', 'credit'],
  ['(ant)', 'credit'],
  ['(Antara)', 'credit'],
  ['(ram/asp)', 'credit'],
  ['(fyk/ash)', 'credit'],
  ['(tim)', 'credit'],
  ['Mulia Budi - detikNews', 'credit'],
  ['Antara/Teresia May', 'credit'],
  ['(Foto: dok. Cetaphil)', 'credit'],
  ['DINI TEJA', 'credit', true],
  ['SCROLL TO CONTINUE WITH CONTENT', 'boilerplate'],
  ['ADVERTISEMENT', 'boilerplate'],
  ['Editor: Sandro Gatra', 'boilerplate'],
  ['Penulis: Kurnia Sari Aziza', 'boilerplate'],
  ['Reporter : Fachri Fachrudin', 'boilerplate'],
  ['Artikel ini telah tayang di Kompas.com dengan judul "Harga BBM Turun"', 'boilerplate'],
  ['Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.', 'boilerplate'],
  ['Rep: C31/ Red: Israr Itah', 'boilerplate'],
  ['Stoltenberg telah menjadi suara kuat aliansi selama perang dan berperan penting dalam mengumpulkan dukungan.', 'body'],
  ['"Sekretaris Jenderal NATO ada di Ukraina. Kami akan merilis lebih banyak informasi sesegera mungkin," kata seorang pejabat aliansi.', 'body'],
  ['Menurut dia, foto yang beredar itu diambil dari akun Instagram/@polri pada Senin pagi, lalu disebarkan ke grup WhatsApp warga dan dibantah polisi.', 'body'],
  ['PEMILU 2024', 'body'],
  ['Selain itu, tiara mewah milik Ratu Marie-Amélie dan Ratu Hortense turut dicuri, dan satu bros besar lainnya milik Permaisuri EugÃ©nie.', 'body'],
];
for (const [text, kind, isLast] of kinds) {
  test(`kind ${kind}: ${JSON.stringify(text.slice(0, 50))}`, () => {
    const got = classifyParagraph(foldText(text), isLast ?? false);
    assert.equal(got.kind, kind, `rule ${got.rule}`);
    assert.ok(got.rule.length > 0);
  });
}

test('example article: structure exactly as in tempo-stoltenberg-kyiv.gold.json', () => {
  const root = fileURLToPath(new URL('../../../examples/', import.meta.url));
  const text = readFileSync(`${root}tempo-stoltenberg-kyiv.txt`, 'utf8');
  const gold = JSON.parse(readFileSync(`${root}tempo-stoltenberg-kyiv.gold.json`, 'utf8')) as {
    dateline: { outlet: string; city: string };
    structure: { body_paragraphs: number; captions: string[]; related: string[]; credits: string[] };
  };
  const doc = buildPipeline([normalizeStage, structureStage]).run({ text });
  const d = doc.layers.dateline;
  assert.equal(d?.outlet, gold.dateline.outlet);
  assert.equal(d?.city, gold.dateline.city);
  assert.equal(d?.text, 'TEMPO.CO, Jakarta -');
  const paras = doc.layers.paragraphs!;
  const of = (k: string) => paras.filter((p) => p.kind === k).map((p) => doc.text.slice(p.start, p.end));
  assert.equal(of('body').length, gold.structure.body_paragraphs);
  assert.deepEqual(of('caption'), gold.structure.captions);
  assert.deepEqual(of('credit'), gold.structure.credits);
  assert.equal(of('boilerplate').length, 0);
  // The gold lists the related article's title; the paragraph also holds its `Pilihan Editor:` label.
  assert.deepEqual(of('related').map((t) => t.replace(/^Pilihan Editor:\s*/, '')), gold.structure.related);
  assert.equal(paras[0]!.start, 0);
  assert.equal(paras[0]!.rule, 'body-dateline');
  for (const p of paras) assert.equal(doc.text.slice(p.start, p.end).trim(), doc.text.slice(p.start, p.end));
});

test('headlines under a bare related label are related, up to the next body paragraph', () => {
  // KapanLagi layout: label, then one linked headline a line, then the article goes on.
  const text = [
    'Kapanlagi.com - Dian Sastrowardoyo membagikan foto masa kecilnya di Instagram.',
    'Jangan Lewatkan',
    'Armand Maulana & Rambut Gondrong Ikoniknya Dari Tahun ke Tahun',
    'Selena Gomez Saat Masih Berusia 7 Tahun, Bikin Gemas Maksimal!',
    'Dalam foto itu, Dian tampak mengenakan seragam sekolah dasar dan tersenyum ke arah kamera.',
    'Menurut Dian, foto tersebut diambil saat ia berusia 13 tahun',
  ].join('\n');
  const doc = buildPipeline([normalizeStage, structureStage]).run({ text });
  assert.deepEqual(doc.layers.paragraphs!.map((p) => p.kind), ['body', 'related', 'related', 'related', 'body', 'body']);
  assert.equal(doc.layers.paragraphs![2]!.rule, 'related-list-item');
});

test('a sign-off closing the last paragraph becomes its own credit span', () => {
  const text = 'Jakarta - Google mengakui ada kelemahan pada Galaxy S6 Edge.\nPihak Samsung belum memberikan tanggapan soal temuan tersebut. (fyk/ash)';
  const doc = buildPipeline([normalizeStage, structureStage]).run({ text });
  assert.deepEqual(doc.layers.paragraphs!.map((p) => [text.slice(p.start, p.end), p.kind]), [
    ['Jakarta - Google mengakui ada kelemahan pada Galaxy S6 Edge.', 'body'],
    ['Pihak Samsung belum memberikan tanggapan soal temuan tersebut.', 'body'],
    ['(fyk/ash)', 'credit'],
  ]);
  const single = 'Jakarta (ANTARA) - Harga emas naik pada Senin. (ant)';
  const d2 = buildPipeline([normalizeStage, structureStage]).run({ text: single });
  assert.deepEqual(d2.layers.paragraphs!.map((p) => [single.slice(p.start, p.end), p.kind, p.rule]), [
    ['Jakarta (ANTARA) - Harga emas naik pada Senin.', 'body', 'body-dateline'],
    ['(ant)', 'credit', 'credit-trailing-signoff'],
  ]);
  // Not a sign-off: a bracket inside the sentence, or a word in brackets ending an unfinished sentence.
  for (const t of ['Presiden berfoto bersama menteri (kiri/kanan)', 'Ia menjabat sebagai Kapolda Metro Jaya (2019).']) {
    const d = buildPipeline([normalizeStage, structureStage]).run({ text: t });
    assert.equal(d.layers.paragraphs!.length, 1, t);
  }
});

test('paragraph spans skip blank lines and CRLF', () => {
  const text = 'Jakarta - Satu.\r\n\r\n  Dua dua.  \n\n\nREUTERS\n';
  const doc = buildPipeline([normalizeStage, structureStage]).run({ text });
  assert.deepEqual(doc.layers.paragraphs!.map((p) => [text.slice(p.start, p.end), p.kind]), [
    ['Jakarta - Satu.', 'body'], ['Dua dua.', 'body'], ['REUTERS', 'credit'],
  ]);
});
