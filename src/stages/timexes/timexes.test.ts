import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { normalizeStage } from '../normalize/normalize.js';
import { dctStage } from '../dct/dct.js';
import { timexesStage } from './timexes.js';

const pipeline = buildPipeline([normalizeStage, dctStage, timexesStage]);

/** `[text, type, value]` of every timex found, in order. */
function run(text: string, dct: string | null) {
  const doc = pipeline.run({ text, published: dct });
  return { timexes: (doc.layers.timexes ?? []).map((t) => [t.text, t.type, t.value, t.mod]), diagnostics: doc.diagnostics };
}

type Row = [text: string, dct: string | null, expected: Array<[string, string, string] | [string, string, string, string]>];

// dct 2019-09-10 is a Tuesday.
const D = '2019-09-10';

const ABSOLUTE: Row[] = [
  ['Stoltenberg pada Kamis 20 April 2023 mengunjungi Kyiv.', '2023-04-21', [['Kamis 20 April 2023', 'DATE', '2023-04-20']]],
  ['Keputusan itu berlaku sejak 21/10/2025.', D, [['21/10/2025', 'DATE', '2025-10-21']]],
  // After a month or `tahun` a figure before 1900 is a year too.
  ['Tokoh itu lahir pada 2 Juni 1897 di Suliki dan wafat pada Februari 1949.', D,
    [['2 Juni 1897', 'DATE', '1897-06-02'], ['Februari 1949', 'DATE', '1949-02']]],
  ['Benteng itu mulai didirikan pada tahun 1767 oleh Belanda.', D, [['tahun 1767', 'DATE', '1767']]],
  ['kata Zulmi, Selasa (10/9/2019).', D, [['Selasa (10/9/2019)', 'DATE', '2019-09-10']]],
  ['ujarnya di Jakarta, Selasa, 10 September 2019.', D, [['Selasa, 10 September 2019', 'DATE', '2019-09-10']]],
  // A weekday with `tanggal` and a day but no month is one span, the month from the anchor (`Senin tanggal 16
  // kemarin`); before `bulan Oktober` the weekday stays alone.
  ['"Sudah berjalan sejak Senin tanggal 9 kemarin," katanya.', D, [['Senin tanggal 9 kemarin', 'DATE', '2019-09-09']]],
  ['Sidang digelar hari Jumat tanggal 13 malam.', D, [['hari Jumat tanggal 13 malam', 'TIME', '2019-09-13TEV']]],
  ['Target selesai pada Rabu tanggal 16 bulan Oktober.', D, [['Rabu', 'DATE', '2019-09-11'], ['tanggal 16', 'DATE', '2019-09-16'], ['bulan Oktober', 'DATE', '2019-10']]],
  ['Acara digelar pada 25-26 Mei 2016 di Bali.', D, [['25-26 Mei 2016', 'DATE', '2016-05-25']]],
  ['Pameran berlangsung 11 – 15 September 2019.', D, [['11 – 15 September 2019', 'DATE', '2019-09-11']]],
  ['Dibuka 20 Mei hingga 22 Mei 2023.', D, [['20 Mei', 'DATE', '2023-05-20'], ['22 Mei 2023', 'DATE', '2023-05-22']]],
  ['ada kegiatan di Yogya, Sabtu-Minggu 14/15 September 2019.', D, [['Sabtu-Minggu 14/15 September 2019', 'DATE', '2019-09-14']]],
  // With a comma after the second weekday too; the first weekday agrees with the start day.
  ['Pameran berlangsung pada Jumat-Minggu, 20-22 September 2019.', D, [['Jumat-Minggu, 20-22 September 2019', 'DATE', '2019-09-20']]],
  ['Pameran berlangsung Jumat-Minggu, 20 September hingga 22 September 2019.', D,
    [['Jumat-Minggu, 20 September', 'DATE', '2019-09-20'], ['22 September 2019', 'DATE', '2019-09-22']]],
  ['Penyelidikan dimulai sejak Juni 2014 lalu.', D, [['Juni 2014 lalu', 'DATE', '2014-06']]],
  // `ini` after the anchor's own year is part of the span; after another year it points at the noun (Kompas, CLICK-ID 333).
  ['Sedangkan untuk tahun 2019 ini, pemerintah dihadapkan pada kebakaran hutan.', D, [['tahun 2019 ini', 'DATE', '2019']]],
  ['Sidang Umum PBB akan digelar September 2019 ini.', D, [['September 2019 ini', 'DATE', '2019-09']]],
  ['Sementara laba bersih perusahaan yang IPO pada tahun 1996 ini naik 6,12 persen.', D, [['tahun 1996', 'DATE', '1996']]],
  ['Pada bulan Mei 2008 ia menemukannya.', D, [['bulan Mei 2008', 'DATE', '2008-05']]],
  ['Perjanjian diteken pada 1987 silam.', D, [['1987 silam', 'DATE', '1987']]],
  // A bare month in a sentence that wrote an earlier year, or right after a month or day of an earlier year, is that year's.
  ['Jalur dibangun pada bulan Juli 2018 dengan produksi dimulai pada bulan September.', D,
    [['bulan Juli 2018', 'DATE', '2018-07'], ['bulan September', 'DATE', '2018-09']]],
  ['Pada tahun 2018, program itu diluncurkan pada bulan November.', D, [['tahun 2018', 'DATE', '2018'], ['bulan November', 'DATE', '2018-11']]],
  ['Bayi dibawa ke rumah sakit pada Maret 2018. Kemudian di bulan Desember, orangtuanya dihukum.', D,
    [['Maret 2018', 'DATE', '2018-03'], ['bulan Desember', 'DATE', '2018-12']]],
  // Not before the earlier month, nor after a year told sentences before.
  ['Ia menjabat pada April 2017. Pada bulan Februari ia mundur.', D, [['April 2017', 'DATE', '2017-04'], ['bulan Februari', 'DATE', '2019-02']]],
  ['Defisit fiskal 2018 besar. Pengeluaran pada bulan Agustus turun.', D, [['2018', 'DATE', '2018'], ['bulan Agustus', 'DATE', '2019-08']]],
  ['RUU yang dibahas sejak 2012 ini akan disahkan akhir September.', D, [['2012', 'DATE', '2012'], ['akhir September', 'DATE', '2019-09', 'END']]],
  // A week of a month is one span with the month, valued at the month (a capitalised `Minggu` there is no Sunday).
  ['Surat itu dikirim pada pekan ketiga Agustus, kata sumber itu.', D, [['pekan ketiga Agustus', 'DATE', '2019-08']]],
  ['Capaian hingga pekan I September 2019 baru Rp 5,2 triliun.', D, [['pekan I September 2019', 'DATE', '2019-09']]],
  ['BI memperkirakan deflasi pada Minggu ketiga September 2019.', D, [['Minggu ketiga September 2019', 'DATE', '2019-09']]],
  ['Ia kalah di pekan ketiga Liga Inggris, Sabtu (14/9/2019).', D, [['Sabtu (14/9/2019)', 'DATE', '2019-09-14']]],
  // Before a later month with its own year, one word between, a bare month is in that year.
  ['Kami targetkan Oktober atau November tahun depan selesai.', D, [['Oktober', 'DATE', '2020-10'], ['November tahun depan', 'DATE', '2020-11']]],
  // A season or school year written with a slash has two complete ends: two spans, as `2013-2016`.
  ['Ia pemain terbaik UEFA musim 2018/2019.', D, [['2018', 'DATE', '2018'], ['2019', 'DATE', '2019']]],
  // A future deictic after a month and year stays inside too, and `nanti` there is no timex of its own.
  ['Proyek ditargetkan rampung pada Juni 2020 mendatang.', D, [['Juni 2020 mendatang', 'DATE', '2020-06']]],
  ['Kontraknya baru berakhir pada Juni 2021 nanti, kata dia.', D, [['Juni 2021 nanti', 'DATE', '2021-06']]],
  ['Ukraina merdeka pada 1991.', D, [['1991', 'DATE', '1991']]],
  ['Ia menjabat dari tahun 2006 – 2008.', D, [['tahun 2006', 'DATE', '2006'], ['2008', 'DATE', '2008']]],
  ['periode 2014-2019 berakhir.', D, [['2014', 'DATE', '2014'], ['2019', 'DATE', '2019']]],
  ['Pada 3 Agustus, pasukan ditarik.', D, [['3 Agustus', 'DATE', '2019-08-03']]],
  ['Rilis tanggal 2019-09-10 pagi.', D, [['2019-09-10 pagi', 'TIME', '2019-09-10TMO']]],
  ['Jadwal untuk Oktober, November, dan Desember.', D, [['Oktober', 'DATE', '2019-10'], ['November', 'DATE', '2019-11'], ['Desember', 'DATE', '2019-12']]],
  ['Jadwal: Maret' + 'Tahap 2 dimulai.', D, [['Maret', 'DATE', '2019-03']]],
  ['Pemilu digelar pada 17 Agt. 2019.', D, [['17 Agt. 2019', 'DATE', '2019-08-17']]],
  ['Turnamen digelar Sabtu-Minggu (14-15/9/2019).', D, [['Sabtu-Minggu (14-15/9/2019)', 'DATE', '2019-09-14']]],
  ['Tarif berlaku 1 Januari 2020 mendatang, laporan paruh pertama 2019 terbit.', D,
    [['1 Januari 2020 mendatang', 'DATE', '2020-01-01'], ['paruh pertama 2019', 'DATE', '2019-H1']]],
  ['Acara berlangsung pada 1 dan 2 Juli 2025.', D, [['1', 'DATE', '2025-07-01'], ['2 Juli 2025', 'DATE', '2025-07-02']]],
  // Coordinated days take the month and year of the full date after them; a range sharing its month is one span.
  ['Hal itu dibahas dalam rapat koordinasi tanggal 7 dan 28 Desember 2015.', '2025-10-07', [['tanggal 7', 'DATE', '2015-12-07'], ['28 Desember 2015', 'DATE', '2015-12-28']]],
  ['Vaksinasi digelar pada 7, 14, dan 28 Desember 2015.', '2025-10-07', [['7', 'DATE', '2015-12-07'], ['14', 'DATE', '2015-12-14'], ['28 Desember 2015', 'DATE', '2015-12-28']]],
  ['Sidang lanjutan dijadwalkan tanggal 3 atau 4 Mei 2019.', D, [['tanggal 3', 'DATE', '2019-05-03'], ['4 Mei 2019', 'DATE', '2019-05-04']]],
  ['Festival kuliner digelar pada 25 hingga 27 Oktober 2019 ini.', D, [['25 hingga 27 Oktober 2019 ini', 'DATE', '2019-10-25']]],
  ['Pendaftaran dibuka tanggal 16 sampai 30 September 2019.', D, [['tanggal 16 sampai 30 September 2019', 'DATE', '2019-09-16']]],
  // A numbered list glued to a year by the source: the year, then the next item's number.
  ['1. Budi selaku Direktur PT Maju sejak 2006,2. Ani selaku Komisaris sejak 2015,3. Joko', D, [['2006', 'DATE', '2006'], ['2015', 'DATE', '2015']]],
  ['Festival digelar 28 Agustus mendatang, konser 9 Oktober silam.', D,
    [['28 Agustus mendatang', 'DATE', '2020-08-28'], ['9 Oktober silam', 'DATE', '2018-10-09']]],
  ['kata dia kepada wartawan, Senin ( 13 / 3 / 2017 ) .', D, [['Senin ( 13 / 3 / 2017 )', 'DATE', '2017-03-13']]],
  ['Dana hibah Kemenpora Tahun Anggaran 2018 diselidiki.', D, [['Tahun Anggaran 2018', 'DATE', '2018']]],
  ['Berdasarkan Surat Nomor 51 tanggal 12 Januari 2025, realisasi triwulan ke-4 ini naik.', D,
    [['tanggal 12 Januari 2025', 'DATE', '2025-01-12'], ['triwulan ke-4 ini', 'DATE', '2019-Q4']]],
];

