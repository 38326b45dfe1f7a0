import type { KbLink } from '../../kb/kb-link.js';
import { kbKey, type KnowledgeBase } from '../../kb/knowledge-base.js';

/** The knowledge-base lookup the persons stage needs. */
export type KbLookup = Pick<KnowledgeBase, 'lookup'>;

/**
 * Knowledge-base lookups and folded keys (`kbKey`) of one article, memoised
 * by the name as written: the stage asks for the same words and names many
 * times over (every rule reads the words around each name, every mention of
 * a name is looked up and compared again), and each lookup folds its key
 * afresh (NFC, lower case, punctuation). One per article, so it holds only
 * that article's words.
 */
export class ArticleKb implements KbLookup {
  private readonly plain = new Map<string, KbLink | null>();
  private readonly org = new Map<string, KbLink | null>();
  private readonly loc = new Map<string, KbLink | null>();
  private readonly keys = new Map<string, string>();
  private readonly wordLists = new Map<string, readonly string[]>();

  constructor(private readonly base: KnowledgeBase) {}

  lookup(name: string, prefer?: 'ORG' | 'LOC'): KbLink | null {
    const memo = prefer === 'ORG' ? this.org : prefer === 'LOC' ? this.loc : this.plain;
    let link = memo.get(name);
    if (link === undefined) {
      link = this.base.lookup(name, prefer);
      memo.set(name, link);
    }
    return link;
  }

  /** `kbKey(name)`: lower case, dots, hyphens and runs of spaces made one space. */
  key(name: string): string {
    let k = this.keys.get(name);
    if (k === undefined) {
      k = kbKey(name);
      this.keys.set(name, k);
    }
    return k;
  }

  /** The words of `key(name)`; shared between callers, so never to be changed. */
  words(name: string): readonly string[] {
    let w = this.wordLists.get(name);
    if (w === undefined) {
      w = this.key(name).split(' ').filter(Boolean);
      this.wordLists.set(name, w);
    }
    return w;
  }
}
