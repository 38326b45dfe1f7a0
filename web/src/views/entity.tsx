import { useState } from 'preact/hooks';
import { qs, useApi } from '../api.ts';
import { useT, type Labels } from '../i18n.ts';
import { href } from '../router.ts';
import type { EntityDetail, Page, QuoteRow, SearchResult } from '../types.ts';
import { ErrorBox, Loading, PageLoadError } from '../components/status.tsx';
import { DayChart } from '../components/chart.tsx';
import { ResultList } from '../components/results.tsx';
import { truncate } from '../components/analysis-view.tsx';
import { markHits } from '../annotate.ts';
import { RolesOverTime } from '../components/roles-over-time.tsx';

function typeName(type: string, t: Labels): string {
  return type === 'PER' ? t.typePER : type === 'ORG' ? t.typeORG : type === 'LOC' ? t.typeLOC : type;
}

/** One entity: names, roles, mentions per day, co-occurring entities, quotes and articles. */
export function EntityView({ id }: { id: string }) {
  const t = useT();
  const [reload, setReload] = useState(0);
  const r = useApi<EntityDetail>(`/v1/entities/${encodeURIComponent(id)}`, reload);
  // Its articles, and their facets rank the entities named with it.
  const s = useApi<SearchResult>(r.state === 'ok' ? `/v1/articles${qs({ entity: id, size: 20, sort: 'date' })}` : null, reload);
  // Quotes about it: its most used name inside someone else's words.
  const aboutName = r.state === 'ok' ? (r.data.aliases[0]?.value ?? r.data.name) : '';
  const about = useApi<Page<QuoteRow>>(r.state === 'ok' ? `/v1/quotes${qs({ q: aboutName, size: 20 })}` : null, reload);
  if (r.state === 'loading') return <Loading />;
  if (r.state === 'error') return <PageLoadError title={t.entityTitle} error={r.error} notFound={t.notFoundEntity(id)} onRetry={() => setReload(reload + 1)} />;
  const e = r.data;
  const aboutItems = about.state === 'ok' ? about.data.items.filter((q) => q.speakerId !== e.id).slice(0, 10) : [];
  const others = s.state === 'ok' ? (s.data.facets?.entities ?? []).filter((x) => x.id !== e.id).sort((a, b) => b.count - a.count).slice(0, 15) : [];
  return (
    <div class="entity">
      <header>
        <p class={`badge ${e.type.toLowerCase()}`}>{typeName(e.type, t)}</p>
        <h1>{e.name}</h1>
        <p class="meta">
          {t.articlesCount(e.articles)} · {t.mentionsCount(e.mentions)} ·{' '}
          <a href={href('/', { entity: e.id })}>{t.navSearch}</a>
          {e.type === 'PER' ? (
            <>
              {' · '}
              <a href={href('/quotes', { speaker: e.id })}>{t.navQuotes}</a>
            </>
          ) : null}
        </p>
      </header>
      <div class="entity-grid">
        <section class="panel" aria-labelledby="e-aliases">
          <h2 id="e-aliases">{t.aliases}</h2>
          {e.aliases.length ? (
            <ul class="inline-list">
              {e.aliases.map((a) => (
                <li key={a.value}>
                  {/* Names from coreference clusters that were never a mention's text have no count. */}
                  {a.value} {a.count ? <span class="count">{a.count}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t.nonePanel}</p>
          )}
        </section>
        <section class="panel" aria-labelledby="e-roles">
          <h2 id="e-roles">{t.roles}</h2>
          <RolesOverTime entity={e} t={t} />
        </section>
        <section class="panel wide" aria-labelledby="e-chart">
          <h2 id="e-chart">{t.mentionsPerDay}</h2>
          <DayChart buckets={e.timeline} name={e.name} />
        </section>
        <section class="panel" aria-labelledby="e-co">
          <h2 id="e-co">{t.cooccurring}</h2>
          {s.state === 'loading' ? <Loading /> : null}
          {s.state === 'error' ? <ErrorBox error={s.error} /> : null}
          {s.state === 'ok' ? (
            others.length ? (
              <ol class="ranked">
                {others.map((o) => (
                  <li key={o.id}>
                    <a href={href(`/entity/${o.id}`)} class={`ent-link ${o.type.toLowerCase()}`}>
                      {o.name}
                    </a>{' '}
                    <span class="type">{typeName(o.type, t)}</span>{' '}
                    <span class="count" title={t.articlesCount(o.count)}>
                      {o.count}
                    </span>
                  </li>
                ))}
              </ol>
            ) : (
              <p class="muted">{t.nonePanel}</p>
            )
          ) : null}
        </section>
        <section class="panel" aria-labelledby="e-quotes">
          <h2 id="e-quotes">{t.latestQuotes}</h2>
          <h3>{t.quotesBy}</h3>
          {e.quotes.length ? <QuoteItems quotes={e.quotes.slice(0, 10)} t={t} /> : <p class="muted">{t.nonePanel}</p>}
          <h3>{t.quotesAbout}</h3>
          {about.state === 'loading' ? <Loading /> : null}
          {about.state === 'error' ? <ErrorBox error={about.error} /> : null}
          {about.state === 'ok' ? (
            aboutItems.length ? <QuoteItems quotes={aboutItems} t={t} showSpeaker mark={aboutName} /> : <p class="muted">{t.nonePanel}</p>
          ) : null}
        </section>
        <section class="panel wide" aria-labelledby="e-articles">
          <h2 id="e-articles">{t.itsArticles}</h2>
          {s.state === 'ok' ? <ResultList items={s.data.items} q="" /> : null}
        </section>
      </div>
    </div>
  );
}

/** Quotes, each linked to its sentence in the article. */
export function QuoteItems({ quotes, t, showSpeaker = false, mark = '' }: { quotes: readonly QuoteRow[]; t: Labels; showSpeaker?: boolean; mark?: string }) {
  return (
    <ul class="quote-list">
      {quotes.map((q) => (
        <li key={`${q.articleId}:${q.start}`}>
          <blockquote>
            {showSpeaker ? <strong>{q.speakerName ?? t.unknownSpeaker}: </strong> : null}“
            {markHits(truncate(q.content, 280), mark).map(([s, hit], i) => (hit ? <mark key={i}>{s}</mark> : s))}”
          </blockquote>
          <p class="meta">
            <a href={href(`/article/${q.articleId}`, { at: q.start })}>{q.title ? truncate(q.title, 80) : t.toSentence}</a>
            {q.outlet ? ` · ${q.outlet}` : ''}
            {q.published ? ` · ${q.published.slice(0, 10)}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}
