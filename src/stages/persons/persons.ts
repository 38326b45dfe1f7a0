import { abbreviations } from '../../lang/id/abbreviations.js';
import { kb as shippedKb, type KnowledgeBase } from '../../kb/knowledge-base.js';
import { brandNames, nonPersonNames, personAliasCues, nonPersonNameWords, nonPersonSuffixWords, personIntroWords, personOpeningWords, personPlaceDirections, personPlaceNouns, portfolioTitles, personTitles, roleEpithets, titleGivenNames, titleKind, zodiacSigns, type TitleKind } from '../../lang/id/person-titles.js';
import { quoteLexicon } from '../../lang/id/quote-lexicon.js';
import { timexLexicon } from '../../lang/id/timex-lexicon.js';
import { loadRoots } from '../../lang/id/roots.js';
import { roleAnonymousArticles } from '../../lang/id/role-words.js';
import { defineStage } from '../../pipeline/stage.js';
import { need, type DocumentView } from '../../text/document.js';
import { collapseSpaces } from '../../text/spaces.js';
import type { ClusterJson, PersonJson } from '../../text/schema.js';
import { isAffixedWord } from './affixed-word.js';
import { ArticleKb, type KbLookup } from './article-kb.js';
import { clusterJson, clusterMentions, nameAndAliases, type Cluster } from './clusters.js';
import { buildMentions, creditsNameAfter, initialsNameEnd, mentionWithLazyRoles, prefixStart, readPersonContext, rolesAround, skipLeadingContext, type Mention } from './mentions.js';
import { agePhraseEnd, HEADS, isVerbLike, kindOf } from './roles.js';
import { sentenceOpenings } from './sentence-openings.js';
import { descriptionLast, descriptionPieceEnd, namedAsTopic, orphanRoles, selfRoles, speakerDescriptions } from './speaker-descriptions.js';
import { TokenView } from './token-view.js';

/** What the persons stage adds to a document. */
export interface PersonsResult {
  persons: PersonJson[];
  clusters: ClusterJson[];
}

/**
 * People and entity clusters of one article: roles and honorifics around
 * person names, acronyms and nicknames the text defines, within-article
 * coreference and knowledge-base links.
 *
 * @example
 * const { persons } = findPersons(analyze({ text }));
 * persons[0]; // { name: 'Jens Stoltenberg', mentions: ['Jens Stoltenberg', 'Stoltenberg'], roles: ['Sekretaris Jenderal NATO'] }
 */
export function findPersons(doc: DocumentView, base: KnowledgeBase = shippedKb()): PersonsResult {
  const tokens = need(doc, 'tokens');
  const sentences = need(doc, 'sentences');
  const entities = need(doc, 'entities');
  const folded = doc.layers.normalized?.folded ?? doc.text;
  const v = new TokenView(tokens, sentences, folded);
  const articleKb = new ArticleKb(base);
  const mentions = buildMentions(v, doc.text, folded, entities, articleKb);
  const related = relatedSpans(doc);
  if (related.length) trimHeadlineMentions(v, doc.text, mentions, related);
  addRepeatedMentions(v, doc.text, mentions);
  mentions.sort((a, b) => a.start - b.start);
  let clusters = clusterMentions(mentions, articleKb);
  for (const c of clusters) {
    if (c.type === 'PER') continue;
    if (isDescribedAsPerson(c, v)) c.type = 'PER';
    else if (isNamedAsPerson(c, v, articleKb)) { c.type = 'PER'; c.link = null; joinInnerName(c, clusters, articleKb); }
  }
  if (clusters.some((c) => c.mentions.length === 0)) clusters = clusters.filter((c) => c.mentions.length > 0);
  for (const c of clusters) if (c.type === 'PER') {
    retrimPersonMentions(c, v, doc.text, articleKb, clusters);
    keepPersonPart(c);
    // `penjualan Suzuki`, `driver Gojek`: a company named by one word (`Keisuke Honda` is a longer name).
    const t = nonPersonType(c.name) ?? precededByPlaceWord(c, v) ?? afterPlaceNoun(c, v)
      ?? (isQuotedTitle(c, folded) || brandNames().has(c.name.toLowerCase()) || isNationalBranch(c, articleKb) || isBrandModel(c) || isNumberedModel(c) ? 'ORG' : null);
    if (t) c.type = t;
  }
  retypeListItems(v, clusters);
  const described = describedPersons(v, doc.text, clusters, mentions);
  addEpithetRoles(v, doc.text, clusters, described);
  const persons: PersonJson[] = [];
  const horoscope = isHoroscope(clusters);
  for (const c of clusters) if (c.type === 'PER') {
    if (horoscope && zodiacSigns().has(c.name.toLowerCase())) continue;
    const p = personOf(c, v, doc.text, folded, described.get(c) ?? []);
    if (p) persons.push(p);
  }
  return { persons, clusters: clusters.map(clusterJson) };
}

/**
 * Char spans of the paragraphs the structure layer reads as links to other articles (`Baca juga: ...`, detik's
 * `Tonton juga video "Prabowo Ibaratkan Kabinet ..." di sini:`): headlines in title case, where every word is
 * capitalised and a tagger's name runs on into the verb after it.
 */
function relatedSpans(doc: DocumentView): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const p of need(doc, 'paragraphs')) if (p.kind === 'related') out.push([p.start, p.end]);
  return out;
}

/** True when char offset `at` lies in one of `spans`. */
function inSpans(spans: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  for (const [s, e] of spans) if (at >= s && at < e) return true;
  return false;
}

/**
 * Mentions inside a headline of a related paragraph (see `relatedSpans`) are read as title case: a name of two or
 * more words that opens or ends with a name written elsewhere in the article is that name (`Prabowo Ibaratkan`,
 * `Andra Soni Susur`, `Nonaktifkan Ahmad Sahroni`; the dictionary cannot tell `Eksploitasi` from `Yusuf`, both
 * listed, so a name found only there is left whole). A role is kept only when it is one title word right before the name (`Mensos`, `Menkeu`):
 * longer phrases run over the headline's capitalised verbs (`Mendagri Ingatkan`, `Pengunjung Sidang`).
 */
function trimHeadlineMentions(v: TokenView, text: string, mentions: Mention[], related: ReadonlyArray<readonly [number, number]>): void {
  const names = new Set<string>();
  for (const m of mentions) if (!inSpans(related, m.start)) names.add(m.text);
  const words = (a: number, b: number) => text.slice(v.start(a), v.end(b - 1));
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (!inSpans(related, m.start)) continue;
    let ns = m.nameStart;
    let ne = m.nameEnd;
    if (!names.has(m.text)) {
      for (let e = ne - 1; e > ns && ne === m.nameEnd; e--) if (names.has(words(ns, e))) ne = e;
      for (let s = ns + 1; s < ne && ns === m.nameStart && ne === m.nameEnd; s++) if (names.has(words(s, ne))) ns = s;
    }
    const roles = m.roles.filter((r) => r.rule === 'before-name' && r.tokEnd - r.tokStart === 1 && v.titleKind(r.tokStart) === 'role' && onlyTitlesBetween(v, r.tokEnd, ns));
    const start = v.start(ns);
    const end = v.end(ne - 1);
    const name = text.slice(start, end);
    const surface = ns === m.nameStart && m.surface.endsWith(m.text) ? m.surface.slice(0, m.surface.length - m.text.length) + name : name;
    mentions[k] = { type: m.type, nameStart: ns, nameEnd: ne, start, end, text: name, surface, roles, aliases: m.aliases, ...(m.derived ? { derived: true } : {}), ...(m.initials ? { initials: true } : {}) };
  }
}

/** True when tokens a..b-1 are all honorifics or ranks (`Mensos Gus Ipul`: `Gus` between the role and the name). */
function onlyTitlesBetween(v: TokenView, a: number, b: number): boolean {
  if (a > b) return false;
  for (let i = a; i < b; i++) if (v.titleKind(i) !== 'honorific' && v.titleKind(i) !== 'rank') return false;
  return true;
}

/** Signs of the zodiac named alone in a text that make it a horoscope (`Aries`, `Taurus`, ...). */
const HOROSCOPE_SIGNS = 2;

/**
 * True when two or more signs of the zodiac are named alone (as entities of
 * any type): the text is a horoscope and its `Aries`, `Leo` are signs, not
 * people. One sign alone may be a given name (`Leo`).
 */
function isHoroscope(clusters: readonly Cluster[]): boolean {
  const signs = zodiacSigns();
  const seen = new Set<string>();
  for (const c of clusters) {
    const k = c.name.toLowerCase();
    if (signs.has(k)) seen.add(k);
  }
  return seen.size >= HOROSCOPE_SIGNS;
}

