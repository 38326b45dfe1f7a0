import { entityTypeOf, type KbLink } from '../../kb/kb-link.js';
import type { ArticleKb, KbLookup } from './article-kb.js';
import type { ClusterJson, EntityJson } from '../../text/schema.js';
import { brandNames, knownPersonAliases, nameParticles, personArticlePrefixes } from '../../lang/id/person-titles.js';
import { loadRoots } from '../../lang/id/roots.js';
import type { Mention } from './mentions.js';

type EntityType = EntityJson['type'];

/** Longer names remembered per word: bounds the work on pathological input (a name repeated thousands of times). */
const MAX_NAMES_PER_WORD = 64;

/** An entity of the article: its mentions and what the text and the knowledge base say about it. */
export interface Cluster {
  mentions: Mention[];
  type: EntityType;
  name: string;
  aliases: string[];
  link: KbLink | null;
}

/** Union-find over mention indices. */
class Groups {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** An all-caps abbreviation of 2 to 8 letters (`PPP`, `BMKG`, `PDI-P`). */
const ACRONYM = /^\p{Lu}[\p{Lu}.-]{1,7}$/u;

/** Initials of the capitalised words of a multi-word name: `Badan Meteorologi, Klimatologi dan Geofisika` → `BMKG`. */
function initials(name: string): string {
  let out = '';
  let words = 0;
  let inWord = false;
  // ASCII names (nearly all) are read char by char; others take the general split below.
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c >= 128) return initialsOfAnyScript(name);
    if (c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 47 || c === 40 || c === 41) { inWord = false; continue; }
    if (inWord) continue;
    inWord = true;
    words++;
    if (c >= 65 && c <= 90) out += name[k];
  }
  return words < 2 ? '' : out;
}

/** `initials` of a name in any script: the words split at white space, commas, slashes and brackets. */
function initialsOfAnyScript(name: string): string {
  const ws = name.split(/[\s,/()]+/).filter(Boolean);
  if (ws.length < 2) return '';
  let out = '';
  for (const w of ws) if (/^\p{Lu}/u.test(w)) out += w[0];
  return out;
}

/**
 * Knowledge-base lookup of a name as written; failing that, of the name
 * without a trailing country (`Kemensos RI`, `DPR RI`, `KPU Indonesia`), which
 * news adds to national bodies.
 */
function lookupName(base: KbLookup, name: string, prefer?: 'ORG' | 'LOC'): KbLink | null {
  const direct = base.lookup(name, prefer);
  if (direct) return direct;
  const cut = name.lastIndexOf(' ');
  if (cut <= 0) return null;
  const tail = base.lookup(name.slice(cut + 1));
  if (tail?.type !== 'country') return null;
  const head = base.lookup(name.slice(0, cut), prefer);
  return head && head.type === 'organization' ? head : null;
}

/** True when `short` is a run of whole words of `long` at its start or end (`Stoltenberg` of `Jens Stoltenberg`). */
function isNamePart(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  // `Nyoman` of `I Nyoman Wara`: the first name word comes after a particle.
  const from = long.length - short.length > 1 && nameParticles().has(long[0]!) ? 1 : 0;
  const head = short.every((w, i) => long[i] === w) || (from > 0 && short.every((w, i) => long[from + i] === w));
  const tail = short.every((w, i) => long[long.length - short.length + i] === w);
  return head || tail;
}

/**
 * The one person name of three or more words in the article that has the
 * single word `short` inside it, neither first nor last (`Tito` of `Muhammad
 * Tito Karnavian`, `Ghufron` of `Ali Ghufron Mukti`, `Dasco` of `Sufmi Dasco
 * Ahmad`): Indonesians are often called by a middle name. -1 when none or
 * several such names hold it.
 */
