import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText } from '../normalize/normalize.js';
import { TOKEN_KINDS } from '../../text/layers.js';
import { cliticSplit, tokenize } from './tokenize.js';

/** Tokens of the folded `text` joined by ` | `, a clitic marked with `~` (`harga~nya`). */
function show(text: string): string {
  const folded = foldText(text);
  const t = tokenize(folded);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) {
    const c = t.clitic[i]!;
    out.push(c >= 0 ? `${folded.slice(t.start[i], c)}~${folded.slice(c, t.end[i])}` : folded.slice(t.start[i], t.end[i]));
  }
  return out.join(' | ');
}

function kinds(text: string): string {
  const t = tokenize(foldText(text));
  return Array.from(t.kind, (k) => TOKEN_KINDS[k]).join(' ');
}

// Sentences from examples/tempo-stoltenberg-kyiv.txt and Detik / CLICK-ID news (../shared/data).
const CASES: Array<[string, string, string]> = [
  ['currency glued to amount: two tokens, as in UD', 'Bantuan Militer Rp4,8 Triliun ke Ukraina', 'Bantuan | Militer | Rp | 4,8 | Triliun | ke | Ukraina'],
  ['thousands separator', 'sebanyak 20.000 personel', 'sebanyak | 20.000 | personel'],
  ['decimal comma', 'tumbuh 2,5 persen', 'tumbuh | 2,5 | persen'],
  ['clock time', 'pukul 10.00 WIB', 'pukul | 10.00 | WIB'],
  ['date in brackets', 'ujar Prabowo, Selasa (21/10/2025).', 'ujar | Prabowo | , | Selasa | ( | 21/10/2025 | ) | .'],
  ['ordinal with ke-', 'Paket Dukungan ke-36', 'Paket | Dukungan | ke-36'],
  ['reduplication', 'menghancurkan kota-kota, dan negara-negara anggota', 'menghancurkan | kota-kota | , | dan | negara-negara | anggota'],
  ['reduplication with affix', 'sejak invasi besar-besaran Rusia', 'sejak | invasi | besar-besaran | Rusia'],
  ['capitalised reduplication', 'Undang-Undang Cipta Kerja', 'Undang-Undang | Cipta | Kerja'],
  ['names joined by a hyphen stay apart', 'Bapepam-LK dan periode Januari-September', 'Bapepam | - | LK | dan | periode | Januari | - | September'],
  ['number range', 'pada 2000-2006', 'pada | 2000 | - | 2006'],
  ['clitic -nya', 'untuk pertama kalinya sejak', 'untuk | pertama | kali~nya | sejak'],
  ['clitic on reduplication', 'ujung-ujungnya', 'ujung-ujung~nya'],
  ['hyphenated clitic', 'rancangan APBD-nya disepakati', 'rancangan | APBD-~nya | disepakati'],
  ['-lah -kah -pun -ku -mu', 'Inilah bukumu, apakah rumahku? Dia pun datang, diapun', 'Ini~lah | buku~mu | , | apa~kah | rumah~ku | ? | Dia | pun | datang | , | dia~pun'],
  ['words merely ending in clitic letters', 'hanya tanya sekolah ilmu aku bertanya adalah langkah maupun bertemu berlaku', 'hanya | tanya | sekolah | ilmu | aku | bertanya | adalah | langkah | maupun | bertemu | berlaku'],
  ['names ending in clitic letters', 'Teuku Umar, Romelu Lukaku, Bandara Kualanamu dan Abdullah', 'Teuku | Umar | , | Romelu | Lukaku | , | Bandara | Kualanamu | dan | Abdullah'],
  ['roots with a prefix are looked up without it', 'pengolah sampah, dipilah dan bersedekah', 'pengolah | sampah | , | dipilah | dan | bersedekah'],
  ['abbreviations keep their dot', 'di Jl. Sudirman No. 5 oleh Dr. Terawan dkk.', 'di | Jl. | Sudirman | No. | 5 | oleh | Dr. | Terawan | dkk.'],
  ['prefix abbreviation glued to what follows', 'di Jl.Sudirman No.5', 'di | Jl. | Sudirman | No. | 5'],
  ['dotted currency and month abbreviations', 'senilai Rp. 5.000 dan Rp.7.500 pada 17 Agu. 2025 dan 3 Sept. 2024', 'senilai | Rp. | 5.000 | dan | Rp. | 7.500 | pada | 17 | Agu. | 2025 | dan | 3 | Sept. | 2024'],
  ['titles and degrees', 'Prof. Ir. Budi, S.H., dan Kol. Inf. H. Ahmad', 'Prof. | Ir. | Budi | , | S.H. | , | dan | Kol. | Inf | . | H. | Ahmad'],
  ['a.n. and dll.', 'transfer a.n. Budi untuk beras, gula, dll.', 'transfer | a.n. | Budi | untuk | beras | , | gula | , | dll.'],
  ['single-letter initials', 'Presiden B. J. Habibie', 'Presiden | B. | J. | Habibie'],
  ['roman numeral after a lower-case word is not an initial', 'naik dibanding kuartal I. Dengan', 'naik | dibanding | kuartal | I | . | Dengan'],
  ['sentence-final word keeps its dot apart', 'kata fotografer itu.', 'kata | fotografer | itu | .'],
  ['URL', 'Baca di https://www.tempo.co/dunia/123. Lalu', 'Baca | di | https://www.tempo.co/dunia/123 | . | Lalu'],
  ['outlet domain', 'JAKARTA, KOMPAS.com - Harga', 'JAKARTA | , | KOMPAS.com | - | Harga'],
  ['dateline outlet in capitals', 'TEMPO.CO, Jakarta - Sekretaris', 'TEMPO.CO | , | Jakarta | - | Sekretaris'],
  ['host names with several parts', 'diunduh di m-edukasi.kemdikbud.go.id dan Liputan6.com.', 'diunduh | di | m-edukasi.kemdikbud.go.id | dan | Liputan6.com | .'],
  ['e-mail', 'kirim ke redaksi@detik.com.', 'kirim | ke | redaksi@detik.com | .'],
  ['hashtag and mention', 'tagar #SaveKPK dari @jokowi', 'tagar | #SaveKPK | dari | @jokowi'],
  ['ellipses', 'Macet... macet… ya', 'Macet | ... | macet | … | ya'],
  ['curly quotes fold to straight ones, each a token', '“Kami siap,” kata dia.', '" | Kami | siap | , | " | kata | dia | .'],
  ['brackets', 'Pakta Pertahanan Atlantik Utara (NATO) Jens', 'Pakta | Pertahanan | Atlantik | Utara | ( | NATO | ) | Jens'],
  ['English possessive split as in UD', "peringkat Moody's naik", "peringkat | Moody | 's | naik"],
  ['apostrophe inside a name', "Jum'at dan Ka'ban", "Jum'at | dan | Ka'ban"],
  ['regulation numbers and periods', 'PMK Nomor 34/PMK.011/2007 triwulan II/2007', 'PMK | Nomor | 34/PMK.011/2007 | triwulan | II/2007'],
  ['percent sign and dollar', 'naik 5% jadi US$100', 'naik | 5 | % | jadi | US | $ | 100'],
  ['credit line', 'REUTERS/Gleb Garanich', 'REUTERS | / | Gleb | Garanich'],
  ['em dash folded', 'tidak mematikan — generator', 'tidak | mematikan | - | generator'],
  ['emoji', 'Mantap 👍🏽!', 'Mantap | 👍🏽 | !'],
];