const RELATIVE: Row[] = [
  ['Kemarin polisi datang, hari ini pergi, besok kembali, lusa selesai.', D,
    [['Kemarin', 'DATE', '2019-09-09'], ['hari ini', 'DATE', '2019-09-10'], ['besok', 'DATE', '2019-09-11'], ['lusa', 'DATE', '2019-09-12']]],
  ['Ia tiba pekan lalu dan pulang bulan depan.', D, [['pekan lalu', 'DATE', '2019-W36'], ['bulan depan', 'DATE', '2019-10']]],
  ['Kejadian itu tiga hari lalu.', D, [['tiga hari lalu', 'DATE', '2019-09-07']]],
  // `.,` (CLICK-ID's paragraph joint) ends the quoted sentence: the film's date is no reporting clause.
  ['"Film ini berbeda," ungkap Marsha Timothy.,Film yang dijadwalkan tayang 3 Oktober mendatang ini bercerita tentang persahabatan.', D,
    [['3 Oktober mendatang', 'DATE', '2019-10-03']]],
  ['Proyek selesai dua bulan mendatang.', D, [['dua bulan mendatang', 'DATE', '2019-11']]],
  // A day with `nanti` written on that very day is that day, not next year's.
  ['Uji kelayakan digelar 10 September nanti.', D, [['10 September nanti', 'DATE', '2019-09-10']]],
  ['September tahun lalu mereka mendaftar.', '2023-04-21', [['September tahun lalu', 'DATE', '2022-09']]],
  ['Harga naik sejak akhir tahun lalu.', D, [['akhir tahun lalu', 'DATE', '2018', 'END']]],
  ['Tol beroperasi pada akhir Oktober 2019.', D, [['akhir Oktober 2019', 'DATE', '2019-10', 'END']]],
  ['Target tercapai pertengahan 2020.', D, [['pertengahan 2020', 'DATE', '2020', 'MID']]],
  ['Rapat digelar awal pekan ini.', D, [['awal pekan ini', 'DATE', '2019-W37', 'START']]],
  ['Acara digelar akhir pekan ini.', D, [['akhir pekan ini', 'DATE', '2019-W37', 'END']]],
  ['Tahun ini produksi naik, tahun depan turun.', D, [['Tahun ini', 'DATE', '2019'], ['tahun depan', 'DATE', '2020']]],
  ['Video itu beredar sejak Sabtu lalu.', D, [['Sabtu lalu', 'DATE', '2019-09-07']]],
  ['Tersangka ditangkap Kamis.', D, [['Kamis', 'DATE', '2019-09-05']]],
  ['Sidang akan digelar Kamis.', D, [['Kamis', 'DATE', '2019-09-12']]],
  // Verbs of scheduling are future cues as `dijadwalkan` is; a weekday without one stays past.
  ['Kami jadwalkan penyelarasan selama dua hari Senin dan Selasa, kata Syarif.', '2019-09-15',
    [['dua hari', 'DURATION', 'P2D'], ['Senin', 'DATE', '2019-09-16'], ['Selasa', 'DATE', '2019-09-17']]],
  ['Pemerintah telah merencanakan pemakaman kenegaraan pada hari Sabtu.', D, [['hari Sabtu', 'DATE', '2019-09-14']]],
  ['Pemerintah telah memakamkannya pada hari Sabtu.', D, [['hari Sabtu', 'DATE', '2019-09-07']]],
  // A bare weekday told beside a day ahead (next to it, or joined by a link word, a dash, a comma or a bracket) is ahead too.
  ['Pertemuan diusahakan besok atau Senin, kata Agus.', D, [['besok', 'DATE', '2019-09-11'], ['Senin', 'DATE', '2019-09-16']]],
  ['Uji kelayakan berlanjut pada Senin hingga Selasa pekan depan.', D, [['Senin', 'DATE', '2019-09-16'], ['Selasa pekan depan', 'DATE', '2019-09-17']]],
  ['Pengesahan ditunda pada hari Selasa (pekan depan).', '2019-09-20', [['hari Selasa', 'DATE', '2019-09-24'], ['pekan depan', 'DATE', '2019-W39']]],
  ['Mereka diperiksa Jumat dan Sabtu pekan lalu.', D, [['Jumat', 'DATE', '2019-09-06'], ['Sabtu pekan lalu', 'DATE', '2019-09-07']]],
  ['Ia dilantik Senin pekan depan.', D, [['Senin pekan depan', 'DATE', '2019-09-16']]],
  ['AS menarik diri pada 2 Agustus setelah menangguhkannya enam bulan sebelumnya.', D,
    [['2 Agustus', 'DATE', '2019-08-02'], ['enam bulan sebelumnya', 'DATE', '2019-02']]],
  ['Saat itu, korban langsung dilarikan ke rumah sakit. Pada kala itu becak belum ada.', D,
    [['Saat itu', 'DATE', 'PAST_REF'], ['kala itu', 'DATE', 'PAST_REF']]],
  ['Ajang tahunan ini digelar di Jakarta.', D, [['tahunan', 'SET', 'P1Y']]],
  ['Rapat digelar seminggu dua kali; obat diminum sehari 3 kali.', D, [['seminggu dua kali', 'SET', 'P1W'], ['sehari 3 kali', 'SET', 'P1D']]],
  ['Mereka baru akan pulang pada Rabu (11/9/2019) besok.', D, [['Rabu (11/9/2019) besok', 'DATE', '2019-09-11']]],
  // `hari ini` restating a written day is one span with it, clock time and all; alone it is the anchor day.
  ['Sidang digelar di PN Jakarta Pusat, Selasa (10/9/2019) hari ini.', D, [['Selasa (10/9/2019) hari ini', 'DATE', '2019-09-10']]],
  ['Laga digelar di GBK, Selasa (10/9/2019) hari ini pukul 19.30 WIB.', D, [['Selasa (10/9/2019) hari ini pukul 19.30 WIB', 'TIME', '2019-09-10T19:30']]],
  ['Untuk 18 September hari ini ada empat keterlambatan.', '2019-09-18', [['18 September hari ini', 'DATE', '2019-09-18']]],
  ['Ia tiba Senin (9/9/2019), dan hari ini diperiksa.', D, [['Senin (9/9/2019)', 'DATE', '2019-09-09'], ['hari ini', 'DATE', '2019-09-10']]],
  // So is the week told right after a day (`pekan lalu`, `pekan depan`); not a week of its own after a clause.
  ['Demo ricuh terjadi di KPK pada Jumat (6/9/2019) pekan lalu.', D, [['Jumat (6/9/2019) pekan lalu', 'DATE', '2019-09-06']]],
  ['Pendaftaran dibuka sejak 9 September pekan lalu.', '2019-09-16', [['9 September pekan lalu', 'DATE', '2019-09-09']]],
  ['Ia tiba Jumat (6/9/2019), dan pekan lalu diperiksa.', D, [['Jumat (6/9/2019)', 'DATE', '2019-09-06'], ['pekan lalu', 'DATE', '2019-W36']]],
  ['Pameran dua tahunan itu dibuka; pesta demokrasi lima tahunan digelar; Kris masih berusia 20 tahunan.', D,
    [['dua tahunan', 'SET', 'P2Y'], ['lima tahunan', 'SET', 'P5Y'], ['tahunan', 'SET', 'P1Y']]],
  // `di kemudian hari` "later on, some day"; not "which later" nor "then, on day N".
  ['Ia khawatir muncul masalah di kemudian hari. Rahasia itu tidak boleh dibocorkan kelak kemudian hari.', D,
    [['kemudian hari', 'DATE', 'FUTURE_REF'], ['kelak kemudian hari', 'DATE', 'FUTURE_REF']]],
  ['Band itu (yang kemudian hari berganti nama) tampil. Kemudian hari kedua, para finalis diuji.', D, []],
  ['Ke depan gedung ini akan dipakai untuk sekolah. Ia berharap ke depan kita lebih siap.', D,
    [['Ke depan', 'DATE', 'FUTURE_REF'], ['ke depan', 'DATE', 'FUTURE_REF']]],
  ['Saat ini kondisinya membaik, dulu tidak; nanti akan pulih ke depan.', D,
    [['Saat ini', 'DATE', 'PRESENT_REF'], ['dulu', 'DATE', 'PAST_REF'], ['nanti', 'DATE', 'FUTURE_REF'], ['ke depan', 'DATE', 'FUTURE_REF']]],
  ['Beberapa waktu lalu warga heboh. Sekarang sepi. Kini ramai lagi.', D,
    [['Beberapa waktu lalu', 'DATE', 'PAST_REF'], ['Sekarang', 'DATE', 'PRESENT_REF'], ['Kini', 'DATE', 'PRESENT_REF']]],
  ['Video itu diunggah belum lama ini, belum lama setelah ia pulang.', D, [['belum lama ini', 'DATE', 'PAST_REF']]],
  ['Surat dikirim tadi. Pagi tadi ia mundur. Semalam hujan.', D,
    [['tadi', 'DATE', '2019-09-10'], ['Pagi tadi', 'TIME', '2019-09-10TMO'], ['Semalam', 'TIME', '2019-09-09TEV']]],
  ['Izin dicabut dalam waktu dekat dan nantinya diumumkan.', D, [['waktu dekat', 'DATE', 'FUTURE_REF'], ['nantinya', 'DATE', 'FUTURE_REF']]],
  // `ini` after `waktu dekat` belongs to the phrase, as in `akhir pekan ini`; a sentence's `Ini` after it does not.
  ['Persija akan mencari caretaker dalam waktu dekat ini.', D, [['waktu dekat ini', 'DATE', 'FUTURE_REF']]],
  ['Izin dicabut dalam waktu dekat. Ini kata dia.', D, [['waktu dekat', 'DATE', 'FUTURE_REF']]],
  ['Penjualan semester I/2019 naik, kuartal III 2019 turun.', D, [['semester I/2019', 'DATE', '2019-H1'], ['kuartal III 2019', 'DATE', '2019-Q3']]],
  ['GMV tumbuh tiga kali lipat pada semester-I 2019.', D, [['semester-I 2019', 'DATE', '2019-H1']]],
  ['Distribusi dimulai pada kuartal ke empat tahun 2019, bantuan cair di triwulan ke empat.', D,
    [['kuartal ke empat tahun 2019', 'DATE', '2019-Q4'], ['triwulan ke empat', 'DATE', '2019-Q4']]],
  // `ini` after this year or a later one joins the span; after an earlier year or a range's end it points at a noun.
  ['Target 1.000 kamera nanti di 2020 ini, kata mantan anggota DPRD periode 2014-2019 ini; perusahaan berdiri pada 1984 ini.', D,
    [['nanti', 'DATE', 'FUTURE_REF'], ['2020 ini', 'DATE', '2020'], ['2014', 'DATE', '2014'], ['2019', 'DATE', '2019'], ['1984', 'DATE', '1984']]],
  ['Tren ini muncul sejak tahun 1990-an, era 80-an, dan abad ke-21.', D,
    [['tahun 1990-an', 'DATE', '199'], ['era 80-an', 'DATE', '198'], ['abad ke-21', 'DATE', '20']]],
  ['Teknologi ini berkembang di tahun-tahun mendatang.', D, [['tahun-tahun mendatang', 'DATE', 'FUTURE_REF']]],
];

