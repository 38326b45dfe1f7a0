import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rulesMissed, scanTimexes } from './grammar.js';
import { resolveScan } from './resolve.js';
import { parseYmd } from './calendar.js';
import { lexUnits, KIND_N, KIND_P, KIND_W } from './lex.js';
import { VOCAB, vocabId, wordKey } from './vocab.js';
import { DEICTICS, durationValue, MONTHS, NUMBER_WORDS, PHRASES, UNIT_ORDER, UNITS, unitIndex, W, WEEKDAYS, ZONES } from './scanner.js';
import { timexLexicon } from '../../lang/id/timex-lexicon.js';

// The rules name words by id (`S.id(i) === W.tahun`, `MONTHS.get(S.id(i))`): a word missing from the
// vocabulary would silently never match. Every id the grammar's sources name must be its word's id.
test('every word the rules compare to by name is in the vocabulary', () => {
  const literal = /\bW\.([a-z]+)\b|\.w\([^()]*(?:\([^()]*\)[^()]*)*\) [!=]== '([^']+)'|\bw === '([^']+)'/g;
  const wrong: string[] = [];
  let seen = 0;
  for (const file of ['grammar.ts', 'scanner.ts']) {
    const src = readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
    for (const m of src.matchAll(literal)) {
      seen++;
      const w = m[1] ?? m[2] ?? m[3]!;
      const id = m[1] !== undefined ? (W as Record<string, number | undefined>)[w] : vocabId(w);
      if (id === undefined || id < 0 || VOCAB[id] !== w) wrong.push(`${file}: ${w}`);
    }
  }
  assert.ok(seen > 20, `expected many literals, found ${seen}`);
  assert.deepEqual(wrong, []);
});

test('the lexer names known words in any case and leaves unknown ones unnamed', () => {
  const text = "Pada SELASA lalu, Jum'at pagi; pukul 10.00 WIB kata Kebakaran MaretTahap";
  const u = lexUnits(text);
  const named: Array<[string, string | null]> = [];
  for (let i = 0; i < u.count; i++) {
    if (u.kind[i] !== KIND_W) continue;
    named.push([text.slice(u.start[i], u.end[i]), u.vid[i]! >= 0 ? VOCAB[u.vid[i]!]! : null]);
  }
  const byForm = new Map(named);
  assert.equal(byForm.get('SELASA'), 'selasa');
  assert.equal(byForm.get('lalu'), 'lalu');
  assert.equal(byForm.get('pukul'), 'pukul');
  assert.equal(byForm.get('Maret'), 'maret');
  assert.equal(byForm.get('Kebakaran'), null);
  assert.equal(byForm.get('Tahap'), null);
  // Every named word is named by its own lower-case form.
  for (const [form, w] of named) if (w !== null) assert.equal(w, form.toLowerCase());
});

test('a scan kept while another text is cut still resolves to its own timexes', () => {
  const a = 'Presiden tiba di Jakarta, Selasa (10/9/2019), dan kembali tiga hari kemudian.';
  const b = 'Rapat digelar pada 17 Agustus 2020 pukul 10.00 WIB di gedung baru.';
  const dct = parseYmd('2019-09-10');
  const expected = resolveScan(a, scanTimexes(a), dct);
  const kept = scanTimexes(a);
  scanTimexes(b); // overwrites the shared unit buffers
  lexUnits('Sesuatu yang lain sama sekali, 2021.');
  assert.deepEqual(resolveScan(a, kept, dct), expected);
  assert.deepEqual(expected.map((t) => t.text), ['Selasa (10/9/2019)', 'tiga hari kemudian']);
});

test('the lexicon tables by word id hold what the lexicon maps hold, and nothing for no word', () => {
  const L = timexLexicon();
  const pairs: Array<[ReadonlyMap<string, unknown>, { get(id: number): unknown }]> = [
    [L.months, MONTHS], [L.weekdays, WEEKDAYS], [L.units, UNITS], [L.numberWords, NUMBER_WORDS],
    [new Map([...L.zones].filter(([w]) => !w.includes(' '))), ZONES],
  ];
  for (const [map, byId] of pairs) {
    assert.ok(map.size > 0);
    for (const [w, v] of map) assert.equal(byId.get(vocabId(w)), v, w);
    assert.equal(byId.get(-1), undefined);
    assert.equal(byId.get(VOCAB.length + 10), undefined);
  }
  for (const [w, list] of L.phrases) assert.deepEqual(PHRASES.get(vocabId(w))!.map((k) => k.entry), list, w);
  for (const [w, list] of L.deictics) assert.deepEqual(DEICTICS.get(vocabId(w))!.map((k) => k.entry), list, w);
  // A word outside every table: `yang` names no month.
  assert.equal(MONTHS.get(vocabId('yang')), undefined);
});