/** A capitalised word of letters, three or more (`Finari`, `Manan`), that may stand alone for a person named in full. */
const NAME_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * Names the tagger found once are mentions wherever else the text writes
 * them the same way (case-sensitive, whole tokens): a tagger that reads
 * `Kyiv` in one sentence but not in the next still gives one cluster with
 * every mention. Acronyms and nicknames the text defined (`... (BPS)`, then
 * bare `BPS`; `yang akrab disapa Jokowi`) count as names too. Derived mentions do not vote on the cluster's type.
 * One pass over the tokens.
 */
function addRepeatedMentions(v: TokenView, text: string, mentions: Mention[]): void {
  const byFirst = new Map<string, Array<{ words: string[]; type: Mention['type']; initials: boolean }>>();
  const seen = new Set<string>();
  const add = (words: string[], type: Mention['type'], initials = false) => {
    const key = words.join(' ');
    if (seen.has(key) || !/^\p{Lu}/u.test(words[0]!)) return;
    seen.add(key);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, type, initials });
    list.sort((x, y) => y.words.length - x.words.length);
    byFirst.set(words[0]!, list);
  };
  // The given name or surname of a person named in full (`Finari` of `Finari Manan`, in `ungkap Finari.,"...` where
  // the tagger missed it), when no other person's name holds that word and it is no dictionary word.
  const partOf = new Map<string, string | null>();
  for (const m of mentions) {
    const words: string[] = [];
    for (let i = m.nameStart; i < m.nameEnd; i++) words.push(v.text(i));
    add(words, m.type, m.initials === true);
    for (const a of m.aliases) add(a.text.split(/\s+/), m.type);
    if (m.type !== 'PER' || words.length < 2) continue;
    const full = words.join(' ');
    for (const w of [words[0]!, words[words.length - 1]!]) {
      if (!NAME_WORD.test(w) || loadRoots().has(w.toLowerCase()) || titleKind(w)) continue;
      const owner = partOf.get(w);
      partOf.set(w, owner === undefined || owner === full ? full : null);
    }
  }
  const parts = new Set<string>();
  for (const [w, owner] of partOf) if (owner !== null && !seen.has(w)) { add([w], 'PER'); parts.add(w); }
  if (byFirst.size === 0) return;
  const covered = new Uint8Array(v.count);
  for (const m of mentions) covered.fill(1, m.nameStart, m.nameEnd);
  // Every name listed opens with a capital (see `add`): only the tokens that may are visited
  // (`TokenView.capitalCandidates`); `i` is the last token reached.
  const capitals = v.capitalCandidates();
  let i = -1;
  for (let n = 0; n < capitals.length; n++) {
    if (capitals[n]! <= i) continue;
    i = capitals[n]!;
    if (covered[i]) continue;
    const cands = byFirst.get(v.text(i));
    if (!cands) continue;
    for (const c of cands) {
      const e = i + c.words.length;
      if (e > v.count) continue;
      let ok = true;
      for (let j = 1; j < c.words.length && ok; j++) ok = !covered[i + j] && v.text(i + j) === c.words[j];
      // A longer capitalised name going on (`Kyiv Post`) is another entity.
      if (!ok || (e < v.count && v.isCapitalized(e) && /\p{L}/u.test(v.text(e)) && v.sentenceStart(e) === v.sentenceStart(i))) continue;
      // A surname read alone must not end another, untagged name (`Eba Balubun` beside `Florita Balubun`); a title may stand before it.
      if (c.words.length === 1 && parts.has(c.words[0]!) && i > v.sentenceStart(i) && v.isCapitalized(i - 1) && /^\p{L}+$/u.test(v.text(i - 1)) && !v.titleKind(i - 1)) continue;
      const s = v.start(i);
      // `berinisial T.` written again: the initials' final dot is no part of the name.
      const end = c.initials ? initialsNameEnd(v, i) : v.end(e - 1);
      const ns = i;
      const surfaceStart = prefixStart(v, ns, ns);
      const readRoles = () => rolesAround(v, ns, e, surfaceStart, () => false);
      mentions.push(mentionWithLazyRoles(c.type, ns, e, s, end, text.slice(s, end), text.slice(v.start(surfaceStart), end), [], true, readRoles, c.initials));
      covered.fill(1, i, e);
      i = e - 1;
      break;
    }
  }
}

/**
 * Mentions the tagger typed otherwise but coreference put in a person's
 * cluster (`DPR RI Mukhamad Misbakhun` read as an organisation, later
 * `Misbakhun`) lose the leading known bodies and places, which become
 * context for their role (`Ketua Komisi XI DPR RI`), and the name is chosen again.
 * Any mention, the tagger's persons included, loses a head naming a body or
 * place before a shorter form the article also writes alone (see `bodyBeforeName`).
 */
function retrimPersonMentions(c: Cluster, v: TokenView, text: string, base: ArticleKb, clusters: readonly Cluster[]): void {
  let changed = false;
  c.mentions = c.mentions.map((m) => {
    let ns = m.type === 'PER' ? m.nameStart : skipLeadingContext(v, m.nameStart, m.nameEnd, base);
    if (ns === m.nameStart) ns = bodyBeforeName(c, m, v, base);
    if (ns === m.nameStart) ns = acronymBeforeName(m, v, text, base);
    if (ns === m.nameStart) ns = bodyWordBeforeName(m, v, clusters);
    if (ns === m.nameStart) return m;
    changed = true;
    const start = v.start(ns);
    const ctx = readPersonContext(v, ns, m.nameEnd, ns, () => false);
    return { ...m, nameStart: ns, start, text: text.slice(start, m.end), surface: text.slice(v.start(ctx.surfaceStart), m.end), roles: ctx.roles };
  });
  if (changed) Object.assign(c, nameAndAliases(c.mentions, 'PER', base));
}

/**
 * A name the tagger read as a place or an organisation that the text sets
 * off with commas after an indefinite description of one person (`Seorang
 * pekerja, Rasia, berharap ...`) is a person, unless the knowledge base
 * knows it or a word of it names a body or place.
 */
function isDescribedAsPerson(c: Cluster, v: TokenView): boolean {
  if (c.link || nonPersonType(c.name)) return false;
  return c.mentions.some((m) => !m.derived && m.nameEnd < v.count && v.text(m.nameEnd) === ',' && m.roles.some((r) =>
    r.rule === 'before-name' && r.tokEnd === m.nameStart - 1 && v.text(r.tokEnd) === ','
    && !v.isCapitalized(r.tokStart) && r.tokStart > 0 && personIntroWords().has(v.lower(r.tokStart - 1))));
}

/**
 * Where the name starts in mention `m` of person cluster `c` when the tagger ran the body or place of the person's
 * office into it (`Kepala Kejati Jatim Kuntadi`, `Presiden Direktur MNC Bank Mahdan`, later `Kuntadi`, `Mahdan`):
 * the first token of a tail the article also writes alone as a mention of the same person, when the words before it
 * hold a known body, an Indonesian region or a body's acronym (see `namesBodyOrPlace`), and no mention opens with the
 * mention's first word (`Bima Arya` ... `Bima`: a city that is also a given name). Else `m.nameStart`.
 */
function bodyBeforeName(c: Cluster, m: Mention, v: TokenView, base: KbLookup): number {
  if (m.nameEnd - m.nameStart < 2 || c.mentions.length < 2) return m.nameStart;
  const first = v.text(m.nameStart);
  // Another mention opening with the first word: one written otherwise keeps the word in the name; the same form
  // written again (`penyerang Angel Di Maria` twice) only keeps it from the office rule below.
  let writtenAgain = false;
  for (const o of c.mentions) {
    if (o === m || (o.text !== first && !o.text.startsWith(`${first} `))) continue;
    if (o.text !== m.text) return m.nameStart;
    writtenAgain = true;
  }
  // Right after an office or a body word (`Lurah Cipayung Tomi Patria`), a head of one or two words naming nothing known
  // goes before a tail of two words or more: a full name written alone again, where one word (`Budi Santoso` ...
  // `Santoso`) is only a surname. Only a head written nowhere else.
  const afterOffice = !writtenAgain && m.nameStart > 0
    && (v.titleKind(m.nameStart - 1) === 'role' || nonPersonNameWords().get(v.lower(m.nameStart - 1)) === 'ORG');
  let context = false;
  for (let t = m.nameStart + 1; t < m.nameEnd; t++) {
    context ||= namesBodyOrPlace(v, t - 1, base);
    if (!context && !(afterOffice && t - m.nameStart <= 2 && m.nameEnd - t >= 2)) continue;
    const tail = m.text.slice(v.start(t) - m.start);
    if (c.mentions.some((o) => o.text === tail)) return t;
  }
  return m.nameStart;
}

