import type { AmountLexicon, ContextCategory } from '../../lang/id/amount-lexicon.js';

/** One bit per context category, so a word's categories are one integer. */
export const ContextBit: Readonly<Record<ContextCategory, number>> = {
  function: 1, time: 2, month: 4, blocker: 8, classifier: 16, idiom: 32, zone: 64, law: 128, noun: 256,
};

/** A node of a word trie: the phrase so far, and its value when it is a whole entry. */
export interface PhraseNode {
  /** The entry's value when the words so far make a whole entry (`dolar AS` → `USD`), else undefined. */
  readonly value: string | undefined;
  /** Next lower-cased word → node. */
  readonly next: ReadonlyMap<string, PhraseNode>;
}

/**
 * Lookup structures derived from the amount lexicon for the grammar's hot
 * paths: a word's context categories as one bit set, and multi-word units
 * as tries walked piece by piece, so no phrase string is ever built.
 */
export interface AmountWordIndex {
  /** Lower-cased word → `ContextBit`s. */
  readonly contextBits: ReadonlyMap<string, number>;
  /** Currency names written after a figure (`rupiah`, `dolar AS`) → ISO 4217. */
  readonly currencySuffixes: PhraseNode;
  /** Measure units (`kilometer persegi`); the value is the entry. */
  readonly measureUnits: PhraseNode;
}

interface MutableNode { value: string | undefined; next: Map<string, MutableNode> }

function trie(entries: Iterable<[phrase: string, value: string]>): PhraseNode {
  const root: MutableNode = { value: undefined, next: new Map() };
  for (const [phrase, value] of entries) {
    let node = root;
    // Entries are lower-cased and joined by single spaces by the lexicon loader.
    for (const w of phrase.split(' ')) {
      let nx = node.next.get(w);
      if (!nx) node.next.set(w, (nx = { value: undefined, next: new Map() }));
      node = nx;
    }
    node.value = value;
  }
  return root;
}

const built = new WeakMap<AmountLexicon, AmountWordIndex>();

/** The word index of `lex`, built once per lexicon. */
export function amountWordIndex(lex: AmountLexicon): AmountWordIndex {
  let index = built.get(lex);
  if (index) return index;
  const contextBits = new Map<string, number>();
  for (const [w, cats] of lex.context) {
    let bits = 0;
    for (const c of cats) bits |= ContextBit[c];
    contextBits.set(w, bits);
  }
  index = {
    contextBits,
    currencySuffixes: trie(lex.currencySuffixes),
    measureUnits: trie([...lex.measureUnits].map((u): [string, string] => [u, u])),
  };
  built.set(lex, index);
  return index;
}
