import { personListJoiners } from '../../lang/id/person-titles.js';
import { quoteCues } from '../../lang/id/quote-lexicon.js';
import { roleDescriptionPrepositions, roleSelfPronouns, roleSubjectPronouns } from '../../lang/id/role-words.js';
import { loadRoots } from '../../lang/id/roots.js';
import { agePhraseEnd, HEADS, isVerbLike, kindOf, placeEnd, roleBeforeName } from './roles.js';
import type { TokenView } from './token-view.js';

/** Most tokens of a speaker's description after a cue, up to its demonstrative (`kepala sekolah termuda di Binjai itu`: 5). */
const MAX_SPEAKER_DESCRIPTION = 8;

/** Sentences before the one where the quotation opens in which the person it points back to is looked for. */
const LOOKBACK = 2;

/** A word or number, possibly hyphenated, inside a description (`bintang`, `Anti-Korupsi`). */
const DESCRIPTION_WORD = /^[\p{L}\p{N}][\p{L}\p{N}-]*$/u;

/** A superlative (`termuda`, `terbaik`): `ter-` on an adjective root, shaped like a verb but part of the description. */
function isSuperlative(t: string): boolean {
  return t.length > 6 && t.startsWith('ter') && loadRoots().has(t.slice(3));
}

/** An acronym in brackets inside a description (`Politikus Partai Kebangkitan Bangsa (PKB) ini`). */
const BRACKETED_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}-]+$/u;

/**
 * The token after a piece of a description closed by a demonstrative that opens at token j and is not a plain word
 * (`DESCRIPTION_WORD`), or -1 when there is none: a preposition before a capitalised word (`Anggota DPR dari Fraksi
 * Golkar ini`, `pelatih asal Belanda itu`), a bracketed acronym (`Partai Kebangkitan Bangsa (PKB) ini`), or a comma and
 * the known place the description's place lies in, right before the demonstrative, with or without a comma
 * (`pembalap asal Bulukumba, Sulawesi Selatan ini`, `Warga Cempaka Putih, Jakarta Pusat, itu`). Shared by the
 * descriptions after a cue and those opening a sentence (persons.ts).
 */
export function descriptionPieceEnd(v: TokenView, j: number, end: number): number {
  const t = v.text(j);
  if (roleDescriptionPrepositions().has(t)) return j + 1 < end && v.isCapitalized(j + 1) && DESCRIPTION_WORD.test(v.text(j + 1)) ? j + 1 : -1;
  if (t === '(') return j + 2 < end && BRACKETED_ACRONYM.test(v.text(j + 1)) && v.text(j + 2) === ')' ? j + 3 : -1;
  if (t !== ',' || j < 1 || !v.isCapitalized(j - 1) || v.start(j) !== v.end(j - 1)) return -1;
  let e = placeEnd(v, j + 1, end);
  if (e < 0) return -1;
  if (e + 1 < end && v.text(e) === ',') e++;
  return e < end && kindOf(v, e) === 'demonstrative' ? e : -1;
}

/** The last token of a description closed by a demonstrative at token j: before a comma closing a place (`Jakarta Pusat, itu`). */
export function descriptionLast(v: TokenView, j: number): number {
  return v.text(j - 1) === ',' ? j - 2 : j - 1;
}

/** True for a cue written after a quotation's closing mark (`"...," kata ...`, `"...," tegas ...`). */
function isClosingCue(w: string): boolean {
  const kinds = quoteCues().get(w);
  return kinds !== undefined && (kinds.has('post') || kinds.has('closing'));
}

/**
 * Descriptions that name the speaker of a quotation after its cue, or open a report after `Menurut` (`Menurut
 * mantan pelatih Persita Tangerang itu, ...`), and are closed by a demonstrative
 * (`"...," kata kepala sekolah termuda di Binjai itu.`, `"...," tegas mantan pelatih Persija tersebut`):
 * they point back to a person named before the quotation, and become a role of the person named last outside
 * quotations before it, within the two sentences before the one where it opens, when no one else is named in that
 * person's sentence (after any quotation in it) (else nothing is added). `quoted` marks tokens inside quotation marks, `owner` the index into `people` of the person whose name a
 * token is part of (-1 when none), `inRole` tokens already read as a role; the description's tokens are marked there.
 */
