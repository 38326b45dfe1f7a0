import { brandNames, titleKind, nameParticles, personCountryCodes, nonPersonNameWords, personAliasCues, personAliasTitleCues, personClauseOpeners, personDegreeSuffixes, personAgeBracketStops, personInitialCues, personListJoiners, personArticlePrefixes, personOpeningWords, personPatronymWords, personAbbreviatedGivenNames, personHeadTitles, personSpeechCues, personBalineseMarkers, personBalineseNames, titleGivenNames } from '../../lang/id/person-titles.js';
import { quoteLexicon } from '../../lang/id/quote-lexicon.js';
import { loadRoots } from '../../lang/id/roots.js';
import { roleNamerVerbs, roleOrdinalWords } from '../../lang/id/role-words.js';
import type { EntityJson } from '../../text/schema.js';
import { afterAgeBracket, honorificPrefixStart, isNameHyphen, kindOf, isPossessiveHolder, NAME_WORD, roleBeforeList, roleBeforeName, roleInApposition, titlePhraseBefore, type RoleSpan } from './roles.js';
import { isAffixedWord } from './affixed-word.js';
import type { KbLookup } from './article-kb.js';
import type { TokenView } from './token-view.js';

/** One entity mention, with the name separated from titles and the roles read around it. */
export interface Mention {
  readonly type: EntityJson['type'];
  /** Token range of the name (titles, ranks and trailing lower-case words removed). */
  readonly nameStart: number;
  readonly nameEnd: number;
  /** Char offsets of the name. */
  readonly start: number;
  readonly end: number;
  /** The name as written. */
  readonly text: string;
  /** The name with its honorific or rank prefix as written (`Ipda Zulmi`); equals `text` when none. */
  readonly surface: string;
  readonly roles: RoleSpan[];
  /** Names the text gives for the same entity right after it: `(NATO)`, `yang akrab disapa Jokowi`. */
  readonly aliases: AliasSpan[];
  /** Added by the acronym scan (not by the tagger). */
  readonly derived?: boolean;
  /** A person's initials read after a cue or before an age (`berinisial AS`): no place or body the base links. */
  readonly initials?: boolean;
}

/** Another name given in the text, with its position. */
export interface AliasSpan { readonly start: number; readonly end: number; readonly text: string; readonly kind: 'acronym' | 'nickname' }

/** Title words the tagger sometimes includes at the start of a PER span (`Presiden Joko Widodo`). */
function isTitleWord(v: TokenView, i: number): boolean {
  const k = v.titleKind(i);
  return k === 'role' || k === 'credit-role' || k === 'modifier' || k === 'rank' || k === 'honorific';
}

/** A capitalised word of letters on either side of a hyphen inside a name (`Pierre`, `Al`, `Arnold`). */
const NAME_PART = /^\p{Lu}\p{L}*$/u;
/** A token holding a letter or digit: a word, not punctuation, before a span (else the span opens a clause). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The same, or a closing bracket (`Kolonel Laut (P) Didong Rio`: the name goes on after a corps). */
const WORD_CHAR_OR_CLOSE = /[\p{L}\p{N})]/u;

/** Longest known place or body (in tokens) looked for at the start of a person span. */
const MAX_CONTEXT_TOKENS = 3;

/**
 * Skip titles and, by a tagger boundary error, known places or bodies at
 * the start of a person span: an all-caps one (`DPR RI Mukhamad Misbakhun`)
 * or one of several words (`Sumatera Selatan Widodo`). A single capitalised
 * word is kept even when it names a place, since it may be a given name
 * (`Bima Arya`). At least one token is always left. When nothing is skipped, a known place right after a word
 * naming a body is skipped instead (`Polres Binjai Zulkarnain`: see `opensWithBodyPlace`).
 */
export function skipLeadingContext(v: TokenView, ns: number, ne: number, base: KbLookup): number {
  const from = skipContextWords(v, ns, ne, base);
  return from === ns && opensWithBodyPlace(v, ns, ne, base) ? ns + 1 : from;
}

/** The titles, places and bodies of `skipLeadingContext`, read from the start of the span. */
function skipContextWords(v: TokenView, ns: number, ne: number, base: KbLookup): number {
  for (;;) {
    if (ns >= ne - 1) return ns;
    // `(Menpora) Imam Nahrawi`: a title word that is mostly a given name stays in the name before a name word.
    if (titleGivenNames().has(v.lower(ns)) && NAME_WORD.test(v.text(ns + 1)) && !v.titleKind(ns + 1)) return ns;
    if (isTitleWord(v, ns) || (v.isAllCaps(ns) && base.lookup(v.text(ns)) !== null)) { ns++; continue; }
    // `Putra Mahkota Mohammed bin Salman` tagged from `Putra` or from `Mahkota`: an office of several words
    // (person-rank-phrases.tsv, `title`) at or into the start is context, not name.
    const office = titlePhraseEnd(v, ns, ne);
    if (office > ns) { ns = office; continue; }
    // `Kemenkeu Sri Mulyani`, `Gojek Nadiem Makarim`: one word naming a body or a company before a name of two or more
    // words is the context the name was written in (a place is kept: it may be a given name, `Bima Arya`).
    if (ne - ns >= 3 && (brandNames().has(v.lower(ns)) || base.lookup(v.text(ns))?.type === 'organization')) { ns++; continue; }
    // `Kolonel Sus Taibur Rahman` tagged from `Sus`: a corps word right after a rank belongs to the rank.
    if (ns > 0 && v.titleKind(ns) === 'corps' && v.isCapitalized(ns) && v.titleKind(ns - 1) === 'rank') { ns++; continue; }
    let skipped = false;
    for (let k = Math.min(MAX_CONTEXT_TOKENS, ne - ns - 1); k >= 2; k--) {
      if (base.lookup(sliceTokens(v, ns, ns + k)) !== null) { ns += k; skipped = true; break; }
    }
    if (skipped) continue;
    // `Aceh Nurzahri`, `Jepang Kento Momota`: a province or a country is no given name (a city may be: `Bima Arya`,
    // `Hassan Rouhani`). A country under another name (`Jordan`: Yordania) is one only before a name of two words.
    if (!isNamingRegion(base, v.text(ns), ne - ns)) return ns;
    ns++;
  }
}

/** The longest title phrase of several words covering token `ns` but ending before `ne - 1`: its end, else `ns`. */
function titlePhraseEnd(v: TokenView, ns: number, ne: number): number {
  for (let j = Math.min(ne - 2, ns + 2); j >= ns; j--) {
    const t = titlePhraseBefore(v, j + 1, 0);
    if (t && t.kind === 'title' && t.start <= ns) return j + 1;
  }
  return ns;
}

/**
 * True when the span at `ns` (two or more tokens) opens with a known place right after a word naming a body
 * (`Kabag Ops Polres Binjai Zulkarnain` tagged from `Binjai`): the place is that body's name, not the person's first
 * name. Not after a building (`Gereja Regina Caeli`).
 */
function opensWithBodyPlace(v: TokenView, ns: number, ne: number, base: KbLookup): boolean {
  return ne - ns >= 2 && ns > 0 && v.isCapitalized(ns - 1) && nonPersonNameWords().get(v.lower(ns - 1)) === 'ORG'
    && isPlace(base, v.text(ns));
}

/** True when the knowledge base knows the word as a place (a country, province, regency or city). */
function isPlace(base: KbLookup, word: string): boolean {
  const t = base.lookup(word)?.type;
  return t !== undefined && t !== 'organization';
}

/** True when `word`, opening a span of `len` tokens, is a province (`Aceh`, `Sumut`) or a country (`Jepang`; `China` before two more words). */
function isNamingRegion(base: KbLookup, word: string, len: number): boolean {
  const link = base.lookup(word);
  if (!link) return false;
  return link.type === 'province' || (link.type === 'country' && (link.name === word || len >= 3));
}

/** Most name words read after a rank the tagger left untagged (`Irjen Firli Bahhuri`). */
const MAX_RANKED_NAME_WORDS = 3;

/**
 * A police or military rank is always followed by a person's name: where
 * the tagger left the words after one untagged (`dikomandani oleh Irjen Firli
 * Bahhuri Cs`), the capitalised name words after it (past corps words such
 * as `Pol`) become a person span, or the start of the tagged person they run
 * into (`AKBP Moch` + `Faruk Rozi`). Not after a word naming a place, nor for
 * ranks that are dictionary words (`Direktorat Jenderal Pajak`, `Jalan
 * Kapten ...`). One pass over the tokens; `spans` stays sorted by start.
 */
