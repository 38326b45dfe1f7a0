import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectMarks, markHits, paragraphsOf, runs, type Inner, type QuoteMark } from '../../web/src/annotate.ts';
import { entityId } from '../../web/src/entity-ids.ts';
import { foldDuplicates } from '../../web/src/fold.ts';
import { deriveRows, entityId as storeEntityId } from '../../src/store/prepare.js';
import { KPK_REPORTS, makeAnalysis } from '../../src/store/fixtures.js';
import type { AnalysisJson } from '../../src/text/schema.js';
import type { ArticleSummary } from '../../src/store/types.js';

const TEXT = '“Kami akan merilis informasi,” kata Jens Stoltenberg di Kyiv pada Kamis 20 April 2023.\nNATO memberi Rp4,8 triliun.';
const at = (s: string, from = 0) => {
  const i = TEXT.indexOf(s, from);
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length };
};

function analysis(extra: Partial<AnalysisJson> = {}): AnalysisJson {
  return { format: 'warta/analysis', version: 1, text: TEXT, sourceMap: [], meta: {}, stages: [], diagnostics: [], ...extra };
}

test('runs: every character once, in order, annotations and quotes marked', () => {
  const inners: Inner[] = [
    { kind: 'PER', ...at('Jens Stoltenberg'), value: 'Jens Stoltenberg', entityId: 'per-jens-stoltenberg' },
    { kind: 'TIMEX', ...at('Kamis 20 April 2023'), value: '2023-04-20', sub: 'DATE' },
  ];
  const quotes: QuoteMark[] = [{ kind: 'direct', ...at('Kami akan merilis informasi,'), speaker: 'Jens Stoltenberg', speakerId: 'per-jens-stoltenberg' }];
  const end = TEXT.indexOf('\n');
  const rs = runs(TEXT, 0, end, inners, quotes);
  assert.equal(rs.map((r) => r.text).join(''), TEXT.slice(0, end));
  const table: Array<[string, string | undefined, boolean]> = [
    ['“', undefined, false],
    ['Kami akan merilis informasi,', undefined, true],
    ['Jens Stoltenberg', 'PER', false],
    ['Kamis 20 April 2023', 'TIMEX', false],
  ];
  for (const [text, kind, quoted] of table) {
    const r = rs.find((x) => x.text === text);
    assert.ok(r, `a run for ${text}`);
    assert.equal(r.inner?.kind, kind, text);
    assert.equal(!!r.quote, quoted, text);
  }
});

test('runs: an annotation cut by a quote boundary is split, first and last pieces flagged', () => {
  const inner: Inner = { kind: 'ORG', ...at('merilis informasi'), value: 'x' };
  const quote: QuoteMark = { kind: 'direct', ...at('Kami akan merilis'), speaker: null, speakerId: null };
  const rs = runs(TEXT, 0, 40, [inner], [quote]).filter((r) => r.inner);
  assert.deepEqual(rs.map((r) => [r.text, r.innerFirst, r.innerLast, !!r.quote]), [
    ['merilis', true, false, true],
    [' informasi', false, true, false],
  ]);
});

test('collectMarks: overlapping annotations keep the earlier, longer one; amounts get a readable value', () => {
  const a = analysis({
    entities: [
      { ...at('Jens Stoltenberg'), text: 'Jens Stoltenberg', type: 'PER' },
      { ...at('Stoltenberg'), text: 'Stoltenberg', type: 'PER' },
      { ...at('NATO'), text: 'NATO', type: 'ORG' },
    ],
    amounts: [{ ...at('Rp4,8 triliun'), text: 'Rp4,8 triliun', kind: 'money', value: 4.8e12, unit: 'IDR' }],
    persons: [{ name: 'Jens Stoltenberg', mentions: ['Stoltenberg'], roles: ['Sekretaris Jenderal NATO'] }],
  });
  const { inners } = collectMarks(a);
  assert.deepEqual(inners.map((i) => [TEXT.slice(i.start, i.end), i.entityId ?? null]), [
    ['Jens Stoltenberg', 'per-jens-stoltenberg'],
    ['NATO', 'org-nato'],
    ['Rp4,8 triliun', null],
  ]);
  assert.match(inners[2]!.value, /IDR$/);
});

test('paragraphsOf: lines as body paragraphs when the layer is absent', () => {
  assert.deepEqual(paragraphsOf(analysis()).map((p) => TEXT.slice(p.start, p.end).slice(0, 4)), ['“Kam', 'NATO']);
});