export function speakerDescriptions(
  v: TokenView, text: string, quoted: Uint8Array, owner: Int32Array, inRole: Uint8Array,
): Array<{ person: number; role: string }> {
  const out: Array<{ person: number; role: string }> = [];
  for (let c = 2; c < v.count - 2; c++) {
    // Cheap test first: the cue follows a closing quotation mark (`," kata`, `." ujar`), or opens a report
    // (`Menurut politikus PDIP itu, ...`).
    const afterQuote = v.isChar(c - 1, '"');
    if (quoted[c] || !(afterQuote ? !v.isCapitalized(c) && isClosingCue(v.lower(c)) : isMenurut(v, c))) continue;
    const i = c + 1;
    if (inRole[i] || owner[i]! >= 0) continue;
    const h = kindOf(v, i) === 'modifier' ? i + 1 : i;
    const k = h < v.count ? kindOf(v, h) : undefined;
    if (!k || !HEADS.has(k)) continue;
    let j = h + 1;
    let ok = true;
    for (; j < v.count && j - i <= MAX_SPEAKER_DESCRIPTION; j++) {
      const t = v.text(j);
      const kk = kindOf(v, j);
      if (kk === 'demonstrative' || owner[j]! >= 0 || inRole[j]) break;
      const piece = descriptionPieceEnd(v, j, v.count);
      if (piece > 0) { j = piece - 1; continue; }
      if (!DESCRIPTION_WORD.test(t)) break;
      if (roleDescriptionPrepositions().has(t) || isSuperlative(t)) continue;
      // `"...," kata pria berusia 40 tahun itu`: an age goes on with the description.
      const age = agePhraseEnd(v, j, v.count);
      if (age > 0) { j = age - 1; continue; }
      if (kk === 'stop' || kk === 'article' || kk === 'linker' || kk === 'namer' || (!v.isCapitalized(j) && !kk && isVerbLike(t))) { ok = false; break; }
    }
    // A bare head (`kata pengacara tersebut`) may stand for someone introduced without a name: words must follow it.
    if (!ok || j === h + 1 || j >= v.count || kindOf(v, j) !== 'demonstrative' || roleDescriptionPrepositions().has(v.text(j - 1))) continue;
    // After menurut the description closes with a comma: the report follows.
    if (!afterQuote && v.text(j + 1) !== ',') continue;
    const who = afterQuote ? personBeforeQuotation(v, quoted, owner, c - 1) : personBefore(v, quoted, owner, c, LOOKBACK);
    if (who < 0) continue;
    out.push({ person: who, role: text.slice(v.start(i), v.end(descriptionLast(v, j))) });
    inRole.fill(1, i, j);
    c = j;
  }
  return out;
}

/** The start of token i's sentence, or of the narrative after a quotation or a full stop before it there (`... ," ucap X. Sementara itu Y ...`). */
function clauseStart(v: TokenView, i: number): number {
  let from = i;
  const sentenceFrom = v.sentenceStart(i);
  while (from > sentenceFrom && v.text(from - 1) !== '"' && v.text(from - 1) !== '.') from--;
  return from;
}

/**
 * Whether tokens [from, to) name someone else by a pronoun (`Menurut dia, Jokowi nantinya ...`, `Ia menyebut ...`), so a
 * name after them is a topic (`Menurut wanita yang kerap disapa Ani` introduces the speaker herself).
 */
function reportsOther(v: TokenView, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const w = v.lower(t);
    if (roleSubjectPronouns().has(w)) return true;
  }
  return false;
}

