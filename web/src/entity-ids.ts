/**
 * Entity page ids as the store derives them (`per-jens-stoltenberg`; see
 * src/store/prepare.ts `entityId`), so that a mention in the article view
 * links to its entity page. A person's short mention ("Stoltenberg")
 * resolves to the full name when the persons layer groups them.
 */
import type { AnalysisJson } from './types.ts';

/** The store's slug of a name, or null when it would fall back to a hash. */
export function entityId(type: string, name: string): string | null {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
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

/**
 * The canonical name and entity id of a mention. For speakers
 * (`speaker = true`), only names the store would make an entity get an id.
 */
export function resolveEntityId(a: AnalysisJson, type: string, text: string, speaker = false): { id: string | null; name: string } {
  const persons = personOf(a);
  const full = type === 'PER' ? persons.get(text.toLowerCase()) : undefined;
  if (speaker && !full) {
    const named = (a.entities ?? []).some((e) => e.type === 'PER' && e.text.toLowerCase() === text.toLowerCase());
    if (!named) return { id: null, name: text };
  }
  const name = full ?? text;
  return { id: entityId(type, name), name };
}
