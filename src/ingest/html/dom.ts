/**
 * The few DOM members warta reads, typed here because the project compiles
 * without the DOM library (linkedom implements them).
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomElement {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly title: string;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

const WS = /\s+/g;

/** Collapse whitespace (NBSP included, as `\s` covers it) and trim. */
export function squash(s: string | null | undefined): string {
  return s ? s.replace(WS, ' ').trim() : '';
}

/** Class and id of an element, lower-cased, for pattern tests. */
export function classAndId(el: DomElement): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}