/**
 * Whether the last writing of person `who` (an index into `owner`) before token i, outside quotations, follows words
 * reporting someone else in its sentence (`Menurut dia, pihaknya sudah bertemu dengan ... Prabowo Subianto.`): there
 * the person is a topic, and a description after it is not theirs.
 */
export function namedAsTopic(v: TokenView, quoted: Uint8Array, owner: Int32Array, i: number, who: number): boolean {
  let last = i - 1;
  while (last >= 0 && (owner[last] !== who || quoted[last])) last--;
  return last >= 0 && reportsOther(v, clauseStart(v, last), last);
}

/**
 * The person a quotation closing at token `close` points back to: the one named last outside quotations before its
 * opening mark, within the two sentences before the one it opens in, when no one else is named in that person's
 * clause (after any quotation in it), no pronoun there reports someone else (`Menurut dia, Jokowi nantinya ...`) and
 * no other quotation lies between; -1 when there is none.
 */
function personBeforeQuotation(v: TokenView, quoted: Uint8Array, owner: Int32Array, close: number, lookback = LOOKBACK): number {
  let q = close - 1;
  while (q >= 0 && v.text(q) !== '"') q--;
  return q < 0 ? -1 : personBefore(v, quoted, owner, q, lookback);
}

/** `Menurut` (any case) at token c, outside a quotation. */
function isMenurut(v: TokenView, c: number): boolean {
  return v.end(c) - v.start(c) === 7 && quoteCues().get(v.lower(c))?.has('menurut') === true;
}

/** The person named last before token q outside quotations, on the terms of `personBeforeQuotation`; -1 when none. */
function personBefore(v: TokenView, quoted: Uint8Array, owner: Int32Array, q: number, lookback: number): number {
  let floor = v.sentenceStart(q);
  for (let n = 0; n < lookback && floor > 0; n++) floor = v.sentenceStart(floor - 1);
  let last = q - 1;
  while (last >= floor && (owner[last]! < 0 || quoted[last])) last--;
  if (last < floor) return -1;
  const from = clauseStart(v, last);
  // A quotation credited to `ujarnya` between the name and this one leaves the name a topic, not the one speaking.
  let other = reportsOther(v, from, last);
  for (let t = last + 1; t < q && !other; t++) other = v.text(t) === '"';
  if (other) return -1;
  const named = new Set<number>();
  for (let t = from; t < q; t++) if (owner[t]! >= 0 && !quoted[t]) named.add(owner[t]!);
  return named.size === 1 ? [...named][0]! : -1;
}

/** A dash glued to a lower-case word after a capitalised one (`KPK-terhitung`). */
const GLUED_DASH = /-(?=\p{Ll})/u;

/**
 * Sentences looked back for the speaker of a quotation holding a self-given role: one more than for a description,
 * since the first person already says the role is the speaker's (and boilerplate lines such as `SCROLL TO CONTINUE
 * WITH CONTENT` take a sentence).
 */
const SELF_ROLE_LOOKBACK = LOOKBACK + 1;

/** Most tokens of a role a speaker gives themself in a quotation (`saya selaku Kakorlantas Polri`: 2). */
const MAX_SELF_ROLE = 8;

/**
 * Roles speakers give themselves inside a quotation (`"... saya selaku Kakorlantas Polri menyampaikan ...,"
 * jelasnya`, `"saya sebagai Pimpinan KPK ...," kata Saut`): a first-person pronoun, a linker, then a capitalised
 * role head and the capitalised words and connectors after it. The role is the quotation's speaker's: the person
 * named right after the cue that closes it, or, after a cue with `-nya`, the person the quotation points back to
 * (see `personBeforeQuotation`).
 */