function addRankedNames(v: TokenView, spans: Array<{ type: EntityJson['type']; s: number; e: number }>): void {
  // Which span covers each token, so that a name run reaching a tagged person lends that person its first words.
  const spanAt = new Int32Array(v.count).fill(-1);
  spans.forEach((sp, k) => spanAt.fill(k, sp.s, sp.e));
  let added = false;
  // Only tokens that may open with a capital can fire (see `TokenView.capitalCandidates`); `i` is the last token reached.
  const capitals = v.capitalCandidates();
  let i = -1;
  for (let n = 0; n < capitals.length; n++) {
    if (capitals[n]! <= i) continue;
    i = capitals[n]!;
    if (i + 1 >= v.count) break;
    // A rank is followed by a capitalised word; that cheap test comes before the lexicon.
    if (spanAt[i]! >= 0 || !v.isCapitalized(i) || !v.isCapitalized(i + 1) || v.titleKind(i) !== 'rank') continue;
    // Ranks that are dictionary words (`Jenderal`, `Kapten`) also name streets, directorates and honours.
    if (loadRoots().has(v.lower(i))) continue;
    if (i > 0 && v.isCapitalized(i - 1) && nonPersonNameWords().has(v.lower(i - 1))) continue;
    let j = i + 1;
    // `Brigadir Satu Polisi Renita`: the rest of a rank written out in words.
    for (let t = i + 1; t < i + 4 && t < v.count; t++) { const ph = titlePhraseBefore(v, t + 1, i); if (ph?.start === i && ph.kind === 'rank') j = t + 1; }
    while (j < v.count && spanAt[j]! < 0 && v.isCapitalized(j) && (v.titleKind(j) === 'rank' || v.titleKind(j) === 'corps')) j++;
    let k = j;
    while (k < v.count && k - j < MAX_RANKED_NAME_WORDS && spanAt[k]! < 0 && NAME_WORD.test(v.text(k)) && !v.titleKind(k) && !nonPersonNameWords().has(v.lower(k))) k++;
    if (k === j) { i = k; continue; }
    const next = k < v.count ? spanAt[k]! : -1;
    if (next >= 0 && spans[next]!.type === 'PER' && spans[next]!.s === k) {
      // `AKBP Moch` + tagged `Faruk Rozi`: one name.
      spans[next]!.s = j;
      i = k;
      continue;
    }
    // A longer run of capitalised words is some other name, left to the tagger.
    if (next >= 0 || (k - j === MAX_RANKED_NAME_WORDS && k < v.count && NAME_WORD.test(v.text(k)))) { i = k; continue; }
    spans.push({ type: 'PER', s: j, e: k });
    added = true;
    i = k;
  }
  if (added) spans.sort((a, b) => a.s - b.s);
}

/**
 * `Presiden Ramaphosa disambut ...`: a head of state's title followed by one capitalised word the tagger left
 * untagged, then a lower-case word, names the holder. Not a known place or body (`Presiden Prancis`),
 * a dictionary word (`Presiden Direktur`), a title word, or a word that never names a person. One pass over the tokens.
 */
function addHeadTitledNames(v: TokenView, spans: Array<{ type: EntityJson['type']; s: number; e: number }>, base: KbLookup): void {
  const tagged = new Uint8Array(v.count);
  for (const sp of spans) tagged.fill(1, sp.s, sp.e);
  let added = false;
  for (const i of v.capitalCandidates()) {
    const j = i + 1;
    if (j >= v.count || tagged[i] || tagged[j] || !personHeadTitles().has(v.lower(i)) || !v.isCapitalized(i)) continue;
    const w = v.text(j);
    if (!NAME_WORD.test(w) || w.length < 3 || v.isAllCaps(j) || v.titleKind(j) || loadRoots().has(v.lower(j)) || nonPersonNameWords().has(v.lower(j)) || base.lookup(w)) continue;
    // The name goes on into a clause (`Presiden Ramaphosa tiba`); before a comma it may be a body (`Wakil Presiden Xiaomi,`)
    // or an ordinal (`Presiden Ketiga,`).
    if (j + 1 >= v.count || !/^\p{Ll}+$/u.test(v.text(j + 1)) || isAffixedWord(v.lower(j)) || roleOrdinalWords().has(v.lower(j))) continue;
    spans.push({ type: 'PER', s: j, e: j + 1 });
    added = true;
  }
  if (added) spans.sort((a, b) => a.s - b.s);
}

/** A person's initials: one to four capital letters (`AR`, `DCD`, `S`). */
const INITIALS = /^\p{Lu}{1,4}$/u;
/**
 * Initials written with dots (`A.S.`, `N.`) or before a full stop the tokenizer kept with them (`berinisial ... dan
 * SR.`), read after a cue only.
 */
const DOTTED_INITIALS = /^(?:(?:\p{Lu}\.){1,4}|\p{Lu}{2,4}\.)$/u;
/** Initials with one final dot, which is no part of the name (`N.`, `SR.`; not `A.S.`). */
const FINAL_DOT_INITIALS = /^\p{Lu}{1,4}\.$/u;

/** The char end of the name in the initials token `i`: `berinisial N.`, `dan SR.`: one final dot is no part of it. */
export function initialsNameEnd(v: TokenView, i: number): number {
  return FINAL_DOT_INITIALS.test(v.text(i)) ? v.end(i) - 1 : v.end(i);
}
/** Most characters of initials: four letters, each with its dot. */
const MAX_INITIALS_CHARS = 8;
/**
 * The next member of a list of initials after the initials at `i` (`berinisial HK, AZ dan AF`, `SN (28) dan DI
 * (37)`): past a bracketed age, a comma and/or a joining word (`data/id/person-list-joiners.txt`), a token
 * written as initials; -1 when the list ends.
 */
function nextListedInitials(v: TokenView, i: number): number {
  let j = afterAgeBracket(v, i + 1);
  const at = j;
  if (j < v.count && v.text(j) === ',') j++;
  if (j < v.count && personListJoiners().has(v.lower(j))) j++;
  if (j === at || j >= v.count || v.end(j) - v.start(j) > MAX_INITIALS_CHARS) return -1;
  const t = v.text(j);
  return INITIALS.test(t) || DOTTED_INITIALS.test(t) ? j : -1;
}

/** Most words of a name read before a bracketed age (`Vienna Varella Angeli Parinussa (19)`). */
const MAX_AGED_NAME_WORDS = 4;
/** Least bracketed number after a name the tagger read as a body that is read as an age (`Suwaibah (38)`). */
const MIN_TAGGED_BODY_AGE = 10;

/**
 * The first token of a person's name ending at token `i` right before a bracketed age (`Sakir (30)`, `korban Irene
 * Betzy (21), warga ...`), or -1. News gives the ages of victims, suspects and witnesses this way; the tagger leaves
 * many such names untagged. Only capitalised words the tagger left untagged (`spans[k]` is the first span not
 * ending before `i`), none a title, a word naming a body or place (`non-person-name-words.tsv`), a numbered part
 * (`Ayat (2)`, `person-age-bracket-stops.txt`) or a name the base knows (`Jambi (62)`, `China (74)`: counts by place); not after a number (`Pasal 55 Ayat (1)`) or an alias cue
 * (`Muhajar Sidiq alias Bang Jek (42)`: the alias is read with the name before it).
 */
function agedNameStart(v: TokenView, i: number, spans: ReadonlyArray<{ type: EntityJson['type']; s: number; e: number }>, k: number, base: KbLookup): number {
  if (afterAgeBracket(v, i + 1) === i + 1) return -1;
  const sp = spans[k];
  // Tagged: only an organisation of name words ending right here (`Suwaibah (38)`, `Josni Jafet Tigor (34)`: the
  // tagger reads a name before a bracket as a body with its acronym) is read again.
  // Not a tally under `MIN_TAGGED_BODY_AGE` (`Napoli (6)`, `Nvidia (7)`: points, ranks).
  if (sp && sp.s <= i && (sp.type !== 'ORG' || sp.e !== i + 1 || sp.e - sp.s > MAX_AGED_NAME_WORDS || Number(v.text(i + 2)) < MIN_TAGGED_BODY_AGE)) return -1;
  const floor = sp && sp.s <= i ? sp.s : Math.max(v.sentenceStart(i), k > 0 ? spans[k - 1]!.e : 0);
  const isNameWord = (j: number) => NAME_WORD.test(v.text(j)) && !v.titleKind(j) && !nonPersonNameWords().has(v.lower(j))
    && !personAgeBracketStops().has(v.lower(j)) && base.lookup(v.text(j)) === null;
  if (!isNameWord(i)) return -1;
  let s = i;
  while (s > floor && i - s + 1 < MAX_AGED_NAME_WORDS && isNameWord(s - 1)) s--;
  // `Usaha Doug Shipsey (53) berhasil`: a dictionary word opening the sentence is no part of the name.
  if (s < i && s === v.sentenceStart(s) && loadRoots().has(v.lower(s))) s++;
  if (sp && sp.s <= i && s !== sp.s) return -1;
  if (s > 0) {
    const before = v.text(s - 1);
    if (/^\d/.test(before) || personAliasCues().includes(v.lower(s - 1))) return -1;
  }
  // `Inter Milan (9) dan Juventus (7)`: a list of counts whose member before is a body or place counts bodies. A
  // body or place here: a span the tagger did not read as a person that the base knows (`Mahakam Ulu (8), Kubar (12)`)
  // or holding an acronym or a word the base knows or that names a body or place (`AC Milan`, `Inter Milan`; not
  // `Nasid`, a name the tagger misread, nor a title word).
  const isBody = (b: { type: EntityJson['type']; s: number; e: number }) => {
    if (b.type === 'PER') return false;
    if (b.e - b.s > 1 && base.lookup(sliceTokens(v, b.s, b.e)) !== null) return true;
    for (let t = b.s; t < b.e; t++) if (v.isAllCaps(t) || nonPersonNameWords().has(v.lower(t)) || base.lookup(v.text(t)) !== null) return true;
    return false;
  };
  const prev = spans[k - 1];
  if (prev && isBody(prev)) {
    let j = s - 1;
    if (j >= 0 && personListJoiners().has(v.lower(j))) j--;
    if (j >= 0 && v.text(j) === ',') j--;
    if (j < s - 1 && j >= 3 && v.text(j) === ')' && v.text(j - 2) === '(' && prev.e === j - 2) return -1;
  }
  // So does a list whose next member is one (`Atalanta (6), AC Milan (6) dan AS Roma (5)`).
  let x = afterAgeBracket(v, i + 1);
  if (x < v.count && v.text(x) === ',') x++;
  if (x < v.count && personListJoiners().has(v.lower(x))) x++;
  const next = spans[sp && sp.s <= i ? k + 1 : k];
  if (next && next.s === x && isBody(next) && next.e + 2 < v.count && v.text(next.e) === '(' && /^\d/.test(v.text(next.e + 1))) return -1;
  if (s < i && base.lookup(sliceTokens(v, s, i + 1)) !== null) return -1;
  return s;
}

/** Most tokens between a person word and the namer after it (`Wanita itu diketahui bernama`: 3). */
const MAX_NAMER_GAP = 3;
/** Most names of a list after a namer (`kedua temannya bernama Paino dan Pandi`). */
const MAX_NAMED_LIST = 4;

