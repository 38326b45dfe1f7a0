import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../analyze.js';
import { packageRoot } from '../../lang/id/data-path.js';
import { findPersons } from './persons.js';
import { handTaggedView as view, type HandEntity as Ent } from './testing/hand-tagged.js';

// Entities are given by hand (`view`), so these cases test roles, acronyms and coreference, not the tagger.

const roleCases: Array<{ text: string; ents: Ent[]; name: string; mentions: string[]; roles: string[] }> = [
  {
    text: 'Kapolda Metro Jaya Irjen Fadil Imran mengatakan pihaknya masih menyelidiki kasus itu.',
    ents: [['Fadil Imran', 'PER']],
    name: 'Fadil Imran', mentions: ['Irjen Fadil Imran'], roles: ['Kapolda Metro Jaya'],
  },
  {
    text: 'Menteri Keuangan Sri Mulyani Indrawati menyebut defisit masih terkendali. Sri Mulyani menambahkan, penerimaan pajak naik.',
    ents: [['Sri Mulyani Indrawati', 'PER'], ['Sri Mulyani', 'PER', 2]],
    name: 'Sri Mulyani Indrawati', mentions: ['Sri Mulyani Indrawati', 'Sri Mulyani'], roles: ['Menteri Keuangan'],
  },
  {
    text: 'Zulmi, Kasubag Humas Polres Anambas, mengatakan kapal itu tenggelam. "Semua selamat," kata Ipda Zulmi.',
    ents: [['Zulmi', 'PER'], ['Zulmi', 'PER', 2], ['Polres Anambas', 'ORG']],
    name: 'Zulmi', mentions: ['Zulmi', 'Ipda Zulmi'], roles: ['Kasubag Humas Polres Anambas'],
  },
  {
    text: 'Sekretaris Jenderal NATO Jens Stoltenberg tiba di Kyiv. Stoltenberg bertemu pejabat Ukraina.',
    ents: [['NATO', 'ORG'], ['Jens Stoltenberg', 'PER'], ['Kyiv', 'LOC'], ['Stoltenberg', 'PER', 2], ['Ukraina', 'LOC']],
    name: 'Jens Stoltenberg', mentions: ['Jens Stoltenberg', 'Stoltenberg'], roles: ['Sekretaris Jenderal NATO'],
  },
  {
    text: 'Direktur Operasi dan Produksi Antam, Hartono mengatakan, perseroan berencana melakukan akuisisi.',
    ents: [['Antam', 'ORG'], ['Hartono', 'PER']],
    name: 'Hartono', mentions: ['Hartono'], roles: ['Direktur Operasi dan Produksi Antam'],
  },
  {
    text: 'Edi, warga Rutong mengatakan ikan-ikan yang terdampar di pesisir pantai kebanyakan ikan kecil.',
    ents: [['Edi', 'PER'], ['Rutong', 'LOC']],
    name: 'Edi', mentions: ['Edi'], roles: ['warga Rutong'],
  },
  {
    text: 'Kasus itu ditangani KPK. Bambang yang juga mantan Direktur Utama Petral itu terjerat kasus suap.',
    ents: [['KPK', 'ORG'], ['Bambang', 'PER'], ['Petral', 'ORG']],
    name: 'Bambang', mentions: ['Bambang'], roles: ['mantan Direktur Utama Petral'],
  },
  {
    text: 'Sekretaris Jenderal NATO Jens Stoltenberg mengunjungi pameran di Kyiv. REUTERS/Gleb Garanich',
    ents: [['NATO', 'ORG'], ['Jens Stoltenberg', 'PER'], ['Kyiv', 'LOC'], ['REUTERS', 'ORG'], ['Gleb Garanich', 'PER']],
    name: 'Gleb Garanich', mentions: ['Gleb Garanich'], roles: ['fotografer REUTERS'],
  },
  {
    text: 'Sekretaris Jenderal NATO Jens Stoltenberg tiba di Kyiv. Kepala NATO itu memasuki kendaraan, kata fotografer itu.',
    ents: [['NATO', 'ORG'], ['Jens Stoltenberg', 'PER'], ['Kyiv', 'LOC'], ['NATO', 'ORG', 2]],
    name: 'Jens Stoltenberg', mentions: ['Jens Stoltenberg'], roles: ['Sekretaris Jenderal NATO', 'Kepala NATO'],
  },
  {
    text: 'Dalam rapat itu, Irjen Firli Bahuri diputuskan menjadi Ketua KPK periode selanjutnya.',
    ents: [['Firli Bahuri', 'PER'], ['KPK', 'ORG']],
    name: 'Firli Bahuri', mentions: ['Irjen Firli Bahuri'], roles: ['Ketua KPK periode selanjutnya'],
  },
  {
    text: 'Para pemimpin negara sering mengadakan pembicaraan dengan Presiden Volodymyr Zelensky.',
    ents: [['Volodymyr Zelensky', 'PER']],
    name: 'Volodymyr Zelensky', mentions: ['Volodymyr Zelensky'], roles: ['Presiden'],
  },
  {
    text: 'DPR memilih Firli Bahuri sebagai ketua dan empat wakilnya yakni, Alexander Marwata, Nawawi Pomolango, dan Nurul Ghufron.',
    ents: [['DPR', 'ORG'], ['Firli Bahuri', 'PER'], ['Alexander Marwata', 'PER'], ['Nawawi Pomolango', 'PER'], ['Nurul Ghufron', 'PER']],
    name: 'Nurul Ghufron', mentions: ['Nurul Ghufron'], roles: ['wakilnya'],
  },
  {
    text: 'Sementara itu Syafrul Yunardi, Kepala seksi pengendalian kebakaran hutan, Dinas Kehutanan Sumsel mengatakan pihaknya memakai pompa.',
    ents: [['Syafrul Yunardi', 'PER'], ['Dinas Kehutanan Sumsel', 'ORG']],
    name: 'Syafrul Yunardi', mentions: ['Syafrul Yunardi'], roles: ['Kepala seksi pengendalian kebakaran hutan, Dinas Kehutanan Sumsel'],
  },
  {
    text: 'Edi, warga Rutong, Dinas setempat belum datang.',
    ents: [['Edi', 'PER'], ['Rutong', 'LOC']],
    name: 'Edi', mentions: ['Edi'], roles: ['warga Rutong'],
  },
  {
    text: 'Saut resmi mengundurkan diri sebagai Wakil Ketua KPK pagi tadi, setelah rapat.',
    ents: [['Saut', 'PER'], ['KPK', 'ORG']],
    name: 'Saut', mentions: ['Saut'], roles: ['Wakil Ketua KPK'],
  },
  {
    text: 'Hal ini diungkapkan Wali Kota Pekanbaru Agung Nugroho, Selasa. "Kami turun ke pasar," ungkap Agung.',
    ents: [['Kota Pekanbaru Agung', 'LOC'], ['Nugroho', 'PER'], ['Agung', 'PER', 2]],
    name: 'Agung Nugroho', mentions: ['Agung Nugroho', 'Agung'], roles: ['Wali Kota Pekanbaru'],
  },
  {
    text: 'Firli Bahuri terpilih sebagai Ketua KPK periode 2019-2023 dalam rapat paripurna.',
    ents: [['Firli Bahuri', 'PER'], ['KPK', 'ORG']],
    name: 'Firli Bahuri', mentions: ['Firli Bahuri'], roles: ['Ketua KPK periode 2019-2023'],
  },
  {
    text: 'Rachel O\u2019Connor, spesialis kelalaian medis, mengatakan operasi itu keliru.',
    ents: [['Rachel O\u2019Connor', 'PER']],
    name: 'Rachel O\u2019Connor', mentions: ['Rachel O\u2019Connor'], roles: ['spesialis kelalaian medis'],
  },
  {
    text: 'Sebelumnya anggota Komisi III DPR RI dari Fraksi PPP, Arsul Sani mengatakan calon akan diuji.',
    ents: [['DPR RI', 'ORG'], ['PPP', 'ORG'], ['Arsul Sani', 'PER']],
    name: 'Arsul Sani', mentions: ['Arsul Sani'], roles: ['anggota Komisi III DPR RI dari Fraksi PPP'],
  },
  {
    text: 'Ian Joseph, pengamat telekomunikasi dari ITB, menilai tarif itu wajar.',
    ents: [['Ian Joseph', 'PER'], ['ITB', 'ORG']],
    name: 'Ian Joseph', mentions: ['Ian Joseph'], roles: ['pengamat telekomunikasi dari ITB'],
  },
  {
    text: 'Manajemen memutuskan memecat pelatih tim dan asistennya, Eduardo Perez.',
    ents: [['Eduardo Perez', 'PER']],
    name: 'Eduardo Perez', mentions: ['Eduardo Perez'], roles: ['asistennya'],
  },
  {
    text: 'Kepala Dinas Pariwisata Kabupaten Nias Selatan, Sumatera Utara, Anggraeni Dachi mengatakan jumlah itu naik.',
    ents: [['Anggraeni Dachi', 'PER']],
    name: 'Anggraeni Dachi', mentions: ['Anggraeni Dachi'], roles: ['Kepala Dinas Pariwisata Kabupaten Nias Selatan, Sumatera Utara'],
  },
  {
    text: 'Hal itu disampaikan Teguh, penjual pelat nomor di Jalan Matraman Raya, Jakarta Timur, Senin.',
    ents: [['Teguh', 'PER']],
    name: 'Teguh', mentions: ['Teguh'], roles: ['penjual pelat nomor di Jalan Matraman Raya, Jakarta Timur'],
  },
  {
    text: 'Menteri Pemberdayaan Perempuan dan Perlindungan Anak Yohana Yembise menilai audisi itu melanggar undang-undang.',
    ents: [['Yohana Yembise', 'PER']],
    name: 'Yohana Yembise', mentions: ['Yohana Yembise'], roles: ['Menteri Pemberdayaan Perempuan dan Perlindungan Anak'],
  },
  {
    text: 'Psikolog anak dan keluarga, Rosdiana Setyaningrum mengatakan tidak ada batasan umur.',
    ents: [['Rosdiana Setyaningrum', 'PER']],
    name: 'Rosdiana Setyaningrum', mentions: ['Rosdiana Setyaningrum'], roles: ['Psikolog anak dan keluarga'],
  },
  {
    text: 'Kolaborasi itu berjalan melalui program Jaksa Sahabat Nazir yang membantu penerbitan sertifikat.',
    ents: [['Nazir', 'PER']],
    name: 'Nazir', mentions: ['Nazir'], roles: [],
  },
  {
    text: 'Pelatih baru Semen Padang, Eduardo Almeida, memulai latihan di Padang.',
    ents: [['Eduardo Almeida', 'PER']],
    name: 'Eduardo Almeida', mentions: ['Eduardo Almeida'], roles: ['Pelatih baru Semen Padang'],
  },
  {
    text: 'Hal itu ditanggapi Ketua sementara DPRD Majalengka, Edy Anas Djunaedi.',
    ents: [['Edy Anas Djunaedi', 'PER']],
    name: 'Edy Anas Djunaedi', mentions: ['Edy Anas Djunaedi'], roles: ['Ketua sementara DPRD Majalengka'],
  },
  {
    text: 'Eduardo Almeida, pelatih baru tiba di Padang pekan lalu.',
    ents: [['Eduardo Almeida', 'PER']],
    name: 'Eduardo Almeida', mentions: ['Eduardo Almeida'], roles: ['pelatih'],
  },
  {
    text: 'Polisi juga menangkap rekannya bernama Paino yang ikut melakukan aksi itu.',
    ents: [['Paino', 'PER']],
    name: 'Paino', mentions: ['Paino'], roles: ['rekannya'],
  },
  {
    text: 'Habibie dirawat di RSPAD. Putra kedua Habibie, Thareq Kemal mengatakan kondisinya stabil.',
    ents: [['Habibie', 'PER'], ['Habibie', 'PER', 2], ['Thareq Kemal', 'PER']],
    name: 'Thareq Kemal', mentions: ['Thareq Kemal'], roles: ['Putra kedua Habibie'],
  },
  {
    text: 'Fitria Sukaesih, salah satu putri Elvy Sukaesih mengatakan kondisinya baik.',
    ents: [['Fitria Sukaesih', 'PER'], ['Elvy Sukaesih', 'PER']],
    name: 'Fitria Sukaesih', mentions: ['Fitria Sukaesih'], roles: ['putri Elvy Sukaesih'],
  },
  {
    text: 'Hadir pula Irna Narulita, putra Mulyadi Jayabaya, Muhamad Nabil Jayabaya dan Oji Fahruroji.',
    ents: [['Irna Narulita', 'PER'], ['Mulyadi Jayabaya', 'PER'], ['Muhamad Nabil Jayabaya', 'PER'], ['Oji Fahruroji', 'PER']],
    name: 'Irna Narulita', mentions: ['Irna Narulita'], roles: [],
  },
  {
    text: 'Edi Purwanto, salah satu kerabat Fendi, mengatakan Fendi dirawat.',
    ents: [['Edi Purwanto', 'PER'], ['Fendi', 'PER'], ['Fendi', 'PER', 2]],
    name: 'Edi Purwanto', mentions: ['Edi Purwanto'], roles: ['kerabat Fendi'],
  },
  {
    text: 'Marketing and Communication Department Head PT Jasa Marga Irra Susiyanti mengatakan, korban dibawa ke rumah sakit.',
    ents: [['PT Jasa Marga', 'ORG'], ['Irra Susiyanti', 'PER']],
    name: 'Irra Susiyanti', mentions: ['Irra Susiyanti'], roles: ['Marketing and Communication Department Head PT Jasa Marga'],
  },
  {
    text: 'Sebelumnya Chief Operation Officer PT Maxindo Davy Tuilan mengatakan hal itu.',
    ents: [['PT Maxindo', 'ORG'], ['Davy Tuilan', 'PER']],
    name: 'Davy Tuilan', mentions: ['Davy Tuilan'], roles: ['Chief Operation Officer PT Maxindo'],
  },
  {
    text: 'Para korban ditampung oleh tersangka Akui alias Awi di komplek Villa Garden.',
    ents: [['Awi', 'PER']],
    name: 'Awi', mentions: ['Awi'], roles: [],
  },
  {
    text: 'Kesiapan ditegaskan Alberto Goncalves. Menurut Beto, sapaan Goncalves, tim siap menang.',
    ents: [['Alberto Goncalves', 'PER'], ['Beto', 'PER'], ['Goncalves', 'PER', 2]],
    name: 'Alberto Goncalves', mentions: ['Alberto Goncalves', 'Beto', 'Goncalves'], roles: [],
  },
  {
    text: 'Korban yang diketahui bernama Sumodiharjo (75) dilarikan ke rumah sakit.',
    ents: [['Sumodiharjo', 'PER']],
    name: 'Sumodiharjo', mentions: ['Sumodiharjo'], roles: ['Korban'],
  },
  {
    text: 'Kepala Seksi Intelijen Kejari Jayawijaya, Boston Robert Marganda Siahaan menjelaskan program itu.',
    ents: [['Robert Marganda Siahaan', 'PER']],
    name: 'Robert Marganda Siahaan', mentions: ['Robert Marganda Siahaan'], roles: [],
  },
  // A dotted initial or abbreviated given name before the tagged name opens the name, not ends the role.
  {
    text: 'Menteri Ketenagakerjaan (Menaker) M. Hanif Dhakiri mengungkapkan sektor ketenagakerjaan berubah.',
    ents: [['Hanif Dhakiri', 'PER']],
    name: 'M. Hanif Dhakiri', mentions: ['M. Hanif Dhakiri'], roles: ['Menteri Ketenagakerjaan (Menaker)'],
  },
  {
    text: 'Hal itu disampaikan Sekretaris Pengadilan Agama Dompu Muh. Subhan di kantornya.',
    ents: [['Pengadilan Agama Dompu Muh.', 'ORG'], ['Subhan', 'PER']],
    name: 'Muh. Subhan', mentions: ['Muh. Subhan'], roles: ['Sekretaris Pengadilan Agama Dompu'],
  },
  {
    text: 'Wakil Ketua MPR RI Dr. H. M. Hidayat Nur Wahid menyampaikan keprihatinan.',
    ents: [['Hidayat Nur Wahid', 'PER']],
    name: 'M. Hidayat Nur Wahid', mentions: ['Dr. H. M. Hidayat Nur Wahid'], roles: ['Wakil Ketua MPR RI'],
  },
  {
    text: 'Psikolog Pingkan C. B. Rumondor mengatakan ada banyak persepsi tentang tubuh.',
    ents: [['Rumondor', 'PER']],
    name: 'Pingkan C. B. Rumondor', mentions: ['Pingkan C. B. Rumondor'], roles: ['Psikolog'],
  },
  {
    text: 'Bayt Ar Rahmah didirikan K.H. A. Mustofa Bisri di North Carolina.',
    ents: [['Mustofa Bisri', 'PER']],
    name: 'A. Mustofa Bisri', mentions: ['A. Mustofa Bisri'], roles: [],
  },
  // An office's name lists its fields, the last a title word heading no office of its own (`Humas`).
  {
    text: '"Personel disiagakan," kata Pelaksana Tugas Kepala Pusat Data, Informasi, dan Humas BNPB Agus Wibowo dalam keterangan pers.',
    ents: [['BNPB', 'ORG'], ['Agus Wibowo', 'PER']],
    name: 'Agus Wibowo', mentions: ['Agus Wibowo'], roles: ['Pelaksana Tugas Kepala Pusat Data, Informasi, dan Humas BNPB'],
  },
  // Unchanged: a list of bodies before the title is no office's fields.
  {
    text: 'Warga menggugat Pemprov DKI, BBWSCC, dan Presiden Joko Widodo pada 15 Juli 2015.',
    ents: [['Pemprov DKI', 'ORG'], ['BBWSCC', 'ORG'], ['Joko Widodo', 'PER']],
    name: 'Joko Widodo', mentions: ['Joko Widodo'], roles: ['Presiden'],
  },
  // A staff assistant's one-word title heads the role before the chief it serves.
  {
    text: 'Rapat itu dihadiri Asops Kapolri Irjen Pol Martuani Sormin dan pejabat lain.',
    ents: [['Martuani Sormin', 'PER']],
    name: 'Martuani Sormin', mentions: ['Irjen Pol Martuani Sormin'], roles: ['Asops Kapolri'],
  },
  // Unchanged: the chief's own title.
  {
    text: 'Rapat itu dihadiri Kapolri Jenderal Tito Karnavian dan pejabat lain.',
    ents: [['Tito Karnavian', 'PER']],
    name: 'Tito Karnavian', mentions: ['Jenderal Tito Karnavian'], roles: ['Kapolri'],
  },
  // A lower-case description after the name goes on with `pada` before a body.
  {
    text: 'Tersangka lainnya adalah Frederick Aldo Gunardi, pegawai pada PT Melanton Pratama, yang ditahan kemarin.',
    ents: [['Frederick Aldo Gunardi', 'PER'], ['PT Melanton Pratama', 'ORG']],
    name: 'Frederick Aldo Gunardi', mentions: ['Frederick Aldo Gunardi'], roles: ['pegawai pada PT Melanton Pratama'],
  },
  // Unchanged: `pada` before a day tells when.
  {
    text: 'Budi Santoso, warga pada Senin mengatakan hal itu.',
    ents: [['Budi Santoso', 'PER']],
    name: 'Budi Santoso', mentions: ['Budi Santoso'], roles: ['warga'],
  },
  // A sentence's full stop kept with an acronym ending the role is no part of it.
  {
    text: 'Dia jarang keluar, kata Agus sebagai Ketua RT. "Orangnya ramah," kata Yatimo.',
    ents: [['Agus', 'PER'], ['Yatimo', 'PER']],
    name: 'Agus', mentions: ['Agus'], roles: ['Ketua RT'],
  },
  // Unchanged: a dotted abbreviation ending the role keeps its dot.
  {
    text: 'Hal itu dikatakan Rudy Halim, Presiden Direktur PT Mitra Pinasthika Mustika Tbk. Ia menambahkan hal lain.',
    ents: [['Rudy Halim', 'PER'], ['PT Mitra Pinasthika Mustika Tbk', 'ORG']],
    name: 'Rudy Halim', mentions: ['Rudy Halim'], roles: ['Presiden Direktur PT Mitra Pinasthika Mustika Tbk.'],
  },
  // Unchanged: a common word opening the sentence is no given name before the initials; `RT.` is no initial.
  {
    text: 'Gebrakan B. J. Habibie saat menjabat menteri dimulai tahun itu.',
    ents: [['Habibie', 'PER']],
    name: 'B. J. Habibie', mentions: ['B. J. Habibie'], roles: ['menteri'],
  },
  {
    text: 'Hal itu dikatakan Ketua RT. Agus Salim kepada wartawan.',
    ents: [['Agus Salim', 'PER']],
    name: 'Agus Salim', mentions: ['Agus Salim'], roles: ['Ketua RT'],
  },
];