/** An acronym naming a body (`BPBD`, `MNC`): three to five capitals; a longer word in capitals is more often a name (`DWIGHT`). */
const BODY_ACRONYM = /^\p{Lu}{3,5}$/u;

/**
 * Where the name starts in mention `m` when its first word, before a name of two words or more in mixed case, is a
 * body the article names alone elsewhere (a cluster read as an organisation: `CEO Apple Tim Cook` ... `Apple`,
 * `gelandang Persebaya Misbakus Solikin` ... `Persebaya`), inside an office phrase: after a role word or another
 * capitalised word, not after a comma or at a sentence start (`penulis buku, Reno Andam Suri` ... `tutur Reno`, read
 * as a body there, keeps her name). Else `m.nameStart`.
 */
function bodyWordBeforeName(m: Mention, v: TokenView, clusters: readonly Cluster[]): number {
  const i = m.nameStart;
  if (m.nameEnd - i < 3 || !MIXED_NAME_WORD.test(v.text(i)) || v.titleKind(i) || !MIXED_NAME_WORD.test(v.text(i + 1))) return i;
  // Inside an office phrase: after a role word (`pelatih Persebaya`, `CEO Apple`) or a capitalised word of it.
  if (i === 0 || i === v.sentenceStart(i)) return i;
  if (v.titleKind(i - 1) !== 'role' && !(v.isCapitalized(i - 1) && /^\p{L}+$/u.test(v.text(i - 1)))) return i;
  const w = v.text(i);
  return clusters.some((o) => o.type === 'ORG' && o.mentions.some((x) => x.text === w)) ? i + 1 : i;
}

/** A name word in mixed case (`Fajri`, `McDonald`), not an initial or a word in capitals. */
const MIXED_NAME_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * Where the name starts in mention `m` when the tagger ran a body's acronym into it (`Direktur Jaringan dan Advokasi
 * PSHK Fajri Nursyamsi`, `Kementerian BUMN Imam Paryanto`): after an acronym of three to five capitals before a name
 * word in mixed case, when the acronym names a body: the knowledge base knows it as one, or the article writes it
 * elsewhere too, not before the same name (`Pusat Studi Hukum dan Kebijakan (PSHK)`). Not a rank or an honorific
 * (`AKBP`), nor initials of the name (`IGN Suharta Wijaya`, `AKBP XTL Nadeak`), which the article does not write apart,
 * nor a word heading a body's own name (`RSUD Lembang`, non-person-name-words.tsv). Else `m.nameStart`.
 */
function acronymBeforeName(m: Mention, v: TokenView, text: string, base: KbLookup): number {
  const i = m.nameStart;
  if (m.nameEnd - i < 2) return i;
  const w = v.text(i);
  if (!BODY_ACRONYM.test(w) || v.titleKind(i) || nonPersonNameWords().has(v.lower(i)) || !MIXED_NAME_WORD.test(v.text(i + 1))) return i;
  const link = base.lookup(w);
  if (link !== null && link.type === 'organization') return i + 1;
  // Written elsewhere as a word of its own, not before the same name again (`AKBP XTL Nadeak` twice, `Gusti Kanjeng
  // Ratu (GKR) Bendara` ... `GKR Bendara`).
  const at = v.start(i);
  const next = v.text(i + 1);
  for (const k of wholeWordsAt(text, w)) {
    if (k === at) continue;
    let e = k + w.length;
    while (e < text.length && (text[e] === ' ' || text[e] === ')')) e++;
    if (!text.startsWith(next, e)) return i + 1;
  }
  return i;
}

/**
 * Whether token `i` names a body or an Indonesian region: an acronym, or a known body or an area of the country's
 * administrative list (`Jatim`, `Morowali`, `Makassar`); not a city elsewhere in the world, which many given names
 * are (`Vladimir`, `Hassan`, `Austin`).
 */
function namesBodyOrPlace(v: TokenView, i: number, base: KbLookup): boolean {
  const w = v.text(i);
  if (BODY_ACRONYM.test(w)) return true;
  const link = base.lookup(w);
  return link !== null && (link.type === 'organization' || link.kb === 'kemendagri');
}

/**
 * A name read as a person by `isNamedAsPerson` that is an inner word of one person's fuller name in the article
 * (`jelas Cholot` beside `CEO MNC Leasing, Paulus Cholot Janala`) is that person: its mentions move there and it is
 * left empty. Coreference joins first and last names only, and only a person's (the tagger read `Cholot` otherwise).
 */
function joinInnerName(c: Cluster, clusters: readonly Cluster[], base: ArticleKb): void {
  const words = c.name.split(' ');
  let into: Cluster | null = null;
  for (const o of clusters) {
    if (o === c || o.type !== 'PER' || !o.mentions.length) continue;
    const ow = o.name.split(' ');
    if (ow.length <= words.length) continue;
    let at = -1;
    for (let k = 0; k + words.length <= ow.length && at < 0; k++) if (words.every((w, j) => ow[k + j] === w)) at = k;
    // `jawab Radit` beside `Raditya Dika`, `tegas BW` beside `Bambang Widjojanto`: a one-word name that opens the
    // fuller name's first word, or two capitals that are its words' initials.
    if (at < 0 && words.length === 1 && ow.length >= 2) {
      const w = words[0]!;
      if ((w.length >= MIN_CLIPPED_GIVEN && ow[0]!.startsWith(w)) || (ow.length === 2 && w === ow[0]![0]! + ow[1]![0]!)) at = 0;
    }
    if (at < 0) continue;
    if (into) return; // two fuller names hold it: leave it apart
    into = o;
  }
  if (!into) return;
  into.mentions = [...into.mentions, ...c.mentions].sort((a, b) => a.start - b.start);
  Object.assign(into, nameAndAliases(into.mentions, 'PER', base));
  c.mentions = [];
}

/** Fewest letters of a given name written clipped (`Radit` of `Raditya`). */
const MIN_CLIPPED_GIVEN = 4;

/** A capitalised name word (`Firli`, `Zarco`, `Oscar`) or a lone initial (`I`, `M.`) of a name the tagger read otherwise. */
const SPOKEN_NAME_WORD = /^(?:\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?|\p{Lu}\.?)$/u;

/**
 * A name the tagger read as a body or place every time is a person where the text credits a quotation to it after
 * the quote (`"...," kata Zarco.`, `"...," ujar Hamim Pou, Senin`; after the closing mark also a cue only a person
 * speaks with, `tutup`, `cerita`: person-speech-cues.txt) or writes a rank or an address before it (`Irjen Firli`,
 * `Pak Firli`), as `addAttributedNames` and `addRankedNames` read untagged words there. Only a name of capitalised
 * name words that the knowledge base does not know, no word of which names a body or place, no brand; or two
 * capitals unknown to the base (`tegas BW`, also `Menurut JQ,`); or, right after the closing mark, a one-word city
 * or region the base knows, written only alone (`"...," kata Bima`: places do not speak there; countries do).
 */
function isNamedAsPerson(c: Cluster, v: TokenView, base: KbLookup): boolean {
  if (nonPersonType(c.name) || brandNames().has(c.name.toLowerCase())) return false;
  // `"...," kata Bima.`, `," kata Boston,`: a one-word name the base links to a city or region (not a country), written
  // only alone, is a person where it is credited with a quotation right after the quote's closing mark.
  const place = c.link !== null && c.link.type !== 'country' && c.link.type !== 'organization' && c.mentions.every((m) => m.text === c.name && m.nameEnd - m.nameStart === 1);
  if (c.link && !place) return false;
  return c.mentions.some((m) => {
    if (m.derived || m.nameStart < 2 || m.nameEnd >= v.count) return false;
    // `tegas BW kepada`, `Menurut JQ,`: two capitals alone are a person's initials there (longer ones name bodies: `kata IDC`).
    const initials = !place && m.nameEnd - m.nameStart === 1 && TWO_INITIALS.test(v.text(m.nameStart)) && base.lookup(v.text(m.nameStart)) === null;
    if (!initials) {
      for (let i = m.nameStart; i < m.nameEnd; i++) {
        if (!SPOKEN_NAME_WORD.test(v.text(i)) || v.titleKind(i) || nonPersonNameWords().has(v.lower(i)) || (!place && base.lookup(v.text(i)) !== null)) return false;
      }
      if (!/\p{Ll}/u.test(m.text)) return false;
    }
    const before = m.nameStart - 1;
    const k = v.titleKind(before);
    // `Irjen Firli`, `KH As'ad Umar`: a capitalised rank that is no dictionary word, or an honorific inside a sentence
    // (`Lalu Kopdes Merah Putih ...` opens with the conjunction, not the Sasak title).
    if (!place && v.isCapitalized(before) && ((k === 'rank' && !loadRoots().has(v.lower(before))) || (k === 'honorific' && v.sentenceStart(before) !== before))) return true;
    const next = v.text(m.nameEnd);
    const ends = next === '.' || next === ',' || v.titleKind(m.nameEnd) === 'stop';
    const cue = v.lower(before);
    if (initials && next === ',' && quoteLexicon().cues.get(cue)?.has('menurut')) return true;
    // `"...," kata Zarco.`: a post cue after the closing quotation mark or a comma, the name ending the clause; a cue
    // that reports only after a quote (`tutup`, `cerita`) right after the closing mark.
    const afterQuote = v.isChar(before - 1, '"');
    if (v.isCapitalized(before) || !creditsNameAfter(cue, afterQuote)) return false;
    if (!afterQuote && (place || !v.isChar(before - 1, ','))) return false;
    return ends;
  });
}

