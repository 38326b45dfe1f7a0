import { badData, lowerWordList, readTsv } from './tsv-file.js';

// The one list of each: the types and the loaders' checks are derived from them.
const ROLE_NAMES = ['atom', 'se', 'belas', 'puluh', 'ratus', 'fraction', 'vague', 'collective', 'pronoun'] as const;
/** The context categories of data/id/amount-context-words.tsv, in the order of their bits (`ContextBit`). */
export const CATEGORY_NAMES = ['function', 'time', 'month', 'blocker', 'classifier', 'idiom', 'zone', 'law', 'noun', 'tail', 'verb', 'rank', 'code', 'model', 'list', 'scale', 'tally', 'attribute', 'coordinate', 'position', 'quantity', 'comparative', 'daypart', 'party', 'demonstrative', 'weight', 'closed'] as const;

/** How a number word combines with its neighbours (see data/id/amount-number-words.tsv). */
export type NumberWordRole = typeof ROLE_NAMES[number];
/** What a word around a figure says about it (see data/id/amount-context-words.tsv). */
export type ContextCategory = typeof CATEGORY_NAMES[number];

export interface NumberWord { readonly value: number; readonly role: NumberWordRole }
export interface Multiplier { readonly factor: number; readonly caseSensitive: boolean; readonly moneyOnly: boolean }

/** Everything the amounts stage knows about Indonesian figures, loaded once. */
export interface AmountLexicon {
  /** Lower-cased number word -> value and role. */
  readonly numberWords: ReadonlyMap<string, NumberWord>;
  /** Number words as written in lower case, capitalised and upper case, for a check without lower-casing. */
  readonly numberWordForms: ReadonlySet<string>;
  /** Multiplier by exact form (case-sensitive entries) or lower-cased form. */
  readonly multipliers: ReadonlyMap<string, Multiplier>;
  /** Currency symbols/codes written before the figure -> ISO 4217. */
  readonly currencyPrefixes: ReadonlyMap<string, string>;
  /** The first piece of each currency prefix as the amount scanner splits it (`Rp`, `US`, `$`). */
  readonly currencyPrefixStarts: ReadonlySet<string>;
  /** Currency names after the figure, as lower-cased word sequences joined by one space -> ISO 4217, or for a
   *  subunit `ISO/n` with n of it in one unit (`sen` -> `USD/100`: `46 sen` is 0.46 USD). */
  readonly currencySuffixes: ReadonlyMap<string, string>;
  /** Longest currency suffix, in words. */
  readonly currencySuffixMaxWords: number;
  /** Measure units, lower-cased word sequences joined by one space. */
  readonly measureUnits: ReadonlySet<string>;
  readonly measureUnitMaxWords: number;
  /** Lower-cased word -> its categories. */
  readonly context: ReadonlyMap<string, ReadonlySet<ContextCategory>>;
  /** Fixed phrases opened by a number word that name no quantity (`setengah jalan`), lower-cased, joined by one space. */
  readonly idioms: ReadonlySet<string>;
  /** Compound nouns whose later words belong to a count's unit (`pengunjuk rasa`), lower-cased, joined by one space:
   *  amount-compound-units.tsv (by hand) and amount-compound-units-learned.tsv (noun + noun pairs learned from the news). */
  readonly compoundUnits: ReadonlySet<string>;
  /** Units of length and of an image that a size written `A x B` takes (`6 x 8 meter`, `1.080 x 2.340 piksel`), lower-cased. */
  readonly dimensionUnits: ReadonlySet<string>;
}

const ROLES: ReadonlySet<string> = new Set(ROLE_NAMES);
const CATEGORIES: ReadonlySet<string> = new Set(CATEGORY_NAMES);

function num(file: string, line: number, s: string): number {
  const v = Number(s);
  if (!Number.isFinite(v)) badData(file, line, `"${s}" is not a number`);
  return v;
}

let cached: AmountLexicon | undefined;

