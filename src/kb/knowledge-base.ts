import { badData } from '../lang/id/tsv-file.js';
import { readKbTsv } from './kb-data.js';
import type { KbLink, KbType } from './kb-link.js';

/**
 * Which entry wins when several share a name: a country over an organisation
 * over an Indonesian province, city, regency, then world cities (most populous
 * first). `Bogor` is Kota Bogor, `Jakarta` the province, `Georgia` the country.
 */
const PRIORITY: Record<KbType | 'world-city', number> = {
  country: 0, organization: 1, province: 2, city: 3, regency: 4, 'world-city': 5,
};

interface Candidate { readonly link: KbLink; readonly rank: number }

/** Case-folded lookup key: lower case, dots, hyphens and runs of spaces made one space. */
export function kbKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[\s.\-\u2013\u2019']+/g, ' ').trim();
}

const ALL_CAPS = /^[A-Z0-9&]+$/;

/**
 * The knowledge base: countries, Indonesian regions, world cities and
 * organisations, indexed by every name news uses for them. Built once per
 * process on first use from `data/kb/*.tsv` (a few thousand rows, a few MB).
 */
export class KnowledgeBase {
  /** Case-folded names. */
  private readonly folded = new Map<string, Candidate[]>();
  /** All-caps abbreviations (`AS`, `MA`, `UE`), matched exactly so `as` or `Ma` never link. */
  private readonly exact = new Map<string, Candidate[]>();

  /** Register a name for an entry; all-caps abbreviations of three letters or fewer are exact-case only. */
  add(name: string, link: KbLink, rank: number): void {
    const n = name.trim();
    if (!n) return;
    if (ALL_CAPS.test(n.replace(/[\s.]/g, ''))) {
      push(this.exact, n.replace(/\s+/g, ' '), { link, rank });
      if (n.length <= 3) return;
    }
    push(this.folded, kbKey(n), { link, rank });
  }

  /** Sort candidates once after loading. */
  freeze(): this {
    for (const m of [this.folded, this.exact]) for (const list of m.values()) list.sort((a, b) => a.rank - b.rank);
    return this;
  }

  /**
   * The best entry for a name as written, or null. `prefer` moves entries of
   * that entity type first (an ORG mention `Georgia` is not the country if an
   * organisation of that name exists).
   *
   * @example
   * kb().lookup('Negeri Paman Sam')?.id; // 'US'
   */
  lookup(name: string, prefer?: 'ORG' | 'LOC'): KbLink | null {
    const list = this.exact.get(name.trim().replace(/\s+/g, ' ')) ?? this.folded.get(kbKey(name));
    if (!list?.length) return null;
    if (prefer) {
      const hit = list.find((c) => (c.link.type === 'organization') === (prefer === 'ORG'));
      if (hit) return hit.link;
    }
    return list[0]!.link;
  }
}

function push(m: Map<string, Candidate[]>, k: string, c: Candidate): void {
  const list = m.get(k);
  if (!list) m.set(k, [c]);
  else if (!list.some((x) => x.link === c.link)) list.push(c);
}

let shared: KnowledgeBase | undefined;

/** The shipped knowledge base, loaded on first use. */
export function kb(): KnowledgeBase {
  shared ??= loadKnowledgeBase();
  return shared;
}

function loadKnowledgeBase(): KnowledgeBase {
  const base = new KnowledgeBase();
  loadCountries(base);
  const cityCoords = loadWorldCities(base);
  loadRegions(base, cityCoords);
  loadOrganizations(base);
  return base.freeze();
}

function loadCountries(base: KnowledgeBase): void {
  const byCode = new Map<string, KbLink>();
  for (const row of readKbTsv('countries.tsv', 4)) {
    const [a2, a3, nameId, nameEn] = row.cells.map((c) => c.trim()) as [string, string, string, string];
    if (!/^[A-Z]{2}$/.test(a2) || !/^[A-Z]{3}$/.test(a3)) badData('kb/countries.tsv', row.line, `bad ISO code ${a2}/${a3}`);
    const link: KbLink = { kb: 'iso3166', id: a2, name: nameId, nameEn, type: 'country' };
    byCode.set(a2, link);
    base.add(nameId, link, PRIORITY.country);
    base.add(nameEn, link, PRIORITY.country);
  }
  for (const row of readKbTsv('historical-countries.tsv', 4)) {
    const [id, nameId, nameEn, aliases] = row.cells.map((c) => c.trim()) as [string, string, string, string];
    if (!id.startsWith('warta:country/')) badData('kb/historical-countries.tsv', row.line, `id must start with warta:country/, got ${id}`);
    const link: KbLink = { kb: 'warta', id, name: nameId, nameEn, type: 'country' };
    for (const n of [nameId, nameEn, ...aliases.split('|')]) if (n !== '-') base.add(n, link, PRIORITY.country);
  }
  for (const row of readKbTsv('country-aliases.tsv', 2)) {
    const link = byCode.get(row.cells[0]!.trim());
    if (!link) badData('kb/country-aliases.tsv', row.line, `unknown country code ${row.cells[0]}`);
    base.add(row.cells[1]!, link, PRIORITY.country);
  }
}