const TIMES: Row[] = [
  // `waktu setempat` (local time) is a time zone, in the span like `WIB`: after a clock time, with or without
  // `pukul`, and after a part of day; after a day alone it stays out, as `WIB` does.
  ['Batas akhir pengiriman sampai pukul 16.00 waktu setempat.', D, [['pukul 16.00 waktu setempat', 'TIME', '2019-09-10T16:00']]],
  ['Turnamen disiarkan mulai Selasa (10/9/2019) pada 06.00 waktu setempat.', D,
    [['Selasa (10/9/2019)', 'DATE', '2019-09-10'], ['06.00 waktu setempat', 'TIME', '2019-09-10T06:00']]],
  ['Ia menang TKO di Florence, Senin malam waktu setempat.', D, [['Senin malam waktu setempat', 'TIME', '2019-09-09TEV']]],
  ['Harga emas turun pada Senin (9/9/2019) waktu setempat.', D, [['Senin (9/9/2019)', 'DATE', '2019-09-09']]],
  // `hari ini (Senin)`, `besok (Rabu)`, `kemarin (Senin)`: the bracketed weekday joins the deictic's span and
  // gives the day (a quote anchored a day late still gets the Friday it names); `kemarin (Rabu, 10/9)` is unchanged.
  ['"Hasil hujan buatan hari ini (Jumat) hujan di Inhil," ucap Panglima, Sabtu (14/9/2019).', D,
    [['hari ini (Jumat)', 'DATE', '2019-09-13'], ['Sabtu (14/9/2019)', 'DATE', '2019-09-14']]],
  ['Libur berlaku sampai besok (Rabu). Kemarin (Senin) sore ia datang. Baru aktif hari ini (Selasa).', D,
    [['besok (Rabu)', 'DATE', '2019-09-11'], ['Kemarin (Senin) sore', 'TIME', '2019-09-09TAF'], ['hari ini (Selasa)', 'DATE', '2019-09-10']]],
  ['"Terakhir kemarin (Rabu, 10/9) saya menjenguk beliau," katanya.', '2019-09-11',
    [['kemarin', 'DATE', '2019-09-10'], ['Rabu, 10/9', 'DATE', '2019-09-10']]],
  // After a clock time `waktu` and a capitalised place name is that place's time, in the span like `waktu setempat`
  // (and makes a bare `12:15` a time); `waktu lokal` is `waktu setempat`. After a part of day the place stays out.
  ['Laga dimulai pukul 10.00 waktu Changzhou atau 09.00 WIB.', D,
    [['pukul 10.00 waktu Changzhou', 'TIME', '2019-09-10T10:00'], ['09.00 WIB', 'TIME', '2019-09-10T09:00']]],
  ['Pesan itu dikirim pada 12:15 waktu Hanoi dan dibaca pukul 19.00 waktu Arab Saudi.', D,
    [['12:15 waktu Hanoi', 'TIME', '2019-09-10T12:15'], ['pukul 19.00 waktu Arab Saudi', 'TIME', '2019-09-10T19:00']]],
  ['Ia tiba sekitar pukul 15.40 waktu lokal.', D, [['pukul 15.40 waktu lokal', 'TIME', '2019-09-10T15:40']]],
  ['Laga digelar Selasa (10/9/2019) dini hari waktu Indonesia.', D, [['Selasa (10/9/2019) dini hari', 'TIME', '2019-09-10TNI']]],
  ['Sidang dimulai pukul 10.00 waktu Senin depan.', D, [['pukul 10.00', 'TIME', '2019-09-10T10:00'], ['Senin depan', 'DATE', '2019-09-16']]],
  // `tadi`/`nanti` after a clock time is the same day's, inside the span with a part of day after it.
  ['Kebakaran dilaporkan sekira pukul 02.20 WIB tadi.', D, [['pukul 02.20 WIB tadi', 'TIME', '2019-09-10T02:20']]],
  ['Penggeledahan dilakukan sejak pukul 10.00 tadi pagi di dua lokasi.', D, [['pukul 10.00 tadi pagi', 'TIME', '2019-09-10T10:00']]],
  ['Laga dimulai Rabu (11/9/2019) pukul 02.00 dini hari nanti.', D, [['Rabu (11/9/2019) pukul 02.00 dini hari nanti', 'TIME', '2019-09-11T02:00']]],
  // `nanti` after a weekday's part of day turns the weekday ahead.
  ['Duel digelar di London pada Sabtu malam nanti.', D, [['Sabtu malam nanti', 'TIME', '2019-09-14TEV']]],
  ['Jenazah dimakamkan di TMP Kalibata siang nanti.', D, [['siang nanti', 'TIME', '2019-09-10TAF']]],
  ['Prancis menjamu Andorra pada dini hari nanti.', D, [['dini hari nanti', 'TIME', '2019-09-11TNI']]],
  ['Ia tiba pada pukul 08.30 WIB pagi tadi, ujarnya.', D, [['pukul 08.30 WIB pagi tadi', 'TIME', '2019-09-10T08:30']]],
  // A part of day with its clock time is one span (guidelines: weekday + date + part of day + clock time).
  ['Jarak pandang 1 kilometer tadi pagi jam 7, kata dia.', D, [['tadi pagi jam 7', 'TIME', '2019-09-10T07:00']]],
  ['Kita bertemu nanti malam pukul 8.', D, [['nanti malam pukul 8', 'TIME', '2019-09-10T20:00']]],
  // A deictic in the span keeps the clock on the anchor day, not on the day the narrative was last on.
  ['Rapat digelar Senin (9/9/2019). Laga bergulir malam ini pukul 19.30 WIB.', D,
    [['Senin (9/9/2019)', 'DATE', '2019-09-09'], ['malam ini pukul 19.30 WIB', 'TIME', '2019-09-10T19:30']]],
  ['Sejak Senin 9 September pukul 18.00 WIB kemarin hingga pukul 06.00 WIB pagi tadi, tidak ada guguran.', D,
    [['Senin 9 September pukul 18.00 WIB kemarin', 'TIME', '2019-09-09T18:00'], ['pukul 06.00 WIB pagi tadi', 'TIME', '2019-09-10T06:00']]],
  ['Ia tiba Senin (9/9/2019) pukul 10.00 WIB lalu pergi lagi.', D, [['Senin (9/9/2019) pukul 10.00 WIB', 'TIME', '2019-09-09T10:00']]],
  ['Habibie wafat pada Rabu malam 11 September 2019 di RSPAD.', D, [['Rabu malam 11 September 2019', 'TIME', '2019-09-11TEV']]],
  ['Pelaku ditangkap pada Senin sore kemarin 9 September.', D, [['Senin sore kemarin 9 September', 'TIME', '2019-09-09TAF']]],
  ['Peristiwa terjadi Senin dinihari 9 September 2019 pukul 3.50.', D, [['Senin dinihari 9 September 2019 pukul 3.50', 'TIME', '2019-09-09T03:50']]],
  // A time zone after the part of day stays in the span before a marked date; without a date it ends the span.
  ['Barcelona menang di Camp Nou, Ahad dinihari WIB, 8 September 2019.', D, [['Ahad dinihari WIB, 8 September 2019', 'TIME', '2019-09-08TNI']]],
  ['Laga di Napoli, Senin dini hari waktu setempat (9/9/2019).', D, [['Senin dini hari waktu setempat (9/9/2019)', 'TIME', '2019-09-09TNI']]],
  ['Laga digelar Senin malam WIB, kata dia.', D, [['Senin malam WIB', 'TIME', '2019-09-09TEV']]],
  ['Rupiah dibuka sekitar pukul 09.15 WIB.', D, [['pukul 09.15 WIB', 'TIME', '2019-09-10T09:15']]],
  ['Pesawat mendarat pukul 14.30 WITA dan berangkat pukul 7 malam.', D,
    [['pukul 14.30 WITA', 'TIME', '2019-09-10T14:30'], ['pukul 7 malam', 'TIME', '2019-09-10T19:00']]],
  ['Gempa terjadi pukul 03:20 WIT.', D, [['pukul 03:20 WIT', 'TIME', '2019-09-10T03:20']]],
  ['Layanan buka pukul 08.00-10.00 WIB dan pukul 13.00 hingga 15.00 WITA.', D,
    [['pukul 08.00-10.00 WIB', 'TIME', '2019-09-10T08:00'], ['pukul 13.00 hingga 15.00 WITA', 'TIME', '2019-09-10T13:00']]],
  ['Hujan turun pukul 16.00 WIB hingga 21.00 WIB.', D,
    [['pukul 16.00 WIB', 'TIME', '2019-09-10T16:00'], ['21.00 WIB', 'TIME', '2019-09-10T21:00']]],
  ['kata Yohanes saat dihubungi, Minggu (15/9/2019) malam.', '2019-09-16', [['Minggu (15/9/2019) malam', 'TIME', '2019-09-15TEV']]],
  ['Laga disiarkan Jumat (20/9/2019) pukul 15.30 WIB.', D, [['Jumat (20/9/2019) pukul 15.30 WIB', 'TIME', '2019-09-20T15:30']]],
  ['Ia tiba Senin malam.', D, [['Senin malam', 'TIME', '2019-09-09TEV']]],
  // A part of day or a deictic between the weekday and its date: one span.
  ['Rapat dimulai pada Kamis malam, 12 September 2019, setelah DPR menerima surat.', D,
    [['Kamis malam, 12 September 2019', 'TIME', '2019-09-12TEV']]],
  ['Udara tidak sehat Sabtu lalu (7/9/2019), lalu membaik sejak Senin kemarin, 9 September 2019.', D,
    [['Sabtu lalu (7/9/2019)', 'DATE', '2019-09-07'], ['Senin kemarin, 9 September 2019', 'DATE', '2019-09-09']]],
  ['Senin lalu, 20 orang tewas.', D, [['Senin lalu', 'DATE', '2019-09-09']]],
  // A bracket the source never closed.
  ['Laga digelar di Stadion Patriot, Kamis (5/9/2019.,Gol dicetak pada menit ke-10.', D, [['Kamis (5/9/2019', 'DATE', '2019-09-05']]],
  // A date after a name word with a deictic is no name (`Jalan 17 Agustus` is).
  ['Ponsel itu diluncurkan di Tanah Air 17 September besok, menyambut HUT TNI 5 Oktober nanti.', D,
    [['17 September besok', 'DATE', '2019-09-17'], ['5 Oktober nanti', 'DATE', '2019-10-05']]],
  ['Kecelakaan terjadi Sabtu (7/9/2019), sekitar pukul 10.00 WIB. Polisi tiba pukul 11.00 WIB. Warga bubar. Hujan turun pukul 15.00 WIB.', D,
    [['Sabtu (7/9/2019)', 'DATE', '2019-09-07'], ['pukul 10.00 WIB', 'TIME', '2019-09-07T10:00'],
      ['pukul 11.00 WIB', 'TIME', '2019-09-07T11:00'], ['pukul 15.00 WIB', 'TIME', '2019-09-07T15:00']]],
  // CLICK-ID's `.,` paragraph joints end sentences; the story's day carries over paragraphs to a bare clock time.
  ['Presiden tiba di Jayapura, Selasa (3/9/2019).,Hal ini dilakukan setelah demo berakhir ricuh.,Rombongan tiba di kantor pukul 09.30 WIT.', D,
    [['Selasa (3/9/2019)', 'DATE', '2019-09-03'], ['pukul 09.30 WIT', 'TIME', '2019-09-03T09:30']]],
  // A day written right after the clock time dates it.
  ['Laga akan dimulai pada pukul 01.45, Rabu (11/9/2019) dini hari.', '2019-09-09',
    [['pukul 01.45', 'TIME', '2019-09-11T01:45'], ['Rabu (11/9/2019) dini hari', 'TIME', '2019-09-11TNI']]],
  ['Jalan ditutup pukul 15.00 WIB.', D, [['pukul 15.00 WIB', 'TIME', '2019-09-10T15:00']]],
  // In a quote a clock time takes a day told earlier in its sentence.
  ['"Pada hari Selasa, tanggal 27 Agustus 2019, sekitar pukul 17.00 WIB, korban meninggal," kata jaksa.', D,
    [['hari Selasa, tanggal 27 Agustus 2019', 'DATE', '2019-08-27'], ['pukul 17.00 WIB', 'TIME', '2019-08-27T17:00']]],
  // A day counted from the one before (a comparison) does not move the story's day.
  ['Asap pekat pada Selasa (10/9/2019), lebih tebal dibandingkan hari sebelumnya. Di Rengat jarak pandang turun pada pukul 09.00 WIB.', D,
    [['Selasa (10/9/2019)', 'DATE', '2019-09-10'], ['hari sebelumnya', 'DATE', '2019-09-09'], ['pukul 09.00 WIB', 'TIME', '2019-09-10T09:00']]],
  // A range without `pukul` whose zone comes after its end is one span valued at its start.
  ['Truk boleh melintas pada pukul 06.00-09.00 WIB dan 16.00-19.00 WIB.', D,
    [['pukul 06.00-09.00 WIB', 'TIME', '2019-09-10T06:00'], ['16.00-19.00 WIB', 'TIME', '2019-09-10T16:00']]],
  ['Skor akhir 2-1 dan harga naik 10.50-11.00 persen.', D, []],
  // A part of the day just told.
  ['Pengendara terjaring razia pada 5 September lalu. Pada malam harinya ia kabur, dan keesokan paginya menyerahkan diri.', D,
    [['5 September lalu', 'DATE', '2019-09-05'], ['malam harinya', 'TIME', '2019-09-05TEV'], ['keesokan paginya', 'TIME', '2019-09-06TMO']]],
  ['Api padam saat siang, lalu malamnya menyala lagi.', D, []],
  // An offset in hours or minutes moves the clock time just told, over midnight too.
  ['Ia ditangkap pukul 20.00 WIB. Tujuh jam kemudian ia dilepas, dan 30 menit kemudian tiba di rumah.', D,
    [['pukul 20.00 WIB', 'TIME', '2019-09-10T20:00'], ['Tujuh jam kemudian', 'TIME', '2019-09-11T03:00'], ['30 menit kemudian', 'TIME', '2019-09-11T03:30']]],
  ['Hujan turun Senin (9/9/2019) malam. Setengah jam kemudian banjir datang.', D,
    [['Senin (9/9/2019) malam', 'TIME', '2019-09-09TEV'], ['Setengah jam kemudian', 'TIME', '2019-09-09TEV']]],
  ['Laga digelar Rabu (18/9/2019) dini hari tadi.', '2019-09-18', [['Rabu (18/9/2019) dini hari tadi', 'TIME', '2019-09-18TNI']]],
  ['Rapat digelar besok pagi.', D, [['besok pagi', 'TIME', '2019-09-11TMO']]],
];

