/**
 * Word clusters and capitalisation statistics learned without labels from
 * raw news text (see `cluster-words.ts`); the tagger uses them as features so
 * that a name never seen in annotated data still looks like its neighbours
 * in the corpus.
 */

/** Serialisable form (JSON inside the gzip'd clusters file). */
export interface WordClustersData {
  version: 2;
  /** Cluster counts per level, coarse to fine; each level nests in the next finer one. */
  levels: number[];
  /** Case-sensitive words that have clusters. */
  words: string[];
  /** `ids[level][wordIndex]`: the word's cluster at that level. */
  ids: number[][];
  /** Lower-cased words with capitalisation statistics. */
  capWords: string[];
  /** Bucket of how often the word is capitalised away from sentence starts (1 = almost never ... 5 = almost always). */
  capBucket: number[];
}

/** Compiled lookup tables. */
export class WordClusters {
  private readonly row = new Map<string, number>();
  private readonly ids: Uint16Array[];
  private readonly cap = new Map<string, number>();

  constructor(readonly data: WordClustersData) {
    data.words.forEach((w, i) => this.row.set(w, i));
    this.ids = data.ids.map((a) => Uint16Array.from(a));
    data.capWords.forEach((w, i) => this.cap.set(w, data.capBucket[i]!));
  }

  /** Number of levels. */
  get levelCount(): number {
    return this.ids.length;
  }

  /** Row of a word, trying the exact form then the lower-cased one; -1 when unknown. */
  rowOf(word: string, lower: string): number {
    return this.row.get(word) ?? this.row.get(lower) ?? -1;
  }

  /** Whether the exact (case-sensitive) form was frequent enough in the corpus to be clustered. */
  hasExact(word: string): boolean {
    return this.row.has(word);
  }

  /** Cluster id of a row at a level. */
  clusterAt(row: number, level: number): number {
    return this.ids[level]![row]!;
  }

  /** Capitalisation bucket of a lower-cased word; 0 when unseen. */
  capOf(lower: string): number {
    return this.cap.get(lower) ?? 0;
  }
}
