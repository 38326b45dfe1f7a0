import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useT } from '../i18n.ts';
import type { AnalysisJson } from '../types.ts';
import { AnalysisView } from '../components/analysis-view.tsx';
import { ErrorBox, Loading } from '../components/status.tsx';

/** Paste an article and see it analysed by POST /v1/analyze, nothing stored. */
export function AnalyzeView() {
  const t = useT();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [state, setState] = useState<{ s: 'idle' } | { s: 'loading' } | { s: 'error'; e: unknown; msg?: string } | { s: 'ok'; a: AnalysisJson }>({ s: 'idle' });
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return setState({ s: 'error', e: null, msg: t.emptyText });
    setState({ s: 'loading' });
    try {
      const a = await api<AnalysisJson>('/v1/analyze', {
        method: 'POST',
        body: JSON.stringify({ text, ...(title ? { title } : {}), ...(published ? { published } : {}) }),
      });
      setState({ s: 'ok', a });
    } catch (err) {
      setState({ s: 'error', e: err });
    }
  };
  return (
    <div class="analyze">
      <h1>{t.analyzeTitle}</h1>
      <p class="muted">{t.analyzeHint}</p>
      <form class="analyze-form" onSubmit={submit}>
        <div class="field wide">
          <label for="a-text">{t.text}</label>
          <textarea id="a-text" rows={10} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="a-title">{t.title}</label>
          <input id="a-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="a-pub">{t.published}</label>
          <input id="a-pub" type="date" value={published} onInput={(e) => setPublished(e.currentTarget.value)} />
        </div>
        <div class="field actions">
          <button type="submit" class="primary">
            {t.analyze}
          </button>
        </div>
      </form>
      {state.s === 'loading' ? <Loading /> : null}
      {state.s === 'error' ? <ErrorBox error={state.e} {...(state.msg ? { message: state.msg } : {})} /> : null}
      {state.s === 'ok' ? <AnalysisView analysis={state.a} /> : null}
    </div>
  );
}