const DURATIONS_SETS: Row[] = [
  // `N unit sekali`: once every so long.
  ['Evaluasi kinerja dilakukan setahun sekali.', D, [['setahun sekali', 'SET', 'P1Y']]],
  ['Kami melakukan riset lima tahun sekali.', D, [['lima tahun sekali', 'SET', 'P5Y']]],
  // `kedepan` written as one word; a vague count ahead is the future (`dalam beberapa minggu ke depan`).
  ['Ia bertugas selama lima tahun kedepan.', D, [['lima tahun kedepan', 'DURATION', 'P5Y']]],
  ['Kami akan buka dalam beberapa minggu ke depan di Bali.', D, [['beberapa minggu ke depan', 'DATE', 'FUTURE_REF']]],
  ['Kabut diperkirakan pekat selama beberapa hari ke depan.', D, [['beberapa hari ke depan', 'DURATION', 'PXD']]],
  // A smaller counted unit right after a count makes one duration: prison terms, video lengths, lap times.
  ['Ia divonis 2 tahun 8 bulan penjara, lebih ringan dari tuntutan tiga tahun sepuluh bulan.', D,
    [['2 tahun 8 bulan', 'DURATION', 'P2Y8M'], ['tiga tahun sepuluh bulan', 'DURATION', 'P3Y10M']]],
  ['Video berdurasi 2 menit 20 detik itu viral; pertunjukan berlangsung 1 jam 20 menit.', D,
    [['2 menit 20 detik', 'DURATION', 'PT2M20S'], ['1 jam 20 menit', 'DURATION', 'PT1H20M']]],
  ['Pencarian berlangsung 2 hari 3 jam.', D, [['2 hari 3 jam', 'DURATION', 'P2DT3H']]],
  ['Vinales meraih pole position dengan catatan waktu 1 menit 32,265 detik.', D, [['1 menit 32,265 detik', 'DURATION', 'PT1M32.265S']]],
  ['Mesin bekerja selama dua jam, lalu 24 jam nonstop selama 10 menit.', D,
    [['dua jam', 'DURATION', 'PT2H'], ['24 jam', 'DURATION', 'PT24H'], ['10 menit', 'DURATION', 'PT10M']]],
  ['Ia bekerja tiga tahun, sebulan, sehari, dan 1,5 tahun.', D,
    [['tiga tahun', 'DURATION', 'P3Y'], ['sebulan', 'DURATION', 'P1M'], ['sehari', 'DURATION', 'P1D'], ['1,5 tahun', 'DURATION', 'P1.5Y']]],
  ['Ikan mati dalam beberapa hari terakhir, bertahun-tahun, berhari-hari.', D,
    [['beberapa hari terakhir', 'DURATION', 'PXD'], ['bertahun-tahun', 'DURATION', 'PXY'], ['berhari-hari', 'DURATION', 'PXD']]],
  ['Izin diperpanjang 2x10 tahun lagi.', D, [['10 tahun', 'DURATION', 'P10Y']]],
  ['Ia dipenjara dua ratus tiga puluh lima tahun, menunggu setengah jam dan satu setengah jam, lalu sebelas hari.', D,
    [['dua ratus tiga puluh lima tahun', 'DURATION', 'P235Y'], ['setengah jam', 'DURATION', 'PT30M'],
      ['satu setengah jam', 'DURATION', 'PT90M'], ['sebelas hari', 'DURATION', 'P11D']]],
  ['Dana disalurkan setiap hari, tiap pekan, setiap bulan, dan per tahun.', D,
    [['setiap hari', 'SET', 'P1D'], ['tiap pekan', 'SET', 'P1W'], ['setiap bulan', 'SET', 'P1M'], ['per tahun', 'SET', 'P1Y']]],
  ['Bansos cair per tiga bulan sekali, setiap Senin, dan setiap pagi.', D,
    [['per tiga bulan sekali', 'SET', 'P3M'], ['setiap Senin', 'SET', 'XXXX-WXX-1'], ['setiap pagi', 'SET', 'XXXX-XX-XXTMO']]],
  ['Produksi harian naik, klaim mingguan turun.', D, [['harian', 'SET', 'P1D'], ['mingguan', 'SET', 'P1W']]],
];

