import { badData, lowerWordList, readTsv, wordList } from './tsv-file.js';

const FILE = 'titles.tsv';

/** How a title word behaves next to a person's name (see `data/id/titles.tsv`). */
export type TitleKind = 'role' | 'credit-role' | 'relation' | 'modifier' | 'rank' | 'corps' | 'honorific' | 'connector' | 'linker' | 'namer' | 'article' | 'demonstrative' | 'stop' | 'filler';
const KINDS = new Set<TitleKind>(['role', 'credit-role', 'relation', 'modifier', 'rank', 'corps', 'honorific', 'connector', 'linker', 'namer', 'article', 'demonstrative', 'stop', 'filler']);

let cached: ReadonlyMap<string, TitleKind> | undefined;

/**
 * Title vocabulary from `data/id/titles.tsv`: lower-cased word (without a
 * trailing dot) → kind. Loaded once per process.
 *
 * @example
 * personTitles().get('kapolda'); // 'role'
 * personTitles().get('irjen');   // 'rank'
 */
export function personTitles(): ReadonlyMap<string, TitleKind> {
  if (cached) return cached;
  const out = new Map<string, TitleKind>();
  for (const row of readTsv(FILE, 2, 2)) {
    const w = row.cells[0]!.trim().toLowerCase().replace(/\.$/, '');
    const kind = row.cells[1]!.trim() as TitleKind;
    if (/\s/.test(w)) badData(FILE, row.line, `one word expected, got "${row.cells[0]}"`);
    if (!KINDS.has(kind)) badData(FILE, row.line, `unknown kind "${kind}"`);
    if (out.has(w)) badData(FILE, row.line, `"${w}" is listed twice`);
    out.set(w, kind);
  }
  cached = out;
  return out;
}

/** Look a token up in the title vocabulary (case-insensitive, trailing dot ignored). */
export function titleKind(word: string): TitleKind | undefined {
  const titles = cached ?? personTitles();
  const w = word.toLowerCase();
  return titles.get(w.endsWith('.') ? w.slice(0, -1) : w);
}

const ALIAS_FILE = 'person-alias-cues.txt';
let aliasCues: readonly string[] | undefined;

/**
 * Phrases that introduce another name for the person just named (`yang akrab
 * disapa`, `alias`), from `data/id/person-alias-cues.txt`, lower case, longest first.
 */
export function personAliasCues(): readonly string[] {
  if (aliasCues) return aliasCues;
  const out = new Set<string>();
  for (const row of readTsv(ALIAS_FILE, 1, 1)) {
    const p = row.cells[0]!.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!/^[\p{Ll} ]+$/u.test(p)) badData(ALIAS_FILE, row.line, `lower-case words expected, got "${row.cells[0]}"`);
    out.add(p);
  }
  aliasCues = [...out].sort((a, b) => b.length - a.length);
  return aliasCues;
}

const NON_PERSON_FILE = 'non-person-name-words.tsv';
let nonPerson: ReadonlyMap<string, 'ORG' | 'LOC'> | undefined;

/**
 * Words that mark a "person" name as an organisation or place (`limited` →
 * ORG, `masjid` → LOC), from `data/id/non-person-name-words.tsv`.
 */
export function nonPersonNameWords(): ReadonlyMap<string, 'ORG' | 'LOC'> {
  if (nonPerson) return nonPerson;
  const out = new Map<string, 'ORG' | 'LOC'>();
  for (const row of readTsv(NON_PERSON_FILE, 2, 2)) {
    const w = row.cells[0]!.trim().toLowerCase();
    const t = row.cells[1]!.trim();
    if (/\s/.test(w)) badData(NON_PERSON_FILE, row.line, `one word expected, got "${row.cells[0]}"`);
    if (t !== 'ORG' && t !== 'LOC') badData(NON_PERSON_FILE, row.line, `type must be ORG or LOC, got "${t}"`);
    out.set(w, t);
  }
  nonPerson = out;
  return out;
}

/**
 * Words that open an indefinite description of one person (`seorang`), from
 * `data/id/person-intro-words.txt`, lower case.
 */
export const personIntroWords = lowerWordList('person-intro-words.txt');

const EPITHET_FILE = 'role-epithets.tsv';
/** An epithet standing for an office holder (`kepala negara` → the `presiden`). */
export interface RoleEpithet { readonly words: readonly string[]; readonly heads: ReadonlySet<string> }
let epithets: ReadonlyMap<string, readonly RoleEpithet[]> | undefined;

