import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kb, kbKey } from './knowledge-base.js';

const cases: Array<{ name: string; prefer?: 'ORG' | 'LOC'; kb: string | null; id?: string; type?: string; near?: [number, number] }> = [
  { name: 'Ukraina', kb: 'iso3166', id: 'UA', type: 'country' },
  { name: 'Negeri Paman Sam', kb: 'iso3166', id: 'US' },
  { name: 'AS', kb: 'iso3166', id: 'US' },
  { name: 'Amerika Serikat', kb: 'iso3166', id: 'US' },
  { name: 'Tiongkok', kb: 'iso3166', id: 'CN' },
  { name: 'China', kb: 'iso3166', id: 'CN' },
  { name: 'Korsel', kb: 'iso3166', id: 'KR' },
  { name: 'Inggris', kb: 'iso3166', id: 'GB' },
  { name: 'Kabupaten Anambas', kb: 'kemendagri', id: '21.05', type: 'regency' },
  { name: 'Kepulauan Anambas', kb: 'kemendagri', id: '21.05' },
  { name: 'Kab. Bogor', kb: 'kemendagri', id: '32.01', type: 'regency' },
  { name: 'Kota Bogor', kb: 'kemendagri', id: '32.71', type: 'city' },
  { name: 'Jawa Timur', kb: 'kemendagri', id: '35', type: 'province' },
  { name: 'Jatim', kb: 'kemendagri', id: '35' },
  { name: 'Jakarta Selatan', kb: 'kemendagri', id: '31.74' },
  { name: 'Jenewa', kb: 'geonames', type: 'city', near: [46.2, 6.15] },
  { name: 'Moskow', kb: 'geonames', near: [55.75, 37.62] },
  { name: 'Den Haag', kb: 'geonames', near: [52.08, 4.3] },
  { name: 'Kyiv', kb: 'geonames', near: [50.45, 30.52] },
  { name: 'Kiev', kb: 'geonames', near: [50.45, 30.52] },
  { name: 'NATO', kb: 'wikidata', id: 'Q7184', type: 'organization' },
  { name: 'Pakta Pertahanan Atlantik Utara', kb: 'wikidata', id: 'Q7184' },
  { name: 'PBB', kb: 'wikidata', id: 'Q1065' },
  { name: 'Uni Eropa', kb: 'wikidata', id: 'Q458' },
  { name: 'Bank Dunia', kb: 'wikidata', id: 'Q7164' },
  { name: 'KPK', kb: 'warta', id: 'warta:org/kpk' },
  { name: 'Uni Soviet', kb: 'warta', id: 'warta:country/soviet-union', type: 'country' },
  { name: 'Badan Pusat Statistik', kb: 'warta', id: 'warta:org/bps' },
  // Lower-case `as` is a word, not the United States; unknown names stay unlinked.
  { name: 'as', kb: null },
  { name: 'Sukamaju Jaya Abadi', kb: null },
];

for (const c of cases) {
  test(`kb: ${c.name}`, () => {
    const link = kb().lookup(c.name, c.prefer);
    if (c.kb === null) return assert.equal(link, null);
    assert.ok(link, `${c.name} not linked`);
    assert.equal(link.kb, c.kb);
    if (c.id) assert.equal(link.id, c.id);
    if (c.type) assert.equal(link.type, c.type);
    if (c.near) {
      assert.ok(link.lat !== undefined && link.lon !== undefined, 'coordinates expected');
      assert.ok(Math.abs(link.lat - c.near[0]) < 0.2 && Math.abs(link.lon - c.near[1]) < 0.2, `${link.lat},${link.lon}`);
    }
  });
}

test('kb: English and Indonesian names of a country give one entry', () => {
  assert.equal(kb().lookup('Ukraine'), kb().lookup('Ukraina'));
  assert.equal(kb().lookup('Ukraina')!.nameEn, 'Ukraine');
});

test('kbKey folds case, dots and hyphens', () => {
  assert.equal(kbKey('Perserikatan Bangsa-Bangsa'), kbKey('perserikatan bangsa bangsa'));
  assert.equal(kbKey('Kab.  Bogor'), 'kab bogor');
});