const NEGATIVES: Row[] = [
  // Ages in months, weeks and days after an age cue (guidelines: ages are not timexes).
  ['Bayi berusia tiga hari itu meninggal dunia.', D, []],
  ['Tanaman yang berumur lebih dari 1 bulan mulai layu.', D, []],
  ['Korban berusia 40 tahun itu dirawat. Wanita 35 tahun itu selamat.', D, []],
  ['Budi (40 tahun) ditangkap.', D, []],
  // The age is no duration; `ketika itu` ("at that time") is a past reference.
  ['Ketika itu Fati masih berusia 16 tahun 298 hari.', D, [['Ketika itu', 'DATE', 'PAST_REF']]],
  // The days after an age's years and `dan` are the age too; without an age cue both stay durations.
  ['Ia debut pada usia 16 tahun dan 298 hari saat Barcelona menang.', D, []],
  ['Ia dipenjara 16 tahun dan 298 hari.', D, [['16 tahun', 'DURATION', 'P16Y'], ['298 hari', 'DURATION', 'P298D']]],
  // A score before a month (`5-2 Agustus`, a later day first) is no range of days; `25-26 Agustus` still is.
  ['Barcelona mengalahkan Real Betis 5-2 Agustus lalu.', D, [['Agustus lalu', 'DATE', '2019-08']]],
  ['Pameran digelar 25-26 Agustus 2019.', D, [['25-26 Agustus 2019', 'DATE', '2019-08-25']]],
  // Ages in a range or a list after the cue.
  ['Mereka berusia antara 14 dan 18 tahun; anaknya berumur 12 dan 8 tahun, yang lain usia empat atau lima hingga 14 atau 15 tahun.', D, []],
  // A recurrence adjective capitalised inside a sentence is a word of a name or title.
  ['Ketua Harian YLKI Tulus Abadi mengatakan hal itu.', D, []],
  ['Pameran wisata yang diadakan Harian Kompas ini dibuka.', D, []],
  ['Laporan itu dibahas dalam Rapat Umum Pemegang Saham Tahunan (RUPST).', D, []],
  // `ke depan` forward in space.
  ['Bola langsung dibawa ke depan gawang.', D, []],
  ['Mahasiswa mulai merapat ke depan Gedung Merah Putih KPK.', D, []],
  ['Mobil itu terguling hingga beberapa meter ke depan.', D, []],
  // `paruh` without a year halves a match or a season.
  ['Belgia unggul 3-0 di paruh pertama pertandingan dan tampil baik di paruh kedua musim.', D, []],
  ['Penjualan naik pada paruh kedua tahun ini.', D, [['paruh kedua tahun ini', 'DATE', '2019-H2']]],
  ['Ia hanya bermain karena usianya yang belum menginjak 7 tahun; putrinya yang baru genap dua tahun ikut.', D, []],
  ['Pelajaran bahasa Ukraina ditambahkan sejak awal tahun ajaran baru; hasil akhir tahun pelajaran diumumkan.', D, []],
  ['Penyelenggaraan ibadah haji tahun 1440 hijriah berjalan lancar.', D, []],
  ['Korban berusia sekitar 65 tahun, usia 25-34 tahun, kata penyanyi 74 tahun itu.', D, []],
  ['Permendag 29 tahun 2019 dan Liga 1 2019 serta Oppo A9 2020 dibahas.', D, []],
  ['Ia dijerat Pasal 2019 dan UU Nomor 1 Tahun 2023 serta UU 20 Tahun 2002.', D, []],
  ['Harganya Rp 2.019 per butir.', D, []],
  ['Ini paket dukungan ke-36 untuk Ukraina.', D, []],
  ['Tragedi 98 dan Gerakan 30 September dikenang.', D, []],
  // A month name in capitals with no day or year beside it is a name (`APRIL Group`); with one it is a date.
  ['Kertas diproduksi oleh APRIL Group. Ia bekerja di anak usaha APRIL, PT RAPP.', D, []],
  ['Laporan itu terbit 10 APRIL 2019 dan pada APRIL 2018.', D, [['10 APRIL 2019', 'DATE', '2019-04-10'], ['APRIL 2018', 'DATE', '2018-04']]],
  ['Ia datang bulan APRIL.', D, [['bulan APRIL', 'DATE', '2019-04']]],
  ['Ia hadir di GIIAS 2019 dan Forum MPU 2025.', D, []],
  ['GIIAS 2019 dibuka. Pameran itu (INAFOR 2019) usai. Dari 2015 naik.', D, [['2015', 'DATE', '2015']]],
  ['Konser Gudfest digelar di GBK. Gudfest 2019 ramai. Dari 2015 ke 2019, ramai.', D, [['2015', 'DATE', '2015'], ['2019', 'DATE', '2019']]],
  ['Selama ini, sejauh ini, kali ini, sebelumnya, dan lebih dulu ia diam sesegera mungkin.', D, []],
  ['Sebanyak 2000 orang hadir.', D, []],
  ['Kita tunggu dulu hasilnya.', D, []],
  ['Mobil melaju 96 kilometer per jam.', D, []],
  ['Hasil Liga 1 pekan ke-18 dan sesi kualifikasi (Q2).', D, []],
  ['Cuaca cerah pada pagi hari lalu berawan.', D, []],
  ['Kecelakaan terjadi di Jalan Pasar Minggu, dekat stasiun.', D, []],
  ['Ia wafat di RSPAD Gatot Soebroto Jakarta Rabu pukul 18.05 WIB, setelah tiba di Bandung Senin lalu.', D,
    [['Rabu pukul 18.05 WIB', 'TIME', '2019-09-04T18:05'], ['Senin lalu', 'DATE', '2019-09-09']]],
];

