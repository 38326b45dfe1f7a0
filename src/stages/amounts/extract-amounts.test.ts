import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAmounts } from './extract-amounts.js';
import { parseDigits } from './parse-digits.js';
import { tokenize } from '../tokens/tokenize.js';

type Want = [text: string, kind: string, value: number | null, unit: string | null];

/** Sentence → the amounts it holds, as [text, kind, value, unit]. */
const CASES: Array<[string, string, Want[]]> = [
  // money
  ['money: Rp glued, decimal comma, multiplier', 'AS Berikan Bantuan Militer Rp4,8 Triliun ke Ukraina', [['Rp4,8 Triliun', 'money', 4.8e12, 'IDR']]],
  ['money: thousands dots', 'Tarifnya Rp 1.500.000 per bulan.', [['Rp 1.500.000', 'money', 1500000, 'IDR']]],
  ['money: English thousands comma', 'Ia menerima kompensasi sebesar £125,000 dari rumah sakit itu.', [['£125,000', 'money', 125000, 'GBP']]],
  ['money: decimal comma before a multiplier', 'Nilainya US$ 2,500 miliar.', [['US$ 2,500 miliar', 'money', 2500000000, 'USD']]],
  ['money: cents after comma groups', 'Nilai barang mencapai Rp 248,610,000,00 menurut petugas.', [['Rp 248,610,000,00', 'money', 248610000, 'IDR']]],
  ['money: US$', 'Investasi senilai US$ 2 juta masuk tahun ini.', [['US$ 2 juta', 'money', 2e6, 'USD']]],
  ['money: currency name after', 'Cadangan devisa naik 1,2 miliar dolar AS.', [['1,2 miliar dolar AS', 'money', 1.2e9, 'USD']]],
  ['money: euro, ringgit, yuan', 'Dana 5 juta euro, 300 ringgit dan 10 ribu yuan.', [['5 juta euro', 'money', 5e6, 'EUR'], ['300 ringgit', 'money', 300, 'MYR'], ['10 ribu yuan', 'money', 1e4, 'CNY']]],
  ['money: dollar prefixes with a country; a fraction after a lone zero', 'Ia menerima Sin$ 5.000, Sing$ 6 ribu dan USD$ 2,9 juta; harga jual USD0,069 per kWh.', [['Sin$ 5.000', 'money', 5000, 'SGD'], ['Sing$ 6 ribu', 'money', 6000, 'SGD'], ['USD$ 2,9 juta', 'money', 2.9e6, 'USD'], ['USD0,069', 'money', 0.069, 'USD']]],
  ['count: a collective before an acronym counts as before a lower-case noun, not before a law', 'Pejabat di kedua BUMN tersebut diperiksa, polisi mengejar kedua DPO itu, revisi kedua UU KPK.', [['kedua BUMN', 'count', 2, 'BUMN'], ['kedua DPO', 'count', 2, 'DPO']]],
  ['measure: imperial areas', 'Rumah seluas 12.000 kaki persegi di lahan 100 mil persegi.', [['12.000 kaki persegi', 'measure', 12000, 'kaki persegi'], ['100 mil persegi', 'measure', 100, 'mil persegi']]],
  ['count: satu after (men)jadi makes one, no count; a multiplier, a unit of measure or a figure still count', 'Semua jadi satu rangkaian, lalu menjadi satu laporan; jarak pandang turun jadi satu kilometer, naik menjadi satu juta orang dan menjadi 1 berkas.', [['satu kilometer', 'measure', 1, 'kilometer'], ['satu juta orang', 'count', 1e6, 'orang'], ['1 berkas', 'count', 1, 'berkas']]],
  ['count: nouns of a verb\'s shape', 'Keempat terduga teroris ini ditangkap, warga mendoakan kedua mempelai.', [['Keempat terduga teroris', 'count', 4, 'terduga teroris'], ['kedua mempelai', 'count', 2, 'mempelai']]],
  ['not: a chain of dashed figures (scores typed without a space, a formation); a range stays', 'Kalah dengan skor 16-21,23-21, 12-21 dalam formasi 4-3-3, lalu 4-5 titik api.', [['4-5 titik api', 'count', 4, 'titik api']]],
  ['count: a figure before sisanya (the rest) counts with no unit, as before lainnya', 'Tiga meninggal dan sembilan sisanya dirawat, sementara 14 sisanya aman.', [['sembilan', 'count', 9, null], ['14', 'count', 14, null]]],
  ['signed figures: a minus or plus glued to the figure or currency is part of the amount; a minus makes it negative',
    'Suku bunga menjadi -0,5%, tumbuh -1,8 persen (yoy), YTD Return: (-2.62%), asing -Rp465,69 miliar, industri +3,09%, IHSG jatuh -115,41 poin, kisaran -1 hingga -2 persen, suhu -5 derajat Celsius.',
    [['-0,5%', 'percent', -0.5, '%'], ['-1,8 persen', 'percent', -1.8, 'persen'], ['-2.62%', 'percent', -2.62, '%'], ['-Rp465,69 miliar', 'money', -465690000000, 'IDR'],
      ['+3,09%', 'percent', 3.09, '%'], ['-115,41 poin', 'count', -115.41, 'poin'], ['-1 hingga -2 persen', 'percent', -1, 'persen'], ['-5 derajat Celsius', 'measure', -5, 'derajat Celsius']]],
  ['signed figures: the word minus before a figure is its sign, not in plus minus (plus or minus)',
    'Transaksi bersih asing minus Rp437,10 miliar, deflasi minus 0,19% mtm, suhu minus 3 derajat, sasaran 3,5% plus minus 1 persen.',
    [['minus Rp437,10 miliar', 'money', -437100000000, 'IDR'], ['minus 0,19%', 'percent', -0.19, '%'], ['minus 3 derajat', 'measure', -3, 'derajat'], ['3,5%', 'percent', 3.5, '%'], ['1 persen', 'percent', 1, 'persen']]],
  ['signed figures: no sign after a figure or an amount (a range, sizes added), nor a class bound before a measure',
    'amplitudo 3 mm -10 mm, Rp 1,5 juta -Rp 2 juta, varian 4 GB +128 GB, kelas combat -90 kg',
    [['3 mm', 'measure', 3, 'mm'], ['10 mm', 'measure', 10, 'mm'], ['Rp 1,5 juta', 'money', 1.5e6, 'IDR'], ['Rp 2 juta', 'money', 2e6, 'IDR'], ['4 GB', 'measure', 4, 'GB'], ['128 GB', 'measure', 128, 'GB'], ['90 kg', 'measure', 90, 'kg']]],
  ['range: ends joined by a word, one in words and one in digits',
    'Empat puluh hingga 70 persen spesies, 2 sampai tiga liter cairan, dua hingga 3 juta orang.',
    [['Empat puluh hingga 70 persen', 'percent', 40, 'persen'], ['2 sampai tiga liter', 'measure', 2, 'liter'], ['dua hingga 3 juta orang', 'count', 2e6, 'orang']]],
  ['money: ISO codes before the figure; a code set apart from a whole figure a counted noun follows is an acronym',
    'Harganya GBP 45.240, dari AUD5 per sedotan, visa SAR2.000, ke posisi JPY 145,17/US$, total RMB 84.800; Tim SAR 5 orang dikerahkan, minyak USD64,50 barel.',
    [['GBP 45.240', 'money', 45240, 'GBP'], ['AUD5', 'money', 5, 'AUD'], ['SAR2.000', 'money', 2000, 'SAR'], ['JPY 145,17', 'money', 145.17, 'JPY'], ['RMB 84.800', 'money', 84800, 'CNY'],
      ['5 orang', 'count', 5, 'orang'], ['USD64,50', 'money', 64.5, 'USD']]],
  ['not: a figure after a brand written with a capital inside is part of the name, as after a capitalised word; a verb prefixed to an acronym is no brand',
    'rahasia baterai iPhone 11 khususnya model Pro, seperti iPhone 11 standar, pabrik telah mem-PHK 435 karyawan, ada 11 orang.',
    [['435 karyawan', 'count', 435, 'karyawan'], ['11 orang', 'count', 11, 'orang']]],
  ['not: a bare figure between a name\'s word and a capitalised word is part of the name; a bare figure before punctuation stays',
    'harga Chevrolet Captiva 1,5 Turbo LS naik, Gerakan Nasional 1.000 Startup Digital digelar, skor Kemenlu 3,32, dan Kemenag 3,26.',
    [['3,32', 'count', 3.32, null], ['3,26', 'count', 3.26, null]]],
  ['count: a sentence adverb with -nya, padahal and berturut-turut end the counted noun and are none themselves; a noun with -nya still counts',
    'Kedua tim sebelumnya berhasil, juara dua padahal sudah tua, naik dalam dua berturut-turut, dan 95 artinya halus; ia punya tiga anaknya.',
    [['Kedua tim', 'count', 2, 'tim'], ['tiga anaknya', 'count', 3, 'anak']]],
  ['count: nouns of a verb\'s shape (session 24 entries); a verb after a figure is still no unit',
    'kita menambah satu direktorat khusus, mahkota bertatahkan 1.354 berlian, dua menantu hadir, lalu dua melenceng.',
    [['satu direktorat', 'count', 1, 'direktorat'], ['1.354 berlian', 'count', 1354, 'berlian'], ['dua menantu', 'count', 2, 'menantu']]],
  ['money: -an', 'Rupiah berada di level Rp 16.400-an, gajinya Rp 1,5 juta-an.', [['Rp 16.400-an', 'money', 16400, 'IDR'], ['Rp 1,5 juta-an', 'money', 1.5e6, 'IDR']]],
  ['money: range valued at start', 'Harganya Rp 2-3 juta per unit.', [['Rp 2-3 juta', 'money', 2e6, 'IDR']]],
  ['money: two ends with their own currency', 'Tarif Rp1.000 hingga Rp1.200 per km.', [['Rp1.000', 'money', 1000, 'IDR'], ['Rp1.200', 'money', 1200, 'IDR']]],
  ['money: M after Rp', 'Proyek itu bernilai Rp 5 M.', [['Rp 5 M', 'money', 5e9, 'IDR']]],
  ['money: a price list glued by commas ends the sum at the comma', 'Harga emas:, 0,5 gram Rp 401.500,1 gram Rp 754.000,2 gram Rp 1.457.000. Rincian:,1. Tunjangan keluarga Rp420.000,2. Uang paket Rp300.000; UMK Rp 3.763.405,88. Sedangkan kurs Rp 14.085,5 per dolar.',
    [['0,5 gram', 'measure', 0.5, 'gram'], ['Rp 401.500', 'money', 401500, 'IDR'], ['Rp 754.000', 'money', 754000, 'IDR'], ['Rp 1.457.000', 'money', 1457000, 'IDR'],
      ['Rp420.000', 'money', 420000, 'IDR'], ['Rp300.000', 'money', 300000, 'IDR'], ['Rp 3.763.405,88', 'money', 3763405.88, 'IDR'], ['Rp 14.085,5', 'money', 14085.5, 'IDR']]],
  ['money: the first end of a range of sums takes the multiplier of the second', 'Harganya Rp 90 sampai Rp 95 juta, biayanya Rp 323 - Rp 466 triliun, pecahan Rp 200 hingga Rp 1.000 dan Rp 200 hingga Rp 1 juta.',
    [['Rp 90', 'money', 9e7, 'IDR'], ['Rp 95 juta', 'money', 9.5e7, 'IDR'], ['Rp 323', 'money', 3.23e14, 'IDR'], ['Rp 466 triliun', 'money', 4.66e14, 'IDR'],
      ['Rp 200', 'money', 200, 'IDR'], ['Rp 1.000', 'money', 1000, 'IDR'], ['Rp 200', 'money', 200, 'IDR'], ['Rp 1 juta', 'money', 1e6, 'IDR']]],
  ['money: kuadriliun', 'kebutuhan lebih dari Rp 10,3 kuadriliun untuk infrastruktur', [['Rp 10,3 kuadriliun', 'money', 1.03e16, 'IDR']]],
  ['money: vague', 'Kerugian mencapai ratusan juta rupiah.', [['ratusan juta rupiah', 'money', null, 'IDR']]],
  // percent
  ['percent: persen and %', 'Inflasi 2,5 persen, naik dari 0,29%.', [['2,5 persen', 'percent', 2.5, 'persen'], ['0,29%', 'percent', 0.29, '%']]],
  ['percent: dot decimal that cannot be thousands', 'naik 17.20 poin (1.05%)', [['17.20 poin', 'count', 17.2, 'poin'], ['1.05%', 'percent', 1.05, '%']]],
  ['percent: clitic outside the span', 'yaitu Manuran, 70 persennya habis', [['70 persen', 'percent', 70, 'persen']]],
  ['percent: number word', 'hanya dua persen itu pertanian modern', [['dua persen', 'percent', 2, 'persen']]],
  // counts
  ['count: digits and unit noun', 'organisasi dari 31 negara, NATO', [['31 negara', 'count', 31, 'negara']]],
  ['count: number words', 'Sebanyak tiga puluh satu orang dan sebelas anak.', [['tiga puluh satu orang', 'count', 31, 'orang'], ['sebelas anak', 'count', 11, 'anak']]],
  ['count: vague', 'telah menewaskan ribuan orang, menyengsarakan jutaan orang', [['ribuan orang', 'count', null, 'orang'], ['jutaan orang', 'count', null, 'orang']]],
  ['count: collective numeral', 'hubungan antara kedua negara tetap baik', [['kedua negara', 'count', 2, 'negara']]],
  ['count: clitic stripped from the unit', 'Rusia mencaplok empat wilayahnya yang diduduki', [['empat wilayahnya', 'count', 4, 'wilayah']]],
  ['count: classifier takes the next noun', 'menggunakan 1 unit pompa kecil yang hanya', [['1 unit pompa kecil', 'count', 1, 'unit pompa kecil']]],
  ['count: range', 'bisa memadamkan 4-5 titik api secara bersamaan', [['4-5 titik api', 'count', 4, 'titik api']]],
  ['count: lexicalised compounds and their -nya (session 18 entries); units of measure of two words', 'PSIS memiliki empat pemain asing, Vonny kehilangan dua anak kembarnya, ada 117 peluru tajam; suku bunga turun 25 basis points, tenaga 215 daya kuda, produksi 1,1 juta metrik ton',
    [['empat pemain asing', 'count', 4, 'pemain asing'], ['dua anak kembarnya', 'count', 2, 'anak kembar'], ['117 peluru tajam', 'count', 117, 'peluru tajam'], ['25 basis points', 'measure', 25, 'basis points'], ['215 daya kuda', 'measure', 215, 'daya kuda'], ['1,1 juta metrik ton', 'measure', 1.1e6, 'metrik ton']]],
  ['count: acronym unit', 'pemerintah mencabut 4 IUP di Raja Ampat', [['4 IUP', 'count', 4, 'IUP']]],
  ['count: n-fold keeps lipat in the unit (Kompas, CLICK-ID 333)', 'Harga saham PICO naik hampir 12 kali lipat sejak akhir Juni 2019 yang berada di Rp 306 per saham.',
    [['12 kali lipat', 'count', 12, 'kali lipat'], ['Rp 306', 'money', 306, 'IDR']]],
  ['count: n-fold with a number word, plain kali stays', 'nilai kotornya tumbuh tiga kali lipat, tidak hadir dalam dua kali panggilan', [['tiga kali lipat', 'count', 3, 'kali lipat'], ['dua kali', 'count', 2, 'kali']]],
  ['count: bare index level', 'IHSG ditutup di level 7.628 atau melemah 138 poin', [['7.628', 'count', 7628, null], ['138 poin', 'count', 138, 'poin']]],
  ['count: multiplier without a unit', 'klaim pengangguran 218 ribu versus 222 ribu.', [['218 ribu', 'count', 218000, null], ['222 ribu', 'count', 222000, null]]],
  ['count: approximate forms', 'Sekitar 300-an warga ikut aksi, tiket Rp 150 ribuan, dua per tiga anggota hadir', [['300-an warga', 'count', 300, 'warga'], ['Rp 150 ribuan', 'money', 150000, 'IDR'], ['dua per tiga anggota', 'count', Number((2 / 3).toPrecision(15)), 'anggota']]],
  ['count: times', 'perpanjangan 2x10 tahun lagi', [['2x', 'count', 2, 'x']]],
  ['count: slash unit', 'pejabat di 35 kabupaten/kota.', [['35 kabupaten/kota', 'count', 35, 'kabupaten/kota']]],
  // measures
  ['measure: units as written', 'jalan 10 kilometer, muatan 5 ton, lahan 2 hektare dan mesin 2000cc', [['10 kilometer', 'measure', 10, 'kilometer'], ['5 ton', 'measure', 5, 'ton'], ['2 hektare', 'measure', 2, 'hektare'], ['2000cc', 'measure', 2000, 'cc']]],
  ['measure: a lower-case unit joined to the figure by a hyphen; a road marker and a range of measures stay as they were',
    'mesin bensin DOHC 1,5-liter DVVT, ban 15-inci, reduksi sampah 20-ton, pada KM 92-KM 93, antara 700 kg-800 kg',
    [['1,5-liter', 'measure', 1.5, 'liter'], ['15-inci', 'measure', 15, 'inci'], ['20-ton', 'measure', 20, 'ton'], ['700 kg', 'measure', 700, 'kg'], ['800 kg', 'measure', 800, 'kg']]],
  ['measure: multiplier', 'cadangan 55 juta ton sampah', [['55 juta ton', 'measure', 55e6, 'ton']]],
  ['measure: range with a word', 'jangkauan 500 hingga 5.500 kilometer.', [['500 hingga 5.500 kilometer', 'measure', 500, 'kilometer']]],
  ['measure: after a time word', 'Produksi per tahun 700 kg-800 kg', [['700 kg', 'measure', 700, 'kg'], ['800 kg', 'measure', 800, 'kg']]],
  // not amounts
  ['not: dates and years', 'Pada Kamis 20 April 2023 dan sejak 2019 pemerintah bekerja, Selasa (10/9/2019).', []],
  ['not: clock times', 'sekitar pukul 09.15 WIB rupiah melemah, lalu 10.00 WIB', []],
  ['not: a class, a rank in the table or the world, a car model; a concentration per cubic metre is a measure', 'penjualan SKM golongan 2 layer 1 turun, PSS bertahan di posisi kelima klasemen Liga 1, Marin berperingkat 26 dunia, lahirlah 300 SL dan 812 GTS; PM10 mencapai 182-201 ugram/m3',
    [['182-201 ugram/m3', 'measure', 182, 'ugram/m3']]],
  ['not: a round numbered after babak, one on one; a clove counts what it holds', 'Shesar melaju ke babak dua turnamen bulu tangkis itu dan berhadapan satu lawan satu dengan kiper; tambahkan 3 siung bawang putih', [['3 siung bawang putih', 'count', 3, 'siung bawang putih']]],
  ['not: the figure after a figure and a glued colon (clock and lap times, ratios, goal tallies); a unit still counts', 'Kick-off 15:30 PSGC Ciamis, waktu terbaiknya 1:40,723 dan 2:27.900, rasio 1:1,5, Timnas 19:1,2; penguasaan bola 46:54 persen', [['54 persen', 'percent', 54, 'persen']]],
  ['not: ages and durations', 'Sambusir, 59 tahun, bekerja 5 jam, wanita berusia 40 tahun', []],
  ['not: ordinals', 'Paket Dukungan ke-36 dan periode keempat untuk warga, yang ketiga', []],
  ['not: law and article numbers', 'melanggar Pasal 12 huruf a UU No. 31 Tahun 1999 dan UU Nomor 1 Tahun 2023', []],
  ['not: codes and glued letters', 'kadar NO2 di SDN Cilincing 07 Pagi, RW 09, lulusan S1, hubungi 0812-3456-7890', []],
  ['not: salah satu, idioms, names', 'salah satu sektor dalam satu kesatuan untuk Program Tiga Juta Rumah', []],
  ['not: ordinals after a noun, and kalinya', 'penyebab kematian kelima terbesar, dan untuk kedua kalinya prototipe kedua diuji', []],
  ['not: a wheel count naming a vehicle class; a measure after roda still counts', 'menertibkan pengendara roda dua bandel dan menabrak kendaraan roda empat lain; jarak sumbu roda 2.750 mm', [['2.750 mm', 'measure', 2750, 'mm']]],
  ['not: a teammate, the two-state solution', 'Messi dan rekan satu timnya, Rossi dan rekan-rekan satu aspal, mendukung solusi dua negara; tiga tim lolos', [['tiga tim', 'count', 3, 'tim']]],
  ['not: a collective before kali is an ordinal (the n-th time)', 'Rossi start dari P7 untuk kedua kali secara beruntun dan naik podium untuk keempat kali; ia absen dua kali', [['dua kali', 'count', 2, 'kali']]],
  ['collective after a -nya word (a phrase of its own), ordinal after a noun', 'Absennya ketiga pemain tersebut, Rencananya kedua pejabat dilantik; anak kedua lahir, putranya ketiga, dan Selanjutnya keduanya dibawa', [['ketiga pemain', 'count', 3, 'pemain'], ['kedua pejabat', 'count', 2, 'pejabat'], ['keduanya', 'count', 2, null]]],
  ['collective after a noun when a counted noun and a demonstrative follow; not after a calendar or rank word', 'harga kedua model itu naik, identitas keempat jenazah tersebut, pekan ketiga Agustus itu, putaran kedua musim ini, anak kedua Ngadirun itu, hal kedua yang', [['kedua model', 'count', 2, 'model'], ['keempat jenazah', 'count', 4, 'jenazah']]],
  ['collective before a party after a noun (negara, tim, belah pihak); an ordinal after it', 'hubungan bilateral kedua negara, pelatih kedua tim, nota kesepahaman kedua belah pihak, lalu tim kedua dan negara ketiga', [['kedua negara', 'count', 2, 'negara'], ['kedua tim', 'count', 2, 'tim'], ['kedua belah pihak', 'count', 2, 'belah pihak']]],
  ['nouns that look like verbs; satu per satu is no count', 'Dua dirjen dilantik, ada tujuh tergugat dan 13 merchant; ia mengecek satu per satu tergugat', [['Dua dirjen', 'count', 2, 'dirjen'], ['tujuh tergugat', 'count', 7, 'tergugat'], ['13 merchant', 'count', 13, 'merchant']]],
  ['not: a figure inside a name', 'Grup Sheila On 7 batal tampil di Pekanbaru', []],
  ['not: vague words alone, versions in names, idioms', 'menjangkau jutaan pengguna Industri 4.0 lewat pertemuan empat mata, satu maupun dua', [['jutaan pengguna', 'count', null, 'pengguna']]],
  ['not: digits after letters and a hyphen are a code', 'Paparan cs-137 berada dekat permukiman, pesawat Su-35 buatan Rusia, timnas U-16 pesta gol, lensa XC-15-45 mm, pasien COVID-19 bertambah', []],
  ['ranges whose first half ends in a unit are no code', 'harga 50 dollar AS per barrel-60 dollar AS per barrel, Produksi 700 kg-800 kg', [['50 dollar AS', 'money', 50, 'USD'], ['60 dollar AS', 'money', 60, 'USD'], ['700 kg', 'measure', 700, 'kg'], ['800 kg', 'measure', 800, 'kg']]],
  ['not: a verb or a clitic word as the unit', 'Sebanyak 137 berada di lokasi, tidak ada satu waktupun terbuang, dua itupun rusak; 5 berkas dan 3 sekolah', [['137', 'count', 137, null], ['5 berkas', 'count', 5, 'berkas'], ['3 sekolah', 'count', 3, 'sekolah']]],
  ['not: fixed phrases with a number word', 'Mereka setali tiga uang, komunikasi dua arah di jalan satu arah, ia diam seribu bahasa dan partai sudah satu suara; dua arah lain.', []],
  ['not: a pollutant or a tour level named with a figure', 'Konsentrasi PM 2,5 mencapai 53,7 persen saat turnamen BWF World Tour Super 1.000 digelar.', [['53,7 persen', 'percent', 53.7, 'persen']]],
  ['not: ke written apart after a calendar or rank word is an ordinal', 'Pada hari ke empat evakuasi, rumah itu dari abad ke 19 dan tim di peringkat ke 15 klasemen, untuk kali ke sembilan tim itu juara; Sabtu subuh ke dua fasilitas minyak, jalur dari 16 Km ke 223 Km; ia dua kali ke tiga negara, lalu 5 kali ke 3 kota.',
    [['dua fasilitas minyak', 'count', 2, 'fasilitas minyak'], ['16 Km', 'measure', 16, 'Km'], ['223 Km', 'measure', 223, 'Km'],
      ['dua kali', 'count', 2, 'kali'], ['tiga negara', 'count', 3, 'negara'], ['5 kali', 'count', 5, 'kali'], ['3 kota', 'count', 3, 'kota']]],
  ['not: idioms with setengah', 'Proyek baru setengah jalan, bendera setengah tiang, ia bekerja setengah hati; setengah kilogram gula', [['setengah kilogram', 'measure', 0.5, 'kilogram']]],
  ['not: a year glued to a list number', 'Direktur sejak 2006,2. Ani selaku Komisaris sejak 2015,3. Joko; produksi 2006,2 ton dan 2.006,2 ton', [['2006,2 ton', 'measure', 2006.2, 'ton'], ['2.006,2 ton', 'measure', 2006.2, 'ton']]],
  ['not: match scores and plain integers', 'Persija menang 2-1 atas tim tamu dalam format 2 + 2', []],
  ['count: keduanya, ketiganya (both, all three of them) at a clause start', 'Polisi menangkap dua pemuda. Keduanya dibawa ke polsek, lalu ketiganya sudah diperiksa.', [['dua pemuda', 'count', 2, 'pemuda'], ['Keduanya', 'count', 2, null], ['ketiganya', 'count', 3, null]]],
  ['not: keduanya after a noun is an ordinal with a possessive', 'Ia baru saja menyambut kelahiran anak keduanya di Bandung.', []],
  ['not: a ranking with besar', 'Liverpool lolos ke babak 16 besar, Indonesia masuk 10 besar dunia dan tim itu finis lima besar.', []],
  ['count: besar after a counted noun stays in the unit', 'Perusahaan itu memiliki dua unit gudang besar di Cikarang.', [['dua unit gudang besar', 'count', 2, 'unit gudang besar']]],
  ['not: descending or equal figures with a dash are a score', 'Roma bermain imbang 1-1 melawan Lazio, lalu menang 3-0 kontra Genoa berkat gol tunggal.', []],
  ['not: a preposition after a figure is no unit', 'Gelandang bernomor punggung 10 milik Empoli itu tampil bagus; skor 1-2 berkat gol telat.', []],
  ['count: a bare verb ends the classifier unit', 'Satu tim keluar sebagai juara, sementara kedua tim sama-sama gagal mencetak gol.', [['Satu tim', 'count', 1, 'tim'], ['kedua tim', 'count', 2, 'tim']]],
  ['not: a bare verb is no counted noun', 'Dari lima korban, tiga tewas di lokasi dan satu selamat.', [['lima korban', 'count', 5, 'korban']]],
  ['not: periodic words ending in -an are time', 'Pemilu lima tahunan itu digelar serentak, pameran dua tahunan dibuka Senin.', []],
  ['not: satu persatu (one by one)', 'Warga keluar satu persatu dari gedung.', []],
  ['count: calon and belah take the next noun', 'Panitia memilih tujuh calon rektor, dan kedua belah pihak sepakat.', [['tujuh calon rektor', 'count', 7, 'calon rektor'], ['kedua belah pihak', 'count', 2, 'belah pihak']]],
  ['count: a name after a classifier stays whole', 'Polisi menyita 11 unit Honda Beat dan 5 botol Liquid Vape, lalu dua unit mobil Polda tiba.', [['11 unit Honda Beat', 'count', 11, 'unit Honda Beat'], ['5 botol Liquid Vape', 'count', 5, 'botol Liquid Vape'], ['dua unit mobil', 'count', 2, 'unit mobil']]],
  ['not: a lone figure with a dot before one or two digits', 'Menghadapi revolusi industri 4.0, macOS 10.14 dirilis dan kampanye 9.9 digelar hingga 21.00; indeks naik 17.20 poin atau 1.5 juta', [['17.20 poin', 'count', 17.2, 'poin'], ['1.5 juta', 'count', 1.5e6, null]]],
  ['money: dollar with a country, and US Dollar', 'Nilai investasinya 5 juta dollar Singapura, sementara pendapatan per kapita mencapai 4.000 US Dollar.', [['5 juta dollar Singapura', 'money', 5e6, 'SGD'], ['4.000 US Dollar', 'money', 4000, 'USD']]],
  ['count: only the first word after a classifier takes -nya', 'Kedua belah pihak tampaknya sepakat, sedangkan dua buah hatinya bersekolah di Bogor.', [['Kedua belah pihak', 'count', 2, 'belah pihak'], ['dua buah hatinya', 'count', 2, 'buah hati']]],
  ['not: an adverb or particle after a figure is no unit', 'Indeks S&P 500 naik tipis, Android 10 sendiri dirilis Google, dan yang 3 justru gagal.', []],
  ['count: a capitalised name counted after a verb or function word', 'Presiden melantik sebanyak 34 Menteri, layanan tersedia di 23 Kecamatan dan lebih dari 100 Kabupaten/Kota.', [['34 Menteri', 'count', 34, 'Menteri'], ['23 Kecamatan', 'count', 23, 'Kecamatan'], ['100 Kabupaten/Kota', 'count', 100, 'Kabupaten/Kota']]],
  ['not: a figure between a noun and a name is part of the name', 'Ia bermain di lapangan 2 Olympic Sports Center, lalu menjajal realme 5 Pro dan Hari Jadi ke 54 Kabupaten Tabalong.', []],
  ['measure: earthquake strength', 'Gempa berkekuatan 5,6 Skala Richter disusul gempa 6,0 SR.', [['5,6 Skala Richter', 'measure', 5.6, 'Skala Richter'], ['6,0 SR', 'measure', 6, 'SR']]],
  ['count: a classifier after a place or brand still counts', 'Titik panas terbanyak di Kalimantan Barat 660 titik, disusul Honda Freed 84.121 unit; Windows 10 bakal dirilis.', [['660 titik', 'count', 660, 'titik'], ['84.121 unit', 'count', 84121, 'unit']]],
  ['not: later items of a list of article numbers', 'Tersangka dijerat Pasal 338, 340 dan 351 KUHP serta Pasal 27A, 32, dan 35 Undang-Undang ITE.', []],
  ['count: a counted noun after a law list, and laws counted', 'Pasal 5 dan 10 orang saksi diperiksa, sementara ada 74 UU yang terkait perizinan.', [['10 orang', 'count', 10, 'orang'], ['74 UU', 'count', 74, 'UU']]],
  ['not: misspelt and Islamic months, and codes glued to letters', 'Proyek dimulai sejak 9 Septembet 2019, pasien pulang pada 9 Febuari, tiap 10 Muharram, dengan GPU Mali-G76 MP16.', []],
  ['measure: a product with x before the figure', 'Pembangkit berkapasitas 1x1.000 MW itu beroperasi.', [['1x', 'count', 1, 'x'], ['1.000 MW', 'measure', 1000, 'MW']]],
  ['count: a lone whole number after ke is an ordinal unless ke follows a verb', 'Pemasangan girder ke 1.250 selesai, sementara klaim turun ke 212.500 dan indeks melemah ke 6.219,43.', [['212.500', 'count', 212500, null], ['6.219,43', 'count', 6219.43, null]]],
  ['not: model tiers and later items of a code list', 'Apple merilis iPhone 11 dan 11 Pro Max, warga RW 09 dan 10 Cilincing terpapar asap, RT 05 dan 12 orang hadir.', [['12 orang', 'count', 12, 'orang']]],
  ['measure: temperature scales', 'Suhu berkisar 24-34 derajat celcius, air dijaga antara 97 - 100 Fahrenheit.', [['24-34 derajat celcius', 'measure', 24, 'derajat celcius'], ['97 - 100 Fahrenheit', 'measure', 97, 'Fahrenheit']]],
  ['percent: a word glued to the figure by a missing space', 'Upah naik sebesar15 persen tahun ini.', [['15 persen', 'percent', 15, 'persen']]],
  ['not: a league number before a classifier and a name, era years', 'Persis memimpin klasemen Liga 2 wilayah Timur, candi itu dibangun pada 937 Masehi.', []],
  ['not: ordinal, decile and article ranges; codes before a unit-like acronym', 'Wakil Presiden ke-10 dan 12 Jusuf Kalla, keluarga di desil 1 hingga 4 Data Tunggal, Pasal 414-415 RKUHP, surat nomor SR-413 tanggal itu.', []],
  ['measure: a falling range with a unit is still a measure', 'Jaraknya paling 200-100 meter saja, sedangkan 2018/19 dan 9.130 di antaranya kuliah.', [['200-100 meter', 'measure', 200, 'meter'], ['9.130', 'count', 9130, null]]],
  ['not: a grade or numbered place', 'Korban masih duduk di kelas 2 sekolah dasar, titik api berada di sektor 4 petak 58A.', []],
  ['measure: device and rate specifications', 'Ponsel itu membawa baterai 5.000 mAh, kamera 48 MP, mesin bertenaga 140 dk dengan torsi 314 Nm, dan BI memangkas 25 basis poin.',
    [['5.000 mAh', 'measure', 5000, 'mAh'], ['48 MP', 'measure', 48, 'MP'], ['140 dk', 'measure', 140, 'dk'], ['314 Nm', 'measure', 314, 'Nm'], ['25 basis poin', 'measure', 25, 'basis poin']]],
  ['count: a lexicalised compound is the whole unit, a free modifier is not', 'Polisi menahan sembilan pengunjuk rasa dan menyita dua sepeda motor; ada 10 rute baru dan 3 warga negara asing.',
    [['sembilan pengunjuk rasa', 'count', 9, 'pengunjuk rasa'], ['dua sepeda motor', 'count', 2, 'sepeda motor'], ['10 rute', 'count', 10, 'rute'], ['3 warga negara asing', 'count', 3, 'warga negara asing']]],
  ['count: one comma before three digits groups thousands before a counted noun', 'Penjualan mobil itu mencapai 241,870 unit dan hampir 1,500 orang hadir, tetapi rata-rata 1,029 gol per laga, naik 2,125 poin dan jarak 0,027 unit.',
    [['241,870 unit', 'count', 241870, 'unit'], ['1,500 orang', 'count', 1500, 'orang'], ['1,029 gol', 'count', 1.029, 'gol'], ['2,125 poin', 'count', 2.125, 'poin'], ['0,027 unit', 'count', 0.027, 'unit']]],
  ['count: a lone dot decimal after a scale word is a reading, not a version', 'Gempa dengan magnitudo 4.5 mengguncang Sumba, IHSG ditutup di level 6334.84, sementara era Industri 4.0 tiba.',
    [['4.5', 'count', 4.5, null], ['6334.84', 'count', 6334.84, null]]],
  ['count: a tally right after a name', 'Dovizioso 214 poin, sedangkan Rossi 129 poin; Alexander Marwata 53 suara dan Likud 32 kursi, tetapi Sheila On 7 batal.',
    [['214 poin', 'count', 214, 'poin'], ['129 poin', 'count', 129, 'poin'], ['53 suara', 'count', 53, 'suara'], ['32 kursi', 'count', 32, 'kursi']]],
  ['count: people, lives, cases and firms listed by place after its name', 'Pasien dirawat di Puskesmas Cibodas 45 orang, warga mengungsi ke Balai Desa Sukamaju 30 jiwa, Kabupaten Garut 12 kasus dan Jambi 2 perusahaan; Jakarta Pusat 91 pelanggar, Polres Bogor 4 tersangka.',
    [['45 orang', 'count', 45, 'orang'], ['30 jiwa', 'count', 30, 'jiwa'], ['12 kasus', 'count', 12, 'kasus'], ['2 perusahaan', 'count', 2, 'perusahaan'], ['91 pelanggar', 'count', 91, 'pelanggar'], ['4 tersangka', 'count', 4, 'tersangka']]],
  ['count: a plain whole number after a verb that states how many is a quantity even bare', 'Bahan peledak yang ditemukan berjumlah 40, sedangkan posko kesehatan sebanyak 244 dan indeks LQ45 turun menjadi 982. Korporasi yang disidik ada 4, katanya.',
    [['40', 'count', 40, null], ['244', 'count', 244, null], ['982', 'count', 982, null], ['4', 'count', 4, null]]],
  ['not: a bare whole number after such a verb before a name, a rank, another figure or a range', 'Tim itu menjadi 3 besar, waktu tempuh kini menjadi 15 sampai 20 menit, dan pelanggar sebanyak 12 345.', []],
  ['count: a capitalised counted name after a sentence-initial function word or verb of quantity', 'Sebanyak 19 Negara lolos kualifikasi. Dari 21 Kecamatan yang ada, separuhnya terdampak. Terminal 2 Bandara Internasional dibuka.',
    [['19 Negara', 'count', 19, 'Negara'], ['21 Kecamatan', 'count', 21, 'Kecamatan']]],
  ['count: lebih (and more) between the figure and its counted noun', 'Malaysia menutup 2.000 lebih sekolah, bansos menjangkau 5 juta lebih keluarga dan tercatat 1.000.000 lebih ton beban; harganya dua kali lebih murah, indeks itu sebesar 118,4 lebih rendah dan serangan memangkas setengah lebih produksi.',
    [['2.000 lebih sekolah', 'count', 2000, 'sekolah'], ['5 juta lebih keluarga', 'count', 5e6, 'keluarga'], ['1.000.000 lebih ton', 'measure', 1e6, 'ton'], ['dua kali', 'count', 2, 'kali'], ['118,4', 'count', 118.4, null]]],
  ['count: a figure after a month that is neither a day nor a year, with a counted noun', 'Januari tercatat 3.030 kasus, Februari 4.065 kasus, Maret 4202 kasus; Juli 2019 kasus naik dan 17 Agustus 45 orang hadir.',
    [['3.030 kasus', 'count', 3030, 'kasus'], ['4.065 kasus', 'count', 4065, 'kasus'], ['4202 kasus', 'count', 4202, 'kasus'], ['45 orang', 'count', 45, 'orang']]],
  ['measure: the denominator of a rate after a slash is part of the unit', 'Mobil melaju 60 km/jam, konsentrasi PM10 mencapai 53,7 µg/m³, produktivitas 9,4 ton/ha, ponsel 4 GB/64 GB.',
    [['60 km/jam', 'measure', 60, 'km/jam'], ['53,7 µg/m³', 'measure', 53.7, 'µg/m³'], ['9,4 ton/ha', 'measure', 9.4, 'ton/ha'], ['4 GB', 'measure', 4, 'GB'], ['64 GB', 'measure', 64, 'GB']]],
  ['not: a whole number between ke after a title and a name is an ordinal', 'Presiden ke 3 RI BJ Habibie dan HUT ke 74 TNI AL, lalu beasiswa ke 18 PTN, drone Houthi ke 2 instalasi minyak, jalur dari 16 Km ke 223 Km.',
    [['18 PTN', 'count', 18, 'PTN'], ['2 instalasi', 'count', 2, 'instalasi'], ['16 Km', 'measure', 16, 'Km'], ['223 Km', 'measure', 223, 'Km']]],
  ['count: the approximating -an after a figure with a thousands dot', 'Penjualan mencapai 1.700-an unit dan acara diikuti 15.000-an peserta, tren era 1990-an.', [['1.700-an unit', 'count', 1700, 'unit'], ['15.000-an peserta', 'count', 15000, 'peserta']]],
  ['measure: metres as m, with a power glued on; not race minutes or an era M', 'Jarak pandang 400 m, lahan 5.000 m2 dan area 7.000 m², sedangkan Marquez finis 41m 12.535s pada 1440H/2019M.',
    [['400 m', 'measure', 400, 'm'], ['5.000 m2', 'measure', 5000, 'm2'], ['7.000 m²', 'measure', 7000, 'm²']]],
  ['count: ke after a stated change gives the level reached', 'IHSG naik 0,5 persen ke 6.300, lalu turun 12 poin ke 6.288; girder ke 1.250 selesai.',
    [['0,5 persen', 'percent', 0.5, 'persen'], ['6.300', 'count', 6300, null], ['12 poin', 'count', 12, 'poin'], ['6.288', 'count', 6288, null]]],
  ['count: an attribute word ends a classifier unit', 'Polisi menyita satu unit sepeda motor warna merah, 2 unit HP merk ASUS dan 30 kantong plastik ukuran besar; tersedia tiga warna baru.',
    [['satu unit sepeda motor', 'count', 1, 'unit sepeda motor'], ['2 unit HP', 'count', 2, 'unit HP'], ['30 kantong plastik', 'count', 30, 'kantong plastik'], ['tiga warna', 'count', 3, 'warna']]],
  ['not: yang kedua (the second one) is an ordinal', 'Yang pertama soal lahan, yang kedua tentu soal dana, sementara kedua tim langsung bertanding.', [['kedua tim', 'count', 2, 'tim']]],
  ['not: ratios, legal alternatives, bare verbs and minutes are no units', 'Dengan faktor 2 banding 1, tersangka dijerat Pasal 80 ayat 3 dan 4 subsider Pasal 338; satu titik api ketahuan, lalu menit 20 Inter menyerang.',
    [['satu titik api', 'count', 1, 'titik api']]],
  ['count: a number word after a full stop starts a sentence, not a blocked figure', 'Laga baru berlangsung tujuh menit. Tiga gol lainnya dicetak Ronaldo.', [['Tiga gol', 'count', 3, 'gol']]],
  ['not: coordinates; grams as g in lower case', 'Pusat gempa di koordinat 6,40 LS dan 111,84 BT; siapkan 150 g babat dan 200g usus, jaringan 4G, indeks ke level 6.326 kemarin.',
    [['150 g', 'measure', 150, 'g'], ['200g', 'measure', 200, 'g'], ['6.326', 'count', 6326, null]]],
  ['measure: engine power, electric supply, blood pressure; a falling pair before mmHg is one reading', 'Mesin bertenaga 88 PS, 140hp atau 1,000 hp (1.280 tenaga kuda), pelanggan 900 VA, tensi 130/80 mmHg atau sistolik 110 mmHg, RAM 8/128 GB, lahan 1.000 lebih m2.',
    [['88 PS', 'measure', 88, 'PS'], ['140hp', 'measure', 140, 'hp'], ['1,000 hp', 'measure', 1000, 'hp'], ['1.280 tenaga kuda', 'measure', 1280, 'tenaga kuda'], ['900 VA', 'measure', 900, 'VA'],
      ['130/80 mmHg', 'measure', 130, 'mmHg'], ['110 mmHg', 'measure', 110, 'mmHg'], ['128 GB', 'measure', 128, 'GB'], ['1.000 lebih m2', 'measure', 1000, 'm2']]],
  ['count: a figure before di antaranya or lainnya counts with no unit; not a fraction, a year or a number in a name', 'Dari lima tersangka, empat di antaranya ditahan, 2 diantaranya kabur dan 40 lainnya luka. Salah satu di antaranya lolos, separuh lainnya pulang, ponsel Mate 30 lainnya.',
    [['lima tersangka', 'count', 5, 'tersangka'], ['empat', 'count', 4, null], ['2', 'count', 2, null], ['40', 'count', 40, null]]],
  ['count: a capitalised name counted after a number word as after digits, up to five words; not a fraction, a code or a longer name', 'Anies melantik dua Deputi Gubernur di Balai Kota, BPK memeriksa 1 Laporan Keuangan Pemerintah Pusat (LKPP), listrik padam di setengah Pulau Jawa, NATO mencegat dua Tu-160 Blackjack, untuk lima Kawasan Strategis Pariwisata Nasional Utama Prima, AS membunuh ribuan Taliban.',
    [['dua Deputi Gubernur', 'count', 2, 'Deputi Gubernur'], ['1 Laporan Keuangan Pemerintah Pusat', 'count', 1, 'Laporan Keuangan Pemerintah Pusat'], ['ribuan Taliban', 'count', null, 'Taliban']]],
  ['count: a plain whole number after nilai, skor or poin is a bare quantity; not a match score', 'Persib di posisi ke-10 dengan nilai 19 dari 17 laga, Riau mencatat skor 158 dan Marquez poin 65, UMM menang dengan skor 2:1.',
    [['19', 'count', 19, null], ['17 laga', 'count', 17, 'laga'], ['158', 'count', 158, null], ['65', 'count', 65, null]]],
  ['count: a collective after adapun, selain or antar', 'Adapun keenam langkah itu jelas. Selain keempat orang tersebut, kerja sama antar kedua negara berlanjut.',
    [['keenam langkah', 'count', 6, 'langkah'], ['keempat orang', 'count', 4, 'orang'], ['kedua negara', 'count', 2, 'negara']]],
  ['count: sub takes its noun, sesuai ends a unit, satu satunya is no count', 'Terdapat lima sub tema, dilakukan di lima titik sesuai lokasi posko, dua pebulu tangkis muda, dan ia satu satunya distributor.',
    [['lima sub tema', 'count', 5, 'sub tema'], ['lima titik', 'count', 5, 'titik'], ['dua pebulu tangkis', 'count', 2, 'pebulu tangkis']]],
  ['count: penerima manfaat is one unit; a lane number is no count', 'BLT untuk 35,04 juta keluarga penerima manfaat (KPM) dan 500 ribu penerima manfaat, mobil terguling di lajur 1 dekat pintu tol.',
    [['35,04 juta keluarga penerima manfaat', 'count', 35040000, 'keluarga penerima manfaat'], ['500 ribu penerima manfaat', 'count', 500000, 'penerima manfaat']]],
  ['not: a year before the common era, a clock time in Saudi or AM time', 'Kota itu dihuni sejak 250 SM, jamaah tiba pada 20.10 WAS dan acara digelar pada 10 AM Pacific Time.', []],
  ['count: figures in a list of who did what are bare counts; a verb is no unit', 'Dari 590 saham yang diperdagangkan, 227 tertekan, 176 stabil, dan 187 menguat. Tercatat 156 saham naik, 240 turun. Densus 88 melakukan penggeledahan, Pasal 246 dan 247 mencantumkan pidana.',
    [['590 saham', 'count', 590, 'saham'], ['227', 'count', 227, null], ['176', 'count', 176, null], ['187', 'count', 187, null], ['156 saham', 'count', 156, 'saham'], ['240', 'count', 240, null]]],
  ['count: a rate\'s period ends the unit', 'Kita seperti merokok 15 batang sehari, denda 500 ribu sehari dan penjualan 3.800 unit perbulan.',
    [['15 batang', 'count', 15, 'batang'], ['500 ribu', 'count', 500000, null], ['3.800 unit', 'count', 3800, 'unit']]],
  ['count: containers, sets and portions take the thing counted', 'Polisi menyita 1 tabung gas, dua linting ganja dan satu setel seragam; 240 set meja-kursi tiba, ia minum lima gelas kopi, tiga tabung gas masing masing berukuran 25 kilogram.',
    [['1 tabung gas', 'count', 1, 'tabung gas'], ['dua linting ganja', 'count', 2, 'linting ganja'], ['satu setel seragam', 'count', 1, 'setel seragam'], ['240 set meja-kursi', 'count', 240, 'set meja-kursi'],
      ['lima gelas kopi', 'count', 5, 'gelas kopi'], ['tiga tabung gas', 'count', 3, 'tabung gas'], ['25 kilogram', 'measure', 25, 'kilogram']]],
  ['count: the figure a change starts from, between dari and menjadi; not years', 'Kecelakaan naik dari 43 menjadi 54 kecelakaan, penjualan dari 923, menjadi 1.643 unit, dari 2017 ke 2018.',
    [['43', 'count', 43, null], ['54 kecelakaan', 'count', 54, 'kecelakaan'], ['923', 'count', 923, null], ['1.643 unit', 'count', 1643, 'unit']]],
  ['count: the part of a whole before dari and a figure; not satu, a rank or an ordinal', 'Tujuh dari 13 penumpang tewas, tiga dari lima pimpinan setuju, 1 dari 4 pria berisiko, satu dari empat pemain, anak ke empat dari delapan bersaudara.',
    [['Tujuh', 'count', 7, null], ['13 penumpang', 'count', 13, 'penumpang'], ['tiga', 'count', 3, null], ['lima pimpinan', 'count', 5, 'pimpinan'], ['1', 'count', 1, null], ['4 pria', 'count', 4, 'pria'], ['empat pemain', 'count', 4, 'pemain']]],
  ['count: the acronyms right after a counted name belong to it; not one glued on (KPK-nya)', 'Agus bersama dua Wakil Ketua KPK lainnya, DPR menguji 10 Capim KPK dan ada 289 Anggota DPR RI yang hadir, lalu menemui dua Wakil Ketua KPK-nya.',
    [['dua Wakil Ketua KPK', 'count', 2, 'Wakil Ketua KPK'], ['10 Capim KPK', 'count', 10, 'Capim KPK'], ['289 Anggota DPR RI', 'count', 289, 'Anggota DPR RI'], ['dua Wakil Ketua', 'count', 2, 'Wakil Ketua']]],
  ['measure: a size written A x B before a unit of length or of an image is one amount, valued at the first; not before other units', 'Gudang berukuran 6 x 8 meter, kotak 50 x 50 x 50 cm, layar 1.080x2.340 piksel, bom 8 x 300 kg.',
    [['6 x 8 meter', 'measure', 6, 'meter'], ['50 x 50 x 50 cm', 'measure', 50, 'cm'], ['1.080x2.340 piksel', 'count', 1080, 'piksel'], ['8 x', 'count', 8, 'x'], ['300 kg', 'measure', 300, 'kg']]],
  ['count: the approximating -an written apart or glued without its hyphen stays in the span; not after a year', 'Antrean hingga 50 an meter, sebanyak 500an orang dan 4.000 an lebih, era 1990 an tersebut.',
    [['50 an meter', 'measure', 50, 'meter'], ['500an orang', 'count', 500, 'orang'], ['4.000 an', 'count', 4000, null]]],
  ['count: a capital paired across a glued slash with another is a counted acronym (K/L, kementerian/lembaga); not a code going on past another slash', 'Temuan di 41 K/L mencapai Rp 25 miliar, oleh 38 K/L lainnya, nomor perkara 3555 K/PDT/2018.',
    [['41 K/L', 'count', 41, 'K/L'], ['Rp 25 miliar', 'money', 25000000000, 'IDR'], ['38 K/L', 'count', 38, 'K/L']]],
  ['not: a vehicle plate', 'Truk (B 9265 UEJ) dan pikap berpelat E 8840 PS, iPhone XR 64 GB.', [['64 GB', 'measure', 64, 'GB']]],
  ['measure: more units; a one-digit fraction is no figure', 'Pendaki mencapai ketinggian 800 sampai 1200 mdpl, resepnya 2 sdm gula dan 1/4 sdt lada, kapasitas 16 Kilo Liter, RAM 8/128 GB.',
    [['800 sampai 1200 mdpl', 'measure', 800, 'mdpl'], ['2 sdm', 'measure', 2, 'sdm'], ['16 Kilo Liter', 'measure', 16, 'Kilo Liter'], ['128 GB', 'measure', 128, 'GB']]],
  ['count: mantan takes the next noun like calon; kerja sama is one unit', 'KPK menanggapi keinginan 57 mantan pegawainya, sementara ketujuh kerja sama itu diteken dan BI memangkas 50 bps.',
    [['57 mantan pegawainya', 'count', 57, 'mantan pegawai'], ['ketujuh kerja sama', 'count', 7, 'kerja sama'], ['50 bps', 'measure', 50, 'bps']]],
  ['not: a whole number after posisi is a rank, a level or a percentage is not', 'PSM kini berada di posisi 9 klasemen, IHSG di posisi 6.236,69, rupiah ke posisi Rp14.085/USD dan rasio di posisi 314 persen.',
    [['6.236,69', 'count', 6236.69, null], ['Rp14.085', 'money', 14085, 'IDR'], ['314 persen', 'percent', 314, 'persen']]],
  ['count: a range with hingga or sampai before a counted noun is one amount', 'Polisi meminta keterangan lima hingga enam orang, sekitar 200 sampai 300 warga hadir, dan pada 2010 hingga 2015 warga pindah.',
    [['lima hingga enam orang', 'count', 5, 'orang'], ['200 sampai 300 warga', 'count', 200, 'warga']]],
  ['money: dollar signs with a country code', 'Dolar Singapura turun ke posisi SG$ 1,28/US$, suap SG$96.700, dan dolar Australia ke AU$ 0,65.', [['SG$ 1,28', 'money', 1.28, 'SGD'], ['SG$96.700', 'money', 96700, 'SGD'], ['AU$ 0,65', 'money', 0.65, 'AUD']]],
  ['money: Rp written in capitals', 'Kerugian ditaksir mencapai RP 1 miliar, saham naik ke RP 8.250.', [['RP 1 miliar', 'money', 1e9, 'IDR'], ['RP 8.250', 'money', 8250, 'IDR']]],
  ['not: a figure with a leading zero before a digit', 'Surat bernomor SJ.00.2641/FPG dan latihan bebas pukul 09.55-10.40 waktu setempat, inflasi 0,5 persen.', [['0,5 persen', 'percent', 0.5, 'persen']]],
  ['count: a figure spelt out in brackets before its unit is one amount', 'Penyidik telah menetapkan 1 (satu) orang sebagai tersangka dan menyita 3 (tiga) kilogram sabu, hukumannya 2 (dua) tahun, lalu 5 (orang) per hari.',
    [['1 (satu) orang', 'count', 1, 'orang'], ['3 (tiga) kilogram', 'measure', 3, 'kilogram']]],
  ['count: noun + noun pairs learned from the news (amount-compound-units-learned.tsv); not a pair that goes on, not after orang or kali, not a free modifier',
    'Bripka Sigit berbicara kepada ratusan peserta upacara, polisi mengungkap tujuh kasus narkotika, merangkum 4 tersangka kasus dugaan makar, memeriksa 6 orang saksi dan tiga kali sehari, ada 10 rute baru.',
    [['ratusan peserta upacara', 'count', null, 'peserta upacara'], ['tujuh kasus narkotika', 'count', 7, 'kasus narkotika'], ['4 tersangka', 'count', 4, 'tersangka'], ['6 orang', 'count', 6, 'orang'],
      ['tiga kali', 'count', 3, 'kali'], ['10 rute', 'count', 10, 'rute']]],
  ['not: a figure after a code glued to capitals and a hyphen, or the third of a hyphen chain; pound after a word of weight is a mass',
    'Titik asap di petak 58D-10 hutan lindung, dalam pola 4-3-3 racikan Valverde, ada 4-5 titik api; bom seberat 80.000 pound dijatuhkan, gajinya 80 juta pound.',
    [['4-5 titik api', 'count', 4, 'titik api'], ['80.000 pound', 'measure', 80000, 'pound'], ['80 juta pound', 'money', 80000000, 'GBP']]],
  ['not: a closed-class word (amount-closed-words.txt, learned from UD) is no counted noun and ends a classifier\'s unit',
    'Membeli seri iPhone 11 memang keren, ketiga aku nyanyi, dan satu unit rumah beserta harta benda hangus.',
    [['satu unit rumah', 'count', 1, 'unit rumah']]],
  ['count: a compound whose last word takes -nya', 'Ia pulang menemui kedua orang tuanya di kampung.', [['kedua orang tuanya', 'count', 2, 'orang tua']]],
  ['count: no compound that ends inside a name', 'Sebanyak 20 anggota Dewan Perwakilan Rakyat Daerah hadir, dari 50 anggota Dewan, tapi 2 warga negara Indonesia absen.',
    [['20 anggota', 'count', 20, 'anggota'], ['50 anggota Dewan', 'count', 50, 'anggota Dewan'], ['2 warga negara Indonesia', 'count', 2, 'warga negara Indonesia']]],
  ['money: cents (a subunit) and pounds; a fraction in thirds', 'Minyak Brent naik 46 sen menjadi USD63,01, gajinya 350 ribu pounds, dan dua pertiga penderita vertigo sembuh.',
    [['46 sen', 'money', 0.46, 'USD'], ['USD63,01', 'money', 63.01, 'USD'], ['350 ribu pounds', 'money', 350000, 'GBP'], ['dua pertiga penderita', 'count', 0.666666666666667, 'penderita']]],
];

