import { useState } from 'preact/hooks';
import { useRouteForm } from '../use-route-form.ts';
import { qs, useApi } from '../api.ts';
import { useT } from '../i18n.ts';
import { go, href, type Route } from '../router.ts';
import type { Page, QuoteRow } from '../types.ts';
import { Empty, ErrorBox, Loading } from '../components/status.tsx';
import { QuoteItems } from './entity.tsx';
import { Pager } from './search.tsx';
import { Suggestions, useEntitySuggestions } from '../components/suggest.tsx';

const SIZE = 50;

/** Quotes by speaker and text, grouped by speaker, each linked to its article sentence. */
export function QuotesView({ route }: { route: Route }) {
  const t = useT();
  const speaker = route.params.get('speaker') ?? '';
  const q = route.params.get('q') ?? '';
  const page = Math.max(1, Number(route.params.get('page')) || 1);
  const [form, setForm] = useRouteForm({ speaker, q }, `${speaker}\u0000${q}`);
  const [reload, setReload] = useState(0);
  const r = useApi<Page<QuoteRow>>(`/v1/quotes${qs({ speaker, q, page, size: SIZE })}`, reload);
  const speakers = useEntitySuggestions(form.speaker, 'PER');
  const submit = (e: Event) => {
    e.preventDefault();
    go(href('/quotes', form));
  };
  const groups = new Map<string, { id: string | null; name: string; quotes: QuoteRow[] }>();
  if (r.state === 'ok') {
    for (const row of r.data.items) {
      const key = row.speakerId ?? `name:${(row.speakerName ?? '').toLowerCase()}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { id: row.speakerId, name: row.speakerName ?? t.unknownSpeaker, quotes: [] }));
      g.quotes.push(row);
    }
  }
  return (
    <div class="quotes">
      <h1>{t.quotesTitle}</h1>
      <form class="search-form" role="search" onSubmit={submit}>
        <div class="field">
          <label for="q-speaker">{t.speaker}</label>
          <input id="q-speaker" value={form.speaker} onInput={(e) => setForm({ ...form, speaker: e.currentTarget.value })} list="l-qspeaker" autoComplete="off" />
          <Suggestions id="l-qspeaker" options={speakers.map((e) => ({ value: e.name }))} />
        </div>
        <div class="field grow">
          <label for="q-text">{t.quoteText}</label>
          <input id="q-text" type="search" value={form.q} onInput={(e) => setForm({ ...form, q: e.currentTarget.value })} />
        </div>
        <div class="field actions">
          <button type="submit" class="primary">
            {t.search}
          </button>
        </div>
      </form>
      {r.state === 'loading' ? <Loading /> : null}
      {r.state === 'error' ? <ErrorBox error={r.error} onRetry={() => setReload(reload + 1)} /> : null}
      {r.state === 'ok' ? (
        <section aria-labelledby="h-quotes">
          <h2 id="h-quotes" aria-live="polite">
            {t.quotesCount(r.data.total)}
          </h2>
          {r.data.items.length ? (
            [...groups.values()].map((g) => (
              <section class="speaker-group" key={g.id ?? g.name}>
                <h3>{g.id ? <a href={href(`/entity/${g.id}`)}>{g.name}</a> : g.name}</h3>
                <QuoteItems quotes={g.quotes} t={t} mark={q} />
              </section>
            ))
          ) : (
            <Empty>{t.noQuotes}</Empty>
          )}
          <Pager total={r.data.total} page={page} size={SIZE} make={(n) => href('/quotes', { speaker, q, page: n > 1 ? n : undefined })} t={t} />
        </section>
      ) : null}
    </div>
  );
}