/**
 * After a namer (`bernama`, titles.tsv) that follows a word naming a person (`Seorang perempuan bernama Sati`,
 * `Wanita itu diketahui bernama Insani Aura Stefani`, `penumpang bernama ...`; a role or relation in titles.tsv, at
 * most `MAX_NAMER_GAP` tokens back past a passive namer verb, `yang` or a demonstrative), the capitalised name words
 * are a person, whatever the tagger read (a place, a body) or left untagged, and so is each further name of a list
 * (`Paino dan Pandi`). Not a name the base knows (`kapal bernama Indonesia`), a title or a body or place word. Called
 * from the walk over capitalised tokens at the name's first token `i`; returns true when a span was added.
 */
function addNamedPersons(v: TokenView, i: number, spans: Array<{ type: EntityJson['type']; s: number; e: number }>, base: KbLookup): boolean {
  const floor = v.sentenceStart(i);
  let j = i - 2;
  while (j >= floor && i - 2 - j < MAX_NAMER_GAP && (roleNamerVerbs().has(v.text(j)) || v.text(j) === 'yang' || kindOf(v, j) === 'demonstrative')) j--;
  const head = j >= floor ? kindOf(v, j) : undefined;
  if (head !== 'role' && head !== 'relation') return false;
  const isNameWord = (t: number) => NAME_WORD.test(v.text(t)) && !v.titleKind(t) && !nonPersonNameWords().has(v.lower(t)) && base.lookup(v.text(t)) === null;
  let added = false;
  let at = i;
  for (let n = 0; n < MAX_NAMED_LIST && at < v.count && isNameWord(at); n++) {
    // The span holding the name's first token, if any (spans are sorted until one is added).
    let k = 0;
    while (k < spans.length && spans[k]!.e <= at) k++;
    const sp = spans[k];
    let e: number;
    if (sp && sp.s <= at) {
      if (sp.s !== at || sp.e - sp.s > MAX_AGED_NAME_WORDS || base.lookup(sliceTokens(v, sp.s, sp.e)) !== null) break;
      let ok = true;
      for (let t = sp.s; t < sp.e && ok; t++) ok = isNameWord(t);
      if (!ok) break;
      sp.type = 'PER';
      // `Insani` read as a body and `Aura Stefani` as a person: one name.
      const next = spans[k + 1];
      if (next && next.s === sp.e && next.type === 'PER') { sp.e = next.e; spans.splice(k + 1, 1); }
      e = sp.e;
    } else {
      e = at;
      while (e < v.count && e - at < MAX_AGED_NAME_WORDS && (!sp || e < sp.s) && isNameWord(e)) e++;
      // A longer capitalised run is some other name (`Selamat Samin`, `Samin` a place: not `Selamat` alone).
      if (e < v.count && v.isCapitalized(e) && /\p{L}/u.test(v.text(e))) break;
      spans.push({ type: 'PER', s: at, e });
      spans.sort((a, b) => a.s - b.s);
      added = true;
    }
    // `Paino dan Pandi`, `Paino, Pandi`: the next name of the list.
    let x = e;
    if (x < v.count && v.text(x) === ',') x++;
    if (x < v.count && personListJoiners().has(v.lower(x))) x++;
    if (x === e) break;
    at = x;
  }
  return added;
}

/**
 * The press names suspects, victims and minors by their initials only
 * (`tersangka berinisial AR`, `korban, DM (47), ...`): capital letters after
 * an initials cue (`data/id/person-initial-cues.txt`) or before a bracketed
 * age are a person, which the tagger leaves untagged or reads as an
 * organisation. Before an age, an acronym the knowledge base knows (`PKS
 * (50)`, a count of seats) or one ending a capitalised name is no person.
 * After a cue, every member of a list (`berinisial HK, AZ dan AF`) is a person,
 * and so are initials the base knows (`AS`, a country elsewhere) and initials
 * written with dots (`A.S.`). Every one-token span of those same initials
 * becomes a person too (`AR mengaku ...`, tagged ORG). One pass over the
 * capitalised tokens, which also reads names before an age (`agedNameStart`);
 * `spans` stays sorted. Returns the initials read, for
 * the clusters (a person's initials are not the place the base links them to).
 */
function addInitialledNames(v: TokenView, spans: Array<{ type: EntityJson['type']; s: number; e: number }>, base: KbLookup): Set<string> | undefined {
  let initials: Set<string> | undefined;
  let added = false;
  let k = 0;
  // The next member of a list of initials (-1: none), and whether it must have an age too: after a cue every member
  // is a person (`berinisial HK, AZ dan AF`); in a list of ages only those with one (`WPS (48) dan AS (38)`).
  let listed = -1;
  let listedWithAge = false;
  // Names before an age the tagger read as a body (see `agedNameStart`).
  let agedOrgs: Set<string> | undefined;
  // Initials open with a capital: only those candidates are visited (see `TokenView.capitalCandidates`).
  const capitals = v.capitalCandidates();
  for (let n = 0; n < capitals.length; n++) {
    const i = capitals[n]!;
    if (!v.isCapitalized(i)) continue;
    // `Seorang perempuan bernama Sati`: a name after a namer (see `addNamedPersons`).
    if (i > 0 && !v.isCapitalized(i - 1) && kindOf(v, i - 1) === 'namer' && !personInitialCues().has(v.lower(i - 1)) && addNamedPersons(v, i, spans, base)) {
      k = 0;
      continue;
    }
    // The cheap char tests first: a bracket after the token, its length.
    const bracket = i + 1 < v.count && v.isChar(i + 1, '(');
    const long = v.end(i) - v.start(i) > MAX_INITIALS_CHARS;
    if (long && !bracket) continue;
    const t = v.text(i);
    const dotted = !INITIALS.test(t);
    if (long || (dotted && !DOTTED_INITIALS.test(t))) {
      // `Sakir (30)`, `Irene Betzy (21)`: a name before a bracketed age.
      if (bracket && NAME_WORD.test(t)) {
        while (k < spans.length && spans[k]!.e <= i) k++;
        const s = agedNameStart(v, i, spans, k, base);
        const sp = spans[k];
        if (s >= 0 && sp && sp.s <= i) {
          sp.type = 'PER';
          (agedOrgs ??= new Set()).add(sliceTokens(v, s, i + 1));
        } else if (s >= 0) { spans.push({ type: 'PER', s, e: i + 1 }); added = true; }
      }
      continue;
    }
    const aged = !dotted && afterAgeBracket(v, i + 1) > i + 1;
    const cued: boolean = (i === listed && (aged || !listedWithAge)) || (i > 0 && personInitialCues().has(v.lower(i - 1)));
    if (!cued) {
      if (!aged || v.end(i) - v.start(i) > 4) continue;
      if (base.lookup(t) !== null) continue;
      if (i > v.sentenceStart(i) && NAME_WORD.test(v.text(i - 1)) && !v.titleKind(i - 1)) continue;
    }
    if (i !== listed) listedWithAge = !cued;
    listed = nextListedInitials(v, i);
    (initials ??= new Set()).add(t);
    // `dan SR.` names `SR` when written again.
    if (FINAL_DOT_INITIALS.test(t)) initials.add(t.slice(0, -1));
    while (k < spans.length && spans[k]!.e <= i) k++;
    const sp = spans[k];
    if (sp && sp.s <= i) {
      if (sp.s === i && sp.e === i + 1) sp.type = 'PER';
      continue;
    }
    spans.push({ type: 'PER', s: i, e: i + 1 });
    added = true;
  }
  if (added) spans.sort((a, b) => a.s - b.s);
  // The same name the tagger read as a body elsewhere (`Suwaibah mengatakan ...`) is that person too.
  if (agedOrgs) for (const sp of spans) if (sp.type === 'ORG' && sp.e - sp.s <= MAX_AGED_NAME_WORDS && agedOrgs.has(sliceTokens(v, sp.s, sp.e))) sp.type = 'PER';
  if (!initials) return undefined;
  for (const sp of spans) if (sp.e === sp.s + 1 && initials.has(v.text(sp.s))) sp.type = 'PER';
  return initials;
}

/**
 * Whether the cue word `cue` (lower case) credits a quotation to a name written right after it: a post cue
 * (`," kata Tunggul.`), or, right after the quote's closing mark (`afterQuote`), a closing cue only a person speaks
 * with (`"...," tutup Makmur.`: person-speech-cues.txt). Not with the clitic (`katanya Jumat`): that cue has its
 * speaker already.
 */
export function creditsNameAfter(cue: string, afterQuote: boolean): boolean {
  if (cue.endsWith('nya')) return false;
  const kinds = quoteLexicon().cues.get(cue);
  return kinds !== undefined && (kinds.has('post') || (afterQuote && kinds.has('closing') && personSpeechCues().has(cue)));
}

/** Kinds of base entries a one-word speaker's name may also be (`kata Sari`, `kata Bima`): cities and regions. */
const REGION_TYPES: ReadonlySet<string> = new Set(['city', 'regency', 'province']);

/** Most name words read after a speech cue the tagger left untagged (`," kata Tunggul.`). */
const MAX_ATTRIBUTED_NAME_WORDS = 3;

/**
 * A quotation credited after it (`"...," kata Tunggul.`, `"...," ujar Ipung Santoso, saat ...`) names its
 * speaker right after the cue: where the tagger left those capitalised words untagged, they are a person. Only
 * when the cue follows the closing quotation mark or a comma, and the name ends the clause (a full stop, a comma
 * or a function word such as `saat`, `di` follows): a longer capitalised run is a title or a body (`ujar Corporate
 * Secretary PT ...`). Words that are titles, bodies or places in the knowledge base are left out. `spans` stays sorted.
 */