/** Two capitals, a person's initials (`BW`, `JQ`). */
const TWO_INITIALS = /^\p{Lu}{2}$/u;

/**
 * A person joined with a body or place named after them (`Max Verstappen (Red Bull Racing)`, `Prof. Takuya Kitaoka
 * (Kyushu University)`) or a maker's team (`Alex Rins (Suzuki Ecstar)`) keeps the person: when the cluster's name holds a word naming a body or place but another
 * mention of two or more words holds none, that mention names the cluster and the body's mentions leave it; not when
 * a mention opens with the word.
 */
function keepPersonPart(c: Cluster): void {
  const other = (name: string) => nonPersonType(name) !== null || isMakerName(name);
  if (!other(c.name)) return;
  let best: string | null = null;
  let bestWords = 1;
  for (const m of c.mentions) {
    const n = m.text.split(' ').length;
    if (n > bestWords && !m.derived && !other(m.text)) { best = m.text; bestWords = n; }
  }
  // `Bandara Rahadi Oesman`, `Stadion Aji Imbut`, `Yayasan Nazhatut Thullab`: a place or body that opens with the word
  // is named after someone, and its short form is no person either.
  if (best === null || c.mentions.some((m) => nonPersonNameWords().has(m.text.split(' ', 1)[0]!.toLowerCase()))) return;
  c.mentions = c.mentions.filter((m) => !other(m.text));
  c.name = best;
}

/** Names of two or more words opening with a maker's name (`Mitsubishi Xpander`, `Toyota Land Cruiser`). */
function isMakerName(name: string): boolean {
  const sp = name.indexOf(' ');
  return sp > 0 && brandNames().has(name.slice(0, sp).toLowerCase());
}

/**
 * True when the name is a maker's model (`Mitsubishi Xpander`, `Suzuki APV`), not a person: a name opening with a
 * maker's name of the list, when its other mentions are one word. A role or an honorific says person.
 */
function isBrandModel(c: Cluster): boolean {
  if (!isMakerName(c.name)) return false;
  // `Alex Rins (Suzuki Ecstar)`: a person's name of two words joined with the team's keeps the cluster a person.
  return c.mentions.every((m) => m.surface === m.text && m.roles.length === 0 && (!m.text.includes(' ') || isMakerName(m.text)));
}

/**
 * A name whose later word holds a digit (`Redmi 8`, `Bionic A13`, `Mercedes-Benz SL73 AMG`) names a product or
 * model, unless a role or an honorific says person: people's names carry no numbers.
 */
function isNumberedModel(c: Cluster): boolean {
  return /\s\S*\d/u.test(c.name) && !hasPersonEvidence(c);
}

/** ORG or LOC when a word of the name marks an organisation or place (`... Trading Limited`, `Masjid An Nuur`). */
function nonPersonType(name: string): 'ORG' | 'LOC' | null {
  const words = nonPersonNameWords();
  for (const w of name.toLowerCase().split(/[\s.,()]+/)) {
    const t = w && words.get(w);
    if (t) return t;
  }
  return null;
}

/** ORG or LOC when every mention follows a word naming what it is (`Masjid An Nuur`, `Jalan Sudirman`, `Desa Hukurila`). */
function precededByPlaceWord(c: Cluster, v: TokenView): 'ORG' | 'LOC' | null {
  const words = nonPersonNameWords();
  let type: 'ORG' | 'LOC' | null = null;
  for (const m of c.mentions) {
    // `Gelora Bung Karno (GBK)`: an acronym the text defines after the name is the place's, read with it; it tells
    // nothing by what stands before it.
    if (m.derived && m.nameEnd - m.nameStart === 1 && v.isAllCaps(m.nameStart)) continue;
    // `Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Soebroto`: the bracketed acronym names what it is.
    let p = m.nameStart - 1;
    if (p >= 2 && v.text(p) === ')' && v.text(p - 2) === '(' && v.isAllCaps(p - 1) && !hasPersonEvidence(c)) p--;
    // `Jalan Tengku Amir Hamzah`, `RSUPN Dr. Cipto Mangunkusumo`: the place word stands before the honorific or rank.
    else if (m.surface !== m.text) p = v.tokenAtOrAfter(m.start - Math.max(0, m.surface.indexOf(m.text))) - 1;
    const t = p >= 0 && v.isCapitalized(p) ? words.get(v.lower(p)) : undefined;
    // `... (Persero) Tbk Herry Sidharta`: a word ending a body's name names no one after it.
    if (!t || nonPersonSuffixWords().has(v.lower(p))) return null;
    // `Wakil Menteri Koperasi Farida Farichah`: after a minister's title the word names a portfolio, not the body's name.
    if (p > 0 && portfolioTitles().has(v.lower(p - 1))) return null;
    type = t;
  }
  return type;
}

/**
 * LOC when every mention follows a lower-case noun that names a place by the name after it
 * (`data/id/person-place-nouns.txt`: `di kawasan Daan Mogot`, `ke bandara Shannon`, `di bilangan Andara`), a
 * compass word allowed between (`wilayah utara Nusalaut`), and no mention has a role or an honorific (`kepala desa
 * Sutrisno` keeps the role it reads).
 */
function afterPlaceNoun(c: Cluster, v: TokenView): 'LOC' | null {
  const nouns = personPlaceNouns();
  for (const m of c.mentions) {
    if (m.surface !== m.text) return null;
    let p = m.nameStart - 1;
    if (p > 0 && personPlaceDirections().has(v.text(p))) p--;
    if (p < 0 || !nouns.has(v.text(p))) return null;
  }
  return hasPersonEvidence(c) ? null : 'LOC';
}

/**
 * A name of two or more words ending in a country as Indonesians write it (`Suzuki Indonesia`, `Vivo Indonesia`,
 * `Nielsen Singapura`, `Kongres Wanita Indonesia`) names a body or its national branch, unless a role or an
 * honorific says person. `Jordan` (Yordania) is no such word: it is a name as well.
 */
function isNationalBranch(c: Cluster, base: KbLookup): boolean {
  const cut = c.name.lastIndexOf(' ');
  if (cut < 0) return false;
  const last = c.name.slice(cut + 1);
  const link = base.lookup(last);
  return link?.type === 'country' && link.name === last && !hasPersonEvidence(c);
}

/**
 * The char end of a role ending at token `e` (exclusive): a sentence's full stop the tokenizer kept with the role's
 * last word, before a new sentence, a quote or a capitalised word, is no part of it (`anggota BPK.`, `Ketua RT.`, `PT Pertamina Persero.`), where that word is an acronym or
 * a word of five letters or more that is no dotted abbreviation (`Tbk.`, `Prov.`, `Co.` keep their dot).
 */
