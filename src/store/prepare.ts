/**
 * Everything a store writes for one article, computed once and identically
 * for every backend: the stable id, hashes, the stemmed search text and the
 * query rows derived from the Analysis JSON (whatever layers are present).
 */
import { createHash } from 'node:crypto';
import type { AnalysisJson, ClusterJson } from '../text/schema.js';
import { bands, simhash, words } from './simhash.js';
import { sketch } from './sketch.js';
import { entitySlug, nearbyOverlap } from './entity-ids.js';
import type { DerivedEntity, DerivedRows, PreparedArticle, PreparedAnalysis, StoreInput } from './prepared-types.js';

export type { DerivedEntity, DerivedQuote, DerivedRows, PreparedArticle, PreparedAnalysis, StoreInput } from './prepared-types.js';

/** Ids given by callers must look like this; anything else is hashed. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|_ga|ref|src)$/i;
const DAY = /^(\d{4}-\d{2}-\d{2})/;


/** SHA-256 hex digest. */
export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/**
 * The canonical form of a URL for identity: no fragment, no tracking
 * parameters, lower-case host, no default port, no trailing slash, and the
 * scheme ignored (http and https copies are the same article).
 * Returns null for anything that is not an http(s) URL.
 */
export function canonicalUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? '?' + new URLSearchParams(params).toString() : '';
  let path = u.pathname.replace(/\/+$/, '');
  if (path === '') path = '/';
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  return `${host}${u.port ? ':' + u.port : ''}${path}${query}`;
}

/** The text as compared for exact duplicates: lower-cased words only, single-spaced. */
export function normaliseForHash(text: string): string {
  return words(text).join(' ');
}

/**
 * The stable id of an article: the caller's id when it is safe to use as is,
 * else a hash of the canonical URL, else a hash of the normalised text.
 */
export function articleId(meta: { id?: string | undefined; url?: string | null | undefined }, contentHash: string): string {
  if (meta.id && SAFE_ID.test(meta.id)) return meta.id;
  if (meta.id) return 'i' + sha256(meta.id).slice(0, 23);
  const canon = meta.url ? canonicalUrl(meta.url) : null;
  if (canon) return 'u' + sha256(canon).slice(0, 23);
  return 'c' + contentHash.slice(0, 23);
}

/** `per-jens-stoltenberg`: a readable, URL-safe entity id from a type and a name. */
export function entityId(type: string, name: string): string {
  const slug = entitySlug(name);
  return `${type.toLowerCase()}-${slug || sha256(name).slice(0, 12)}`;
}

/**
 * The stemmed search text of a stored article, from its title and text: what
 * a store rebuilds when the stemmer that indexed it changed.
 */
export function searchTextOf(title: string | null, text: string, stem: (w: string) => string): string {
  return stemWords(searchWordsOf(title, words(text)), stem);
}

/** The words a store indexes for an article: its title's, then its text's (`words()` of the text, already split). */
function searchWordsOf(title: string | null | undefined, textWords: string[]): string[] {
  return title ? [...words(title), ...textWords] : textWords;
}

function stemWords(ws: readonly string[], stem: (w: string) => string): string {
  let out = '';
  for (const w of ws) out += (out ? ' ' : '') + stem(w);
  return out;
}

function parsePublished(published: string | null | undefined, dct: string | null | undefined): { ts: string | null; day: string | null } {
  let ts: string | null = null;
  if (published) {
    const t = Date.parse(published);
    if (Number.isFinite(t)) ts = new Date(t).toISOString();
  }
  const day = (published && DAY.exec(published)?.[1]) || (dct && DAY.exec(dct)?.[1]) || (ts ? ts.slice(0, 10) : null);
  if (!ts && day) ts = `${day}T00:00:00.000Z`;
  return { ts, day: day || null };
}

type ClusterMention = { start: number; end: number; cluster: ClusterJson };

/**
 * The cluster covering a mention: the one with exactly its span, else one
 * whose mention overlaps it (cluster and entity spans may be cut apart, as in
 * `Komisi Pemberantasan Korupsi (KPK)`). `sorted` is ordered by start.
 */
function clusterAt(sorted: readonly ClusterMention[], exact: Map<string, ClusterJson>, start: number, end: number, type: string): ClusterJson | undefined {
  const hit = exact.get(`${start}:${end}`);
  if (hit) return hit.type === type ? hit : undefined;
  return nearbyOverlap(sorted, start, end, (m) => m.cluster.type === type)?.cluster;
}

