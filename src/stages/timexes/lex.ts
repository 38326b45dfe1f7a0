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

/**
 * The units of one text. Lower-case forms are cut lazily: most words are
 * never looked at by name, and slicing every one of them was the biggest
 * cost of the scan.
 */
export class Units {
  private readonly cache: Array<string | undefined>;
  constructor(
    private readonly source: string,
    /** The source lower-cased, when casing kept its length (so offsets still hold); else null. */
    private readonly lowered: string | null,
    readonly count: number,
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly kind: readonly UnitKind[],
    /** Whether the unit starts with an upper-case letter. */
    readonly cap: Uint8Array,
  ) {
    this.cache = new Array<string | undefined>(count);
  }

  /** Lower-cased text of unit i; '' outside the text. */
  lowerAt(i: number): string {
    if (i < 0 || i >= this.count) return '';
    let s = this.cache[i];
    if (s === undefined) {
      s = this.lowered ? this.lowered.slice(this.start[i], this.end[i]) : this.source.slice(this.start[i], this.end[i]).toLowerCase();
      this.cache[i] = s;
    }
    return s;
  }

  /** Lower-cased first character code of unit i (no allocation). */
  firstCode(i: number): number {
    return this.lowered ? this.lowered.charCodeAt(this.start[i]!) : this.source.slice(this.start[i], this.start[i]! + 1).toLowerCase().charCodeAt(0);
  }
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

// ASCII classes: 1 lower-case letter, 2 upper-case letter, 3 digit, 4 blank, 5 newline, 0 other.
const ASCII = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII[c] = 1;
for (let c = 65; c <= 90; c++) ASCII[c] = 2;
for (let c = 48; c <= 57; c++) ASCII[c] = 3;
ASCII[32] = 4; ASCII[9] = 4; ASCII[13] = 4;
ASCII[10] = 5;

/** 1 lower-case letter, 2 upper-case letter, 3 digit, 4 blank, 5 newline, 0 other. */
function cls(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c]!;
  return clsWide(text, i, c);
}

function clsWide(text: string, i: number, c: number): number {
  if (c === 0xa0) return 4;
  const ch = text[i]!;
  if (!LETTER.test(ch)) return 0;
  return UPPER.test(ch) ? 2 : 1;
}

let scratchStart = new Int32Array(4096);
let scratchEnd = new Int32Array(4096);
let scratchCap = new Uint8Array(4096);

/** Cut `text` (the folded document text) into units. */
export function lexUnits(text: string): Units {
  const n = text.length;
  const lowered = text.toLowerCase();
  // Every unit covers at least one character, so n bounds the count; the scratch buffers are reused across texts.
  if (scratchStart.length < n) {
    scratchStart = new Int32Array(n * 2);
    scratchEnd = new Int32Array(n * 2);
    scratchCap = new Uint8Array(n * 2);
  }
  const start = scratchStart;
  const end = scratchEnd;
  const cap = scratchCap;
  const kind: UnitKind[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const k = c0 < 128 ? ASCII[c0]! : clsWide(text, i, c0);
    if (k === 4) { i++; continue; }
    let j = i + 1;
    let kd: UnitKind = 'p';
    if (k === 3) {
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      kd = 'n';
    } else if (k === 1 || k === 2) {
      let prev = k;
      while (j < n) {
        const cj0 = text.charCodeAt(j);
        const kj = cj0 < 128 ? ASCII[cj0]! : clsWide(text, j, cj0);
        if (kj === 1 || kj === 2) {
          // A lower-case letter followed by a capital: two words glued by a scraper (MaretTahap).
          if (kj === 2 && prev === 1 && j - i >= 2) break;
          prev = kj;
          j++;
          continue;
        }
        // Inner apostrophe (Jum'at) stays in the word.
        const cj = text.charCodeAt(j);
        if ((cj === 39 || cj === 0x2019) && j + 1 < n && cls(text, j + 1) === 1) {
          j++;
          continue;
        }
        break;
      }
      kd = 'w';
    } else if (k !== 5) {
      // Surrogate pairs: one unit per code point.
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) j = i + 2;
    }
    start[count] = i;
    end[count] = j;
    cap[count] = k === 2 ? 1 : 0;
    kind.push(kd);
    count++;
    i = j;
  }
  return new Units(text, lowered.length === n ? lowered : null, count,
    start.slice(0, count), end.slice(0, count), kind, cap.slice(0, count));
}