export function selfRoles(v: TokenView, text: string, quoted: Uint8Array, owner: Int32Array): Array<{ person: number; role: string }> {
  const out: Array<{ person: number; role: string }> = [];
  // The cue follows the closing quotation mark: only the tokens after quotation marks are visited (`TokenView.marks`).
  const marks = v.marks();
  for (let n = 0; n < marks.length; n++) {
    const c = marks[n]! + 1;
    if (c < 2) continue;
    if (c >= v.count - 1) break;
    if (!v.isChar(c - 1, '"') || quoted[c] || v.isCapitalized(c)) continue;
    const cue = v.lower(c);
    let who = -1;
    if (isClosingCue(cue)) {
      for (let t = c + 1; t < v.count && t <= c + 2 && who < 0; t++) who = owner[t]!;
    } else if (cue.endsWith('nya') && isClosingCue(cue.slice(0, -3))) {
      who = personBeforeQuotation(v, quoted, owner, c - 1, SELF_ROLE_LOOKBACK);
    }
    if (who < 0) continue;
    let q = c - 2;
    while (q >= 0 && v.text(q) !== '"') q--;
    for (let t = q + 1; t + 2 < c - 1; t++) {
      if (!roleSelfPronouns().has(v.text(t))) continue;
      if (kindOf(v, t + 1) !== 'linker' || !v.isCapitalized(t + 2) || !HEADS.has(kindOf(v, t + 2) ?? 'stop')) continue;
      let j = t + 3;
      while (j < c - 1 && j - t - 2 < MAX_SELF_ROLE && owner[j]! < 0 && (v.isCapitalized(j) || kindOf(v, j) === 'connector') && DESCRIPTION_WORD.test(v.text(j))) j++;
      while (j > t + 3 && kindOf(v, j - 1) === 'connector') j--;
      // `Pimpinan KPK-terhitung`: a dash glued to the next word ends the role inside the token.
      const tail = v.text(j - 1);
      const dash = GLUED_DASH.exec(tail);
      out.push({ person: who, role: text.slice(v.start(t + 2), dash ? v.start(j - 1) + dash.index : v.end(j - 1)) });
    }
  }
  return out;
}

/** Sentences after a role whose name was dropped in which the person it names is looked for. */
const ORPHAN_LOOKAHEAD = 2;

/**
 * Roles left without their name where a page's link was dropped (`Wakil Ketua DPR , setuju dengan rencana ...`,
 * `Pembalap Tim Scuderia Ferrari,,menyambut antusias ...`, `jelas Menteri KKP  , di kesempatan yang sama`, CLICK-ID):
 * a role with a capitalised head read back from a comma spaced off the word before it, or doubled, that a lower-case
 * word follows, where the role is a clause's subject (it opens the sentence or a clause, or follows a reporting cue:
 * `subjectAt`). The linked name was the person's full name, and the article goes on with the surname alone: the role
 * is the first person named after it outside quotations, within the two sentences after its own, when that name is
 * one word, written there for the first time and not itself left after a dropped link (`, Bahuri`, `, (Jokowi)`) or
 * joined to another person's (`Khofifah dan Ganjar`) or written with an honorific (`Ir. Soekarno`), and the person has
 * no role of their own (`hasRole`, by index into `owner`'s persons). A person two roles left without their name point
 * to (any role, not only a subject's) gets neither (`Pengacara , berseteru dengan presenter , ... Hotman`).
 */