for (const c of roleCases) {
  test(`persons: ${c.name} in "${c.text.slice(0, 50)}..."`, () => {
    const { persons } = findPersons(view(c.text, c.ents));
    const p = persons.find((x) => x.name === c.name);
    assert.ok(p, `no person ${c.name}; got ${JSON.stringify(persons)}`);
    assert.deepEqual(p.mentions, c.mentions);
    assert.deepEqual(p.roles, c.roles);
  });
}

test('persons: a role does not run into another person before it', () => {
  const { persons } = findPersons(view('Presiden Joko Widodo dan Menteri Keuangan Sri Mulyani hadir.', [['Joko Widodo', 'PER'], ['Sri Mulyani', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [['Joko Widodo', ['Presiden']], ['Sri Mulyani', ['Menteri Keuangan']]]);
});

test('persons: a description shared by two people is given to neither', () => {
  const text = 'Wakil Ketua KPK Saut Situmorang dan Ketua KPK Agus Rahardjo hadir. Pimpinan KPK itu menolak revisi.';
  const { persons } = findPersons(view(text, [['KPK', 'ORG'], ['Saut Situmorang', 'PER'], ['Agus Rahardjo', 'PER']]));
  assert.deepEqual(persons.map((p) => p.roles), [['Wakil Ketua KPK'], ['Ketua KPK']]);
});

test('persons: a role held for another person goes to the one named after the comma', () => {
  const text = 'Hal itu dikonfirmasi oleh Sekretaris Pribadi BJ Habibie, Rubijanto.';
  const { persons } = findPersons(view(text, [['BJ Habibie', 'PER'], ['Rubijanto', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [['BJ Habibie', []], ['Rubijanto', ['Sekretaris Pribadi BJ Habibie']]]);
});

test('persons: a comma after a titled person ends the clause (no role for the next)', () => {
  const text = 'Mobil itu diresmikan oleh Presiden Joko Widodo, Ganjar mengeluarkan wacana baru.';
  const { persons } = findPersons(view(text, [['Joko Widodo', 'PER'], ['Ganjar', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [['Joko Widodo', ['Presiden']], ['Ganjar', []]]);
});

test('persons: in a list written role first, a role before the next name is not the previous one\'s apposition', () => {
  const text = 'Pemusnahan dihadiri Kapolda Maluku Utara, Brigjen Pol Suroto, Kajati Maluku Utara, Wisnu Baroto, Danlanal Ternate, Kolonel Laut (P) Whisnu Kusardianto, dan pejabat lain.';
  const { persons } = findPersons(view(text, [['Maluku Utara', 'LOC'], ['Suroto', 'PER'], ['Maluku Utara', 'LOC', 2], ['Wisnu Baroto', 'PER'], ['Ternate', 'LOC'], ['Whisnu Kusardianto', 'PER']]));
  assert.deepEqual(persons.slice(0, 2).map((p) => [p.name, p.roles]), [['Suroto', ['Kapolda Maluku Utara']], ['Wisnu Baroto', ['Kajati Maluku Utara']]]);
});

test('persons: a name with no role before it keeps the apposition after it, even before another name', () => {
  const text = 'Zulmi, Kasubag Humas Polres Anambas, Budi dan warga lain menolong korban.';
  const { persons } = findPersons(view(text, [['Zulmi', 'PER'], ['Polres Anambas', 'ORG'], ['Budi', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles])[0], ['Zulmi', ['Kasubag Humas Polres Anambas']]);
});

test('persons: a given name written alone after the full name is a mention even where the tagger missed it', () => {
  const text = 'Kakanwil Bea Cukai Maluku, Finari Manan, membuka acara. "Ini tugas kami," ungkap Finari. Eba Balubun dan ibunya Florita Balubun hadir.';
  const { persons } = findPersons(view(text, [['Finari Manan', 'PER'], ['Florita Balubun', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.mentions]), [['Finari Manan', ['Finari Manan', 'Finari']], ['Florita Balubun', ['Florita Balubun']]]);
});

test('persons: kinship is a role in apposition, not before a name', () => {
  const { persons } = findPersons(view('Vonny, istri korban, mengaku kaget. Polisi memeriksa istri Budi.', [['Vonny', 'PER'], ['Budi', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [['Vonny', ['istri korban']], ['Budi', []]]);
});

test('clusters: a bracketed place after a person is not their alias', () => {
  const text = 'Gubernur Ganjar Pranowo (Jateng) meninjau banjir. Pemerintah Jateng menyiapkan dana.';
  const { clusters } = findPersons(view(text, [['Ganjar Pranowo', 'PER'], ['Jateng', 'LOC', 2]]));
  assert.deepEqual(clusters.find((c) => c.type === 'PER')?.aliases, []);
  assert.equal(clusters.find((c) => c.name === 'Jateng')?.link?.id, '33');
});

test('persons: a known body opening a mis-typed person span is role context', () => {
  const text = 'Menanggapi itu, Ketua Komisi XI DPR RI Mukhamad Misbakhun mengaku heran. Misbakhun menambahkan hal itu.';
  const { persons } = findPersons(view(text, [['DPR RI Mukhamad Misbakhun', 'ORG'], ['Misbakhun', 'PER', 2]]));
  assert.deepEqual(persons, [{ name: 'Mukhamad Misbakhun', mentions: ['Mukhamad Misbakhun', 'Misbakhun'], roles: ['Ketua Komisi XI DPR RI'] }]);
});

test('persons: an office of several words opening or ending into a person span is context', () => {
  const a = findPersons(view('Putra Mahkota Mohammed bin Salman mengatakan abaya tidak wajib.', [['Mahkota Mohammed', 'PER'], ['Salman', 'PER']]));
  assert.deepEqual(a.persons.map((p) => p.name), ['Mohammed bin Salman']);
  const b = findPersons(view('Hadir pula Wakil Jaksa Agung Arminsyah di sana.', [['Agung Arminsyah', 'PER']]));
  assert.deepEqual(b.persons.map((p) => p.name), ['Arminsyah']);
});

test('persons: patronyms, dotted middle initials and Arabic articles stay in the name', () => {
  const a = findPersons(view('Raja Salman bin Abdulaziz menerima telepon.', [['Salman', 'PER'], ['Abdulaziz', 'PER']]));
  assert.deepEqual(a.persons.map((p) => p.name), ['Salman bin Abdulaziz']);
  const b = findPersons(view('Kapolres Raffles B. Pandjaitan datang.', [['Raffles', 'PER'], ['Pandjaitan', 'PER']]));
  assert.deepEqual(b.persons.map((p) => p.name), ['Raffles B. Pandjaitan']);
  const c = findPersons(view('Pemimpin itu, Ayman al-Zawahri, menyerukan perang. Al-Zawahri juga mengancam.', [['Ayman al-Zawahri', 'PER'], ['Al-Zawahri', 'ORG']]));
  assert.deepEqual(c.persons.map((p) => [p.name, p.mentions]), [['Ayman al-Zawahri', ['Ayman al-Zawahri', 'Al-Zawahri']]]);
});

test('persons: an Indonesian region read as a person is a place, unless an honorific says person', () => {
  const a = findPersons(view('Bupati Bima meninjau banjir di kota itu.', [['Bima', 'PER']]));
  assert.deepEqual(a.persons, []);
  assert.equal(a.clusters[0]?.type, 'LOC');
  const b = findPersons(view('Menurut Pak Bima, warga sudah mengungsi.', [['Bima', 'PER']]));
  assert.deepEqual(b.persons.map((p) => p.mentions), [['Pak Bima']]);
});

test('persons: a name with an organisation or place word is not a person', () => {
  const text = 'Bantuan disalurkan ke Pondok Pesantren Darul Aitam dan Masjid An Nuur oleh Budi Santoso.';
  const { persons, clusters } = findPersons(view(text, [['Darul Aitam', 'PER'], ['An Nuur', 'PER'], ['Budi Santoso', 'PER'], ['Pertamina', 'ORG']].filter(([t]) => text.includes(t as string)) as Ent[]));
  assert.deepEqual(persons.map((p) => p.name), ['Budi Santoso']);
  void clusters;
});

test('persons: a multi-word place opening a person span is role context', () => {
  const text = 'Kepala Dinas Pendidikan Sumatera Selatan Widodo mengatakan sekolah diliburkan.';
  const { persons } = findPersons(view(text, [['Sumatera Selatan Widodo', 'PER']]));
  assert.deepEqual(persons, [{ name: 'Widodo', mentions: ['Widodo'], roles: ['Kepala Dinas Pendidikan Sumatera Selatan'] }]);
});

test('persons: namesakes sharing a surname stay two people', () => {
  const text = 'BJ Habibie wafat. Putranya, Ilham Akbar Habibie, hadir. Habibie dimakamkan di Kalibata. BJ Habibie dikenang.';
  const { persons } = findPersons(view(text, [['BJ Habibie', 'PER'], ['Ilham Akbar Habibie', 'PER'], ['Habibie', 'PER', 3], ['BJ Habibie', 'PER', 2]]));
  assert.deepEqual(persons.map((p) => p.name).sort(), ['BJ Habibie', 'Ilham Akbar Habibie']);
  assert.ok(persons.find((p) => p.name === 'BJ Habibie')!.mentions.includes('Habibie'), 'the surname goes to the name written most often');
});

test('persons: a capitalised pronoun is not a person', () => {
  const { persons } = findPersons(view('Dia mengatakan harga naik.', [['Dia', 'PER']]));
  assert.deepEqual(persons, []);
});

const titleAloneCases: Array<[what: string, text: string, ents: Ent[], want: string[]]> = [
  ['an office word alone is a post (sindonews, CLICK-ID 8733)',
    'Kapolda Jatim Irjen Pol Luki Hermawan datang. Kapolda menegaskan, status tersebut akan tetap berlaku. "Ini aktif," ungkap Kapolda.',
    [['Luki Hermawan', 'PER'], ['Kapolda', 'PER', 2], ['Kapolda', 'PER', 3]], ['Luki Hermawan']],
  ['a role word that is also a given name stays a person', 'Imam menegaskan dirinya tidak bersalah. "Saya siap," kata Imam.',
    [['Imam', 'PER'], ['Imam', 'PER', 2]], ['Imam']],
];

for (const [what, text, ents, want] of titleAloneCases) {
  test(`persons: ${what}`, () => {
    assert.deepEqual(findPersons(view(text, ents)).persons.map((p) => p.name), want);
  });
}

const clusterCases: Array<{ what: string; text: string; ents: Ent[]; name: string; aliases: string[]; mentions: number; link: string | null }> = [
  {
    what: 'acronym in brackets, then bare',
    text: 'Badan Pusat Statistik (BPS) mencatat inflasi 2,5 persen. Menurut BPS, harga beras naik.',
    ents: [['Badan Pusat Statistik', 'ORG']],
    name: 'Badan Pusat Statistik', aliases: ['BPS'], mentions: 3, link: 'warta:warta:org/bps',
  },
  {
    what: 'acronym of a translated name, linked to Wikidata',
    text: 'Pakta Pertahanan Atlantik Utara (NATO) mengirim bantuan. NATO tidak memiliki kehadiran resmi di Ukraina.',
    ents: [['Pakta Pertahanan Atlantik Utara', 'ORG'], ['NATO', 'ORG'], ['NATO', 'ORG', 2], ['Ukraina', 'LOC']],
    name: 'Pakta Pertahanan Atlantik Utara', aliases: ['NATO'], mentions: 3, link: 'wikidata:Q7184',
  },
  {
    what: 'nickname given by the text',
    text: 'Presiden Joko Widodo yang akrab disapa Jokowi meresmikan jalan tol. Jokowi berharap ekonomi tumbuh.',
    ents: [['Joko Widodo', 'PER'], ['Jokowi', 'PER', 2]],
    name: 'Joko Widodo', aliases: ['Jokowi'], mentions: 3, link: null,
  },
  {
    what: 'nickname first, full name after the cue (sindonews, CLICK-ID 8733)',
    text: 'Polda Jatim menganggap Vero, panggilan karib Veronica Koman terlibat aktif dalam provokasi. Veronica Koman tinggal di Australia.',
    ents: [['Polda Jatim', 'ORG'], ['Vero', 'PER'], ['Veronica Koman', 'PER'], ['Veronica Koman', 'PER', 2], ['Australia', 'LOC']],
    name: 'Veronica Koman', aliases: ['Vero'], mentions: 3, link: null,
  },
  {
    what: 'nickname in brackets',
    text: 'Presiden Joko Widodo (Jokowi) berharap Tiongkok mengimpor lebih banyak.',
    ents: [['Joko Widodo', 'PER'], ['Tiongkok', 'LOC']],
    name: 'Joko Widodo', aliases: ['Jokowi'], mentions: 2, link: null,
  },
  {
    what: 'acronym matching the initials of a name in the article',
    text: 'Ikatan Dokter Indonesia menolak aturan itu. Ketua umum IDI menyampaikan keberatan secara tertulis.',
    ents: [['Ikatan Dokter Indonesia', 'ORG'], ['IDI', 'ORG']],
    name: 'Ikatan Dokter Indonesia', aliases: ['IDI'], mentions: 2, link: null,
  },
  {
    what: 'a national body with the country after it',
    text: 'Kementerian Sosial menyalurkan bantuan. Kemensos RI juga mengirim relawan.',
    ents: [['Kementerian Sosial', 'ORG'], ['Kemensos RI', 'ORG']],
    name: 'Kementerian Sosial', aliases: ['Kemensos RI'], mentions: 2, link: 'warta:warta:org/kemensos',
  },
  {
    what: 'a place the tagger read as a person, linked with coordinates',
    text: 'Stoltenberg mengunjungi Kyiv. Pemerintah di Kyiv menyambutnya.',
    ents: [['Stoltenberg', 'PER'], ['Kyiv', 'PER'], ['Kyiv', 'LOC', 2]],
    name: 'Kyiv', aliases: [], mentions: 2, link: 'geonames:703448',
  },
];

for (const c of clusterCases) {
  test(`clusters: ${c.what}`, () => {
    const { clusters, persons } = findPersons(view(c.text, c.ents));
    const cl = clusters.find((x) => x.name === c.name);
    assert.ok(cl, `no cluster ${c.name}; got ${JSON.stringify(clusters.map((x) => x.name))}`);
    assert.deepEqual(cl.aliases, c.aliases);
    assert.equal(cl.mentions.length, c.mentions);
    assert.equal(cl.link ? `${cl.link.kb}:${cl.link.id}` : null, c.link);
    if (c.link === 'geonames:703448') {
      assert.equal(cl.type, 'LOC');
      assert.ok(Math.abs(cl.link!.lat! - 50.45) < 0.1 && Math.abs(cl.link!.lon! - 30.52) < 0.1);
      assert.ok(!persons.some((p) => p.name === 'Kyiv'));
    }
  });
}

test('example article: Stoltenberg, NATO, Ukraina, Kyiv (with the shipped tagger)', () => {
  const text = readFileSync(join(packageRoot(), 'examples', 'tempo-stoltenberg-kyiv.txt'), 'utf8');
  const doc = analyze({ text });
  const persons = doc.layers.persons!;
  const jens = persons.find((p) => p.name === 'Jens Stoltenberg');
  assert.ok(jens, JSON.stringify(persons));
  assert.ok(jens.mentions.includes('Jens Stoltenberg') && jens.mentions.includes('Stoltenberg'), JSON.stringify(jens));
  assert.ok(jens.roles.includes('Sekretaris Jenderal NATO'), JSON.stringify(jens));
  const clusters = doc.layers.clusters!;
  const nato = clusters.find((c) => c.aliases.includes('NATO') || c.name === 'NATO');
  assert.equal(nato?.link?.id, 'Q7184');
  assert.equal(clusters.find((c) => c.name === 'Ukraina')?.link?.id, 'UA');
  assert.equal(clusters.find((c) => c.name === 'Rusia')?.link?.id, 'RU');
  assert.equal(nato?.name, 'Pakta Pertahanan Atlantik Utara');
  const kyiv = clusters.find((c) => c.name === 'Kyiv');
  assert.equal(kyiv?.type, 'LOC');
  assert.ok(kyiv?.link?.lat !== undefined && kyiv.link.lon !== undefined);
  assert.deepEqual(persons.find((p) => p.name === 'Volodymyr Zelensky')?.roles, ['Presiden']);
  assert.deepEqual(persons.find((p) => p.name === 'Gleb Garanich')?.roles, ['fotografer Reuters']);
  assert.ok(!persons.some((p) => ['Kyiv', 'Ukraina', 'Rusia'].includes(p.name)), JSON.stringify(persons.map((p) => p.name)));
});

test('persons: bad input stays linear and never throws', () => {
  const inputs = ['', 'a '.repeat(10_000), 'PRESIDEN JOKO WIDODO MENGATAKAN EKONOMI TUMBUH', 'Budi, '.repeat(5_000), 'presiden joko widodo tanpa huruf besar'];
  for (const text of inputs) {
    const t0 = performance.now();
    const doc = analyze({ text });
    assert.ok(Array.isArray(doc.layers.clusters ?? []));
    assert.ok(performance.now() - t0 < 5_000, `slow on input of length ${text.length}`);
  }
});

const notPersonCases: Array<{ what: string; text: string; ents: Ent[]; name: string; isPerson: boolean }> = [
  {
    what: 'a name after Kampung is a village',
    text: 'Kepala Kampung Wuluk, Yohanes Tabuni, menyambut program itu dengan gembira.',
    ents: [['Wuluk', 'PER'], ['Yohanes Tabuni', 'PER']], name: 'Wuluk', isPerson: false,
  },
  {
    what: 'a name the article gives in quotes is a product',
    text: 'Pada 2008 ia menemukan ukuran ideal dan membuat prototipe dengan diberi nama "Rpvc Wongkito". Rpvc Wongkito lalu diuji.',
    ents: [['Rpvc Wongkito', 'PER', 2]], name: 'Rpvc Wongkito', isPerson: false,
  },
  {
    what: 'a quoted name with an honorific is still a person',
    text: 'Warga memanggilnya "Pak Darto". Pak Darto tinggal di desa itu.',
    ents: [['Darto', 'PER'], ['Darto', 'PER', 2]], name: 'Darto', isPerson: true,
  },
  {
    what: 'the tail of a longer capitalised name is not a person',
    text: 'Alat itu dipakai kementerian KLHK, Manggala Agni di Sumatera Utara.',
    ents: [['KLHK', 'ORG'], ['Agni', 'PER'], ['Sumatera Utara', 'LOC']], name: 'Agni', isPerson: false,
  },
  {
    what: 'an item of a list of organisations is no person',
    text: 'Pos dibuka di sekolah seperti NU, Darul Aitam, Azzariyah, Adz Zahir, An Nuur dan Darussalam.',
    ents: [['NU', 'ORG'], ['Darul Aitam', 'PER'], ['Azzariyah', 'LOC'], ['Adz Zahir', 'PER'], ['An Nuur', 'PER']], name: 'Adz Zahir', isPerson: false,
  },
  {
    what: 'a name with a number in a later word is a model',
    text: 'Seri yang lebih murah, Redmi 8 dan ponsel lain, belum diresmikan.',
    ents: [['Redmi 8', 'PER']], name: 'Redmi 8', isPerson: false,
  },
  {
    what: 'a name after a lower-case place noun is a place',
    text: 'Ia takut telat sampai sekolah di kawasan Daan Mogot, katanya.',
    ents: [['Daan Mogot', 'PER']], name: 'Daan Mogot', isPerson: false,
  },
  {
    what: 'a name after a place noun and a compass word is a place',
    text: 'Gempa menggoyang wilayah utara Nusalaut pada Jumat.',
    ents: [['Nusalaut', 'PER']], name: 'Nusalaut', isPerson: false,
  },
  {
    what: 'a name after a place noun with a role is still a person',
    text: 'Warga menemui kepala desa Sutrisno di balai.',
    ents: [['Sutrisno', 'PER']], name: 'Sutrisno', isPerson: true,
  },
  {
    what: 'a name after places in apposition, not in a list, stays a person',
    text: 'Korban yang dianiaya di Jalan Wahid Hasyim, Jakarta Pusat, Hinto dikabarkan mencabut laporan.',
    ents: [['Jalan Wahid Hasyim', 'LOC'], ['Jakarta Pusat', 'LOC'], ['Hinto', 'PER']], name: 'Hinto', isPerson: true,
  },
  {
    what: 'a name set off by commas after "seorang <role>" is a person even when tagged a place',
    text: 'Pemilik rumah heran. Seorang pekerja, Rasia, berharap tetap bisa bekerja.',
    ents: [['Rasia', 'LOC']], name: 'Rasia', isPerson: true,
  },
  {
    what: 'a place after a role with no indefinite opener stays a place',
    text: 'Budi adalah warga Nolokerto, Kaliwungu, Kendal.',
    ents: [['Budi', 'PER'], ['Nolokerto', 'LOC'], ['Kaliwungu', 'LOC'], ['Kendal', 'LOC']], name: 'Kaliwungu', isPerson: false,
  },
  {
    what: 'a capitalised clause opener is no part of the name',
    text: 'Pelatnas sudah siap. Selain Jonatan dan Kevin, wakil Indonesia juga bertanding.',
    ents: [['Selain Jonatan', 'PER'], ['Kevin', 'PER'], ['Indonesia', 'LOC']], name: 'Jonatan', isPerson: true,
  },
  {
    what: 'a circuit is a place',
    text: 'Balapan digelar di Sirkuit Silverstone pada Minggu.',
    ents: [['Sirkuit Silverstone', 'PER']], name: 'Sirkuit Silverstone', isPerson: false,
  },
  {
    what: 'a name after a hospital acronym in brackets is the hospital',
    text: 'Habibie dirawat di Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Soebroto, Jakarta.',
    ents: [['Habibie', 'PER'], ['Gatot Soebroto', 'PER'], ['Jakarta', 'LOC']], name: 'Gatot Soebroto', isPerson: false,
  },
  {
    what: 'a person after a bracketed company form keeps the role before it',
    text: 'Direktur Utama PT PP (PERSERO) Lukman Hidayat mengatakan proyek selesai.',
    ents: [['PT PP', 'ORG'], ['Lukman Hidayat', 'PER']], name: 'Lukman Hidayat', isPerson: true,
  },
  {
    what: 'a one-word name after a title head stays a person',
    text: 'Hal itu disampaikan Kapolres Anambas Budiman di kantornya.',
    ents: [['Budiman', 'PER']], name: 'Budiman', isPerson: true,
  },
];

for (const c of notPersonCases) {
  test(`persons: ${c.what}`, () => {
    const { persons } = findPersons(view(c.text, c.ents));
    assert.equal(persons.some((p) => p.name === c.name), c.isPerson, JSON.stringify(persons));
  });
}

const extraRoleCases: Array<{ what: string; text: string; ents: Ent[]; name: string; roles: string[] }> = [
  {
    what: 'a capitalised epithet stands for the one president named',
    text: 'Presiden Joko Widodo menerima Song Tao di Istana. Kepala Negara secara khusus membahas perdagangan.',
    ents: [['Joko Widodo', 'PER'], ['Song Tao', 'PER']], name: 'Joko Widodo', roles: ['Presiden', 'Kepala Negara'],
  },
  {
    what: 'an epithet with two presidents in the article is given to neither',
    text: 'Presiden Joko Widodo menerima Presiden Xi Jinping di Istana. Kepala Negara membahas perdagangan.',
    ents: [['Joko Widodo', 'PER'], ['Xi Jinping', 'PER']], name: 'Joko Widodo', roles: ['Presiden'],
  },
  {
    what: 'a role written again cut short is given once, in full',
    text: 'Gubernur Jawa Tengah Ganjar Pranowo datang. "Imbauan pak Gubernur Ganjar bagus," kata Sri.',
    ents: [['Ganjar Pranowo', 'PER'], ['Ganjar', 'PER', 2], ['Sri', 'PER']], name: 'Ganjar Pranowo', roles: ['Gubernur Jawa Tengah'],
  },
  {
    what: 'a role in apposition ends at the joiner before the next name (Kompas, CLICK-ID 333)',
    text: 'ungkap Lidia M. Panjaitan, Kepala Divisi Pengawasan Transaksi dan Yayuk Sri Wahyuni, PH Kepala Divisi Pengaturan dan Operasional Perdagangan BEI dalam pengumuman bursa.',
    ents: [['Lidia M. Panjaitan', 'PER'], ['Yayuk Sri Wahyuni', 'PER'], ['BEI', 'ORG']], name: 'Lidia M. Panjaitan', roles: ['Kepala Divisi Pengawasan Transaksi'],
  },
  {
    what: 'a name after the joiner does not take the previous person\'s role (CLICK-ID 10045)',
    text: 'Kerja sama diteken Endro Nugroho dengan Erwin Aziz, Ketua Umum KPPDK dan Milyasari, Chief Business Development Dept. KPPDK.',
    ents: [['Endro Nugroho', 'PER'], ['Erwin Aziz', 'PER'], ['KPPDK', 'ORG'], ['Milyasari', 'PER']], name: 'Milyasari', roles: ['Chief Business Development Dept'],
  },
  {
    what: 'a role after a linker ends at the joiner too (CLICK-ID 3157)',
    text: 'Dua dirjen yang dilantik adalah Prim Haryadi sebagai Dirjen Badan Peradilan Umum MA dan Lulik Tri Cahyaningrum sebagai Dirjen Badan Peradilan Militer.',
    ents: [['Prim Haryadi', 'PER'], ['Lulik Tri Cahyaningrum', 'PER'], ['MA', 'ORG']], name: 'Prim Haryadi', roles: ['Dirjen Badan Peradilan Umum MA'],
  },
];

for (const c of extraRoleCases) {
  test(`roles: ${c.what}`, () => {
    const { persons } = findPersons(view(c.text, c.ents));
    assert.deepEqual(persons.find((p) => p.name === c.name)?.roles, c.roles, JSON.stringify(persons));
  });
}

const rankAndRoleCases: Array<{ what: string; text: string; ents: Ent[]; name: string; mentions?: string[]; roles: string[] }> = [
  {
    what: 'a rank with a corps and its bracketed mark is part of the name phrase, and the role before it is this person\'s',
    text: 'Hadir Danlanal Ternate, Kolonel Laut (P) Whisnu Kusardianto, Danrem 152/Babullah Ternate, Kolonel Inf Endro Satoto, dan pejabat lain.',
    ents: [['Ternate', 'LOC'], ['Whisnu Kusardianto', 'PER'], ['Endro Satoto', 'PER']],
    name: 'Whisnu Kusardianto', mentions: ['Kolonel Laut (P) Whisnu Kusardianto'], roles: ['Danlanal Ternate'],
  },
  {
    what: 'TNI after a rank is part of the name phrase, not of the role',
    text: 'Pangdam Jaya Mayjen TNI Eko Margiyono meninjau lokasi banjir di Bekasi.',
    ents: [['TNI', 'ORG'], ['Eko Margiyono', 'PER'], ['Bekasi', 'LOC']],
    name: 'Eko Margiyono', mentions: ['Mayjen TNI Eko Margiyono'], roles: ['Pangdam Jaya'],
  },
  {
    what: 'a retired rank keeps its mark (Purn)',
    text: 'Gubernur Maluku Irjen Pol (Purn) Murad Ismail meresmikan jembatan itu.',
    ents: [['Maluku', 'LOC'], ['Murad Ismail', 'PER']],
    name: 'Murad Ismail', mentions: ['Irjen Pol (Purn) Murad Ismail'], roles: ['Gubernur Maluku'],
  },
  {
    what: 'a description introduces the name with bernama',
    text: 'Polisi menangkap seorang pria bernama Darto di sebuah rumah kontrakan di Ciputat.',
    ents: [['Darto', 'PER'], ['Ciputat', 'LOC']], name: 'Darto', roles: ['pria'],
  },
  {
    what: 'kinship before yang bernama is the person named, not a possessive',
    text: 'Ia mengaku dianiaya oleh sang suami yang bernama Robert hingga lututnya cedera.',
    ents: [['Robert', 'PER']], name: 'Robert', roles: ['suami'],
  },
  {
    what: 'a capitalised body after bernama stays in the description',
    text: 'Perancang mobil itu adalah seorang dosen jurusan Teknik Mesin Unnes bernama Widya Aryadi.',
    ents: [['Unnes', 'ORG'], ['Widya Aryadi', 'PER']], name: 'Widya Aryadi', roles: ['dosen jurusan Teknik Mesin Unnes'],
  },
  {
    what: 'personel heads a role before a comma',
    text: 'Sementara itu personel Tim Reaksi Cepat BPBD Kabupaten Bogor, Asep Rahmat mengatakan air mulai surut.',
    ents: [['BPBD Kabupaten Bogor', 'ORG'], ['Asep Rahmat', 'PER']], name: 'Asep Rahmat', roles: ['personel Tim Reaksi Cepat BPBD Kabupaten Bogor'],
  },
  {
    what: 'a lower-case description goes on to the body it works at after di',
    text: 'Matt Simpson, analis pasar senior di Gain Capital, mengatakan harga minyak masih tertekan.',
    ents: [['Matt Simpson', 'PER'], ['Gain Capital', 'ORG']], name: 'Matt Simpson', roles: ['analis pasar senior di Gain Capital'],
  },
  {
    what: 'after a capitalised office, di tells where the words were said',
    text: 'Hal itu dikatakan Budi Santoso, Kapolres Malang di Mapolres Malang, Senin (16/9/2019).',
    ents: [['Budi Santoso', 'PER'], ['Malang', 'LOC'], ['Mapolres Malang', 'LOC']], name: 'Budi Santoso', roles: ['Kapolres Malang'],
  },
  {
    what: 'a PH (pelaksana harian) opens a role in apposition',
    text: 'Pengumuman itu ditandatangani Yuni Astuti, PH Kepala Divisi Operasional Perdagangan BEI.',
    ents: [['Yuni Astuti', 'PER'], ['BEI', 'ORG']], name: 'Yuni Astuti', roles: ['PH Kepala Divisi Operasional Perdagangan BEI'],
  },
  {
    what: 'an office of 15 tokens before the name is read whole',
    text: 'Kepala Bidang Pembinaan dan Prestasi Pengurus Pusat Persatuan Bulu Tangkis Seluruh Indonesia (PBSI) Susy Susanti meminta pemain berjuang.',
    ents: [['Susy Susanti', 'PER'], ['PBSI', 'ORG']], name: 'Susy Susanti', roles: ['Kepala Bidang Pembinaan dan Prestasi Pengurus Pusat Persatuan Bulu Tangkis Seluruh Indonesia (PBSI)'],
  },
  {
    what: 'a body\'s other name after atau, right before the name, belongs to the role',
    text: 'Ketua Umum Perkumpulan Industri Kecil dan Menengah Komponen Otomotif atau PIKKO, Rosalina Faried menjelaskan rencana itu.',
    ents: [['Rosalina Faried', 'PER'], ['PIKKO', 'ORG']], name: 'Rosalina Faried', roles: ['Ketua Umum Perkumpulan Industri Kecil dan Menengah Komponen Otomotif atau PIKKO'],
  },
  {
    what: 'another office after atau is a role of its own',
    text: 'Hal ini diungkapkan oleh Menteri Perencanaan Pembangunan Nasional (PPN) atau Kepala Bappenas Bambang Brodjonegoro di Jakarta.',
    ents: [['Bambang Brodjonegoro', 'PER'], ['Jakarta', 'LOC']], name: 'Bambang Brodjonegoro', roles: ['Kepala Bappenas'],
  },
  {
    what: 'a possessive kinship word opening a sentence, glued to the paragraph before, is the role of the name after it',
    text: 'Rombongan itu tiba di Kecamatan Amplas.,Suaminya, Yehezkiel (33) tergopoh-gopoh mengangkat koper besar.',
    ents: [['Yehezkiel', 'PER'], ['Kecamatan Amplas', 'LOC']], name: 'Yehezkiel', roles: ['Suaminya'],
  },
  {
    what: 'salah satu opens an apposition like an article',
    text: 'Hal itu dikatakan Sri Astuti, salah satu calon penumpang, di Bandara Soekarno-Hatta.',
    ents: [['Sri Astuti', 'PER'], ['Bandara Soekarno-Hatta', 'LOC']], name: 'Sri Astuti', roles: ['calon penumpang'],
  },
  {
    what: 'salah seorang after the name needs no comma',
    text: 'Keterangan itu diberikan Suhim salah seorang warga sekitar kawasan TNGR.',
    ents: [['Suhim', 'PER'], ['TNGR', 'ORG']], name: 'Suhim', roles: ['warga sekitar kawasan TNGR'],
  },
  {
    what: 'salah satu before a word that is no title head gives no role',
    text: 'Menurut Charles, salah satu keputusan politik terbesar adalah itu.',
    ents: [['Charles', 'PER']], name: 'Charles', roles: [],
  },
  {
    what: 'penggemar is a role in apposition after a linker',
    text: 'Pada 1969, Enrique Corcuera yang merupakan seorang penggemar tenis, tidak memiliki lahan.',
    ents: [['Enrique Corcuera', 'PER']], name: 'Enrique Corcuera', roles: ['penggemar tenis'],
  },
  {
    what: 'penggemar before a name is possessive (the fans of), no role of the name',
    text: 'Ada sebagian penggemar Fiersa Besari yang terpaksa menonton dari luar ruangan.',
    ents: [['Fiersa Besari', 'PER']], name: 'Fiersa Besari', roles: [],
  },
  {
    what: 'an invisible format character after a role is left out of it',
    text: 'Akhmad memberi suap melalui Uka Wisnu Sejati yang merupakan Ajudan Bupati Kudus \u200edan Agus Soeranto.',
    ents: [['Akhmad', 'PER'], ['Uka Wisnu Sejati', 'PER'], ['Agus Soeranto', 'PER']], name: 'Uka Wisnu Sejati', roles: ['Ajudan Bupati Kudus'],
  },
  {
    what: 'commas between the fields an office\'s name lists stay inside the role before the name',
    text: 'Hal itu dikatakan Plt Kepala Dinas Budaya, Pemuda, dan Olahraga Kabupaten Bekasi, Nani Suwarni kepada wartawan.',
    ents: [['Nani Suwarni', 'PER'], ['Kabupaten Bekasi', 'LOC']], name: 'Nani Suwarni', roles: ['Plt Kepala Dinas Budaya, Pemuda, dan Olahraga Kabupaten Bekasi'],
  },
  {
    what: 'commas between the fields an office\'s name lists stay inside the role in apposition',
    text: 'Hal itu dikatakan Nani Suwarni, Kepala Dinas Budaya, Pemuda, dan Olahraga Kabupaten Bekasi, kepada wartawan.',
    ents: [['Nani Suwarni', 'PER'], ['Kabupaten Bekasi', 'LOC']], name: 'Nani Suwarni', roles: ['Kepala Dinas Budaya, Pemuda, dan Olahraga Kabupaten Bekasi'],
  },
  {
    what: 'an office after a comma and dan in a list of officials is the next name\'s own',
    text: 'Hadir Gubernur Jawa Barat Ridwan Kamil, dan Kapolri Jenderal Tito Karnavian menyambut jenazah.',
    ents: [['Ridwan Kamil', 'PER'], ['Tito Karnavian', 'PER']], name: 'Tito Karnavian', roles: ['Kapolri'],
  },
  {
    what: 'a body after di following a title head, before the comma, is part of the role',
    text: 'Hal itu disampaikan Chief Product Officer di HMD Global, Juho Sarvikas, di Jakarta.',
    ents: [['Juho Sarvikas', 'PER'], ['HMD Global', 'ORG'], ['Jakarta', 'LOC']], name: 'Juho Sarvikas', roles: ['Chief Product Officer di HMD Global'],
  },
  {
    what: 'a time adverb (saat itu) closing a role before the comma is left out of it',
    text: 'Proyek itu bermula dari kebijakan Bupati Kuantan Singingi saat itu, Sukarmis yang memindahkan lokasi.',
    ents: [['Sukarmis', 'PER'], ['Kuantan Singingi', 'LOC']], name: 'Sukarmis', roles: ['Bupati Kuantan Singingi'],
  },
  {
    what: 'a lower-case head right after the name, with a word after it, needs no comma; a joiner before the next name\'s own head ends it',
    text: 'Tiga mahasiswa yang terluka yakni Indra Lesmana mahasiswa Fakultas MIPA Unsri dan mahasiswa Ikhsan.',
    ents: [['Indra Lesmana', 'PER'], ['Ikhsan', 'PER'], ['Unsri', 'ORG']], name: 'Indra Lesmana', roles: ['mahasiswa Fakultas MIPA Unsri'],
  },
  {
    what: 'before the name, the head after a joiner is the role when the words before it describe another person',
    text: 'Tiga mahasiswa yang terluka yakni Indra Lesmana mahasiswa Fakultas MIPA Unsri dan mahasiswa Ikhsan.',
    ents: [['Indra Lesmana', 'PER'], ['Ikhsan', 'PER'], ['Unsri', 'ORG']], name: 'Ikhsan', roles: ['mahasiswa'],
  },
  {
    what: 'a description opening the sentence and defined as the name after adalah is the name\'s role',
    text: 'Pencipta padel yang pertama adalah Enrique Corcuera. Ia membangun lapangan di rumahnya.',
    ents: [['Enrique Corcuera', 'PER']], name: 'Enrique Corcuera', roles: ['Pencipta padel yang pertama'],
  },
  {
    what: 'an academic title followed by a description, not by the name, heads a role',
    text: 'Profesor di Karolinska Institute Swedia, Peter Arner mengatakan hal itu kepada wartawan.',
    ents: [['Peter Arner', 'PER'], ['Karolinska Institute', 'ORG']], name: 'Peter Arner', roles: ['Profesor di Karolinska Institute Swedia'],
  },
  {
    what: 'an academic title followed by the name stays an honorific',
    text: 'Hal itu disampaikan Profesor BJ Habibie di Jakarta.',
    ents: [['BJ Habibie', 'PER']], name: 'BJ Habibie', roles: [],
  },
  {
    what: 'anak right before the name, after a lower-case word of a description, is its field, not a possessive',
    text: 'Hal itu dikatakan konsultan tumbuh kembang anak Meta Hanindita di Jakarta.',
    ents: [['Meta Hanindita', 'PER'], ['Jakarta', 'LOC']], name: 'Meta Hanindita', roles: ['konsultan tumbuh kembang anak'],
  },
  {
    what: 'another kinship word after a description stays a possessive',
    text: 'Kabar bangkrutnya manajemen artis milik suami Mulan Jameela itu belum jelas.',
    ents: [['Mulan Jameela', 'PER']], name: 'Mulan Jameela', roles: [],
  },
  {
    what: 'a plural description defined as a list of names after adalah is no one\'s role',
    text: 'Empat pemain Persija yang tidak bisa tampil adalah Andritany Ardhiyasa, Rohit Chand, dan Ismed Sofyan.',
    ents: [['Andritany Ardhiyasa', 'PER'], ['Rohit Chand', 'PER'], ['Ismed Sofyan', 'PER'], ['Persija', 'ORG']], name: 'Andritany Ardhiyasa', roles: [],
  },
  {
    what: 'a lower-case head right after the name followed by a stop word gives no role',
    text: 'Namun bukan Lukaku pemain yang lagi naik daun di Inter.',
    ents: [['Lukaku', 'PER'], ['Inter', 'ORG']], name: 'Lukaku', roles: [],
  },
  {
    what: 'an acting post (Pelaksana Tugas) opens the role',
    text: 'Pelaksana Tugas Direktur Utama Railink, Mukti Jauhari mengatakan tiket bisa dibeli.',
    ents: [['Mukti Jauhari', 'PER'], ['Railink', 'ORG']], name: 'Mukti Jauhari', roles: ['Pelaksana Tugas Direktur Utama Railink'],
  },
  {
    what: 'a description opening a sentence points back to the one person named just before',
    text: 'Cristiano Ronaldo mencetak empat gol ke gawang Lituania. Pemain Juventus itu kini mengoleksi 94 gol.',
    ents: [['Cristiano Ronaldo', 'PER'], ['Lituania', 'LOC'], ['Juventus', 'ORG']], name: 'Cristiano Ronaldo', roles: ['Pemain Juventus'],
  },
  {
    what: 'a description with ini and lower-case words points back too',
    text: 'Polisi menangkap Kapolda Jatim Irjen Luki Hermawan? Bukan. Irjen Luki Hermawan memimpin rapat. Jenderal bintang dua ini menambahkan, pelaku sudah ditahan.',
    ents: [['Luki Hermawan', 'PER'], ['Luki Hermawan', 'PER', 2]], name: 'Luki Hermawan', roles: ['Kapolda Jatim', 'Jenderal bintang dua'],
  },
  {
    what: 'a sentence-opening description with two people named before is given to neither',
    text: 'Lionel Messi dan Luis Suarez bermain sejak menit awal. Pemain asal Argentina itu gagal mencetak gol.',
    ents: [['Lionel Messi', 'PER'], ['Luis Suarez', 'PER']], name: 'Lionel Messi', roles: [],
  },
  {
    what: 'kinship held for another person named inside a sentence-opening description points back to the one named before',
    text: 'Nikita Mirzani tak kuasa menahan emosinya. Mantan istri Dipo Latief itu membentak lawannya.',
    ents: [['Nikita Mirzani', 'PER'], ['Dipo Latief', 'PER']], name: 'Nikita Mirzani', roles: ['Mantan istri Dipo Latief'],
  },
  {
    what: 'the other person\'s own role before the name stays inside the description',
    text: 'Anang Hermansyah menjadi juri lagi. Suami penyanyi Ashanty itu menyebut semuanya lancar.',
    ents: [['Anang Hermansyah', 'PER'], ['Ashanty', 'PER']], name: 'Anang Hermansyah', roles: ['Suami penyanyi Ashanty'],
  },
  {
    what: 'kinship with no holder named inside points to no one before (the holder is the one named)',
    text: 'Jasad Endang ditemukan anak angkatnya. Anak angkat itu mencoba mencari Endang.',
    ents: [['Endang', 'PER'], ['Endang', 'PER', 2]], name: 'Endang', roles: [],
  },
  {
    what: 'a description opening the main clause after a short adverbial phrase points back too',
    text: 'Eubank Jr merebut sabuk juara IBO. Sejak itu, petinju Inggris itu seperti hilang.',
    ents: [['Eubank Jr', 'PER'], ['IBO', 'ORG']], name: 'Eubank Jr', roles: ['petinju Inggris'],
  },
  {
    what: 'a description naming someone (bernama) after an adverbial phrase is no pointer back',
    text: 'Camila tampil di panggung. Sebelumnya, penyanyi bernama lengkap Normani Hamilton itu merilis lagu.',
    ents: [['Camila', 'PER'], ['Normani Hamilton', 'PER']], name: 'Camila', roles: [],
  },
  {
    what: 'a description inside a quotation is the speaker\'s, about anyone',
    text: 'Ichwan bercerita tentang Habibie. "Saya bertanya dari mana surat itu. Pedagang perangko Jerman itu tertawa," kata Ichwan.',
    ents: [['Ichwan', 'PER'], ['Habibie', 'PER']], name: 'Ichwan', roles: [],
  },
  {
    what: 'a description after a noun or verb is its object, not a subject pointing back',
    text: 'Sobri sudah menerima surat panggilan dari polisi. Ia mempertanyakan kasus yang menyeret Ketum FPI tersebut.',
    ents: [['Sobri', 'PER'], ['FPI', 'ORG']], name: 'Sobri', roles: [],
  },
  {
    what: 'another spelling of a person\'s name before a comma ends a clause, not a role held for them',
    text: 'Polisi menetapkan Veronica Koman sebagai tersangka. Menanggapi desakan PBB mencabut status tersangka Veronika Koman, Luki enggan berkomentar.',
    ents: [['Veronica Koman', 'PER'], ['PBB', 'ORG'], ['Luki', 'PER']], name: 'Luki', roles: [],
  },
  {
    what: 'a relative clause closed by a comma belongs to the lower-case description after a name',
    text: 'Keduanya menggantikan Dimas Ekky Pratama, pembalap yang pernah ditempa dalam Astra Honda Racing Team (AHRT), pekan lalu.',
    ents: [['Dimas Ekky Pratama', 'PER'], ['Astra Honda Racing Team', 'ORG']], name: 'Dimas Ekky Pratama',
    roles: ['pembalap yang pernah ditempa dalam Astra Honda Racing Team (AHRT)'],
  },
  {
    what: 'a relative clause holding the main clause\'s reporting verb is left out',
    text: 'Yono, pengendara sepeda motor yang kerap melintas di jalan tersebut mengatakan, trotoar itu berbahaya.',
    ents: [['Yono', 'PER']], name: 'Yono', roles: ['pengendara sepeda motor'],
  },
  {
    what: 'a relative clause holding a linker (a second role) is left out',
    text: 'Hal itu disampaikan Johan Budi, mantan juru bicara yang sekarang menjadi anggota DPR, kemarin.',
    ents: [['Johan Budi', 'PER'], ['DPR', 'ORG']], name: 'Johan Budi', roles: ['mantan juru bicara'],
  },
  {
    what: 'a football position heads a role before the name',
    text: 'Bek Manchester United Victor Lindelof telah menandatangani kontrak baru hingga 2024.',
    ents: [['Manchester United', 'ORG'], ['Victor Lindelof', 'PER']], name: 'Victor Lindelof', roles: ['Bek Manchester United'],
  },
  {
    what: 'idolanya is a possessive relation before a name',
    text: 'Kini ia punya kesempatan berbagi paddock dengan idolanya, Valentino Rossi.',
    ents: [['Valentino Rossi', 'PER']], name: 'Valentino Rossi', roles: ['idolanya'],
  },
  {
    what: 'an article may open an apposition; the role starts at its head',
    text: '"Kebakaran ini paling besar," kata Latuconsina, seorang warga Agats, kepada wartawan.',
    ents: [['Latuconsina', 'PER'], ['Agats', 'LOC']], name: 'Latuconsina', roles: ['warga Agats'],
  },
  {
    what: 'kinship after an article before a comma is the named person\'s',
    text: 'Kabar duka datang dari keluarga aktor itu. Sang ayah, Benjamin Djunaedi, meninggal dunia pada Selasa.',
    ents: [['Benjamin Djunaedi', 'PER']], name: 'Benjamin Djunaedi', roles: ['ayah'],
  },
  {
    what: 'a lower-case head before another person and a comma is a role held for them',
    text: '"Iya dirawat sejak Senin," kata pengacara Kivlan Zen, Tonin Tachta saat dikonfirmasi.',
    ents: [['Kivlan Zen', 'PER'], ['Tonin Tachta', 'PER']], name: 'Tonin Tachta', roles: ['pengacara Kivlan Zen'],
  },
  {
    what: 'a list of names after a lower-case head gives no held-for role',
    text: 'Liverpool tidak diperkuat sejumlah pemain seperti kiper Alisson Becker, Naby Keita, dan Nathaniel Clyne.',
    ents: [['Liverpool', 'ORG'], ['Alisson Becker', 'PER'], ['Naby Keita', 'PER'], ['Nathaniel Clyne', 'PER']], name: 'Naby Keita', roles: [],
  },
  {
    what: 'two commas left by a dropped link still join a role to the name (CLICK-ID)',
    text: '– Pelatih,, Frank Lampard, memastikan Kante bakal absen.',
    ents: [['Frank Lampard', 'PER'], ['Kante', 'PER']], name: 'Frank Lampard', roles: ['Pelatih'],
  },
  {
    what: 'a short form bracketed after a dropped link keeps the role before it (Presiden , (Jokowi), CLICK-ID)',
    text: ' - Presiden , (Jokowi) berjanji akan menempatkan putra-putri Papua di BUMN.',
    ents: [['Jokowi', 'PER'], ['Papua', 'LOC'], ['BUMN', 'ORG']], name: 'Jokowi', roles: ['Presiden'],
  },
  {
    what: 'a lower-case head that needs what it heads, alone before the name, is no role (ke kepala Mateo Musacchio)',
    text: 'Kakinya mampir ke kepala Mateo Musacchio dalam laga itu.',
    ents: [['Mateo Musacchio', 'PER']], name: 'Mateo Musacchio', roles: [],
  },
  {
    what: 'a word for a daughter opening the clause is the role of the one named after the comma (Putri Ma\'ruf Amin, Siti)',
    text: "Kondisinya membaik. Putri Ma'ruf Amin, Siti Ma'rifah membenarkan ayahnya menjenguk.",
    ents: [["Ma'ruf Amin", 'PER'], ["Siti Ma'rifah", 'PER']], name: "Siti Ma'rifah", roles: ["Putri Ma'ruf Amin"],
  },
  {
    what: 'terpilih after a head stays in the role',
    text: 'Anggota DPR terpilih dari Fraksi NasDem, Charles Meikyansyah mengaku kaget mendengar kabar itu.',
    ents: [['DPR', 'ORG'], ['NasDem', 'ORG'], ['Charles Meikyansyah', 'PER']], name: 'Charles Meikyansyah', roles: ['Anggota DPR terpilih dari Fraksi NasDem'],
  },
  {
    what: 'a corps word the tagger put in the name belongs to the rank before it',
    text: 'Kepala Bidang Penerangan Umum Puspen TNI, Kolonel Sus Taibur Rahman mengatakan mutasi itu biasa.',
    ents: [['Puspen TNI', 'ORG'], ['Sus Taibur Rahman', 'PER']], name: 'Taibur Rahman', mentions: ['Kolonel Sus Taibur Rahman'], roles: ['Kepala Bidang Penerangan Umum Puspen TNI'],
  },
  {
    what: 'the author line of an opinion piece gives the role after a glued full stop',
    text: 'Perlu nafas panjang untuk memberantas korupsi. Ardi Winangun.Direktur Indonesia Political Review (IPR).',
    ents: [['Ardi Winangun', 'PER'], ['Indonesia Political Review', 'ORG']], name: 'Ardi Winangun', roles: ['Direktur Indonesia Political Review (IPR)'],
  },
  {
    what: 'a glued full stop before another person\'s role and name gives no apposition',
    text: '"Dia berpura-pura sebagai petugas," kata Argo.Kapolres Pelabuhan Tanjung Priok, AKBP Reynold Hutagalung menambahkan.',
    ents: [['Argo', 'PER'], ['Reynold Hutagalung', 'PER']], name: 'Argo', roles: [],
  },
  {
    what: 'a sentence-opening description of someone the sentence names anew is nobody\'s role before it',
    text: 'Kapolres Tasikmalaya AKBP Faruk Rozi memerintahkan strobo dicopot. Pengemudi Pajero itu diketahui berinisial AR.',
    ents: [['Faruk Rozi', 'PER']], name: 'Faruk Rozi', roles: ['Kapolres Tasikmalaya'],
  },
  {
    what: 'a person named inside a quotation is not whom a sentence-opening description points to',
    text: '"Kebijakan Presiden Prabowo Subianto tegas," tuturnya. Waketum PAN ini meyakini ada keuntungan besar.',
    ents: [['Prabowo Subianto', 'PER'], ['PAN', 'ORG']], name: 'Prabowo Subianto', roles: ['Presiden'],
  },
  {
    what: 'kinship in apposition before another person is held for them',
    text: 'Vicky kaget melihat Iva Lola yang merupakan mantan kekasih Vicky datang ke studio.',
    ents: [['Vicky', 'PER'], ['Iva Lola', 'PER'], ['Vicky', 'PER', 2]], name: 'Iva Lola', roles: ['mantan kekasih Vicky'],
  },
  {
    what: 'in a list of people with roles before their names, the next head is the next person\'s',
    text: 'Lima capim terpilih adalah Firli Bahuri, advokat Lili Pintauli Siregar, jaksa Johanis Tanak, dan hakim Nawawi Pomolango.',
    ents: [['Firli Bahuri', 'PER'], ['Lili Pintauli Siregar', 'PER'], ['Johanis Tanak', 'PER'], ['Nawawi Pomolango', 'PER']], name: 'Firli Bahuri', roles: [],
  },
  {
    what: 'kinship opening the phrase before a comma is held for the office holder after it',
    text: 'Rombongan itu disambut istri mantan Wakil Gubernur DKI Jakarta Sandiaga Uno, Nur Asia, di rumahnya.',
    ents: [['Sandiaga Uno', 'PER'], ['Nur Asia', 'PER']], name: 'Nur Asia', roles: ['istri mantan Wakil Gubernur DKI Jakarta Sandiaga Uno'],
  },
  {
    what: 'a body after di in a lower-case description before a comma stays in the role',
    text: 'Suatu ketika, pengajar di Pondok Buntet Pesantren Cirebon, Abdullah Syukri mendapat izin dari keluarganya.',
    ents: [['Pondok Buntet Pesantren Cirebon', 'ORG'], ['Abdullah Syukri', 'PER']], name: 'Abdullah Syukri', roles: ['pengajar di Pondok Buntet Pesantren Cirebon'],
  },
  {
    what: 'a noun after an article that is no kinship or title gives no role (menurut seorang undangan, Bolton ...)',
    text: 'Menurut salah seorang undangan, Bolton juga mengatakan pemerintah meyakini Iran berada di balik serangan itu.',
    ents: [['Bolton', 'PER'], ['Iran', 'LOC']], name: 'Bolton', roles: [],
  },
  {
    what: 'a lower-case ordinal after a role is not a corps word',
    text: 'Marc Marquez menjadi pembalap pertama yang meraih delapan kemenangan musim ini.',
    ents: [['Marc Marquez', 'PER']], name: 'Marc Marquez', roles: ['pembalap'],
  },
];

for (const c of rankAndRoleCases) {
  test(`roles: ${c.what}`, () => {
    const { persons } = findPersons(view(c.text, c.ents));
    const p = persons.find((x) => x.name === c.name);
    assert.ok(p, `no person ${c.name}; got ${JSON.stringify(persons)}`);
    if (c.mentions) assert.deepEqual(p.mentions, c.mentions);
    assert.deepEqual(p.roles, c.roles);
  });
}

const misspellingCases: Array<{ what: string; text: string; ents: Ent[]; persons: Array<[name: string, mentions: string[]]> }> = [
  {
    what: 'a full name misspelt by one letter in one word is the same person; the frequent spelling names them',
    text: 'Pebalap Gerry Salim tampil di Aragon. Gerry Salim optimistis. Penampilan Gerry Salom di GP Aragon menjadi momen berharga.',
    ents: [['Gerry Salim', 'PER'], ['Gerry Salim', 'PER', 2], ['Gerry Salom', 'PER']],
    persons: [['Gerry Salim', ['Gerry Salim', 'Gerry Salom']]],
  },
  {
    what: 'two people whose names differ by more than one letter stay two',
    text: 'Budi Santoso bertemu Budi Susanto di Bandung. Keduanya membahas proyek jalan.',
    ents: [['Budi Santoso', 'PER'], ['Budi Susanto', 'PER']],
    persons: [['Budi Santoso', ['Budi Santoso']], ['Budi Susanto', ['Budi Susanto']]],
  },
  {
    what: 'short words differing by one letter are different names (Ani, Ana)',
    text: 'Siti Ani dan Siti Ana adalah saudara kembar yang lulus bersama.',
    ents: [['Siti Ani', 'PER'], ['Siti Ana', 'PER']],
    persons: [['Siti Ani', ['Siti Ani']], ['Siti Ana', ['Siti Ana']]],
  },
];

for (const c of misspellingCases) {
  test(`clusters: ${c.what}`, () => {
    const { persons } = findPersons(view(c.text, c.ents));
    assert.deepEqual(persons.map((p) => [p.name, p.mentions]), c.persons);
  });
}

test('persons: a clipped first name is the one full name it clips (Alex, Alex Marwata → Alexander Marwata)', () => {
  const cases: Array<[string, Ent[], Array<[string, string[]]>]> = [
    ['Wakil Ketua KPK Alexander Marwata hadir. Alex mengatakan proses bisnis akan berubah.',
      [['KPK', 'ORG'], ['Alexander Marwata', 'PER'], ['Alex', 'PER', 2]], [['Alexander Marwata', ['Alexander Marwata', 'Alex']]]],
    ['Alexander Marwata hadir. Menurut Alex Marwata, proses bisnis akan berubah.',
      [['Alexander Marwata', 'PER'], ['Alex Marwata', 'PER']], [['Alexander Marwata', ['Alexander Marwata', 'Alex Marwata']]]],
    // two full names fit: neither takes the short form
    ['Alexander Marwata dan Alexandra Dewi hadir. Alex mengatakan proses bisnis akan berubah.',
      [['Alexander Marwata', 'PER'], ['Alexandra Dewi', 'PER'], ['Alex', 'PER', 3]],
      [['Alexander Marwata', ['Alexander Marwata']], ['Alexandra Dewi', ['Alexandra Dewi']], ['Alex', ['Alex']]]],
    // a near name, not a clip (Andi is a name of its own, not Andika cut short)
    ['Andika Perkasa hadir. Andi Wijaya mengatakan acara itu ramai. Menurut Andi, tamu datang dari jauh.',
      [['Andika Perkasa', 'PER'], ['Andi Wijaya', 'PER'], ['Andi', 'PER', 3]],
      [['Andika Perkasa', ['Andika Perkasa']], ['Andi Wijaya', ['Andi Wijaya', 'Andi']]]],
  ];
  for (const [text, ents, want] of cases) {
    const { persons } = findPersons(view(text, ents));
    assert.deepEqual(persons.map((p) => [p.name, p.mentions]), want, text);
  }
});

const session11Cases: Array<{ what: string; text: string; ents: Ent[]; persons: Array<[name: string, mentions: string[], roles: string[]]> }> = [
  {
    what: 'a hyphenated name inside a role in apposition stays whole (An-Nuaimy, Saint-Germain)',
    text: 'Khotbah dibawakan Ustaz Hasan Basri, dosen Sekolah Tinggi An-Nuaimy, Jakarta. Jamaah memadati masjid.',
    ents: [['Hasan Basri', 'PER'], ['Jakarta', 'LOC']],
    persons: [['Hasan Basri', ['Ustaz Hasan Basri'], ['dosen Sekolah Tinggi An-Nuaimy, Jakarta']]],
  },
  {
    what: 'a dash between words still ends a role in apposition',
    text: 'Rudi, warga Sleman - yang juga pedagang - mengaku rugi.',
    ents: [['Rudi', 'PER'], ['Sleman', 'LOC']],
    persons: [['Rudi', ['Rudi'], ['warga Sleman']]],
  },
  {
    what: 'after a sentence-opening Menurut X, a phrase running into a verb is the subject of the main clause',
    text: 'Menurut Susanto, anggota TNI dari Kodim Kebumen mengamankan pemagaran aset itu.',
    ents: [['Susanto', 'PER'], ['Kodim Kebumen', 'ORG']],
    persons: [['Susanto', ['Susanto'], []]],
  },
  {
    what: 'after a clause-opening menurut X, the same holds (pengemudi mobil ... menghindar)',
    text: 'Saat hendak ditilang, menurut Eka, pengemudi mobil itu menghindar dengan memacu kendaraannya.',
    ents: [['Eka', 'PER']],
    persons: [['Eka', ['Eka'], []]],
  },
  {
    what: 'after Menurut X, an apposition closed by a comma is still a role',
    text: 'Menurut Budi, warga Desa Sukamaju, banjir datang tengah malam.',
    ents: [['Budi', 'PER'], ['Desa Sukamaju', 'LOC']],
    persons: [['Budi', ['Budi'], ['warga Desa Sukamaju']]],
  },
  {
    what: 'a preposition in mid-clause does not stop an apposition (untuk X, terdakwa ...)',
    text: 'Hal itu disampaikan Bowo saat bersaksi untuk Indah, terdakwa kasus dugaan suap terkait kontrak kapal.',
    ents: [['Bowo', 'PER'], ['Indah', 'PER']],
    persons: [['Bowo', ['Bowo'], []], ['Indah', ['Indah'], ['terdakwa kasus dugaan suap']]],
  },
  {
    what: 'a Balinese particle before a name word belongs to the name, not to the role before it',
    text: 'Kapolsek Kuta AKP I Gusti Putu Arnata membenarkan kejadian itu. Menurut Putu, pelaku sudah ditahan.',
    ents: [['Gusti Putu Arnata', 'PER'], ['Kuta', 'LOC']],
    persons: [['I Gusti Putu Arnata', ['AKP I Gusti Putu Arnata'], ['Kapolsek Kuta']]],
  },
  {
    what: 'the name word after a particle, written alone, is the same person (Nyoman of I Nyoman Wara)',
    text: 'Auditor BPK, I Nyoman Wara, memilih tidak bersikap. Nyoman mengaku belum membaca laporan itu.',
    ents: [['BPK', 'ORG'], ['Nyoman Wara', 'PER'], ['Nyoman', 'PER', 2]],
    persons: [['I Nyoman Wara', ['I Nyoman Wara', 'Nyoman'], ['Auditor BPK']]],
  },
  {
    what: 'a roman numeral I before another name is not a particle',
    text: 'Wakil Ketua I Budi Santoso membuka rapat itu.',
    ents: [['Budi Santoso', 'PER']],
    persons: [['Budi Santoso', ['Budi Santoso'], ['Wakil Ketua I']]],
  },
  {
    what: 'a short capitalised stop word opening a sentence is no given name when the rest is named elsewhere (Oleh Kasri)',
    text: 'Kasri mengajar agama di sekolah itu. Oleh Kasri, murid itu diberi hukuman setrap.',
    ents: [['Kasri', 'PER'], ['Oleh Kasri', 'PER']],
    persons: [['Kasri', ['Kasri'], []]],
  },
  {
    what: 'a middle name written alone is the one person whose name holds it (Tito of Muhammad Tito Karnavian)',
    text: 'Menteri Dalam Negeri Muhammad Tito Karnavian meminta daerah siaga. Tito mengatakan anggaran sudah tersedia.',
    ents: [['Muhammad Tito Karnavian', 'PER'], ['Tito', 'PER']],
    persons: [['Muhammad Tito Karnavian', ['Muhammad Tito Karnavian', 'Tito'], ['Menteri Dalam Negeri']]],
  },
  {
    what: 'a middle name held by two full names joins neither',
    text: 'Ahmad Gunadi Santoso dan Rina Gunadi Lestari hadir di acara itu. Gunadi mengatakan acara berjalan lancar.',
    ents: [['Ahmad Gunadi Santoso', 'PER'], ['Rina Gunadi Lestari', 'PER'], ['Gunadi', 'PER', 3]],
    persons: [['Ahmad Gunadi Santoso', ['Ahmad Gunadi Santoso'], []], ['Rina Gunadi Lestari', ['Rina Gunadi Lestari'], []], ['Gunadi', ['Gunadi'], []]],
  },
  {
    what: 'an acronym the text defined for a body, opening a person span, is role context (UMM Ulytz Sukma Susila)',
    text: 'Universitas Muhammadiyah Malang (UMM) membuat alat bantu. Alat itu digagas mahasiswa Teknik Industri UMM Ulytz Sukma Susila.',
    ents: [['Universitas Muhammadiyah Malang', 'ORG'], ['UMM Ulytz Sukma Susila', 'PER']],
    persons: [['Ulytz Sukma Susila', ['Ulytz Sukma Susila'], ['mahasiswa Teknik Industri UMM']]],
  },
  {
    what: 'a rank written out in words belongs to the mention, not the role (Inspektur Jenderal, Komisaris Besar Polisi)',
    text: 'Kepala Kepolisian Jawa Timur Inspektur Jenderal Luki Hermawan hadir. Kabid Humas Polda Jatim Komisaris Besar Polisi Frans Barung Mangera menjelaskan.',
    ents: [['Luki Hermawan', 'PER'], ['Frans Barung Mangera', 'PER']],
    persons: [
      ['Luki Hermawan', ['Inspektur Jenderal Luki Hermawan'], ['Kepala Kepolisian Jawa Timur']],
      ['Frans Barung Mangera', ['Komisaris Besar Polisi Frans Barung Mangera'], ['Kabid Humas Polda Jatim']],
    ],
  },
  {
    what: 'the Jenderal of Direktur Jenderal is the office, and the directorate word the tagger put in the name goes to the role',
    text: 'Plt. Direktur Jenderal Imigrasi Yuldi Yusman mengatakan pemeriksaan diperketat.',
    ents: [['Imigrasi Yuldi Yusman', 'PER']],
    persons: [['Yuldi Yusman', ['Yuldi Yusman'], ['Plt. Direktur Jenderal Imigrasi']]],
  },
  {
    what: 'a rank word after an office that is no compound title stays the name\'s rank (Kapolri Jenderal Tito)',
    text: 'Kapolri Jenderal Tito Karnavian meninjau lokasi. Sekretaris Jenderal Tomsi Tohir mendampingi.',
    ents: [['Tito Karnavian', 'PER'], ['Tomsi Tohir', 'PER']],
    persons: [['Tito Karnavian', ['Jenderal Tito Karnavian'], ['Kapolri']], ['Tomsi Tohir', ['Tomsi Tohir'], ['Sekretaris Jenderal']]],
  },
  {
    what: 'after Tak hanya X, the phrase that follows is the main clause\'s subject',
    text: 'Tak hanya Aris, wartawan yang tengah meliput pun ikut dibentak pengendara itu.',
    ents: [['Aris', 'PER']],
    persons: [['Aris', ['Aris'], []]],
  },
  {
    what: 'in a list of officials written role first, a role phrase before the next role is no apposition of the name before it',
    text: 'Hadir Kepala Dinas Perhubungan Syafrin Liputo, Kepala Dinas Lingkungan Hidup Andono Warih, dan Kepala Dinas Kehutanan Suzi Marsitawati.',
    ents: [['Syafrin Liputo', 'PER'], ['Suzi Marsitawati', 'PER']],
    persons: [['Syafrin Liputo', ['Syafrin Liputo'], ['Kepala Dinas Perhubungan']], ['Suzi Marsitawati', ['Suzi Marsitawati'], ['Kepala Dinas Kehutanan']]],
  },
  {
    what: 'a lower-case description in apposition stays before an address list (warga Jalan ..., RT ...)',
    text: 'Korban luka adalah sopir Zaenal Abidin (33), warga Jalan Soekarno Hatta Nomor 31, RT 10/03, Kelurahan Cibuntu.',
    ents: [['Zaenal Abidin', 'PER']],
    persons: [['Zaenal Abidin', ['Zaenal Abidin'], ['sopir', 'warga Jalan Soekarno Hatta Nomor 31']]],
  },
  {
    what: 'minister abbreviations and entertainers head roles (Menristekdikti, komika)',
    text: 'Menristekdikti Muhammad Nasir membuka acara itu, yang juga dimeriahkan komika Kiky Saputri.',
    ents: [['Muhammad Nasir', 'PER'], ['Kiky Saputri', 'PER']],
    persons: [['Muhammad Nasir', ['Muhammad Nasir'], ['Menristekdikti']], ['Kiky Saputri', ['Kiky Saputri'], ['komika']]],
  },
  {
    what: 'a name the tokenizer split at a hyphen is whole again when the tagger starts after it (Pierre-Emerick)',
    text: 'Gol Arsenal dibuat Bukayo Saka dan Pierre-Emerick Aubameyang pada babak kedua.',
    ents: [['Bukayo Saka', 'PER'], ['Emerick Aubameyang', 'PER']],
    persons: [['Bukayo Saka', ['Bukayo Saka'], []], ['Pierre-Emerick Aubameyang', ['Pierre-Emerick Aubameyang'], []]],
  },
  {
    what: 'a pair of names joined by a hyphen stays two people (Jokowi-Maruf)',
    text: 'Spanduk Jokowi-Maruf terpasang di Solo. Jokowi menyapa warga.',
    ents: [['Jokowi', 'PER'], ['Maruf', 'PER'], ['Solo', 'LOC'], ['Jokowi', 'PER', 2]],
    persons: [['Jokowi', ['Jokowi'], []], ['Maruf', ['Maruf'], []]],
  },
  {
    what: 'a head inside the name of a building is no role (Kantor Wali Kota, Kantor Staf Presiden)',
    text: 'Petugas keamanan dalam Kantor Wali Kota Jakarta Timur, Dedi mengatakan lift itu rusak. Juru Bicara Kantor Staf Presiden Fadjroel Rachman hadir.',
    ents: [['Dedi', 'PER'], ['Fadjroel Rachman', 'PER']],
    persons: [['Dedi', ['Dedi'], []], ['Fadjroel Rachman', ['Fadjroel Rachman'], ['Juru Bicara Kantor Staf Presiden']]],
  },
  {
    what: 'capitalised name words after a rank are a person even where the tagger left them untagged',
    text: 'Massa meminta Presiden segera melantik pimpinan baru yang dikomandani Irjen Firli Bahhuri Cs.',
    ents: [],
    persons: [['Firli Bahhuri', ['Irjen Firli Bahhuri'], []]],
  },
  {
    what: 'a name word after a rank that the tagger left out joins the tagged person after it (AKBP Moch + Faruk Rozi)',
    text: 'Kapolres Tasikmalaya Kota AKBP Moch Faruk Rozi membenarkan kejadian itu.',
    ents: [['Faruk Rozi', 'PER']],
    persons: [['Moch Faruk Rozi', ['AKBP Moch Faruk Rozi'], ['Kapolres Tasikmalaya Kota']]],
  },
  {
    what: 'a rank that is a dictionary word names no one by itself (Direktorat Jenderal Pajak)',
    text: 'Pegawai Direktorat Jenderal Pajak memeriksa laporan itu.',
    ents: [],
    persons: [],
  },
  {
    what: 'a role after juga menjabat sebagai (three linkers in a row)',
    text: 'Agus Suherman juga menjabat sebagai Plt. Direktur Utama Perindo sejak Mei.',
    ents: [['Agus Suherman', 'PER']],
    persons: [['Agus Suherman', ['Agus Suherman'], ['Plt. Direktur Utama Perindo']]],
  },
  {
    what: 'after a bracketed age, a lower-case description needs no comma; in a list each person keeps their own',
    text: 'Korban tewas yakni Agus (30) warga RT 03, Rizal (25) warga RT 04 dan Warnu (78) warga RT 01.',
    ents: [['Agus', 'PER'], ['Rizal', 'PER'], ['Warnu', 'PER']],
    persons: [['Agus', ['Agus'], ['warga RT 03']], ['Rizal', ['Rizal'], ['warga RT 04']], ['Warnu', ['Warnu'], ['warga RT 01']]],
  },
  {
    what: 'a list item whose next name the tagger missed ends the role at the joiner before it (the name, before an age, is read)',
    text: 'Korban tewas yakni Rizal (25) warga RT 04 dan Warnu (78) warga RT 01.',
    ents: [['Rizal', 'PER']],
    persons: [['Rizal', ['Rizal'], ['warga RT 04']], ['Warnu', ['Warnu'], ['warga RT 01']]],
  },
  {
    what: 'a description before a namer introducing a list is the role of every name of it, past their ages',
    text: 'Polisi menetapkan enam tersangka berinisial HK, AZ dan AF. Pelaku berinisial AS (34) dan MR (25) ditangkap di rumahnya.',
    ents: [['HK', 'PER'], ['AZ', 'PER'], ['AF', 'PER'], ['AS', 'PER'], ['MR', 'PER']],
    persons: [['HK', ['HK'], ['tersangka']], ['AZ', ['AZ'], ['tersangka']], ['AF', ['AF'], ['tersangka']], ['AS', ['AS'], ['Pelaku']], ['MR', ['MR'], ['Pelaku']]],
  },
  {
    what: 'a name of such a list with a description of its own keeps that one',
    text: 'Dua korban bernama Ani Lestari dan Budi Santoso warga Desa Sukamaju dirawat.',
    ents: [['Ani Lestari', 'PER'], ['Budi Santoso', 'PER']],
    persons: [['Ani Lestari', ['Ani Lestari'], ['korban']], ['Budi Santoso', ['Budi Santoso'], ['warga Desa Sukamaju']]],
  },
  {
    what: 'a relative clause after the comma names the role (yang bertindak sebagai)',
    text: 'Bripka Sigit Adrianto, yang bertindak sebagai pembina upacara, menyampaikan amanat.',
    ents: [['Sigit Adrianto', 'PER']],
    persons: [['Sigit Adrianto', ['Bripka Sigit Adrianto'], ['pembina upacara']]],
  },
  {
    what: 'a head right after a word naming a body is part of its name (Dewan Pengawas), one further right is not',
    text: 'Mengenai posisi Dewan Pengawas, Margarito menegaskan itu tergantung Presiden. Anggota Dewan Pengawas KPK Syamsuddin Haris hadir.',
    ents: [['Margarito', 'PER'], ['KPK', 'ORG'], ['Syamsuddin Haris', 'PER']],
    persons: [['Margarito', ['Margarito'], []], ['Syamsuddin Haris', ['Syamsuddin Haris'], ['Anggota Dewan Pengawas KPK']]],
  },
  {
    what: 'a role after a linker before a comma belongs to the one named before the linker (selaku Direktur Utama, Harry)',
    text: 'Terdakwa bersama Hendrisman Rahim selaku Direktur Utama, Harry Prasetyo selaku Direktur Keuangan, serta Syahmirwan.',
    ents: [['Hendrisman Rahim', 'PER'], ['Harry Prasetyo', 'PER'], ['Syahmirwan', 'PER']],
    persons: [['Hendrisman Rahim', ['Hendrisman Rahim'], ['Direktur Utama']], ['Harry Prasetyo', ['Harry Prasetyo'], ['Direktur Keuangan']], ['Syahmirwan', ['Syahmirwan'], []]],
  },
  {
    what: 'a linker opening the sentence still gives its role to the name after the comma (Selaku Ketua DPRD, Abisai)',
    text: 'Selaku Ketua DPRD Kota Jayapura, Abisai Rollo meminta warga tenang.',
    ents: [['Abisai Rollo', 'PER']],
    persons: [['Abisai Rollo', ['Abisai Rollo'], ['Ketua DPRD Kota Jayapura']]],
  },
  {
    what: 'a body span ending in an acronym and a person named elsewhere is cut before the name (PT AJS Hendrisman Rahim)',
    text: 'Hendrisman Rahim hadir di sidang. Kemudian mantan Dirut PT AJS Hendrisman Rahim menyampaikan laporan.',
    ents: [['Hendrisman Rahim', 'PER'], ['PT AJS Hendrisman Rahim', 'ORG']],
    persons: [['Hendrisman Rahim', ['Hendrisman Rahim'], ['mantan Dirut PT AJS']]],
  },
  {
    what: 'God and religious formulas are not persons (Allah SWT)',
    text: 'Allah SWT berfirman dalam surat Al-Baqarah. Ustaz Abdul Somad menjelaskan ayat itu.',
    ents: [['Allah SWT', 'PER'], ['Abdul Somad', 'PER']],
    persons: [['Abdul Somad', ['Ustaz Abdul Somad'], []]],
  },
  {
    what: 'a bracketed nickname with an honorific names the same person (KH Abdul Hakim Mahfudz (Gus Kikin))',
    text: 'Seminar dihadiri Pengasuh PP Tebuireng KH Abdul Hakim Mahfudz (Gus Kikin). Gus Kikin menyambut para santri.',
    ents: [['Abdul Hakim Mahfudz', 'PER'], ['Kikin', 'PER', 2]],
    persons: [['Abdul Hakim Mahfudz', ['KH Abdul Hakim Mahfudz', 'Gus Kikin'], ['Pengasuh PP Tebuireng']]],
  },
  {
    what: 'atau before an honorific gives another name of the same person (Saifullah Yusuf atau Gus Ipul)',
    text: 'Mensos Saifullah Yusuf atau Gus Ipul menyampaikan bantuan itu. Gus Ipul juga mengimbau penerima.',
    ents: [['Saifullah Yusuf', 'PER'], ['Ipul', 'PER'], ['Ipul', 'PER', 2]],
    persons: [['Saifullah Yusuf', ['Saifullah Yusuf', 'Gus Ipul'], ['Mensos']]],
  },
  {
    what: 'atau without an honorific joins two people, not two names of one',
    text: 'Pemilih harus menentukan Anies Baswedan atau Ganjar Pranowo pada hari itu.',
    ents: [['Anies Baswedan', 'PER'], ['Ganjar Pranowo', 'PER']],
    persons: [['Anies Baswedan', ['Anies Baswedan'], []], ['Ganjar Pranowo', ['Ganjar Pranowo'], []]],
  },
  {
    what: 'Imam opening a tagged name is the given name, not a title (Menpora Imam Nahrawi)',
    text: 'KPK menetapkan Menteri Pemuda dan Olahraga (Menpora) Imam Nahrawi sebagai tersangka. Imam diduga menerima suap.',
    ents: [['KPK', 'ORG'], ['Imam Nahrawi', 'PER'], ['Imam', 'PER', 2]],
    persons: [['Imam Nahrawi', ['Imam Nahrawi', 'Imam'], ['Menteri Pemuda dan Olahraga (Menpora)', 'tersangka']]],
  },
  {
    what: 'Imam after a title the tagger put in the span stays in the name (eks Menpora Imam Nahrawi)',
    text: 'PKB tak akan memecat eks Menpora Imam Nahrawi sebagai kader. Uang itu untuk kepentingan pribadi Nahrawi.',
    ents: [['PKB', 'ORG'], ['Menpora Imam Nahrawi', 'PER'], ['Nahrawi', 'ORG', 2]],
    persons: [['Imam Nahrawi', ['Imam Nahrawi', 'Nahrawi'], ['eks Menpora', 'kader']]],
  },
  {
    what: 'after Menurut, a role ending in a person before the comma is that person\'s, not the next one\'s',
    text: 'Menurut Wakil Ketua KPK Alexander Marwata, Miftahul Ulum dan Menpora ditetapkan sebagai tersangka.',
    ents: [['KPK', 'ORG'], ['Alexander Marwata', 'PER'], ['Miftahul Ulum', 'PER']],
    persons: [['Alexander Marwata', ['Alexander Marwata'], ['Wakil Ketua KPK']], ['Miftahul Ulum', ['Miftahul Ulum'], []]],
  },
  {
    what: 'a role held for another person still reaches the name after the comma without a clause opener',
    text: 'Sekretaris Pribadi BJ Habibie, Rubijanto, mengatakan kondisi Habibie membaik.',
    ents: [['BJ Habibie', 'PER'], ['Rubijanto', 'PER'], ['Habibie', 'PER', 2]],
    persons: [['BJ Habibie', ['BJ Habibie', 'Habibie'], []], ['Rubijanto', ['Rubijanto'], ['Sekretaris Pribadi BJ Habibie']]],
  },
  {
    what: 'the short name of a well-known figure joins the full name written in the same article (Jokowi, Joko Widodo)',
    text: 'Presiden Joko Widodo meresmikan jalan tol itu. Jokowi mengatakan proyek itu rampung tepat waktu.',
    ents: [['Joko Widodo', 'PER'], ['Jokowi', 'PER']],
    persons: [['Joko Widodo', ['Joko Widodo', 'Jokowi'], ['Presiden']]],
  },
  {
    what: 'a known short name alone stays as written',
    text: 'Dalam kunjungan itu, Presiden Jokowi mengatakan proyek itu rampung tepat waktu.',
    ents: [['Jokowi', 'PER']],
    persons: [['Jokowi', ['Jokowi'], ['Presiden']]],
  },
  {
    what: 'a title word alone with no role or honorific is a post, not a person (Kapendam, Youtuber)',
    text: 'Hal itu disampaikan Kapendam kepada wartawan. Menjadi Youtuber kini banyak diminati anak muda.',
    ents: [['Kapendam', 'PER'], ['Youtuber', 'PER']],
    persons: [],
  },
  {
    what: 'a name with a word for a pavilion, a plateau, a team nickname, a directorate or a brand is no person',
    text: 'Jenazah disemayamkan di Paviliun Kartika. Laskar Wong Kito menjamu tim tamu. Kopi dari Dataran Tinggi Gayo dibeli pejabat Ditjen Hortikultura yang memakai jam Rolex.',
    ents: [['Paviliun Kartika', 'PER'], ['Laskar Wong Kito', 'PER'], ['Dataran Tinggi Gayo', 'PER'], ['Ditjen Hortikultura', 'PER'], ['Rolex', 'PER']],
    persons: [],
  },
  {
    what: 'a person named beside such a place or after a company keeps being a person (Kartika Sari; Tokopedia Celestine)',
    text: 'Kartika Sari datang ke Paviliun Kartika. Sesi itu dibawakan kreator Tokopedia Celestine Astinissa Indraswari.',
    ents: [['Kartika Sari', 'PER'], ['Paviliun Kartika', 'LOC'], ['Celestine Astinissa Indraswari', 'PER']],
    persons: [['Kartika Sari', ['Kartika Sari'], []], ['Celestine Astinissa Indraswari', ['Celestine Astinissa Indraswari'], []]],
  },
  {
    what: 'an affixed common word opening a sentence is no given name (Berhubung Nishino, Fokuslah)',
    text: 'Pelatih Akira Nishino memanggil 23 pemain. Berhubung Nishino baru tiba, latihan ditunda. Fokuslah pada laga berikutnya, kata dia.',
    ents: [['Akira Nishino', 'PER'], ['Berhubung Nishino', 'PER'], ['Fokuslah', 'PER']],
    persons: [['Akira Nishino', ['Akira Nishino', 'Nishino'], ['Pelatih']]],
  },
  {
    what: 'a word outside the root list that the article also writes in lower case is no given name (Detour), unless written after an alias cue or hyphened (afung, Hyun-jinu)',
    text: 'Polisi menyiapkan rekayasa lalu lintas detour. Detour berlaku mulai Senin. Pria yang akrab disapa afung ini hadir. Afung mengatakan hal itu. Lagu Hyun-jinu diputar. Jinu menari.',
    ents: [['Detour', 'PER'], ['Afung', 'PER'], ['Jinu', 'PER']],
    persons: [['Afung', ['Afung'], []], ['Jinu', ['Jinu'], []]],
  },
  {
    what: 'a name after a sports ground or district word is a place, its acronym too (Gelora Bung Karno (GBK), Distrik Can Loc)',
    text: 'Laga digelar di Stadion Gelora Bung Karno. Saya dari Distrik Can Loc, Vietnam, kata Budi Santoso. Anies hadir di Parkir Timur Gelora Bung Karno (GBK), Senayan.',
    ents: [['Bung Karno', 'PER', 2], ['Distrik Can Loc', 'PER'], ['Budi Santoso', 'PER'], ['Anies', 'PER']],
    persons: [['Budi Santoso', ['Budi Santoso'], []], ['Anies', ['Anies'], []]],
  },
  {
    what: 'a name after an air force or navy base word is a place (Lanud Roesmin Nurjadin)',
    text: 'Pesawat CN295 sudah berada di Kompleks Lanud Roesmin Nurjadin, Pekanbaru. Hal itu disampaikan Budi Santoso.',
    ents: [['Roesmin Nurjadin', 'PER'], ['Budi Santoso', 'PER']],
    persons: [['Budi Santoso', ['Budi Santoso'], []]],
  },
  {
    what: 'signs of the zodiac in a horoscope are no persons (Aries, Taurus)',
    text: 'Ramalan zodiak hari ini. Aries sebaiknya menahan diri. Taurus akan mendapat rezeki. Saran itu disampaikan Budi Santoso.',
    ents: [['Aries', 'PER'], ['Taurus', 'PER'], ['Budi Santoso', 'PER']],
    persons: [['Budi Santoso', ['Budi Santoso'], []]],
  },
  {
    what: 'a company named by one word is no person (Suzuki, Gojek), a longer name with it is (Keisuke Honda)',
    text: 'Penjualan Suzuki naik bulan lalu. Pengemudi Gojek berunjuk rasa. Keisuke Honda kini melatih timnas Kamboja.',
    ents: [['Suzuki', 'PER'], ['Gojek', 'PER'], ['Keisuke Honda', 'PER']],
    persons: [['Keisuke Honda', ['Keisuke Honda'], []]],
  },
  {
    what: 'one word naming a body or a company before a full name is context, not name (Kadin Rosan Roeslani, Gojek Nadiem Makarim)',
    text: 'Ketua Umum Kadin Rosan Roeslani hadir. Pendiri Gojek Nadiem Makarim juga datang. Rosan Roeslani memberi sambutan.',
    ents: [['Kadin Rosan Roeslani', 'PER'], ['Gojek Nadiem Makarim', 'PER'], ['Rosan Roeslani', 'PER', 2]],
    persons: [['Rosan Roeslani', ['Rosan Roeslani'], ['Ketua Umum Kadin']], ['Nadiem Makarim', ['Nadiem Makarim'], ['Pendiri Gojek']]],
  },
  {
    what: 'a given name that is also a place stays (Bima Arya Sugiarto)',
    text: 'Wali Kota Bogor Bima Arya Sugiarto meninjau lokasi banjir.',
    ents: [['Bima Arya Sugiarto', 'PER']],
    persons: [['Bima Arya Sugiarto', ['Bima Arya Sugiarto'], ['Wali Kota Bogor']]],
  },
  {
    what: 'an exclamation of faith is no person (Astagfirullah), a name with Subhan is',
    text: 'Astagfirullah, kenapa bisa begini, kata Subhan Hidayat.',
    ents: [['Astagfirullah', 'PER'], ['Subhan Hidayat', 'PER']],
    persons: [['Subhan Hidayat', ['Subhan Hidayat'], []]],
  },
  {
    what: 'one sign alone may be a given name (Leo)',
    text: 'Pelatih Leo mengatakan timnya siap bertanding besok.',
    ents: [['Leo', 'PER']],
    persons: [['Leo', ['Leo'], ['Pelatih']]],
  },
  {
    what: 'a name after a bracketed corps keeps its first word (Kolonel Laut (P) Didong Rio)',
    text: 'Upacara dipimpin Kolonel Laut (P) Didong Rio Duta Purwokoantoro di dermaga.',
    ents: [['Didong Rio Duta Purwokoantoro', 'PER']],
    persons: [['Didong Rio Duta Purwokoantoro', ['Kolonel Laut (P) Didong Rio Duta Purwokoantoro'], []]],
  },
];

for (const c of session11Cases) {
  test(`persons: ${c.what}`, () => {
    const { persons } = findPersons(view(c.text, c.ents));
    assert.deepEqual(persons.map((p) => [p.name, p.mentions, p.roles]), c.persons);
  });
}

const session12RoleCases: Array<{ what: string; text: string; ents: Ent[]; persons: Array<[string, string[], string[]]> }> = [
  {
    what: 'an adverb may stand between yang and the verb or linker naming the role (yang pernah menjabat sebagai)',
    text: 'Rudi Hartono yang pernah menjabat sebagai Kepala Dinas Perhubungan, mengatakan jalan itu rusak sejak lama.',
    ents: [['Rudi Hartono', 'PER']],
    persons: [['Rudi Hartono', ['Rudi Hartono'], ['Kepala Dinas Perhubungan']]],
  },
  {
    what: 'yang, an adverb and a verb before the linker (yang kembali terpilih sebagai)',
    text: 'Sutrisno yang kembali terpilih sebagai Ketua Koperasi Tani Makmur itu berterima kasih kepada anggota.',
    ents: [['Sutrisno', 'PER']],
    persons: [['Sutrisno', ['Sutrisno'], ['Ketua Koperasi Tani Makmur']]],
  },
  {
    what: 'an article after the linker opens the role (yang merupakan seorang akuntan)',
    text: 'Maria Ulfa yang merupakan seorang akuntan ditemukan pingsan di kamarnya.',
    ents: [['Maria Ulfa', 'PER']],
    persons: [['Maria Ulfa', ['Maria Ulfa'], ['akuntan']]],
  },
  {
    what: 'bracketed initials between the name and selaku do not hide the role',
    text: 'Polisi menetapkan Hendra Wijaya (HW) selaku Direktur PT Sinar Abadi sebagai tersangka.',
    ents: [['Hendra Wijaya', 'PER']],
    persons: [['Hendra Wijaya', ['Hendra Wijaya', 'HW'], ['Direktur PT Sinar Abadi']]],
  },
  {
    what: 'per-...-an words are nouns of the description, not verbs ending it (pemilik perusahaan pertambangan)',
    text: 'Joni Iskandar selaku pemilik perusahaan pertambangan PT Batu Hitam diperiksa penyidik.',
    ents: [['Joni Iskandar', 'PER']],
    persons: [['Joni Iskandar', ['Joni Iskandar'], ['pemilik perusahaan pertambangan PT Batu Hitam']]],
  },
  {
    what: 'a conjunction ends a role after a linker (ditetapkan sebagai tersangka karena ...)',
    text: 'Bambang Susilo ditetapkan sebagai tersangka karena diduga menerima suap.',
    ents: [['Bambang Susilo', 'PER']],
    persons: [['Bambang Susilo', ['Bambang Susilo'], ['tersangka']]],
  },
  {
    what: 'deputy and unit-head office abbreviations are heads (Wadir, Kapolrestabes, Vice President)',
    text: 'Wadir Reskrimum Polda Jatim AKBP Arief Setiawan hadir. Kapolrestabes Medan Kombes Gidion Arif juga datang. Vice President Corporate Communication PT KAI Anne Purba memberi keterangan.',
    ents: [['Arief Setiawan', 'PER'], ['Gidion Arif', 'PER'], ['Anne Purba', 'PER']],
    persons: [
      ['Arief Setiawan', ['AKBP Arief Setiawan'], ['Wadir Reskrimum Polda Jatim']],
      ['Gidion Arif', ['Kombes Gidion Arif'], ['Kapolrestabes Medan']],
      ['Anne Purba', ['Anne Purba'], ['Vice President Corporate Communication PT KAI']],
    ],
  },
];

for (const c of session12RoleCases) {
  test(`persons roles: ${c.what}`, () => {
    const { persons } = findPersons(view(c.text, c.ents));
    assert.deepEqual(persons.map((p) => [p.name, p.mentions, p.roles]), c.persons);
  });
}

test('persons roles: a lower-case description after a linker running into a name is the subject\'s, not that name\'s', () => {
  const text = 'Rina Marlina kini menjadi tersangka kasus penggelapan uang perusahaan Budi Hartono di Polres Bekasi.';
  const { persons } = findPersons(view(text, [['Rina Marlina', 'PER'], ['Budi Hartono', 'PER']]));
  assert.deepEqual(persons.find((p) => p.name === 'Budi Hartono')?.roles, []);
});

const session12ListCases: Array<{ what: string; text: string; ents: Ent[]; persons: Array<[string, string[], string[]]> }> = [
  {
    what: 'a role after a comma that follows a name opens the next item of a list, held for no one after it',
    text: 'Hadir pula Rina Wulandari dari Universitas Andalas, peneliti Lembaga Riset Tani Doni Saputra, Edo Pratama dari Walhi.',
    ents: [['Rina Wulandari', 'PER'], ['Doni Saputra', 'PER'], ['Edo Pratama', 'PER']],
    persons: [
      ['Rina Wulandari', ['Rina Wulandari'], []],
      ['Doni Saputra', ['Doni Saputra'], ['peneliti Lembaga Riset Tani']],
      ['Edo Pratama', ['Edo Pratama'], []],
    ],
  },
  {
    what: 'a role after a clause-opening adverbial and a comma is still held for the name after the next comma',
    text: 'Sementara itu, Ketua RW Kampung Baru, Sutarman mengatakan warga sudah mengungsi.',
    ents: [['Sutarman', 'PER']],
    persons: [['Sutarman', ['Sutarman'], ['Ketua RW Kampung Baru']]],
  },
  {
    what: 'a personal pronoun subject holds the description after the linker, not the name it runs into',
    text: 'Saya datang sebagai relawan Budi Santoso sejak awal kampanye, ujar Rahmat Hidayat.',
    ents: [['Budi Santoso', 'PER'], ['Rahmat Hidayat', 'PER']],
    persons: [['Budi Santoso', ['Budi Santoso'], []], ['Rahmat Hidayat', ['Rahmat Hidayat'], []]],
  },
  {
    what: 'a plural pronoun or an office before the linker leaves the role to the name (Mereka adalah ahli ...)',
    text: 'Penghargaan itu diberikan kepada dua orang. Mereka adalah ahli genetika Herman Susilo dari Universitas Airlangga.',
    ents: [['Herman Susilo', 'PER']],
    persons: [['Herman Susilo', ['Herman Susilo'], ['ahli genetika']]],
  },
  {
    what: 'a plural word before the head makes the description no one person\'s role (para pejabat ...)',
    text: 'Rapat itu dihadiri para pejabat Kementerian Keuangan Budi Hartono dan sejumlah pengusaha.',
    ents: [['Budi Hartono', 'PER']],
    persons: [['Budi Hartono', ['Budi Hartono'], []]],
  },
];

for (const c of session12ListCases) {
  test(`persons roles: ${c.what}`, () => {
    const { persons } = findPersons(view(c.text, c.ents));
    assert.deepEqual(persons.map((p) => [p.name, p.mentions, p.roles]), c.persons);
  });
}

test('persons roles: a description before yakni or yaitu is the role of every name of the list, and a plural opens another', () => {
  const text = 'Polisi menetapkan tiga tersangka yakni Joko Susilo, Andi Pratama dan Rudi Hartono. Organisasi itu dipimpin satu ketua, yakni Bambang Wijaya dan dua wakil ketua, yaitu Siti Aminah dan Dewi Lestari.';
  const ents: Ent[] = [['Joko Susilo', 'PER'], ['Andi Pratama', 'PER'], ['Rudi Hartono', 'PER'], ['Bambang Wijaya', 'PER'], ['Siti Aminah', 'PER'], ['Dewi Lestari', 'PER']];
  const { persons } = findPersons(view(text, ents));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [
    ['Joko Susilo', ['tersangka']], ['Andi Pratama', ['tersangka']], ['Rudi Hartono', ['tersangka']],
    ['Bambang Wijaya', ['ketua']], ['Siti Aminah', ['wakil ketua']], ['Dewi Lestari', ['wakil ketua']],
  ]);
});

test('persons roles: an age goes on with a description (bocah berusia delapan tahun asal ...)', () => {
  const text = 'Fajar merupakan bocah berusia delapan tahun asal Kabupaten Garut. Warga lain, Dedi, berumur 40 tahun.';
  const { persons } = findPersons(view(text, [['Fajar', 'PER'], ['Dedi', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [['Fajar', ['bocah berusia delapan tahun asal Kabupaten Garut']], ['Dedi', []]]);
});

test('persons roles: kinship before another person and a comma is held for the next; an office may name its place after a comma', () => {
  const text = 'Tetangga Rudi Hartono, Sulastri, mengaku kaget. Kepala Lingkungan 3, Kelurahan Sidomulyo, Bambang Irawan, membenarkan kejadian itu.';
  const { persons } = findPersons(view(text, [['Rudi Hartono', 'PER'], ['Sulastri', 'PER'], ['Bambang Irawan', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [
    ['Rudi Hartono', []], ['Sulastri', ['Tetangga Rudi Hartono']], ['Bambang Irawan', ['Kepala Lingkungan 3, Kelurahan Sidomulyo']],
  ]);
});

test('persons roles: a role in brackets right after the name is the person\'s (Siti Rahma (Hakim), ...)', () => {
  const text = 'Lima calon lolos seleksi, yakni Siti Rahma (Hakim), Budi Hartono (auditor BPK), dan Joko Susilo (25) asal Bogor.';
  const { persons } = findPersons(view(text, [['Siti Rahma', 'PER'], ['Budi Hartono', 'PER'], ['Joko Susilo', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [['Siti Rahma', ['Hakim']], ['Budi Hartono', ['auditor BPK']], ['Joko Susilo', []]]);
});

test('persons roles: a "person" right after a word naming a body is the body\'s name inside a role', () => {
  const text = 'Hadir dalam diskusi itu peneliti Universitas Ahmad Dahlan Rina Kartika dan sejumlah mahasiswa.';
  const { persons } = findPersons(view(text, [['Ahmad Dahlan', 'PER'], ['Rina Kartika', 'PER']]));
  assert.deepEqual(persons.find((p) => p.name === 'Rina Kartika')?.roles, ['peneliti Universitas Ahmad Dahlan']);
});

test('persons roles: antara lain introduces a list of names after a description closed by a demonstrative', () => {
  const text = 'Tiga pelukis muda tersebut, antara lain Andi Wijaya, Sari Dewi dan Tono Hartono.';
  const { persons } = findPersons(view(text, [['Andi Wijaya', 'PER'], ['Sari Dewi', 'PER'], ['Tono Hartono', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [['Andi Wijaya', ['pelukis muda']], ['Sari Dewi', ['pelukis muda']], ['Tono Hartono', ['pelukis muda']]]);
});

test('persons: a headline in a related paragraph (detik\'s Tonton juga video ...) is title case', () => {
  const text = 'Presiden Prabowo Subianto menyebut kabinet solid. "Aman," kata Prabowo.\n\nTonton juga video "Prabowo Ibaratkan Kabinet Bak Tim, Menhan Sjafrie Bicara, Anies Eksploitasi Isu" di sini:\n';
  const { persons } = findPersons(view(text, [['Prabowo Subianto', 'PER'], ['Prabowo', 'PER', 2], ['Prabowo Ibaratkan', 'PER'], ['Sjafrie', 'PER'], ['Anies Eksploitasi', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.mentions, p.roles]), [
    ['Prabowo Subianto', ['Prabowo Subianto', 'Prabowo'], ['Presiden']], ['Sjafrie', ['Sjafrie'], ['Menhan']], ['Anies Eksploitasi', ['Anies Eksploitasi'], []],
  ]);
});

test('persons: a weekday alone is no person (Tempo\'s Ahad), a name holding one is (Abdul Ahad)', () => {
  const text = 'Pelatih itu puas, kata Hasrul, Ahad, 15 September 2019.';
  assert.deepEqual(findPersons(view(text, [['Hasrul', 'PER'], ['Ahad', 'PER']])).persons.map((p) => p.name), ['Hasrul']);
  const other = 'Warga, Abdul Ahad, ikut hadir pada Minggu, 15 September 2019.';
  assert.deepEqual(findPersons(view(other, [['Abdul Ahad', 'PER'], ['Minggu', 'PER']])).persons.map((p) => p.name), ['Abdul Ahad']);
});

test('persons: an athlete\'s country code ends the name (Andrea DOVIZIOSO ITA Ducati Team)', () => {
  const text = 'Hasil balapan: 1 Marc Marquez SPA Repsol Honda Team, 2 Andrea Dovizioso ITA Ducati Team.';
  const { persons } = findPersons(view(text, [['Marc Marquez SPA Repsol', 'PER'], ['Andrea Dovizioso ITA Ducati', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.mentions]), [['Marc Marquez', ['Marc Marquez']], ['Andrea Dovizioso', ['Andrea Dovizioso']]]);
});

test('persons: a club, maker or office in brackets after a player is no nickname; initials are', () => {
  const text = 'Pemain muda Egy Maulana Vikri (Lechia Gdansk) dan Marc Marquez (Honda) hadir, juga Lili Pintauli Siregar (Advokat) dan Hendi Prio Santoso (HPS).';
  const { persons } = findPersons(view(text, [
    ['Egy Maulana Vikri', 'PER'], ['Lechia Gdansk', 'ORG'], ['Marc Marquez', 'PER'], ['Honda', 'ORG'],
    ['Lili Pintauli Siregar', 'PER'], ['Hendi Prio Santoso', 'PER'], ['HPS', 'ORG'],
  ]));
  assert.deepEqual(persons.map((p) => [p.name, p.mentions]), [
    ['Egy Maulana Vikri', ['Egy Maulana Vikri']], ['Marc Marquez', ['Marc Marquez']],
    ['Lili Pintauli Siregar', ['Lili Pintauli Siregar']], ['Hendi Prio Santoso', ['Hendi Prio Santoso', 'HPS']],
  ]);
});

test('persons roles: English modifiers open a role before its head (General Manager, Corporate Affairs Director)', () => {
  const text = 'Hal itu dikatakan General Manager PLN Unit Induk Sumatera Barat Bambang Dwiyanto. Corporate Affairs Director APRIL Group Agung Laksamana setuju.';
  const { persons } = findPersons(view(text, [['Bambang Dwiyanto', 'PER'], ['Agung Laksamana', 'PER']]));
  assert.deepEqual(persons.map((p) => p.roles), [['General Manager PLN Unit Induk Sumatera Barat'], ['Corporate Affairs Director APRIL Group']]);
});

test('persons: a body\'s acronym the tagger ran into a name goes to the role; initials of the name stay', () => {
  const text = 'Pusat Studi Hukum dan Kebijakan (PSHK) menolak revisi itu. "Kami menolak," kata Direktur Advokasi PSHK Fajri Nursyamsi. '
    + 'Bendera diserahkan kepada Komandan Brimob AKBP XTL Nadeak. Menurut AKBP XTL Nadeak, pasukannya siaga.';
  const { persons } = findPersons(view(text, [
    ['PSHK Fajri Nursyamsi', 'PER'], ['XTL Nadeak', 'PER'], ['XTL Nadeak', 'PER', 2],
  ]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [['Fajri Nursyamsi', ['Direktur Advokasi PSHK']], ['XTL Nadeak', ['Komandan Brimob']]]);
});

test('persons roles: after Menurut, a noun phrase after the comma is the main clause\'s subject, its relative clause no description', () => {
  const text = 'Menurut ahli keuangan William Ackerman, penyanyi yang lahir pada 1958 tersebut kurang pandai mengelola uang.';
  const { persons } = findPersons(view(text, [['William Ackerman', 'PER']]));
  const p = persons.find((x) => x.name === 'William Ackerman');
  assert.ok(p);
  assert.ok(p.roles.every((r) => !r.includes('yang')), JSON.stringify(p.roles));
});

test('persons roles: a role left without its name by a dropped link is the person named after it by one word', () => {
  const text = '- Wakil Ketua DPR , setuju dengan rencana pemberian , kepada Calon , bila terpilih nanti. Kontrak itu berisi janji.,'
    + 'Fahri memprediksi Komisi III akan melampirkan kontrak itu.';
  const { persons } = findPersons(view(text, [['Fahri', 'PER'], ['Komisi III', 'ORG']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [['Fahri', ['Wakil Ketua DPR']]]);
  // Not the object of a word, nor a person two such roles point to, nor one written with an honorific.
  const objects = '- Warga berziarah ke makam Presiden ke-3 RI , di Kalibata. Protes itu Anggun lontarkan.';
  assert.deepEqual(findPersons(view(objects, [['Anggun', 'PER']])).persons.map((p) => p.roles), [[]]);
  const two = '- Pengacara , berseteru dengan presenter , beberapa waktu lalu. Hotman membeberkan fakta.';
  assert.deepEqual(findPersons(view(two, [['Hotman', 'PER']])).persons.map((p) => p.roles), [[]]);
  const titled = '- Wakil Ketua DPR , , mengatakan Indonesia harus belajar dari Ir. Soekarno soal itu.';
  assert.deepEqual(findPersons(view(titled, [['Soekarno', 'PER']])).persons.map((p) => p.roles), [[]]);
});

test('persons roles: a body\'s short name in brackets inside a role is no person; a role joined by dan to a name is its own', () => {
  const text = 'Daftar itu diumumkan oleh Juru Bicara Badan Manajemen Darurat Nasional Bahama (Nema), Carl Smith. '
    + 'Putin didampingi Presiden Turki Recep Tayyip Erdogan dan Presiden Iran Hassan Rouhani, Putin menyerukan perdamaian.';
  const { persons } = findPersons(view(text, [
    ['Nema', 'PER'], ['Carl Smith', 'PER'], ['Putin', 'PER'], ['Recep Tayyip Erdogan', 'PER'], ['Hassan Rouhani', 'PER'], ['Putin', 'PER', 2],
  ]));
  const roles = Object.fromEntries(persons.map((p) => [p.name, p.roles]));
  assert.deepEqual(roles['Carl Smith'], ['Juru Bicara Badan Manajemen Darurat Nasional Bahama (Nema)']);
  assert.deepEqual(roles['Hassan Rouhani'], ['Presiden Iran']);
  assert.deepEqual(roles['Putin'], []);
});

test('persons roles: the place or body of an office after `di` is part of its role; where words were said is not', () => {
  const text = 'Christophe Bahuet, Direktur UNDP di Indonesia, mengatakan sekolah itu rusak. Koordinator PBB di Indonesia Anita Nirody datang. '
    + 'Rohayatun, guru honorer non-K di Kuningan Jawa Barat, tersandung masalah. '
    + '"Ini bagus," ujar Fauzi Ichsan, Kepala Eksekutif LPS di Jakarta, Jumat (13/9/2019). '
    + '"Sudah datang," ujar Presiden di Pangkalan TNI AU Roesmin Nurjadin, Pekanbaru, Selasa.';
  const { persons } = findPersons(view(text, [
    ['Christophe Bahuet', 'PER'], ['Anita Nirody', 'PER'], ['Rohayatun', 'PER'], ['Fauzi Ichsan', 'PER'], ['Roesmin Nurjadin', 'PER'],
  ]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [
    ['Christophe Bahuet', ['Direktur UNDP di Indonesia']], ['Anita Nirody', ['Koordinator PBB di Indonesia']],
    ['Rohayatun', ['guru honorer non-K di Kuningan Jawa Barat']], ['Fauzi Ichsan', ['Kepala Eksekutif LPS']], ['Roesmin Nurjadin', []],
  ]);
});

test('persons roles: an office written in English after a comma; a lower-case description held for the person after it', () => {
  const text = 'Rinta Asri, Country Marketing Communications Manager PT Sumatra Motor Indonesia, mengatakan hal itu. '
    + 'Albert Varela selaku manajer personal Martin mengklaim kliennya bebas. '
    + 'Hadir Firli Bahuri, advokat Lili Pintauli Siregar, hakim tinggi Nawawi Pomolango, dan Dekan Nurul Ghufron.';
  const { persons } = findPersons(view(text, [
    ['Rinta Asri', 'PER'], ['Albert Varela', 'PER'], ['Martin', 'PER'], ['Firli Bahuri', 'PER'], ['Lili Pintauli Siregar', 'PER'],
    ['Nawawi Pomolango', 'PER'], ['Nurul Ghufron', 'PER'],
  ]));
  const roles = Object.fromEntries(persons.map((p) => [p.name, p.roles]));
  assert.deepEqual(roles['Rinta Asri'], ['Country Marketing Communications Manager PT Sumatra Motor Indonesia']);
  assert.deepEqual(roles['Albert Varela'], ['manajer personal Martin']);
  // In a list, the description before the next name is that name's own.
  assert.ok(!roles['Lili Pintauli Siregar']!.includes('hakim tinggi Nawawi Pomolango'), JSON.stringify(roles));
});

test('persons roles: one or two words left between a dropped link\'s spaced comma and the name are no part of the role', () => {
  const text = 'Head of Marketing Grabfood and New Business , Indonesia Ichmeralda Rachman mengatakan penjualan tumbuh. '
    + 'Kapolres  , Kota AKBP Roland Ronaldy menyebut pelaku sudah ditangkap.';
  const { persons } = findPersons(view(text, [['Ichmeralda Rachman', 'PER'], ['Roland Ronaldy', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [
    ['Ichmeralda Rachman', ['Head of Marketing Grabfood and New Business']], ['Roland Ronaldy', ['Kapolres']],
  ]);
});

test('persons roles: an office of several words with no head word (Ibu Negara) before a name; not across a given name', () => {
  const text = 'Ibu Negara Iriana Jokowi melayat. Ibu Negara AS Melania Trump prihatin. '
    + 'Presiden Donald Trump dan Ibu Negara Melania Trump berduka.';
  const { persons } = findPersons(view(text, [
    ['Iriana Jokowi', 'PER'], ['Melania Trump', 'PER'], ['Donald Trump', 'PER'], ['Trump', 'PER', 3],
  ]));
  const roles = Object.fromEntries(persons.map((p) => [p.name, p.roles]));
  assert.deepEqual(roles['Iriana Jokowi'], ['Ibu Negara']);
  assert.deepEqual(roles['Melania Trump'], ['Ibu Negara AS']);
  assert.ok(!roles['Donald Trump']!.some((r) => r.startsWith('Ibu Negara')), JSON.stringify(roles));
});

test('persons: a given name the tagger left out of a full name, written alone elsewhere, opens the name', () => {
  const text = 'Menteri Kesehatan dr Terawan Agus Putranto meninjau lokasi. "Semua tertangani," kata Terawan.';
  const a = findPersons(view(text, [['Terawan', 'LOC'], ['Agus Putranto', 'PER'], ['Terawan', 'PER', 2]]));
  assert.deepEqual(a.persons.map((p) => [p.name, p.mentions, p.roles]), [['Terawan Agus Putranto', ['dr Terawan Agus Putranto', 'Terawan'], ['Menteri Kesehatan']]]);
  // Not without a person named by it, nor where the tagger reads the word in bodies or places more often.
  const b = findPersons(view('Menteri Kesehatan Terawan Agus Putranto meninjau lokasi.', [['Agus Putranto', 'PER']]));
  assert.deepEqual(b.persons.map((p) => p.name), ['Agus Putranto']);
  const c = findPersons(view('Perawat RS Altha Medika Yogi Agung Priatna mengatakan, pasien di RS Altha Medika pulih. Altha Medika buka.', [
    ['Yogi Agung Priatna', 'PER'], ['RS Altha Medika', 'ORG', 2], ['Altha Medika', 'PER'],
  ]));
  assert.ok(c.persons.some((p) => p.name === 'Yogi Agung Priatna'), JSON.stringify(c.persons));
  // A name also written alone belongs to another person, whose wife carries it after her own name.
  const d = findPersons(view('Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo tiba. Iriana tersenyum.', [
    ['Joko Widodo', 'PER'], ['Joko Widodo', 'PER', 2], ['Iriana', 'PER'],
  ]));
  assert.ok(d.persons.some((p) => p.name === 'Joko Widodo'), JSON.stringify(d.persons));
});

test('persons: a name the tagger ran into a body after an office title is cut off when written alone elsewhere', () => {
  const text = 'Sekretaris Umum Gaikindo Kukuh Kumara hadir. "Penjualan naik," ujar Kukuh. Direktur PT Surya Dharma Sentosa datang. Surya tidak hadir.';
  const { persons } = findPersons(view(text, [['Gaikindo Kukuh Kumara', 'ORG'], ['Kukuh', 'PER'], ['PT Surya Dharma Sentosa', 'ORG'], ['Surya', 'PER', 2]]));
  const k = persons.find((p) => p.name === 'Kukuh Kumara');
  assert.deepEqual(k && [[...k.mentions].sort(), k.roles], [['Kukuh', 'Kukuh Kumara'], ['Sekretaris Umum Gaikindo']]);
  assert.ok(!persons.some((p) => p.name.includes('Dharma')), JSON.stringify(persons));
});

test('persons: after an abbreviated honorific, a word the tagger left out opens the name', () => {
  const a = findPersons(view('Kepala RSPAD Gatot Soebroto dr. Terawan Agus Putranto meninjau lokasi.', [
    ['RSPAD', 'ORG'], ['Gatot Soebroto', 'PER'], ['Terawan', 'LOC'], ['Agus Putranto', 'PER'],
  ]));
  assert.deepEqual(a.persons.find((p) => p.name.endsWith('Agus Putranto'))?.name, 'Terawan Agus Putranto');
  // Not after a capitalised address (`Ibu Negara`) nor after a common word that is also a title (`lalu`).
  const b = findPersons(view('Ibu Negara Iriana tiba. Acara digelar September lalu. Tabligh Akbar Hidayat dihadiri warga.', [
    ['Iriana', 'PER'], ['Akbar Hidayat', 'PER'],
  ]));
  assert.deepEqual(b.persons.map((p) => p.name).sort(), ['Akbar Hidayat', 'Iriana']);
});

test('persons roles: kinship before a comma is held for a person the tagger missed there or whose initials it left out', () => {
  const a = findPersons(view('Tristan diajari tiga bahasa. Ayah Tristan, Roger van Tongeren, berasal dari Belanda.', [
    ['Tristan', 'PER'], ['Roger van Tongeren', 'PER'],
  ]));
  assert.deepEqual(a.persons.find((p) => p.name === 'Roger van Tongeren')?.roles, ['Ayah Tristan']);
  const b = findPersons(view('Rully merupakan anak dari adik BJ Habibie, Junus Effendi Habibie.', [
    ['Rully', 'PER'], ['Habibie', 'PER'], ['Junus Effendi Habibie', 'PER'],
  ]));
  assert.deepEqual(b.persons.find((p) => p.name === 'Junus Effendi Habibie')?.roles, ['adik BJ Habibie']);
});

test('persons roles: kinship with dari in apposition is held for the person after it', () => {
  const { persons } = findPersons(view('Sri Sumarni, ibunda dari Agus Surahman yang merupakan korban, hadir.', [
    ['Sri Sumarni', 'PER'], ['Agus Surahman', 'PER'],
  ]));
  assert.deepEqual(persons.find((p) => p.name === 'Sri Sumarni')?.roles, ['ibunda dari Agus Surahman']);
});

test('persons roles: ber- words of a description and ordinals do not end it; an ordinal before a clause is left out', () => {
  const a = findPersons(view('Gelandang Arsenal, Granit Xhaka, kecewa. Pemain berkebangsaan Swiss itu menilai timnya takut.', [
    ['Arsenal', 'ORG'], ['Granit Xhaka', 'PER'],
  ]));
  assert.deepEqual(a.persons[0]?.roles, ['Gelandang Arsenal', 'Pemain berkebangsaan Swiss']);
  const b = findPersons(view('Presiden pertama Timor Leste, Xanana Gusmao, berziarah. Lampard tercatat sebagai juru taktik pertama yang kalah.', [
    ['Xanana Gusmao', 'PER'], ['Lampard', 'PER'],
  ]));
  assert.deepEqual(b.persons.map((p) => [p.name, p.roles]), [['Xanana Gusmao', ['Presiden pertama Timor Leste']], ['Lampard', ['juru taktik']]]);
});

test('persons roles: a sentence-opening description may hold a body after dari, a bracketed acronym and a place after a comma', () => {
  const text = 'Nora mengungsi bersama bayinya. Warga Kecamatan Tenayan Raya, Pekanbaru, ini sudah dua hari mengungsi. '
    + '"Kami lelah," ujar Nora. Politikus Partai Kebangkitan Bangsa (PKB) ini tidak hadir. '
    + 'Budi Santoso tiba. Anggota DPR dari Fraksi Golkar ini mengungkapkan hal itu.';
  const { persons } = findPersons(view(text, [['Nora', 'PER'], ['Nora', 'PER', 2], ['Budi Santoso', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [
    ['Nora', ['Warga Kecamatan Tenayan Raya, Pekanbaru', 'Politikus Partai Kebangkitan Bangsa (PKB)']],
    ['Budi Santoso', ['Anggota DPR dari Fraksi Golkar']],
  ]);
});

test('persons roles: a sentence-opening description after several people named goes to the last named when named most', () => {
  const text = 'Liverpool menang lewat Sadio Mane. Gol Mane bermula dari umpan Firmino. Firmino terlihat cerdas. Mantan pemain Hoffenheim itu juga mencetak gol. '
    + 'Budi bertemu Andi di pasar. Pria 30 tahun itu membeli beras.';
  const { persons } = findPersons(view(text, [
    ['Sadio Mane', 'PER'], ['Mane', 'PER', 2], ['Firmino', 'PER'], ['Firmino', 'PER', 2], ['Budi', 'PER'], ['Andi', 'PER'],
  ]));
  const roles = Object.fromEntries(persons.map((p) => [p.name, p.roles]));
  assert.deepEqual(roles['Firmino'], ['Mantan pemain Hoffenheim']);
  // Named as often as each other: neither.
  assert.deepEqual([roles['Budi'], roles['Andi']], [[], []]);
});

test('persons roles: a plural description before a list of names is the role of every name; not past semacam', () => {
  const a = findPersons(view('Akibatnya, dua pemain Persib, Omid Nazari dan Febri Hariyadi, terluka.', [['Omid Nazari', 'PER'], ['Febri Hariyadi', 'PER']]));
  assert.deepEqual(a.persons.map((p) => [p.name, p.roles]), [['Omid Nazari', ['pemain Persib']], ['Febri Hariyadi', ['pemain Persib']]]);
  const b = findPersons(view('Atletico ditemani empat gelandang hebat semacam Saul Niguez, Koke, dan Vitolo.', [['Saul Niguez', 'PER'], ['Koke', 'PER'], ['Vitolo', 'PER']]));
  assert.deepEqual(b.persons.map((p) => [p.name, p.roles]), [['Saul Niguez', []], ['Koke', []], ['Vitolo', []]]);
});

test('persons roles: a modifier before a word that is no head is a field of an office\'s name, not an office', () => {
  const text = 'Pengurus Pusat Forum Guru Honorer, Tenaga Honorer, dan Honorer Swasta Indonesia (FGTHSI) Riyanto Agung Subekti menuturkan hal itu.';
  const { persons } = findPersons(view(text, [['Riyanto Agung Subekti', 'PER']]));
  assert.deepEqual(persons[0]?.roles, ['Pengurus Pusat Forum Guru Honorer, Tenaga Honorer, dan Honorer Swasta Indonesia (FGTHSI)']);
});

test('persons roles: a sentence-opening description whose head the sentence before gave someone unnamed is not the named person\'s', () => {
  const text = 'O\'Connor mengakui dampak operasi ini sangat besar pada kehidupan si pasien. Pasien laki-laki itu telah berubah. '
    + 'Anja Vreg adalah seorang petenis. Petenis Slovenia itu kini menjadi wasit.';
  const { persons } = findPersons(view(text, [['O\'Connor', 'PER'], ['Anja Vreg', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [['O\'Connor', []], ['Anja Vreg', ['Petenis Slovenia']]]);
});

test('persons: a head of state\'s title before one untagged capitalised word and a clause names the holder', () => {
  const text = 'Turun dari pesawat, Presiden Ramaphosa disambut Menteri Perdagangan Budi Santoso.';
  const { persons } = findPersons(view(text, [['Budi Santoso', 'PER']]));
  assert.deepEqual(persons.map((p) => [p.name, p.roles]), [['Ramaphosa', ['Presiden']], ['Budi Santoso', ['Menteri Perdagangan']]]);
});

test('persons: a head of state\'s title before a word and a comma, or before an ordinal, names no one', () => {
  for (const text of ['Hal itu disampaikan Wakil Presiden Xiaomi, Lu Weibing.', 'Bendera dinaikkan atas wafatnya Presiden Ketiga kemarin.']) {
    const { persons } = findPersons(view(text, [['Lu Weibing', 'PER']].filter(([n]) => text.includes(n!)) as Ent[]));
    assert.ok(!persons.some((p) => p.name === 'Xiaomi' || p.name === 'Ketiga'), JSON.stringify(persons));
  }
});