function addAttributedNames(v: TokenView, spans: Array<{ type: EntityJson['type']; s: number; e: number }>, base: KbLookup): void {
  let covered: Uint8Array | undefined;
  let added = false;
  // The cue follows a quotation mark or a comma: only the tokens after those marks are visited (`TokenView.marks`);
  // `i` is the last token reached.
  const marks = v.marks();
  let i = 0;
  for (let n = 0; n < marks.length; n++) {
    if (marks[n]! + 1 <= i) continue;
    i = marks[n]! + 1;
    if (i + 1 >= v.count) break;
    // The cheap tests first: a capitalised word after a lower-case cue after a quotation mark or comma.
    if ((!v.isChar(i - 1, '"') && !v.isChar(i - 1, ',')) || !v.isCapitalized(i + 1) || v.isCapitalized(i)) continue;
    if (!creditsNameAfter(v.lower(i), v.isChar(i - 1, '"'))) continue;
    if (!covered) { covered = new Uint8Array(v.count); for (const sp of spans) covered.fill(1, sp.s, sp.e); }
    let k = i + 1;
    while (k < v.count && k - i - 1 < MAX_ATTRIBUTED_NAME_WORDS && !covered[k] && NAME_WORD.test(v.text(k)) && !v.titleKind(k)
      && !nonPersonNameWords().has(v.lower(k)) && base.lookup(v.text(k)) === null) k++;
    // `"...," kata Sari.`: right after the closing mark, one word the base knows as a city or region (not a country or
    // a body) is the speaker's name too; places do not speak there.
    if (k === i + 1 && v.isChar(i - 1, '"') && !covered[k] && NAME_WORD.test(v.text(k)) && !v.titleKind(k) && !nonPersonNameWords().has(v.lower(k))
      && REGION_TYPES.has(base.lookup(v.text(k))?.type ?? '') && k + 1 < v.count && !v.isCapitalized(k + 1)) k++;
    if (k === i + 1 || k >= v.count) continue;
    const next = v.text(k);
    // `saat ditemui`, `di lokasi`: a function word goes on; not `Programming and Acquisition Director`, `Doktor ekonomi`.
    if (next !== '.' && next !== ',' && v.titleKind(k) !== 'stop') continue;
    spans.push({ type: 'PER', s: i + 1, e: k });
    covered.fill(1, i + 1, k);
    added = true;
    i = k;
  }
  if (added) spans.sort((a, b) => a.s - b.s);
}

/** Most capitalised words a Balinese name runs on over after `I`/`Ni` and its first name (`I Gusti Ngurah Made Agung`). */
const MAX_BALINESE_NAME_WORDS = 4;

/** A capitalised word with lower-case letters after the capital (`Suwirta`, `Bayu`; not `PKH`). */
const BALINESE_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Kinds of base entries that end a Balinese name (`I Wayan Dipta Bali`); a regency or city may be a name word (`Bayu Pati`). */
const BALINESE_NAME_STOPS: ReadonlySet<string> = new Set(['organization', 'province', 'country']);

/**
 * `I Nyoman Suwirta`, `Ni Luh Putu Ari`, `I Gusti Ngurah Rai`: the gender marker `I` or `Ni`, a Balinese birth-order
 * name or `Gusti` (person-balinese-names.txt), then capitalised name words, is a person's name; the tagger often keeps
 * only its last words (`Bupati Klungkung I Nyoman Suwirta` read as `Suwirta`) or none. The name runs to the first word
 * that is not a capitalised name word, is a title word, or a body, province or country the base knows (`I Ketut Diarmita Dirjen PKH`, `I Wayan Dipta Bali`); a person span opened before `I` (with ranks) runs on to that end instead; it takes
 * the spans inside it, and a longer span of another type that it opens starts after it. Not after a word of a street
 * or building (`Jalan I Gusti Ngurah Rai`, `Stadion Kapten I Wayan Dipta`). `spans` stays sorted.
 */
function addBalineseNames(v: TokenView, spans: Array<{ type: EntityJson['type']; s: number; e: number }>, base: KbLookup): void {
  let added = false;
  const capitals = v.capitalCandidates();
  for (let n = 0; n < capitals.length; n++) {
    const i = capitals[n]!;
    // The marker as written in a name: a capital, the rest lower case (`I`, `Ni`; not `NI`).
    const t = v.text(i);
    if (!personBalineseMarkers().has(t.toLowerCase()) || t.slice(1) !== t.slice(1).toLowerCase() || i + 2 >= v.count || !personBalineseNames().has(v.lower(i + 1)) || !NAME_PART.test(v.text(i + 1))) continue;
    let e = i + 2;
    while (e < v.count && e - i - 2 < MAX_BALINESE_NAME_WORDS && BALINESE_NAME_WORD.test(v.text(e)) && !v.titleKind(e) && !BALINESE_NAME_STOPS.has(base.lookup(v.text(e))?.type ?? '')) e++;
    if (e === i + 2) continue;
    // `Jalan I Gusti Ngurah Rai`, `Stadion Kapten I Wayan Dipta`: a street or a building named after someone.
    let p = i - 1;
    while (p >= 0 && v.titleKind(p) && v.isCapitalized(p)) p--;
    if (p >= 0 && nonPersonNameWords().has(v.lower(p))) continue;
    // A person span the tagger opened before `I` (`Brigjen Pol I Wayan Sunartha`, with the ranks) runs on to the name's end.
    const held = spans.find((sp) => sp.type === 'PER' && sp.s < i && sp.e > i);
    if (held) { if (held.e < e) held.e = e; continue; }
    for (let k = 0; k < spans.length; k++) {
      const sp = spans[k]!;
      if (sp.e <= i || sp.s >= e) continue;
      if (sp.s >= i && sp.e <= e) { spans.splice(k--, 1); continue; }
      if (sp.type === 'PER' && sp.s >= i) { e = sp.e; spans.splice(k--, 1); continue; }
      if (sp.s >= i) sp.s = e;
      else sp.e = i;
    }
    spans.push({ type: 'PER', s: i, e });
    added = true;
  }
  if (added) spans.sort((a, b) => a.s - b.s);
}

/**
 * A body span of two or more words ending in an acronym and then a person's
 * full name tagged elsewhere in the article (`mantan Dirut PT AJS Hendrisman
 * Rahim` read as one organisation, `Hendrisman Rahim` a person before) is the
 * body followed by that person: the span is cut before the name and the name
 * becomes a person span. `spans` stays sorted by start.
 */
function splitTrailingPersons(v: TokenView, spans: Array<{ type: EntityJson['type']; s: number; e: number }>): void {
  let names: Set<string> | undefined;
  const added: Array<{ type: EntityJson['type']; s: number; e: number }> = [];
  for (const sp of spans) {
    if (sp.type === 'PER' || sp.e - sp.s < 4) continue;
    // The body must end in an acronym (`PT AJS`, `WBC AS`): a name that goes on in capitalised words (`Universitas
    // Gadjah Mada`, `Jaguar Land Rover`, `Bank Mega Syariah`) may share words with a person's, or a junk person's.
    for (let t = sp.s + 2; t <= sp.e - 2; t++) {
      if (!v.isCapitalized(t - 1) || !v.isAllCaps(t - 1)) continue;
      if (!names) { names = new Set(); for (const p of spans) if (p.type === 'PER' && p.e - p.s >= 2) names.add(sliceTokens(v, p.s, p.e)); }
      if (!names.has(sliceTokens(v, t, sp.e))) continue;
      added.push({ type: 'PER', s: t, e: sp.e });
      sp.e = t;
      break;
    }
  }
  if (added.length) { spans.push(...added); spans.sort((a, b) => a.s - b.s); }
}

/**
 * A person span right after a name word the tagger left out or read as a one-word place or body (`Menteri Kesehatan
 * dr Terawan Agus Putranto` tagged `Agus Putranto`, `Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum` tagged `Ruzhanul
 * Ulum`) takes that word back when it is a name word no title list or knowledge base knows and the article names a
 * person with it elsewhere (`kata Uu`): the name is written in full once, and its first word is no role's.
 * One word only, written right before the span. `spans` stays sorted by start.
 */
