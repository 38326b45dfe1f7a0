import { bylineLabels } from '../../lang/id/byline-labels.js';
import { loadOutlets } from '../../lang/id/outlets.js';
import { classAndId, squash, type DomDocument, type DomElement } from './dom.js';
import { atOffset, formatPageDate, parseMachineDate, parseShownDate, sameMinute, type PageDate } from './page-date.js';

/** What a page says about its article, and which source each field came from. */
export interface PageMeta {
  readonly title: string | null;
  readonly published: string | null;
  readonly modified: string | null;
  readonly authors: string[];
  readonly section: string | null;
  readonly canonicalUrl: string | null;
  readonly siteName: string | null;
  readonly description: string | null;
  readonly language: string | null;
  /** JSON-LD `@type`s and `og:type`, to tell article pages from index pages. */
  readonly types: string[];
  /** Which strategy won per field (e.g. `title: 'heading=og:title'`), for diagnostics and tuning. */
  readonly from: Readonly<Record<string, string>>;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(News|Reportage|Analysis|Opinion|Review|Report|Scholarly|Tech|Satirical|Background|AskPublic)?Article$|^BlogPosting$|^LiveBlogPosting$/;
const TITLE_SEPARATORS = /\s+[|\-–—:]{1,2}\s+/;
const DATE_CLASS = /date|time|tanggal|tgl|publish|schedule|waktu/;
const BYLINE_CLASS = /author|byline|penulis|reporter|writer|nmreporter/;
const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\//i;
const BYLINE_TAIL = /\s+[-–|]\s+.*$/;
/** A name: capitalised words or a reporter code (`C31`, `prwir`), at most five words. */
const NAME = /^(?:[\p{Lu}][\p{L}.'’-]*|[\p{L}]{1,3}\d+|[\p{Ll}]{3,6})(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|bin|binti|van|de|al-[\p{L}]+))*$/u;
const MAX_NAME_WORDS = 5;
/** Elements near the headline that may hold its date without saying so in their class. */
const NEAR_HEADLINE = 15;
/** Element distance a date without zone gives up against one with a zone (tuned on the news-html pages: lists of articles repeat dates without WIB). */
const ZONELESS_PENALTY = 5;

let labelRe: { start: RegExp; pairs: RegExp } | undefined;
/** `Label: value` patterns built from data/id/byline-labels.tsv. */
function labelPatterns(): { start: RegExp; pairs: RegExp } {
  if (labelRe) return labelRe;
  const alt = [...bylineLabels().keys()].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const group = `(?:${alt})(?:\\s*(?:&|dan|/|,)\\s*(?:${alt}))*`;
  labelRe = {
    start: new RegExp(`^(${group})\\s*[:.]?\\s*`, 'i'),
    // "Rep: C31/ Red: Israr Itah": each label with the value up to the next label.
    pairs: new RegExp(`(?:^|[\\s/|,])(${group})\\s*:\\s*(.*?)(?=\\s*[/|,]?\\s*(?:${alt})\\s*:|$)`, 'gi'),
  };
  return labelRe;
}

function roleOf(labels: string): 'writer' | 'editor' | 'other' {
  const roles = labels.toLowerCase().split(/\s*(?:&|dan|\/|,)\s*/).map((l) => bylineLabels().get(l.trim()) ?? 'other');
  return roles.includes('writer') ? 'writer' : roles.includes('editor') ? 'editor' : 'other';
}
const MACHINE_DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="dtk:publishdate"]',
  'meta[name="content_PublishedDate"]',
  'meta[name="publishdate"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[itemprop="datePublished"]',
];

function metaContent(doc: DomDocument, selector: string): string | null {
  const v = squash(doc.querySelector(selector)?.getAttribute('content'));
  return v || null;
}

/** Every JSON-LD object in the page, `@graph` and arrays flattened. */
export function jsonLdObjects(doc: DomDocument): Json[] {
  const out: Json[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Json;
    out.push(o);
    if (Array.isArray(o['@graph'])) visit(o['@graph'], depth + 1);
  };
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]!.textContent ?? '';
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Pages often put raw newlines or trailing commas in JSON-LD; one lenient retry.
      try {
        visit(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')), 0);
      } catch {
        /* unreadable JSON-LD is ignored, the other sources remain */
      }
    }
  }
  return out;
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return squash(v) || null;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Json;
    return str(o.name) ?? str(o['@id']) ?? str(o.url);
  }
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function names(v: unknown): string[] {
  if (v == null) return [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'string') return [squash(v)].filter(Boolean);
  if (typeof v === 'object') {
    const n = (v as Json).name;
    return typeof n === 'string' && squash(n) ? [squash(n)] : [];
  }
  return [];
}