function roleTextEnd(v: TokenView, e: number): number {
  // A full stop of its own (`Persero` `.`) ends no role.
  if (v.text(e - 1) === '.' && e >= 2) return v.end(e - 2);
  const end = v.end(e - 1);
  const t = v.text(e - 1);
  // The next token opens a sentence, a quote or a capitalised word (`Persero. "Dalam ...`).
  if (!t.endsWith('.') || (e < v.count && v.sentenceStart(e) !== e && !v.isCapitalized(e) && !/^["“'‘]/u.test(v.text(e)))) return end;
  const w = t.slice(0, -1);
  if (/^\p{Lu}{2,}$/u.test(w) || (/^\p{Lu}\p{Ll}{4,}$/u.test(w) && !abbreviations().has(w.toLowerCase()))) return end - 1;
  return end;
}

/** True when a mention has a role or an honorific written with it: the text itself says person. */
function hasPersonEvidence(c: Cluster): boolean {
  // The honorific first: it needs no roles read.
  return c.mentions.some((m) => m.surface !== m.text) || c.mentions.some((m) => m.roles.length > 0);
}

/**
 * A name written inside quotation marks (`diberi nama "Rpvc Wongkito"`) is
 * the title of a product, a work or an event, not a person, unless a role
 * or honorific says otherwise.
 */
function isQuotedTitle(c: Cluster, folded: string): boolean {
  if (hasPersonEvidence(c)) return false;
  return c.mentions.some((m) => m.start > 0 && folded[m.start - 1] === '"' && folded[m.end] === '"');
}

/**
 * A one-word name whose every tagged mention follows a capitalised word in
 * mid-clause that is no title (`Manggala Agni`, `mata uang Paman Sam`) is the
 * tail of a longer name the tagger did not read; with no role or honorific
 * to say person, it is not given as one.
 */
function isTailOfLongerName(c: Cluster, v: TokenView): boolean {
  if (/\s/.test(c.name.trim()) || hasPersonEvidence(c)) return false;
  let tagged = 0;
  for (const m of c.mentions) {
    if (m.derived) continue;
    tagged++;
    const p = m.nameStart - 1;
    if (p <= v.sentenceStart(m.nameStart) || !v.isCapitalized(p) || !/^\p{L}+$/u.test(v.text(p))) return false;
    const k = v.titleKind(p);
    // A title or a capitalised function word (`Selain Jonatan`, `Namun Juricha`) is no part of a longer name.
    if (k && k !== 'relation') return false;
    // In a title-case run (`Video: Perintah Prabowo`, `Sederet Perintah Prabowo`) every word is capitalised: no evidence.
    const before = v.text(p - 1);
    if (before !== ',' && !/^\p{Ll}/u.test(before)) return false;
    // `Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto`: the capitalised run is a post's portfolio.
    if (endsRolePhrase(v, p)) return false;
  }
  return tagged > 0;
}

/** Most tokens looked at leftwards for the title opening a portfolio (`Menteri ... Politik, Hukum, dan Keamanan`). */
const MAX_PORTFOLIO_TOKENS = 10;

/** True when token p ends a run of capitalised words and joiners opened by a role title (`Menteri`, `Kepala`). */
function endsRolePhrase(v: TokenView, p: number): boolean {
  const floor = Math.max(v.sentenceStart(p), p - MAX_PORTFOLIO_TOKENS);
  for (let i = p; i >= floor; i--) {
    const t = v.text(i);
    if (v.isCapitalized(i)) { if (v.titleKind(i) === 'role') return true; continue; }
    if (t !== ',' && t !== 'dan' && t !== '&') return false;
  }
  return false;
}

/** Words that join the items of an enumeration (`NU, Darul Aitam, Adz Zahir dan Darussalam`). */
const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'dan', 'serta', 'atau', '&']);
/** Most items looked at on each side of a list item (keeps the scan local). */
const MAX_LIST_ITEMS = 12;

/**
 * A "person" with no role or honorific whose every mention is an item of an
 * enumeration in which most other named items are organisations or places
 * (`sekolah seperti NU, Darul Aitam, Azzariyah, Adz Zahir, An Nuur dan
 * Darussalam`) takes the list's type: news lists things of one kind.
 */
function retypeListItems(v: TokenView, clusters: Cluster[]): void {
  // Most names stand beside no joiner: the index is built when the first one does.
  let index: MentionIndex | undefined;
  const idx = () => index ??= mentionIndex(v, clusters);
  const decided: Array<[Cluster, 'ORG' | 'LOC']> = [];
  for (const c of clusters) {
    if (c.type !== 'PER' || hasPersonEvidence(c)) continue;
    let verdict: 'ORG' | 'LOC' | null = null;
    for (const m of c.mentions) {
      if (m.derived) continue;
      const votes = { PER: 1, ORG: 0, LOC: 0 };
      // A list closes with a word joiner (`A, B dan C`) right before the item or anywhere after it; commas alone may be
      // apposition (`Jalan X, Jakarta Pusat, Hinto`), and a joiner further left belongs to a list that ended before it.
      let closed = false;
      // Left: joiner, then the end of another named item.
      let i = m.nameStart - 1;
      for (let n = 0; n < MAX_LIST_ITEMS && i - 1 >= 0 && LIST_JOINERS.has(v.lower(i)) && idx().at[i - 1]! >= 0; n++) {
        if (v.text(i) !== ',' && i === m.nameStart - 1) closed = true;
        votes[clusters[idx().at[i - 1]!]!.type]++;
        i = idx().startOf[i - 1]! - 1;
      }
      let j = m.nameEnd;
      for (let n = 0; n < MAX_LIST_ITEMS && j + 1 < v.count && LIST_JOINERS.has(v.lower(j)) && idx().at[j + 1]! >= 0; n++) {
        if (v.text(j) !== ',') closed = true;
        votes[clusters[idx().at[j + 1]!]!.type]++;
        j = idx().endOf[j + 1]!;
      }
      if (j < v.count && v.text(j) !== ',' && LIST_JOINERS.has(v.lower(j))) closed = true;
      if (!closed) { verdict = null; break; }
      const t = votes.ORG >= votes.LOC ? 'ORG' : 'LOC';
      if (votes.ORG + votes.LOC <= votes.PER) { verdict = null; break; }
      verdict = t;
    }
    if (verdict) decided.push([c, verdict]);
  }
  // Decided after the scan, so that one retyped item does not sway its neighbours' votes.
  for (const [c, t] of decided) c.type = t;
}

/** For each token of a mention's name, the index of its cluster (`at`, -1 elsewhere) and the name's token range. */
interface MentionIndex { readonly at: Int32Array; readonly startOf: Int32Array; readonly endOf: Int32Array }

function mentionIndex(v: TokenView, clusters: readonly Cluster[]): MentionIndex {
  const at = new Int32Array(v.count).fill(-1);
  const startOf = new Int32Array(v.count).fill(-1);
  const endOf = new Int32Array(v.count).fill(-1);
  clusters.forEach((c, k) => {
    for (const m of c.mentions) for (let i = m.nameStart; i < m.nameEnd; i++) { at[i] = k; startOf[i] = m.nameStart; endOf[i] = m.nameEnd; }
  });
  return { at, startOf, endOf };
}

let creditWord: string | undefined;

/** The role word for a person named in a photo credit (`fotografer`), from `titles.tsv`. */
function photoCreditWord(): string {
  if (creditWord === undefined) {
    creditWord = '';
    for (const [w, k] of personTitles()) if (k === 'credit-role') { creditWord = w; break; }
  }
  return creditWord;
}

/**
 * A photo credit `AGENCY/Name` (`REUTERS/Gleb Garanich`, `ANTARA FOTO/Budi`)
 * names the photographer: the role is `fotografer <agency>`, as the article
 * writes it if it does (`seorang fotografer Reuters`).
 */
function photoCreditRole(v: TokenView, text: string, folded: string, m: Mention): string | null {
  const word = photoCreditWord();
  if (!word || m.nameStart < 2 || v.text(m.nameStart - 1) !== '/') return null;
  let s = m.nameStart - 1;
  while (s - 1 >= 0 && v.isAllCaps(s - 1) && m.nameStart - s < 4) s--;
  if (s === m.nameStart - 1) return null;
  const agency = text.slice(v.start(s), v.end(m.nameStart - 2));
  const wanted = `${word} ${agency}`.toLowerCase();
  const at = folded.toLowerCase().indexOf(wanted);
  return at >= 0 ? text.slice(at, at + wanted.length) : `${word} ${agency}`;
}

/** True when `lower` occurs in the text as a whole lower-case word (a linear search, asked only for rare one-word names). */
function writesLowerCase(folded: string, lower: string): boolean {
  return !wholeWordsAt(folded, lower).next().done;
}

/**
 * True when `lower` occurs in the text as a whole word, not hyphened to another word and not right after an alias cue
 * (`disapa afung`, `alias`).
 */
function writesLowerCaseUnnamed(folded: string, lower: string): boolean {
  for (const at of wholeWordsAt(folded, lower)) {
    // `Kang Seung-yoon` beside `Yoon`: a hyphened part belongs to a longer name.
    if (folded[at - 1] === '-' || folded[at + lower.length] === '-') continue;
    const before = folded.slice(Math.max(0, at - 40), at).trimEnd().toLowerCase();
    if (!personAliasCues().some((cue) => before.endsWith(cue) && !WORD_LETTER.test(before[before.length - cue.length - 1] ?? ' '))) return true;
  }
  return false;
}

/** The offsets where `word` occurs in `text` as a whole word (no letter or digit glued on either side), in order. */
function* wholeWordsAt(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + word.length] ?? ' ';
    if (!WORD_LETTER.test(before) && !WORD_LETTER.test(after)) yield at;
  }
}

/** A letter or digit: a neighbour that makes a match part of a longer word. */
const WORD_LETTER = /[\p{L}\p{N}]/u;