function joinGivenNames(v: TokenView, spans: Array<{ type: EntityJson['type']; s: number; e: number }>, base: KbLookup): void {
  // For each word: how many person spans open with it, how many hold it, and how many other spans hold it.
  let words: Map<string, { first: number; per: number; other: number }> | undefined;
  let singleNames: Set<string> | undefined;
  let names: Map<string, number> | undefined;
  const index = () => {
    words = new Map(); singleNames = new Set(); names = new Map();
    for (const p of spans) {
      for (let i = p.s; i < p.e; i++) {
        const w = v.text(i);
        let c = words.get(w);
        if (!c) words.set(w, c = { first: 0, per: 0, other: 0 });
        if (p.type !== 'PER') c.other++;
        else { c.per++; if (i === p.s) c.first++; }
      }
      if (p.type !== 'PER') continue;
      if (p.e === p.s + 1) singleNames.add(v.text(p.s));
      const n = sliceTokens(v, p.s, p.e);
      names.set(n, (names.get(n) ?? 0) + 1);
    }
  };
  let changed = false;
  // `Sekretaris Umum Gaikindo Kukuh Kumara` tagged as one body: after an office title, the last two or three name
  // words of a body span, opening with a word that is a person span of its own elsewhere (`ujar Kukuh`), are that
  // person. Not the whole name after a word naming the body's kind (`PT Surya Dharma Sentosa`: see
  // non-person-name-words.tsv).
  const added: Array<{ type: EntityJson['type']; s: number; e: number }> = [];
  for (const sp of spans) {
    if (sp.type === 'PER' || sp.s === 0 || sp.e - sp.s < 3 || sp.e - sp.s > 8) continue;
    // The office title may end in a word of its own (`Sekretaris Umum`, `Direktur Utama`).
    let j = sp.s - 1;
    while (j > sp.s - 3 && j > 0 && v.isCapitalized(j) && !v.titleKind(j)) j--;
    const k = v.titleKind(j);
    if ((k !== 'role' && k !== 'modifier') || !v.isCapitalized(j)) continue;
    for (let t = Math.max(sp.s + 1, sp.e - 3); t < sp.e - 1; t++) {
      if (t === sp.s + 1 && nonPersonNameWords().has(v.lower(sp.s))) continue;
      if (!NAME_WORD.test(v.text(t)) || v.titleKind(t)) continue;
      if (!words) index();
      if (!singleNames!.has(v.text(t))) continue;
      let ok = true;
      for (let i = t + 1; i < sp.e && ok; i++) ok = NAME_WORD.test(v.text(i)) && !v.titleKind(i) && base.lookup(v.text(i)) === null;
      if (!ok) break;
      added.push({ type: 'PER', s: t, e: sp.e });
      sp.e = t;
      break;
    }
  }
  if (added.length) { spans.push(...added); spans.sort((a, b) => a.s - b.s); words = undefined; }
  // A name just cut from a body does not take the body's last word back (`Meikarta Lilies Surjono`).
  const cut = added.length ? new Set(added) : undefined;
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k]!;
    if (sp.type !== 'PER' || sp.s === 0 || v.titleKind(sp.s) || cut?.has(sp)) continue;
    const w = sp.s - 1;
    const prev = k > 0 ? spans[k - 1]! : undefined;
    // Free, or a one-word place or body span of its own (`Terawan` read as a place).
    const inPrev = prev !== undefined && prev.e > w;
    if (inPrev && (prev.type === 'PER' || prev.s !== w || prev.e !== sp.s)) continue;
    if (!v.isCapitalized(w) || !NAME_WORD.test(v.text(w)) || v.titleKind(w) || base.lookup(v.text(w)) !== null || nonPersonNameWords().has(v.lower(w))) continue;
    if (!words) index();
    // `Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo`: a name also written alone is another person's, whose
    // wife or child carries it after a name of their own.
    if ((names!.get(sliceTokens(v, sp.s, sp.e)) ?? 0) > 1) continue;
    // After an abbreviated honorific (`dr Terawan`, `dr. Terawan` read as a place before `Agus Putranto`, `Prof. Aren`)
    // the word opens a person's name: one written in lower case in up to three letters (`dr`, `ir`, `hj`; not the
    // word `lalu`) or capitalised before a dot (`Prof.`); not a capitalised address (`Ibu Negara Iriana`).
    const h = w > 1 && v.text(w - 1) === '.' && v.end(w - 2) === v.start(w - 1) ? w - 2 : w - 1;
    const before = inPrev ? k - 2 : k - 1;
    const lower = h >= 0 && v.text(h) === v.lower(h);
    if (h >= 0 && v.titleKind(h) === 'honorific' && (lower ? v.text(h).length <= 3 : h < w - 1)
      && (before < 0 || spans[before]!.e <= h)) {
      sp.s = w;
      if (inPrev) { prev.e = prev.s; changed = true; }
      continue;
    }
    // A person elsewhere is named by it (`kata Timotius`), and the tagger reads it in persons more often than in bodies
    // and places (`RS Altha Medika`, `Fresh Market Bintaro`).
    const c = words!.get(v.text(w));
    if (!c || c.first === 0 || c.per <= c.other - (inPrev ? 1 : 0)) continue;
    // A dictionary word (`Terawan`, `Kukuh`, `Uu`) only where a person is named by it alone, and not opening a sentence.
    if (loadRoots().has(v.lower(w)) && (!singleNames!.has(v.text(w)) || w === v.sentenceStart(w))) continue;
    sp.s = w;
    if (inPrev) { prev.e = prev.s; changed = true; }
  }
  if (changed) for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.e <= spans[k]!.s) spans.splice(k, 1);
}

/**
 * Two person spans with only a patronymic word (`data/id/person-patronym-words.txt`: `Omar bin Said`, `Salman bin
 * Abdulaziz`, `Reema binti Bandar`) or a dotted middle initial (`Raffles B. Pandjaitan`) between them are one person's
 * name. `spans` stays sorted by start.
 */
function joinPatronyms(v: TokenView, spans: Array<{ type: EntityJson['type']; s: number; e: number }>): void {
  let changed = false;
  for (let k = 1; k < spans.length; k++) {
    const a = spans[k - 1]!;
    const b = spans[k]!;
    if (a.type !== 'PER' || b.type !== 'PER' || b.s !== a.e + 1) continue;
    // `Raffles B. Pandjaitan`: a dotted middle initial, found between two spans, joins them as well.
    if (!personPatronymWords().has(v.text(a.e)) && !(FINAL_DOT_INITIALS.test(v.text(a.e)) && v.text(a.e).length === 2)) continue;
    b.s = a.s;
    a.e = a.s;
    changed = true;
  }
  if (changed) for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.e <= spans[k]!.s) spans.splice(k, 1);
}

/** A dotted initial or run of them written before a name (`M.`, `B.J.`; not `RT.` or `Jl.`). */
const DOTTED_INITIAL = /^(?:\p{Lu}\.)+$/u;

/** True when token i opens a person's name written before it: a dotted initial or an abbreviated given name (`Muh.`). */
function isLeadingInitial(v: TokenView, i: number): boolean {
  const t = v.text(i);
  // Not an honorific written with dots (`K.H.`, `R.M.`: `kh`, `rm`).
  if (DOTTED_INITIAL.test(t)) return !v.titleKind(i) && (t.length < 4 || !titleKind(t.replaceAll('.', '')));
  return t.length > 2 && t.endsWith('.') && v.isCapitalized(i) && personAbbreviatedGivenNames().has(v.lower(i).slice(0, -1));
}

/**
 * Dotted initials and abbreviated given names right before a person span open the name, where the tagger left them
 * out (`Menaker M. Hanif Dhakiri`, `mantan Presiden B.J. Habibie`, `Jaksa Agung M. Prasetyo`) or ran them into the
 * body before (`Pengadilan Agama Dompu Muh.` + `Subhan`): without this they end the role before the name. An
 * honorific among them stops the run (`Dr. H. M. Hidayat Nur Wahid`: `H.` is Haji). After a middle initial, one more
 * name word no lexicon knows, in no span and not opening the sentence, is the given name (`Psikolog Pingkan C. B.
 * Rumondor`). Not a person's own initials (`berinisial M.`), nor across a sentence start. `spans` stays sorted by
 * start.
 */
function joinLeadingInitials(v: TokenView, spans: Array<{ type: EntityJson['type']; s: number; e: number }>, base: KbLookup): void {
  let changed = false;
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k]!;
    if (sp.type !== 'PER' || sp.s === 0 || !isLeadingInitial(v, sp.s - 1)) continue;
    const prev = k > 0 ? spans[k - 1]! : undefined;
    // The run may end the body or place span before (`Dompu Muh.`), never a person's, and leaves that span a word.
    if (prev && prev.e > sp.s - 1 && (prev.type === 'PER' || prev.e !== sp.s)) continue;
    const lo = Math.max(v.sentenceStart(sp.s), prev ? (prev.e < sp.s ? prev.e : prev.s + 1) : 0);
    let w = sp.s;
    while (w - 1 >= lo && isLeadingInitial(v, w - 1)) w--;
    if (w === sp.s) continue;
    // `Pingkan C. B.`: a given name before middle initials, in no span, not opening the sentence (`Gebrakan B. J.
    // Habibie`: a noun there).
    if (w - 1 >= lo && w - 1 > v.sentenceStart(sp.s) && (!prev || prev.e < w) && DOTTED_INITIAL.test(v.text(w)) && isUnknownNameWord(v, w - 1, base)) w--;
    if (prev && prev.e > w) { prev.e = w; if (prev.e <= prev.s) changed = true; }
    sp.s = w;
  }
  if (changed) for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.e <= spans[k]!.s) spans.splice(k, 1);
}

/** True when a token is an Arabic article, a hyphen and a capitalised name word (`al-Assad`, `el-Sisi`). */
function isArticleName(t: string): boolean {
  const h = t.indexOf('-');
  return h > 0 && h + 1 < t.length && /\p{Lu}/u.test(t[h + 1]!) && personArticlePrefixes().has(t.slice(0, h));
}

/** True when token i is a capitalised word no lexicon knows: a name word (`Sholahudin`), not `Nasional` or `Jawa`. */
function isUnknownNameWord(v: TokenView, i: number, base: KbLookup): boolean {
  const w = v.text(i);
  return NAME_WORD.test(w) && !loadRoots().has(v.lower(i)) && !v.titleKind(i) && base.lookup(w) === null;
}

/** Most words of a nickname written in quotes inside a name (`Joaquin "El Chapo" Guzman`). */
const MAX_NICKNAME_WORDS = 3;

/**
 * A nickname in quotes inside a person's name (`Alberto 'Beto' Goncalves`, `Joaquin "El Chapo" Guzman`) makes one
 * name, as written, where the tagger cut it at the quotes into two or three persons or left the first name out. Needs
 * capitalised words on both sides of the quotes and a person span among them; a body or place span in the way is
 * left alone. One pass over the tokens; `spans` stays sorted by start.
 */
