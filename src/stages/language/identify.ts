import { loadLanguageProfiles } from '../../lang/id/language-profiles.js';
import type { LanguageJson } from '../../text/schema.js';

/**
 * Fewer matched words than this and the text is `und`: a headline or a
 * caption of a few words cannot tell Indonesian from Malay or Javanese.
 */
export const MIN_EVIDENCE_WORDS = 3;
/**
 * A language outside the Indonesian/Malay pair needs at least this many of
 * its profile words: Indonesian sentences quoting a title (`Au nom de la
 * lune`, `The Return of the King`) have two to four, a real paragraph in the
 * other language has many more.
 */
export const MIN_FOREIGN_WORDS = 3;
/**
 * Below this share of profile words among all words, the text is in none of
 * the profiled languages (`und`). Indonesian prose runs at 30-45% function
 * words of the profile; 10% leaves room for lists, names and numbers.
 */
export const MIN_COVERAGE = 0.1;
/**
 * Only the first this-many characters are read: a page of prose settles the
 * language, and a 50 MB "article" must not cost more than that.
 */
export const MAX_SCAN_CHARS = 20_000;
/** Share of non-Latin letters above which the script decides (`zh`, `ar`...). */
const NON_LATIN_SHARE = 0.5;

/** Share of kana among non-Latin letters that marks Han-script text as Japanese. */
const KANA_SHARE = 0.1;

/** Scripts whose text can be named without word profiles, as ISO 639-1 of their main language. */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Han}/u, 'zh'], [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'], [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Arabic}/u, 'ar'], [/\p{Script=Cyrillic}/u, 'ru'], [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'], [/\p{Script=Greek}/u, 'el'], [/\p{Script=Hebrew}/u, 'he'],
];

/**
 * Malay must out-score Indonesian by more than this on their differing words:
 * warta's input is Indonesian news, where a Malay-looking word or two
 * (`lelaki`, a quoted Malaysian official) is common, while one clear
 * Malay spelling (`bahawa`, `hendaklah`: weight 2-3) still wins on its own.
 * Checked on the 21.8k news articles of ../shared: 1 read as Malay with
 * this prior, 6 without it, 71 before the Malay list was pruned of words
 * common in Indonesian news.
 */
export const INDONESIAN_PRIOR = 1;

/** Languages that share most of their function words, told apart by their own spellings only. */
const SHARED_GROUP = ['id', 'ms'];

/** A word, hyphenated reduplications and compounds included (`kanak-kanak`, `laki-laki`). */
const WORD_RE = /\p{L}+(?:-\p{L}+)*/gu;
const LATIN_RE = /\p{Script=Latin}/u;

const undetermined = (candidates: LanguageJson['candidates'] = []): LanguageJson => ({ code: 'und', confidence: 0, candidates });

/**
 * Identify the language of `text` from word profiles (function words and
 * spelling markers per language, `data/id/language-profiles.tsv`).
 *
 * Two levels: first the language family of the evidence (Indonesian/Malay
 * words count once for the pair), then, inside the pair, only the words that
 * differ (`bahwa`/`bahawa`, `karena`/`kerana`, `uang`/`wang`); with no such
 * word the pair goes to Indonesian, the expected input. Confidence is the
 * product of both levels' shares.
 *
 * @example
 * identifyLanguage('Presiden mengatakan bahwa pemerintah akan ...').code; // 'id'
 */
