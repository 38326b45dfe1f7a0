import { loadOutlets } from '../../lang/id/outlets.js';
import { loadStructureMarkers, type Marker } from '../../lang/id/structure-markers.js';
import type { ParagraphJson, ParagraphKind } from '../../text/schema.js';

/**
 * `contains` markers (`Google News`, `saluran WhatsApp`) are only trusted on
 * short paragraphs: a body paragraph may mention them in passing. 300 chars is
 * longer than every footer prompt seen in the samples and shorter than most
 * body paragraphs.
 */
const MAX_CONTAINS_LEN = 300;
/** A caption is one or two sentences; longer paragraphs ending in a credit are body text quoting one. */
const MAX_CAPTION_LEN = 700;
/** A sign-off line (`REUTERS | AL JAZEERA`, `(ram/asp)`) is short. */
const MAX_CREDIT_LEN = 60;
/** Words in an all-caps sign-off such as `ANDITA RAHMA | REUTERS`. */
const MAX_SIGNOFF_WORDS = 6;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Marker text as a regex source: any whitespace run matches, a space before `:` is optional. */
const markerSource = (t: string): string => escape(t.trim()).replace(/\s+/g, '\\s+').replace(/\\s\+:|:/g, '\\s*:');

interface Compiled {
  /** One alternation per match type; capture group i+1 is marker i of the list beside it. */
  exact: { re: RegExp; list: Marker[] } | null;
  prefix: { re: RegExp; list: Marker[] } | null;
  contains: { re: RegExp; list: Marker[] } | null;
  /** Photo position cues (`(kiri)`, `(ki-ka)`) that only captions use. */
  captionCue: { re: RegExp; list: Marker[] } | null;
  wireCredit: RegExp;
  photoCredit: RegExp;
  photoCreditOnly: RegExp;
  photoCreditLead: RegExp;
}

function group(list: Marker[], wrap: (alt: string) => string): { re: RegExp; list: Marker[] } | null {
  if (!list.length) return null;
  return { re: new RegExp(wrap(list.map((m) => `(${markerSource(m.text)})`).join('|')), 'iu'), list };
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  if (compiled) return compiled;
  const { markers, creditNames, photoCreditNames } = loadStructureMarkers();
  const names = creditNames.map(markerSource).join('|');
  // Longest first so `ANTARA FOTO` wins over `ANTARA`.
  const photo = [...photoCreditNames].sort((a, b) => b.length - a.length).map(markerSource).join('|');
  compiled = {
    exact: group(markers.filter((m) => m.match === 'exact'), (a) => `^(?:${a})\\.?$`),
    prefix: group(markers.filter((m) => m.match === 'prefix'), (a) => `^(?:${a})`),
    contains: group(markers.filter((m) => m.match === 'contains' && m.kind !== 'caption'), (a) => `(?:${a})`),
    captionCue: group(markers.filter((m) => m.kind === 'caption'), (a) => `(?:${a})`),
    // `REUTERS`, `(Antara)`, `ANTARA | REUTERS`, `(ant)`, `(ram/asp)`, `(tim)`.
    wireCredit: new RegExp(
      `^(?:\\(\\s*(?:${names}|[a-z]{2,6})(?:\\s*[/|,]\\s*(?:${names}|[a-z0-9]{2,6}))*\\s*\\)|(?:${names})(?:\\s*[|/,]\\s*(?:${names}))*)\\.?$`, 'iu'),
    // Ends with `REUTERS/Gleb Garanich`, `ANTARA FOTO/Hafidz Mubarak A/foc.`, `(Foto: Dok. Humas)`,
    // `Foto: Istimewa`, `© KapanLagi.com`, `(ist)`.
    photoCredit: new RegExp(
      `(?:(?:^|[\\s(.,;|-])(?:${photo})\\s*/\\s*[^\\s/][^\\n]{0,80}`
      + `|(?:^|[\\s(.,;|-])\\(?(?:Foto|Photo|Sumber foto|Kredit foto)\\s*:\\s*[^\\n]{1,80}`
      + `|(?:^|\\s)©\\s*[^\\n]{1,60}`
      + `|\\((?:ist|istimewa|ilustrasi|dok\\.?[^)]{0,40}|doc\\.?[^)]{0,40})\\))$`, 'iu'),
    // A photo credit standing alone (`Antara/Teresia May`, `(Foto: dok. Cetaphil)`): a separate credit element, not a caption.
    photoCreditOnly: new RegExp(`^(?:\\(?(?:${photo})\\s*/\\s*[^\\s/][^\\n]{0,50}|\\((?:Foto|Photo|Sumber foto|Kredit foto)\\s*:[^()\\n]{1,50}\\))$`, 'iu'),
    // Caption led by its credit in capitals: `KOMPAS.com/NABILLA TASHANDRA Menteri ...`.
    photoCreditLead: new RegExp(`^(?:${photo})\\s*/\\s*\\p{Lu}[\\p{Lu}.' ]+\\s\\p{Lu}\\p{Ll}`, 'u'),
  };
  return compiled;
}

