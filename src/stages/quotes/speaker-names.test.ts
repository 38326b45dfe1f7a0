import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';

// Speakers read from apposition groups and named after the persons stage's clusters (full pipeline).
const cases: Array<{ what: string; text: string; want: Array<[string | undefined, string | null]> }> = [
  {
    what: 'an office whose place or club was read as a name, then a comma, is the office of the person named after the comma',
    text: 'Polisi menangkap tiga pelaku. Menurut Kapolres Banyuasin, AKBP Danny H Ardiantara Sianipar, penangkapan dilakukan di Sungai Apung. "Kami lebih baik tidak memainkan dia dulu," ucap asisten pelatih Persebaya, Wolfgang Pikal.',
    want: [['AKBP Danny H Ardiantara Sianipar', 'AKBP Danny H Ardiantara Sianipar'], ['Wolfgang Pikal', 'Wolfgang Pikal']],
  },
  {
    what: 'a role noun of sports or parliament heads a description pointing back to the person named before',
    text: 'Franco Morbidelli menyambangi Misano dengan percaya diri. "Misano adalah sirkuit yang sangat istimewa bagi saya," ujar pembalap kelahiran Italia ini.',
    want: [['pembalap kelahiran Italia ini', 'Franco Morbidelli']],
  },
  {
    what: 'a pronoun with no speaker or subject before it is the last person opening a clause or named as an agent, not an object',
    text: 'Wakil Ketua MPR RI dari Fraksi PAN Eddy Soeparno optimistis terhadap pemerintahan Presiden Prabowo Subianto. Menurutnya, pemerintah bekerja dengan baik.',
    want: [['nya', 'Eddy Soeparno']],
  },
  {
    what: 'the agent of a passive credit is whom a later pronoun points back to; a name in an object is not',
    text: 'Pernyataan itu disampaikan Menteri Keuangan Purbaya Yudhi Sadewa dalam rapat bersama Sri Wahyuni di Jakarta. Menurutnya, inflasi masih terkendali.',
    want: [['nya', 'Purbaya Yudhi Sadewa']],
  },
  {
    what: 'a name after an institution\'s head word is no person a pronoun points back to; after a word ending a company\'s name it is a person',
    text: 'Gubernur Sumatera Selatan Herman Deru meninjau rumah sakit. Seperti RSUD Siti Fatimah menjadi rujukan layanan jantung. "Kami ingin layanan ini membantu masyarakat," katanya. Direktur PT Waskita Karya (Persero) Tbk Haris Gunawan mengatakan, ruas itu diminati investor.',
    want: [['nya', 'Herman Deru'], ['Haris Gunawan', 'Haris Gunawan']],
  },
  {
    what: 'an office whose holder\'s name the text lost (two commas, a spaced comma) speaks as a description, not its place or body, named by the one person the article gives that role; a later writing of the office still finds the name',
    text: 'Kapolsek Sumur Bandung, , menyebut pelaku sudah ditangkap. Direktur Utama Perum Bulog ,menjelaskan stok beras aman. Menurut pelatih Persib Bandung, ,, timnya siap bertanding. Pelatih Persib Bandung, Robert Alberts, hadir di Cibinong. "Kami siap," kata pelatih asal Belanda itu.',
    want: [['Kapolsek Sumur Bandung', null], ['Direktur Utama Perum Bulog', null], ['pelatih Persib Bandung', 'Robert Alberts'], ['pelatih asal Belanda itu', 'Robert Alberts']],
  },
  {
    what: 'an office holding `dan` or `&` between capitalised words runs on to the name after it; a body named after the `dan` is no name',
    text: '"Kita akan menerima mahasiswa sebanyak itu," ujar Pembantu Rektor III Universitas Sains dan Teknologi Jayapura (USTJ) Isak Rumbarar, di Jayapura. Menurut Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram) Kemenhub Risal Wasal, standar idealnya tidak lebih 10 persen. "Kami memecahkan permasalahan global," ujar Unit Manager Communication Relations & CSR Pertamina MOR III Dewi Sri Utami. Namun, menurut Kepala Biro Komunikasi dan Layanan Informasi, Kemenkeu, Nufransa Wira Sakti, kenaikan itu sudah dikaji.',
    want: [['Isak Rumbarar', 'Isak Rumbarar'], ['Risal Wasal', 'Risal Wasal'], ['Dewi Sri Utami', 'Dewi Sri Utami'], ['Nufransa Wira Sakti', 'Nufransa Wira Sakti']],
  },
  {
    what: 'a role noun before bodies joined by `dan` and a demonstrative is one description, named by whom it describes',
    text: 'Pelatih timnas Indonesia Simon McMenemy memimpin latihan di Bali. "Kami siap," tegas mantan pelatih Bhayangkara FC dan Timnas Filipina tersebut.',
    want: [['mantan pelatih Bhayangkara FC dan Timnas Filipina tersebut', 'Simon McMenemy']],
  },
  {
    what: 'an office closed by its bracketed short form, then a comma, is the office of the name after the comma',
    text: '"Kami siaga," kata relawan Badan Penanggulangan Bencana (Baguna), Cecep Rosojati, Selasa (17/9/2019). Menurut dia, warga aman.',
    want: [['Cecep Rosojati', 'Cecep Rosojati'], ['dia', 'Cecep Rosojati']],
  },
  {
    what: 'an office after a post cue that runs over commas, `dan`, `dari`, or `di`/`pada` before a comma or between capitalised words, to a tagged name: the name speaks; not a name after `pada` right after the speaker, nor after `di` and a place',
    text: '"Hujan masih rendah," kata Ketua Fraksi Gerindra di DPR, Edhy Prabowo dalam Rapat Paripurna. "Informasi disampaikan," kata Kabid Hubungan Media dan Kehumasan pada Puspenkum Kejagung RI Irwan Datuiding, Sabtu (6/9/2025). "Serangan ini bertujuan mengacaukan keamanan kawasan," ujar MBS pada Pompeo. "Segala usaha sudah dilakukan," ujar Presiden Joko Widodo di Pangkalan TNI AU Roesmin Nurjadin, Kota Pekanbaru.',
    want: [['Edhy Prabowo', 'Edhy Prabowo'], ['Irwan Datuiding', 'Irwan Datuiding'], ['MBS', null], ['Joko Widodo', 'Joko Widodo']],
  },
  {
    what: 'a name set off by commas after an office opening its sentence, then its verb, is a subject a later description points back to; not a name set off after an object\'s office',
    text: '"Kami kalah," kata Budi Santoso. Gelandang Arsenal, Dani Ceballos, memuji kualitas Liverpool. Pesepakbola berpaspor Spanyol itu mengaku belum pernah melihat tim sebagus Liverpool. Itu sebabnya, dia meminta manajer City, Pep Guardiola, segera memainkan Cancelo. "Sudah saatnya Joao Cancelo dimainkan," katanya.',
    want: [['Budi Santoso', 'Budi Santoso'], ['Pesepakbola berpaspor Spanyol itu', 'Dani Ceballos'], ['nya', 'Dani Ceballos']],
  },
  {
    what: 'the dot of a short title abbreviation inside the office phrase ends no sentence; a dot after an office closing the attribution does',
    text: '"Kami siaga," kata Plt. Kepala Pusat Data, Informasi, dan Humas Badan Nasional Penanggulangan Bencana (BNPB) Agus Wibowo dalam siaran tertulis. "Senpi itu dibeli," kata Jaksa.,Akhirnya Helmi Kurniawan membawa senjata itu.',
    want: [['Agus Wibowo', 'Agus Wibowo'], ['Jaksa', null]],
  },
  {
    what: 'a pronoun after a speaker read as an office is the name ending the post cue\'s office phrase',
    text: '"Panas banget itu disebabkan, satu kelembaban rendah," kata Kabid Diseminasi Informasi Iklim dan Kualitas Udara Badan Meteorologi, Klimatologi dan Geofisika (BMKG), Hary T Djatmiko saat dihubungi, Selasa (10/9/2019). Selain itu, kata dia, matahari berada di sekitar garis khatulistiwa.',
    want: [['Hary T Djatmiko', 'Hary T Djatmiko'], ['dia', 'Hary T Djatmiko']],
  },
  {
    what: 'a pronoun after a speaker whose name the text lost: not the agent of a passive that is no speech verb\'s',
    text: '"Sudah. Tapi masih belum detail," ujar adik , , saat diwawancarai. Semua upaya hukum yang tersedia akan dipakai Imam Nahrawi untuk membuktikannya. "Itu harus diopinikan bersama-sama," jelasnya.',
    want: [['adik', null], ['nya', null]],
  },
  {
    what: 'a lower-case role or group head before a capitalised word, then a comma: the person named after the comma speaks; a birthplace after the comma is no one',
    text: 'Dua pemain Persib mengalami luka. "Pendarahannya cukup banyak," ujar dokter tim Persib, Rafy Ghani. "Kalau Febri lukanya hanya sedikit," ucapnya. "Asapnya sudah mulai mengganggu," keluh warga Berau, Anisa. Lili Pintauli Siregar hadir di DPR. "Memang saya tidak seperti advokat yang sangat wah," urai perempuan kelahiran Tanjung Pandan, Bangka Belitung, 9 Februari 1966 ini.',
    want: [['Rafy Ghani', 'Rafy Ghani'], ['nya', 'Rafy Ghani'], ['Anisa', 'Anisa'], ['Tanjung Pandan', null]],
  },
  {
    what: 'an anonymous opener that goes on to name the one it introduces is that person; not a name after a lower-case word, nor after a name in an earlier group',
    text: 'Laporan pertama datang dari warga. Seorang tetangga bernama Wati menyebut, KC memang jarang ada di rumah. "Saya tidak kenal," katanya. Salah satu anggota Fraksi Partai Gerindra Wihadi Wiyanto mengatakan, revisi itu penting. Seorang pejabat pemerintahan Trump mengatakan, Iran bertanggung jawab. Ria, salah satu mahasiswa dari Fakultas Matematika dan Ilmu Pengetahuan Alam Unhas mengatakan, harga makanan naik.',
    want: [['Wati', 'Wati'], ['nya', 'Wati'], ['Wihadi Wiyanto', 'Wihadi Wiyanto'], ['Seorang pejabat pemerintahan Trump', null], ['Ria', 'Ria']],
  },
  {
    what: 'a comma left by a lost link right after a cue: a tagged name after it speaks; with none, the quote goes on from the one before',
    text: 'Menteri PUPR hadir di Senayan. "Anggaran itu cukup," kata , Basuki Hadimuljono dalam keterangan tertulis, Rabu. "Harga naik," kata , di Jakarta, Senin.',
    want: [['Basuki Hadimuljono', 'Basuki Hadimuljono'], ['Basuki Hadimuljono', 'Basuki Hadimuljono']],
  },
  {
    what: 'a team\'s age group before a coach\'s name (U-19, U19) is no part of the speaker\'s name',
    text: 'Menurut pelatih timnas Indonesia U-19 Fakhri Husaini ada beberapa aspek yang telah dibenahi. "Kami siap," kata Fakhri.',
    want: [['Fakhri Husaini', 'Fakhri Husaini'], ['Fakhri', 'Fakhri Husaini']],
  },
  {
    what: 'a possessor word with -nya as the whole speaker phrase is the clitic\'s person (diungkapkan olehnya, Menurut pandangannya)',
    text: 'Pengamat politik Pangi Syarwi Chaniago hadir di Jakarta. "Pemilihan itu terbuka," kata Pangi. Menurut pandangannya, Tamsil merupakan sosok yang kuat. Hal itu diungkapkan olehnya saat diskusi di Jakarta.',
    want: [['Pangi', 'Pangi Syarwi Chaniago'], ['olehnya', 'Pangi Syarwi Chaniago'], ['pandangannya', 'Pangi Syarwi Chaniago']],
  },
  {
    what: 'a nickname the article gives is named by the person\'s full name',
    text: 'Ketua Umum Partai Demokrat Susilo Bambang Yudhoyono (SBY) hadir di Cikeas, Minggu. "Kami siap mendukung pemerintah," kata SBY.',
    want: [['SBY', 'Susilo Bambang Yudhoyono']],
  },
  {
    what: 'a pronoun after a nickname speaker is named by the full name too',
    text: 'Ketua Umum Partai Demokrat Susilo Bambang Yudhoyono (SBY) hadir di Cikeas, Minggu. "Kami siap mendukung pemerintah," kata SBY. "Kami juga siap memberi masukan," ujarnya.',
    want: [['SBY', 'Susilo Bambang Yudhoyono'], ['nya', 'Susilo Bambang Yudhoyono']],
  },
  {
    what: 'a source credit names no speaker: before the subject (seperti dikutip dari) or after a post cue (dilansir)',
    text: 'Seperti dikutip dari Reuters, kemarin, juru bicara perusahaan mengatakan produksi akan dihentikan. "Kami masih menunggu hasil penyelidikan," kata perusahaan itu dilansir Bloomberg, Minggu.',
    want: [['juru bicara perusahaan', null], ['perusahaan itu', null]],
  },
  {
    what: 'a tagged name after a kinship or client word is whom the earlier name is related to (ayah dari, kuasa hukum)',
    text: 'Sutrisno ayah dari Rina mengatakan anaknya belum pulang sejak Senin. Rudi Hartono kuasa hukum Budi Santoso mengatakan kliennya tidak bersalah.',
    want: [['Sutrisno', 'Sutrisno'], ['Rudi Hartono', 'Rudi Hartono']],
  },
  {
    what: 'whom the speaker agrees with (Senada dengan X, ...) is no speaker, but a name before dengan is a subject',
    text: 'Senada dengan Karding, Ketua Komisi I DPR Abdul Kharis Almasyhari mengatakan pemerintah harus segera mengatasi kebakaran.',
    want: [['Abdul Kharis Almasyhari', 'Abdul Kharis Almasyhari']],
  },
  {
    what: 'a fronted group opening with a preposition is no speaker when a subject follows it (Di Times Square, seorang petugas ...)',
    text: 'Di Times Square, seorang petugas polisi yang berjaga memperkirakan lebih dari 20.000 orang ikut berdemonstrasi.',
    want: [['seorang petugas polisi yang berjaga', null]],
  },
  {
    what: 'an office or organisation name with dan is one speaker, not its last words (Kelautan dan Perikanan, Dagang dan Industri)',
    text: 'Menteri Kelautan dan Perikanan mengatakan ekspor ikan naik tahun ini. "Kami optimistis," ujar Wakil Ketua Umum Kamar Dagang dan Industri.',
    want: [['Menteri Kelautan dan Perikanan', null], ['Wakil Ketua Umum Kamar Dagang dan Industri', null]],
  },
  {
    what: 'an acronym the tagger reads as an organisation, between an office and a name, is no initial of the name',
    text: 'Gubernur BI Perry Warjiyo mengatakan inflasi masih terkendali. "Kami optimistis," kata Perry di Jakarta, Senin (2/9/2019).',
    want: [['Perry Warjiyo', 'Perry Warjiyo'], ['Perry', 'Perry Warjiyo']],
  },
  {
    what: 'an abbreviated office alone (Menhub) is the office holder named after it earlier, or no one, never a name',
    text: 'Menteri Perhubungan (Menhub) Budi Karya Sumadi meninjau Bandara Soekarno-Hatta, Senin. "Runway 3 siap dipakai," kata Menhub. Dalam rapat itu, Menag menyampaikan bahwa kuota haji bertambah.',
    want: [['Menhub', 'Budi Karya Sumadi'], ['Menag', null]],
  },
  {
    what: 'a country written short, an armed group or a company of one word speaks with no person name',
    text: 'Arab Saudi mengatakan produksi minyak pulih pekan ini. Houthi mengklaim serangan itu. Instagram menyatakan fitur baru segera hadir.',
    want: [['Arab Saudi', null], ['Houthi', null], ['Instagram', null]],
  },
  {
    what: 'a short form bracketed after a person or an organisation names that person, or no one',
    text: 'Menteri Sosial Saifullah Yusuf (Gus Ipul) menyebut bansos sudah cair. "Kami kerja cepat," kata Gus Ipul. Bank Indonesia (BI) menyebut inflasi terkendali. "Kami optimistis," ujar BI.',
    want: [['Saifullah Yusuf', 'Saifullah Yusuf'], ['Ipul', 'Saifullah Yusuf'], ['BI', null], ['BI', null]],
  },
  {
    what: 'one capitalised word the article also writes in lower case is a common noun, no name (Pasal, Rumor)',
    text: 'Rumor mengatakan ponsel itu akan memiliki layar 6,7 inci. Namun rumor itu belum dikonfirmasi produsennya.',
    want: [['Rumor', null]],
  },
  {
    what: 'English office words are no name (Corporate Communications Strategic of ...)',
    text: '"Iya, karena ada kabut asap," kata Corporate Communications Strategic of Lion Air Group, Danang Mandala Prihantoro, Jumat.',
    want: [['Danang Mandala Prihantoro', 'Danang Mandala Prihantoro']],
  },
  {
    what: 'a country (data/id/places-countries.txt) speaks for its government, with no person name',
    text: 'Pemerintah Yaman mengatakan serangan itu tidak terkait dengan kelompok mana pun. Brasil mengatakan akan mengirim bantuan ke wilayah itu.',
    want: [['Pemerintah Yaman', null], ['Brasil', null]],
  },
  {
    what: 'a city name that is the first word of a person named in the article is that person',
    text: 'Pelatih Perseru Badak Lampung FC, Milan Petrovic, mengakui timnya belum siap menghadapi PSM. "Kami akan bermain bertahan," kata Milan saat konferensi pers, Sabtu (14/9/2019).',
    want: [['Milan Petrovic', 'Milan Petrovic'], ['Milan', 'Milan Petrovic']],
  },
  {
    what: 'an office holding `dan` after a post cue is read whole, up to the name',
    text: '"Kami akan memeriksa semua pihak yang terlibat," ujar Direktur Penyidikan dan Penuntutan KPK Rudi Hartono di Jakarta, Senin.',
    want: [['Rudi Hartono', 'Rudi Hartono']],
  },
  {
    what: 'an office holding `dan` after a post cue, then the name in the next comma group',
    text: '"Bandara tetap beroperasi normal," kata Kepala Biro Komunikasi dan Informasi Publik Kemenhub, Dedi Kurniawan, Senin.',
    want: [['Dedi Kurniawan', 'Dedi Kurniawan']],
  },
  {
    what: 'an office and its holder, then a day in its own comma group before the cue: the holder speaks',
    text: 'Kapolres Bogor AKBP Andi Susanto, Senin (12/8), mengatakan pelaku sudah ditangkap di rumahnya.',
    want: [['AKBP Andi Susanto', 'AKBP Andi Susanto']],
  },
  {
    what: 'an office holder, a place and a day before the cue',
    text: 'Kepala Dinas Pendidikan Rudi Hartono di Bandung, Rabu, mengatakan sekolah akan dibuka kembali pekan depan.',
    want: [['Rudi Hartono', 'Rudi Hartono']],
  },
  {
    what: 'an expert with an academic degree after a comma: the expert speaks, not the degree',
    text: 'Ahli gizi dr. Rina Wulandari, M.Hum mengatakan, anak-anak membutuhkan protein setiap hari.',
    want: [['Rina Wulandari', 'dr. Rina Wulandari']],
  },
  {
    what: 'initials before a name are no degree',
    text: 'Dalam salah satu bukunya, B.J. Habibie mengungkapkan bahwa ilmu dan agama harus berjalan bersama.',
    want: [['B.J. Habibie', 'B.J. Habibie']],
  },
  {
    what: 'a circumstantial group after a common-noun subject is no speaker: the subject speaks',
    text: 'Sementara itu, jaksa , dalam sidang sebelumnya menyebut terdakwa menerima uang suap dari kontraktor.',
    want: [['jaksa', null]],
  },
  {
    what: 'a sentence adverb before a circumstantial group is no speaker either: the circumstantial reading stays',
    text: 'Akan tetapi, melalui video tanya jawab, menjelaskan bahwa kondisinya kini sudah semakin membaik.',
    want: [['melalui video tanya jawab', null]],
  },
  {
    what: 'two names joined by `dan` after a post cue: the phrase still ends at `dan`',
    text: 'Rudi Hartono dan Sinta Dewi hadir di acara itu. "Kami siap membantu," kata Rudi dan Sinta.',
    want: [['Rudi', 'Rudi Hartono']],
  },
  {
    what: 'a neighbour of someone named: the name in the next comma group speaks',
    text: 'Tetangga korban Budi Santoso, Rahmat, mengatakan bahwa rumah itu sudah lama kosong.',
    want: [['Rahmat', 'Rahmat']],
  },
  {
    what: 'the counsel of someone named: the counsel speaks',
    text: 'Kuasa hukum Andi Saputra, Yusuf Halim, mengatakan kliennya akan mengajukan banding.',
    want: [['Yusuf Halim', 'Yusuf Halim']],
  },
  {
    what: 'an office, a comma group emptied by a lost link, then the name',
    text: 'Direktur Reserse Kriminal Umum ,, Kombes Hendra Gunawan menyebut kasus ini merupakan pengembangan kasus penipuan.',
    want: [['Kombes Hendra Gunawan', 'Kombes Hendra Gunawan']],
  },
  {
    what: 'an office, its village, then the name',
    text: 'Kepala Lingkungan 3, Kelurahan Sei Agul, Rizal Effendi, mengatakan bahwa banjir sudah surut sejak pagi.',
    want: [['Rizal Effendi', 'Rizal Effendi']],
  },
  {
    what: 'an office and its village, no name: the village is no person',
    text: 'Kepala Lingkungan 3, Kelurahan Sei Agul, mengatakan bahwa banjir sudah surut sejak pagi.',
    want: [['Kelurahan Sei Agul', null]],
  },
  {
    what: 'a name after an institution word stays a name',
    text: 'Anggota Komisi III DPR Arsul Sani mengatakan revisi itu perlu dibahas lagi.',
    want: [['Arsul Sani', 'Arsul Sani']],
  },
  {
    what: 'a run the tagger did not take for a person gives way to a tagged name in a later group',
    text: 'Ketua Umum Ikatan Petani Kopi, Tenaga Penyuluh, dan Pekebun Nusantara (IPKN) Bambang Sutrisno mengatakan, harga kopi turun sejak bulan lalu.',
    want: [['Bambang Sutrisno', 'Bambang Sutrisno']],
  },
  {
    what: 'a credit to an office, a comma group emptied by a lost link, then the name',
    text: 'Pemerintah harus segera membenahi sistem pendidikan dasar. Demikian diungkapkan oleh Wakil Rektor ,, Hendra Kusuma, dalam diskusi di Jakarta, Kamis.',
    want: [['Hendra Kusuma', 'Hendra Kusuma']],
  },
  {
    what: 'an office holding commas is not cut into a name (Sains): the tagged name ending it speaks',
    text: 'Malaysia siap membantu memadamkan kebakaran hutan. Hal itu disampaikan Menteri Energi, Sains, Teknologi, Lingkungan, dan Perubahan Iklim Malaysia (Mestecc), Yeo Bee Yin.',
    want: [['Yeo Bee Yin', 'Yeo Bee Yin']],
  },
  {
    what: 'an office, a comma, then a name the tagger may miss',
    text: '"Kami akan terus memantau kondisi bandara," kata Dirjen Perhubungan Udara, Polana B Pramesti.',
    want: [['Polana B Pramesti', 'Polana B Pramesti']],
  },
  {
    what: 'a verb after the name after a post cue ends the speaker phrase (passive)',
    text: '"Ini contoh yang baik bagi sekolah lain," ujar Syafii disambut senyum Susana.',
    want: [['Syafii', 'Syafii']],
  },
  {
    what: 'a verb after the name after a post cue ends the speaker phrase (active)',
    text: '"Kenapa kamu hina aku?" ujar Agus menirukan Budi Santoso, Rabu.',
    want: [['Agus', 'Agus']],
  },
  {
    what: 'a pronoun continues the last speaker past a name in an object clause',
    text: 'Kapolres Bogor AKBP Andi Susanto mengatakan pelaku sudah ditangkap. Ia meminta Bripka Yoga Pratama menjaga lokasi kejadian. "Kami masih mencari barang bukti lain," ujarnya.',
    want: [['AKBP Andi Susanto', 'AKBP Andi Susanto'], ['nya', 'AKBP Andi Susanto']],
  },
  {
    what: 'a pronoun continues the last speaker past a name in a subordinate clause',
    text: 'Ketua RT setempat, Rahmat Hidayat, mengatakan banjir datang tengah malam. Warga lalu mengungsi agar Siti Aminah tidak terjebak di rumahnya. "Airnya naik cepat sekali," katanya.',
    want: [['Rahmat Hidayat', 'Rahmat Hidayat'], ['nya', 'Rahmat Hidayat']],
  },
  {
    what: 'a person made the subject of a sentence takes over from the last speaker',
    text: 'Kapolres Bogor AKBP Andi Susanto mengatakan pelaku sudah ditangkap. Sementara itu, Bupati Bogor Ade Yasin meminta warga tetap tenang. "Kami akan membantu para korban," ujarnya.',
    want: [['AKBP Andi Susanto', 'AKBP Andi Susanto'], ['nya', 'Ade Yasin']],
  },
];

