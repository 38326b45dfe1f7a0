import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { defineStage } from '../../pipeline/stage.js';
import { normalizeStage } from '../normalize/normalize.js';
import { structureStage } from '../structure/structure.js';
import { identifyLanguage, languageStage } from './language.js';

// Real sentences: Indonesian news (Tempo, detik, Kompas), UDHR paragraphs (eval/fixtures/language),
// Malaysian news style, English wire copy.
const cases: Array<[string, string]> = [
  ['id', 'Stoltenberg memberikan penghormatan kepada tentara Ukraina yang gugur dalam perang dan meninjau peralatan militer rusak milik Rusia yang dipajang di alun-alun St Michael di ibu kota itu, kata seorang fotografer Reuters.'],
  ['id', 'Nilai tukar rupiah dibuka melemah terhadap dolar Amerika Serikat (AS) pada perdagangan akhir pekan hari ini. Pelemahan rupiah terjadi karena sentimen global.'],
  ['id', 'Menteri Sekretaris Negara Pratikno mengatakan Presiden sudah meneken Surat Presiden terkait revisi Undang-Undang KPK, Rabu (11/9/2019).'],
  ['id', 'Menimbang bahwa pengakuan atas martabat alamiah dan hak-hak yang sama dan mutlak dari semua anggota keluarga manusia adalah dasar kemerdekaan, keadilan dan perdamaian di dunia,'],
  ['ms', 'Bahawasanya pengiktirafan keutuhan kemuliaan dan hak samarata serta asasi yang tak terpisah bagi seluruh umat manusia adalah asas kebebasan, keadilan dan kedamaian dunia.'],
  ['ms', 'Kerajaan Malaysia berkata ia akan memperuntukkan RM2 bilion kerana kenaikan kos sara hidup, manakala bantuan tunai akan diberikan kepada isi rumah berpendapatan rendah selepas bajet dibentangkan.'],
  ['jv', 'Manimbang manowo ngakoni marang martabat alamiah sarta hak-hak kang padha lan pinasthi ing saben warganing kulawarga umat manungsa, mujudake landhesaning kamardikan, kaadilan sarta bedhamening donya.'],
  ['su', 'Dumasar ku ayana timbangan yen pangakuan kana ayana martabat alamiah katut hak-hak anu sarua ti sakumna anggota kulawarga manusa nu dasarna kamerdikaan, kaadilan jeung perdamaian di dunya.'],
  ['en', 'Whereas recognition of the inherent dignity and of the equal and inalienable rights of all members of the human family is the foundation of freedom, justice and peace in the world,'],
  ['en', 'NATO Secretary-General Jens Stoltenberg visited Kyiv on Thursday for the first time since Russia launched its invasion, a spokesperson for the alliance said.'],
];
for (const [code, text] of cases) {
  test(`language ${code}: ${text.slice(0, 50)}`, () => {
    const got = identifyLanguage(text);
    assert.equal(got.code, code, JSON.stringify(got.candidates));
    assert.ok(got.confidence > 0 && got.confidence <= 1);
    assert.equal(got.candidates?.[0]?.code, code);
  });
}

test('too short or no words: und', () => {
  for (const t of ['', 'Jakarta', '12.000', 'Jokowi Prabowo', '!!!']) assert.equal(identifyLanguage(t).code, 'und', t);
});

test('non-Latin scripts are named by script', () => {
  assert.equal(identifyLanguage('日本の首相は月曜日に記者会見を開き、新しい経済対策を発表した。').code, 'ja');
  assert.equal(identifyLanguage('Президент России заявил в понедельник, что переговоры продолжатся.').code, 'ru');
});

test('stage reads body paragraphs only; English article skips Indonesian-only stages', () => {
  const idOnly = defineStage({
    name: 'id-only', version: '1', requires: ['language'], produces: ['persons'], languages: ['id'],
    run: () => ({ persons: [] }),
  });
  const p = buildPipeline([normalizeStage, structureStage, languageStage, idOnly]);
  const en = p.run({ text: 'Jakarta - The government said on Monday that it would raise fuel prices, the first increase in three years.\nREUTERS' });
  assert.equal(en.layers.language?.code, 'en');
  assert.equal(en.layers.persons, undefined);
  assert.ok(en.diagnostics.some((d) => d.code === 'language-not-indonesian' && d.stage === 'language'));
  const id = p.run({ text: 'TEMPO.CO, Jakarta - Pemerintah mengatakan bahwa harga bahan bakar akan naik pada pekan depan karena subsidi membengkak.\nREUTERS/Gleb Garanich\nSCROLL TO CONTINUE WITH CONTENT' });
  assert.equal(id.layers.language?.code, 'id');
  assert.deepEqual(id.layers.persons, []);
});

test('the example article is Indonesian with high confidence', () => {
  const text = readFileSync(fileURLToPath(new URL('../../../examples/tempo-stoltenberg-kyiv.txt', import.meta.url)), 'utf8');
  const doc = buildPipeline([normalizeStage, structureStage, languageStage]).run({ text });
  assert.equal(doc.layers.language?.code, 'id');
  assert.ok(doc.layers.language!.confidence > 0.7);
});