test('markHits marks words starting with a query word', () => {
  const table: Array<[string, string, string[]]> = [
    ['Presiden Joko Widodo meresmikan bendungan', 'bendungan jokowi', ['bendungan']],
    ['Kunjungan Stoltenberg ke Kyiv', '"kunjungan stoltenberg"', ['Kunjungan', 'Stoltenberg']],
    ['Stoltenberg mengunjungi Kyiv; kunjungi lagi', 'kunjungan', ['kunjungi']],
    ['Tidak ada yang cocok', 'qwzx', []],
    ['<script>alert(1)</script> teks', 'script', ['script', 'script']],
  ];
  for (const [text, q, hits] of table) {
    const parts = markHits(text, q);
    assert.equal(parts.map(([s]) => s).join(''), text);
    assert.deepEqual(parts.filter(([, h]) => h).map(([s]) => s), hits, q);
  }
});

test('entity ids match the store', () => {
  for (const [type, name] of [['PER', 'Jens Stoltenberg'], ['ORG', 'TEMPO.CO'], ['LOC', 'Kyiv tengah'], ['PER', 'Ma’ruf Amin'], ['ORG', 'Komisi Pemberantasan Korupsi (KPK)']] as const) {
    assert.equal(entityId(type, name), storeEntityId(type, name));
  }
});

test('foldDuplicates puts copies under their canonical article', () => {
  const s = (id: string, groupId: string, canonicalId: string): ArticleSummary => ({ id, groupId, canonicalId, title: id, url: null, outlet: null, published: null, snippet: '' });
  const folded = foldDuplicates([s('b', 'a', 'a'), s('x', 'x', 'x'), s('a', 'a', 'a'), s('c', 'a', 'a')]);
  assert.deepEqual(folded.map((g) => [g.head.id, g.copies.map((c) => c.id)]), [
    ['a', ['b', 'c']],
    ['x', []],
  ]);
});

test('collectMarks: a cluster gives the canonical name and its knowledge-base link for the hover', () => {
  const nato = at('NATO');
  const a = analysis({
    entities: [{ ...nato, text: 'NATO', type: 'ORG' }],
    clusters: [
      {
        id: 'c1',
        type: 'ORG',
        name: 'Pakta Pertahanan Atlantik Utara',
        mentions: [{ ...nato, text: 'NATO' }],
        aliases: ['NATO'],
        link: { kb: 'wikidata', id: 'Q7184', name: 'Pakta Pertahanan Atlantik Utara', nameEn: 'North Atlantic Treaty Organization', type: 'organization' },
      },
    ],
  });
  const [inner] = collectMarks(a).inners;
  assert.equal(inner!.entityId, 'org-pakta-pertahanan-atlantik-utara', 'the id is the one the store gives a linked cluster');
  assert.equal(deriveRows(a).mentions[0]!.entityId, inner!.entityId);
  assert.equal(inner!.value, 'Pakta Pertahanan Atlantik Utara');
  assert.equal(inner!.link, 'Wikidata Q7184: Pakta Pertahanan Atlantik Utara (North Atlantic Treaty Organization)');
});

test('collectMarks: ids the article API returns win over the derivation', () => {
  const nato = at('NATO');
  const a = analysis({ entities: [{ ...nato, text: 'NATO', type: 'ORG' }] });
  assert.equal(collectMarks(a).inners[0]!.entityId, 'org-nato');
  const stored = [{ ...nato, entityId: 'org-nato-2', name: 'NATO', type: 'ORG' }];
  assert.equal(collectMarks(a, stored).inners[0]!.entityId, 'org-nato-2');
});

test('without stored ids, every mention gets the id the store derives (clusters, persons, plain names)', () => {
  const table: AnalysisJson[] = [
    ...KPK_REPORTS.map(makeAnalysis),
    analysis({
      entities: [
        { ...at('Jens Stoltenberg'), text: 'Jens Stoltenberg', type: 'PER' },
        { ...at('Kyiv'), text: 'Kyiv', type: 'LOC' },
        { ...at('NATO'), text: 'NATO', type: 'ORG' },
      ],
      persons: [{ name: 'Jens Stoltenberg', mentions: ['Stoltenberg'], roles: [] }],
      clusters: [
        {
          id: 'c1',
          type: 'LOC',
          name: 'Kyiv',
          mentions: [{ ...at('Kyiv'), text: 'Kyiv' }],
          aliases: [],
          link: { kb: 'iso3166', id: 'UA-30', name: 'Kiev', nameEn: 'Kyiv', type: 'city', lat: 50.45, lon: 30.52 },
        },
      ],
    }),
  ];
  for (const a of table) {
    const store = new Map(deriveRows(a).mentions.map((m) => [`${m.start}:${m.end}`, m.entityId]));
    const inners = collectMarks(a).inners.filter((i) => i.kind === 'PER' || i.kind === 'ORG' || i.kind === 'LOC');
    assert.ok(inners.length >= 3);
    for (const i of inners) assert.equal(i.entityId, store.get(`${i.start}:${i.end}`), a.text.slice(i.start, i.end));
  }
});