/**
 * Shortest office word whose one-letter misspellings are read as no name: shorter ones are a letter away from given
 * names (`Dadang`, `Danang` from `dalang`; `Meghan` from `menhan`; `Judika` from `judoka`).
 */
const MIN_MISSPELT_TITLE = 7;

/** The role words of titles.tsv of `MIN_MISSPELT_TITLE` letters or more, and each with one letter dropped; built on first use. */
let titleDeletions: ReadonlySet<string> | undefined;

/** One-letter deletions of `w`. */
function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * True when `lower` is one letter away (changed, added, dropped or two swapped) from a long role word of titles.tsv
 * (`prasiden`, `mempora`, `mekominfo`): both words with one letter dropped meet.
 */
function isMisspeltTitle(lower: string): boolean {
  if (!titleDeletions) {
    const set = new Set<string>();
    for (const [w, k] of personTitles()) if (k === 'role' && w.length >= MIN_MISSPELT_TITLE) { set.add(w); for (const d of deletions(w)) set.add(d); }
    titleDeletions = set;
  }
  if (titleDeletions.has(lower)) return true;
  for (const d of deletions(lower)) if (titleDeletions.has(d)) return true;
  return false;
}

/**
 * A one-word "person" that is a pronoun (`Dia`), a title alone (`Kapolda`), or a dictionary word
 * (`Video`) or any word the article also writes in lower case (`Detour`), written capitalised only where every word is
 * (sentence or clause start) and given no role, is the tagger misreading a capital letter.
 */
function isCapitalisedCommonWord(c: Cluster, v: TokenView, folded: string): boolean {
  if (/\s/.test(c.name.trim())) return false;
  const kind = titleKind(c.name);
  if (kind === 'stop' || kind === 'article') return true;
  // `Kapolda menegaskan ...`, `ungkap Kapolda`: an office word standing alone names a post, not a person. Both
  // lexicons must call it an office (`imam` is a role but also a given name: `Imam` is Imam Nahrawi).
  if (kind === 'role' && quoteLexicon().speakerWords.get(c.name.toLowerCase())?.has('title')) return true;
  // `Youtuber`, `Kapendam`, `Menhub` alone, with no role or honorific written with it: a post or a trade, not a name
  // (a title word that is mostly a given name, `Imam`, stays).
  if (kind === 'role' && !titleGivenNames().has(c.name.toLowerCase()) && !hasPersonEvidence(c)) return true;
  const lower = c.name.toLowerCase();
  // `Prasiden`, `Mempora`, `Presidwn`: a long office word misspelt by one letter, alone and with no role or honorific.
  if (!kind && lower.length >= MIN_MISSPELT_TITLE && isMisspeltTitle(lower) && !hasPersonEvidence(c)) return true;
  if (!isAffixedWord(lower) && !personOpeningWords().has(lower)) {
    // A word is a common word here only when the article also writes it in lower case (`Guna ...` beside `guna`;
    // `Bagus, ...` beside `bagus`): the root list holds given names too (`agus`, `adam`, `jokowi`). Words outside it count
    // the same way: terms, loans and affixed forms the roots miss (`Detour ...` beside `detour`, `Terkontrak sudah
    // terkontrak`, `Aldehid`, `Otaku`).
    if (!writesLowerCase(folded, lower)) return false;
    // Outside the root list a lower-case spelling may still be the name, written after a cue that gives it (`Pria yang
    // akrab disapa afung ini`): only a lower-case use after no alias cue says common word.
    if (!loadRoots().has(lower) && !writesLowerCaseUnnamed(folded, lower)) return false;
  }
  return c.mentions.every((m) => m.roles.length === 0
    && (m.nameStart === v.sentenceStart(m.nameStart) || !/\p{L}/u.test(v.text(m.nameStart - 1))));
}

/** Longest definite description read, in tokens after its head (`Kepala NATO itu`: 1). */
const MAX_DESCRIPTION_WORDS = 5;

/** Appends a description to the ones found for a person. */
function addDescription(out: Map<Cluster, string[]>, c: Cluster, role: string): void {
  const list = out.get(c);
  if (list) list.push(role);
  else out.set(c, [role]);
}

/**
 * Definite descriptions that point back to a person: a title head and
 * capitalised words closed by a demonstrative (`Kepala NATO itu memasuki
 * kendaraan` after `Sekretaris Jenderal NATO Jens Stoltenberg`). The
 * description becomes a role of the one person whose roles share one of its
 * capitalised words (`NATO`); when none or several do, nothing is added.
 * Then descriptions opening a sentence (`addOpeningDescriptions`), a speaker's description after a quotation's cue
 * or `Menurut` (`speakerDescriptions`) and roles speakers give themselves inside a quotation (`selfRoles`).
 */
function describedPersons(v: TokenView, text: string, clusters: readonly Cluster[], mentions: readonly Mention[]): Map<Cluster, string[]> {
  const out = new Map<Cluster, string[]>();
  const people = clusters.filter((c) => c.type === 'PER');
  if (!people.length) return out;
  // Built on first use: only a head followed by capitalised words asks for them.
  let roleWords: Map<Cluster, Set<string>> | undefined;
  const roleWordsOf = (c: Cluster) => (roleWords ??= capitalisedRoleWords(v, people)).get(c)!;
  let covered: Uint8Array | undefined;
  const isCovered = (j: number) => (covered ??= nameTokens(v, mentions))[j] === 1;
  // Roles already read around a name are not descriptions of someone else.
  const inRole = new Uint8Array(v.count);
  for (const c of people) for (const m of c.mentions) for (const r of m.roles) inRole.fill(1, r.tokStart, r.tokEnd);
  const quoted = quotedTokens(v);
  const owner = personAt(v, people);
  const recent = recentPersons(v, quoted, owner);
  // A description opens with a capitalised title head: only tokens that may open with a capital are visited
  // (`TokenView.capitalCandidates`); `i` is the last token reached.
  const capitals = v.capitalCandidates();
  let i = -1;
  for (let n = 0; n < capitals.length; n++) {
    if (capitals[n]! <= i) continue;
    i = capitals[n]!;
    if (inRole[i] || !v.isCapitalized(i)) continue;
    const k = v.titleKind(i);
    if (!k || !HEADS.has(k)) continue;
    // The description is a clause's subject or follows a speech verb or linker (`kata Sekjen PBSI itu`, `sebagai
    // Kepala Satpol PP Pekanbaru ini`), not the object of a verb or noun (`kasus yang menyeret Ketum FPI tersebut`)
    // nor a head inside a longer title (`Wakil Ketua Dewan Pers ini`).
    if (i > v.sentenceStart(i) && /\p{L}/u.test(v.text(i - 1)) && !['stop', 'linker'].includes(kindOf(v, i - 1) ?? '')) continue;
    let j = i + 1;
    const words: string[] = [];
    while (j < v.count && j - i <= MAX_DESCRIPTION_WORDS && v.isCapitalized(j) && !HEADS.has(v.titleKind(j) ?? 'stop')) {
      if (isCovered(j) && mentions.some((m) => m.type === 'PER' && m.nameStart === j)) break;
      words.push(v.lower(j));
      j++;
    }
    // A definition after it (`Calon Rektor UI tersebut adalah ...`) is about the post, not a person.
    if (!words.length || j + 1 >= v.count || v.titleKind(j) !== 'demonstrative' || kindOf(v, j + 1) === 'linker') continue;
    // The one it points back to is the only one named in this sentence or the one before whose roles share a word,
    // and the last named there (`Ketum FPI itu` after `Sobri memang sudah menerima ...`, not the FPI lawyer before him).
    const { named, last } = recent(i);
    const sharing = people.filter((c, k) => named.has(k) && words.some((w) => roleWordsOf(c).has(w)));
    const who = sharing.length === 1 && sharing[0] === people[last] ? sharing : [];
    if (who.length === 1) {
      addDescription(out, who[0]!, text.slice(v.start(i), v.end(j - 1)));
    }
    if (who.length > 0) inRole[i] = 1;
    i = j;
  }
  // A description closed by a demonstrative points back to someone already introduced: it does not give them a role of
  // their own, which would keep a role left without its name from them (`orphanRoles`).
  const described = new Set(out.keys());
  addOpeningDescriptions(v, text, quoted, recent, owner, people, inRole, out);
  for (const d of speakerDescriptions(v, text, quoted, owner, inRole)) addDescription(out, people[d.person]!, d.role);
  for (const d of selfRoles(v, text, quoted, owner)) addDescription(out, people[d.person]!, d.role);
  const hasRole = (k: number) => described.has(people[k]!) || people[k]!.mentions.some((m) => m.roles.length > 0);
  for (const d of orphanRoles(v, text, quoted, owner, inRole, hasRole)) addDescription(out, people[d.person]!, d.role);
  return out;
}