/**
 * Epithets for office holders from `data/id/role-epithets.tsv`, indexed by
 * their first word (lower case), longest first.
 *
 * @example
 * roleEpithets().get('kepala'); // [{ words: ['kepala', 'negara'], heads: Set { 'presiden' } }, ...]
 */
export function roleEpithets(): ReadonlyMap<string, readonly RoleEpithet[]> {
  if (epithets) return epithets;
  const byPhrase = new Map<string, Set<string>>();
  for (const row of readTsv(EPITHET_FILE, 2, 2)) {
    const phrase = row.cells[0]!.trim().toLowerCase().replace(/\s+/g, ' ');
    const head = row.cells[1]!.trim().toLowerCase();
    if (!/^[\p{Ll} ]+$/u.test(phrase)) badData(EPITHET_FILE, row.line, `lower-case words expected, got "${row.cells[0]}"`);
    if (/\s/.test(head)) badData(EPITHET_FILE, row.line, `one title head expected, got "${row.cells[1]}"`);
    const set = byPhrase.get(phrase) ?? new Set<string>();
    set.add(head);
    byPhrase.set(phrase, set);
  }
  const out = new Map<string, RoleEpithet[]>();
  for (const [phrase, heads] of byPhrase) {
    const words = phrase.split(' ');
    const list = out.get(words[0]!) ?? [];
    list.push({ words, heads });
    list.sort((a, b) => b.words.length - a.words.length);
    out.set(words[0]!, list);
  }
  epithets = out;
  return out;
}

const CLAUSE_OPENER_FILE = 'person-clause-openers.txt';
let clauseOpeners: ReadonlyMap<string, ReadonlyArray<readonly string[]>> | undefined;

/**
 * Prepositions and phrases that open an adverbial before the main clause
 * (`menurut`, `tak hanya`), from `data/id/person-clause-openers.txt`, lower
 * case, as word lists indexed by their last word, longest first.
 *
 * @example
 * personClauseOpeners().get('hanya'); // [['tidak', 'hanya'], ['bukan', 'hanya'], ['tak', 'hanya']]
 */
