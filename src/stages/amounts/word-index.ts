import { CATEGORY_NAMES, type AmountLexicon, type ContextCategory, type NumberWord } from '../../lang/id/amount-lexicon.js';
import { WordIds } from './word-ids.js';
import { CharClass, charClass } from './char-class.js';
import { PieceKind } from './word-scan.js';

/** One bit per context category, in the order of `CATEGORY_NAMES`, so a word's categories are one integer. */
export const ContextBit = Object.fromEntries(CATEGORY_NAMES.map((c, n) => [c, 1 << n])) as Readonly<Record<ContextCategory, number>>;

/** A node of a word trie: the phrase so far, and its value when it is a whole entry. */
export interface PhraseNode {
  /** The entry's value when the words so far make a whole entry (`dolar AS` → `USD`), else undefined. */
  readonly value: string | undefined;
  /** Next lower-cased word → node. */
  readonly next: ReadonlyMap<string, PhraseNode>;
}

/**
 * What the grammar asks about a word, by word id (`table`), derived from
 * the amount lexicon: one lookup per piece answers every question, and
 * multi-word units are tries walked piece by piece, so no phrase string is
 * built.
 */
export interface AmountWordIndex {
  /** Every lower-cased word the lexicon or the grammar names, and the trigger words. */
  readonly table: WordIds;
  /** 1 for the ids of `triggerWords` (lower case). */
  readonly trigger: Uint8Array;
  /** Bit `PieceKind` set when a piece of that kind may be a word of `table` (words always; digits or a sign only if some entry looks so). */
  readonly idKinds: number;
  /** `ContextBit`s by id. */
  readonly context: Int32Array;
  /** Number word by id. */
  readonly numberWord: ReadonlyArray<NumberWord | undefined>;
  /** 1 when the word is a multiplier key in some case (`juta`, `m` for `M`): only those need the exact test. */
  readonly multiplierLike: Uint8Array;
  /** 1 when the word (lower case) is itself a multiplier key. */
  readonly multiplierKey: Uint8Array;
  /** Currency names after a figure (`rupiah`, `dolar AS`) → ISO 4217: the trie node after the first word, by id. */
  readonly currencySuffix: ReadonlyArray<PhraseNode | undefined>;
  /** Measure units (`kilometer persegi`; the value is the entry): the trie node after the first word, by id. */
  readonly measureUnit: ReadonlyArray<PhraseNode | undefined>;
  /** Number-word idioms that are no quantity (`setengah jalan`): the trie node after the number word, by id. */
  readonly idiom: ReadonlyArray<PhraseNode | undefined>;
  /** Compound nouns of a count's unit (`pengunjuk rasa`): the trie node after the head noun, by id. */
  readonly compoundUnit: ReadonlyArray<PhraseNode | undefined>;
}

interface MutableNode { value: string | undefined; next: Map<string, MutableNode> }

function trie(entries: Iterable<[phrase: string, value: string]>): MutableNode {
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

let built: { lex: AmountLexicon; index: AmountWordIndex } | undefined;

/** The word index of `lex`, with ids for `grammarWords` and `triggerWords` (lower case) too (built once). */
export function amountWordIndex(lex: AmountLexicon, grammarWords: readonly string[], triggerWords: Iterable<string>): AmountWordIndex {
  if (built?.lex === lex) return built.index;
  const suffixes = trie(lex.currencySuffixes);
  const units = trie([...lex.measureUnits].map((u): [string, string] => [u, u]));
  const idioms = trie([...lex.idioms].map((p): [string, string] => [p, p]));
  const compounds = trie([...lex.compoundUnits].map((p): [string, string] => [p, p]));
  const multiplierKeys = [...lex.multipliers.keys()];
  const triggers = [...triggerWords];
  const table = new WordIds([
    ...grammarWords, ...lex.context.keys(), ...lex.numberWords.keys(), ...multiplierKeys.map((k) => k.toLowerCase()),
    ...suffixes.next.keys(), ...units.next.keys(), ...compounds.next.keys(), ...triggers,
  ]);
  const n = table.words.length;
  const trigger = new Uint8Array(n);
  for (const w of triggers) trigger[table.id(w)] = 1;
  // Pieces are words (letters), digit groups or one other character: an entry starting with a digit or a sign may be one of those.
  let idKinds = 1 << PieceKind.Word;
  for (const w of table.words) {
    const c = charClass(w.charCodeAt(0));
    if (c === CharClass.Digit) idKinds |= 1 << PieceKind.Digits;
    else if (c !== CharClass.Letter) idKinds |= 1 << PieceKind.Other;
  }
  const context = new Int32Array(n);
  for (const [w, cats] of lex.context) for (const c of cats) context[table.id(w)]! |= ContextBit[c];
  const numberWord = new Array<NumberWord | undefined>(n).fill(undefined);
  for (const [w, nw] of lex.numberWords) numberWord[table.id(w)] = nw;
  const multiplierLike = new Uint8Array(n);
  const multiplierKey = new Uint8Array(n);
  for (const k of multiplierKeys) {
    multiplierLike[table.id(k.toLowerCase())] = 1;
    if (k === k.toLowerCase()) multiplierKey[table.id(k)] = 1;
  }
  // A phrase trie by the id of its first word: the node after that word.
  const byFirstWord = (root: MutableNode): Array<PhraseNode | undefined> => {
    const nodes = new Array<PhraseNode | undefined>(n).fill(undefined);
    for (const [w, node] of root.next) nodes[table.id(w)] = node;
    return nodes;
  };
  const currencySuffix = byFirstWord(suffixes);
  const measureUnit = byFirstWord(units);
  const idiom = byFirstWord(idioms);
  const compoundUnit = byFirstWord(compounds);
  const index = { table, trigger, idKinds, context, numberWord, multiplierLike, multiplierKey, currencySuffix, measureUnit, idiom, compoundUnit };
  built = { lex, index };
  return index;
}
