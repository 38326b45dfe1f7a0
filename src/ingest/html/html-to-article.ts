import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../../text/document.js';
import { splitBlocks, type Block } from './blocks.js';
import type { DomDocument, DomElement } from './dom.js';
import { readPageMeta, type PageMeta } from './metadata.js';
import { parseShownDate } from './page-date.js';
import { classifyParagraph } from '../../stages/structure/paragraphs.js';

/** Options of {@link htmlToArticle}. */
export interface HtmlOptions {
  /** The page's URL, to resolve relative links and as the article URL when the page names no canonical one. */
  readonly url?: string | null;
  /** What is known from elsewhere (the feed entry that linked the page), used where the page says nothing. */
  readonly fallback?: { readonly title?: string | null; readonly published?: string | null; readonly outlet?: string | null };
  /** Fewer characters of body text than this and the page is "not an article" (default 250). */
  readonly minBodyChars?: number;
}

/** An article read from a page: the pipeline input plus what the markup told. */
export interface HtmlArticle {
  readonly input: ArticleInput;
  readonly meta: PageMeta;
  /** The text's lines (`input.text` is their texts joined by `\n`) with the kind the markup suggests. */
  readonly blocks: Block[];
}

export type HtmlResult =
  | { ok: true; article: HtmlArticle }
  | { ok: false; problem: { reason: 'not-an-article'; message: string }; meta: PageMeta | null };

export { MAX_HTML_BYTES } from './html-limits.js';

/** A paragraph of prose, not a teaser or a menu line. */
const LONG_PARAGRAPH_CHARS = 150;
/** An undated page needs this many prose paragraphs to pass for an article (front pages have teasers). */
const MIN_LONG_PARAGRAPHS_UNDATED = 3;

/** Index and home pages are lists of headlines: most of their text is link text. */
const MAX_LINK_DENSITY = 0.5;
/** Below this a page holds a teaser at most (home pages, galleries with no text). */
const DEFAULT_MIN_BODY_CHARS = 250;

/**
 * Turn an HTML page into an article: main text through Readability (one
 * paragraph per line, captions, related links and credits kept so the
 * structure stage can label them), metadata from JSON-LD, OpenGraph, meta
 * tags and the displayed headline/date/byline. Pages that are not articles
 * (home, index and section fronts) are a result with a reason, not an error.
 *
 * @example
 * const r = htmlToArticle(html, { url: 'https://www.antaranews.com/berita/1' });
 * if (r.ok) analyze(r.article.input);
 */
