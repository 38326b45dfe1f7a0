/**
 * Entity page ids as the store derives them (`per-jens-stoltenberg`; see
 * src/store/prepare.ts `entityId`), so that a mention in the article view
 * links to its entity page. A person's short mention ("Stoltenberg")
 * resolves to the full name when the persons layer groups them; an ORG or
 * LOC mention covered by a coreference cluster takes the name of the
 * cluster's knowledge-base entry, else the cluster's name. The article API
 * now returns the stored ids (`StoredArticle.mentions`): this derivation is
 * the fallback for analyses that do not come from the store.
 */
import type { AnalysisJson } from './types.ts';
import { entitySlug, nearbyOverlap } from '../../src/store/entity-ids.ts';

/** The store's slug of a name, or null when it would fall back to a hash. */
export function entityId(type: string, name: string): string | null {
  const slug = entitySlug(name);
  return slug ? `${type.toLowerCase()}-${slug}` : null;
}

const personMaps = new WeakMap<AnalysisJson, Map<string, string>>();

function personOf(a: AnalysisJson): Map<string, string> {
  let m = personMaps.get(a);
  if (!m) {
    m = new Map();
    for (const p of a.persons ?? []) {
      m.set(p.name.toLowerCase(), p.name);
      for (const x of p.mentions) m.set(x.toLowerCase(), p.name);
    }
    personMaps.set(a, m);
  }
  return m;
}

type Cluster = NonNullable<AnalysisJson['clusters']>[number];
const clusterSpans = new WeakMap<AnalysisJson, Array<{ start: number; end: number; c: Cluster }>>();

/** The ORG/LOC cluster covering a span as the store finds it: the same span, else an overlapping one of the same type. */
export function clusterOf(a: AnalysisJson, type: string, start: number, end: number): Cluster | undefined {
  let spans = clusterSpans.get(a);
  if (!spans) {
    spans = [];
    for (const c of a.clusters ?? []) if (c.type !== 'PER') for (const m of c.mentions) spans.push({ start: m.start, end: m.end, c });
    spans.sort((x, y) => x.start - y.start);
    clusterSpans.set(a, spans);
  }
  const same = spans.find((s) => s.start === start && s.end === end);
  if (same) return same.c.type === type ? same.c : undefined;
  return nearbyOverlap(spans, start, end, (s) => s.c.type === type)?.c;
}

/**
 * The canonical name and entity id of a mention. Pass the mention's `span`
 * for ORG and LOC so that its coreference cluster is found. For speakers
 * (`speaker = true`), only names the store would make an entity get an id.
 */
export function resolveEntityId(
  a: AnalysisJson,
  type: string,
  text: string,
  speaker = false,
  span?: { start: number; end: number },
): { id: string | null; name: string } {
  if (span && type !== 'PER') {
    const c = clusterOf(a, type, span.start, span.end);
    if (c) {
      const name = c.link?.name ?? c.name;
      return { id: entityId(type, name), name };
    }
  }
  const persons = personOf(a);
  const full = type === 'PER' ? persons.get(text.toLowerCase()) : undefined;
  if (speaker && !full) {
    const named = (a.entities ?? []).some((e) => e.type === 'PER' && e.text.toLowerCase() === text.toLowerCase());
    if (!named) return { id: null, name: text };
  }
  const name = full ?? text;
  return { id: entityId(type, name), name };
}