/** The capitalised words of each person's roles that are no title heads (`nato` of `Sekretaris Jenderal NATO`). */
function capitalisedRoleWords(v: TokenView, people: readonly Cluster[]): Map<Cluster, Set<string>> {
  const roleWords = new Map<Cluster, Set<string>>();
  for (const c of people) {
    const set = new Set<string>();
    for (const m of c.mentions) for (const r of m.roles) for (let i = r.tokStart; i < r.tokEnd; i++) {
      if (v.isCapitalized(i) && !HEADS.has(v.titleKind(i) ?? 'stop')) set.add(v.lower(i));
    }
    roleWords.set(c, set);
  }
  return roleWords;
}

/** For each token, 1 when it is part of a mention's name. */
function nameTokens(v: TokenView, mentions: readonly Mention[]): Uint8Array {
  const covered = new Uint8Array(v.count);
  for (const m of mentions) covered.fill(1, m.nameStart, m.nameEnd);
  return covered;
}

/** For each token, the index (into `people`) of the person whose name it is part of, else -1. */
function personAt(v: TokenView, people: readonly Cluster[]): Int32Array {
  const owner = new Int32Array(v.count).fill(-1);
  people.forEach((c, k) => { for (const m of c.mentions) owner.fill(k, m.nameStart, m.nameEnd); });
  return owner;
}

/**
 * For a token, the indices (into `people`) of the persons named from the
 * start of the sentence `DESCRIPTION_LOOKBACK` before its own up to it, and
 * of the last one named (-1 when none); `owner` is `personAt`.
 */
function recentPersons(v: TokenView, quoted: Uint8Array, owner: Int32Array): (i: number, lookback?: number) => { named: Set<number>; last: number } {
  return (i, lookback = DESCRIPTION_LOOKBACK) => {
    // A token in no sentence (index -1) counts from the first sentence, as one in the first does.
    const from = v.sentences[Math.max(0, v.sentenceIndex(i) - lookback)]?.tokenStart ?? 0;
    const named = new Set<number>();
    let last = -1;
    // People named inside a quotation are the speaker's topic, not whom the narrative goes on about.
    for (let t = from; t < i; t++) if (owner[t]! >= 0 && !quoted[t]) { named.add(owner[t]!); last = owner[t]!; }
    return { named, last };
  };
}

/**
 * For each token, 1 when it lies inside a quotation: an odd number of `"`
 * tokens before it in the article (one pass; curly quotes are folded to `"`).
 */
function quotedTokens(v: TokenView): Uint8Array {
  const out = new Uint8Array(v.count);
  const marks = v.marks();
  // The first token inside the quotation opened last, or -1 when none is open.
  let open = -1;
  for (let n = 0; n < marks.length; n++) {
    const q = marks[n]!;
    if (!v.isChar(q, '"')) continue;
    if (open < 0) open = q + 1;
    else { out.fill(1, open, q); open = -1; }
  }
  if (open >= 0) out.fill(1, open, v.count);
  return out;
}

/** A word or number, possibly hyphenated, inside a sentence-opening description (`bintang`, `Anti-Korupsi`). */
const DESCRIPTION_WORD = /^[\p{L}\p{N}][\p{L}\p{N}-]*$/u;

/**
 * Most tokens of a description opening a sentence, up to its demonstrative (`Politikus Partai Golkar ini`: 3; `Warga
 * Kecamatan Tenayan Raya, Pekanbaru, ini`: 7).
 */
const MAX_OPENING_DESCRIPTION = 8;
/** Sentences before a sentence-opening description (with its own) in which the person it points back to must be the only one named. */
const DESCRIPTION_LOOKBACK = 1;

/**
 * A description opening a sentence and closed by a demonstrative
 * (`Politikus Partai Golkar ini menyebut ...`, `Jenderal bintang dua ini
 * menambahkan ...`, `Pria kelahiran Solo itu ...`) points back to the person
 * the text is about: it becomes a role of the one person named in the
 * sentence just before it (or before the description in its own); when none
 * or several are, or the sentence lies inside a quotation (where a speaker
 * describes anyone), nothing is added.
 */
function addOpeningDescriptions(
  v: TokenView, text: string, quoted: Uint8Array, recent: ReturnType<typeof recentPersons>, owner: Int32Array,
  people: readonly Cluster[], inRole: Uint8Array, out: Map<Cluster, string[]>,
): void {
  // The head of a description opening at i: the word after a modifier (`mantan istri`), else i.
  const headIndex = (i: number): number => (kindOf(v, i) === 'modifier' ? i + 1 : i);
  const headAt = (i: number, end: number): TitleKind | undefined => {
    const h = headIndex(i);
    const k = h < end ? kindOf(v, h) : undefined;
    return k && (HEADS.has(k) || k === 'rank' || k === 'relation') ? k : undefined;
  };
  sentences: for (const s of sentenceOpenings(v)) {
    let i = s.tokenStart;
    if (i >= s.tokenEnd || quoted[i]) continue;
    // `Sejak itu, adik Sissy Prescillia itu mengaku ...`, `Selain membeli di Indonesia, mantan istri pesepakbola Markus
    // Horison ini juga ...`: after a short adverbial phrase closed by a comma, the main clause opens.
    if (!(v.isCapitalized(i) && headAt(i, s.tokenEnd))) i = clauseAfterAdverbial(v, s.tokenStart, s.tokenEnd, owner);
    if (i < 0 || inRole[i]) continue;
    const h = headIndex(i);
    const k = headAt(i, s.tokenEnd);
    const kin = k === 'relation';
    if (!k) continue;
    // `Mantan istri Dipo Latief itu membentak ...`, `Suami penyanyi Ashanty itu menyebut ...`: kinship (or an office) may
    // be held for another person named inside the description, right before its demonstrative; `inner` is that person.
    let inner = -1;
    let j = h + 1;
    for (; j < s.tokenEnd && j - i <= MAX_OPENING_DESCRIPTION; j++) {
      const t = v.text(j);
      const kk = kindOf(v, j);
      // The other person's own role before the name (`penyanyi` of `penyanyi Ashanty`) is part of the description.
      if (owner[j]! >= 0 || inRole[j]) {
        let p = j;
        while (p < s.tokenEnd && inRole[p] && owner[p]! < 0) p++;
        let e = p;
        while (e < s.tokenEnd && owner[e]! >= 0 && owner[e] === owner[p]) e++;
        if (e > p && e - i <= MAX_OPENING_DESCRIPTION && e < s.tokenEnd && kindOf(v, e) === 'demonstrative') { inner = owner[p]!; j = e; break; }
      }
      if (kk === 'demonstrative' || owner[j]! >= 0 || inRole[j]) break;
      // `Anggota DPR dari Fraksi Golkar ini`, `Politikus Partai Kebangkitan Bangsa (PKB) ini`, `Ilmuwan asal Padang,
      // Sumatera Barat ini`: a body after a preposition, a bracketed acronym, a place after a comma.
      const piece = descriptionPieceEnd(v, j, s.tokenEnd);
      if (piece > 0) { j = piece - 1; continue; }
      if (!DESCRIPTION_WORD.test(t)) break;
      // `Pemain berusia 23 tahun itu ...`: an age goes on with the description.
      const age = agePhraseEnd(v, j, s.tokenEnd);
      if (age > 0) { j = age - 1; continue; }
      if (kk === 'stop' || kk === 'article' || kk === 'linker' || kk === 'namer' || (!v.isCapitalized(j) && !kk && isVerbLike(t))) continue sentences;
    }
    // Kinship is held for someone: with no one named inside (`Anak angkat itu ...` after `Anak angkat Endang ...`) the
    // holder is the one named before, not whom it describes.
    if (kin && inner < 0) continue;
    // The demonstrative closes the subject: a verb or a comma follows, not a name (`Kapolres itu, AKBP Budi`) nor a
    // definition (`Calon Rektor UI tersebut adalah ...`: a statement about the post); `juga` before a verb is an adverb
    // (`Pelatih 43 tahun ini juga mengungkapkan ...`).
    if (j === h + 1 || j + 1 >= s.tokenEnd || kindOf(v, j) !== 'demonstrative' || v.isCapitalized(j + 1)) continue;
    if (kindOf(v, j + 1) === 'linker' && !(v.lower(j + 1) === 'juga' && j + 2 < s.tokenEnd && kindOf(v, j + 2) !== 'linker' && isVerbLike(v.text(j + 2)))) continue;
    // `Pengemudi Pajero itu diketahui berinisial AR`: the sentence names whom it describes, someone new.
    for (let t = j + 1; t < s.tokenEnd; t++) if (kindOf(v, t) === 'namer') continue sentences;
    let { named, last } = recent(i);
    named.delete(inner);
    // `"...," ucap dia. Pria 35 tahun itu berujar ...`: when the sentence before names no one (a quotation credited to a
    // pronoun), the one named in the sentence before that.
    if (named.size === 0) { named = recent(i, DESCRIPTION_LOOKBACK + 1).named; named.delete(inner); }
    // `Benar saja, ... lewat Sadio Mane. ... umpan terobosan Firmino ... Firmino terlihat cerdas ... Mantan pemain
    // Hoffenheim itu ...`: of several named there, the one named last when the article has named them more often than
    // each of the others so far (outside quotations): whom the story is about.
    const who = named.size === 1 ? [...named][0]! : named.size > 1 && named.has(last) && leadsMentions(people, named, last, i, quoted) ? last : -1;
    if (who < 0) continue;
    if (namedAsTopic(v, quoted, owner, i, who)) continue;
    // `... pada kehidupan si pasien. Pasien laki-laki itu ...`: a head the sentence before gave someone unnamed (after an
    // article: `si pasien`, `seorang pasien`) is that one, not the person named there.
    if (unnamedBefore(v, h, i, owner, inRole)) continue;
    addDescription(out, people[who]!, text.slice(v.start(i), v.end(descriptionLast(v, j))));
  }
}