function innerNameOf(short: string, longByWord: ReadonlyMap<string, ReadonlyArray<{ i: number; w: readonly string[]; person: boolean }>>): number {
  if (short.length < MIN_INNER_NAME) return -1;
  let found = -1;
  for (const p of longByWord.get(short) ?? []) {
    if (!p.person || p.w.length < 3 || p.w.indexOf(short) < 1 || p.w.lastIndexOf(short) > p.w.length - 2) continue;
    if (found >= 0 && found !== p.i) return -1;
    found = p.i;
  }
  return found;
}

/** Shortest middle name read as a short form (`Eri` of `Bhakti Eri Nurmansyah`; not `Al`, `Bin`). */
const MIN_INNER_NAME = 3;

/** Shortest clipped first name read as a short form (`Alex` of `Alexander Marwata`; not `Adi`, `Ani`). */
const MIN_CLIPPED_NAME = 4;
/** Letters a clipped first name leaves off at least: `Andi` is a name of its own, not `Andika` cut short. */
const MIN_CLIPPED_OFF = 3;

/**
 * The one person name in the article whose first word starts with the single word `short` and goes on for at
 * least `MIN_CLIPPED_OFF` more letters (`Alex` → `Alexander Marwata`, `Kris` → `Kristiadi Nugroho`), or -1. No match when
 * `short` is itself a whole word of some name (then it is that name's), or when two names fit. `byClip` holds
 * the person names of two or more words by the first `MIN_CLIPPED_NAME` letters of their first word.
 */
function clippedFirstName(
  short: string,
  longByWord: ReadonlyMap<string, ReadonlyArray<{ w: readonly string[] }>>,
  byClip: ReadonlyMap<string, ReadonlyArray<{ i: number; w: readonly string[] }>>,
): number {
  if (short.length < MIN_CLIPPED_NAME || longByWord.get(short)?.some((p) => p.w.length > 1)) return -1;
  let found = -1;
  for (const p of byClip.get(short.slice(0, MIN_CLIPPED_NAME)) ?? []) {
    if (!isClipOf(short, p.w[0]!)) continue;
    if (found >= 0 && found !== p.i) return -1;
    found = p.i;
  }
  return found;
}

/** Shortest word in which a one-letter difference is read as a misspelling (`Salim`/`Salom`; not `Ani`/`Ana`). */
const MIN_MISSPELT_WORD = 5;

/** True when two names have the same words but one, which differs by one letter changed, added or dropped. */
function isMisspelling(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  let diff = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (diff >= 0) return false;
    diff = k;
  }
  if (diff < 0) return false;
  const x = a[diff]!;
  const y = b[diff]!;
  return Math.min(x.length, y.length) >= MIN_MISSPELT_WORD && x[0] === y[0] && editDistanceAtMostOne(x, y);
}