/** Load (once per process) and validate the amount vocabulary from data/id/amount-*.tsv. */
export function amountLexicon(): AmountLexicon {
  if (cached) return cached;
  const numberWords = new Map<string, NumberWord>();
  for (const { line, cells } of readTsv('amount-number-words.tsv', 3)) {
    const role = cells[2] as NumberWordRole;
    if (!ROLES.has(role)) badData('amount-number-words.tsv', line, `unknown role "${cells[2]}"`);
    numberWords.set(cells[0]!.toLowerCase(), { value: num('amount-number-words.tsv', line, cells[1]!), role });
  }
  const multipliers = new Map<string, Multiplier>();
  for (const { line, cells } of readTsv('amount-multipliers.tsv', 4)) {
    const [form, factor, kase, scope] = cells as [string, string, string, string];
    if (kase !== 'ci' && kase !== 'cs') badData('amount-multipliers.tsv', line, `case must be ci or cs, got "${kase}"`);
    if (scope !== 'any' && scope !== 'money') badData('amount-multipliers.tsv', line, `scope must be any or money, got "${scope}"`);
    const m = { factor: num('amount-multipliers.tsv', line, factor), caseSensitive: kase === 'cs', moneyOnly: scope === 'money' };
    multipliers.set(kase === 'cs' ? form : form.toLowerCase(), m);
  }
  const currencyPrefixes = new Map<string, string>();
  const currencySuffixes = new Map<string, string>();
  let currencySuffixMaxWords = 1;
  for (const { line, cells } of readTsv('amount-currencies.tsv', 3, 4)) {
    const [form, iso, pos, per] = cells as [string, string, string, string | undefined];
    if (!/^[A-Z]{3}$/.test(iso)) badData('amount-currencies.tsv', line, `"${iso}" is not an ISO 4217 code`);
    const n = per === undefined || per.trim() === '' ? 1 : num('amount-currencies.tsv', line, per);
    if (!(n >= 1)) badData('amount-currencies.tsv', line, `subunits per unit must be 1 or more, got "${per}"`);
    if (n !== 1 && pos !== 'suffix') badData('amount-currencies.tsv', line, 'only a suffix may be a subunit');
    if (pos === 'prefix') currencyPrefixes.set(form, iso);
    else if (pos === 'suffix') {
      const key = form.toLowerCase().split(/\s+/).join(' ');
      currencySuffixes.set(key, n === 1 ? iso : `${iso}/${n}`);
      currencySuffixMaxWords = Math.max(currencySuffixMaxWords, key.split(' ').length);
    } else badData('amount-currencies.tsv', line, `position must be prefix or suffix, got "${pos}"`);
  }
  const measureUnits = new Set<string>();
  let measureUnitMaxWords = 1;
  for (const { cells } of readTsv('amount-measure-units.tsv', 1)) {
    const key = cells[0]!.toLowerCase().split(/\s+/).join(' ');
    measureUnits.add(key);
    measureUnitMaxWords = Math.max(measureUnitMaxWords, key.split(' ').length);
  }
  const context = new Map<string, Set<ContextCategory>>();
  for (const { line, cells } of readTsv('amount-context-words.tsv', 2)) {
    const cat = cells[1] as ContextCategory;
    if (!CATEGORIES.has(cat)) badData('amount-context-words.tsv', line, `unknown category "${cells[1]}"`);
    const w = cells[0]!.toLowerCase();
    let set = context.get(w);
    if (!set) context.set(w, (set = new Set()));
    set.add(cat);
  }
  // Closed-class words learned from the UD treebanks (scripts/learn-amount-closed-words.ts): no counted noun. The
  // stage's own categories and number words come first (`sebuah`, `para`, `hingga` keep theirs).
  for (const w of lowerWordList('amount-closed-words.txt')()) {
    if (!context.has(w) && !numberWords.has(w) && !multipliers.has(w)) context.set(w, new Set(['closed']));
  }
  const idioms = new Set<string>();
  for (const { line, cells } of readTsv('amount-idioms.tsv', 1)) {
    const words = cells[0]!.toLowerCase().split(/\s+/);
    if (words.length < 2 || !numberWords.has(words[0]!)) badData('amount-idioms.tsv', line, `"${cells[0]}" must be a number word followed by at least one word`);
    idioms.add(words.join(' '));
  }
  const compoundUnits = new Set<string>();
  for (const { line, cells } of readTsv('amount-compound-units.tsv', 1)) {
    const words = cells[0]!.toLowerCase().split(/\s+/);
    if (words.length < 2) badData('amount-compound-units.tsv', line, `"${cells[0]}" must have at least two words`);
    compoundUnits.add(words.join(' '));
  }
  // Noun + noun collocations of counted heads learned from the news by scripts/learn-amount-compounds.ts.
  for (const { line, cells } of readTsv('amount-compound-units-learned.tsv', 1, 4)) {
    const words = cells[0]!.toLowerCase().split(/\s+/);
    if (words.length !== 2) badData('amount-compound-units-learned.tsv', line, `"${cells[0]}" must have two words`);
    compoundUnits.add(words.join(' '));
  }
  // The scanner splits `US$` into `US` + `$`, `Rp.` into `Rp` + `.`: index prefixes by their first piece.
  const currencyPrefixStarts = new Set([...currencyPrefixes.keys()].map((k) => k.match(/^(?:\p{L}+|.)/u)![0]));
  cached = {
    numberWords, numberWordForms: new Set([...numberWords.keys()].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])),
    multipliers, currencyPrefixes, currencyPrefixStarts, currencySuffixes, currencySuffixMaxWords, measureUnits, measureUnitMaxWords, context, idioms, compoundUnits, dimensionUnits: lowerWordList('amount-dimension-units.txt')(),
  };
  return cached;
}
