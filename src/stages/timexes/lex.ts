/**
 * The timex grammar's own units, cut in one pass over the folded text.
 *
 * Why not the shared token layer: dates need finer and steadier cuts than
 * general tokens give — `10/9/2019`, `09.15`, `2014-2019` and `90-an` must be
 * split into their parts, and words glued by a scraper (`MaretTahap`) must be
 * split at the case change. Units keep the document's offsets.
 */

/** w: word (letters, inner apostrophe), n: digit run, p: one punctuation mark or a newline. */
export type UnitKind = 'w' | 'n' | 'p';

export interface Units {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: readonly UnitKind[];
  /** Lower-cased text of each unit. */
  readonly lower: readonly string[];
  /** Whether the unit starts with an upper-case letter. */
  readonly cap: Uint8Array;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

function isLetter(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}
function isUpper(c: number, ch: string): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}
function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Cut `text` (the folded document text) into units. */
export function lexUnits(text: string): Units {
  const start: number[] = [];
  const end: number[] = [];
  const kind: UnitKind[] = [];
  const lower: string[] = [];
  const cap: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const ch = text[i]!;
    if (c === 10) {
      start.push(i); end.push(i + 1); kind.push('p'); lower.push('\n'); cap.push(0);
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 0xa0) { i++; continue; }
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      start.push(i); end.push(j); kind.push('n'); lower.push(text.slice(i, j)); cap.push(0);
      i = j;
      continue;
    }
    if (isLetter(c, ch)) {
      let j = i + 1;
      while (j < n) {
        const cj = text.charCodeAt(j);
        const chj = text[j]!;
        if (isLetter(cj, chj)) {
          // A lower-case letter followed by a capital: two words glued by a scraper (MaretTahap).
          if (isUpper(cj, chj) && isLowerAscii(text.charCodeAt(j - 1)) && j - i >= 2) break;
          j++;
          continue;
        }
        // Inner apostrophe (Jum'at) stays in the word.
        if ((cj === 39 || cj === 0x2019) && j + 1 < n && isLetter(text.charCodeAt(j + 1), text[j + 1]!) && isLowerAscii(text.charCodeAt(j + 1))) {
          j++;
          continue;
        }
        break;
      }
      start.push(i); end.push(j); kind.push('w'); lower.push(text.slice(i, j).toLowerCase()); cap.push(isUpper(c, ch) ? 1 : 0);
      i = j;
      continue;
    }
    // Surrogate pairs and other symbols: one unit per code point.
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    start.push(i); end.push(i + w); kind.push('p'); lower.push(text.slice(i, i + w)); cap.push(0);
    i += w;
  }
  return {
    count: start.length,
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    kind,
    lower,
    cap: Uint8Array.from(cap),
  };
}