/** Query rows from whatever layers the analysis has. */
export function deriveRows(a: AnalysisJson): DerivedRows {
  const rows: DerivedRows = { entities: [], mentions: [], roles: [], quotes: [], timexes: [], amounts: [] };
  // A person's mentions ("Stoltenberg") resolve to the person's full name.
  const personOf = new Map<string, string>();
  for (const p of a.persons ?? []) {
    personOf.set(p.name.toLowerCase(), p.name);
    for (const m of p.mentions) personOf.set(m.toLowerCase(), p.name);
  }
  // ORG and LOC mentions take their coreference cluster's canonical name, so that
  // `KPK` here and `Komisi Pemberantasan Korupsi` elsewhere are one entity.
  const exact = new Map<string, ClusterJson>();
  const sorted: ClusterMention[] = [];
  for (const c of a.clusters ?? []) {
    if (c.type === 'PER') continue;
    for (const m of c.mentions) {
      exact.set(`${m.start}:${m.end}`, c);
      sorted.push({ start: m.start, end: m.end, cluster: c });
    }
  }
  sorted.sort((x, y) => x.start - y.start);
  const entities = new Map<string, DerivedEntity>();
  const ensure = (type: string, name: string, c?: ClusterJson) => {
    const id = entityId(type, name);
    let e = entities.get(id);
    if (!e) entities.set(id, (e = { id, type, name, aliases: [], kb: null }));
    if (c) {
      if (!e.kb && c.link) e.kb = { kb: c.link.kb, id: c.link.id, lat: c.link.lat ?? null, lon: c.link.lon ?? null };
      for (const alias of [c.name, ...c.aliases]) if (alias !== e.name && !e.aliases.includes(alias)) e.aliases.push(alias);
    }
    return id;
  };
  for (const e of a.entities ?? []) {
    let id: string;
    if (e.type === 'PER') id = ensure('PER', personOf.get(e.text.toLowerCase()) ?? e.text);
    else {
      const c = sorted.length ? clusterAt(sorted, exact, e.start, e.end, e.type) : undefined;
      id = c ? ensure(e.type, c.link?.name ?? c.name, c) : ensure(e.type, e.text);
    }
    rows.mentions.push({ entityId: id, start: e.start, end: e.end, text: e.text });
  }
  for (const p of a.persons ?? []) {
    const id = ensure('PER', p.name);
    for (const role of new Set(p.roles)) rows.roles.push({ entityId: id, role });
  }
  const perMention = new Set((a.entities ?? []).filter((e) => e.type === 'PER').map((e) => e.text.toLowerCase()));
  for (const q of a.quotes ?? []) {
    const raw = q.speaker_name ?? q.speaker?.text ?? null;
    const resolved = raw ? (personOf.get(raw.toLowerCase()) ?? (q.speaker_name || perMention.has(raw.toLowerCase()) ? raw : null)) : null;
    // An unnamed speaker ("seorang pejabat aliansi") stays searchable by its text but is not an entity.
    const speakerName = resolved ?? raw;
    const speakerId = resolved ? ensure('PER', resolved) : null;
    rows.quotes.push({ kind: q.kind, content: q.content, speakerName, speakerId, cue: q.cue?.text ?? null, start: q.start, end: q.end });
  }
  for (const t of a.timexes ?? []) rows.timexes.push({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value });
  for (const m of a.amounts ?? []) rows.amounts.push({ start: m.start, end: m.end, text: m.text, kind: m.kind, value: m.value, unit: m.unit });
  rows.entities = [...entities.values()];
  return rows;
}


/** Compute everything a store writes for one analysis, except the stemming (see {@link PreparedAnalysis}). */
export function prepareAnalysis(a: AnalysisJson): PreparedAnalysis {
  const w = words(a.text);
  const contentHash = sha256(w.join(' '));
  const hash = simhash(w);
  const { ts, day } = parsePublished(a.meta.published, a.dct);
  const id = articleId(a.meta, contentHash);
  return {
    format: 'warta/prepared',
    id,
    url: a.meta.url ?? null,
    title: a.meta.title ?? null,
    outlet: a.meta.outlet ?? a.dateline?.outlet ?? null,
    published: a.meta.published ?? null,
    publishedTs: ts,
    day,
    text: a.text,
    contentHash,
    simhash: hash,
    bands: bands(hash),
    sketch: sketch(w),
    searchWords: searchWordsOf(a.meta.title, w).join(' '),
    stages: a.stages,
    analysisJson: JSON.stringify({ ...a, meta: { ...a.meta, id } }),
    derived: deriveRows(a),
  };
}

/** Compute everything a store writes for one analysis (prepared already, or not). */
export function prepareArticle(a: StoreInput, stem: (w: string) => string): PreparedArticle {
  const { format: _, searchWords, ...rest } = a.format === 'warta/prepared' ? a : prepareAnalysis(a);
  return { ...rest, searchText: searchWords ? stemWords(searchWords.split(' '), stem) : '' };
}

/** Lower-casing only: the fallback stemmer. */
export const identityStem = (w: string): string => w;

/** A parsed full-text query: terms (stemmed) and phrases (each a list of stemmed words). */
export interface ParsedQuery {
  terms: string[];
  phrases: string[][];
}

/**
 * Parse user search text into words and quoted phrases. Every other
 * character (FTS operators, SQL quotes, `*`, `NEAR`, parentheses) is treated
 * as a separator, so nothing the user types reaches the query engine as syntax.
 */
export function parseQuery(q: string | undefined, stem: (w: string) => string): ParsedQuery {
  const out: ParsedQuery = { terms: [], phrases: [] };
  if (!q) return out;
  const parts = q.split('"');
  parts.forEach((part, i) => {
    const ws = words(part).map(stem).filter(Boolean);
    if (!ws.length) return;
    // Odd-indexed parts sit between quotes (an unclosed quote counts as a phrase too).
    if (i % 2 === 1 && ws.length > 1) out.phrases.push(ws);
    else out.terms.push(...ws);
  });
  return out;
}

/** Start of a day (inclusive lower bound) from a `YYYY-MM-DD` or ISO date-time filter. */
export function dayOf(s: string | undefined): string | undefined {
  if (!s) return undefined;
  return DAY.exec(s)?.[1];
}
