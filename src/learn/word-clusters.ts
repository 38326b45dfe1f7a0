/**
 * Word clusters and capitalisation statistics learned without labels from
 * raw news text (see `cluster-words.ts`); the tagger uses them as features so
 * that a name never seen in annotated data still looks like its neighbours
 * in the corpus.
 */

/** Serialisable form (JSON inside the gzip'd clusters file). */
export interface WordClustersData {
  version: 1;
  /** Case-sensitive words that have clusters. */
  words: string[];
  /** Coarse cluster id per word. */
  coarse: number[];
  /** Fine cluster id per word. */
  fine: number[];
  /** Lower-cased words with capitalisation statistics. */
  capWords: string[];
  /** Bucket of how often the word is capitalised away from sentence starts (1 = almost never ... 5 = almost always). */
  capBucket: number[];
}

/** Compiled lookup tables. */
export class WordClusters {
  /** word -> coarse + 1 | (fine + 1) << 12; 0 = unknown. */
  private readonly packed = new Map<string, number>();
  private readonly cap = new Map<string, number>();

  constructor(readonly data: WordClustersData) {
    data.words.forEach((w, i) => this.packed.set(w, (data.coarse[i]! + 1) | ((data.fine[i]! + 1) << 12)));
    data.capWords.forEach((w, i) => this.cap.set(w, data.capBucket[i]!));
  }

  /** Packed cluster ids of a word, trying the exact form then the lower-cased one; 0 when unknown. */
  clusterOf(word: string, lower: string): number {
    return this.packed.get(word) ?? this.packed.get(lower) ?? 0;
  }

  /** Capitalisation bucket of a lower-cased word; 0 when unseen. */
  capOf(lower: string): number {
    return this.cap.get(lower) ?? 0;
  }
}