/** The text of an element without what its `<script>`/`<style>` children hold. */
function visibleText(el: DomElement): string {
  return squash(el.textContent);
}

function cleanUrl(u: string | null, base: string | null): string | null {
  if (!u) return null;
  let v = u.replace(WAYBACK, '');
  try {
    v = new URL(v, base ?? undefined).href;
  } catch {
    return null;
  }
  return /^https?:/.test(v) ? v : null;
}

/** Title variants of a meta title: itself and its longest part between separators (" - Kompas.com"). */
function titleVariants(t: string): string[] {
  const parts = t.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest && longest !== t ? [t, longest] : [t];
}

function pickTitle(doc: DomDocument, ld: Json | null, from: Record<string, string>): string | null {
  const metas: Array<[string, string | null]> = [
    ['json-ld', ld ? str(ld.headline) ?? str(ld.name) : null],
    ['og:title', metaContent(doc, 'meta[property="og:title"]')],
    ['twitter:title', metaContent(doc, 'meta[name="twitter:title"]')],
    ['title', squash(doc.querySelector('title')?.textContent) || null],
  ];
  const headings: string[] = [];
  const hs = doc.querySelectorAll('h1, h2, h3, [class*="title"], [class*="judul"], [itemprop="headline"]');
  for (let i = 0; i < hs.length && headings.length < 200; i++) {
    const t = visibleText(hs[i]!);
    if (t.length >= 8 && t.length <= 300) headings.push(t);
  }
  // The headline as displayed: a heading that a meta title names too.
  for (const [name, meta] of metas) {
    if (!meta) continue;
    const variants = titleVariants(meta).map((v) => v.toLowerCase());
    for (const h of headings) {
      const hl = h.toLowerCase();
      if (variants.includes(hl) || (hl.length >= 20 && variants.some((v) => v.startsWith(hl) || hl.startsWith(v) && v.length >= 20))) {
        from.title = `heading=${name}`;
        return h;
      }
    }
  }
  for (const [name, meta] of metas) {
    if (!meta) continue;
    from.title = name;
    const v = titleVariants(meta);
    return v[v.length - 1]!;
  }
  const h1 = doc.querySelector('h1');
  if (h1 && visibleText(h1)) {
    from.title = 'h1';
    return visibleText(h1);
  }
  return null;
}

/**
 * The date the page displays for its article: from elements whose class or
 * id says date/time, or short elements just under the headline; the one
 * nearest the headline wins (headers and side columns show other dates).
 */
function shownDate(doc: DomDocument, title: string | null): PageDate | null {
  const els = doc.querySelectorAll('body *');
  // Side columns may list the article's own headline too, so every match counts as an anchor.
  const heads: number[] = [];
  if (title) {
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      if ((/^H[1-6]$/.test(el.tagName) || /title|judul/.test(classAndId(el))) && squash(el.textContent) === title) heads.push(i);
    }
  }
  const distance = (i: number) => (heads.length ? Math.min(...heads.map((h) => Math.abs(i - h))) : i);
  const nearHead = (i: number) => heads.some((h) => i > h && i <= h + NEAR_HEADLINE);
  let best: { p: PageDate; dist: number } | null = null;
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (!nearHead(i) && el.tagName !== 'TIME' && !DATE_CLASS.test(classAndId(el))) continue;
    const text = squash(el.textContent);
    if (!text || text.length > 160) continue;
    const p = parseShownDate(text);
    if (!p) continue;
    // Ties go to a date stating its zone: the article's own date line usually does, lists of other articles often not.
    const dist = distance(i) + (p.h === null ? 1e6 : 0) + (p.offset === null ? ZONELESS_PENALTY : 0);
    if (!best || dist < best.dist) best = { p, dist };
  }
  return best?.p ?? null;
}

