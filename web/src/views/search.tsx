import { useEffect, useRef, useState } from 'preact/hooks';
import { useRouteForm } from '../use-route-form.ts';
import { qs, useApi } from '../api.ts';
import { useT, type Labels } from '../i18n.ts';
import { go, href, type Route } from '../router.ts';
import type { SearchResult } from '../types.ts';
import { Empty, ErrorBox, Loading } from '../components/status.tsx';
import { ResultList } from '../components/results.tsx';
import { Suggestions, useEntitySuggestions } from '../components/suggest.tsx';

const FILTERS = ['q', 'outlet', 'from', 'to', 'entity', 'speaker'] as const;
type Filter = (typeof FILTERS)[number];
const PAGE_SIZE = 20;

function paramsOf(route: Route): Record<Filter | 'page', string> {
  const p = {} as Record<Filter | 'page', string>;
  for (const k of [...FILTERS, 'page'] as const) p[k] = route.params.get(k) ?? '';
  return p;
}

/** The search view: query box, filters, facets that narrow on click, folded results. */
export function SearchView({ route }: { route: Route }) {
  const t = useT();
  const p = paramsOf(route);
  const page = Math.max(1, Number(p.page) || 1);
  const [form, setForm] = useRouteForm(p, route.params.toString());
  const [reload, setReload] = useState(0);
  const path = `/v1/articles${qs({ q: p.q, outlet: p.outlet, from: p.from, to: p.to, entity: p.entity, speaker: p.speaker, page, size: PAGE_SIZE })}`;
  const r = useApi<SearchResult>(path, reload);
  const set = (k: Filter) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const entitySuggestions = useEntitySuggestions(form.entity);
  const speakerSuggestions = useEntitySuggestions(form.speaker, 'PER');
  const [outlets, setOutlets] = useState<string[]>([]);
  useEffect(() => {
    // Outlets seen in the widest search so far, so that narrowing does not shrink the list.
    if (r.state === 'ok' && r.data.facets) setOutlets((old) => [...new Set([...old, ...r.data.facets!.outlets.map((o) => o.value)])].sort());
  }, [r]);
  const submit = (e: Event) => {
    e.preventDefault();
    // A name typed in the entity box is read as its best match (the API takes ids).
    const entity = form.entity && !/^[a-z]{3}-[a-z0-9-]+$/.test(form.entity.trim()) ? (entitySuggestions[0]?.id ?? form.entity) : form.entity.trim();
    go(href('/', { ...form, entity, page: undefined }));
  };
  const narrow = (k: Filter, v: string) => href('/', { ...p, [k]: v, page: undefined });
  const without = (k: Filter) => href('/', { ...p, [k]: undefined, page: undefined });
  const entityName = r.state === 'ok' ? r.data.facets?.entities.find((e) => e.id === p.entity)?.name : undefined;
  const active = FILTERS.filter((k) => p[k]);
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <div class="search">
      <h1 ref={heading}>{t.searchTitle}</h1>
      <form class="search-form" role="search" onSubmit={submit}>
        <div class="field wide">
          <label for="f-q">{t.query}</label>
          <input id="f-q" type="search" name="q" value={form.q} onInput={set('q')} placeholder={t.queryHint} autoComplete="off" />
        </div>
        <div class="field">
          <label for="f-outlet">{t.outlet}</label>
          <input id="f-outlet" name="outlet" value={form.outlet} onInput={set('outlet')} list="l-outlet" autoComplete="off" />
          <Suggestions id="l-outlet" options={outlets.map((o) => ({ value: o }))} />
        </div>
        <div class="field">
          <label for="f-from">{t.from}</label>
          <input id="f-from" type="date" name="from" value={form.from} onInput={set('from')} />
        </div>
        <div class="field">
          <label for="f-to">{t.to}</label>
          <input id="f-to" type="date" name="to" value={form.to} onInput={set('to')} />
        </div>
        <div class="field">
          <label for="f-entity">{t.entity}</label>
          <input id="f-entity" name="entity" value={form.entity} onInput={set('entity')} placeholder="per-joko-widodo" list="l-entity" autoComplete="off" />
          <Suggestions id="l-entity" options={entitySuggestions.map((e) => ({ value: e.id, label: `${e.name} (${e.type})` }))} />
        </div>
        <div class="field">
          <label for="f-speaker">{t.speaker}</label>
          <input id="f-speaker" name="speaker" value={form.speaker} onInput={set('speaker')} list="l-speaker" autoComplete="off" />
          <Suggestions id="l-speaker" options={speakerSuggestions.map((e) => ({ value: e.name }))} />
        </div>
        <div class="field actions">
          <button type="submit" class="primary">
            {t.search}
          </button>
        </div>
      </form>
      {active.length ? (
        <ul class="chips" aria-label={t.removeFilter}>
          {active.map((k) => (
            <li key={k}>
              <a href={without(k)} class="chip" aria-label={`${t.removeFilter}: ${labelOf(k, t)} ${k === 'entity' && entityName ? entityName : p[k]}`}>
                {labelOf(k, t)}: {k === 'entity' && entityName ? entityName : p[k]} <span aria-hidden="true">×</span>
              </a>
            </li>
          ))}
          <li>
            <a href={href('/')} class="chip clear">
              {t.clear}
            </a>
          </li>
        </ul>
      ) : null}
      {r.state === 'loading' ? <Loading /> : null}
      {r.state === 'error' ? <ErrorBox error={r.error} onRetry={() => setReload(reload + 1)} /> : null}
      {r.state === 'ok' ? (
        <div class="search-body">
          <section class="hits" aria-labelledby="h-results">
            <h2 id="h-results" aria-live="polite">
              {t.results(r.data.total, r.data.totalExact !== false)}
            </h2>
            {r.data.items.length ? <ResultList items={r.data.items} q={p.q} /> : <Empty>{t.noResults}</Empty>}
            <Pager total={r.data.total} page={page} make={(n) => href('/', { ...p, page: n > 1 ? n : undefined })} t={t} />
          </section>
          {r.data.facets && r.data.total ? (
            <aside class="facets" aria-labelledby="h-facets">
              <h2 id="h-facets">{t.facets}</h2>
              <FacetList title={t.persons} items={r.data.facets.entities.filter((e) => e.type === 'PER').map((e) => ({ label: e.name, count: e.count, to: narrow('entity', e.id), on: p.entity === e.id }))} />
              <FacetList title={t.organisations} items={r.data.facets.entities.filter((e) => e.type === 'ORG').map((e) => ({ label: e.name, count: e.count, to: narrow('entity', e.id), on: p.entity === e.id }))} />
              <FacetList title={t.places} items={r.data.facets.entities.filter((e) => e.type === 'LOC').map((e) => ({ label: e.name, count: e.count, to: narrow('entity', e.id), on: p.entity === e.id }))} />
              <FacetList title={t.outlets} items={r.data.facets.outlets.map((o) => ({ label: o.value, count: o.count, to: narrow('outlet', o.value), on: p.outlet === o.value }))} />
            </aside>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function labelOf(k: Filter, t: Labels): string {
  return { q: t.query, outlet: t.outlet, from: t.from, to: t.to, entity: t.entity, speaker: t.speaker }[k];
}

function FacetList({ title, items }: { title: string; items: Array<{ label: string; count: number; to: string; on: boolean }> }) {
  if (!items.length) return null;
  const top = [...items].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, 10);
  return (
    <section class="facet">
      <h3>{title}</h3>
      <ul>
        {top.map((f) => (
          <li key={f.to}>
            <a href={f.to} aria-current={f.on ? 'true' : undefined}>
              <span class="facet-label">{f.label}</span> <span class="count">{f.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Previous/next links over pages of results. */
export function Pager({ total, page, make, t, size = PAGE_SIZE }: { total: number; page: number; make: (n: number) => string; t: Labels; size?: number }) {
  const pages = Math.ceil(total / size);
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={t.pageOf(page, pages)}>
      {page > 1 ? <a href={make(page - 1)}>← {t.prev}</a> : <span />}
      <span>{t.pageOf(page, pages)}</span>
      {page < pages ? <a href={make(page + 1)}>{t.next} →</a> : <span />}
    </nav>
  );
}
