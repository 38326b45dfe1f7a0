import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WartaError } from '../../pipeline/errors.js';
import { readTsv } from './tsv-file.js';
import { loadOutlets } from './outlets.js';
import { loadPlaces } from './places.js';
import { loadStructureMarkers } from './structure-markers.js';
import { loadLanguageProfiles } from './language-profiles.js';

const dir = mkdtempSync(join(tmpdir(), 'warta-tsv-'));
const file = (name: string, body: string) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};

test('readTsv skips comments and blank lines and keeps line numbers', () => {
  const rows = readTsv(file('ok.tsv', '# comment\n\nTempo\tTEMPO.CO|Tempo.co\nKompas\tKOMPAS.com\n'), 2);
  assert.deepEqual(rows.map((r) => [r.line, r.cells[0]]), [[3, 'Tempo'], [4, 'Kompas']]);
});

const bad: Array<[string, string, RegExp]> = [
  ['too few cells', 'Tempo\tTEMPO.CO\nKompas\n', /line 2/],
  ['too many cells', 'Tempo\tTEMPO.CO\tx\ty\n', /line 1/],
  ['empty required cell', 'Tempo\t\n', /line 1.*empty/],
];
for (const [what, body, msg] of bad) {
  test(`readTsv refuses ${what} with W007 naming file and line`, () => {
    const p = file(`${what.replace(/ /g, '-')}.tsv`, body);
    assert.throws(() => readTsv(p, 2, 3), (e: unknown) => e instanceof WartaError && e.code === 'W007' && msg.test(e.message) && e.message.includes(p));
  });
}

test('readTsv names a missing file', () => {
  assert.throws(() => readTsv(join(dir, 'nope.tsv'), 2), (e: unknown) => e instanceof WartaError && e.code === 'W007' && /nope\.tsv/.test(e.message));
});

test('the shipped structure and language data files load and hold what the stages rely on', () => {
  assert.equal(loadOutlets().lookup('TEMPO.CO'), 'Tempo');
  assert.equal(loadOutlets().lookup('suarasurabaya.net'), 'suarasurabaya.net'); // domain rule, not listed
  assert.equal(loadOutlets().lookup('Presiden'), null);
  assert.ok(loadPlaces().has('ponorogo') && loadPlaces().has('spanyol') && loadPlaces().has('jenewa'));
  const m = loadStructureMarkers();
  assert.ok(m.markers.some((x) => x.kind === 'related' && x.text === 'Pilihan Editor:'));
  assert.ok(m.creditNames.includes('REUTERS') && m.photoCreditNames.includes('ANTARA FOTO'));
  const p = loadLanguageProfiles();
  assert.equal(p.languages[0], 'id');
  for (const code of ['ms', 'jv', 'su', 'en']) assert.ok(p.languages.includes(code), code);
});