for (const [name, sentence, want] of CASES) {
  test(`amounts: ${name}`, () => {
    const got = extractAmounts(sentence, sentence).amounts.map((a) => [a.text, a.kind, a.value, a.unit]);
    assert.deepEqual(got, want);
    for (const a of extractAmounts(sentence, sentence).amounts) assert.equal(sentence.slice(a.start, a.end), a.text);
  });
}

// With the tokens layer only the neighbourhoods of candidate tokens are read: the result must not change,
// also when the figures sit far apart in a longer text (separate windows) or close together (merged ones).
test('amounts: reading with the tokens layer gives the same amounts as a full scan', () => {
  const filler = ' Pemerintah daerah menyampaikan bahwa program itu berjalan sesuai rencana yang disusun bersama warga setempat.';
  const texts = [...CASES.map((c) => c[1]), CASES.map((c) => c[1]).join(filler), CASES.map((c) => c[1]).join(' ')];
  for (const t of texts) assert.deepEqual(extractAmounts(t, t, { tokens: tokenize(t) }), extractAmounts(t, t), t.slice(0, 60));
});

// With the tokens layer, a chunk of figures inside a timex span is not read at all when that cannot change
// anything: the result must equal a full scan with the same spans, also where it would (a trigger glued on,
// a multiplier or number word after the figure that a figure's quantity takes in).
test('amounts: skipping figures inside timex spans gives the same amounts as a full scan', () => {
  const cases: Array<[string, string[]]> = [
    ['Zulmi mengatakan, Selasa (10/9/2019).,Dua orang ditangkap polisi.', ['Selasa (10/9/2019)']],
    ['Rapat digelar Senin (16/9/2019).,Rp 5 juta disita dari lokasi.', ['Senin (16/9/2019)']],
    ['Pada 2019 ribuan orang mengungsi ke daerah lain.', ['2019']],
    ['Anggaran 2019 juta rupiah itu habis.', ['2019']],
    ['Pada 2019 ribu juta miliar ribuan orang datang.', ['2019']],
    ['Harga naik pada 12 Mei 2019 sebanyak 5 persen, lalu 10.00 WIB turun 3 persen.', ['12 Mei 2019', '10.00 WIB']],
    ['Sejak 2019-an lima warga pindah, dan (10/9/2019)$5 juta hilang.', ['2019', '10/9/2019']],
  ];
  for (const [s, spans] of cases) {
    const taken = spans.map((x) => ({ start: s.indexOf(x), end: s.indexOf(x) + x.length }));
    assert.deepEqual(extractAmounts(s, s, { taken, tokens: tokenize(s) }), extractAmounts(s, s, { taken }), s);
  }
});

