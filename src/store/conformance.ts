/**
 * The one conformance suite every `CorpusStore` passes. A backend's test file
 * calls `storeConformance(name, factory)`; the factory returns a fresh, empty
 * store each time it is called, built with the options given.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KPK_REPORTS, makeAnalysis, REPORTS, tempoExample } from './fixtures.js';
import { prepareAnalysis } from './prepare.js';
import type { CorpusStore, SearchQuery, StoreOptions } from './types.js';

/** Makes a fresh empty store. */
export type StoreFactory = (options: StoreOptions) => Promise<CorpusStore>;

/**
 * A hand stemmer for the tests: enough Indonesian affixes to show that the
 * index and the query go through the same stemmer (warta's real stemmer is
 * injected in production).
 */
const TEST_STEMS: Record<string, string> = {
  mengunjungi: 'kunjung',
  kunjungan: 'kunjung',
  berkunjung: 'kunjung',
  banjir: 'banjir',
  meresmikan: 'resmi',
  diresmikan: 'resmi',
};
const testStem = (w: string) => TEST_STEMS[w] ?? w;

async function collect(it: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const chunk of it) s += chunk;
  return s;
}

/** Register the conformance tests for one backend. `skip` (a reason) skips them all. */
export function storeConformance(name: string, factory: StoreFactory, skip?: string | false): void {
  describe(`CorpusStore conformance: ${name}`, { skip: skip || false }, () => {
    const opened: CorpusStore[] = [];
    const fresh = async (o: StoreOptions = {}) => {
      const s = await factory({ stem: testStem, ...o });
      opened.push(s);
      return s;
    };
    after(async () => {
      for (const s of opened) await s.close();
    });

    test('insert, get, count; id from the canonical URL', async () => {
      const s = await fresh();
      const a = makeAnalysis(tempoExample());
      const r = await s.upsert(a);
      assert.equal(r.status, 'inserted');
      assert.equal(r.canonicalId, r.id);
      assert.equal(await s.count(), 1);
      const got = await s.getArticle(r.id);
      assert.ok(got);
      assert.equal(got.text, a.text);
      assert.equal(got.outlet, 'Tempo');
      assert.deepEqual(got.stages, a.stages);
      assert.equal(got.analysis.entities?.length, a.entities?.length);
      assert.equal(got.analysis.meta.id, r.id);
      assert.equal(got.version, 1);
      // The same URL without tracking parameters, over http, with a trailing slash: same article.
      const again = makeAnalysis(tempoExample({ url: 'http://dunia.tempo.co/read/1716458/sekjen-nato-kunjungi-kyiv/' }));
      assert.equal((await s.upsert(again)).id, r.id);
      assert.equal(await s.getArticle('no-such-article'), null);
    });

    test('idempotent upsert; changed content updates and keeps history', async () => {
      const s = await fresh();
      const a = makeAnalysis(REPORTS[0]!);
      const first = await s.upsert(a);
      const second = await s.upsert(makeAnalysis(REPORTS[0]!));
      assert.equal(second.status, 'unchanged');
      assert.equal(second.id, first.id);
      assert.equal(await s.count(), 1);
      const changedText = REPORTS[0]!.text.replace('Rp50 triliun', 'Rp55 triliun');
      const changed = await s.upsert(makeAnalysis({ ...REPORTS[0]!, text: changedText, amounts: [] }));
      assert.equal(changed.status, 'updated');
      assert.equal(await s.count(), 1);
      const got = (await s.getArticle(first.id))!;
      assert.equal(got.version, 2);
      assert.equal(got.text, changedText);
      assert.equal(got.history.length, 1);
      assert.equal(got.history[0]!.text, a.text);
      assert.equal(got.history[0]!.version, 1);
      // Re-analysis of the same text with a newer stage: updated in place, no new history entry.
      const reanalysed = makeAnalysis({ ...REPORTS[0]!, text: changedText, amounts: [] });
      reanalysed.stages = [...reanalysed.stages, { name: 'quotes', version: '2' }];
      assert.equal((await s.upsert(reanalysed)).status, 'updated');
      const got2 = (await s.getArticle(first.id))!;
      assert.equal(got2.history.length, 1);
      assert.equal(got2.stages.length, 3);
    });

    test('exact and near duplicates are grouped; the earliest is canonical; distinct articles are not merged', async () => {
      const s = await fresh();
      const base = REPORTS[0]!;
      const later = await s.upsert(makeAnalysis(base));
      // A syndicated copy published an hour earlier elsewhere, with different punctuation and spacing.
      const copyText = base.text.replace(/,/g, ' ,').replace(/"/g, '“');
      const exact = await s.upsert(
        makeAnalysis({ ...base, text: copyText, quotes: [], amounts: [], url: 'https://mediaindonesia.com/ekonomi/1/sri-mulyani', outlet: 'Media Indonesia', published: '2024-01-15T09:00:00+07:00' }),
      );
      assert.equal(exact.match, 'exact');
      assert.equal(exact.groupId, later.groupId);
      assert.equal(exact.canonicalId, exact.id, 'the earlier copy becomes canonical');
      assert.equal((await s.getArticle(later.id))!.canonicalId, exact.id);
      // A copy with one sentence less at the end: a near duplicate.
      const trimmed = base.text.slice(0, base.text.lastIndexOf('Sri Mulyani menambahkan')).trim();
      const near = await s.upsert(makeAnalysis({ text: trimmed, url: 'https://www.jawapos.com/ekonomi/sri-mulyani-rp50', outlet: 'Jawa Pos', published: '2024-01-15T12:00:00+07:00' }));
      assert.equal(near.match, 'near');
      assert.equal(near.groupId, later.groupId);
      assert.equal(near.canonicalId, exact.id);
      for (const other of REPORTS.slice(1)) {
        const r = await s.upsert(makeAnalysis(other));
        assert.equal(r.match, 'none');
        assert.equal(r.groupId, r.id);
      }
      const group = await s.search({ group: later.groupId });
      assert.equal(group.total, 3);
      const got = (await s.getArticle(later.id))!;
      assert.deepEqual([...got.duplicates].sort(), [exact.id, near.id].sort());
      assert.deepEqual(got.related, [], 'copies are duplicates, not related stories');
    });

    test('a follow-up that reuses a report is no copy of it, but each lists the other as related', async () => {
      const s = await fresh();
      const ex = tempoExample();
      const original = await s.upsert(makeAnalysis(ex));
      const body = ex.text.split('\n').slice(1).join('\n');
      const lead = [
        'Kementerian Luar Negeri Rusia mengecam kunjungan Sekretaris Jenderal NATO Jens Stoltenberg ke Kyiv pada Jumat, 21 April 2023.',
        'Juru bicara kementerian itu, Maria Zakharova, menyebut kunjungan tersebut sebagai provokasi yang memperpanjang perang.',
        '"Aliansi itu tidak menginginkan perdamaian," kata Zakharova kepada wartawan di Moskow.',
        'Ia menambahkan bahwa Rusia akan menanggapi setiap pengiriman senjata baru ke Ukraina.',
      ].join('\n');
      const followUp = await s.upsert(makeAnalysis({ text: `${lead}\n${body}`, url: 'https://example.org/rusia-kecam-kunjungan', outlet: 'Contoh', published: '2023-04-21T10:00:00+07:00' }));
      assert.equal(followUp.match, 'none', 'new statements on top of a report make a new article');
      for (const [id, other] of [[original.id, followUp.id], [followUp.id, original.id]] as const) {
        const a = (await s.getArticle(id))!;
        assert.deepEqual(a.duplicates, []);
        assert.deepEqual(a.related.map((r) => r.id), [other]);
        assert.ok(a.related[0]!.resemblance >= 0.3 && a.related[0]!.resemblance < 0.8, `resemblance ${a.related[0]!.resemblance}`);
      }
      // Unrelated reports list nothing.
      const other = await s.upsert(makeAnalysis(REPORTS[0]!));
      assert.deepEqual((await s.getArticle(other.id))!.related, []);
    });

    test('search: stemmed full text, filters, facets, sort and pages', async () => {
      const s = await fresh();
      await s.upsertMany([makeAnalysis(tempoExample()), ...REPORTS.map(makeAnalysis)]);
      // "kunjungan" and "mengunjungi" share the stem "kunjung".
      const k = await s.search({ q: 'kunjungan' });
      assert.equal(k.total, 1);
      assert.equal(k.totalExact, true);
      assert.equal(k.items[0]!.outlet, 'Tempo');
      assert.match(k.items[0]!.snippet, /^TEMPO\.CO/);
      assert.equal((await s.search({ q: 'diresmikan bendungan' })).total, 1);
      assert.equal((await s.search({ q: 'bendungan banjir' })).total, 0, 'all words must match');
      assert.equal((await s.search({ q: '"Wali Kota Surabaya"' })).total, 1);
      assert.equal((await s.search({ q: '"Surabaya Wali Kota"' })).total, 0, 'phrase order matters');
      assert.equal((await s.search({ q: 'jakarta' })).total, 3);
      assert.equal((await s.search({ q: 'jakarta', outlet: 'antara' })).total, 1);
      assert.equal((await s.search({ from: '2024-01-01', to: '2024-01-15' })).total, 2);
      assert.equal((await s.search({ entity: 'per-jens-stoltenberg' })).total, 1);
      assert.equal((await s.search({ speaker: 'Eri Cahyadi' })).items[0]!.outlet, 'detikcom');
      assert.equal((await s.search({ speaker: 'per-sri-mulyani-indrawati' })).total, 1);
      const all = await s.search({ sort: 'date', size: 2 });
      assert.equal(all.total, 4);
      assert.deepEqual(all.items.map((i) => i.outlet), ['detikcom', 'ANTARA']);
      const p2 = await s.search({ sort: 'date', size: 2, page: 2 });
      assert.deepEqual(p2.items.map((i) => i.outlet), ['Kompas', 'Tempo']);
      const f = all.facets!;
      assert.equal(f.outlets.length, 4);
      assert.deepEqual(f.days.map((d) => d.value), ['2023-04-20', '2024-01-04', '2024-01-15', '2024-01-16']);
      const jakarta = f.entities.find((e) => e.id === 'loc-jakarta');
      assert.equal(jakarta?.count, 1);
      const noFacets = await s.search({ q: 'jakarta', facets: false });
      assert.equal(noFacets.facets, undefined);
    });

    test('search counts matches up to the cap, then the total is a lower bound and relevance ranks the newest matches only', async () => {
      const docs = [makeAnalysis(tempoExample()), ...REPORTS.map(makeAnalysis)];
      const capped = await fresh({ totalCap: 2 });
      const exact = await fresh();
      const stored = (await capped.upsertMany(docs)).map((r) => r.id);
      await exact.upsertMany(docs);
      const cases: Array<[SearchQuery, number, boolean]> = [
        [{ sort: 'date' }, 2, false], // no text: 4 articles
        [{ q: 'jakarta' }, 2, false], // text only: 3 matches
        [{ q: 'jakarta', size: 1, page: 2 }, 2, false],
        [{ q: 'jakarta', sort: 'date', size: 1, page: 3 }, 2, false],
        [{ q: 'jakarta', from: '2023-01-01', to: '2024-12-31' }, 2, false], // text and a filter
        [{ q: 'jakarta', from: '2023-01-01', to: '2024-12-31', sort: 'date' }, 2, false],
        [{ q: 'jakarta', outlet: 'antara' }, 1, true],
        [{ q: 'kunjungan' }, 1, true],
        [{ from: '2024-01-01', to: '2024-01-15' }, 2, true], // exactly the cap is still exact
        [{ q: 'bendungan banjir' }, 0, true],
      ];
      for (const [q, total, totalExact] of cases) {
        const why = JSON.stringify(q);
        const c = await capped.search(q);
        const e = await exact.search(q);
        assert.deepEqual([c.total, c.totalExact], [total, totalExact], why);
        assert.equal(e.totalExact, true, why);
        assert.ok(e.total >= c.total, why);
        let expected = e.items.map((i) => i.id);
        if (!totalExact && q.q && q.sort !== 'date') {
          // Relevance order of every match, kept for the `total` most recently stored matches, then paged.
          const all = (await exact.search({ ...q, page: 1, size: 100 })).items.map((i) => i.id);
          const newest = new Set([...all].sort((x, y) => stored.indexOf(y) - stored.indexOf(x)).slice(0, total));
          const size = q.size ?? 20;
          expected = all.filter((id) => newest.has(id)).slice(((q.page ?? 1) - 1) * size, (q.page ?? 1) * size);
          assert.ok(expected.length > 0, why);
        }
        assert.deepEqual(c.items.map((i) => i.id), expected, why);
        assert.deepEqual(c.facets, e.facets, why);
        assert.equal(c.facets?.sampled, false, 'four articles are far from the facet sample size');
      }
    });

    test('search text with query syntax or SQL is plain words, never an error', async () => {
      const s = await fresh();
      await s.upsertMany(REPORTS.map(makeAnalysis));
      for (const q of ['"', '*', 'NEAR', 'banjir NEAR(rumah)', "'; DROP TABLE articles; --", 'banjir*', 'AND OR NOT', '(', ')', 'a:b', '^banjir', '""']) {
        const r = await s.search({ q });
        assert.ok(r.total >= 0, q);
      }
      assert.equal((await s.search({ q: 'banjir*' })).total, 1);
      assert.equal((await s.search({ q: "'; DROP TABLE articles; --" })).total, 0);
      assert.equal((await s.search({ q: '*' })).total, 0);
      assert.equal(await s.count(), 3);
    });

    test('entities: listing, detail with aliases, roles, quotes and timeline', async () => {
      const s = await fresh();
      await s.upsertMany([makeAnalysis(tempoExample()), ...REPORTS.map(makeAnalysis)]);
      const list = await s.listEntities({ size: 100 });
      assert.ok(list.total >= 15);
      assert.ok(list.items.some((e) => e.id === 'loc-jakarta'));
      const pers = await s.listEntities({ type: 'PER', q: 'stolten' });
      assert.deepEqual(pers.items.map((e) => e.id), ['per-jens-stoltenberg']);
      const e = (await s.getEntity('per-jens-stoltenberg'))!;
      assert.equal(e.name, 'Jens Stoltenberg');
      assert.equal(e.articles, 1);
      assert.ok(e.mentions >= 5, `mentions ${e.mentions}`);
      assert.deepEqual(new Set(e.aliases.map((a) => a.value)), new Set(['Jens Stoltenberg', 'Stoltenberg']));
      assert.deepEqual(e.roles.map((r) => r.value).sort(), ['Kepala NATO', 'Sekretaris Jenderal NATO']);
      assert.deepEqual(e.timeline, [{ value: '2023-04-20', count: e.mentions }]);
      const sri = (await s.getEntity('per-sri-mulyani-indrawati'))!;
      assert.equal(sri.quotes.length, 2);
      assert.equal(sri.quotes[0]!.outlet, 'ANTARA');
      assert.equal(await s.getEntity('per-nobody'), null);
    });

    test('entities: clusters linked to one knowledge-base entry are one entity across articles', async () => {
      const s = await fresh();
      await s.upsertMany(KPK_REPORTS.map(makeAnalysis));
      const r = await s.search({ q: 'KPK' });
      assert.equal(r.total, 2);
      const orgs = r.facets!.entities.filter((e) => e.type === 'ORG');
      assert.deepEqual(orgs, [{ id: 'org-komisi-pemberantasan-korupsi', name: 'Komisi Pemberantasan Korupsi', type: 'ORG', count: 2 }]);
      const e = (await s.getEntity('org-komisi-pemberantasan-korupsi'))!;
      assert.deepEqual(e.kb, { kb: 'warta', id: 'org/kpk', lat: null, lon: null });
      assert.equal(e.articles, 2);
      assert.equal(e.mentions, 5);
      assert.deepEqual(new Set(e.aliases.map((a) => a.value)), new Set(['KPK', 'Komisi Pemberantasan Korupsi']));
      assert.equal(await s.getEntity('org-kpk'), null);
      // Unclustered mentions keep their own text; the article lists each mention with its entity id.
      const got = (await s.getArticle('kpk-2'))!;
      assert.deepEqual(
        got.mentions.map((m) => [got.text.slice(m.start, m.end), m.entityId, m.name]),
        [
          ['KPK', 'org-komisi-pemberantasan-korupsi', 'Komisi Pemberantasan Korupsi'],
          ['Surabaya', 'loc-surabaya', 'Surabaya'],
          ['KPK', 'org-komisi-pemberantasan-korupsi', 'Komisi Pemberantasan Korupsi'],
          ['Jakarta', 'loc-jakarta', 'Jakarta'],
        ],
      );
    });

    test('quotes by speaker, text and date', async () => {
      const s = await fresh();
      await s.upsertMany([makeAnalysis(tempoExample()), ...REPORTS.map(makeAnalysis)]);
      const all = await s.quotes({});
      assert.equal(all.total, 5);
      assert.equal((await s.quotes({ speaker: 'per-joko-widodo' })).items[0]!.content, 'pembangunan bendungan menjadi kunci ketahanan pangan nasional');
      assert.equal((await s.quotes({ speaker: 'seorang pejabat aliansi' })).total, 1);
      const bySpeakerName = await s.quotes({ speaker: 'sri mulyani indrawati', q: 'INFLASI' });
      assert.equal(bySpeakerName.total, 1);
      assert.equal(bySpeakerName.items[0]!.kind, 'indirect');
      assert.equal((await s.quotes({ from: '2024-01-16' })).total, 1);
      assert.equal((await s.quotes({ q: '100%_' })).total, 0, 'LIKE wildcards are literal');
    });

    test('export JSONL and CSV, streamed, with filters', async () => {
      const s = await fresh();
      await s.upsertMany([makeAnalysis(tempoExample()), ...REPORTS.map(makeAnalysis)]);
      const jsonl = await collect(s.exportArticles({}, 'jsonl'));
      const lines = jsonl.trim().split('\n').map((l) => JSON.parse(l) as { id: string; analysis: { text: string } });
      assert.equal(lines.length, 4);
      assert.ok(lines.every((l) => l.analysis.text.length > 100));
      const csv = await collect(s.exportArticles({ q: 'banjir' }, 'csv'));
      const rows = csv.trim().split('\r\n');
      assert.equal(rows.length, 2);
      assert.match(rows[0]!, /^id,published,outlet,title,url,group_id/);
      assert.match(rows[1]!, /detikcom,Banjir rendam ratusan rumah di Tandes Surabaya,/);
      assert.match(rows[1]!, /Eri Cahyadi/);
    });

    test('upsertMany writes all articles of a batch, in order', async () => {
      const s = await fresh();
      const r = await s.upsertMany(REPORTS.map(makeAnalysis));
      assert.deepEqual(r.map((x) => x.status), ['inserted', 'inserted', 'inserted']);
      const r2 = await s.upsertMany(REPORTS.map(makeAnalysis));
      assert.deepEqual(r2.map((x) => x.status), ['unchanged', 'unchanged', 'unchanged']);
      assert.equal(await s.count(), 3);
      // Articles without a URL get an id from their content; the same text again is the same article.
      const noUrl = { ...REPORTS[1]!, url: undefined, text: REPORTS[1]!.text + ' Pengungsi mendapat bantuan makanan.' };
      const a = await s.upsert(makeAnalysis(noUrl));
      const b = await s.upsert(makeAnalysis(noUrl));
      assert.equal(a.id, b.id);
      assert.equal(b.status, 'unchanged');
      assert.match(a.id, /^c[0-9a-f]+$/);
    });

    test('an analysis prepared beforehand (prepareAnalysis, as ingest workers do) is stored as the analysis itself', async () => {
      const docs = REPORTS.map(makeAnalysis);
      const s = await fresh();
      const plain = await fresh();
      const r = await s.upsertMany(docs.map(prepareAnalysis));
      assert.deepEqual(r, await plain.upsertMany(docs));
      // The store stems the search text with its own stemmer: `diresmikan` finds `meresmikan`.
      const hits = (await s.search({ q: 'diresmikan' })).items.map((i) => i.id);
      assert.ok(hits.includes(r[2]!.id));
      assert.deepEqual(hits, (await plain.search({ q: 'diresmikan' })).items.map((i) => i.id));
      const [got, want] = [await s.getArticle(r[2]!.id), await plain.getArticle(r[2]!.id)];
      assert.deepEqual([got?.text, got?.analysis, got?.outlet, got?.published], [want?.text, want?.analysis, want?.outlet, want?.published]);
      // The same articles sent as Analysis JSON afterwards are the same content: nothing changes.
      assert.deepEqual((await s.upsertMany(docs)).map((x) => x.status), ['unchanged', 'unchanged', 'unchanged']);
    });
  });
}

/**
 * A store re-stems its search text when opened under another stemmer
 * version. `open` must open the SAME store (file or database) on every call.
 */
export async function checkRestemOnStemmerChange(open: (o: StoreOptions) => Promise<CorpusStore>): Promise<void> {
  const v1 = await open({ stem: (w) => w, stemVersion: 'v1' });
  await v1.upsertMany(REPORTS.map(makeAnalysis));
  await v1.close();
  // Same version, other stemmer: nothing is rebuilt, so the query's stem `resmi` misses `meresmikan` in the index.
  const stale = await open({ stem: testStem, stemVersion: 'v1' });
  assert.equal((await stale.search({ q: 'meresmikan' })).total, 0);
  await stale.close();
  const v2 = await open({ stem: testStem, stemVersion: 'v2' });
  try {
    assert.equal((await v2.search({ q: 'meresmikan' })).total, 1);
    assert.equal((await v2.search({ q: 'diresmikan' })).total, 1);
    assert.equal((await v2.search({ q: 'bendungan' })).total, 1);
    assert.equal(await v2.count(), 3);
  } finally {
    await v2.close();
  }
}
