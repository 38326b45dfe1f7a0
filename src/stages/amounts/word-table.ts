/**
 * Lower-case words → small integer ids, looked up straight from a span of
 * text: ASCII letters are case-folded while hashing, so no string is built
 * for the lookup. The tables are small and dense on purpose: in the full
 * pipeline the stages before this one evict the caches, and a lookup costs
 * what the cache lines it touches cost (a `Map` of strings scattered over
 * the heap costs several lines per lookup).
 */
export class WordTable {
  /** The word of each id (lower case). */
  readonly words: readonly string[];
  /** Word id per slot of an open-addressing table, -1 for an empty slot. */
  private readonly slotId: Int16Array;
  /** Hash of the word in each slot. */
  private readonly slotHash: Int32Array;
  private readonly mask: number;
  /** The ASCII words' codes end to end; id i's word starts at `charAt[i]` and ends at `charAt[i + 1]`. */
  private readonly chars: Uint8Array;
  private readonly charAt: Int32Array;
  /** Every word by its string, for spans with a non-ASCII character. */
  private readonly byString: ReadonlyMap<string, number>;

  /** `words` must be lower case (as `toLowerCase` makes them); duplicates get one id. */
  constructor(words: Iterable<string>) {
    const byString = new Map<string, number>();
    const list: string[] = [];
    for (const w of words) if (!byString.has(w)) { byString.set(w, list.length); list.push(w); }
    if (list.length > 0x7fff) throw new Error('amount word table too large for 16-bit ids');
    this.words = list;
    this.byString = byString;
    let size = 64;
    while (size < list.length * 2) size *= 2;
    this.mask = size - 1;
    this.slotId = new Int16Array(size).fill(-1);
    this.slotHash = new Int32Array(size);
    this.charAt = new Int32Array(list.length + 1);
    let total = 0;
    for (let id = 0; id < list.length; id++) { this.charAt[id] = total; if (isAscii(list[id]!)) total += list[id]!.length; }
    this.charAt[list.length] = total;
    this.chars = new Uint8Array(total);
    for (let id = 0; id < list.length; id++) {
      const w = list[id]!;
      // Only all-ASCII words are hashed: a span with another character goes through `byString`.
      if (!isAscii(w)) continue;
      let h = 0;
      for (let k = 0; k < w.length; k++) { this.chars[this.charAt[id]! + k] = w.charCodeAt(k); h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0; }
      let slot = h & this.mask;
      while (this.slotId[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slotId[slot] = id;
      this.slotHash[slot] = h;
    }
  }

  /** Id of the word `w` (lower case), or -1. */
  id(w: string): number {
    return this.byString.get(w) ?? -1;
  }

  /** Id of text[start, end) lower-cased, or -1. */
  find(text: string, start: number, end: number): number {
    let h = 0;
    for (let k = start; k < end; k++) {
      let c = text.charCodeAt(k);
      if (c >= 0x80) return this.byString.get(text.slice(start, end).toLowerCase()) ?? -1;
      if (c >= 65 && c <= 90) c |= 32;
      h = (Math.imul(h, 31) + c) | 0;
    }
    const len = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slotId[slot]!;
      if (id < 0) return -1;
      if (this.slotHash[slot] !== h) continue;
      const at = this.charAt[id]!;
      if (this.charAt[id + 1]! - at !== len) continue;
      let k = 0;
      while (k < len) {
        let c = text.charCodeAt(start + k);
        if (c >= 65 && c <= 90) c |= 32;
        if (c !== this.chars[at + k]) break;
        k++;
      }
      if (k === len) return id;
    }
  }
}

function isAscii(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) >= 0x80) return false;
  return true;
}
