import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { copyTest } from './copy-test.js';

const article = readFileSync(fileURLToPath(new URL('../../examples/tempo-stoltenberg-kyiv.txt', import.meta.url)), 'utf8');
const paras = article.split('\n');
const body = paras.slice(1).join('\n');

// A follow-up in the way the audited false merges were made: a new lead and new statements on top of the earlier report.
const followUp = [
  'Kementerian Luar Negeri Rusia mengecam kunjungan Sekretaris Jenderal NATO Jens Stoltenberg ke Kyiv pada Jumat, 21 April 2023.',
  'Juru bicara kementerian itu, Maria Zakharova, menyebut kunjungan tersebut sebagai provokasi yang memperpanjang perang.',
  '"Aliansi itu tidak menginginkan perdamaian," kata Zakharova kepada wartawan di Moskow.',
  'Ia menambahkan bahwa Rusia akan menanggapi setiap pengiriman senjata baru ke Ukraina.',
  body,
].join('\n');

// Two reports of one match that share the first-half account: the second adds a new lead and the second half.
const halfTime = [
  'Persija Jakarta dan Bali United bermain imbang 0-0 pada babak pertama di Stadion Utama Gelora Bung Karno, Jumat malam.',
  'Persija langsung menekan sejak menit awal lewat Marko Simic dan Riko Simanjuntak.',
  'Peluang terbaik tuan rumah datang pada menit ke-23, tetapi sundulan Simic masih melebar.',
  'Bali United membalas lewat serangan balik cepat yang dimotori Stefano Lilipaly.',
  'Tendangan Lilipaly pada menit ke-38 masih bisa ditepis kiper Persija, Shahar Ginanjar.',
].join(' ');
const fullTime = [
  'Bali United menang 1-0 atas Persija Jakarta di Stadion Utama Gelora Bung Karno, Jumat malam, lewat gol Melvin Platje.',
  'Persija langsung menekan sejak menit awal lewat Marko Simic dan Riko Simanjuntak.',
  'Peluang terbaik tuan rumah datang pada menit ke-23, tetapi sundulan Simic masih melebar.',
  'Bali United membalas lewat serangan balik cepat yang dimotori Stefano Lilipaly.',
  'Tendangan Lilipaly pada menit ke-38 masih bisa ditepis kiper Persija, Shahar Ginanjar.',
  'Pada babak kedua, Bali United tampil lebih berani dan mengurung pertahanan tuan rumah.',
  'Gol yang ditunggu akhirnya datang pada menit ke-72 melalui sepakan Platje dari luar kotak penalti.',
  'Persija gagal menyamakan kedudukan hingga peluit panjang dibunyikan.',
].join(' ');

// A daily price article from one template: the same sentences with other figures and another day.
function priceDay(price: number, change: number, dir: string, day: string): string {
  return [
    `Harga emas batangan produksi PT Aneka Tambang Tbk atau Antam hari ini, ${day}, ${dir} Rp ${change}.000 menjadi Rp ${price}.000 per gram.`,
    `Harga pembelian kembali atau buyback emas Antam juga ${dir} Rp ${change}.000 menjadi Rp ${price - 110}.000 per gram.`,
    `Untuk emas ukuran 5 gram dijual Rp ${(price * 5 - 40) / 1000} juta, ukuran 10 gram Rp ${(price * 10 - 70) / 1000} juta.`,
    `Sementara itu emas ukuran 100 gram dijual Rp ${(price * 100 - 300) / 1000} juta dan ukuran 1 kilogram Rp ${(price * 1000 - 2600) / 1000} juta.`,
    `Harga tersebut sudah termasuk Pajak Penghasilan (PPh) 22 sebesar 0,9 persen.`,
  ].join(' ');
}

const cases: Array<[string, string, string, boolean]> = [
  ['the same text', article, article, true],
  ['a different intro line', article, 'Kunjungan mendadak itu menarik perhatian dunia.\n' + body, true],
  ['a trimmed ending', article, paras.slice(0, -3).join('\n'), true],
  ['changed punctuation', article, article.replace(/,/g, ' ,').replace(/[“”]/g, '"'), true],
  ['intro line, trimmed ending and punctuation', article, 'Kunjungan itu berlangsung tanpa pengumuman.\n' + paras.slice(1, -2).join('\n').replace(/,/g, ' ,'), true],
  ['a follow-up with four new sentences on top', article, followUp, false],
  ['two days of a daily price template', priceDay(753, 8, 'naik', 'Rabu, 18 September 2019'), priceDay(745, 4, 'turun', 'Sabtu, 14 September 2019'), false],
  // The limit of a text-only test: a final-result report that keeps the half-time report verbatim and
  // only replaces its lead is built exactly like a trimmed copy with a new intro line, so it is grouped.
  // (The audited half-time/final pairs reworded more than that and are told apart.)
  ['a half-time report kept verbatim inside the final-result report', halfTime, fullTime, true],
];

for (const [name, a, b, copy] of cases) {
  test(`copy test: ${name} → ${copy ? 'copy' : 'not a copy'}`, () => {
    assert.equal(copyTest(a, b).copy, copy);
    assert.equal(copyTest(b, a).copy, copy, 'the test is symmetric');
  });
}

test('copy test: resemblance is the Jaccard index of the shingle sets', () => {
  assert.equal(copyTest(article, article).resemblance, 1);
  const r = copyTest(article, followUp).resemblance;
  assert.ok(r > 0.5 && r < 0.8, `resemblance ${r}`);
});