for (const c of cases) {
  test(`quotes speaker names: ${c.what}`, () => {
    const quotes = analyze({ text: c.text }).layers.quotes ?? [];
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker_name]), c.want);
  });
}

// What a cue verb reports (full pipeline): accounts told as noun phrases, 'ensure' readings and adverbs read as
// speakers are no reports; a clause after a story verb still is.
const reports: Array<{ what: string; text: string; want: Array<[string | undefined, string]> }> = [
  { what: 'menceritakan + kronologi (an account, a noun phrase)', text: 'Kapolsek Medan Baru Kompol Budi Setiawan menceritakan kronologi kejadian pencurian itu.', want: [] },
  { what: 'menceritakan + kisah', text: 'Sutradara Riri Riza menceritakan kisah perjuangan seorang guru di pedalaman Papua.', want: [] },
  { what: 'menyampaikan mosi tidak percaya (a motion, a noun phrase)', text: 'Fraksi Gerindra menyampaikan mosi tidak percaya terhadap Ketua DPRD Sumut.', want: [] },
  { what: 'membantu memastikan (ensure, not confirm)', text: 'Relawan membantu memastikan bahwa semua pengungsi mendapat makanan.', want: [] },
  { what: 'an adverb is no speaker', text: 'Tak hanya mengisahkan perjuangan para atlet, film itu juga menampilkan keindahan alam Papua.', want: [] },
  { what: 'a told word with a demonstrative is a clause subject', text: 'Menteri itu mengungkapkan pengalaman itu sangat berharga bagi dirinya.', want: [['Menteri itu', 'pengalaman itu sangat berharga bagi dirinya']] },
  { what: 'menceritakan + a clause is a report', text: 'Warga bernama Sugianto menceritakan api sudah membesar saat ia tiba di lokasi.', want: [['Sugianto', 'api sudah membesar saat ia tiba di lokasi']] },
];

