import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import type { Labels } from '../i18n.ts';
import type { Bucket, EntityDetail, StoredArticle } from '../types.ts';

/** How many of the entity's latest articles are read to date its roles. */
const MAX_ARTICLES = 12;

interface Dated {
  role: string;
  first: string;
  last: string;
  n: number;
}

/**
 * A person's roles with the first and last day each was seen, read from the
 * persons layer of the entity's latest articles (the entity endpoint counts
 * roles but does not date them). Falls back to the counts alone.
 */
export function RolesOverTime({ entity, t }: { entity: EntityDetail; t: Labels }) {
  const [dated, setDated] = useState<Dated[] | null>(null);
  useEffect(() => {
    if (entity.type !== 'PER' || !entity.roles.length) return;
    let live = true;
    const ids = [...new Set(entity.mentionList.map((m) => m.articleId))].slice(0, MAX_ARTICLES);
    const name = entity.name.toLowerCase();
    Promise.all(ids.map((id) => api<StoredArticle>(`/v1/articles/${encodeURIComponent(id)}`).catch(() => null))).then((arts) => {
      const by = new Map<string, Dated>();
      for (const a of arts) {
        const day = a?.published?.slice(0, 10);
        if (!a || !day) continue;
        for (const p of a.analysis.persons ?? []) {
          if (p.name.toLowerCase() !== name) continue;
          for (const role of new Set(p.roles)) {
            const d = by.get(role);
            if (!d) by.set(role, { role, first: day, last: day, n: 1 });
            else {
              d.n++;
              if (day < d.first) d.first = day;
              if (day > d.last) d.last = day;
            }
          }
        }
      }
      if (live) setDated([...by.values()].sort((x, y) => x.first.localeCompare(y.first) || y.n - x.n));
    });
    return () => {
      live = false;
    };
  }, [entity.id]);
  if (!entity.roles.length) return <p class="muted">{t.nonePanel}</p>;
  if (dated && dated.length) {
    return (
      <table class="roles-table">
        <thead>
          <tr>
            <th scope="col">{t.roles}</th>
            <th scope="col">{t.firstSeen}</th>
            <th scope="col">{t.lastSeen}</th>
          </tr>
        </thead>
        <tbody>
          {dated.map((d) => (
            <tr key={d.role}>
              <td>{d.role}</td>
              <td>{d.first}</td>
              <td>{d.last}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return <BucketList items={entity.roles} />;
}

/** Values with their counts, inline. */
export function BucketList({ items }: { items: readonly Bucket[] }) {
  return (
    <ul class="inline-list">
      {items.map((a) => (
        <li key={a.value}>
          {a.value} <span class="count">{a.count}</span>
        </li>
      ))}
    </ul>
  );
}