// The lexer reads the text's code units one by one: every UTF-16 unit must come through as it
// is, lone surrogates and astral symbols included, with no-break spaces and the typographic apostrophe.
test('the lexer cuts lone surrogates, astral symbols, no-break spaces and dashes unit by unit', () => {
  const text = 'Kata\ud800dia, Senin (9/9/2019) \ud83d\ude00 pukul\u00a010.00 WIB\u2013 Jum\u2019at\udc00';
  const u = lexUnits(text);
  const got: Array<[string, number, number, boolean]> = [];
  for (let i = 0; i < u.count; i++) got.push([text.slice(u.start[i], u.end[i]), u.kind[i]!, u.cap(i) ? 1 : 0, u.vid[i]! >= 0]);
  assert.deepEqual(got, [
    ['Kata', 1, 1, true], ['\ud800d', 3, 0, false], ['ia', 1, 0, false], [',', 3, 0, false], ['Senin', 1, 1, true],
    ['(', 3, 0, false], ['9', 2, 0, false], ['/', 3, 0, false], ['9', 2, 0, false], ['/', 3, 0, false], ['2019', 2, 0, false],
    [')', 3, 0, false], ['\ud83d\ude00', 3, 0, false], ['pukul', 1, 0, true], ['10', 2, 0, false], ['.', 3, 0, false],
    ['00', 2, 0, false], ['WIB', 1, 1, true], ['\u2013', 3, 0, false], ['Jum\u2019at', 1, 1, false], ['\udc00', 3, 0, false],
  ]);
});

// The scan skips a number with nothing a number rule needs around it (grammar.ts `numberRules`), and a
// word's rules that cannot start there (`rulesAt`); the rules themselves must agree on every unit of these
// texts: no match nor blocker where it skips.
test('rules the scan skips are rules that take nothing there', () => {
  const texts = [
    'Sebanyak 25 orang tewas dan 3 lainnya luka, kata Kapolres, Senin (9/9/2019) pukul 10.00 WIB.',
    'Ia berusia 45 tahun; 2 kali seminggu ia berlari 5 (lima) kilometer, 1,5 jam tiap pagi.',
    'UU Nomor 1 Tahun 2023 dan Pasal. 12 tentang 300 pasal lain, Liga 1 2019, 20 Mei - 2 Juni 2023.',
    'Tanggal 7 dan 28 Desember 2015, 1, 2, dan 3 Mei, 25-26 Mei 2016, 14/15 September 2019, 2019-09-10.',
    'Harga naik 2.500 rupiah, 10 persen dari 40 juta, jam 7 malam, 3 pm, 08.00-10.00 WITA, 5 x 10 meter.',
    'Sejak 2006,2. Eka pindah ke Blok J 2/6 RT 006/009; Q3 2019 tumbuh 5,02 persen, 7 hari lalu.',
    'Pada awal tahun lalu, akhir Juni 2018 dan pertengahan 2020, tahun-tahun mendatang, bulan depan, tahun 2019.',
    'Sore hari ini, pagi kemarin, malam Minggu, siang hari Senin (9/9/2019), malam itu hujan, dini hari tadi.',
    'Salah satu dari dua orang, beberapa hari kemudian, dua puluh tiga tahun, sekali sebulan, dua kali seminggu.',
    'Nomor dua, setengah jam, beberapa warga, sepekan, satu setengah tahun, puluhan tahun lalu, tiga ratus orang.',
  ];
  for (const t of texts) assert.equal(rulesMissed(t), 0, t);
});

test('lowerAt gives each unit its own lower-case form, known or not', () => {
  const text = 'BERHARI-hari Kebakaran 2,5 Ⓐ – SELASA';
  const u = lexUnits(text);
  const got: string[] = [];
  for (let i = 0; i < u.count; i++) got.push(u.lowerAt(i));
  assert.deepEqual(got, ['berhari', '-', 'hari', 'kebakaran', '2', ',', '5', 'ⓐ', '–', 'selasa']);
  assert.equal(u.lowerAt(-1), '');
  assert.equal(u.lowerAt(u.count), '');
});

