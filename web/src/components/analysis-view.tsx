import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnalysisJson, ArticleMention } from '../types.ts';
import { collectMarks, linkLine, linkUrl, paragraphsOf, runs, type Inner, type QuoteMark, type Run } from '../annotate.ts';
import { resolveEntityId } from '../entity-ids.ts';
import { useLang, useT, type Labels } from '../i18n.ts';
import { href } from '../router.ts';
import { DateLine } from './chart.tsx';

const KIND_CLASS: Record<Inner['kind'], string> = { PER: 'per', ORG: 'org', LOC: 'loc', TIMEX: 'tmx', AMOUNT: 'amt' };

function typeLabel(kind: string, t: Labels): string {
  return kind === 'PER' ? t.typePER : kind === 'ORG' ? t.typeORG : kind === 'LOC' ? t.typeLOC : kind;
}

/** Move keyboard focus (and the eye) to an annotation or quote by its start offset. */
export function focusMark(start: number): void {
  const el = document.getElementById(`m-${start}`) ?? document.getElementById(`q-${start}`);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}

function InnerEl({ run, t }: { run: Run; t: Labels }) {
  const a = run.inner!;
  const cls = `ann ${KIND_CLASS[a.kind]}`;
  const id = run.innerFirst ? `m-${a.start}` : undefined;
  if (a.kind === 'PER' || a.kind === 'ORG' || a.kind === 'LOC') {
    const title = `${typeLabel(a.kind, t)}: ${a.value}${a.link ? ` — ${a.link}` : ''}`;
    return a.entityId ? (
      <a class={cls} id={id} href={href(`/entity/${a.entityId}`)} title={title} data-type={a.kind}>
        {run.text}
      </a>
    ) : (
      <span class={cls} id={id} title={title} data-type={a.kind}>
        {run.text}
      </span>
    );
  }
  const title = a.kind === 'TIMEX' ? `${a.sub ?? ''} ${a.value}` : `${a.sub ?? ''}: ${a.value}`;
  return (
    <span class={cls} id={id} tabIndex={id ? -1 : undefined} title={title} data-type={a.kind}>
      {run.text}
      {run.innerLast ? <span class="val">{a.value}</span> : null}
    </span>
  );
}

function QuoteTail({ q, t }: { q: QuoteMark; t: Labels }) {
  return (
    <span class="who">
      {q.speakerId ? <a href={href(`/entity/${q.speakerId}`)}>{q.speaker}</a> : (q.speaker ?? t.unknownSpeaker)}
    </span>
  );
}

/** One paragraph, annotations in place. Everything is rendered as text nodes. */
function Para({ text, start, end, inners, quotes, t, focus }: { text: string; start: number; end: number; inners: Inner[]; quotes: QuoteMark[]; t: Labels; focus: number | null }) {
  const rs = useMemo(() => runs(text, start, end, inners, quotes), [text, start, end, inners, quotes]);
  return (
    <p>
      {rs.map((r) => {
        const inner = r.inner ? <InnerEl run={r} t={t} /> : r.text;
        if (!r.quote) return <Fragment key={r.start}>{inner}</Fragment>;
        const q = r.quote;
        const id = r.quoteFirst ? `q-${q.start}` : undefined;
        return (
          <Fragment key={r.start}>
            <span class={`quote ${q.kind}${focus === q.start ? ' target' : ''}`} id={id} tabIndex={id ? -1 : undefined} data-speaker={q.speaker ?? ''}>
              {inner}
            </span>
            {r.quoteLast ? <QuoteTail q={q} t={t} /> : null}
          </Fragment>
        );
      })}
    </p>
  );
}

/** A colour key for the annotation types. */
function Legend({ t }: { t: Labels }) {
  return (
    <ul class="legend" aria-label={t.legend}>
      <li>
        <span class="ann per">{t.per}</span>
      </li>
      <li>
        <span class="ann org">{t.org}</span>
      </li>
      <li>
        <span class="ann loc">{t.loc}</span>
      </li>
      <li>
        <span class="ann tmx">{t.date}</span>
      </li>
      <li>
        <span class="ann amt">{t.amount}</span>
      </li>
      <li>
        <span class="quote direct">{t.quote}</span>
      </li>
    </ul>
  );
}