// A figure in years set off by commas after a name, a person noun or a possessed noun is an age;
// after other words it stays a duration, after a unit it is a list (CLICK-ID sentences).
const COMMA_AGES: Row[] = [
  ['Rumah tangga seorang laki-laki, 54 tahun, di Cumbria, Inggris, diambang perceraian.', D, []],
  ['Seorang laki-laki, 49 tahun, terluka parah setelah diserang beruang.', D, []],
  ['Seorang ibu, 23 tahun, di Uzbekistan, melemparkan bayinya.', D, []],
  ['Vardy mengabarkan istrinya, 37 tahun, sedang mengandung anak kelimanya.', D, []],
  ['Salah seorang warga, Supardjo, 57 tahun, mengatakan ingin melihat rombongan.', D, []],
  ['Penelitian dalam jangka waktu cukup lama, 13 tahun, menunjukkan hasil itu.', D, [['13 tahun', 'DURATION', 'P13Y']]],
  ['Obligasi terdiri dari tenor 3 tahun, 5 tahun, dan 10 tahun.', D,
    [['3 tahun', 'DURATION', 'P3Y'], ['5 tahun', 'DURATION', 'P5Y'], ['10 tahun', 'DURATION', 'P10Y']]],
];

// A capitalised `Tahun` with a year after a name word is part of an event's or document's name, as a bare
// year there is (CLICK-ID sentences); a fiscal year, a roman-numbered half or a sentence opening stay dates.
const YEARS_IN_NAMES: Row[] = [
  ['Tito akan mengikuti Konferensi Aseanapol Tahun 2019 di Hanoi, Vietnam.', D, []],
  ['usai menghadiri upacara Hari Perhubungan Nasional Tahun 2019 di Ambon.', D, []],
  ['Hasil pemeriksaan BPK atas LKPP Tahun 2018 menghasilkan opini Wajar Tanpa Pengecualian.', D, []],
  ['Bupati menghadiri APKASI Otonomi Expo Tahun 2025, di ICE BSD, Tangerang.', D, []],
  ['Dana hibah Kemenpora Tahun Anggaran 2018 diselidiki.', D, [['Tahun Anggaran 2018', 'DATE', '2018']]],
  ['Laporan semester II Tahun 2018 sudah terbit.', D, [['semester II Tahun 2018', 'DATE', '2018-H2']]],
  ['Tahun 2019 adalah tahun politik, kata dia. Ia lahir pada Tahun 1990.', D, [['Tahun 2019', 'DATE', '2019'], ['Tahun 1990', 'DATE', '1990']]],
];