/** Loads world cities; returns Indonesian city coordinates by folded name, to place Indonesian regions. */
function loadWorldCities(base: KnowledgeBase): Map<string, [number, number]> {
  const byNameCountry = new Map<string, { id: string; name: string; lat: number; lon: number }>();
  const idCoords = new Map<string, [number, number]>();
  const rows = readKbTsv('cities.tsv', 6);
  for (const row of rows) {
    const [id, name, country, lat, lon] = row.cells as [string, string, string, string, string];
    const la = Number(lat);
    const lo = Number(lon);
    if (!Number.isFinite(la) || !Number.isFinite(lo)) badData('kb/cities.tsv', row.line, 'bad coordinates');
    const k = `${kbKey(name)}|${country}`;
    if (!byNameCountry.has(k)) byNameCountry.set(k, { id, name, lat: la, lon: lo });
    if (country === 'ID' && !idCoords.has(kbKey(name))) idCoords.set(kbKey(name), [la, lo]);
  }
  const exonyms = new Map<string, string[]>();
  for (const row of readKbTsv('city-exonyms.tsv', 3)) {
    const k = `${kbKey(row.cells[1]!)}|${row.cells[2]!.trim()}`;
    if (!byNameCountry.has(k)) badData('kb/city-exonyms.tsv', row.line, `no city ${row.cells[1]} (${row.cells[2]}) in cities.tsv`);
    const list = exonyms.get(k) ?? [];
    list.push(row.cells[0]!.trim());
    exonyms.set(k, list);
  }
  // Rows are most populous first, so a rank that grows with the row order makes the largest namesake win.
  let order = 0;
  for (const [k, c] of byNameCountry) {
    const ex = exonyms.get(k);
    const link: KbLink = { kb: 'geonames', id: c.id, name: ex && !ex.includes(c.name) ? ex[0]! : c.name, nameEn: c.name, type: 'city', lat: c.lat, lon: c.lon };
    const rank = PRIORITY['world-city'] + order++ / 1e6;
    // An exonym is a deliberate choice of this city among its namesakes: rank it above other world cities.
    for (const e of ex ?? []) base.add(e, link, PRIORITY['world-city'] - 0.5);
    base.add(c.name, link, rank);
  }
  return idCoords;
}

const REGION_PREFIX = /^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota|Provinsi)\s+/;

function loadRegions(base: KnowledgeBase, coords: Map<string, [number, number]>): void {
  const aliases = new Map<string, { line: number; alias: string }[]>();
  for (const row of readKbTsv('region-aliases.tsv', 2)) {
    const name = row.cells[0]!.trim();
    aliases.set(name, [...(aliases.get(name) ?? []), { line: row.line, alias: row.cells[1]!.trim() }]);
  }
  const byName = new Map<string, KbLink>();
  for (const row of readKbTsv('regions.tsv', 3)) {
    const [code, name, level] = row.cells.map((c) => c.trim()) as [string, string, string];
    if (level !== 'province' && level !== 'regency' && level !== 'city') badData('kb/regions.tsv', row.line, `unknown level ${level}`);
    const bare = name.replace(REGION_PREFIX, '');
    // A province is placed at its capital when the capital shares a listed name (Jakarta, Yogyakarta).
    const at = level === 'regency' ? undefined
      : coords.get(kbKey(bare)) ?? (level === 'province' ? aliases.get(name)?.map((a) => coords.get(kbKey(a.alias))).find(Boolean) : undefined);
    const nameEn = level === 'province' ? `${bare} Province` : level === 'city' ? `${bare} City` : `${bare} Regency`;
    const link: KbLink = at ? { kb: 'kemendagri', id: code, name, nameEn, type: level, lat: at[0], lon: at[1] } : { kb: 'kemendagri', id: code, name, nameEn, type: level };
    byName.set(name, link);
    const rank = PRIORITY[level];
    base.add(name, link, rank);
    base.add(bare, link, rank);
    if (level === 'province') base.add(`Provinsi ${bare}`, link, rank);
    else {
      const word = level === 'city' ? 'Kota' : 'Kabupaten';
      base.add(`${word} ${bare}`, link, rank);
      base.add(`${level === 'city' ? 'Kota' : 'Kab.'} ${bare}`, link, rank);
      if (level === 'regency' && bare.startsWith('Kepulauan ')) {
        const island = bare.slice('Kepulauan '.length);
        base.add(`Kabupaten ${island}`, link, rank);
        base.add(island, link, rank + 0.5);
      }
    }
  }
  for (const [name, list] of aliases) {
    const link = byName.get(name);
    if (!link) badData('kb/region-aliases.tsv', list[0]!.line, `no region named ${name}`);
    for (const a of list) base.add(a.alias, link, PRIORITY[link.type]);
  }
}

function loadOrganizations(base: KnowledgeBase): void {
  for (const row of readKbTsv('organizations.tsv', 6)) {
    const [id, wikidata, acronym, nameId, nameEn, aliases] = row.cells.map((c) => c.trim()) as [string, string, string, string, string, string];
    if (!id.startsWith('warta:org/')) badData('kb/organizations.tsv', row.line, `id must start with warta:org/, got ${id}`);
    if (wikidata !== '-' && !/^Q\d+$/.test(wikidata)) badData('kb/organizations.tsv', row.line, `bad Wikidata id ${wikidata}`);
    const link: KbLink = wikidata === '-'
      ? { kb: 'warta', id, name: nameId, nameEn, type: 'organization' }
      : { kb: 'wikidata', id: wikidata, name: nameId, nameEn, type: 'organization' };
    for (const n of [acronym, nameId, nameEn, ...aliases.split('|')]) if (n !== '-') base.add(n, link, PRIORITY.organization);
  }
}
