import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPersons } from './persons.js';
import { handTaggedView as view, type HandEntity as Ent } from './testing/hand-tagged.js';

// Which persons an article names and by which surface forms; roles are tested in persons.test.ts.

// Entities are given by hand (`view`), so these cases test the rules, not the tagger.

const nameCases: Array<{ what: string; text: string; ents: Ent[]; persons: Array<[name: string, mentions: string[]]> }> = [
  {
    what: 'initials after berinisial are a person, and so are their later mentions the tagger read as a body',
    text: 'Polisi menangkap seorang pria berinisial RH di rumahnya di Bogor. RH mengaku menyesal.',
    ents: [['Bogor', 'LOC'], ['RH', 'ORG', 2]],
    persons: [['RH', ['RH']]],
  },
  {
    what: 'initials before a bracketed age are a person (a list of suspects)',
    text: 'Polisi menahan tiga buruh, SH (23), NR (25), dan JT (20 tahun), di Mapolres Pariaman.',
    ents: [['Mapolres Pariaman', 'ORG']],
    persons: [['SH', ['SH']], ['NR', ['NR']], ['JT', ['JT']]],
  },
  {
    what: 'every member of a list of initials after a cue is a person, a country\'s code and initials with dots too',
    text: 'Polisi menangkap tersangka berinisial AS (34), BR dan DI. AS mengaku menyesal. Korban berinisial A.S. dan N. pulih.',
    ents: [['AS', 'LOC'], ['BR', 'ORG'], ['AS', 'LOC', 2]],
    persons: [['AS', ['AS']], ['BR', ['BR']], ['DI', ['DI']], ['A.S.', ['A.S.']], ['N', ['N']]],
  },
  {
    what: 'a list of ages goes on past a known acronym with an age of its own (WPS (48) dan AS (38)), not past one without',
    text: 'Dua kakak beradik, WPS (48) dan AS (38), meninggal. Keduanya, NR (25) dan AS, warga Bekasi.',
    ents: [['AS', 'LOC'], ['AS', 'LOC', 2], ['Bekasi', 'LOC']],
    persons: [['WPS', ['WPS']], ['AS', ['AS']], ['NR', ['NR']]],
  },
  {
    what: 'an untagged name before a bracketed age is a person; a known place, a body word or a law\'s clause is not',
    text: 'Korban adalah Irene Betzy (21), warga Tanjung. Indonesia di atas Inggris (56). Ia dijerat Pasal 55 Ayat (1) dan Pasal 98 Ayat (2) Ayat (3). Usaha Doug Shipsey (53) berhasil.',
    ents: [['Tanjung', 'LOC'], ['Indonesia', 'LOC']],
    persons: [['Irene Betzy', ['Irene Betzy']], ['Doug Shipsey', ['Doug Shipsey']]],
  },
  {
    what: 'a name before an age the tagger read as a body is a person, also where written again; not in a list of counted bodies nor before a tally under 10',
    text: 'Rumah milik Suwaibah (38) terbakar. Suwaibah selamat. Klasemen: Inter Milan (19) dan Juventus (17). Lalu Atalanta (16), AC Milan (16). Napoli (6) keempat. Korban Satimun (28), Imam (40), Rohmadi (40) dan Nasid (37).',
    ents: [['Suwaibah', 'ORG'], ['Suwaibah', 'ORG', 2], ['Inter Milan', 'ORG'], ['Juventus', 'ORG'], ['Atalanta', 'ORG'], ['AC Milan', 'ORG'], ['Napoli', 'ORG'], ['Imam', 'ORG'], ['Nasid', 'ORG']],
    persons: [['Suwaibah', ['Suwaibah']], ['Satimun', ['Satimun']], ['Rohmadi', ['Rohmadi']], ['Nasid', ['Nasid']]],
  },
  {
    what: 'the names after a namer following a person word are persons, whatever the tagger read; not after other words',
    text: 'Wanita itu diketahui bernama Insani Aura Stefani. Seorang teknisi bernama Ujang dan Dadi terluka. Ia membuat aplikasi bernama Siji.',
    ents: [['Insani', 'ORG'], ['Aura Stefani', 'PER'], ['Ujang', 'LOC']],
    persons: [['Insani Aura Stefani', ['Insani Aura Stefani']], ['Ujang', ['Ujang']], ['Dadi', ['Dadi']]],
  },
  {
    what: 'a known acronym before a bracketed count, or initials ending a capitalised name, are no person',
    text: 'Perolehan kursi PKS (50) naik. Kantor Polsek Medan Baru (2) dan Desa Suka Maju BB (3) juga disebut.',
    ents: [['PKS', 'ORG'], ['Polsek Medan Baru', 'ORG'], ['Desa Suka Maju', 'LOC']],
    persons: [],
  },
  {
    what: 'a street or hospital named after someone with an honorific or rank is no person (Jalan KH Ahmad Dahlan, RSUPN Dr. Cipto Mangunkusumo)',
    text: 'Operasi pasar digelar di Jalan KH Ahmad Dahlan, Pekanbaru. Korban dirujuk ke RSUPN Dr. Cipto Mangunkusumo. Massa bergerak ke Jalan Brigjen Katamso.',
    ents: [['KH Ahmad Dahlan', 'PER'], ['Pekanbaru', 'LOC'], ['Cipto Mangunkusumo', 'PER'], ['Brigjen Katamso', 'PER']],
    persons: [],
  },
  {
    what: 'a known place right after a body word opens no person\'s name (Polres Binjai Zulkarnain)',
    text: '"Kami masih menyelidiki," kata Kabag Ops Polres Binjai Zulkarnain. Menurut Zulkarnain, warga tidak tahu.',
    ents: [['Binjai Zulkarnain', 'PER'], ['Zulkarnain', 'PER', 2]],
    persons: [['Zulkarnain', ['Zulkarnain']]],
  },
  {
    what: 'a building named after a place-like word keeps its whole name (Gereja Regina Caeli is no person)',
    text: 'Monyet terlihat di dekat Gereja Regina Caeli, Jakarta Utara.',
    ents: [['Regina Caeli', 'PER'], ['Jakarta Utara', 'LOC']],
    persons: [],
  },
  {
    what: 'after a minister\'s title a word naming a body is the portfolio (Wakil Menteri Koperasi Farida Farichah)',
    text: 'Rapat dihadiri Wakil Menteri Koperasi Farida Farichah dan pejabat daerah.',
    ents: [['Farida Farichah', 'PER']],
    persons: [['Farida Farichah', ['Farida Farichah']]],
  },
  {
    what: 'a last name already given to one person does not make a relative the same person (Iriana Jokowi)',
    text: 'Presiden Joko Widodo (Jokowi) dan Ibu Negara Iriana Jokowi salat di Bogor. Jokowi lalu kembali ke Istana.',
    ents: [['Joko Widodo', 'PER'], ['Jokowi', 'PER'], ['Iriana Jokowi', 'PER'], ['Bogor', 'LOC'], ['Jokowi', 'PER', 3]],
    persons: [['Joko Widodo', ['Joko Widodo', 'Jokowi']], ['Iriana Jokowi', ['Iriana Jokowi']]],
  },
  {
    what: 'initials opening both full names still name one person (Bacharuddin Jusuf (BJ) Habibie, BJ Habibie)',
    text: 'Bacharuddin Jusuf (BJ) Habibie wafat. BJ Habibie adalah presiden ketiga.',
    ents: [['Bacharuddin Jusuf', 'PER'], ['BJ Habibie', 'PER']],
    persons: [['Bacharuddin Jusuf', ['Bacharuddin Jusuf', 'BJ', 'BJ Habibie']]],
  },
  {
    what: 'Kang and Mpok are honorifics: the nickname joins the full name (Mpok Elly, Elly Sugigi; Kang Aher)',
    text: 'Pesinetron yang akrab disapa Mpok Elly itu hijrah. Elly Sugigi tak peduli. Gubernur Ahmad Heryawan (Aher) datang. Kang Aher tersenyum.',
    ents: [['Mpok Elly', 'PER'], ['Elly Sugigi', 'PER'], ['Ahmad Heryawan', 'PER'], ['Kang Aher', 'PER']],
    persons: [['Elly Sugigi', ['Mpok Elly', 'Elly Sugigi']], ['Ahmad Heryawan', ['Ahmad Heryawan', 'Aher', 'Kang Aher']]],
  },
  {
    what: 'a province or a country opening a person span is context (Aceh Nurzahri, Jepang Kento Momota, Amerika Serikat Beiwen Zhang; Jordan Henderson stays)',
    text: 'Kepala Dinas Kesehatan Aceh Nurzahri hadir. Tunggal putra Jepang Kento Momota menang atas wakil Amerika Serikat Beiwen Zhang. Jordan Henderson menonton.',
    ents: [['Aceh Nurzahri', 'PER'], ['Jepang Kento Momota', 'PER'], ['Amerika Serikat Beiwen Zhang', 'PER'], ['Jordan Henderson', 'PER']],
    persons: [['Nurzahri', ['Nurzahri']], ['Kento Momota', ['Kento Momota']], ['Beiwen Zhang', ['Beiwen Zhang']], ['Jordan Henderson', ['Jordan Henderson']]],
  },
  {
    what: 'a degree after the name is in the mention as written but not in the name (Susana SPd, Wahyu Kurnia SKM MKM; Jack Ma keeps Ma)',
    text: 'Kepala sekolah Susana SPd mengatakan siswa aman. Menurut Susana, kegiatan berjalan. Ketua panitia Wahyu Kurnia SKM MKM hadir bersama Jack Ma.',
    ents: [['Susana SPd', 'PER'], ['Susana', 'PER', 2], ['Wahyu Kurnia', 'PER'], ['Jack Ma', 'PER']],
    persons: [['Susana', ['Susana SPd', 'Susana']], ['Wahyu Kurnia', ['Wahyu Kurnia SKM MKM']], ['Jack Ma', ['Jack Ma']]],
  },
  {
    what: 'a common word opening a sentence before a name is no given name (Adapun Rahmat Irianto, Gol Beto Goncalves; Pantas Nainggolan stays)',
    text: 'Rapat berjalan lancar. Adapun Rahmat Irianto tidak hadir. Gol Beto Goncalves menyamakan kedudukan. Pantas Nainggolan memimpin sidang.',
    ents: [['Adapun Rahmat Irianto', 'PER'], ['Gol Beto Goncalves', 'PER'], ['Pantas Nainggolan', 'PER']],
    persons: [['Rahmat Irianto', ['Rahmat Irianto']], ['Beto Goncalves', ['Beto Goncalves']], ['Pantas Nainggolan', ['Pantas Nainggolan']]],
  },
  {
    what: 'a person the tagger ran into a known body is cut out of it when named elsewhere (Kementerian Perhubungan Sidratul Muntaha)',
    text: 'Pernyataan itu disampaikan Kepala Pusat Kementerian Perhubungan Sidratul Muntaha di Jakarta. Menurut Sidratul, pelaut wajib bersertifikat.',
    ents: [['Kementerian Perhubungan Sidratul Muntaha', 'ORG'], ['Jakarta', 'LOC'], ['Sidratul', 'PER', 2]],
    persons: [['Sidratul Muntaha', ['Sidratul Muntaha', 'Sidratul']]],
  },
  {
    what: 'a person the tagger ran into a company ending in a country is cut out of it when named elsewhere (PT Bank DBS Indonesia Anthonius Sehonamin)',
    text: 'Direktur PT Bank DBS Indonesia Anthonius Sehonamin mengatakan kredit tumbuh. "Kami optimistis," ujar Anthonius.',
    ents: [['PT Bank DBS Indonesia Anthonius Sehonamin', 'ORG'], ['Anthonius', 'PER', 2]],
    persons: [['Anthonius Sehonamin', ['Anthonius Sehonamin', 'Anthonius']]],
  },
  {
    what: 'the body or region of an office the tagger ran into a name goes when the article writes the name alone (Kejati Jatim Kuntadi, Batam Suratman)',
    text: 'Kepala Kejati Jatim Kuntadi mengatakan sinergi itu penting. Kuntadi menambahkan, kerja sama berlanjut. Kepala Seksi Data BMKG Hang Nadim, Batam Suratman, mengatakan asap menipis. Menurut Suratman, hujan turun.',
    ents: [['Kejati Jatim Kuntadi', 'PER'], ['Kuntadi', 'PER', 2], ['BMKG Hang Nadim', 'ORG'], ['Batam Suratman', 'PER'], ['Suratman', 'PER', 2]],
    persons: [['Kuntadi', ['Kuntadi']], ['Suratman', ['Suratman']]],
  },
  {
    what: 'a head naming nothing known goes after an office before a full name written alone, not a first name written twice (Lurah Cipayung Tomi Patria; Angel Di Maria)',
    text: 'Lurah Cipayung Tomi Patria hadir. Tomi Patria mengatakan warga aman. Penyerang Angel Di Maria mencetak gol. Penyerang Angel Di Maria senang. Di Maria tersenyum.',
    ents: [['Lurah Cipayung Tomi Patria', 'PER'], ['Tomi Patria', 'PER', 2], ['Angel Di Maria', 'PER'], ['Angel Di Maria', 'PER', 2], ['Di Maria', 'PER', 3]],
    persons: [['Tomi Patria', ['Tomi Patria']], ['Angel Di Maria', ['Angel Di Maria', 'Di Maria']]],
  },
  {
    what: 'a city that is also a given name stays when the article writes it alone, and foreign cities never go (Bima Arya, Vladimir Putin)',
    text: 'Wali Kota Bogor Bima Arya meninjau lokasi. Arya lalu pulang. Bima mengatakan banjir surut. Presiden Vladimir Putin tiba. Putin tersenyum.',
    ents: [['Bogor', 'LOC'], ['Bima Arya', 'PER'], ['Arya', 'PER'], ['Bima', 'PER'], ['Vladimir Putin', 'PER'], ['Putin', 'PER']],
    persons: [['Bima Arya', ['Bima Arya', 'Bima', 'Arya']], ['Vladimir Putin', ['Vladimir Putin', 'Putin']]],
  },
  {
    what: 'a name misspelt around an apostrophe is the same person, named as written most (Ma\'aruf Amin, Ma\'ruf Amin)',
    text: "Wakil Presiden Terpilih Ma'aruf Amin menjenguk Habibie. Setelah itu Ma'ruf Amin mendoakan. Ma'ruf Amin lalu pulang.",
    ents: [["Ma'aruf Amin", 'PER'], ['Habibie', 'PER'], ["Ma'ruf Amin", 'PER'], ["Ma'ruf Amin", 'PER', 2]],
    persons: [["Ma'ruf Amin", ["Ma'aruf Amin", "Ma'ruf Amin"]], ['Habibie', ['Habibie']]],
  },
  {
    what: 'a name written with no-break spaces is named with plain ones, its mentions as written (Sambusir\u00a0Yusuf)',
    text: 'Kepala Desa Sambusir\u00a0Yusuf mengatakan api padam. Menurut Sambusir, warga aman.',
    ents: [['Sambusir\u00a0Yusuf', 'PER'], ['Sambusir', 'PER', 2]],
    persons: [['Sambusir Yusuf', ['Sambusir\u00a0Yusuf', 'Sambusir']]],
  },
  {
    what: 'a company ending in a country keeps the unknown words after it when no person is named so (Samsung Electronics Indonesia Galaxy Fest)',
    text: 'Acara PT Samsung Electronics Indonesia Galaxy Fest digelar di Jakarta.',
    ents: [['PT Samsung Electronics Indonesia Galaxy Fest', 'ORG'], ['Jakarta', 'LOC']],
    persons: [],
  },
  {
    what: 'a body whose name ends in words no lexicon knows keeps them when no person is named so (Kuantan Singingi, Youth Choir)',
    text: 'Bupati Kuantan Singingi Soenardi hadir. Paduan suara Kementerian Pendidikan Youth Choir tampil.',
    ents: [['Kuantan Singingi Soenardi', 'LOC'], ['Kementerian Pendidikan Youth Choir', 'ORG']],
    persons: [],
  },
  {
    what: 'the speaker credited after a quotation is a person where the tagger missed him (kata Tunggul.; ujar Ipung saat ...)',
    text: '"Kaki tidak boleh disilangkan," kata Tunggul. "Saya enggak berani," ujar Ipung saat ditemui di rumahnya.',
    ents: [],
    persons: [['Tunggul', ['Tunggul']], ['Ipung', ['Ipung']]],
  },
  {
    what: 'a title or a body after the cue is no speaker name, nor a word after katanya (ujar Corporate Secretary PT ..., katanya Jumat)',
    text: '"Kami siap," ujar Corporate Secretary PT Adhi Karya. "Jarak pandang aman," katanya Jumat, 13 September 2019.',
    ents: [['PT Adhi Karya', 'ORG']],
    persons: [],
  },
  {
    what: 'a name ending in a country as written in Indonesian is a body or its branch (Suzuki Indonesia, Nielsen Singapura); Michael B. Jordan stays',
    text: 'Penjualan Suzuki Indonesia naik. Data Nielsen Singapura menunjukkan hal serupa. Aktor Michael B. Jordan hadir.',
    ents: [['Suzuki Indonesia', 'PER'], ['Nielsen Singapura', 'PER'], ['Michael B. Jordan', 'PER']],
    persons: [['Michael B. Jordan', ['Michael B. Jordan']]],
  },
  {
    what: 'Nabi is an honorific and SAW a blessing after the name: both stay in the mention, not the name (Nabi Muhammad SAW)',
    text: 'Umat diajak meneladani akhlak Nabi Muhammad SAW dalam kehidupan sehari-hari.',
    ents: [['Nabi Muhammad SAW', 'PER']],
    persons: [['Muhammad', ['Nabi Muhammad SAW']]],
  },
  {
    what: 'a one-word name after a minister\'s portfolio is the minister (Menko Politik, Hukum, dan Keamanan Wiranto)',
    text: 'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto menyebutkan sudah ada langkah pengamanan.',
    ents: [['Wiranto', 'PER']],
    persons: [['Wiranto', ['Wiranto']]],
  },
  {
    what: 'the surname alone read as an organisation is still the person named in full (Yanto Basna, Basna)',
    text: 'Timnas memanggil Victor Igbonefo dan Yanto Basna. Basna bermain di Thailand. Pelatih memuji Basna.',
    ents: [['Victor Igbonefo', 'PER'], ['Yanto Basna', 'PER'], ['Basna', 'ORG', 2], ['Thailand', 'LOC'], ['Basna', 'ORG', 3]],
    persons: [['Victor Igbonefo', ['Victor Igbonefo']], ['Yanto Basna', ['Yanto Basna', 'Basna']]],
  },
  {
    what: 'a full person name is not the city its first word names (Bima Sakti Tukiman, Bima)',
    text: 'Pelatih timnas U-16, Bima Sakti Tukiman, membeberkan menu latihan. Bima mengatakan pemain siap.',
    ents: [['Bima Sakti Tukiman', 'PER'], ['Bima', 'PER', 2]],
    persons: [['Bima Sakti Tukiman', ['Bima Sakti Tukiman', 'Bima']]],
  },
  {
    what: 'a word ending a company\'s name names no one after it (... (Persero) Tbk Herry Sidharta)',
    text: 'Direktur Utama PT Bank Negara Indonesia (Persero) Tbk Herry Sidharta berharap suku bunga turun.',
    ents: [['PT Bank Negara Indonesia', 'ORG'], ['Herry Sidharta', 'PER']],
    persons: [['Herry Sidharta', ['Herry Sidharta']]],
  },
  {
    what: 'a one-word name opening a sentence stays a person though the root list holds it (Jokowi, Agus), unless the article writes it in lower case (Bagus ... bagus)',
    text: 'Kabinet Kerja segera berakhir. Jokowi memang akan melanjutkan jabatannya. Bagus sekali hasilnya. Menurut warga, hasilnya bagus.',
    ents: [['Jokowi', 'PER'], ['Bagus', 'PER']],
    persons: [['Jokowi', ['Jokowi']]],
  },
  {
    what: 'holy books are no persons (Alquran), nor a conjunction opening a sentence (Guna)',
    text: 'Santri belajar membaca Alquran setiap hari. Guna mendapatkan hasil terbaik, mereka berlatih.',
    ents: [['Alquran', 'PER'], ['Guna', 'PER']],
    persons: [],
  },
  {
    what: 'the given name alone read as an organisation is still the person named in full (Eggi Sudjana, Eggi)',
    text: 'Polisi memeriksa Eggi Sudjana. Eggi datang bersama kuasa hukumnya. Eggi membantah tuduhan itu.',
    ents: [['Eggi Sudjana', 'PER'], ['Eggi', 'ORG', 2], ['Eggi', 'ORG', 3]],
    persons: [['Eggi Sudjana', ['Eggi Sudjana', 'Eggi']]],
  },
  {
    what: 'initials given in brackets after a person stay that person when the tagger reads them as a body (Bambang Irianto (BTO))',
    text: 'KPK menetapkan Bambang Irianto (BTO) sebagai tersangka. BTO diduga menerima suap. Penyidik memeriksa BTO.',
    ents: [['KPK', 'ORG'], ['Bambang Irianto', 'PER'], ['BTO', 'ORG', 2], ['BTO', 'ORG', 3]],
    persons: [['Bambang Irianto', ['Bambang Irianto', 'BTO']]],
  },
  {
    what: 'the body-place rule holds where the tagger typed the span a place (Polres Binjai Zulkarnain read as LOC)',
    text: '"Kami masih menyelidiki," kata Kabag Ops Polres Binjai Zulkarnain. Menurut Zulkarnain, warga tidak tahu.',
    ents: [['Binjai Zulkarnain', 'LOC'], ['Zulkarnain', 'PER', 2]],
    persons: [['Zulkarnain', ['Zulkarnain']]],
  },
  {
    what: 'a body or place named with a word that says so is no person (Magazine, Theater), and a person joined with one keeps the person',
    text: 'Pebalap Max Verstappen (Red Bull Racing) finis kedua di Monza. Laporan Smithsonian Magazine menyebut peluncuran digelar di Steve Jobs Theater.',
    ents: [['Max Verstappen', 'PER'], ['Red Bull Racing', 'PER'], ['Monza', 'LOC'], ['Smithsonian Magazine', 'PER'], ['Steve Jobs Theater', 'PER']],
    persons: [['Max Verstappen', ['Max Verstappen']]],
  },
  {
    what: 'a place opening with its place word stays a place even when its short form joins it (Bandara Rahadi Oesman)',
    text: 'Bandara Rahadi Oesman di Ketapang ditutup. Penerbangan dari Rahadi Oesman dialihkan.',
    ents: [['Bandara Rahadi Oesman', 'PER'], ['Ketapang', 'LOC'], ['Rahadi Oesman', 'PER', 2]],
    persons: [],
  },
  {
    what: 'a maker or a group of banks named by one word is no person (Benz, Himbara)',
    text: 'Penjualan Benz naik tahun ini. Kredit dari Himbara juga tumbuh, kata Rudi Hartono.',
    ents: [['Benz', 'PER'], ['Himbara', 'PER'], ['Rudi Hartono', 'PER']],
    persons: [['Rudi Hartono', ['Rudi Hartono']]],
  },
  {
    what: 'a nickname in quotes inside a name makes one person, where the tagger split it at the quotes',
    text: "Polisi menangkap Andi 'Gilang' Farid Izdihar di Bekasi. Gilang mengaku menyesal.",
    ents: [['Andi', 'PER'], ['Gilang', 'PER'], ['Farid Izdihar', 'PER'], ['Bekasi', 'LOC'], ['Gilang', 'PER', 2]],
    persons: [["Andi 'Gilang' Farid Izdihar", ["Andi 'Gilang' Farid Izdihar", 'Gilang']]],
  },
  {
    what: 'a nickname in quotes inside a name: the first name the tagger left out before the quotes joins it',
    text: 'Anak Joaquin "El Chapo" Guzman ditangkap di Culiacan.',
    ents: [['El Chapo" Guzman', 'PER'], ['Culiacan', 'LOC']],
    persons: [['Joaquin "El Chapo" Guzman', ['Joaquin "El Chapo" Guzman']]],
  },
  {
    what: "a model named after its maker is no person (Mitsubishi Xpander), a rider joined with the maker's team is",
    text: 'Penjualan Mitsubishi Xpander naik. Xpander jadi andalan. Pebalap Alex Rins (Suzuki Ecstar) finis ketiga.',
    ents: [['Mitsubishi Xpander', 'PER'], ['Xpander', 'PER'], ['Alex Rins', 'PER'], ['Suzuki Ecstar', 'PER']],
    persons: [['Alex Rins', ['Alex Rins']]],
  },
  {
    what: 'a head named after the body of common words their office title opens is cut out of the body (Kepala Badan Gizi Nasional ...)',
    text: 'Rapat dihadiri Kepala Badan Gizi Nasional Dadan Hindayana. Pimpinan Pondok Pesantren Al Rabbani Cikeas juga hadir.',
    ents: [['Badan Gizi Nasional Dadan Hindayana', 'ORG'], ['Pondok Pesantren Al Rabbani Cikeas', 'ORG']],
    persons: [['Dadan Hindayana', ['Dadan Hindayana']]],
  },
  {
    what: 'an honorific inside a body span after an office title opens its head name (Rektor Universitas Indonesia Prof ...), not a hospital named after someone',
    text: 'Acara dibuka Rektor Universitas Indonesia Prof Ari Kuncoro. Pasien dirujuk oleh Direktur Rumah Sakit Umum Daerah Dr Soetomo.',
    ents: [['Universitas Indonesia Prof Ari Kuncoro', 'ORG'], ['Rumah Sakit Umum Daerah Dr Soetomo', 'ORG']],
    persons: [['Ari Kuncoro', ['Prof Ari Kuncoro']]],
  },
  {
    what: 'a name read as a body or place each time is a person after a rank or a quote\'s post cue (Irjen Firli, kata Zarco); not a known place or a brand',
    text: 'Pansel menilai capim KPK, Irjen Firli layak. "Saya siap," kata Zarco, Senin. "Aman," kata Uber. "Bagus," ujar Firli.',
    ents: [['Firli', 'ORG'], ['Zarco', 'ORG'], ['Uber', 'ORG'], ['Firli', 'ORG', 2]],
    persons: [['Firli', ['Irjen Firli', 'Firli']], ['Zarco', ['Zarco']]],
  },
  {
    what: 'I or Ni before a Balinese birth-order name opens the name (I Nyoman Suwirta, tagged Suwirta; I Nyoman Wara, untagged); not a street (Jalan I Gusti Ngurah Rai), not a roman numeral before another name (BPK I Agung ...)',
    text: 'Bupati Klungkung I Nyoman Suwirta hadir bersama I Nyoman Wara. Jalan I Gusti Ngurah Rai macet. Anggota BPK I Agung Firman Sampurna hadir.',
    ents: [['Suwirta', 'PER'], ['Agung Firman Sampurna', 'PER']],
    persons: [['I Nyoman Suwirta', ['I Nyoman Suwirta']], ['I Nyoman Wara', ['I Nyoman Wara']], ['Agung Firman Sampurna', ['Agung Firman Sampurna']]],
  },
  {
    what: 'an untagged one-word city or region right after a quote\'s closing mark and a cue is the speaker (kata Sari.); a country is not (kata Yunani.)',
    text: '"Tolong didoakan," kata Sari. "Kami menolak," kata Yunani.',
    ents: [],
    persons: [['Sari', ['Sari']]],
  },
  {
    what: 'a one-word city or region credited with a quotation right after the closing mark is a person (kata Bima, kata Boston,); a country is not (kata Yunani), nor a city elsewhere',
    text: '"Kami siap," kata Bima usai laga. "Aman," kata Boston, Senin. "Kami menolak," kata Yunani. Tim tiba di Surabaya.',
    ents: [['Bima', 'PER'], ['Boston', 'LOC'], ['Yunani', 'LOC'], ['Surabaya', 'LOC']],
    persons: [['Bima', ['Bima']], ['Boston', ['Boston']]],
  },
  {
    what: 'two capitals read as a body are a person\'s initials after a post cue or `Menurut` (tegas BW, Menurut JQ,); three are a body (kata IDC)',
    text: '"Ini pembusukan," tegas BW kepada wartawan. Menurut JQ, jembatan itu roboh. "Pasar tumbuh," kata IDC.',
    ents: [['BW', 'ORG'], ['JQ', 'ORG'], ['IDC', 'ORG']],
    persons: [['BW', ['BW']], ['JQ', ['JQ']]],
  },
  {
    what: 'an untagged name after a closing cue only a person speaks with is a person (tutup Makmur); not after one bodies use too (tulis Apple)',
    text: '"Terima kasih," tutup Makmur. "Ayo beli," tulis Apple.',
    ents: [],
    persons: [['Makmur', ['Makmur']]],
  },
  {
    what: 'such a name that opens a person\'s first name or gives its initials is that person (Raditya Dika ... kata Radit; Bambang Widjojanto ... tegas BW); not a word two fuller names open (Rina)',
    text: 'Komika Raditya Dika heran. "Boleh," kata Radit. Bambang Widjojanto hadir. "Itu keliru," tegas BW kepada wartawan. Rinaldi Putra dan Rinawati Sari hadir. "Siap," kata Rina.',
    ents: [['Raditya Dika', 'PER'], ['Radit', 'ORG', 2], ['Bambang Widjojanto', 'PER'], ['BW', 'ORG'], ['Rinaldi Putra', 'PER'], ['Rinawati Sari', 'PER'], ['Rina', 'ORG', 3]],
    persons: [['Raditya Dika', ['Raditya Dika', 'Radit']], ['Bambang Widjojanto', ['Bambang Widjojanto', 'BW']], ['Rinaldi Putra', ['Rinaldi Putra']], ['Rinawati Sari', ['Rinawati Sari']], ['Rina', ['Rina']]],
  },
  {
    what: 'such a name that is an inner word of a person\'s fuller name is that person (Paulus Cholot Janala ... jelas Cholot)',
    text: 'CEO MNC Leasing, Paulus Cholot Janala, mengatakan kerja sama itu bertumbuh. "Kami berharap," jelas Cholot usai acara.',
    ents: [['MNC Leasing', 'ORG'], ['Paulus Cholot Janala', 'PER'], ['Cholot', 'ORG']],
    persons: [['Paulus Cholot Janala', ['Paulus Cholot Janala', 'Cholot']]],
  },
  {
    what: 'a full name with its middle words left out is the same person (Eni Maulani Saragih ... Eni Saragih), not a name with other end words (Eni Lestari)',
    text: 'Terdakwa Eni Maulani Saragih hadir. Eni Saragih membantah. Saksi Eni Lestari Saragih Putri juga hadir.',
    ents: [['Eni Maulani Saragih', 'PER'], ['Eni Saragih', 'PER'], ['Eni Lestari Saragih Putri', 'PER']],
    persons: [['Eni Maulani Saragih', ['Eni Maulani Saragih', 'Eni Saragih']], ['Eni Lestari Saragih Putri', ['Eni Lestari Saragih Putri']]],
  },
  {
    what: 'a name with the first names as initials is the same person (Bacharuddin Jusuf Habibie ... BJ Habibie, B.J. Habibie); other initials are not',
    text: 'Presiden ketiga Bacharuddin Jusuf Habibie wafat. BJ Habibie dimakamkan di Kalibata. Karya B.J. Habibie dikenang. Cucunya, AR Habibie, hadir.',
    ents: [['Bacharuddin Jusuf Habibie', 'PER'], ['BJ Habibie', 'PER'], ['B.J. Habibie', 'PER'], ['AR Habibie', 'PER']],
    persons: [['Bacharuddin Jusuf Habibie', ['Bacharuddin Jusuf Habibie', 'BJ Habibie', 'B.J. Habibie']], ['AR Habibie', ['AR Habibie']]],
  },
  {
    what: 'a listed surname a family shares names the known figure, not the son named in full (Habibie; person-known-aliases.tsv)',
    text: 'Putra Presiden ketiga BJ Habibie, Thareq Kemal Habibie, hadir. Thareq Kemal Habibie berdoa. Habibie wafat pada usia 83 tahun.',
    ents: [['BJ Habibie', 'PER'], ['Thareq Kemal Habibie', 'PER'], ['Thareq Kemal Habibie', 'PER', 2], ['Habibie', 'PER', 3]],
    persons: [['BJ Habibie', ['BJ Habibie', 'Habibie']], ['Thareq Kemal Habibie', ['Thareq Kemal Habibie']]],
  },
  {
    what: 'a long office word misspelt by one letter is no person (Prasiden, Mempora); a short given name a letter from one is (Dadang)',
    text: 'Jadi, Prasiden kalau perlu membentuk tim. Hal itu disampaikan Mempora di Jakarta. Dadang hadir.',
    ents: [['Prasiden', 'PER'], ['Mempora', 'PER'], ['Jakarta', 'LOC'], ['Dadang', 'PER']],
    persons: [['Dadang', ['Dadang']]],
  },
];

for (const c of nameCases) {
  test(`persons (names): ${c.what}`, () => {
    const { persons } = findPersons(view(c.text, c.ents));
    assert.deepEqual(persons.map((p) => [p.name, p.mentions]), c.persons);
  });
}