// An offset from the previous date finer than that date keeps its precision (CLICK-ID sentences).
const COARSE_ANCHORS: Row[] = [
  // A day told with `lalu` after a speech cue is the event's, not the reporting clause's.
  // A day after `bahwa` is what was reported, not the date its speaker spoke: the weekday after it resolves from the dct.
  ['Kontak di Inggris mengatakan kepada Gia bahwa putranya meninggalkan Paris pada 21 Oktober. Dia menerima pesan pada hari Rabu yang mengatakan: "Cobalah bekerja keras."', '2019-10-26',
    [['21 Oktober', 'DATE', '2019-10-21'], ['hari Rabu', 'DATE', '2019-10-23']]],
  ['Pembalap itu mengungkapkan hal yang ia ingat setelah kecelakaan di Silverstone, 2 Agustus lalu. "Semua kembali setelah 40 menit," kata Dovi di Misano, Kamis waktu setempat.', D,
    [['2 Agustus lalu', 'DATE', '2019-08-02'], ['40 menit', 'DURATION', 'PT40M'], ['Kamis', 'DATE', '2019-09-05']]],
  // A reporting date whose month is the typo does not move the quotes to the year where its weekday fits.
  ['"Dananya masuk anggaran," kata Yusiono, Rabu 11 Mei 2019. Serapannya 15 persen per 10 September lalu.', D,
    [['Rabu 11 Mei 2019', 'DATE', '2019-05-11'], ['10 September lalu', 'DATE', '2019-09-10']]],
  // A reporting date within a week of the dct with the wrong weekday: the weekday is the typo, not the year.
  ['"Kami menyambut HUT TNI 5 Oktober nanti," tutur Panglima, Selasa (11/9/2019).', D,
    [['5 Oktober nanti', 'DATE', '2019-10-05'], ['Selasa (11/9/2019)', 'DATE', '2019-09-11']]],
  ['Pada 2018, Layanan Tribunal Praktisi Medis memberlakukan pembatasan dan Madhra mengundurkan diri sembilan hari kemudian.', D,
    [['2018', 'DATE', '2018'], ['sembilan hari kemudian', 'DATE', '2018']]],
  ['Perjanjian itu diteken pada 1987. Kurang dari tiga minggu kemudian, perang pecah.', D,
    [['1987', 'DATE', '1987'], ['tiga minggu kemudian', 'DATE', '1987']]],
  ['Ia ditangkap pada Maret 2016. Lima hari kemudian ia kabur.', D, [['Maret 2016', 'DATE', '2016-03'], ['Lima hari kemudian', 'DATE', '2016-03']]],
  ['Jamie memulai perjalanannya pada 2015. Berkat kerja kerasnya, 15 bulan kemudian ia berhasil.', D,
    [['2015', 'DATE', '2015'], ['15 bulan kemudian', 'DATE', '2016']]],
  ['Ia ditangkap pada Maret 2016. Seratus hari kemudian ia dibebaskan.', D, [['Maret 2016', 'DATE', '2016-03'], ['Seratus hari kemudian', 'DATE', '2016-06']]],
  ['Ia ditangkap pada Maret 2016. Dua bulan kemudian ia dibebaskan.', D, [['Maret 2016', 'DATE', '2016-03'], ['Dua bulan kemudian', 'DATE', '2016-05']]],
  ['Ia ditangkap pada 15 Juli 2019. Tiga hari kemudian ia dibebaskan.', D, [['15 Juli 2019', 'DATE', '2019-07-15'], ['Tiga hari kemudian', 'DATE', '2019-07-18']]],
  // detik, line 755: hours or minutes after the told day are a point on that day, not a duration.
  ['"Tadi awalnya itu hujan deras dulu setelah magrib. Setengah jam kemudian baru banjir," kata Yanyan, Jumat (17/10/2025).', '2025-10-17',
    [['Tadi', 'DATE', '2025-10-17'], ['Setengah jam kemudian', 'TIME', '2025-10-17'], ['Jumat (17/10/2025)', 'DATE', '2025-10-17']]],
  ['Kebakaran terjadi Senin (9/9/2019). Api berhasil dipadamkan dua jam kemudian, sedangkan pemadaman berlangsung selama dua jam.', D,
    [['Senin (9/9/2019)', 'DATE', '2019-09-09'], ['dua jam kemudian', 'TIME', '2019-09-09'], ['dua jam', 'DURATION', 'PT2H']]],
];