/** An apostrophe inside a word (`Ma'ruf`, `Ma’ruf`), which the keys read as a space. */
const APOSTROPHE = /['\u2019]/g;

/**
 * True when two names of which one holds an apostrophe are a misspelling of each other read with the apostrophes left
 * out (`Ma'aruf Amin` beside `Ma'ruf Amin`): the keys cut a word at an apostrophe, which leaves parts too short for
 * `isMisspelling` (`aruf`, `ruf`).
 */
function isMisspeltAroundApostrophe(a: string, b: string): boolean {
  if (a.search(APOSTROPHE) < 0 && b.search(APOSTROPHE) < 0) return false;
  return isMisspelling(wordsWithoutApostrophes(a), wordsWithoutApostrophes(b));
}

/** The lower-cased words of `name` with its apostrophes left out (`Ma'ruf Amin` → `maruf`, `amin`). */
function wordsWithoutApostrophes(name: string): string[] {
  return name.toLowerCase().replace(APOSTROPHE, '').split(/\s+/);
}

/** True when `a` is a name of two or more words of `b` but its first word, which is the other's clipped (`Alex Marwata`, `Alexander Marwata`). */
function isClippedFirst(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  for (let k = 1; k < a.length; k++) if (a[k] !== b[k]) return false;
  return a[0]!.length <= b[0]!.length ? isClipOf(a[0]!, b[0]!) : isClipOf(b[0]!, a[0]!);
}

/** Capitals (with dots and spaces) that stand for a person's first names (`BJ`, `B.J.`, `AM`). */
const INITIALS = /^(?:\p{Lu}\.?\s*){2,3}$/u;

/**
 * True when person name `a` writes `b`'s first names as initials: the same last words, and `a`'s leading capitals
 * the first letters of `b`'s leading words, two or three of them (`BJ Habibie` of `Bacharuddin Jusuf Habibie`, `B.J.
 * Habibie`, `AM Fachir` of `Abdurrahman Mohammad Fachir`). `written` is `a` as the text has it (keys are lower case).
 */
function isInitialled(a: readonly string[], b: readonly string[], written: string): boolean {
  if (a.length < 2 || b.length < 3) return false;
  // The initials are `a`'s words before the last word(s) it shares with `b`: one word (`bj`) or single letters (`b j`).
  let rest = 0;
  while (rest < a.length - 1 && a[a.length - 1 - rest] === b[b.length - 1 - rest]) rest++;
  if (rest === 0) return false;
  const letters = a.slice(0, a.length - rest).join('');
  const lead = b.length - rest;
  if (letters.length !== lead || lead < 2 || lead > 3) return false;
  for (let k = 0; k < lead; k++) if (letters[k] !== b[k]![0]) return false;
  const sp = written.split(/\s+/);
  return INITIALS.test(sp.slice(0, sp.length - rest).join(' '));
}

/**
 * True when person name `a` is `b` with middle words left out: the same first and last words, `a`'s other words
 * found in order among `b`'s (`Eni Saragih` of `Eni Maulani Saragih`, `Sandiaga Uno` of `Sandiaga Salahuddin Uno`,
 * `Yasonna Laoly` of `Yasonna H Laoly`). A name sharing only its last words is another person's (`Iriana Joko Widodo`).
 */
function isMiddleDropped(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length <= a.length || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let k = 1;
  for (let j = 1; j < b.length - 1 && k < a.length - 1; j++) if (b[j] === a[k]) k++;
  return k === a.length - 1;
}

/** True when `long` starts with `short`, of at least `MIN_CLIPPED_NAME` letters, and goes on for `MIN_CLIPPED_OFF` more (`Alex`, `Alexander`). */
function isClipOf(short: string, long: string): boolean {
  return short.length >= MIN_CLIPPED_NAME && long.length >= short.length + MIN_CLIPPED_OFF && long.startsWith(short);
}

/** True when one substitution, insertion or deletion turns `x` into `y` (or they are equal). */
function editDistanceAtMostOne(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (x.length > y.length) i++;
    else if (y.length > x.length) j++;
    else { i++; j++; }
  }
  return edits + (x.length - i) + (y.length - j) <= 1;
}

/**
 * Within-article coreference. Mentions join when (1) they are written the
 * same (case-folded), (2) the text gives one as another's alias (`(NATO)`,
 * `yang akrab disapa Jokowi`), (3) they link to the same knowledge-base entry
 * (`Pakta Pertahanan Atlantik Utara` and `NATO`; `Jakarta` and `DKI
 * Jakarta`), or (4) one is the first or last name(s) of a longer person name
 * in the article (`Stoltenberg` → `Jens Stoltenberg`; the nearest preceding
 * full name wins when several fit). The type is the mentions' majority vote,
 * with the knowledge base breaking ties and overruling a person reading of a
 * country name.
 */