export function htmlToArticle(html: string, opts: HtmlOptions = {}): HtmlResult {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const url = opts.url ?? null;
  // Readability edits the DOM it reads, so the metadata and the photo captions are read first.
  let meta = readPageMeta(document, url);
  const captions = captionTexts(document);
  keepRelatedLines(document);
  let parsed = new Readability(document as never, { keepClasses: true, charThreshold: 300 }).parse();
  let strategy = 'readability';
  if (!parsed?.content) {
    // Readability gives up on some templates; the element holding the most paragraph text is the classic fallback.
    const fallback = paragraphContainer(parseHTML(html).document as unknown as DomDocument);
    if (!fallback) return { ok: false, problem: { reason: 'not-an-article', message: 'no main text found (neither Readability nor a paragraph container)' }, meta };
    parsed = { content: fallback, title: null, byline: null, siteName: null } as never;
    strategy = 'paragraph-container';
  }
  if (!parsed) throw new Error('unreachable');
  if (meta.authors.length === 0 && parsed.byline) meta = readPageMeta(parseHTML(html).document as unknown as DomDocument, url, parsed.byline);
  meta = { ...meta, from: { ...meta.from, body: strategy } };
  const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`) as unknown as { document: DomDocument };
  const blocks = withCaptions(dropPageChrome(keepLabelledLinks(splitBlocks(content.body ?? content.documentElement)), meta.title), captions);
  const bodyChars = blocks.reduce((n, b) => n + (b.kind === 'body' ? b.text.length : 0), 0);
  const minBody = opts.minBodyChars ?? DEFAULT_MIN_BODY_CHARS;
  const density = linkDensity(content);
  if (bodyChars < minBody) {
    return { ok: false, problem: { reason: 'not-an-article', message: `only ${bodyChars} characters of body text (under ${minBody})` }, meta };
  }
  if (density > MAX_LINK_DENSITY) {
    return { ok: false, problem: { reason: 'not-an-article', message: `${Math.round(density * 100)}% of the main text is link text: a list of headlines, not an article` }, meta };
  }
  const longParas = blocks.filter((b) => b.kind === 'body' && b.text.length >= LONG_PARAGRAPH_CHARS).length;
  const fb = opts.fallback ?? {};
  if (!meta.published && !fb.published && longParas < MIN_LONG_PARAGRAPHS_UNDATED) {
    return { ok: false, problem: { reason: 'not-an-article', message: `no publication date and only ${longParas} paragraphs of prose: a front or index page` }, meta };
  }
  const input: ArticleInput = {
    text: blocks.map((b) => b.text).join('\n'),
    title: meta.title ?? parsed.title ?? fb.title ?? null,
    url: meta.canonicalUrl ?? url,
    outlet: meta.siteName ?? parsed.siteName ?? fb.outlet ?? null,
    published: meta.published ?? fb.published ?? null,
  };
  return { ok: true, article: { input, meta, blocks } };
}

const RELATED_SELECTOR = '[class*="baca"], [class*="linksisip"], [class*="related"], [class*="terkait"], [class*="lihatjg"]';
/** A related line ("Baca juga: …") is one headline long. */
const MAX_RELATED_CHARS = 300;

/**
 * Readability removes link-dense boxes such as detik's `table.linksisip`
 * ("Baca juga: …") from the text. A box that the structure stage will read
 * as a related line is turned into a plain paragraph first, so it stays in
 * the text and is labelled `related` instead of vanishing.
 */
function keepRelatedLines(doc: DomDocument): void {
  const els = doc.querySelectorAll(RELATED_SELECTOR);
  const d = doc as unknown as { createElement(tag: string): DomElement & { textContent: string; setAttribute(n: string, v: string): void } };
  for (let i = 0; i < els.length; i++) {
    const el = els[i]! as DomElement & { isConnected?: boolean; parentNode: (DomElement & { replaceChild(a: unknown, b: unknown): void }) | null };
    if (el.isConnected === false || !el.parentNode) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > MAX_RELATED_CHARS || classifyParagraph(text, false).kind !== 'related') continue;
    const p = d.createElement('p');
    p.textContent = text;
    // Not `related`: Readability deletes elements of that class.
    p.setAttribute('class', 'warta-baca-juga');
    el.parentNode.replaceChild(p, el);
  }
}

/** Caption texts outside this range are empty shells or a gallery's worth of text. */
const MIN_CAPTION_CHARS = 15;
const MAX_CAPTION_CHARS = 400;
/** Photo captions taken from outside the main text at most (the lead photo and a few more; not a gallery sidebar). */
const MAX_EXTRA_CAPTIONS = 3;
const CAPTION_SELECTOR = 'figcaption, [class*="caption"], [class*="keterangan"], [class*="photodesc"], [class*="foto-desc"], [class*="wp-cap"], [class*="pic_artikel"]';

/** Texts of the page's photo captions (figcaption, caption-classed boxes) in document order. */
function captionTexts(doc: DomDocument): string[] {
  const out: string[] = [];
  const els = doc.querySelectorAll(CAPTION_SELECTOR);
  for (let i = 0; i < els.length && out.length < 20; i++) {
    const t = (els[i]!.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length >= MIN_CAPTION_CHARS && t.length <= MAX_CAPTION_CHARS && !out.some((o) => o.includes(t) || t.includes(o))) out.push(t);
  }
  return out;
}

/**
 * Readability often drops the lead photo's caption (it sits above the text
 * container). A caption missing from the text is added after it when the
 * structure stage will also read it as a caption (it ends in a photo
 * credit), so it is kept, labelled, and out of the body.
 */
function withCaptions(blocks: Block[], captions: string[]): Block[] {
  if (!blocks.length || !captions.length) return blocks;
  const text = blocks.map((b) => b.text).join('\n');
  const missing = captions.filter((c) => !text.includes(c) && classifyParagraph(c, false).kind === 'caption').slice(0, MAX_EXTRA_CAPTIONS);
  return missing.length ? [...blocks, ...missing.map((c): Block => ({ text: c, kind: 'caption' }))] : blocks;
}

/** A line this short that holds a date with its time is the page's date line, not prose. */
const MAX_DATE_LINE_CHARS = 60;

/**
 * Drop what repeats the metadata: the headline (it is `input.title`) and the
 * date line (`Kamis, 5 November 2015 14:56 WIB | 1.229 Views`; it is
 * `input.published`).
 */
function dropPageChrome(blocks: Block[], title: string | null): Block[] {
  const t = title?.toLowerCase() ?? null;
  return blocks.filter((b) => {
    if (t && b.text.toLowerCase() === t) return false;
    if (b.text.length <= MAX_DATE_LINE_CHARS) {
      const d = parseShownDate(b.text);
      if (d && d.h !== null) return false;
    }
    return true;
  });
}

/** A related-list label (`Baca Juga`, `Jangan Lewatkan!!!`, `Berita Terkait`) is a short line. */
const MAX_LABEL_CHARS = 40;

/**
 * Drop lines that are only link text (menus, tag clouds, "popular" lists),
 * except a run right under a short label: that is a related-articles list,
 * which the structure stage labels from its label.
 */
function keepLabelledLinks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let keepRun = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'links') {
      out.push(b);
      keepRun = false;
      continue;
    }
    const prev = blocks[i - 1];
    if (prev && prev.kind !== 'links') keepRun = prev.text.length <= MAX_LABEL_CHARS && !/[.!?]["”']?$/.test(prev.text.replace(/!+$/, ''));
    if (keepRun) out.push(b);
  }
  return out;
}

/** The outer HTML of the element whose child paragraphs hold the most text, or null. */
function paragraphContainer(doc: DomDocument): string | null {
  const scores = new Map<DomElement, number>();
  const ps = doc.querySelectorAll('body p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const parent = p.parentNode as DomElement | null;
    if (!parent?.tagName) continue;
    const n = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (n >= 40) scores.set(parent, (scores.get(parent) ?? 0) + n);
  }
  let best: DomElement | null = null;
  let top = 0;
  for (const [el, n] of scores) if (n > top) [best, top] = [el, n];
  return best ? (best as unknown as { outerHTML: string }).outerHTML : null;
}

function linkDensity(doc: DomDocument): number {
  const all = (doc.body?.textContent ?? '').replace(/\s+/g, '').length;
  if (!all) return 1;
  const links = doc.querySelectorAll('a');
  let inLinks = 0;
  for (let i = 0; i < links.length; i++) inLinks += (links[i]!.textContent ?? '').replace(/\s+/g, '').length;
  return inLinks / all;
}
