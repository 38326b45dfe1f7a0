/**
 * Span <-> tag-sequence encodings for the sequence tagger. Spans are token
 * ranges `[start, end)` with a type index; the tagger works on BILOU (or BIO)
 * tag ids internally and speaks BIO strings at its boundary.
 */

/** A typed token span `[start, end)`. */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

/** How spans become per-token tags. BILOU separates single-token and last tokens, which helps a linear model. */
export type SchemeName = 'bio' | 'bilou';

/** The tag inventory of one scheme over one set of entity types. */
export interface TagScheme {
  readonly name: SchemeName;
  readonly types: readonly string[];
  /** Tag names, index = tag id; id 0 is always `O`. */
  readonly tags: readonly string[];
  /** `allowed[prev * T + next]`: may tag `next` follow tag `prev`? */
  readonly allowed: Uint8Array;
  /** `startAllowed[t]`: may a sentence start with tag `t`? */
  readonly startAllowed: Uint8Array;
  /** `endAllowed[t]`: may a sentence end with tag `t`? */
  readonly endAllowed: Uint8Array;
}

const PARTS: Record<SchemeName, readonly string[]> = { bio: ['B', 'I'], bilou: ['B', 'I', 'L', 'U'] };

/** Build the tag inventory and its hard transition constraints. */
export function makeScheme(name: SchemeName, types: readonly string[]): TagScheme {
  const parts = PARTS[name];
  const tags = ['O'];
  for (const t of types) for (const p of parts) tags.push(`${p}-${t}`);
  const T = tags.length;
  const allowed = new Uint8Array(T * T);
  const startAllowed = new Uint8Array(T);
  const endAllowed = new Uint8Array(T);
  const part = (id: number): string => (id === 0 ? 'O' : parts[(id - 1) % parts.length]!);
  const type = (id: number): number => (id === 0 ? -1 : Math.floor((id - 1) / parts.length));
  // "open" tags expect a continuation of the same type next.
  const open = (id: number): boolean => name === 'bilou' && (part(id) === 'B' || part(id) === 'I');
  const continues = (id: number): boolean => part(id) === 'I' || part(id) === 'L';
  for (let a = 0; a < T; a++) {
    startAllowed[a] = continues(a) ? 0 : 1;
    endAllowed[a] = open(a) ? 0 : 1;
    for (let b = 0; b < T; b++) {
      let ok: boolean;
      if (open(a)) ok = continues(b) && type(b) === type(a);
      else if (continues(b)) ok = a !== 0 && type(a) === type(b) && (name === 'bio' || open(a));
      else ok = true;
      allowed[a * T + b] = ok ? 1 : 0;
    }
  }
  return { name, types, tags, allowed, startAllowed, endAllowed };
}

/** Tag ids for spans over `n` tokens (spans must not overlap). */
export function spansToTagIds(scheme: TagScheme, spans: readonly TokenSpan[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  const width = scheme.name === 'bio' ? 2 : 4;
  for (const s of spans) {
    const k = scheme.types.indexOf(s.type);
    if (k < 0 || s.end <= s.start) continue;
    const base = 1 + k * width;
    if (scheme.name === 'bio') {
      out[s.start] = base;
      for (let i = s.start + 1; i < s.end; i++) out[i] = base + 1;
    } else if (s.end - s.start === 1) {
      out[s.start] = base + 3;
    } else {
      out[s.start] = base;
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = base + 1;
      out[s.end - 1] = base + 2;
    }
  }
  return out;
}

/** Spans from tag ids, with the same leniency as `tagsToSpans` (a stray I/L opens a span). */
export function tagIdsToSpans(scheme: TagScheme, ids: ArrayLike<number>): TokenSpan[] {
  const width = scheme.name === 'bio' ? 2 : 4;
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  let openType = -1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id === 0) {
      open = null;
      continue;
    }
    const type = Math.floor((id - 1) / width);
    const part = (id - 1) % width; // 0 B, 1 I, 2 L, 3 U
    if (part === 0 || part === 3 || open === null || openType !== type) {
      open = { start: i, end: i + 1, type: scheme.types[type]! };
      openType = type;
      spans.push(open);
    } else {
      open.end = i + 1;
    }
    if (part >= 2) open = null;
  }
  return spans;
}

/**
 * Spans from BIO/BILOU tag strings, CoNLL-eval style: a span starts at B/U,
 * or at I/L whose type differs from the open span; it ends at O, at L/U, or
 * where the next tag starts a new span.
 */
export function tagsToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const dash = tag.indexOf('-');
    const p = dash < 0 ? 'O' : tag.slice(0, dash);
    const type = dash < 0 ? '' : tag.slice(dash + 1);
    if (p === 'O' || dash < 0) {
      open = null;
      continue;
    }
    const startsNew = p === 'B' || p === 'U' || open === null || open.type !== type;
    if (startsNew) {
      open = { start: i, end: i + 1, type };
      spans.push(open);
    } else {
      open!.end = i + 1;
    }
    if (p === 'L' || p === 'U') open = null;
  }
  return spans;
}

/** BIO tag strings for spans over `n` tokens. */
export function spansToBio(spans: readonly TokenSpan[], n: number): string[] {
  const out: string[] = new Array<string>(n).fill('O');
  for (const s of spans) {
    out[s.start] = `B-${s.type}`;
    for (let i = s.start + 1; i < s.end; i++) out[i] = `I-${s.type}`;
  }
  return out;
}