export function clusterMentions(mentions: readonly Mention[], base: ArticleKb): Cluster[] {
  const n = mentions.length;
  const g = new Groups(n);
  // Each mention's folded key, computed once (the passes below look it up many times).
  const keyOf = mentions.map((m) => base.key(m.text));
  const byKey = new Map<string, number>();
  // The types the mentions of each written form were tagged with (derived mentions cast no vote).
  const typesByKey = new Map<string, Set<EntityType>>();
  mentions.forEach((m, i) => {
    const k = keyOf[i]!;
    const first = byKey.get(k);
    if (first === undefined) { byKey.set(k, i); typesByKey.set(k, new Set()); }
    else g.union(first, i);
    if (!m.derived) typesByKey.get(k)!.add(m.type);
  });
  // (2) aliases given in the text.
  // A bracket naming a known entry of another type is not an alias: `Ganjar Pranowo (Jateng)`, `CIA (AS)`.
  mentions.forEach((m, i) => {
    for (const a of m.aliases) {
      const j = byKey.get(base.key(a.text));
      if (j === undefined) continue;
      const la = base.lookup(a.text);
      if (la && entityTypeOf(la.type) !== m.type && base.lookup(m.text) !== la) continue;
      g.union(i, j);
    }
  });
  // (2a) short names of well-known figures (`Jokowi` beside `Joko Widodo`), as written or with the honorific (`Gus Dur`).
  const known = knownPersonAliases();
  mentions.forEach((m, i) => {
    if (m.type !== 'PER') return;
    for (const f of known.get(m.text) ?? known.get(m.surface) ?? []) {
      const j = byKey.get(base.key(f));
      if (j !== undefined) { g.union(i, j); break; }
    }
  });
  // (2b) an acronym written alone whose letters are the initials of a longer name in the article
  // (`Partai Persatuan Pembangunan` ... `PPP`), when exactly one name fits.
  const byInitials = new Map<string, number[]>();
  for (const i of byKey.values()) {
    const m = mentions[i]!;
    if (m.type === 'PER') continue;
    const ini = initials(m.text);
    if (ini.length < 2) continue;
    const list = byInitials.get(ini);
    if (!list) byInitials.set(ini, [i]);
    else list.push(i);
  }
  for (const i of byKey.values()) {
    const m = mentions[i]!;
    if (!ACRONYM.test(m.text)) continue;
    const list = byInitials.get(m.text.replace(/[.-]/g, ''));
    if (list?.length === 1) g.union(list[0]!, i);
  }
  // (3) the same knowledge-base entry (places and organisations only: people are not in the base).
  // A person's initials (`tersangka berinisial AS`) are not the country the base knows by them, wherever written.
  let initialsKeys: Set<string> | undefined;
  for (let i = 0; i < n; i++) if (mentions[i]!.initials) (initialsKeys ??= new Set()).add(keyOf[i]!);
  const linkOf = new Map<number, KbLink | null>();
  const byLink = new Map<string, number>();
  for (const i of byKey.values()) {
    const m = mentions[i]!;
    const link = initialsKeys?.has(keyOf[i]!) ? null : lookupName(base, m.text, m.type === 'PER' ? undefined : m.type);
    linkOf.set(i, link);
    if (!link || (m.type === 'PER' && link.type !== 'country')) continue;
    const lk = `${link.kb}:${link.id}`;
    const first = byLink.get(lk);
    if (first === undefined) byLink.set(lk, i);
    else g.union(first, i);
  }
  // (4) partial names → a longer name that has them as first or last word(s). The longer name is a
  // person's, or an unlinked name of another type when the shorter one is tagged a person (a tagger
  // may read `AM Fachir` as an organisation and `Fachir` as a person). Decided once per written
  // form, not per mention: identical forms are already one group, so attaching each `Habibie` to
  // its nearest full name would chain `BJ Habibie` and `Ilham Akbar Habibie` into one person. When
  // several full names fit, the one written most often wins (then the first written).
  const linkOfMention = (i: number) => linkOf.get(byKey.get(keyOf[i]!)!) ?? null;
  const countByKey = new Map<string, number>();
  for (const k of keyOf) countByKey.set(k, (countByKey.get(k) ?? 0) + 1);
  // Indexed by word so the search stays linear in the mentions, not quadratic.
  const longByWord = new Map<string, Array<{ i: number; w: readonly string[]; person: boolean; n: number }>>();
  // The words of each written form, split once here for the passes below.
  const wordsOf: Array<readonly string[]> = [];
  for (const i of byKey.values()) {
    const m = mentions[i]!;
    const w = base.words(m.text);
    wordsOf[i] = w;
    if (!(m.type === 'PER' || (w.length > 1 && !linkOfMention(i)))) continue;
    // The group may hold mentions of several types; a person reading anywhere in it counts.
    const entry = { i, w, person: m.type === 'PER' || typesByKey.get(keyOf[i]!)!.has('PER'), n: countByKey.get(keyOf[i]!) ?? 1 };
    for (const x of new Set(w)) {
      const list = longByWord.get(x);
      if (!list) longByWord.set(x, [entry]);
      else if (list.length < MAX_NAMES_PER_WORD) list.push(entry);
    }
  }
  const byClip = new Map<string, Array<{ i: number; w: readonly string[] }>>();
  for (const list of longByWord.values()) {
    for (const p of list) {
      if (!p.person || p.w.length < 2 || p.w[0]!.length < MIN_CLIPPED_NAME + MIN_CLIPPED_OFF) continue;
      const key = p.w[0]!.slice(0, MIN_CLIPPED_NAME);
      const at = byClip.get(key);
      if (!at) byClip.set(key, [p]);
      else if (!at.includes(p) && at.length < MAX_NAMES_PER_WORD) at.push(p);
    }
  }
  // A full person name each group already holds (`Joko Widodo` for the alias `Jokowi`): a last name of that group
  // does not join another full name ending in it (`Iriana Jokowi`), which would make one person of two.
  const fullOf = new Map<number, readonly string[]>();
  for (const i of byKey.values()) {
    if (mentions[i]!.type !== 'PER' || wordsOf[i]!.length < 2) continue;
    const r = g.find(i);
    if (!fullOf.has(r)) fullOf.set(r, wordsOf[i]!);
  }
  for (const i of byKey.values()) {
    const link = linkOfMention(i);
    const isPer = typesByKey.get(keyOf[i]!)!.has('PER');
    if (link && (!isPer || link.type === 'country')) continue; // a known place or organisation is not a surname
    const w = wordsOf[i]!;
    if (!w.length) continue;
    let best: { i: number; n: number } | null = null;
    for (const p of longByWord.get(w[0]!) ?? []) {
      if (!(p.person || isPer) || !isNamePart(w, p.w)) continue;
      if (!best || p.n > best.n || (p.n === best.n && p.i < best.i)) best = p;
    }
    if (best) {
      const held = fullOf.get(g.find(i));
      const other = fullOf.get(g.find(best.i));
      // Only a last name is held back: a first name or initials opening the other (`BJ` of `Bacharuddin Jusuf (BJ)`
      // and of `BJ Habibie`) name one person written two ways.
      const bw = wordsOf[best.i]!;
      if (held && held !== w && g.find(i) !== g.find(best.i) && !w.every((x, k) => bw[k] === x) && !isNamePart(held, bw) && !isNamePart(bw, held)) continue;
      g.union(best.i, i);
      const held2 = held ?? other;
      if (held2) fullOf.set(g.find(i), held2);
    } else if (w.length === 1 && isPer) {
      const full = clippedFirstName(w[0]!, longByWord, byClip);
      if (full >= 0) g.union(full, i);
      else {
        const inner = innerNameOf(w[0]!, longByWord);
        if (inner >= 0) g.union(inner, i);
      }
    }
  }

  // (5) a misspelt full name (`Veronika Koman` beside `Veronica Koman`, `Gerry Salom` beside `Gerry Salim`): person
  // names of two or more words that differ in one word by one letter changed, added or dropped; or in the first
  // word only, clipped in one of them (`Alex Marwata` beside `Alexander Marwata`); or the full name with middle words
  // left out (`Eni Saragih` beside `Eni Maulani Saragih`); or the first names written as initials (`BJ Habibie` beside
  // `Bacharuddin Jusuf Habibie`). Candidates share their first or last word, so the search stays linear in the names.
  const byEdge = new Map<string, Array<{ i: number; w: readonly string[] }>>();
  for (const i of byKey.values()) {
    const m = mentions[i]!;
    if (m.type !== 'PER') continue;
    const w = wordsOf[i]!;
    if (w.length < 2) continue;
    const entry = { i, w };
    for (const edge of [`<${w[0]}`, `>${w[w.length - 1]}`]) {
      const list = byEdge.get(edge);
      if (!list) byEdge.set(edge, [entry]);
      else if (list.length < MAX_NAMES_PER_WORD) list.push(entry);
    }
  }
  for (const list of byEdge.values()) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const a = list[x]!, b = list[y]!;
      if (isMisspelling(a.w, b.w) || isClippedFirst(a.w, b.w) || isMiddleDropped(a.w, b.w) || isMiddleDropped(b.w, a.w)
        || isInitialled(a.w, b.w, mentions[a.i]!.text) || isInitialled(b.w, a.w, mentions[b.i]!.text)
        || isMisspeltAroundApostrophe(mentions[a.i]!.text, mentions[b.i]!.text)) g.union(a.i, b.i);
    }
  }

  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = g.find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const out: Cluster[] = [];
  for (const idx of members.values()) {
    const ms = idx.map((i) => mentions[i]!);
    const votes: Record<EntityType, number> = { PER: 0, ORG: 0, LOC: 0 };
    // The first and last words of the full person names the tagger read (`Yanto Basna`, `Eggi Sudjana`): the name
    // alone read as an organisation (`Basna`, `Eggi`) is still that person.
    let surnames: Set<string> | undefined;
    let fullName = false;
    for (const i of idx) {
      const m = mentions[i]!;
      if (m.type !== 'PER' || m.derived || wordsOf[byKey.get(keyOf[i]!)!]!.length < 2) continue;
      fullName = true;
      const w = wordsOf[byKey.get(keyOf[i]!)!]!;
      // Not after a word, a brand or a known name (`Pengguna Traveloka`, `Mitsubishi Pajero`, `Saudi Aramco`).
      if (loadRoots().has(w[0]!) || brandNames().has(w[0]!) || base.lookup(w[0]!) || brandNames().has(w[w.length - 1]!)) continue;
      (surnames ??= new Set()).add(w[w.length - 1]!).add(w[0]!);
      // `Ayman al-Zawahri` with `Al-Zawahri` read as an organisation: the surname keeps its Arabic article.
      if (w.length >= 3 && personArticlePrefixes().has(w[w.length - 2]!)) surnames.add(`${w[w.length - 2]} ${w[w.length - 1]}`);
    }
    // An acronym the text gives in brackets after a person's name (`Bambang Irianto (BTO)`) and the base does not know
    // is that person's initials, however the tagger reads it later.
    for (const i of idx) {
      const m = mentions[i]!;
      if (m.type !== 'PER' || m.derived) continue;
      for (const a of m.aliases) if (a.kind === 'acronym' && !base.lookup(a.text)) (surnames ??= new Set()).add(base.key(a.text));
    }
    for (const m of ms) if (!m.derived) votes[surnames?.has(base.key(m.text)) ? 'PER' : m.type]++;
    let link: KbLink | null = null;
    let linkedWhole = false;
    for (const i of idx) {
      const l = linkOf.get(byKey.get(keyOf[i]!)!);
      if (l && !link) link = l;
      if (l && wordsOf[byKey.get(keyOf[i]!)!]!.length >= 2) linkedWhole = true;
    }
    // `Bima Sakti Tukiman` with `Bima`, `Jordan Henderson` with `Jordan`: a full person name the base does not know
    // is not the place its first word names.
    if (link && !linkedWhole && fullName) link = null;
    const type = decideType(votes, link, ms.some((m) => m.surface !== m.text));
    if (type === 'PER') link = null;
    out.push({ mentions: ms, type, link, ...nameAndAliases(ms, type, base) });
  }
  out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return out;
}