function joinQuotedNicknames(v: TokenView, spans: Array<{ type: EntityJson['type']; s: number; e: number }>): void {
  // Only quotation marks are visited (`TokenView.marks`); `i` is the last token reached, from the second token on.
  const marks = v.marks();
  let i = 0;
  for (let n = 0; n < marks.length; n++) {
    if (marks[n]! <= i) continue;
    i = marks[n]!;
    if (i + 3 >= v.count) break;
    if (!v.isChar(i, '"') && !v.isChar(i, "'")) continue;
    const q = v.text(i);
    if (!NAME_PART.test(v.text(i - 1)) || !v.isCapitalized(i + 1)) continue;
    let j = i + 1;
    while (j < v.count && j - i <= MAX_NICKNAME_WORDS && v.text(j) !== q && v.isCapitalized(j)) j++;
    if (j >= v.count - 1 || v.text(j) !== q || j === i + 1 || !NAME_PART.test(v.text(j + 1)) || v.titleKind(j + 1) || v.titleKind(i - 1)) continue;
    // Spans touching the run from the first name to the last name word.
    let lo = spans.findIndex((sp) => sp.e > i - 1);
    if (lo < 0 || spans[lo]!.s > j + 1) continue;
    let hi = lo;
    while (hi + 1 < spans.length && spans[hi + 1]!.s <= j + 1) hi++;
    let person = false;
    let body = false;
    for (let k = lo; k <= hi; k++) { if (spans[k]!.type === 'PER') person = true; else body = true; }
    if (!person || body) continue;
    const s = Math.min(spans[lo]!.s, i - 1);
    const e = Math.max(spans[hi]!.e, j + 2);
    spans.splice(lo, hi - lo + 1, { type: 'PER', s, e });
    i = e;
  }
}

/**
 * A place or body span whose first words are a name the knowledge base knows and whose last two or three are
 * name words no lexicon knows (`Jawa Timur Umar Sholahudin`, `Kementerian Perhubungan Sidratul Muntaha`) is the
 * body followed by a person the tagger ran into it, when the first or last of those words is in a person span
 * elsewhere in the article: the span is cut and the name becomes a person span. A longer unknown run is left alone
 * (a body's own name: `PT Cimanggis Cibitung Tollways`). `spans` stays sorted by start.
 */
function splitKnownBodyPersons(v: TokenView, spans: Array<{ type: EntityJson['type']; s: number; e: number }>, base: KbLookup): void {
  const added: Array<{ type: EntityJson['type']; s: number; e: number }> = [];
  // Words of the article's person spans: the cut name must be a person elsewhere too (`Umar`, `Sidratul`), since
  // bodies also end in words no Indonesian lexicon knows (`Kementerian ... Youth Choir`).
  let personWords: Set<string> | undefined;
  for (const sp of spans) {
    if (sp.type === 'PER' || sp.e - sp.s < 3 || !isUnknownNameWord(v, sp.e - 1, base) || !isUnknownNameWord(v, sp.e - 2, base)) continue;
    let t = sp.e - 2;
    if (t - 1 > sp.s && isUnknownNameWord(v, t - 1, base)) t--;
    if (t - 1 > sp.s && isUnknownNameWord(v, t - 1, base)) continue;
    const titled = isTitledCommonBody(v, sp.s, t);
    if (!titled && base.lookup(sliceTokens(v, sp.s, t)) === null && !endsWithCountry(v, sp, t, base)) continue;
    // `Kuantan Singingi Soenardi`: the first unknown word may end a longer known name (`Kuantan Singingi`).
    if (base.lookup(sliceTokens(v, t - 1, t + 1)) !== null || base.lookup(sliceTokens(v, sp.s, t + 1)) !== null) continue;
    if (!personWords) {
      personWords = new Set();
      for (const p of spans) if (p.type === 'PER') for (let i = p.s; i < p.e; i++) personWords.add(v.text(i));
    }
    if (!titled && !personWords.has(v.text(t)) && !personWords.has(v.text(sp.e - 1))) continue;
    added.push({ type: 'PER', s: t, e: sp.e });
    sp.e = t;
  }
  for (const sp of spans) {
    const h = sp.type === 'PER' ? -1 : titledBodyHonorific(v, sp.s, sp.e, base);
    if (h < 0) continue;
    added.push({ type: 'PER', s: h, e: sp.e });
    sp.e = h;
  }
  if (added.length) { spans.push(...added); spans.sort((a, b) => a.s - b.s); }
}

/**
 * True when the organisation span `sp` has two or more words before token `t` and the last of them is a country
 * (`PT Bank DBS Indonesia Anthonius Sehonamin`, `Google Indonesia ...`): companies' local arms end in the country's
 * name, which no person's name ends in before a surname, so the unknown name words after it are the body's
 * spokesperson the tagger ran into it (still only when the name is a person elsewhere: see `splitKnownBodyPersons`).
 */
function endsWithCountry(v: TokenView, sp: { type: EntityJson['type']; s: number }, t: number, base: KbLookup): boolean {
  return sp.type === 'ORG' && t - sp.s >= 2 && base.lookup(v.text(t - 1))?.type === 'country';
}

/**
 * The token of an honorific inside a body or place span right after an office title that opens a person's name ending
 * the span (`Kepala Kebun Raya Bogor DR R Hendrian`: the body ends in a known place or body, then `DR` and up to three
 * capitalised words), or -1. A body named after someone (`RSUD Dr Soetomo`, `Jalan KH Ahmad Dahlan`) has its
 * honorific right after its first word or after words the knowledge base does not know, so it is left alone.
 */
function titledBodyHonorific(v: TokenView, s: number, e: number, base: KbLookup): number {
  if (s === 0 || e - s < 4 || e - s > 9 || v.titleKind(s - 1) !== 'role') return -1;
  for (let h = Math.max(s + 2, e - 4); h <= e - 2; h++) {
    if (v.titleKind(h) !== 'honorific' || base.lookup(v.text(h - 1)) === null) continue;
    for (let i = h + 1; i < e; i++) if (!v.isCapitalized(i) || v.titleKind(i)) return -1;
    return h;
  }
  return -1;
}

/**
 * True when tokens `s`..`t` are a body named in common words (`Badan Gizi Nasional`: a word naming a body, then
 * dictionary words) right after an office title (`Kepala`, `Ketua`): the body the office heads, so name words the
 * tagger ran into it after it are its head's name (`Kepala Badan Gizi Nasional Dadan Hindayana`).
 */
function isTitledCommonBody(v: TokenView, s: number, t: number): boolean {
  if (s === 0 || t - s < 2 || v.titleKind(s - 1) !== 'role' || nonPersonNameWords().get(v.lower(s)) !== 'ORG') return false;
  const roots = loadRoots();
  // `Pondok Pesantren Al Rabbani Cikeas`: a particle of two letters opens a name, not a common word.
  for (let i = s; i < t; i++) if (!NAME_WORD.test(v.text(i)) || !roots.has(v.lower(i))) return false;
  return true;
}

/** Adds the capitalised words from token `at` (past honorifics, up to three) as a nickname alias. */
function pushNickname(v: TokenView, text: string, at: number, out: AliasSpan[]): void {
  let j = skipHonorifics(v, at, Math.min(v.count, at + MAX_ALIAS_TOKENS));
  const s = j;
  while (j < v.count && j - s < 3 && v.isCapitalized(j) && /\p{L}/u.test(v.text(j))) j++;
  if (j > s) out.push({ start: v.start(s), end: v.end(j - 1), text: text.slice(v.start(s), v.end(j - 1)), kind: 'nickname' });
}

/** The first token from `s` (before `e`) past capitalised honorifics, leaving at least one token (`Gus Kikin` → `Kikin`). */
function skipHonorifics(v: TokenView, s: number, e: number): number {
  while (s + 1 < e && v.isCapitalized(s) && v.titleKind(s) === 'honorific') s++;
  return s;
}

/** True when token p is a capitalised name particle (`I`, `Ni`) standing before the name word at token i (`Gede`). */
function isNameParticle(v: TokenView, p: number, i: number): boolean {
  const t = v.text(p);
  if (t.length > 2 || !v.isCapitalized(p) || v.end(p) === v.start(i)) return false;
  return nameParticles().get(t.toLowerCase())?.has(v.lower(i)) ?? false;
}

function sliceTokens(v: TokenView, s: number, e: number): string {
  const parts: string[] = [];
  for (let i = s; i < e; i++) parts.push(v.text(i));
  return parts.join(' ');
}

/** Most tokens a bracketed alias may have: `(Jokowi)`, `(BPRD)`, `(Pemkab Bogor)`. */
const MAX_ALIAS_TOKENS = 4;

/**
 * Turn tagged entities into mentions: strip titles from person names (they
 * become roles or the honorific prefix), trim trailing lower-case words from
 * places and organisations (`Kyiv tengah` → `Kyiv`), read roles around
 * person names and aliases after every name.
 */