export function orphanRoles(
  v: TokenView, text: string, quoted: Uint8Array, owner: Int32Array, inRole: Uint8Array,
  hasRole: (person: number) => boolean,
): Array<{ person: number; role: string }> {
  const found: Array<{ person: number; role: string; s: number; e: number }> = [];
  const count = new Map<number, number>();
  // Only commas are visited (`TokenView.marks`).
  const marks = v.marks();
  for (let n = 0; n < marks.length; n++) {
    const c = marks[n]!;
    if (c < 1 || !v.isChar(c, ',') || quoted[c]) continue;
    const p = c - 1;
    if (owner[p]! >= 0 || inRole[p] || !/^[\p{L}\p{N}]/u.test(v.text(p))) continue;
    const k = droppedLinkEnd(v, c);
    if (k < 0 || k >= v.count || v.isCapitalized(k)) continue;
    const role = roleBeforeName(v, k, v.sentenceStart(p), (i) => owner[i]! >= 0);
    if (!role || role.tokEnd > c) continue;
    const who = firstNamedAfter(v, quoted, owner, k);
    if (who < 0) continue;
    // Any role left without its name counts for the person after it (`disopiri pebalap Formula 2 , saat`), but only a
    // subject with a capitalised head and a word after it is given.
    count.set(who, (count.get(who) ?? 0) + 1);
    if (!/^\p{Ll}/u.test(v.text(k)) || !v.isCapitalized(role.tokStart) || !subjectAt(v, role.tokStart) || hasRole(who)) continue;
    found.push({ person: who, role: text.slice(v.start(role.tokStart), v.end(role.tokEnd - 1)), s: role.tokStart, e: role.tokEnd });
  }
  const out: Array<{ person: number; role: string }> = [];
  for (const f of found) {
    if (count.get(f.person) !== 1) continue;
    out.push({ person: f.person, role: f.role });
    inRole.fill(1, f.s, f.e);
  }
  return out;
}

/**
 * The token after the commas a dropped link left at the comma c (`DPR , setuju`, `Ferrari,,menyambut`, `Indonesia, ,
 * genap`): a comma spaced off the word before it, or followed by another; -1 when c is an ordinary comma.
 */
function droppedLinkEnd(v: TokenView, c: number): number {
  let k = c + 1;
  while (k < v.count && v.isChar(k, ',')) k++;
  return v.start(c) > v.end(c - 1) || k > c + 1 ? k : -1;
}

/**
 * True when the role opening at token i is a clause's subject: nothing but punctuation before it in its sentence
 * (`- Wakil Ketua DPR , setuju`), a comma, full stop or dash right before it, or a reporting cue (`jelas Menteri KKP ,
 * di kesempatan`); not the object of a word (`makam Presiden ke-3 RI , di`).
 */
function subjectAt(v: TokenView, i: number): boolean {
  const s = v.sentenceStart(i);
  let j = i - 1;
  while (j >= s && !/[\p{L}\p{N}]/u.test(v.text(j))) {
    if (/^[,.\-–—]$/.test(v.text(j))) return true;
    j--;
  }
  return j < s || quoteCues().has(v.lower(j));
}

/**
 * The person named first outside quotations from token k, within `ORPHAN_LOOKAHEAD` sentences after k's, when that
 * name is one word, not right after a dropped link, a bracket, an honorific or a rank, not joined to another person's name by `dan` or
 * `serta`, and the person is named nowhere before; -1 otherwise.
 */
function firstNamedAfter(v: TokenView, quoted: Uint8Array, owner: Int32Array, k: number): number {
  const si = v.sentenceIndex(k);
  const limit = v.sentences[Math.min(v.sentences.length - 1, si + ORPHAN_LOOKAHEAD)]?.tokenEnd ?? v.count;
  let t = k;
  while (t < limit && (owner[t]! < 0 || quoted[t])) t++;
  if (t >= limit) return -1;
  const who = owner[t]!;
  if (t + 1 < v.count && owner[t + 1] === who) return -1;
  // `dari Presiden RI pertama Ir. Soekarno`: a name with its honorific or rank is introduced there, no surname going on.
  if (t > 0 && (v.isChar(t - 1, '(') || (v.isChar(t - 1, ',') && v.start(t - 1) > v.end(t - 2))
    || kindOf(v, t - 1) === 'honorific' || kindOf(v, t - 1) === 'rank')) return -1;
  if (t + 2 < v.count && personListJoiners().has(v.text(t + 1)) && owner[t + 2]! >= 0) return -1;
  if (t - 2 >= 0 && personListJoiners().has(v.text(t - 1)) && owner[t - 2]! >= 0) return -1;
  for (let s = 0; s < k; s++) if (owner[s] === who) return -1;
  return who;
}