for (const c of reports) {
  test(`quotes reports: ${c.what}`, () => {
    const quotes = analyze({ text: c.text }).layers.quotes ?? [];
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.content]), c.want);
  });
}

// Speaker extents and mid-sentence cues (full pipeline).
const extents: Array<{ what: string; text: string; want: Array<[string | undefined, string]> }> = [
  { what: 'an adverb before the cue is no part of the speaker', text: 'Polisi hanya menyebut tidak ada korban luka dalam kejadian tersebut.', want: [['Polisi', 'tidak ada korban luka dalam kejadian tersebut']] },
  { what: 'a fronted source credit names no speaker', text: 'Dilansir AFP, Minggu (19/10/2025), penyelenggara mengatakan sebanyak tujuh juta orang mengikuti demo.', want: [['penyelenggara', 'sebanyak tujuh juta orang mengikuti demo']] },
  { what: 'sebut saja is an idiom, no report', text: 'Sebut saja Gus Teja, Nosstress, dan Balawan yang akan tampil malam ini.', want: [] },
  {
    what: 'a mid-sentence cue before a capitalised subject keeps the whole sentence',
    text: 'Dalam kaitan kebijakan pemilihan BPK, ujar dia, Golkar juga telah memiliki kebijakan yang jelas.',
    want: [['dia', 'Dalam kaitan kebijakan pemilihan BPK, ujar dia, Golkar juga telah memiliki kebijakan yang jelas']],
  },
  { what: 'menurut before a lower-case title with an abbreviation dot', text: 'Menurut dr. Marudut, kopi campur susu bisa menurunkan nilai gizi susu.', want: [['Marudut', 'kopi campur susu bisa menurunkan nilai gizi susu']] },
  { what: 'menurut with no comma: the tagged name after an office ends the speaker', text: 'Menurut pelatih tim nasional Indonesia Fakhri Husaini ada beberapa aspek yang telah dibenahi.', want: [['Fakhri Husaini', 'ada beberapa aspek yang telah dibenahi']] },
  { what: 'menurut with no comma after a word that is no office is no report', text: 'Menurut kedatangan Joko Widodo bisa menyuntikkan semangat bagi Ria.', want: [] },
  { what: 'sebab opens a clause, no part of the speaker', text: 'Sebab rocker itu mengungkapkan ia dianiaya oleh sang suami.', want: [['rocker itu', 'ia dianiaya oleh sang suami']] },
  { what: 'a fronted sentence adverb is no speaker', text: 'Terlebih, mereka juga menilai sosok Habibie sangat lekat dengan dunia penerbangan.', want: [['mereka', 'sosok Habibie sangat lekat dengan dunia penerbangan']] },
  { what: 'a lone sentence-initial word of verbal shape before an organisation is no name', text: 'Berdasarkan informasi dari Badan Meteorologi Klimatologi dan Geofisika (BMKG) mencatat gempa terjadi pada pukul 21.37 WIB.', want: [['BMKG', 'gempa terjadi pada pukul 21.37 WIB']] },
  { what: 'a fronted phrase of verbal shape is no speaker', text: 'Berdasarkan prestasinya itu, warganet juga menilai nama Habibie layak diabadikan.', want: [['warganet', 'nama Habibie layak diabadikan']] },
  { what: 'a capitalised name after a fronted word of verbal shape keeps the group a speaker', text: 'Terapis nutrisi Jackie Lynch, misalnya, mengatakan sarapan tidak boleh dilewatkan.', want: [['Jackie Lynch', 'sarapan tidak boleh dilewatkan']] },
  { what: 'menurut with no comma: a demonstrative after the name points back to someone else', text: 'Menurut pengacara bos FPI Rizieq Shihab itu pemerintah harus segera bertindak.', want: [] },
  { what: 'a fronted group before a lost subject is read as before', text: 'Melihat perlakuan guru tersebut, akun,pun geram, dan menilai sikap guru tersebut tidak sepantasnya dilakukan.', want: [['Melihat', 'sikap guru tersebut tidak sepantasnya dilakukan']] },
  { what: 'the subject follows a colon before the cue (a list\'s lead-in joined to the paragraph)', text: 'Berikut fakta kecelakaan bus Mira di Nganjuk: ,Kasatlantas Polres Nganjuk, AKP Hegy Renanta mengatakan sopir mobil itu bernama Panji.', want: [['AKP Hegy Renanta', 'sopir mobil itu bernama Panji']] },
  { what: 'a place and date after the speaker are the attribution\'s tail', text: 'Harga beras di pasar itu sudah turun sejak pekan lalu, kata Budi, Senin (9/9).', want: [['Budi', 'Harga beras di pasar itu sudah turun sejak pekan lalu']] },
];

for (const c of extents) {
  test(`quotes extents: ${c.what}`, () => {
    const quotes = analyze({ text: c.text }).layers.quotes ?? [];
    assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.content]), c.want);
  });
}

// A reported clause ends at a full stop the sentence split ran past where the text lost the next sentence's first name.
const lostNames: Array<{ what: string; text: string; want: string[] }> = [
  {
    what: 'a full stop then commas (a lost name) ends the reported clause; an abbreviation\'s dot does not',
    text: 'Kepala sekolah mengatakan belum sempat bertemu dengan siswa itu meski beberapa kali berupaya mencari., , yang menjadi yatim piatu sulit ditemui. Peneliti menjelaskan model itu diadaptasi dari Campbell et al., 1960 oleh Dalton untuk menjelaskan pilihan pemilih.',
    want: ['belum sempat bertemu dengan siswa itu meski beberapa kali berupaya mencari', 'model itu diadaptasi dari Campbell et al., 1960 oleh Dalton untuk menjelaskan pilihan pemilih'],
  },
];

for (const c of lostNames) {
  test(`quotes content: ${c.what}`, () => {
    const quotes = analyze({ text: c.text }).layers.quotes ?? [];
    assert.deepEqual(quotes.map((q) => q.content), c.want);
  });
}