test('amounts: figures inside a timex span are left to the timexes layer', () => {
  const s = 'Sejak 24 orang hilang';
  assert.deepEqual(extractAmounts(s, s, { taken: [{ start: 6, end: 14 }] }).amounts, []);
});

test('amounts: in a related headline line capitals are title case, so counted nouns count; acronyms stay names', () => {
  const s = 'Polisi menahan 2 orang.\n\nSimak juga Video: KPK Tahan 2 Tersangka Kasus Suap\n\nSheila On 7 batal.';
  const paragraphs = [{ start: 0, end: 23, kind: 'body' }, { start: 25, end: 74, kind: 'related' }, { start: 76, end: s.length, kind: 'body' }];
  assert.deepEqual(extractAmounts(s, s, { paragraphs }).amounts.map((a) => [a.text, a.value, a.unit]), [['2 orang', 2, 'orang'], ['2 Tersangka', 2, 'Tersangka']]);
  assert.deepEqual(extractAmounts(s, s).amounts.map((a) => a.text), ['2 orang']);
  assert.deepEqual(extractAmounts(s, s, { paragraphs, tokens: tokenize(s) }), extractAmounts(s, s, { paragraphs }));
});

test('amounts: in a related headline line a figure before a place name is part of a name; a common word still counts', () => {
  const s = 'Polisi menahan 2 orang.\n\nTonton juga video "Mensos Tinjau Sekolah Rakyat Terintegrasi 4 Sumedang" di sini:\n\nSimak juga Video: Ekspor ke 14 Negara Naik';
  const a = s.indexOf('Tonton'), b = s.indexOf('Simak');
  const paragraphs = [{ start: 0, end: 23, kind: 'body' }, { start: a, end: b - 2, kind: 'related' }, { start: b, end: s.length, kind: 'related' }];
  assert.deepEqual(extractAmounts(s, s, { paragraphs }).amounts.map((x) => [x.text, x.value, x.unit]), [['2 orang', 2, 'orang'], ['14 Negara', 14, 'Negara']]);
});

