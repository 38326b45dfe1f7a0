import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { initialLang, LABELS, LabelsContext, saveLang, type Lang } from './i18n.ts';
import { href, useRoute } from './router.ts';
import { SearchView } from './views/search.tsx';
import { ArticleView } from './views/article.tsx';
import { EntityView } from './views/entity.tsx';
import { QuotesView } from './views/quotes.tsx';
import { AnalyzeView } from './views/analyze.tsx';
import { ErrorBox } from './components/status.tsx';
import './styles.css';

function App() {
  const route = useRoute();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = LABELS[lang];
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // Keyboard and screen-reader users land at the top of the new view, not on a stale link.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!route.params.has('at')) main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [route.path]);
  const switchLang = () => {
    const next: Lang = lang === 'id' ? 'en' : 'id';
    saveLang(next);
    setLang(next);
  };
  const seg = route.path.split('/').filter(Boolean).map(decodeURIComponent);
  let view;
  let section = 'search';
  if (seg.length === 0) view = <SearchView route={route} />;
  else if (seg[0] === 'article' && seg[1]) {
    view = <ArticleView key={seg[1]} id={seg[1]} route={route} />;
    section = '';
  } else if (seg[0] === 'entity' && seg[1]) {
    view = <EntityView key={seg[1]} id={seg[1]} />;
    section = '';
  } else if (seg[0] === 'quotes') {
    view = <QuotesView route={route} />;
    section = 'quotes';
  } else if (seg[0] === 'analyze') {
    view = <AnalyzeView />;
    section = 'analyze';
  } else {
    view = <ErrorBox message={t.notFoundPage} />;
    section = '';
  }
  useEffect(() => {
    const h1 = main.current?.querySelector('h1')?.textContent;
    document.title = h1 ? `${h1} — warta` : 'warta';
  });
  return (
    <LabelsContext.Provider value={{ t, lang }}>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        {t.skip}
      </a>
      <header class="top">
        <a class="brand" href={href('/')}>
          warta
        </a>
        <nav aria-label={t.mainNav}>
          <ul>
            <li>
              <a href={href('/')} aria-current={section === 'search' ? 'page' : undefined}>
                {t.navSearch}
              </a>
            </li>
            <li>
              <a href={href('/quotes')} aria-current={section === 'quotes' ? 'page' : undefined}>
                {t.navQuotes}
              </a>
            </li>
            <li>
              <a href={href('/analyze')} aria-current={section === 'analyze' ? 'page' : undefined}>
                {t.navAnalyze}
              </a>
            </li>
          </ul>
        </nav>
        <button type="button" class="lang" onClick={switchLang} aria-label={t.switchLangLabel} lang={lang === 'id' ? 'en' : 'id'}>
          {t.switchLang}
        </button>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {view}
      </main>
      <footer class="foot">
        <a href="/docs">API</a> · <a href="/openapi.json">OpenAPI</a>
      </footer>
    </LabelsContext.Provider>
  );
}

const mount = document.getElementById('app')!;
// The static "loading" line in index.html is for the moments before this script runs.
mount.textContent = '';
render(<App />, mount);
