import { useState } from 'preact/hooks';
import { useApi } from '../api.ts';
import { useLang, useT } from '../i18n.ts';
import { href, type Route } from '../router.ts';
import type { StoredArticle } from '../types.ts';
import { AnalysisView } from '../components/analysis-view.tsx';
import { Loading, PageLoadError } from '../components/status.tsx';
import { formatPublished, safeUrl } from '../components/format.ts';

/** One stored article with its annotations; `?at=<offset>` focuses a quote or annotation. */
export function ArticleView({ id, route }: { id: string; route: Route }) {
  const t = useT();
  const lang = useLang();
  const [reload, setReload] = useState(0);
  const r = useApi<StoredArticle>(`/v1/articles/${encodeURIComponent(id)}`, reload);
  const at = route.params.get('at');
  if (r.state === 'loading') return <Loading />;
  if (r.state === 'error') return <PageLoadError title={t.article} error={r.error} notFound={t.notFoundArticle(id)} onRetry={() => setReload(reload + 1)} />;
  const a = r.data;
  const url = safeUrl(a.url);
  const others = a.duplicates ?? [];
  return (
    <article class="article">
      <header>
        <h1>{a.title || t.untitled}</h1>
        <p class="meta">
          {a.outlet ? <span class="outlet">{a.outlet}</span> : null}
          {a.outlet && a.published ? ' · ' : ''}
          {a.published ? <time dateTime={a.published}>{formatPublished(a.published, lang)}</time> : null}
          {url ? (
            <>
              {' · '}
              <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                {t.source}
              </a>
            </>
          ) : null}
        </p>
        {others.length ? (
          <p class="dups">
            {a.canonicalId !== a.id ? (
              <>
                {t.copyOf} <a href={href(`/article/${a.canonicalId}`)}>{t.canonical}</a>.{' '}
              </>
            ) : null}
            {t.duplicates}:{' '}
            {others.map((d, i) => (
              <>
                {i ? ', ' : ''}
                <a key={d} href={href(`/article/${d}`)}>
                  {d}
                </a>
              </>
            ))}
          </p>
        ) : null}
        {a.related?.length ? (
          <p class="related-stories">
            {t.relatedStories}:{' '}
            {a.related.map((x, i) => (
              <>
                {i ? ' · ' : ''}
                <a key={x.id} href={href(`/article/${x.id}`)}>
                  {x.title || x.id}
                </a>
                {x.outlet ? ` (${x.outlet})` : ''}
              </>
            ))}
          </p>
        ) : null}
      </header>
      <AnalysisView analysis={a.analysis} mentions={a.mentions} focus={at !== null && /^\d+$/.test(at) ? Number(at) : null} />
    </article>
  );
}
