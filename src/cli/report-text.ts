import type { AnalysisJson, ParagraphKind } from '../text/schema.js';

const KIND_ORDER: readonly ParagraphKind[] = ['body', 'caption', 'related', 'credit', 'boilerplate'];
const KIND_TITLE: Record<ParagraphKind, string> = {
  body: 'Body', caption: 'Captions', related: 'Related links', credit: 'Credits', boilerplate: 'Boilerplate',
};

/** Collapse whitespace so a span prints on one line. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A readable report of one analysis: what a journalist wants at a glance —
 * where the story comes from, how it is built, and what it says (who, when,
 * how much, who said what) when those layers ran.
 */
export function renderTextReport(a: AnalysisJson, label: string): string {
  const out: string[] = [];
  const head: string[] = [];
  if (a.dateline) head.push(`outlet ${a.dateline.outlet ?? '(none)'}`, `city ${a.dateline.city ?? '(none)'}`);
  else head.push('no dateline');
  if (a.language) head.push(`language ${a.language.code} (${a.language.confidence.toFixed(2)})`);
  if (a.dct !== undefined) head.push(`date ${a.dct ?? 'unknown'}${a.dctSource ? ` (${a.dctSource})` : ''}`);
  out.push(`== ${label}${a.meta.title ? ` — ${a.meta.title}` : ''}`);
  out.push(head.join(' · '));

  const counts: string[] = [];
  if (a.paragraphs) {
    const byKind = KIND_ORDER.map((k) => [k, a.paragraphs!.filter((p) => p.kind === k).length] as const).filter(([, n]) => n > 0);
    counts.push(`${a.paragraphs.length} paragraphs (${byKind.map(([k, n]) => `${n} ${k}`).join(', ')})`);
  }
  if (a.sentences) counts.push(`${a.sentences.length} sentences`);
  if (a.tokens) counts.push(`${a.tokens.length} tokens`);
  if (counts.length) out.push(counts.join(' · '));

  const sentencesIn = (start: number, end: number) => (a.sentences ?? []).filter((s) => s.start >= start && s.end <= end);
  if (a.paragraphs) {
    for (const kind of KIND_ORDER) {
      const paras = a.paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === kind);
      if (!paras.length) continue;
      out.push('', `${KIND_TITLE[kind]}:`);
      for (const { p, i } of paras) {
        const sents = kind === 'body' ? sentencesIn(p.start, p.end) : [];
        if (sents.length > 1) {
          out.push(`  ¶${i + 1}`);
          for (const s of sents) out.push(`     · ${oneLine(a.text.slice(s.start, s.end))}`);
        } else out.push(`  ¶${i + 1}  ${oneLine(a.text.slice(p.start, p.end))}`);
      }
    }
  } else if (a.sentences) {
    out.push('', 'Sentences:');
    a.sentences.forEach((s, i) => out.push(`  ${i + 1}. ${oneLine(a.text.slice(s.start, s.end))}`));
  }

  if (a.persons?.length) {
    out.push('', 'People:');
    for (const p of a.persons) out.push(`  ${p.name}${p.roles.length ? ` — ${p.roles.join('; ')}` : ''}${p.mentions.length > 1 ? `  (as ${p.mentions.join(', ')})` : ''}`);
  }
  if (a.clusters?.length) {
    // One line per entity of the article (coreference resolved), with its knowledge-base link.
    out.push('', 'Entities:');
    for (const type of ['PER', 'ORG', 'LOC'] as const) {
      const list = a.clusters.filter((c) => c.type === type).sort((x, y) => y.mentions.length - x.mentions.length);
      if (!list.length) continue;
      out.push(`  ${type}`);
      for (const c of list) {
        const aka = c.aliases.length ? ` (also ${c.aliases.join(', ')})` : '';
        const where = c.link?.lat !== undefined && c.link.lon !== undefined ? ` @ ${c.link.lat.toFixed(2)},${c.link.lon.toFixed(2)}` : '';
        const ref = c.link && (c.link.id.startsWith(`${c.link.kb}:`) ? c.link.id : `${c.link.kb}:${c.link.id}`);
        const link = c.link ? `  → ${ref} ${c.link.nameEn}${where}` : '';
        out.push(`    ${c.name}${aka}${c.mentions.length > 1 ? ` ×${c.mentions.length}` : ''}${link}`);
      }
    }
  } else if (a.entities?.length) {
    out.push('', 'Entities:');
    const seen = new Map<string, { type: string; text: string; n: number }>();
    for (const e of a.entities) {
      const key = `${e.type}\u0000${e.text}`;
      const s = seen.get(key);
      if (s) s.n++;
      else seen.set(key, { type: e.type, text: e.text, n: 1 });
    }
    for (const type of ['PER', 'ORG', 'LOC']) {
      const list = [...seen.values()].filter((s) => s.type === type).sort((x, y) => y.n - x.n);
      if (list.length) out.push(`  ${type}  ${list.map((s) => (s.n > 1 ? `${s.text} ×${s.n}` : s.text)).join(', ')}`);
    }
  }
  if (a.timexes?.length) {
    out.push('', 'Dates and times:');
    for (const t of a.timexes) out.push(`  ${oneLine(t.text).padEnd(32)} ${t.type.padEnd(8)} ${t.value}${t.mod ? ` (${t.mod})` : ''}`);
  }
  if (a.amounts?.length) {
    out.push('', 'Amounts:');
    for (const m of a.amounts) {
      const value = m.value === null ? 'vague' : m.value.toLocaleString('en');
      out.push(`  ${oneLine(m.text).padEnd(32)} ${m.kind.padEnd(8)} ${value}${m.unit ? ` ${m.unit}` : ''}`);
    }
  }
  if (a.quotes?.length) {
    out.push('', 'Quotes:');
    for (const q of a.quotes) {
      const who = q.speaker_name ?? (q.speaker ? `${q.speaker.text} (unnamed)` : 'unattributed');
      const content = oneLine(q.content);
      out.push(`  [${q.kind}] ${who}${q.cue ? ` (${q.cue.text})` : ''}: ${q.kind === 'direct' ? `“${content}”` : content}`);
    }
  }
  const notable = a.diagnostics.filter((d) => d.severity !== 'info');
  if (notable.length) {
    out.push('', 'Diagnostics:');
    for (const d of notable) out.push(`  ${d.severity} ${d.code} (${d.stage})${d.start !== undefined ? ` at ${d.start}` : ''}: ${d.message}`);
  }
  return out.join('\n');
}
