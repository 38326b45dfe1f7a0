/**
 * Turns standoff layers into flat runs of text for rendering: each run is a
 * stretch of one paragraph covered by at most one quote and at most one
 * inline annotation (entity, time, amount). Pure, so it is unit-tested in
 * Node; the article view only maps runs to elements, and text stays text.
 */
import type { AnalysisJson, ArticleMention } from './types.ts';
import { resolveEntityId } from './entity-ids.ts';

/** An inline annotation. */
export interface Inner {
  kind: 'PER' | 'ORG' | 'LOC' | 'TIMEX' | 'AMOUNT';
  start: number;
  end: number;
  /** Entity page id for entities whose id can be derived. */
  entityId?: string | null;
  /** Canonical name (entities), normalised value (times), numeric value (amounts). */
  value: string;
  /** TIMEX type or amount kind. */
  sub?: string;
  /** Knowledge-base link of the entity's cluster, as a readable line. */
  link?: string;
}

/** A quote span. */
export interface QuoteMark {
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  speakerId: string | null;
}

/** A run of text with what covers it. */
export interface Run {
  start: number;
  end: number;
  text: string;
  inner?: Inner;
  /** This run opens its inner annotation (carries its anchor id). */
  innerFirst: boolean;
  /** This run closes its inner annotation (carries its value badge). */
  innerLast: boolean;
  quote?: QuoteMark;
  quoteFirst: boolean;
  quoteLast: boolean;
}

/** Keep spans that do not overlap an earlier-starting (or, at the same start, longer) kept one. */
function nonOverlapping<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let edge = -1;
  for (const s of sorted) {
    if (s.start >= edge) {
      kept.push(s);
      edge = s.end;
    }
  }
  return kept;
}

/**
 * Inline annotations and quotes of an analysis, overlaps resolved. `stored`
 * are the article's mentions with the ids the store gave them (from the
 * article API); without one, the id is derived as the store would.
 */
export function collectMarks(a: AnalysisJson, stored?: readonly ArticleMention[]): { inners: Inner[]; quotes: QuoteMark[] } {
  const inners: Inner[] = [];
  const clusterAt = new Map<string, NonNullable<AnalysisJson['clusters']>[number]>();
  for (const c of a.clusters ?? []) for (const m of c.mentions) clusterAt.set(`${m.start}:${m.end}`, c);
  const storedAt = new Map<string, ArticleMention>();
  for (const m of stored ?? []) storedAt.set(`${m.start}:${m.end}`, m);
  for (const e of a.entities ?? []) {
    // The id is the store's (so the entity page exists); the name shown is the cluster's canonical one when there is a cluster.
    const s = storedAt.get(`${e.start}:${e.end}`);
    const { id, name } = s ? { id: s.entityId, name: s.name } : resolveEntityId(a, e.type, e.text, false, e);
    const c = clusterAt.get(`${e.start}:${e.end}`);
    inners.push({ kind: e.type, start: e.start, end: e.end, entityId: id, value: c?.name ?? name, ...(c?.link ? { link: linkLine(c.link) } : {}) });
  }
  for (const t of a.timexes ?? []) inners.push({ kind: 'TIMEX', start: t.start, end: t.end, value: t.value, sub: t.type });
  for (const m of a.amounts ?? []) {
    inners.push({ kind: 'AMOUNT', start: m.start, end: m.end, value: formatAmount(m.value, m.unit, m.kind), sub: m.kind });
  }
  const quotes: QuoteMark[] = [];
  for (const q of a.quotes ?? []) {
    const speaker = q.speaker_name ?? q.speaker?.text ?? null;
    quotes.push({ start: q.start, end: q.end, kind: q.kind, speaker, speakerId: speaker ? resolveEntityId(a, 'PER', speaker, true).id : null });
  }
  return { inners: nonOverlapping(inners), quotes: nonOverlapping(quotes) };
}

/** `Wikidata Q7184: North Atlantic Treaty Organization`. */
export function linkLine(l: { kb: string; id: string; name: string; nameEn: string }): string {
  const kb = KB_NAMES[l.kb] ?? l.kb;
  return `${kb} ${l.id}: ${l.name}${l.nameEn && l.nameEn !== l.name ? ` (${l.nameEn})` : ''}`;
}