/** The entity types in the order ties between votes go. */
const TYPE_ORDER: readonly EntityType[] = ['PER', 'ORG', 'LOC'];

/** The type with most votes and the runner-up; ties go by `TYPE_ORDER` (a stable sort of the three, without sorting). */
function rankVotes(votes: Record<EntityType, number>): [top: EntityType, second: EntityType] {
  let top = TYPE_ORDER[0]!;
  for (const t of TYPE_ORDER) if (votes[t] > votes[top]) top = t;
  let second: EntityType | undefined;
  for (const t of TYPE_ORDER) if (t !== top && (second === undefined || votes[t] > votes[second])) second = t;
  return [top, second!];
}

function decideType(votes: Record<EntityType, number>, link: KbLink | null, honorific: boolean): EntityType {
  const [top, second] = rankVotes(votes);
  if (!link) return top;
  const kbType = entityTypeOf(link.type);
  const total = votes.PER + votes.ORG + votes.LOC;
  // A country is a place (never a person, and its government acting is still the country, as the gold files mark it);
  // a person reading must be a clear majority to overrule the base.
  if (link.type === 'country') return 'LOC';
  // An Indonesian province, regency or city name is far more often the place than a person's name
  // (the tagger reads `Bupati Bima` as a person); an honorific or rank written with it (`Pak Bima`) says person.
  if (link.kb === 'kemendagri' && top === 'PER' && !honorific) return 'LOC';
  if (top === 'PER' && votes.PER * 2 <= total) return kbType;
  return votes[top] === votes[second] ? kbType : top;
}