/**
 * True when the head at token h of a description opening at token i was written in the sentence before i's (or in i's
 * own, before i) right after an article making it someone not named (role-anonymous-articles.txt: `si pasien`,
 * `seorang pria`; not after a linker, `adalah seorang petenis`, nor in a role read around a name, `Seorang perempuan
 * Arab Saudi, Mashael`): the description points back to that one.
 */
function unnamedBefore(v: TokenView, h: number, i: number, owner: Int32Array, inRole: Uint8Array): boolean {
  const si = v.sentenceIndex(i);
  const from = v.sentences[Math.max(0, si - 1)]?.tokenStart ?? 0;
  const head = v.lower(h);
  for (let t = from + 1; t < i; t++) {
    if (v.lower(t) !== head || owner[t]! >= 0 || inRole[t] || !roleAnonymousArticles().has(v.lower(t - 1))) continue;
    if (!(t - 2 >= 0 && v.titleKind(t - 2) === 'linker')) return true;
  }
  return false;
}

/**
 * True when person `who` (an index into `people`) has more mentions before token i, outside quotations, than each other
 * person of `named`.
 */
function leadsMentions(people: readonly Cluster[], named: ReadonlySet<number>, who: number, i: number, quoted: Uint8Array): boolean {
  const count = (k: number) => people[k]!.mentions.filter((m) => !m.derived && m.nameStart < i && !quoted[m.nameStart]).length;
  const n = count(who);
  for (const k of named) if (k !== who && count(k) >= n) return false;
  return true;
}

/** Most tokens of an adverbial phrase opening a sentence before its comma (`Selain membeli di Indonesia,`: 4). */
const MAX_ADVERBIAL_TOKENS = 6;

/**
 * The first token of the main clause after a short adverbial phrase opening the sentence at `start` and closed by a
 * comma (`Sejak itu,`, `Semenjak memutuskan berhijab,`): words only, no name of a person, and a lower-case word after
 * the comma; -1 when the sentence opens otherwise.
 */
function clauseAfterAdverbial(v: TokenView, start: number, end: number, owner: Int32Array): number {
  for (let j = start; j < end && j - start <= MAX_ADVERBIAL_TOKENS; j++) {
    const t = v.text(j);
    if (t === ',') return j > start && j + 1 < end && !v.isCapitalized(j + 1) ? j + 1 : -1;
    if (owner[j]! >= 0 || !DESCRIPTION_WORD.test(t)) return -1;
  }
  return -1;
}

/**
 * A role written again cut short after its first words (`Gubernur` after
 * `Gubernur Jawa Tengah`, `Ketua KPK` after `Ketua KPK jilid V`) is the same
 * position, given once in its full form. A longer role that adds words in
 * front (`Mantan Wakil Ketua KPK` beside `Wakil Ketua KPK`) is another fact and stays.
 */
function dropShortenedRoles(roles: string[]): string[] {
  if (roles.length < 2) return roles;
  const ws = roles.map((r) => r.toLowerCase().split(/\s+/));
  return roles.filter((_, i) => !ws.some((w, j) => j !== i && w.length > ws[i]!.length && ws[i]!.every((x, k) => w[k] === x)));
}

/**
 * A capitalised epithet standing alone for an office holder (`Kepala Negara
 * secara khusus ...` about the `Presiden Joko Widodo` named before) becomes a
 * role of the one person whose role opens with a head the epithet stands
 * for; when none or several fit, nothing is added. An epithet followed by a
 * name is a role before that name, read elsewhere.
 */
function addEpithetRoles(v: TokenView, text: string, clusters: readonly Cluster[], out: Map<Cluster, string[]>): void {
  const index = roleEpithets();
  let people: Array<{ c: Cluster; heads: Set<string> }> | null = null;
  // Epithets open with a capital: only tokens that may are visited (`TokenView.capitalCandidates`); `i` is the last
  // token reached.
  const capitals = v.capitalCandidates();
  let i = -1;
  for (let n = 0; n < capitals.length; n++) {
    if (capitals[n]! <= i) continue;
    i = capitals[n]!;
    if (!v.isCapitalized(i)) continue;
    const cands = index.get(v.lower(i));
    if (!cands) continue;
    for (const e of cands) {
      const end = i + e.words.length;
      if (end > v.count) continue;
      let ok = true;
      for (let k = 1; k < e.words.length && ok; k++) ok = v.lower(i + k) === e.words[k];
      if (!ok || (end < v.count && v.isCapitalized(end) && /\p{L}/u.test(v.text(end)))) continue;
      people ??= clusters.filter((c) => c.type === 'PER').map((c) => {
        const heads = new Set<string>();
        for (const m of c.mentions) for (const r of m.roles) heads.add(v.lower(r.tokStart));
        return { c, heads };
      });
      const who = people.filter((p) => [...e.heads].some((h) => p.heads.has(h)));
      if (who.length === 1) {
        addDescription(out, who[0]!.c, text.slice(v.start(i), v.end(end - 1)));
      }
      i = end - 1;
      break;
    }
  }
}

/**
 * True when the name is one word naming a day of the week (timex-weekdays.tsv) and no role or honorific says person:
 * Tempo's `Ahad` (Sunday), written where others write `Minggu` (`kata Hasrul, Ahad, 15 September 2019`), is not in
 * the dictionary of roots that keeps `Senin` ... `Minggu` out. A longer name keeps it (`Abdul Ahad`).
 */
function isWeekday(c: Cluster): boolean {
  return !c.name.includes(' ') && timexLexicon().weekdays.has(c.name.toLowerCase()) && !hasPersonEvidence(c);
}

/** True when a word of the name names God, makes a religious formula (`Allah SWT`, `Allahu Akbar`) or names a religion (`Budha`). */
function isDeity(name: string): boolean {
  const words = nonPersonNames();
  return name.toLowerCase().split(/\s+/).some((w) => words.has(w));
}

function personOf(c: Cluster, v: TokenView, text: string, folded: string, described: readonly string[]): PersonJson | null {
  // A person's initials after a cue (`berinisial SN (28) dan DI (37)`) may spell a common word (`DI`, `YA`).
  if (!/^\p{Lu}/u.test(c.name) || (!c.mentions.some((m) => m.initials) && isCapitalisedCommonWord(c, v, folded)) || isTailOfLongerName(c, v) || isDeity(c.name) || isWeekday(c)) return null;
  const mentions: string[] = [];
  const roles: string[] = [];
  const seenRoles = new Set<string>();
  const addRole = (r: string) => {
    const k = r.toLowerCase();
    if (!seenRoles.has(k)) { seenRoles.add(k); roles.push(r); }
  };
  for (const m of c.mentions) {
    if (!mentions.includes(m.surface)) mentions.push(m.surface);
    for (const r of m.roles) addRole(text.slice(v.start(r.tokStart), roleTextEnd(v, r.tokEnd)));
    const credit = photoCreditRole(v, text, folded, m);
    if (credit) addRole(credit);
  }
  for (const r of described) addRole(r);
  // A page's no-break spaces (`Sambusir\u00a0Yusuf`) stay in the mentions, as written, but a name is what a reader
  // searches for, and the guidelines' gold writes it with plain spaces.
  return { name: collapseSpaces(c.name), mentions, roles: dropShortenedRoles(roles) };
}


/** Persons and entity clusters: after `entities`. */
export const personsStage = defineStage({
  name: 'persons',
  version: '46',
  requires: ['tokens', 'sentences', 'entities', 'paragraphs'],
  produces: ['persons', 'clusters'],
  languages: ['id'],
  run: (doc) => findPersons(doc),
});
