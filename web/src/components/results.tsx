import type { ArticleSummary } from '../types.ts';
import { markHits } from '../annotate.ts';
import { useLang, useT } from '../i18n.ts';
import { href } from '../router.ts';
import { formatPublished } from './format.ts';
import { foldDuplicates } from '../fold.ts';

function Snippet({ text, q }: { text: string; q: string }) {
  return (
    <p class="snippet">
      {markHits(text, q).map(([s, hit], i) => (hit ? <mark key={i}>{s}</mark> : s))}
      {text.length >= 200 ? '…' : ''}
    </p>
  );
}

function Meta({ a }: { a: ArticleSummary }) {
  const lang = useLang();
  return (
    <p class="meta">
      {a.outlet ? <span class="outlet">{a.outlet}</span> : null}
      {a.outlet && a.published ? ' · ' : ''}
      {a.published ? <time dateTime={a.published}>{formatPublished(a.published, lang)}</time> : null}
    </p>
  );
}

/** Search hits with near-duplicate copies folded under their canonical article. */
export function ResultList({ items, q }: { items: readonly ArticleSummary[]; q: string }) {
  const t = useT();
  return (
    <ol class="results">
      {foldDuplicates(items).map(({ head, copies }) => (
        <li key={head.id} class="result">
          <h3>
            <a href={href(`/article/${head.id}`)}>{head.title || t.untitled}</a>
          </h3>
          <Meta a={head} />
          {head.canonicalId !== head.id ? (
            <p class="meta">
              {t.copyOf} <a href={href(`/article/${head.canonicalId}`)}>{t.canonical}</a>
            </p>
          ) : null}
          <Snippet text={head.snippet} q={q} />
          {copies.length ? (
            <details class="copies">
              <summary>{t.copies(copies.length)}</summary>
              <ul>
                {copies.map((c) => (
                  <li key={c.id}>
                    <a href={href(`/article/${c.id}`)}>{c.title || t.untitled}</a> <Meta a={c} />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