export function buildMentions(v: TokenView, text: string, folded: string, entities: readonly EntityJson[], base: KbLookup): Mention[] {
  const spans: Array<{ type: EntityJson['type']; s: number; e: number }> = [];
  for (const ent of entities) {
    const s = v.tokenAtOrAfter(ent.start);
    let e = v.tokenEndingAfter(ent.end - 1) + 1;
    if (e <= s) e = s + 1;
    if (s >= v.count) continue;
    spans.push({ type: ent.type, s, e: Math.min(e, v.count) });
  }
  // `Wali Kota Pekanbaru Agung Nugroho` tagged as the place `Kota Pekanbaru Agung` and the person `Nugroho`: a known
  // place or body followed by one more capitalised word, right before a one-word person, lends that word back to the name.
  for (let k = 1; k < spans.length; k++) {
    const a = spans[k - 1]!;
    const b = spans[k]!;
    if (b.type !== 'PER' || b.e - b.s !== 1 || a.type === 'PER' || a.e !== b.s || a.e - a.s < 2 || !v.isCapitalized(a.e - 1)) continue;
    if (base.lookup(sliceTokens(v, a.s, a.e)) !== null || base.lookup(sliceTokens(v, a.s, a.e - 1)) === null) continue;
    a.e--;
    b.s--;
  }
  addRankedNames(v, spans);
  addHeadTitledNames(v, spans, base);
  const initials = addInitialledNames(v, spans, base);
  addAttributedNames(v, spans, base);
  addBalineseNames(v, spans, base);
  splitTrailingPersons(v, spans);
  splitKnownBodyPersons(v, spans, base);
  joinGivenNames(v, spans, base);
  joinQuotedNicknames(v, spans);
  joinPatronyms(v, spans);
  joinLeadingInitials(v, spans, base);
  // `Pierre-Emerick Aubameyang` tagged from `Emerick`: a person's name the tokenizer split at a hyphen is whole again,
  // where no other entity holds the other part. Only leftwards: a pair of names (`Jokowi-Maruf`, `Ridwan Kamil-Uu`)
  // stays two, so the part must not open another person's span, and a one-word span (`Maruf`) is not extended.
  let firstWords: Set<string> | undefined;
  const joins = (i: number) => {
    if (!firstWords) { firstWords = new Set(); for (const sp of spans) if (sp.type === 'PER') firstWords.add(v.text(sp.s)); }
    return NAME_PART.test(v.text(i)) && !firstWords.has(v.text(i)) && !v.titleKind(i);
  };
  spans.forEach((sp, k) => {
    if (sp.type !== 'PER' || sp.e - sp.s < 2 || v.titleKind(sp.s)) return;
    const lo = k > 0 ? spans[k - 1]!.e : 0;
    if (sp.s - 2 >= lo && isNameHyphen(v, sp.s - 1) && joins(sp.s - 2)) sp.s -= 2;
  });
  // Tokens of person names, so that a role scan never runs into another person.
  const personAt = new Int32Array(v.count).fill(-1);
  spans.forEach((sp, k) => { if (sp.type === 'PER') personAt.fill(k, sp.s, sp.e); });
  // The surname of each person named in full (`Koman` of `Veronica Koman`), to tell another spelling of the name in a role.
  const nameWordOwner = new Map<string, number>();
  // So is a name written alone (`Tristan`), to tell it where the tagger missed it before a comma (`Ayah Tristan, Roger`).
  spans.forEach((sp, k) => {
    if (sp.type !== 'PER') return;
    const w = v.text(sp.e - 1);
    if (!NAME_WORD.test(w) || v.titleKind(sp.e - 1) || loadRoots().has(v.lower(sp.e - 1)) || base.lookup(w)) return;
    const o = nameWordOwner.get(w);
    nameWordOwner.set(w, o === undefined || o === k ? k : -1);
  });

  // Built on first use: only a capitalised stop word opening a span asks for it.
  let personNames: Set<string> | undefined;
  const isPersonName = (s: string) => {
    if (!personNames) { personNames = new Set(); for (const sp of spans) if (sp.type === 'PER') personNames.add(sliceTokens(v, sp.s, sp.e)); }
    return personNames.has(s);
  };
  // Acronyms the text defines for a body or place (`Universitas Muhammadiyah Malang (UMM)`).
  const acronyms = new Set<string>();
  for (const sp of spans) {
    if (sp.type !== 'PER' && sp.e + 2 < v.count && v.text(sp.e) === '(' && v.text(sp.e + 2) === ')' && v.isAllCaps(sp.e + 1)) acronyms.add(v.text(sp.e + 1));
  }

  // First tokens of the bodies and places the tagger read (`Harry Kane (Tottenham Hotspur)`: a club, not a nickname).
  const otherAt = new Uint8Array(v.count);
  for (const sp of spans) if (sp.type !== 'PER') otherAt[sp.s] = 1;
  const out: Mention[] = [];
  spans.forEach((sp, k) => {
    let ns = sp.s;
    let ne = sp.e;
    // A person span may open with titles or, by a tagger boundary error, with a known body or place
    // (`DPR RI Mukhamad Misbakhun`, `NTB Fathurrahman`): both are context, not name. Initials (`AM Fachir`) stay.
    if (sp.type === 'PER') ns = skipLeadingContext(v, ns, ne, base);
    // `mahasiswa Teknik Industri UMM Ulytz Sukma Susila` tagged from `UMM`: an acronym the text defined names the body.
    while (sp.type === 'PER' && ns < ne - 1 && acronyms.has(v.text(ns))) ns++;
    // A clause-opening function word capitalised at a sentence or paragraph start is not a given name (`Selain Jonatan`,
    // `Namun Juricha`); short ones may be surnames (`Yang Jiechi`).
    // Short ones (`Oleh Kasri`) go too when the rest is a person named elsewhere.
    // So are the common words of person-opening-words.txt (`Adapun Rahmat Irianto`, `Gol Beto Goncalves`).
    if (sp.type === 'PER' && ns < ne - 1 && (ns === v.sentenceStart(ns) || !WORD_CHAR.test(v.text(ns - 1)))
      && ((v.titleKind(ns) === 'stop' && (v.text(ns).length >= 5 || isPersonName(sliceTokens(v, ns + 1, ne))))
        || personOpeningWords().has(v.lower(ns)))) ns++;
    // So does an affixed common word there (`Kematian Sahar`, `Berhubung Cruyff`, `Absennya Pogba`).
    // Not after a bracket: `Kolonel Laut (P) Didong Rio` is a name after a corps.
    else if (sp.type === 'PER' && ns < ne - 1 && (ns === v.sentenceStart(ns) || !WORD_CHAR_OR_CLOSE.test(v.text(ns - 1)))
      && isAffixedWord(v.lower(ns))) ns++;
    // `Direktur Jenderal Imigrasi Sam Fernando` tagged from `Imigrasi`: such an office is always followed by the name
    // of its directorate, so a dictionary word opening a longer span right after it is that name, not the person's.
    if (sp.type === 'PER' && ns === sp.s && ne - ns >= 3 && loadRoots().has(v.lower(ns)) && titlePhraseBefore(v, ns, v.sentenceStart(ns))?.kind === 'title') ns++;
    // `AKP I Gusti Putu Arnata` tagged from `Gusti`: a Balinese particle before its name word belongs to the name.
    if (sp.type === 'PER' && ns > 0 && ns === sp.s && isNameParticle(v, ns - 1, ns)) ns--;
    // Names end in a word, not a stray full stop or comma the tagger took in (`Ilham Akbar Habibie.`).
    while (ne > ns + 1 && !/[\p{L}\p{N}]/u.test(v.text(ne - 1))) ne--;
    // Names do not end in a lower-case word: `Kyiv tengah` is Kyiv, `Jaelani alias` is Jaelani; a name word behind an
    // Arabic article is a name's (`Bashar al-Assad`).
    while (ne > ns + 1 && !v.isCapitalized(ne - 1) && /\p{L}/u.test(v.text(ne - 1)) && !isArticleName(v.text(ne - 1))) ne--;
    // `Susana SPd`, `Wahyu Kurnia SKM MKM`: degrees after a person's name are in the mention as written, not in the name.
    let se = ne;
    if (sp.type === 'PER') {
      // `Andrea DOVIZIOSO ITA Ducati Team`, `Sam Lowes GBR`: a name ends before an athlete's country code.
      for (let i = ns + 1; i < ne; i++) if (v.text(i).length === 3 && personCountryCodes().has(v.text(i))) { ne = i; se = i; break; }
      while (ne > ns + 1 && v.isCapitalized(ne - 1) && personDegreeSuffixes().has(v.text(ne - 1))) ne--;
      while (se < v.count && v.isCapitalized(se) && personDegreeSuffixes().has(v.text(se))) se++;
    }
    const start = v.start(ns);
    const isInitials = sp.type === 'PER' && ne === ns + 1 && initials?.has(v.text(ns)) === true;
    const end = isInitials ? initialsNameEnd(v, ns) : v.end(ne - 1);
    // A person followed by `, <person>` is the one the role is held for (`Sekretaris Pribadi BJ Habibie, Rubijanto`):
    // the role before it belongs to the second person.
    // Not after a clause opener: in `Menurut Wakil Ketua KPK Alexander Marwata, Miftahul Ulum dan ...` the comma ends the
    // adverbial, and the role is Alexander's.
    const type = sp.type;
    const surfaceStart = prefixStart(v, ns, sp.s);
    const readRoles = () => {
      const possessor = type === 'PER' && ne + 1 < v.count && v.text(ne) === ',' && personAt[ne + 1]! >= 0 && personAt[ne + 1] !== k
        && isPossessiveHolder(v, ns, v.sentenceStart(ns)) && !roleAfterClauseOpener(v, ns, v.sentenceStart(ns));
      const isOtherName = (i: number) => { const o = nameWordOwner.get(v.text(i)); return o !== undefined && o !== k && personAt[i] !== k; };
      return rolesAround(v, ns, se, surfaceStart, (i) => personAt[i]! >= 0 && personAt[i] !== k, possessor, isOtherName);
    };
    out.push(mentionWithLazyRoles(
      type, ns, ne, start, end, text.slice(start, end), text.slice(v.start(surfaceStart), se === ne ? end : v.end(se - 1)),
      readAliases(v, text, folded, type, se, (i) => otherAt[i] === 1 || namesNoPerson(v, i, base)), false, readRoles, isInitials,
    ));
  });
  return out;
}

/**
 * A mention whose roles are read on first use. Roles are read around every mention whatever its tagged type (the
 * cluster decides later whether it is a person's), but only persons' roles are asked for, and most mentions name
 * bodies and places: reading roles is the costliest part of a mention. `read` depends on the tokens and the
 * article's person spans only, both fixed once the mentions are built, so reading later gives the same roles.
 * (A class, so that every mention has one shape: an object literal with its own getter gets a shape of its own.)
 */
class LazyRolesMention implements Mention {
  private cachedRoles: RoleSpan[] | undefined;

  constructor(
    readonly type: Mention['type'], readonly nameStart: number, readonly nameEnd: number, readonly start: number,
    readonly end: number, readonly text: string, readonly surface: string, readonly aliases: AliasSpan[],
    readonly derived: boolean, private readonly read: () => RoleSpan[], readonly initials = false,
  ) {}

  get roles(): RoleSpan[] {
    return this.cachedRoles ??= this.read();
  }
}