const SIDE_KINDS: Array<['caption' | 'related' | 'credit' | 'boilerplate', keyof Labels]> = [
  ['caption', 'captions'],
  ['related', 'related'],
  ['credit', 'credits'],
  ['boilerplate', 'boilerplate'],
];

/**
 * An analysed article: body with annotations highlighted in place, captions,
 * related links and credits apart, side panels (persons, quotes, dates,
 * amounts) and a raw JSON toggle.
 */
export function AnalysisView({ analysis, mentions, focus = null }: { analysis: AnalysisJson; mentions?: ArticleMention[]; focus?: number | null }) {
  const t = useT();
  const lang = useLang();
  const [showJson, setShowJson] = useState(false);
  const { inners, quotes } = useMemo(() => collectMarks(analysis, mentions), [analysis, mentions]);
  const paras = useMemo(() => paragraphsOf(analysis), [analysis]);
  useEffect(() => {
    if (focus !== null) requestAnimationFrame(() => focusMark(focus));
  }, [focus, analysis]);
  const text = analysis.text;
  const body = paras.filter((p) => p.kind === 'body');
  const para = (p: { start: number; end: number }) => <Para key={p.start} text={text} start={p.start} end={p.end} inners={inners} quotes={quotes} t={t} focus={focus} />;
  return (
    <div class="analysis">
      <div class="analysis-main">
        <Legend t={t} />
        <section aria-labelledby="h-body" class="body-text">
          <h2 id="h-body" class="sr-only">
            {t.body}
          </h2>
          {body.map(para)}
        </section>
        {SIDE_KINDS.map(([kind, label]) => {
          const ps = paras.filter((p) => p.kind === kind);
          if (!ps.length) return null;
          return (
            <section key={kind} class={`apart apart-${kind}`} aria-labelledby={`h-${kind}`}>
              <h2 id={`h-${kind}`}>{t[label] as string}</h2>
              {ps.map(para)}
            </section>
          );
        })}
        <p>
          <button type="button" aria-expanded={showJson} aria-controls="raw-json" onClick={() => setShowJson(!showJson)}>
            {showJson ? t.hideJson : t.showJson}
          </button>
        </p>
        {showJson ? (
          <pre id="raw-json" class="raw-json" tabIndex={0} aria-label="JSON">
            {JSON.stringify(analysis, null, 2)}
          </pre>
        ) : null}
      </div>
      <aside class="panels">
        <PersonsPanel analysis={analysis} t={t} />
        <LinkedPanel analysis={analysis} mentions={mentions} t={t} />
        <QuotesPanel quotes={quotes} analysis={analysis} t={t} />
        <DatesPanel analysis={analysis} t={t} />
        <AmountsPanel analysis={analysis} t={t} lang={lang} />
      </aside>
    </div>
  );
}

