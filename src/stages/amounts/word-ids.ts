import { WordTable } from '../../text/word-table.js';

/**
 * Lower-case words -> small integer ids, looked up straight from a span of
 * text through the shared `WordTable` (no string built for ASCII words),
 * with a map by string for words and spans with other characters.
 */
export class WordIds {
  /** The word of each id (lower case). */
  readonly words: readonly string[];
  private readonly table: WordTable;
  private readonly byString: ReadonlyMap<string, number>;

  /** `words` must be lower case (as `toLowerCase` makes them); duplicates get one id. */
  constructor(words: Iterable<string>) {
    const byString = new Map<string, number>();
    const list: string[] = [];
    for (const w of words) if (!byString.has(w)) { byString.set(w, list.length); list.push(w); }
    this.words = list;
    this.byString = byString;
    this.table = new WordTable(list.map((w, i) => [w, i] as const));
  }

  /** Id of the word `w` (lower case), or -1. */
  id(w: string): number {
    return this.byString.get(w) ?? -1;
  }

  /** Id of text[start, end) lower-cased, or -1. */
  find(text: string, start: number, end: number): number {
    const v = this.table.get(text, start, end);
    return v === WordTable.NOT_ASCII ? (this.byString.get(text.slice(start, end).toLowerCase()) ?? -1) : v;
  }
}
