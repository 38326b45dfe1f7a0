import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPersons } from './persons.js';
import { personsTaggedView as view } from './testing/hand-tagged.js';

// The person names are given by hand (`view`): these cases test roles, not the tagger.

/** A description of the speaker after a quotation's cue, closed by a demonstrative, points back to the one named before. */
const CASES: Array<[what: string, text: string, names: string[], person: string, roles: string[]]> = [
  ['a lower-case description with a superlative and a place, after kata',
    'Kepala SD Negeri 1 Binjai, Susana merasa terhormat atas kunjungan polisi. "Kunjungan ini sangat bagus. Anak-anak perlu dikenalkan dengan polisi," kata kepala sekolah termuda di Binjai itu.',
    ['Susana'], 'Susana', ['Kepala SD Negeri 1 Binjai', 'kepala sekolah termuda di Binjai']],
  ['a former post with a body, after tegas',
    'Robert Alberts menilai timnya bermain baik. "Para pemain sudah bekerja keras," tegas mantan pelatih Bhayangkara FC tersebut.',
    ['Robert Alberts'], 'Robert Alberts', ['mantan pelatih Bhayangkara FC']],
  ['a party member, after tutur, past a quotation of several sentences',
    'Abdul Kadir Karding menilai kabut asap harus segera ditangani. "Ini berbahaya bagi masyarakat. Hubungan dengan negara tetangga juga terganggu," tutur politikus PKB ini.',
    ['Abdul Kadir Karding'], 'Abdul Kadir Karding', ['politikus PKB']],
  ['a description after Menurut, closed by a demonstrative and a comma',
    'Bambang Nurdiansyah sangat menyesalkan kondisi tersebut. Menurut mantan pelatih Persita Tangerang itu, tanpa penonton PSIS tentu dirugikan.',
    ['Bambang Nurdiansyah'], 'Bambang Nurdiansyah', ['mantan pelatih Persita Tangerang']],
  ['after Menurut a description without a comma after its demonstrative is no report opening: no role',
    'Bambang Nurdiansyah sangat menyesalkan kondisi tersebut. Menurut mantan pelatih Persita Tangerang itu PSIS dirugikan.',
    ['Bambang Nurdiansyah'], 'Bambang Nurdiansyah', []],
  ['a bare head may be someone introduced without a name: no role',
    'Seorang pengacara menilai gugatan Goo Hye Sun lemah. "Perceraian kemungkinan besar akan dikabulkan," kata pengacara tersebut.',
    ['Goo Hye Sun'], 'Goo Hye Sun', []],
  ['two people named before: given to neither',
    'Lionel Messi dan Luis Suarez bermain sejak menit awal. "Kami kalah karena kurang fokus," kata pemain asal Argentina itu.',
    ['Lionel Messi', 'Luis Suarez'], 'Lionel Messi', []],
  ['a quotation credited to ujarnya between the name and the described speaker leaves the name a topic: no role',
    'Polisi masih memburu Rizky Saputra hingga kini. "Kami sudah menyebar foto pelaku ke semua polsek," ujarnya. "Pelaku diduga masih berada di Medan," kata Kasat Reskrim Polrestabes Medan itu.',
    ['Rizky Saputra'], 'Rizky Saputra', []],
  ['a name reported by someone else (Menurut dia) is a topic, not the speaker',
    'Menurut dia, Jokowi nantinya akan menjelaskan persetujuan revisi itu. "Intinya nanti Bapak Presiden jelaskan detailnya," jelas mantan rektor UGM tersebut.',
    ['Jokowi'], 'Jokowi', []],
  ['a speaker introduced after menurut is the speaker, not a topic',
    'Menurut pria yang akrab disapa Mu\'ti itu, sekolah sudah ditetapkan. "Yang kedua tentu harus distandardisasi dapurnya," ujar pria kelahiran Jawa Tengah ini.',
    ["Mu'ti"], "Mu'ti", ['pria kelahiran Jawa Tengah']],
  ['an age with its verb goes on with the description after the cue',
    'Martin Keown memuji penampilan pemain muda Arsenal. "Itu adalah gol yang indah," lanjut pria berusia 53 tahun tersebut.',
    ['Martin Keown'], 'Martin Keown', ['pria berusia 53 tahun']],
  ['an age with its verb goes on with a description opening a sentence',
    'Barcelona pun akhirnya menandatangani Junior Firpo. Pemain berusia 23 tahun itu mengambil tempat di bek kiri.',
    ['Junior Firpo'], 'Junior Firpo', ['Pemain berusia 23 tahun']],
  ['juga before a verb after the demonstrative is an adverb, not a definition',
    'Hal itu dikatakan Bima Sakti seusai memimpin latihan. Pelatih 43 tahun ini juga mengungkapkan bahwa rotasi penting.',
    ['Bima Sakti'], 'Bima Sakti', ['Pelatih 43 tahun']],
  ['a sentence-opening description after a quotation credited to a pronoun points back to the one named before it',
    'Semangat itu ditunjukkan bek Persib Ardi Idrus. "Kami sekarang fokus untuk lawan Tira," kata dia. Pemain asal Ternate itu mengakui hasilnya belum memuaskan.',
    ['Ardi Idrus'], 'Ardi Idrus', ['bek Persib', 'Pemain asal Ternate']],
  ['juga before a linker after the demonstrative still opens a definition: no role',
    'Hal itu dikatakan Bima Sakti seusai memimpin latihan. Pelatih Timnas itu juga menjabat sebagai Ketua.',
    ['Bima Sakti'], 'Bima Sakti', []],
];

for (const [what, text, names, person, roles] of CASES) {
  test(`persons speaker descriptions: ${what}`, () => {
    const { persons } = findPersons(view(text, names));
    const p = persons.find((x) => x.name === person);
    assert.ok(p, `no person ${person}; got ${JSON.stringify(persons)}`);
    assert.deepEqual(p.roles, roles);
  });
}

/** A role a speaker gives themself in a quotation (`saya selaku ...`) is the quotation's speaker's. */
const SELF_CASES: Array<[what: string, text: string, names: string[], person: string, roles: string[]]> = [
  ['after a cue with -nya, the person the quotation points back to, past a boilerplate line',
    'Irjen Agus Suryonugroho mengatakan penegakan hukum tidak membanggakan. Akan tetapi dia berharap pengguna jalan makin disiplin. SCROLL TO CONTINUE WITH CONTENT "Maka dari itu saya selaku Kakorlantas Polri menyampaikan bahwa kami tidak bangga," jelasnya.',
    ['Agus Suryonugroho'], 'Agus Suryonugroho', ['Kakorlantas Polri']],
  ['the person named after the cue, with a dash glued to the next word cut off',
    'Rapat digelar di Jakarta. "Sejak saya sebagai Pimpinan KPK-terhitung hari ini saya berhenti," kata Saut Situmorang.',
    ['Saut Situmorang'], 'Saut Situmorang', ['Pimpinan KPK']],
  ['no first-person pronoun: no role',
    'Rapat digelar di Jakarta. "Ketua DPW PSI Sulsel mengecam tindakan itu," kata Fadli Noor.',
    ['Fadli Noor'], 'Fadli Noor', []],
];

for (const [what, text, names, person, roles] of SELF_CASES) {
  test(`persons self-given roles: ${what}`, () => {
    const { persons } = findPersons(view(text, names));
    const p = persons.find((x) => x.name === person);
    assert.ok(p, `no person ${person}; got ${JSON.stringify(persons)}`);
    assert.deepEqual(p.roles, roles);
  });
}