function PersonsPanel({ analysis, t }: { analysis: AnalysisJson; t: Labels }) {
  let persons: Array<{ name: string; roles: string[] }>;
  if (analysis.persons) persons = analysis.persons.map((p) => ({ name: p.name, roles: p.roles }));
  else {
    // Without the persons layer, the people are the distinct PER names, roles unknown.
    const seen = new Map<string, { name: string; roles: string[] }>();
    for (const e of analysis.entities ?? []) {
      if (e.type !== 'PER') continue;
      const { name } = resolveEntityId(analysis, 'PER', e.text);
      if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), { name, roles: [] });
    }
    persons = [...seen.values()];
  }
  return (
    <section class="panel" aria-labelledby="p-persons">
      <h2 id="p-persons">{t.personsPanel}</h2>
      {persons.length ? (
        <ul>
          {persons.map((p) => {
            const id = resolveEntityId(analysis, 'PER', p.name).id;
            return (
              <li key={p.name}>
                {id ? <a href={href(`/entity/${id}`)}>{p.name}</a> : p.name}
                {p.roles.length ? <span class="roles"> — {p.roles.join('; ')}</span> : analysis.persons ? <span class="muted"> — {t.noRoles}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{t.nonePanel}</p>
      )}
      {!analysis.persons ? <p class="muted small">{t.roles}: {t.layerMissing}</p> : null}
    </section>
  );
}

/** Entities of the article with their canonical names, aliases and knowledge-base links (the clusters layer). */
function LinkedPanel({ analysis, mentions, t }: { analysis: AnalysisJson; mentions?: ArticleMention[] | undefined; t: Labels }) {
  const clusters = analysis.clusters;
  if (!clusters) return null;
  const linked = clusters.filter((c) => c.link || c.aliases.length || c.mentions.length > 1);
  return (
    <section class="panel" aria-labelledby="p-linked">
      <h2 id="p-linked">{t.linkedPanel}</h2>
      {linked.length ? (
        <ul class="linked">
          {linked.map((c) => {
            const m = c.mentions[0];
            // The stored id of a mention inside the cluster, else the store's derivation.
            const stored = m ? mentions?.find((x) => x.start < m.end && x.end > m.start) : undefined;
            const id = stored ? stored.entityId : m ? resolveEntityId(analysis, c.type, m.text, false, m).id : null;
            const url = c.link ? linkUrl(c.link) : null;
            return (
              <li key={c.id}>
                <span class={`dot-${c.type.toLowerCase()}`} aria-hidden="true" />
                {id ? <a href={href(`/entity/${id}`)}>{c.name}</a> : c.name} <span class="type">{typeLabel(c.type, t)}</span>
                {c.aliases.length ? <span class="muted small"> · {c.aliases.join(', ')}</span> : null}
                {c.link ? (
                  <div class="small">
                    {url ? (
                      <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                        {linkLine(c.link)}
                      </a>
                    ) : (
                      linkLine(c.link)
                    )}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{t.nonePanel}</p>
      )}
    </section>
  );
}

function QuotesPanel({ quotes, analysis, t }: { quotes: QuoteMark[]; analysis: AnalysisJson; t: Labels }) {
  return (
    <section class="panel" aria-labelledby="p-quotes">
      <h2 id="p-quotes">{t.quotesPanel}</h2>
      {quotes.length ? (
        <ul class="quote-list">
          {quotes.map((q) => (
            <li key={q.start}>
              <strong>{q.speaker ?? t.unknownSpeaker}</strong>:{' '}
              <button type="button" class="linkish" onClick={() => focusMark(q.start)}>
                “{truncate(analysis.text.slice(q.start, q.end), 140)}”
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{analysis.quotes ? t.nonePanel : t.layerMissing}</p>
      )}
    </section>
  );
}

function DatesPanel({ analysis, t }: { analysis: AnalysisJson; t: Labels }) {
  const tx = analysis.timexes ?? [];
  const dates = tx.filter((x) => /^\d{4}-\d{2}-\d{2}/.test(x.value));
  return (
    <section class="panel" aria-labelledby="p-dates">
      <h2 id="p-dates">{t.datesPanel}</h2>
      <DateLine dates={dates} onPick={focusMark} />
      {tx.length ? (
        <ul>
          {[...tx]
            .sort((a, b) => a.value.localeCompare(b.value))
            .map((x) => (
              <li key={x.start}>
                <button type="button" class="linkish" onClick={() => focusMark(x.start)}>
                  {x.text}
                </button>{' '}
                → <code>{x.value}</code>
              </li>
            ))}
        </ul>
      ) : (
        <p class="muted">{analysis.timexes ? t.nonePanel : t.layerMissing}</p>
      )}
    </section>
  );
}

function AmountsPanel({ analysis, t, lang }: { analysis: AnalysisJson; t: Labels; lang: string }) {
  const am = analysis.amounts ?? [];
  return (
    <section class="panel" aria-labelledby="p-amounts">
      <h2 id="p-amounts">{t.amountsPanel}</h2>
      {am.length ? (
        <ul>
          {am.map((m) => (
            <li key={m.start}>
              <button type="button" class="linkish" onClick={() => focusMark(m.start)}>
                {m.text}
              </button>{' '}
              → <code>{m.value === null ? '?' : new Intl.NumberFormat(lang).format(m.value)}{m.kind === 'percent' ? '%' : m.unit ? ` ${m.unit}` : ''}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{analysis.amounts ? t.nonePanel : t.layerMissing}</p>
      )}
    </section>
  );
}

/** Shorten to `n` characters at a word boundary. */
export function truncate(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.lastIndexOf(' ', n);
  return `${s.slice(0, cut > n / 2 ? cut : n)}…`;
}