function pickPublished(doc: DomDocument, ld: Json | null, title: string | null, from: Record<string, string>): string | null {
  const machine: Array<[string, PageDate]> = [];
  const add = (name: string, v: unknown) => {
    const p = parseMachineDate(typeof v === 'string' ? v : null);
    if (p) machine.push([name, p]);
  };
  if (ld) add('json-ld', ld.datePublished);
  for (const sel of MACHINE_DATE_META) add(sel.slice(5, -1), metaContent(doc, sel));
  const timed = doc.querySelectorAll('time[datetime], [itemprop="datePublished"]');
  for (let i = 0; i < timed.length; i++) add('time', timed[i]!.getAttribute('datetime') ?? timed[i]!.getAttribute('content'));
  const shown = shownDate(doc, title);
  if (shown) {
    // The displayed date is what readers see; a machine value is used when it agrees (it may add seconds or the zone).
    for (const [name, p] of machine) {
      if (p.h === null || !sameMinute(p, shown)) continue;
      from.published = `${name}+shown`;
      const withZone = p.offset === null ? { ...p, offset: shown.offset } : shown.offset ? atOffset(p, shown.offset) : p;
      return formatPageDate(withZone);
    }
    if (shown.h !== null || machine.length === 0) {
      from.published = 'shown';
      return formatPageDate(shown);
    }
  }
  const first = machine.find(([, p]) => p.h !== null) ?? machine[0];
  if (!first) return null;
  from.published = first[0];
  return formatPageDate(first[1]);
}

function splitNames(t: string): string[] {
  const names = t.replace(/[\s/|,:;-]+$/, '').split(/\s*(?:,|\bdan\b|\band\b|&)\s*/i).map((x) => x.trim()).filter((x) => x.length >= 2);
  return names.every((n) => NAME.test(n) && n.split(/\s+/).length <= MAX_NAME_WORDS) ? names : [];
}

/** Names in a byline element's text: its label (`Oleh`, `Pewarta:`) and an outlet tail (`- detikInet`) removed. */
function cleanByline(s: string): string[] {
  let t = squash(s);
  const { start } = labelPatterns();
  const m = start.exec(t);
  if (m) {
    if (roleOf(m[1]!) === 'editor') return [];
    t = t.slice(m[0].length);
  }
  t = t.replace(BYLINE_TAIL, '').trim();
  if (!t || t.length > 80 || /\d{4}/.test(t)) return [];
  return splitNames(t);
}

/** Writers named after a writer label anywhere in a short element: `Penulis | : Ferril Dennys`, `Rep: C31/ Red: Israr Itah`. */
function labelledWriters(doc: DomDocument): string[] {
  const { pairs, start } = labelPatterns();
  const els = doc.querySelectorAll('body td, body span, body div, body p, body li, body b, body strong');
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    const text = squash(el.textContent);
    if (!text || text.length > 100) continue;
    const m = start.exec(text);
    if (!m) continue;
    if (m[0].length === text.length) {
      // The label alone in its cell: the value is in the next cell.
      if (roleOf(m[1]!) !== 'writer' || !/:?\s*$/.test(text)) continue;
      const next = (el as unknown as { nextElementSibling: DomElement | null }).nextElementSibling;
      const names = next ? splitNames(squash(next.textContent).replace(/^[:\s]+/, '')) : [];
      if (names.length) return names;
      continue;
    }
    pairs.lastIndex = 0;
    for (let p = pairs.exec(text); p; p = pairs.exec(text)) {
      if (roleOf(p[1]!) !== 'writer') continue;
      const names = splitNames(p[2]!);
      if (names.length) return names;
    }
  }
  return [];
}

const PHOTO_CLASS = /photo|foto|caption|image|img|gallery|media/;

/** Inside a figure or a photo box: an "author" there is the photographer or the photo's source. */
function inPhoto(el: DomElement): boolean {
  for (let n = el.parentNode as DomElement | null, depth = 0; n && depth < 6 && n.tagName; n = n.parentNode as DomElement | null, depth++) {
    if (n.tagName === 'FIGURE' || PHOTO_CLASS.test(classAndId(n))) return true;
  }
  return false;
}

