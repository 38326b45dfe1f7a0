/**
 * A Bloom filter over lower-cased words, probed straight from a span of a
 * string (ASCII letters case-folded on the fly, as `WordTable` reads them).
 * It rules out most words that merely share a listed word's shape, in 512
 * bytes that stay in cache, before the word table's slots and letters are
 * touched: that lookup costs cache misses in every article, since the stages
 * that run before this one evict it.
 */
import { hashSpan } from '../../text/word-table.js';

export class WordBloom {
  /** 4096 bits, two per word. */
  private readonly bits = new Int32Array(128);

  /** @param words lower-cased words; those with a character beyond ASCII are left out (see `mayHave`). */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      const h = hashSpan(w, 0, w.length);
      if (h < 0) continue;
      this.bits[(h & 4095) >>> 5]! |= 1 << (h & 31);
      this.bits[((h >>> 12) & 4095) >>> 5]! |= 1 << ((h >>> 12) & 31);
    }
  }

  /** False when the lower-cased span [s, e) of `src` is none of the words; true when it may be one or holds a character beyond ASCII. */
  mayHave(src: string, s: number, e: number): boolean {
    const h = hashSpan(src, s, e);
    if (h < 0) return true;
    return (this.bits[(h & 4095) >>> 5]! & (1 << (h & 31))) !== 0 && (this.bits[((h >>> 12) & 4095) >>> 5]! & (1 << ((h >>> 12) & 31))) !== 0;
  }
}
