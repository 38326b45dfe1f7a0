import { classAndId, ELEMENT_NODE, squash, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** What the markup says a block is; the structure stage decides from the text for blocks marked `body`. */
export type BlockKind = 'body' | 'caption' | 'related' | 'credit' | 'heading' | 'links';

/** One paragraph-like block of extracted text. */
export interface Block {
  readonly text: string;
  /** `links`: the whole block is link text (navigation, tag clouds, lists of headlines). */
  readonly kind: BlockKind;
}

/** A block is link text when at least this share of its letters sit inside `<a>`. */
const LINK_ONLY_SHARE = 0.9;
const NON_SPACE = /\S/g;

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'MAIN', 'NAV', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'ADDRESS', 'CENTER', 'FORM',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);
const HEADING = /^H[1-6]$/;
// Class/id names that templates use for captions, related-link boxes and credits (markup conventions of the outlets' CMSs).
const CAPTION_CLASS = /caption|keterangan|photodesc|foto-desc|wp-cap|cap-foto|pic_artikel|image-desc|deskripsi|media-caption/;
const RELATED_CLASS = /baca-?juga|linksisip|related|terkait|\bbaca\b|jangan-?lewatkan|readmore|read-also/;
const CREDIT_CLASS = /\bcredit|copyright|photo__author|byline|author|editor|redaktur/;
// A short block ending in a dash is a dateline ("Jakarta -", "REPUBLIKA.CO.ID, MEDAN --") that belongs to the next paragraph.
const DATELINE_ALONE = /^.{1,80}\s[-–—]{1,2}$/;

function kindOf(el: DomElement, inherited: BlockKind): BlockKind {
  if (inherited !== 'body') return inherited;
  if (el.tagName === 'FIGCAPTION') return 'caption';
  const ci = classAndId(el);
  if (ci.trim() === '') return HEADING.test(el.tagName) ? 'heading' : inherited;
  if (RELATED_CLASS.test(ci)) return 'related';
  if (CAPTION_CLASS.test(ci)) return 'caption';
  if (CREDIT_CLASS.test(ci)) return 'credit';
  return HEADING.test(el.tagName) ? 'heading' : inherited;
}

/**
 * Split an extracted article's DOM into blocks: one per block element, and
 * one per line where `<br>` breaks lines (2015 templates put a whole article
 * in one `<p>` split by `<br><br>`). Each block carries the kind its
 * ancestors' markup suggests.
 */
export function splitBlocks(root: DomNode): Block[] {
  const out: Block[] = [];
  let buf = '';
  let linkChars = 0;
  let bufKind: BlockKind = 'body';
  const flush = () => {
    const t = squash(buf);
    if (t) {
      const letters = t.match(NON_SPACE)?.length ?? 0;
      const kind = bufKind === 'body' && letters > 0 && linkChars >= LINK_ONLY_SHARE * letters ? 'links' : bufKind;
      out.push({ text: t, kind });
    }
    buf = '';
    linkChars = 0;
  };
  const walk = (node: DomNode, kind: BlockKind, inLink = false) => {
    if (node.nodeType === TEXT_NODE) {
      if (!buf) bufKind = kind;
      const t = node.textContent ?? '';
      buf += t;
      if (inLink) linkChars += t.match(NON_SPACE)?.length ?? 0;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as DomElement;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') return flush();
    // Cells of one row stay on one line (`Penulis | : Ferril Dennys` → `Penulis : Ferril Dennys`).
    if ((tag === 'TD' || tag === 'TH') && buf) buf += ' ';
    const block = BLOCK_TAGS.has(tag);
    const k = block || tag === 'SPAN' || tag === 'EM' ? kindOf(el, kind) : kind;
    if (block) flush();
    if (!buf) bufKind = k;
    const kids = el.childNodes;
    const link = inLink || tag === 'A';
    for (let i = 0; i < kids.length; i++) walk(kids[i]!, k, link);
    if (block) flush();
  };
  walk(root, 'body');
  flush();
  return joinDatelines(out);
}

function joinDatelines(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (next && b.kind === 'body' && next.kind === 'body' && DATELINE_ALONE.test(b.text)) {
      out.push({ text: `${b.text} ${next.text}`, kind: 'body' });
      i++;
    } else out.push(b);
  }
  return out;
}