for (const [name, input, expected] of CASES) {
  test(`tokenize: ${name}`, () => {
    assert.equal(show(input), expected);
  });
}

test('cliticSplit: host and clitic spans, a hyphen belonging to neither', () => {
  const text = 'harganya dan APBD-nya naik';
  const t = tokenize(text);
  assert.deepEqual(cliticSplit(text, t, 0), { host: [0, 5], clitic: [5, 8] });
  assert.deepEqual(cliticSplit(text, t, 1), { host: [9, 12], clitic: null });
  assert.deepEqual(cliticSplit(text, t, 2), { host: [13, 17], clitic: [18, 21] });
});

test('tokenize: kinds', () => {
  assert.equal(
    kinds('Rp4,8 di Jl. X https://a.id a@b.id #x @y 20.000 ...'),
    'word number word abbrev word url email hashtag mention number punct',
  );
});

test('tokenize: offsets are shared with the unfolded text and arrays are trimmed', () => {
  const text = '“Sekretaris Jenderal NATO ada di Ukraina,” kata pejabat itu.';
  const t = tokenize(foldText(text));
  assert.equal(t.start.length, t.count);
  assert.equal(text.slice(t.start[1], t.end[1]), 'Sekretaris');
  assert.equal(text.slice(t.start[t.count - 1], t.end[t.count - 1]), '.');
});

test('tokenize: many tokens grow the arrays', () => {
  const text = 'kota-kota besar, '.repeat(5000);
  const t = tokenize(text);
  assert.equal(t.count, 15000);
  assert.equal(text.slice(t.start[14999], t.end[14999]), ',');
});

test('tokenize: empty and blank text', () => {
  assert.equal(tokenize('').count, 0);
  assert.equal(tokenize(' \n\t ').count, 0);
});