/**
 * The canonical name: for a person the name with most words (then
 * characters); for an organisation or place the expansion of an acronym if
 * the text gives one, else the longest form. Aliases are the other forms that
 * are not part of the name (`NATO`, `Jokowi`; not `Stoltenberg`).
 */
export function nameAndAliases(ms: readonly Mention[], type: EntityType, kb: ArticleKb): { name: string; aliases: string[] } {
  let name = ms[0]!.text;
  let nameWords = kb.words(name);
  // Of two spellings of one name (`Ikhsan Abdullah` twice, a one-off `Ikhsan Abddullah`), the more frequent is the name.
  const written = new Map<string, number>();
  for (const m of ms) written.set(m.text, (written.get(m.text) ?? 0) + 1);
  for (const m of ms) {
    const w = kb.words(m.text);
    let better: boolean;
    if (type !== 'PER') better = m.text.length > name.length;
    else if (w.length !== nameWords.length) better = w.length > nameWords.length;
    else {
      const more = isMisspelling(w, nameWords) || isMisspeltAroundApostrophe(m.text, name) ? written.get(m.text)! - written.get(name)! : 0;
      better = more > 0 || (more === 0 && m.text.length > name.length);
    }
    if (better) { name = m.text; nameWords = w; }
  }
  const seen = new Set<string>([kb.key(name)]);
  const aliases: string[] = [];
  for (const m of ms) {
    const k = kb.key(m.text);
    if (seen.has(k)) continue;
    seen.add(k);
    if (!isNamePart(kb.words(m.text), nameWords)) aliases.push(m.text);
  }
  return { name, aliases };
}

/** The JSON form of a cluster. */
export function clusterJson(c: Cluster, index: number): ClusterJson {
  return {
    id: `c${index + 1}`,
    type: c.type,
    name: c.name,
    mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    aliases: c.aliases,
    link: c.link ? { ...c.link } : null,
  };
}