/** A mention (see `LazyRolesMention`) whose roles `read` gives when first asked for. */
export function mentionWithLazyRoles(
  type: Mention['type'], nameStart: number, nameEnd: number, start: number, end: number, text: string, surface: string,
  aliases: AliasSpan[], derived: boolean, read: () => RoleSpan[], initials = false,
): Mention {
  return new LazyRolesMention(type, nameStart, nameEnd, start, end, text, surface, aliases, derived, read, initials);
}

/** The start of the honorific prefix of the name at `ns` (`nameStart` when none): within titles the tagger put in the span (from `entityStart`) plus three tokens before it. */
export function prefixStart(v: TokenView, ns: number, entityStart: number): number {
  const floor = v.sentenceStart(ns);
  return honorificPrefixStart(v, ns, Math.max(floor, entityStart - 3), floor);
}

/**
 * Roles around a name and the start of its honorific prefix, read for every
 * mention whatever its tagged type: the cluster decides later whether it is
 * a person (a tagger may read `Bahar` as a place once and a person later).
 * `entityStart` bounds the honorific prefix to titles the tagger put in the
 * span plus three tokens before it.
 */
export function readPersonContext(
  v: TokenView, ns: number, ne: number, entityStart: number, isOtherPerson: (i: number) => boolean, possessor = false,
  isOtherName: (i: number) => boolean = () => false,
): { surfaceStart: number; roles: RoleSpan[] } {
  const surfaceStart = prefixStart(v, ns, entityStart);
  return { surfaceStart, roles: rolesAround(v, ns, ne, surfaceStart, isOtherPerson, possessor, isOtherName) };
}

/** The roles of `readPersonContext`, around the name [ns, ne) whose honorific prefix starts at `surfaceStart`. */
export function rolesAround(
  v: TokenView, ns: number, ne: number, surfaceStart: number, isOtherPerson: (i: number) => boolean, possessor = false,
  isOtherName: (i: number) => boolean = () => false,
): RoleSpan[] {
  const floor = v.sentenceStart(ns);
  const roles: RoleSpan[] = [];
  let before = possessor ? null : roleBeforeList(v, surfaceStart, floor, isOtherPerson) ?? roleBeforeName(v, surfaceStart, floor, isOtherPerson, isOtherName);
  // `Menurut Wakil Ketua KPK Alexander Marwata, Miftahul Ulum dan ...`: a role held for the person before the comma is
  // no role of this one when a clause opener starts it; the comma ends the adverbial.
  if (before && before.tokEnd < surfaceStart && isOtherPerson(before.tokEnd - 1) && afterClauseOpener(v, before.tokStart, floor)) {
    // Unless that "person" ends a longer capitalised name (`Menurut analis saham PT Anugerah Mega Investama, Hans Kwee`).
    let p = before.tokEnd - 1;
    while (p > before.tokStart && isOtherPerson(p - 1)) p--;
    const w = v.text(p - 1);
    if (p - 1 < before.tokStart || !NAME_WORD.test(w) || v.titleKind(p - 1)) before = null;
  }
  if (before) roles.push(before);
  const after = roleInApposition(v, ne, v.sentenceEnd(ne - 1), isOtherPerson, before !== null, afterClauseOpener(v, surfaceStart, floor));
  if (after) roles.push(after);
  return roles;
}

/**
 * True when the name phrase at `surfaceStart` follows a preposition opening
 * an adverbial at the start of a sentence or clause (`Menurut Susanto, ...`,
 * `..., menurut Eka, ...`, `Tak hanya Aris, ...`): the main clause comes after the comma.
 */
function afterClauseOpener(v: TokenView, surfaceStart: number, floor: number): boolean {
  const p = surfaceStart - 1;
  if (p < floor) return false;
  for (const words of personClauseOpeners().get(v.lower(p)) ?? []) {
    const q = p - words.length + 1;
    if (q < floor) continue;
    let ok = true;
    for (let k = 0; k < words.length - 1 && ok; k++) ok = v.lower(q + k) === words[k];
    if (ok) return q === floor || v.text(q - 1) === ',';
  }
  return false;
}

/** True when the role written before the name at `ns` follows a clause-opening preposition (`Menurut Wakil Ketua KPK Alexander`). */
function roleAfterClauseOpener(v: TokenView, ns: number, floor: number): boolean {
  const surfaceStart = honorificPrefixStart(v, ns, Math.max(floor, ns - 3), floor);
  // A "person" ending a longer capitalised name (`PT Anugerah Mega Investama`) holds no role of its own.
  if (surfaceStart - 1 >= floor && NAME_WORD.test(v.text(surfaceStart - 1)) && !v.titleKind(surfaceStart - 1)) return false;
  const role = roleBeforeName(v, surfaceStart, floor, () => false);
  return role !== null && afterClauseOpener(v, role.tokStart, floor);
}

const CUE_AFTER = /^[\s,]*/;
/** Chars of the alias window `readAliases` reads. */
const ALIAS_WINDOW = 60;

let aliasCueInitials: ReadonlySet<number> | undefined;

/**
 * False when no alias cue can open after the spaces and commas at `from` (most names): the first char there is an
 * ASCII letter no cue starts with in lower case, or there is none in the window. Anything else (a char beyond ASCII,
 * which lower-casing may turn into another) is left to the full reading.
 */
function mayOpenAliasCue(folded: string, from: number): boolean {
  aliasCueInitials ??= new Set([...personAliasCues(), ...personAliasTitleCues()].map((c) => c.charCodeAt(0)));
  const to = Math.min(folded.length, from + ALIAS_WINDOW);
  for (let k = from; k < to; k++) {
    const c = folded.charCodeAt(k);
    if (c >= 128) return true;
    // The ASCII chars of `CUE_AFTER`: white space and the comma.
    if (c === 32 || (c >= 9 && c <= 13) || c === 44) continue;
    return aliasCueInitials.has(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return false;
}

/**
 * True when token i opens what names no person: a word naming a body or place (`FC`, `Racing`), a maker's name
 * (`Honda`, `Ducati`), a title of office (`Hakim`, `Advokat`, `Kabag`), or a body, place or country the knowledge base
 * knows (`Chelsea` is asked as written, `Korea`).
 */
function namesNoPerson(v: TokenView, i: number, base: KbLookup): boolean {
  const lower = v.lower(i);
  if (brandNames().has(lower) || nonPersonNameWords().has(lower)) return true;
  const k = v.titleKind(i);
  // A title word that is mostly a given name (`Mas Bayu (Imam Darto)`) may open a name.
  if ((k === 'role' || k === 'credit-role') && !titleGivenNames().has(lower)) return true;
  return base.lookup(v.text(i)) !== null;
}

/**
 * A bracketed name right after a name (`Badan Pusat Statistik (BPS)`,
 * `Joko Widodo (Jokowi)`) or one introduced by an alias cue (`yang akrab
 * disapa Jokowi`). Brackets holding a number or a lower-case word (an age, a
 * gloss) are not aliases.
 */
function readAliases(
  v: TokenView, text: string, folded: string, type: EntityJson['type'], nameEnd: number, opensOther: (i: number) => boolean,
): AliasSpan[] {
  const out: AliasSpan[] = [];
  // After a person, brackets opening a body, a place or a post name the club, team, country or office
  // (`Egy Maulana Vikri (Lechia Gdansk)`, `Marc Marquez (Honda)`, `Lili Pintauli Siregar (Advokat)`), not another name.
  // An acronym stays one (`Hendi Prio Santoso (HPS)`: the tagger reads initials as a body).
  if (nameEnd < v.count && v.text(nameEnd) === '(' && !(type === 'PER' && nameEnd + 2 < v.count && opensOther(nameEnd + 1)
    && !(v.text(nameEnd + 2) === ')' && v.isAllCaps(nameEnd + 1)))) {
    let j = nameEnd + 1;
    while (j < v.count && j - nameEnd <= MAX_ALIAS_TOKENS + 1 && v.text(j) !== ')') j++;
    if (j < v.count && v.text(j) === ')' && j > nameEnd + 1) {
      let ok = true;
      for (let i = nameEnd + 1; i < j; i++) if (!v.isCapitalized(i) && v.text(i) !== '-' && v.text(i) !== '&') ok = false;
      if (ok) {
        // `KH Abdul Hakim Mahfudz (Gus Kikin)`: the honorific is no part of the other name.
        const from = type === 'PER' ? skipHonorifics(v, nameEnd + 1, j) : nameEnd + 1;
        const s = v.start(from);
        const e = v.end(j - 1);
        const t = text.slice(s, e);
        out.push({ start: s, end: e, text: t, kind: j === from + 1 && v.isAllCaps(from) ? 'acronym' : 'nickname' });
      }
    }
  }
  if (type === 'PER' && nameEnd < v.count && mayOpenAliasCue(folded, v.start(nameEnd))) {
    // Only a short window after the name is read, so the cost stays per-mention.
    const from = v.start(nameEnd);
    const window = folded.slice(from, from + ALIAS_WINDOW).toLowerCase();
    const lead = CUE_AFTER.exec(window)![0].length;
    let cued = false;
    for (const cue of personAliasCues()) {
      if (!window.startsWith(cue, lead) || !/\s/.test(window[lead + cue.length] ?? '')) continue;
      pushNickname(v, text, v.tokenAtOrAfter(from + lead + cue.length), out);
      cued = true;
      break;
    }
    // `Saifullah Yusuf atau Gus Ipul`: `atau` gives another name only before an honorific.
    if (!cued) for (const cue of personAliasTitleCues()) {
      if (!window.startsWith(cue, lead) || window[lead + cue.length] !== ' ') continue;
      const k = v.tokenAtOrAfter(from + lead);
      if (k + 2 < v.count && v.isCapitalized(k + 1) && v.titleKind(k + 1) === 'honorific') pushNickname(v, text, k + 1, out);
      break;
    }
  }
  return out;
}