/** An all-caps sign-off: `DINI TEJA`, `ANDITA RAHMA | REUTERS`. */
const SIGNOFF_RE = /^[\p{Lu}][\p{Lu}.'\s|/,-]*$/u;

/** A byline signed with the outlet: `Mulia Budi - detikNews`, `Fino Yurio Kristo - detikInet`. */
function isBylineWithOutlet(p: string): boolean {
  const at = p.lastIndexOf(' - ');
  if (at <= 0) return false;
  const name = p.slice(0, at);
  return /^\p{Lu}[\p{L}.' ]*$/u.test(name) && name.split(' ').length <= MAX_SIGNOFF_WORDS && loadOutlets().lookup(p.slice(at + 3)) !== null;
}

/** What decided a paragraph's kind. */
export interface Classified { kind: ParagraphKind; rule: string }

function firstGroup(m: RegExpExecArray, list: Marker[]): Marker | undefined {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return list[i - 1];
  return undefined;
}

/**
 * Classify one paragraph (its folded text, trimmed). A cascade: boilerplate
 * markers, related-link prefixes, credits, photo captions, then body. The
 * returned `rule` names the winner.
 *
 * `isLast` marks the last paragraph of the article, where an all-caps short
 * line is a sign-off rather than a subheading.
 *
 * @example
 * classifyParagraph('Pilihan Editor: AS Berikan Bantuan', false); // { kind: 'related', rule: 'related-prefix:Pilihan Editor:' }
 */
export function classifyParagraph(p: string, isLast: boolean): Classified {
  const c = compile();
  for (const [name, g] of [['exact', c.exact], ['prefix', c.prefix]] as const) {
    const m = g?.re.exec(p);
    const marker = m && firstGroup(m, g!.list);
    if (marker) return { kind: marker.kind, rule: `${marker.kind}-${name}:${marker.text}` };
  }
  if (p.length <= MAX_CONTAINS_LEN && c.contains) {
    const m = c.contains.re.exec(p);
    const marker = m && firstGroup(m, c.contains.list);
    if (marker) return { kind: marker.kind, rule: `${marker.kind}-contains:${marker.text}` };
  }
  if (p.length <= MAX_CREDIT_LEN) {
    if (c.wireCredit.test(p)) return { kind: 'credit', rule: 'credit-signoff' };
    if (c.photoCreditOnly.test(p)) return { kind: 'credit', rule: 'credit-photo-only' };
    if (isBylineWithOutlet(p)) return { kind: 'credit', rule: 'credit-byline-outlet' };
    if (isLast && SIGNOFF_RE.test(p) && p.split(/\s+/).length <= MAX_SIGNOFF_WORDS && /\p{Lu}{2}/u.test(p)) {
      return { kind: 'credit', rule: 'credit-caps-last' };
    }
  }
  if (p.length <= MAX_CAPTION_LEN) {
    if (c.photoCredit.test(p)) return { kind: 'caption', rule: 'caption-photo-credit' };
    if (c.photoCreditLead.test(p)) return { kind: 'caption', rule: 'caption-photo-credit-lead' };
    const m = c.captionCue?.re.exec(p);
    const cue = m && firstGroup(m, c.captionCue!.list);
    if (cue) return { kind: 'caption', rule: `caption-contains:${cue.text}` };
  }
  return { kind: 'body', rule: 'body-default' };
}

/**
 * Split the text into paragraphs at newlines (one or more) and give each a
 * kind. Spans are trimmed of surrounding whitespace. The paragraph holding the
 * dateline (if any) is body by rule `body-dateline`.
 */
export function splitParagraphs(folded: string, datelineStart: number | null): ParagraphJson[] {
  const spans: Array<{ start: number; end: number }> = [];
  let i = 0;
  const n = folded.length;
  while (i < n) {
    let end = folded.indexOf('\n', i);
    if (end < 0) end = n;
    let a = i;
    let b = end;
    while (a < b && /\s/.test(folded[a]!)) a++;
    while (b > a && /\s/.test(folded[b - 1]!)) b--;
    if (b > a) spans.push({ start: a, end: b });
    i = end + 1;
  }
  let inRelatedList = false;
  const out = spans.map((s, k): ParagraphJson => {
    if (datelineStart !== null && datelineStart >= s.start && datelineStart < s.end) {
      inRelatedList = false;
      return { start: s.start, end: s.end, kind: 'body', rule: 'body-dateline' };
    }
    const p = folded.slice(s.start, s.end);
    let { kind, rule } = classifyParagraph(p, k === spans.length - 1);
    // A bare label (`Baca Juga`, `Jangan Lewatkan`) heads a list of linked headlines, one a line.
    if (kind === 'body' && inRelatedList && RELATED_ITEM_RE.test(p)) {
      kind = 'related';
      rule = 'related-list-item';
    } else {
      inRelatedList = kind === 'related' && RELATED_LABEL_RE.test(p);
    }
    return { start: s.start, end: s.end, kind, rule };
  });
  return splitTrailingSignoffs(folded, out);
}

/** How far from a paragraph's end a trailing sign-off (`(fyk/ash)`, `(ant)`) may start. */
const MAX_SIGNOFF_TAIL = 40;
/** The sentence before a trailing sign-off is complete. */
const SENTENCE_END_RE = /[.!?"')]$/;

/**
 * Detik, JPNN and Antara close the last paragraph with a sign-off in the same
 * line: `... katanya. (fyk/ash)`, `... (ant)`. It becomes its own credit
 * span so the body ends with the sentence. Initials with a slash are
 * split off any body paragraph; a single name only off the last body paragraph.
 */
function splitTrailingSignoffs(folded: string, paras: ParagraphJson[]): ParagraphJson[] {
  const c = compile();
  let lastBody = -1;
  paras.forEach((p, i) => { if (p.kind === 'body') lastBody = i; });
  const out: ParagraphJson[] = [];
  paras.forEach((p, i) => {
    if (p.kind !== 'body' || folded[p.end - 1] !== ')') return void out.push(p);
    const open = folded.lastIndexOf('(', p.end - 1);
    if (open <= p.start || p.end - open > MAX_SIGNOFF_TAIL || !/\s/.test(folded[open - 1]!)) return void out.push(p);
    const tail = folded.slice(open, p.end);
    let bodyEnd = open;
    while (bodyEnd > p.start && /\s/.test(folded[bodyEnd - 1]!)) bodyEnd--;
    const ok = c.wireCredit.test(tail) && (tail.includes('/') || i === lastBody) && SENTENCE_END_RE.test(folded.slice(p.start, bodyEnd));
    if (!ok) return void out.push(p);
    out.push({ ...p, end: bodyEnd }, { start: open, end: p.end, kind: 'credit', rule: 'credit-trailing-signoff' });
  });
  return out;
}

/** A related-list label standing alone: nothing (or only a colon) after the marker. */
const RELATED_LABEL_RE = /^[^:]{2,40}:?$/u;
/** A linked headline: short, no sentence-final full stop. */
const RELATED_ITEM_RE = /^[^\n]{5,150}[^.\s]$/u;