export function identifyLanguage(text: string): LanguageJson {
  const t = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const { languages, words } = loadLanguageProfiles();
  const scores = new Float64Array(languages.length);
  const wordCounts = new Uint32Array(languages.length);
  const ownScores = new Float64Array(languages.length);
  const groupIdx = SHARED_GROUP.map((c) => languages.indexOf(c));
  let sharedScore = 0;
  let total = 0;
  let matched = 0;
  let latin = 0;
  let other = 0;
  const scriptCounts = new Map<string, number>();
  for (const m of t.matchAll(WORD_RE)) {
    const w = m[0];
    const c0 = w.charCodeAt(0);
    // ASCII and Latin-1/Extended letters are the common case: skip the Unicode property test.
    if (c0 < 0x250 || LATIN_RE.test(w[0]!)) latin += w.length;
    else {
      other += w.length;
      // Scripts without spaces (Han, kana, Thai) make whole runs one "word": count letter by letter.
      for (const ch of w) {
        for (const [re, code] of SCRIPTS) if (re.test(ch)) { scriptCounts.set(code, (scriptCounts.get(code) ?? 0) + 1); break; }
      }
      continue;
    }
    total++;
    const lower = w.toLowerCase();
    // A hyphenated form is looked up whole first, then by its first part (`hak-hak` -> `hak`).
    const dash = lower.indexOf('-');
    const hits = words.get(lower) ?? (dash > 0 ? words.get(lower.slice(0, dash)) : undefined);
    if (!hits) continue;
    matched++;
    const shared = hits.length === groupIdx.length && hits.every(([i]) => groupIdx.includes(i));
    for (const [i, weight] of hits) {
      scores[i]! += weight;
      wordCounts[i]!++;
      if (!shared) ownScores[i]! += weight;
    }
    if (shared) sharedScore += hits[0]![1];
  }

  if (other > 0 && other / (latin + other) > NON_LATIN_SHARE) {
    // Japanese mixes Han with kana: any real share of kana makes Han text Japanese.
    const kana = scriptCounts.get('ja') ?? 0;
    if (kana > KANA_SHARE * other) scriptCounts.set('ja', kana + (scriptCounts.get('zh') ?? 0));
    const [code, n] = [...scriptCounts].sort((a, b) => b[1] - a[1])[0] ?? ['und', 0];
    const conf = n / (latin + other);
    return code === 'und' ? undetermined() : { code, confidence: round(conf), candidates: [{ code, score: round(conf) }] };
  }

  // Family level: the Indonesian/Malay pair counts its shared words once.
  const pairScore = sharedScore + Math.max(...groupIdx.map((i) => (i >= 0 ? ownScores[i]! : 0)));
  const family: Array<{ code: string; score: number }> = [{ code: 'id|ms', score: pairScore }];
  languages.forEach((code, i) => { if (!SHARED_GROUP.includes(code)) family.push({ code, score: scores[i]! }); });
  const familySum = family.reduce((a, f) => a + f.score, 0);
  const candidates = languages
    .map((code, i) => ({ code, score: familySum ? round(scores[i]! / familySum) : 0 }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);

  if (matched < MIN_EVIDENCE_WORDS || total === 0 || matched / total < MIN_COVERAGE) return undetermined(candidates);
  family.sort((a, b) => b.score - a.score);
  const best = family[0]!;
  const familyConf = best.score / familySum;
  if (best.code !== 'id|ms') {
    // A foreign title or name in an Indonesian sentence (`Lord of the Rings`) is not a foreign text.
    if (wordCounts[languages.indexOf(best.code)]! < MIN_FOREIGN_WORDS) return undetermined(candidates);
    return { code: best.code, confidence: round(familyConf), candidates };
  }

  // Inside the pair: only the differing words, with Indonesian winning ties.
  const own = groupIdx.map((i) => (i >= 0 ? ownScores[i]! : 0));
  const winner = own[1]! > own[0]! + INDONESIAN_PRIOR ? 1 : 0;
  const within = (1 + own[winner]!) / (2 + own[0]! + own[1]!);
  const pairCandidates = candidates.map((c) => c); // already ordered by raw score; fix the pair's order below
  pairCandidates.sort((a, b) => rank(b.code, winner) - rank(a.code, winner) || b.score - a.score);
  return { code: SHARED_GROUP[winner]!, confidence: round(familyConf * within), candidates: pairCandidates };
}

/** Put the pair's winner first, then its partner, then the rest by score. */
function rank(code: string, winner: number): number {
  const i = SHARED_GROUP.indexOf(code);
  if (i < 0) return 0;
  return i === winner ? 2 : 1;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
