import { badData, lowerWordList, readTsv, wordList } from './tsv-file.js';

/**
 * Adverbs of time and aspect allowed between a name (or `yang` after it) and
 * the verb or linker that names the person's role (`yang pernah menjabat
 * sebagai`), from `data/id/role-linker-adverbs.txt`, lower case.
 */
export const roleLinkerAdverbs = lowerWordList('role-linker-adverbs.txt');

/**
 * Words that make the description after them plural (`para pejabat Trump`,
 * `tiga kader Partai Gerindra`), so no role of the one person named after
 * it, from `data/id/role-plural-words.txt`, lower case.
 */
export const rolePluralWords = lowerWordList('role-plural-words.txt');

/**
 * Personal pronouns that, as the subject of a linker, hold the description
 * after it (`saya sebagai relawan Jokowi`), from
 * `data/id/role-subject-pronouns.txt`, lower case.
 */
export const roleSubjectPronouns = lowerWordList('role-subject-pronouns.txt');

/**
 * First-person pronouns with which a speaker gives themself a role in a quotation (`saya selaku Kakorlantas Polri`),
 * from `data/id/role-self-pronouns.txt`, lower case.
 */
export const roleSelfPronouns = lowerWordList('role-self-pronouns.txt');

/**
 * Prepositions that may sit inside a speaker's description closed by a demonstrative (`pelatih asal Belanda itu`),
 * from `data/id/role-description-prepositions.txt`, lower case.
 */
export const roleDescriptionPrepositions = lowerWordList('role-description-prepositions.txt');

/**
 * Lower-case words shaped like affixed verbs that are words of a person's description, not verbs (`pertama`,
 * `berkebangsaan`, `berpaspor`), from `data/id/role-description-words.txt`, lower case.
 */
export const roleDescriptionWords = lowerWordList('role-description-words.txt');

/**
 * Articles that make the description head after them someone not named (`si pasien`, `seorang siswa`), from
 * `data/id/role-anonymous-articles.txt`, lower case.
 */
export const roleAnonymousArticles = lowerWordList('role-anonymous-articles.txt');

/**
 * Ordinals left out of a role they close before a lower-case word (`juru taktik pertama yang ...`), from
 * `data/id/role-ordinal-words.txt`, lower case.
 */
export const roleOrdinalWords = lowerWordList('role-ordinal-words.txt');

/**
 * Nouns of time that with `itu` make a time adverb closing a role before a comma (`Bupati ... saat itu, Sukarmis`),
 * from `data/id/role-time-nouns.txt`, lower case.
 */
export const roleTimeNouns = lowerWordList('role-time-nouns.txt');

/**
 * Stop words that right after a title head describe the office (`Pelatih baru Semen Padang`, `Ketua sementara DPRD`),
 * from `data/id/role-head-adjectives.txt`, lower case.
 */
export const roleHeadAdjectives = lowerWordList('role-head-adjectives.txt');

/**
 * English title heads and their modifiers (`head`, `manager`, `senior`) after which the office's description comes
 * first in capitalised English words (`Marketing and Communication Department Head`), from
 * `data/id/role-english-heads.txt`, lower case.
 */
export const roleEnglishHeads = lowerWordList('role-english-heads.txt');

/**
 * Passive verbs between a description and the namer before the name (`Korban yang diketahui bernama Sumodiharjo`),
 * from `data/id/role-namer-verbs.txt`, lower case.
 */
export const roleNamerVerbs = wordList('role-namer-verbs.txt', /^\p{Ll}+(?:-\p{Ll}+)*$/u, 'one lower-case word (hyphens allowed)');

/**
 * Words that end the reading of a relative clause as part of a description (`ialah`, `jadi`), from
 * `data/id/role-relative-clause-stops.txt`, lower case.
 */
export const roleRelativeClauseStops = lowerWordList('role-relative-clause-stops.txt');

let ageWords: ReadonlyMap<string, 'verb' | 'unit'> | undefined;

/**
 * Words of an age inside a description (`berusia` → `verb`, `tahun` →
 * `unit`: `bocah berusia tujuh tahun`), from `data/id/role-age-words.tsv`.
 */
export function roleAgeWords(): ReadonlyMap<string, 'verb' | 'unit'> {
  if (ageWords) return ageWords;
  const file = 'role-age-words.tsv';
  const out = new Map<string, 'verb' | 'unit'>();
  for (const row of readTsv(file, 2, 2)) {
    const w = row.cells[0]!.trim();
    const kind = row.cells[1]!.trim();
    if (!/^\p{Ll}+$/u.test(w)) badData(file, row.line, `one lower-case word expected, got "${row.cells[0]}"`);
    if (kind !== 'verb' && kind !== 'unit') badData(file, row.line, `kind verb or unit expected, got "${row.cells[1]}"`);
    out.set(w, kind);
  }
  return (ageWords = out);
}

/**
 * Conjunctions that, after a comma closing a description and the name it runs into, show a list of people goes on
 * (`hakim tinggi Nawawi Pomolango, dan Dekan ...`), from `data/id/role-list-continuers.txt`, lower case.
 */
export const roleListContinuers = lowerWordList('role-list-continuers.txt');