// `beberapa hari kemudian` after a date before the dct is in the past; after a future date, in the future.
const VAGUE_AFTER_PREV: Row[] = [
  ['Kebakaran terjadi pada 15 Agustus lalu. Beberapa hari setelahnya, polisi menetapkan tersangka.', '2025-08-28',
    [['15 Agustus lalu', 'DATE', '2025-08-15'], ['Beberapa hari setelahnya', 'DATE', 'PAST_REF']]],
  ['Laga antara PSS Sleman vs Arema FC, Mei 2019. Kejadian serupa terus terjadi dalam beberapa bulan setelahnya.', D,
    [['Mei 2019', 'DATE', '2019-05'], ['beberapa bulan setelahnya', 'DATE', 'PAST_REF']]],
  ['Ia ditangkap pada Maret 2016. Beberapa hari kemudian, dia merasa salah sangka.', D,
    [['Maret 2016', 'DATE', '2016-03'], ['Beberapa hari kemudian', 'DATE', 'PAST_REF']]],
  // The reporting clause's day is the last date before it (CLICK-ID, detik).
  ['"Di MPR tanggal 15 Agustus ingat pidato saya?" ujar Prabowo, Kamis (28/8/2025).\nPrabowo mengatakan beberapa hari setelahnya ada anggota yang terjaring OTT KPK.', '2025-08-28',
    [['tanggal 15 Agustus', 'DATE', '2025-08-15'], ['Kamis (28/8/2025)', 'DATE', '2025-08-28'], ['beberapa hari setelahnya', 'DATE', 'PAST_REF']]],
  ['Konser akan digelar pada 20 Desember 2025. Beberapa hari kemudian tiket dijual ulang.', '2025-08-28',
    [['20 Desember 2025', 'DATE', '2025-12-20'], ['Beberapa hari kemudian', 'DATE', 'FUTURE_REF']]],
];

for (const [name, rows] of Object.entries({ ABSOLUTE, RELATIVE, TIMES, DURATIONS_SETS, NEGATIVES, COMMA_AGES, YEARS_IN_NAMES, COARSE_ANCHORS, VAGUE_AFTER_PREV })) {
  test(`timexes: ${name.toLowerCase()}`, () => {
    for (const [text, dct, expected] of rows) {
      const got = run(text, dct).timexes.map((t) => (t[3] ? t : t.slice(0, 3)));
      assert.deepEqual(got, expected, text);
    }
  });
}

test('timexes: relative words in a quote resolve against its reporting clause, not the dct', () => {
  const text = '"Kejadian ini sudah sekitar tiga hari lalu," kata Yohanes, Jumat (13/9/2019).';
  assert.deepEqual(run(text, '2019-09-16').timexes, [
    ['tiga hari lalu', 'DATE', '2019-09-10', undefined],
    ['Jumat (13/9/2019)', 'DATE', '2019-09-13', undefined],
  ]);
  // A stray mark earlier in the paragraph does not flip the quote.
  const stray = 'Ia menyebut program "Merdeka. "Kejadian ini sudah tiga hari lalu," kata Yohanes, Jumat (13/9/2019).';
  assert.equal(run(stray, '2019-09-16').timexes[0]?.[2], '2019-09-10');
  // A reporting date whose weekday contradicts it does not anchor; a mistyped year is read through the weekday.
  const typoYear = '"Harga cabai naik, jadi tadi saya perintahkan operasi pasar," ungkap Agung, Selasa (7/10/2024).';
  assert.equal(run(typoYear, '2025-10-07').timexes[0]?.[2], '2025-10-07');
  // The same, a day after the statement: `kemarin` counts back from the statement's day (Tuesday 7 October 2025,
  // where the weekday fits), not from the dct; were the mistyped date rejected, it would be 2025-10-07.
  const typoAnchor = '"Harga cabai naik, jadi kemarin saya perintahkan operasi pasar," ungkap Agung, Selasa (7/10/2024).';
  assert.equal(run(typoAnchor, '2025-10-08').timexes[0]?.[2], '2025-10-06');
  const doubtful = 'Ariston mengatakan pelemahan rupiah hari ini karena tarif, Senin (7/5/2025).';
  assert.equal(run(doubtful, '2025-07-07').timexes[0]?.[2], '2025-07-07');
  const loose = '"Ini Pulau Manuran yang kemarin dicabut. Kemarin kami ke sana," kata Dian, Selasa (21/10/2025).';
  assert.deepEqual(run(loose, '2025-10-21').timexes.map((t) => t[2]), ['PAST_REF', '2025-10-20', '2025-10-21']);
  const indirect = 'Kata Menteri di Istana, Senin (8/9/2025). Prasetyo mengatakan, sore hari ini presiden memutuskan.';
  assert.deepEqual(run(indirect, '2025-09-09').timexes.map((t) => t[2]), ['2025-09-08', '2025-09-08TAF']);
});

test('timexes: offsets point at the text', () => {
  const text = 'TEMPO.CO, Jakarta - Pada Kamis 20 April 2023 ia tiba.';
  const doc = pipeline.run({ text, published: '2023-04-21' });
  for (const t of doc.layers.timexes!) assert.equal(text.slice(t.start, t.end), t.text);
});

test('timexes: bad input gets a diagnostic and a best-effort value, never a crash', () => {
  const cases: Array<[string, string, string]> = [
    ['Rapat digelar 31 Februari 2023.', '2023-02', 'timex-invalid'],
    ['Dibayar 30/2/2020.', '', ''],
    ['Rapat digelar Senin (20/4/2023).', '2023-04-20', 'timex-invalid'],
    ['Surat bertanggal 10/9/19.', '2019-09-10', 'timex-suspicious'],
  ];
  for (const [text, value, code] of cases) {
    const r = run(text, D);
    if (value) assert.equal(r.timexes[0]?.[2], value, text);
    if (code) assert.ok(r.diagnostics.some((d) => d.code === code && d.start !== undefined), text);
  }
  assert.doesNotThrow(() => run('9'.repeat(40) + ' tahun "tanpa penutup 2019 ' + 'x '.repeat(2000), D));
  assert.deepEqual(run('dua puluh '.repeat(200) + 'tahun', D).timexes.map((t) => t[2]), ['P20Y']);
});

test('timexes: pathological input stays linear', () => {
  const t0 = performance.now();
  run(Array.from({ length: 20000 }, (_, i) => String((i % 31) + 1)).join(', ') + ' Mei 2020', D);
  run('"a Senin, 2019-2020 '.repeat(5000), D);
  assert.ok(performance.now() - t0 < 5000);
});

test('timexes: without any dct, relative values stay underspecified and written parts stay exact', () => {
  const r = run('Tiga bulan lalu ia tiba pada 20 April, pukul 10.00.', null);
  assert.deepEqual(r.timexes.map((t) => t[2]), ['XXXX-XX', 'XXXX-04-20', 'XXXX-XX-XXT10:00']);
});

test('timexes: without a published date, the inferred dct anchors relative words', () => {
  const r = run('Jakarta, 20 April 2023 - Tiga bulan lalu ia tiba.', null);
  assert.deepEqual(r.timexes.map((t) => t[2]), ['2023-04-20', '2023-01']);
});