function pickAuthors(doc: DomDocument, ld: Json | null, readabilityByline: string | null, from: Record<string, string>): string[] {
  const ldAuthors = ld ? names(ld.author).filter((n) => !/^https?:/.test(n)) : [];
  const ldCreators = ld ? names(ld.creator) : [];
  // A news outlet named as author is not a writer: the site itself, a known outlet, or a company named after the outlet ("Kompas Cyber Media").
  const siteRaw = metaContent(doc, 'meta[property="og:site_name"]') ?? metaContent(doc, 'meta[name="application-name"]') ?? '';
  const site = siteRaw.toLowerCase();
  const outlets = loadOutlets();
  const outlet = siteRaw ? outlets.lookup(siteRaw)?.toLowerCase() ?? null : null;
  const people = (xs: string[]) =>
    xs.filter((x) => {
      const l = x.toLowerCase();
      return l !== site && !/\.(com|co\.id|id)$/i.test(x) && outlets.lookup(x) === null && !(outlet && (l === outlet || l.startsWith(`${outlet} `)));
    });
  if (people(ldCreators).length) {
    from.authors = 'json-ld creator';
    return people(ldCreators);
  }
  if (people(ldAuthors).length) {
    from.authors = 'json-ld author';
    return people(ldAuthors);
  }
  const labelled = labelledWriters(doc);
  if (labelled.length) {
    from.authors = 'label';
    return labelled;
  }
  const els = doc.querySelectorAll('body [class], body [id], [itemprop="author"], [rel="author"]');
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (el.getAttribute('itemprop') !== 'author' && el.getAttribute('rel') !== 'author' && !BYLINE_CLASS.test(classAndId(el))) continue;
    if (inPhoto(el)) continue;
    const a = people(cleanByline(el.textContent ?? ''));
    if (a.length) {
      from.authors = 'byline';
      return a;
    }
  }
  for (const sel of ['meta[name="author"]', 'meta[name="dtk:author"]', 'meta[name="content_author"]', 'meta[property="article:author"]']) {
    const v = metaContent(doc, sel);
    if (v && !/^https?:/.test(v) && people([v]).length) {
      const a = people(cleanByline(v));
      if (a.length) {
        from.authors = sel.slice(5, -1);
        return a;
      }
    }
  }
  if (readabilityByline) {
    const a = people(cleanByline(readabilityByline));
    if (a.length) {
      from.authors = 'readability';
      return a;
    }
  }
  return [];
}

/**
 * Read a page's metadata from JSON-LD (`NewsArticle`, `@graph` included),
 * OpenGraph, meta tags and the displayed headline, date and byline.
 */
export function readPageMeta(doc: DomDocument, pageUrl: string | null = null, readabilityByline: string | null = null): PageMeta {
  const from: Record<string, string> = {};
  const objects = jsonLdObjects(doc);
  const ld = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const types = objects.flatMap(typesOf);
  const ogType = metaContent(doc, 'meta[property="og:type"]');
  if (ogType) types.push(`og:${ogType}`);
  const canonical =
    cleanUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, pageUrl) ??
    cleanUrl(metaContent(doc, 'meta[property="og:url"]'), pageUrl) ??
    cleanUrl(ld ? str(ld.url) ?? str(ld.mainEntityOfPage) : null, pageUrl);
  let siteName = metaContent(doc, 'meta[property="og:site_name"]') ?? (ld ? str(ld.publisher) : null) ?? metaContent(doc, 'meta[name="application-name"]');
  if (!siteName) {
    const u = canonical ?? pageUrl;
    try {
      if (u) siteName = new URL(u).hostname.replace(/^www\./, '');
    } catch {
      /* no usable URL */
    }
  }
  const section = metaContent(doc, 'meta[property="article:section"]') ?? (ld ? str(ld.articleSection) : null);
  const lang = squash(doc.documentElement.getAttribute('lang')) || (ld ? str(ld.inLanguage) : null);
  const title = pickTitle(doc, ld, from);
  return {
    title,
    published: pickPublished(doc, ld, title, from),
    modified: (() => {
      const p = parseMachineDate((ld ? str(ld.dateModified) : null) ?? metaContent(doc, 'meta[property="article:modified_time"]'));
      return p ? formatPageDate(p) : null;
    })(),
    authors: pickAuthors(doc, ld, readabilityByline, from),
    section,
    canonicalUrl: canonical,
    siteName,
    description: metaContent(doc, 'meta[property="og:description"]') ?? metaContent(doc, 'meta[name="description"]'),
    language: lang || null,
    types,
    from,
  };
}