export function personClauseOpeners(): ReadonlyMap<string, ReadonlyArray<readonly string[]>> {
  if (clauseOpeners) return clauseOpeners;
  const out = new Map<string, string[][]>();
  for (const row of readTsv(CLAUSE_OPENER_FILE, 1, 1)) {
    const p = row.cells[0]!.trim();
    if (!/^\p{Ll}+( \p{Ll}+)*$/u.test(p)) badData(CLAUSE_OPENER_FILE, row.line, `lower-case words expected, got "${row.cells[0]}"`);
    const words = p.split(' ');
    const list = out.get(words[words.length - 1]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    out.set(words[words.length - 1]!, list);
  }
  clauseOpeners = out;
  return out;
}

const PARTICLE_FILE = 'person-name-particles.tsv';
let particles: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/**
 * Name particles and the name words they stand before (`i` → `putu`, `gede`,
 * ...; `ni` → `luh`, ...), from `data/id/person-name-particles.tsv`, lower case.
 *
 * @example
 * nameParticles().get('i')?.has('gede'); // true
 */
export function nameParticles(): ReadonlyMap<string, ReadonlySet<string>> {
  if (particles) return particles;
  const out = new Map<string, Set<string>>();
  for (const row of readTsv(PARTICLE_FILE, 2, 2)) {
    const p = row.cells[0]!.trim();
    const w = row.cells[1]!.trim();
    if (!/^\p{Ll}+$/u.test(p) || !/^\p{Ll}+$/u.test(w)) badData(PARTICLE_FILE, row.line, `two lower-case words expected, got "${row.cells.join(' ')}"`);
    const set = out.get(p) ?? new Set<string>();
    set.add(w);
    out.set(p, set);
  }
  particles = out;
  return out;
}

const RANK_PHRASE_FILE = 'person-rank-phrases.tsv';
/** A title of several words before a name: a rank written out (`inspektur jenderal`) or an office (`direktur jenderal`). */
export interface RankPhrase { readonly words: readonly string[]; readonly kind: 'rank' | 'title' }
let rankPhrases: ReadonlyMap<string, readonly RankPhrase[]> | undefined;

/**
 * Titles of several words from `data/id/person-rank-phrases.tsv`, indexed by
 * their last word (lower case), longest first, to be matched leftwards from a name.
 *
 * @example
 * rankPhrasesByLastWord().get('besar'); // [{ words: ['ajun', 'komisaris', 'besar'], kind: 'rank' }, ...]
 */
export function rankPhrasesByLastWord(): ReadonlyMap<string, readonly RankPhrase[]> {
  if (rankPhrases) return rankPhrases;
  const out = new Map<string, RankPhrase[]>();
  const seen = new Set<string>();
  for (const row of readTsv(RANK_PHRASE_FILE, 2, 2)) {
    const phrase = row.cells[0]!.trim();
    const kind = row.cells[1]!.trim();
    if (!/^\p{Ll}+( \p{Ll}+)+$/u.test(phrase)) badData(RANK_PHRASE_FILE, row.line, `two or more lower-case words expected, got "${row.cells[0]}"`);
    if (kind !== 'rank' && kind !== 'title') badData(RANK_PHRASE_FILE, row.line, `kind must be rank or title, got "${kind}"`);
    if (seen.has(phrase)) badData(RANK_PHRASE_FILE, row.line, `"${phrase}" is listed twice`);
    seen.add(phrase);
    const words = phrase.split(' ');
    const list = out.get(words[words.length - 1]!) ?? [];
    list.push({ words, kind });
    list.sort((a, b) => b.words.length - a.words.length);
    out.set(words[words.length - 1]!, list);
  }
  rankPhrases = out;
  return out;
}

/**
 * Words that mark a "person" name as God or a religious formula (`allah`,
 * `swt`), from `data/id/non-person-names.txt`, lower case.
 */
export const nonPersonNames = lowerWordList('non-person-names.txt');

/**
 * Lower-case nouns that make the capitalised name right after them a place's (`kawasan`, `bandara`, `gunung`),
 * from `data/id/person-place-nouns.txt`, and the compass words that may stand between (`wilayah utara Nusalaut`),
 * from `data/id/person-place-directions.txt`.
 */
export const personPlaceNouns = lowerWordList('person-place-nouns.txt');
export const personPlaceDirections = lowerWordList('person-place-directions.txt');

/** Words joining a given name to the father's (`bin`, `binti`), from `data/id/person-patronym-words.txt`. */
export const personPatronymWords = lowerWordList('person-patronym-words.txt');

/** Titles of a head of state or government (`presiden`), from `data/id/person-head-titles.txt`. */
export const personHeadTitles = lowerWordList('person-head-titles.txt');

/** Abbreviated given names written with a dot (`muh` of `Muh. Subhan`), from `data/id/person-abbreviated-given-names.txt`. */
export const personAbbreviatedGivenNames = lowerWordList('person-abbreviated-given-names.txt');

/** Arabic article prefixes before a hyphen in a name word (`al` of `al-Assad`), from `data/id/person-article-prefixes.txt`. */
export const personArticlePrefixes = lowerWordList('person-article-prefixes.txt');

/** Companies named by one word (`suzuki`, `gojek`), from `data/id/brand-names.txt`, lower case. */
export const brandNames = lowerWordList('brand-names.txt');

/** The signs of the zodiac (`aries`, `libra`), from `data/id/zodiac-signs.txt`, lower case. */
export const zodiacSigns = lowerWordList('zodiac-signs.txt');
/** Closing cues only a person speaks with (`tutup`, `cerita`): see data/id/person-speech-cues.txt. */
export const personSpeechCues = lowerWordList('person-speech-cues.txt');
/** Balinese names that open a name after `I` or `Ni` (`wayan`, `gusti`): see data/id/person-balinese-names.txt. */
export const personBalineseNames = lowerWordList('person-balinese-names.txt');
/** The gender markers that open a Balinese name before one of those (`i`, `ni`): see data/id/person-balinese-markers.txt. */
export const personBalineseMarkers = lowerWordList('person-balinese-markers.txt');

/**
 * Words that introduce another name only before an honorific (`atau` in
 * `Saifullah Yusuf atau Gus Ipul`), from `data/id/person-alias-title-cues.txt`.
 */
export const personAliasTitleCues = lowerWordList('person-alias-title-cues.txt');

/**
 * Title words that are mostly given names when they open a tagged person's
 * name (`imam` of `Imam Nahrawi`), from `data/id/person-title-given-names.txt`.
 */
export const titleGivenNames = lowerWordList('person-title-given-names.txt');

/**
 * Words after which capital letters are a person's initials (`berinisial`
 * in `tersangka berinisial AR`), from `data/id/person-initial-cues.txt`.
 */
export const personInitialCues = lowerWordList('person-initial-cues.txt');

/**
 * Words that join the members of a list of persons (`berinisial HK, AZ dan AF`, `Khofifah dan Ganjar`), from
 * `data/id/person-list-joiners.txt`.
 */
export const personListJoiners = lowerWordList('person-list-joiners.txt');

/**
 * Words a bracketed number follows as a numbered part, not an age (`Ayat (2)`), from
 * `data/id/person-age-bracket-stops.txt`.
 */
export const personAgeBracketStops = lowerWordList('person-age-bracket-stops.txt');

/**
 * Titles followed by a portfolio (`menteri` in `Menteri Koperasi`), after which a word naming a body
 * is no body's name, from `data/id/person-portfolio-titles.txt`.
 */
export const portfolioTitles = lowerWordList('person-portfolio-titles.txt');

/**
 * Degrees written after a person's name (`SH`, `SPd`, `MKM`), as written (case matters: `MA` is a degree,
 * `Ma` a name), from `data/id/person-degree-suffixes.txt`.
 */
export const personDegreeSuffixes = wordList('person-degree-suffixes.txt', /^\p{Lu}\p{L}+$/u, 'one capitalised word of letters');

/**
 * Three-letter country codes written after an athlete's name in results (`Andrea DOVIZIOSO ITA`, `Sam Lowes
 * GBR`), from `data/id/person-country-codes.txt`: the name ends before one.
 */
export const personCountryCodes = wordList('person-country-codes.txt', /^[A-Z]{3}$/, 'three capital letters');

/**
 * Common words that open a sentence before a person's name and are never given names (`adapun`, `gol`,
 * `foto`), from `data/id/person-opening-words.txt`.
 */
export const personOpeningWords = lowerWordList('person-opening-words.txt');

/**
 * Words that end a body's name (`tbk`, `group`, `ltd`), after which a name is not that body's, from
 * `data/id/non-person-suffix-words.txt`.
 */
export const nonPersonSuffixWords = lowerWordList('non-person-suffix-words.txt');

/** Honorifics that are also an office (`profesor`): before a description they head a role (data/id/person-office-honorifics.txt). */
export const personOfficeHonorifics = lowerWordList('person-office-honorifics.txt');

/** Kinship words that also name a field of work (`anak` in `dokter anak`; data/id/person-kinship-fields.txt). */
export const personKinshipFields = lowerWordList('person-kinship-fields.txt');

/** Words for a son or daughter that are given names too (`putri`), a relation only before a name and a comma (data/id/person-child-words.txt). */
export const personChildWords = lowerWordList('person-child-words.txt');

/** Words for a child's place in order after a kinship word (`putra kedua`, `anak sulung`; data/id/person-kin-order-words.txt). */
export const personKinOrderWords = lowerWordList('person-kin-order-words.txt');

/** Role heads that alone before a name are possessive (`kepala` of `ke kepala Mateo`; data/id/person-possessive-heads.txt). */
export const personPossessiveHeads = lowerWordList('person-possessive-heads.txt');

const KNOWN_ALIAS_FILE = 'person-known-aliases.tsv';
let knownAliases: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * Short names of well-known public figures and the full names they stand
 * for (`Jokowi` → `Joko Widodo`), from `data/id/person-known-aliases.tsv`, as
 * written (callers fold them).
 */
export function knownPersonAliases(): ReadonlyMap<string, readonly string[]> {
  if (knownAliases) return knownAliases;
  const out = new Map<string, string[]>();
  for (const row of readTsv(KNOWN_ALIAS_FILE, 2, 2)) {
    const short = row.cells[0]!.trim();
    const full = row.cells[1]!.trim();
    if (!/^\p{Lu}/u.test(short) || !/^\p{Lu}\S* \S/u.test(full)) badData(KNOWN_ALIAS_FILE, row.line, `a capitalised short name and a full name of two or more words expected, got "${row.cells.join(' / ')}"`);
    const list = out.get(short) ?? [];
    list.push(full);
    out.set(short, list);
  }
  knownAliases = out;
  return out;
}
