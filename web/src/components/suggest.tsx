import { useEffect, useState } from 'preact/hooks';
import { api, qs } from '../api.ts';
import type { EntitySummary, Page } from '../types.ts';

/** Entities whose name contains `text` (debounced), for a `<datalist>`; failures just mean no suggestions. */
export function useEntitySuggestions(text: string, type?: 'PER' | 'ORG' | 'LOC'): EntitySummary[] {
  const [items, setItems] = useState<EntitySummary[]>([]);
  useEffect(() => {
    const q = text.trim();
    if (q.length < 2 || /^[a-z]{3}-[a-z0-9-]+$/.test(q)) return;
    let live = true;
    const timer = setTimeout(() => {
      api<Page<EntitySummary>>(`/v1/entities${qs({ q, type, size: 8 })}`).then(
        (p) => live && setItems(p.items),
        () => live && setItems([]),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, type]);
  return items;
}

/** Suggestions for an input's `list` attribute. */
export function Suggestions({ id, options }: { id: string; options: ReadonlyArray<{ value: string; label?: string }> }) {
  return (
    <datalist id={id}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label ?? o.value}
        </option>
      ))}
    </datalist>
  );
}