// The lexer keeps a mark's code and a digit run's value in the vid column (`-2 - x`) and a word's case in
// `caps`; what the rules read of them must be what the text says, at the edges of what the columns hold:
// nine digits and more, surrogates, marks beyond ASCII, capitals beyond ASCII, the digit run 0.
test('pcode, num and cap read what the text holds, past nine digits and beyond ASCII', () => {
  const texts = [
    '0 7 007 999999999 1000000000 0000000009 2147483647 12345678901234567 99999999999999999999',
    'Senin\u00a09\u2013 10 \u2014 \u2026 \ud83d\ude00 \ud800 \udc00 (9/9) \u00bd \uff11 \u0661 " \n!',
    '\u0130stanbul \u0130NI \u00c9lys\u00e9e \u00e9t\u00e9 \u01c5ab \u1e9e \u03a3 \ud835\udc12enin Jum\u2019at PM10 maretTahap',
    '\ud800',
  ];
  for (const text of texts) {
    const u = lexUnits(text);
    for (let i = 0; i < u.count; i++) {
      const form = text.slice(u.start[i], u.end[i]);
      const kind = u.kind[i]!;
      assert.equal(u.pcode(i), kind === KIND_P && form.length === 1 ? form.charCodeAt(0) : -1, form);
      assert.deepEqual(u.num(i), kind === KIND_N ? Number(form) : NaN, form);
      assert.equal(u.cap(i), kind === KIND_W && /\p{Lu}/u.test(form[0]!), form);
      // Only a word has an id of 0 or more.
      if (kind !== KIND_W) assert.ok(u.vid[i]! < 0, form);
    }
    for (const i of [-1, u.count]) assert.deepEqual([u.pcode(i), u.num(i), u.cap(i)], [-1, NaN, false]);
  }
});

// Tables read per match by a unit's index (`DUR_UNIT`, grammar's `COMPOUND_RANK`) are laid out in
// `UNIT_ORDER`; the switch of `unitIndex` must give every unit its place there.
test('unitIndex is the place of each time unit in UNIT_ORDER', () => {
  assert.equal(new Set(UNIT_ORDER).size, UNIT_ORDER.length);
  // Every unit the lexicon's words name has a place.
  const L = timexLexicon();
  for (const u of [...L.units.values(), ...L.seUnits.values()]) assert.ok(UNIT_ORDER.includes(u), u);
  UNIT_ORDER.forEach((u, k) => assert.equal(unitIndex(u), k, u));
  assert.deepEqual(UNIT_ORDER.map((u) => durationValue(2, u)), ['P2Y', 'P2M', 'P2W', 'P2D', 'PT2H', 'PT2M', 'PT2S', 'P6M', 'P12M', 'P2DE', 'P2CE', 'P16Y']);
});

// Word keys (vocab.ts `wordKey`) spell words of up to six letters; a longer word keeps its last letters and part
// of the one before, so a word that differs in what is shifted out (`cemarin`, `kemarin`: `c` and `k` share their
// last two bits) has the same key and must be told apart by its codes.
test('the lexer names every vocabulary word by its key, in any case, and no word that only shares its key', () => {
  let collisions = 0;
  for (let id = 0; id < VOCAB.length; id++) {
    const w = VOCAB[id]!;
    if (!/^[a-z]+$/.test(w)) continue;
    for (const form of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]) {
      const u = lexUnits(form);
      assert.equal(u.count, 1, form);
      assert.equal(u.vid[0], id, form);
    }
    if (w.length <= 6) continue;
    // A first letter with the same last two bits, the only bits of it the key keeps at seven letters and more.
    const c = w.charCodeAt(0);
    const other = String.fromCharCode(c & 3 ? (c - 97 + 4) % 24 + 97 : c + 4);
    const twin = other + w.slice(1);
    if ((twin.charCodeAt(0) & 3) !== (c & 3) || vocabId(twin) >= 0) continue;
    assert.equal(wordKey(twin), wordKey(w), twin);
    assert.equal(lexUnits(twin).vid[0], -1, twin);
    collisions++;
  }
  assert.ok(collisions > 10, `expected many long words, found ${collisions}`);
});
