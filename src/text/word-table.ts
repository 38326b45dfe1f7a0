/**
 * A read-only table from lower-cased words to numbers (shared by the amounts
 * and quotes stages), looked up straight
 * from a span of a string: ASCII words are hashed and compared code unit by
 * code unit, case-folded on the fly, so the hot path neither cuts nor
 * lower-cases a string. Words with other characters are left to the caller
 * (`NOT_ASCII`), whose `toLowerCase` may map them differently.
 *
 * Everything a probe reads sits in two typed arrays (a slot holds the key's
 * offset, length and value; the keys' letters are packed in one byte array),
 * so a lookup touches two or three cache lines, not a chain of objects.
 */
export class WordTable {
  /** Returned for a span holding a character outside ASCII. */
  static readonly NOT_ASCII = -2;
  private readonly mask: number;
  /** Slot s: [key offset + 1 (0 = empty), key length, value]. */
  private readonly slots: Int32Array;
  private readonly chars: Uint8Array;

  /** @param entries lower-cased words and their values (values must be >= 0). */
  constructor(entries: Iterable<readonly [string, number]>) {
    // A key with other characters can only be met through the caller's own lookup.
    const list = [...entries].filter(([w]) => isAscii(w));
    let cap = 16;
    while (cap < list.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 3);
    this.chars = new Uint8Array(list.reduce((n, [w]) => n + w.length, 0));
    let at = 0;
    for (const [w, v] of list) {
      for (let i = 0; i < w.length; i++) this.chars[at + i] = w.charCodeAt(i);
      let h = hashSpan(w, 0, w.length) & this.mask;
      while (this.slots[h * 3] !== 0) h = (h + 1) & this.mask;
      this.slots[h * 3] = at + 1;
      this.slots[h * 3 + 1] = w.length;
      this.slots[h * 3 + 2] = v;
      at += w.length;
    }
  }

  /** The value of the lower-cased span [s, e) of `src`, -1 when absent, `NOT_ASCII` when it holds other characters. */
  get(src: string, s: number, e: number): number {
    const h0 = hashSpan(src, s, e);
    if (h0 < 0) return WordTable.NOT_ASCII;
    const slots = this.slots, chars = this.chars;
    const len = e - s;
    for (let h = h0 & this.mask; ; h = (h + 1) & this.mask) {
      const off = slots[h * 3]!;
      if (off === 0) return -1;
      if (slots[h * 3 + 1] !== len) continue;
      const k = off - 1;
      let i = 0;
      for (; i < len; i++) {
        let c = src.charCodeAt(s + i);
        if (c >= 65 && c <= 90) c |= 0x20;
        if (c !== chars[k + i]) break;
      }
      if (i === len) return slots[h * 3 + 2]!;
    }
  }
}

function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return false;
  return true;
}

/** FNV-1a over the ASCII-lower-cased code units of [s, e) (31 bits, never negative), or -1 when one is not ASCII. */
export function hashSpan(src: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) {
    let c = src.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c |= 0x20;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 1;
}