test('amounts: a figure before a numbered law marker is an article number; a count of articles stays', () => {
  const s = 'dijerat Pasal 45 ayat 1junctoPasal 27 ayat 1, pasal 304 jo 306 ayat (2) KUHP, juncto 56 ayat 1 KUHP, ada 18 pasal baru.';
  assert.deepEqual(extractAmounts(s, s).amounts.map((a) => a.text), ['18 pasal']);
});

test('amounts: s/d (sampai dengan) is a range word, never a unit', () => {
  const s = 'Buy 1300 s/d 1305, sebanyak 10 s/d 20 orang, naik 5 S/D 10 persen, Rp 5 s/d Rp 10 juta.';
  assert.deepEqual(extractAmounts(s, s).amounts.map((a) => [a.text, a.value, a.unit]),
    [['10 s/d 20 orang', 10, 'orang'], ['5 S/D 10 persen', 5, 'persen'], ['Rp 5', 5e6, 'IDR'], ['Rp 10 juta', 1e7, 'IDR']]);
  assert.deepEqual(extractAmounts(s, s, { tokens: tokenize(s) }), extractAmounts(s, s));
});

test('amounts: figures beyond 10^15 keep a best-effort value and are reported', () => {
  const s = 'Kebutuhan investasi Rp 10.300 triliun dan utang Rp 5.000.000.000.000.000.000 itu';
  const r = extractAmounts(s, s);
  assert.deepEqual(r.amounts.map((a) => a.value), [1.03e16, 5e18]);
  assert.equal(r.problems.length, 2);
});

const DIGITS: Array<[string, number | null]> = [
  ['1.500.000', 1500000], ['4,8', 4.8], ['1.05', 1.05], ['17.20', 17.2], ['16.400', 16400], ['1.500.000,50', 1500000.5],
  ['1,500,000', 1500000], ['10.9.2019', null], ['2019', 2019], ['248,610,000,00', 248610000], ['184,430,400,50', 184430400.5],
];
test('parseDigits reads Indonesian separators', () => {
  for (const [s, v] of DIGITS) assert.equal(parseDigits(s)?.value ?? null, v, s);
});