const KB_NAMES: Record<string, string> = { iso3166: 'ISO 3166', kemendagri: 'Kemendagri', geonames: 'GeoNames', wikidata: 'Wikidata', warta: 'warta' };

/** A public page for a knowledge-base id, where the knowledge base has one. */
export function linkUrl(l: { kb: string; id: string }): string | null {
  if (l.kb === 'wikidata' && /^Q\d+$/.test(l.id)) return `https://www.wikidata.org/wiki/${l.id}`;
  if (l.kb === 'geonames' && /^\d+$/.test(l.id)) return `https://www.geonames.org/${l.id}`;
  return null;
}

/** A readable amount value: `4.8 T IDR`, `31`, `12.5 %`. */
export function formatAmount(value: number | null, unit: string | null, kind: string, locale = 'id'): string {
  if (value === null) return unit ?? kind;
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, notation: Math.abs(value) >= 1e6 ? 'compact' : 'standard' }).format(value);
  if (kind === 'percent') return `${n}%`;
  return unit ? `${n} ${unit}` : n;
}

/** Cut `[from, to)` of `text` into runs at every annotation boundary. Marks must be non-overlapping within each list. */
export function runs(text: string, from: number, to: number, inners: readonly Inner[], quotes: readonly QuoteMark[]): Run[] {
  const cuts = new Set<number>([from, to]);
  const inRange = <T extends { start: number; end: number }>(xs: readonly T[]) => xs.filter((x) => x.end > from && x.start < to);
  const ins = inRange(inners);
  const qs = inRange(quotes);
  for (const x of [...ins, ...qs]) {
    cuts.add(Math.max(from, x.start));
    cuts.add(Math.min(to, x.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  let ii = 0;
  let qi = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const s = points[k]!;
    const e = points[k + 1]!;
    while (ii < ins.length && ins[ii]!.end <= s) ii++;
    while (qi < qs.length && qs[qi]!.end <= s) qi++;
    const inner = ii < ins.length && ins[ii]!.start <= s ? ins[ii] : undefined;
    const quote = qi < qs.length && qs[qi]!.start <= s ? qs[qi] : undefined;
    out.push({
      start: s,
      end: e,
      text: text.slice(s, e),
      ...(inner ? { inner } : {}),
      innerFirst: !!inner && (inner.start >= s || s === from),
      innerLast: !!inner && (inner.end <= e || e === to),
      ...(quote ? { quote } : {}),
      quoteFirst: !!quote && (quote.start >= s || s === from),
      quoteLast: !!quote && (quote.end <= e || e === to),
    });
  }
  return out;
}

/** Paragraph spans by kind; the text's lines as body paragraphs when the layer is absent. */
export function paragraphsOf(a: AnalysisJson): Array<{ start: number; end: number; kind: string }> {
  if (a.paragraphs && a.paragraphs.length) return a.paragraphs;
  const out: Array<{ start: number; end: number; kind: string }> = [];
  let s = 0;
  const text = a.text;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(s, i).trim()) out.push({ start: s, end: i, kind: 'body' });
      s = i + 1;
    }
  }
  return out;
}

/** `[[text, isHit]]`: words of `text` that start with a query term marked, for snippets. */
export function markHits(text: string, query: string): Array<[string, boolean]> {
  const terms = [...new Set((query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 2))];
  if (!terms.length) return [[text, false]];
  const out: Array<[string, boolean]> = [];
  const word = /[\p{L}\p{N}]+/gu;
  let last = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const w = m[0].toLowerCase();
    // The index stems, so "kunjungan" should mark "kunjungi" too: long words also match on all but their last three letters.
    const hit = terms.some((t) => w.startsWith(t) || (t.length >= 7 && w.startsWith(t.slice(0, t.length - 3))));
    if (!hit) continue;
    if (m.index > last) out.push([text.slice(last, m.index), false]);
    out.push([m[0], true]);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push([text.slice(last), false]);
  return out;
}
