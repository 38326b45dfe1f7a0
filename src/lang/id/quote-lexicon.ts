import { readFileSync } from 'node:fs';
import { ErrorCodes, WartaError } from '../../pipeline/errors.js';
import { dataPath } from './data-path.js';
import { badData, readTsv } from './tsv-file.js';
import { brandNames, nonPersonNameWords } from './person-titles.js';

/** How a cue word introduces reported speech (see data/id/quote-cues.tsv). */
export type CueKind = 'verb' | 'bahwa' | 'post' | 'closing' | 'menurut' | 'passive' | 'credit' | 'appeal' | 'expresses';
/** What a word says about a speaker phrase (see data/id/quote-speaker-words.tsv). */
export type SpeakerWordCategory =
  | 'title' | 'rank' | 'org' | 'collective' | 'place' | 'pronoun' | 'person' | 'anonymous' | 'stop' | 'source' | 'connective' | 'blocker' | 'credit-subject' | 'object' | 'prep' | 'aux' | 'demonstrative' | 'appeal-link' | 'likening' | 'object-end' | 'modal' | 'frame' | 'sum-up' | 'relative' | 'agent' | 'addressee' | 'relation' | 'told' | 'credit-lead' | 'aspect' | 'honorific' | 'second-person' | 'non-fronting' | 'address' | 'identity' | 'possessor';

/** The vocabulary of the quotes stage, loaded once. */
export interface QuoteLexicon {
  /** Lower-cased cue word -> the ways it introduces speech. */
  readonly cues: ReadonlyMap<string, ReadonlySet<CueKind>>;
  /**
   * A prefilter for cue words: bit `length & 31` of entry `first << 7 | last`
   * (lower-case ASCII letters) is set for every cue and every post/menurut cue
   * with `-nya` (not for closing cues, looked up only after a quotation mark); a word whose
   * entry lacks its bit is no cue of the scan.
   */
  readonly cueShapes: Uint32Array;
  /** Lower-cased word -> its categories. */
  readonly speakerWords: ReadonlyMap<string, ReadonlySet<SpeakerWordCategory>>;
  /** The same as bit masks (`categoryBit`), for the hot path; the honorifics are not among them (`honorifics`). */
  readonly speakerWordBits: ReadonlyMap<string, number>;
  /**
   * The words of the `honorific` category (`gus`, `teuku`, `dokter`), read at one place only (narrowing a tagger's
   * person span): a plain set, so that they take no bit of `speakerWordBits`.
   */
  readonly honorifics: ReadonlySet<string>;
  /**
   * The words of the `non-fronting` category (`dan`, `dengan`, `oleh`): prepositions and conjunctions that open no
   * fronted group before a speaker. A plain set like `honorifics`, read at one place only.
   */
  readonly nonFronting: ReadonlySet<string>;
  /**
   * The words of the `address` category (`pak`, `ibu`, `mas`, `kang`): a form of address or kinship before a name, no
   * part of the name a speaker is given (`ibu Jefri Nichol` is his mother; `Pak Imam` is how a speaker addresses him).
   * A plain set like `honorifics`, read at one place only (`withTitles`).
   */
  readonly address: ReadonlySet<string>;
  /**
   * The words of the `identity` category (`adalah`, `yakni`, `bernama`): right before a name they say who someone is,
   * so the name is no verb's object. A plain set, read at one place only (the pronoun fallback's `leadsClause`).
   */
  readonly identity: ReadonlySet<string>;
  /**
   * The words of the `possessor` category (`oleh`, `pandangan`, `pengakuan`): written with `-nya` as a whole speaker
   * phrase (`diungkapkan olehnya`, `Menurut pandangannya`), the clitic is the speaker. A plain set, read at one place
   * only (the end of `SpeakerReader`'s common-noun reading).
   */
  readonly possessors: ReadonlySet<string>;
  /** The prefilter of `cueShapes` for the speaker words (those written in ASCII letters at both ends). */
  readonly speakerShapes: Uint32Array;
  /**
   * Lower-cased place names (one or more words joined by one space), from
   * data/id/places-*.txt. One-word names come from the world list only: the
   * Indonesian district list holds thousands of one-word names that are also
   * personal names (`Rasia`).
   */
  readonly places: ReadonlySet<string>;
  readonly placeMaxWords: number;
  /** First words of the place names, to skip the lookup for most words. */
  readonly placeStarts: ReadonlySet<string>;
  /**
   * Frequent lower-cased Indonesian roots (data/id/roots.txt, most frequent
   * first, cut at `COMMON_ROOT_RANK`): a capitalised common word continues a
   * title, not a name. The cut matters: the list also holds names seen in news.
   */
  readonly roots: ReadonlySet<string>;
  /**
   * Companies named by one word (`instagram`, `huawei`; data/id/brand-names.txt, shared with the persons stage):
   * a capitalised run of that one word speaks as an organisation (a longer run may be a person: `Keisuke Honda`).
   */
  readonly brands: ReadonlySet<string>;
}

const CUE_KINDS = new Set<CueKind>(['verb', 'bahwa', 'post', 'closing', 'menurut', 'passive', 'credit', 'appeal', 'expresses']);
const WORD_CATEGORIES = new Set<SpeakerWordCategory>(['title', 'rank', 'org', 'collective', 'place', 'pronoun', 'person', 'anonymous', 'stop', 'source', 'connective', 'blocker', 'credit-subject', 'object', 'prep', 'aux', 'demonstrative', 'appeal-link', 'likening', 'object-end', 'modal', 'frame', 'sum-up', 'relative', 'agent', 'addressee', 'relation', 'told', 'credit-lead', 'aspect', 'honorific', 'second-person', 'non-fronting', 'address', 'identity', 'possessor']);
/** Gazetteer files shared with the structure stage; a place speaking is not a person. */
const PLACE_FILES = ['places-id.txt', 'places-world.txt', 'places-countries.txt'];
/** The stems stage's root lexicon, read as a plain word list. */
const ROOTS_FILE = 'roots.txt';
/** Roots ranked below this are rare enough to be names (`santoso`, `jokowi` sit far below it). */
export const COMMON_ROOT_RANK = 3500;

let cached: QuoteLexicon | undefined;

/** The categories kept as word sets of their own, not as bits (each read at one place only). */
type SetCategory = 'honorific' | 'non-fronting' | 'address' | 'identity' | 'possessor';
const SET_CATEGORIES: ReadonlySet<SpeakerWordCategory> = new Set<SetCategory>(['honorific', 'non-fronting', 'address', 'identity', 'possessor']);
/** A speaker-word category with a bit in `speakerWordBits`. */
export type BitCategory = Exclude<SpeakerWordCategory, SetCategory>;
const CATEGORY_LIST = [...WORD_CATEGORIES].filter((c): c is BitCategory => !SET_CATEGORIES.has(c));
// Bits 0-30 only: bit 31 makes a value negative, which WordTable (-1 absent) and the per-piece cache in Pieces.bits
// (-1 not yet looked up) read as no word, and `1 << 32` wraps to bit 0. All 31 are taken (`second-person` took the
// one `honorific` freed in session 15): a new category needs one freed (a category read at one place only can
// become a word set of its own, as `honorific` and `non-fronting` are) or a second bits word.
if (CATEGORY_LIST.length > 31) throw new Error(`warta: ${CATEGORY_LIST.length} speaker-word categories do not fit in 31 bits`);
/** The bit of a speaker-word category in `speakerWordBits`. */
const BITS = new Map(CATEGORY_LIST.map((c, i) => [c, 1 << i]));
export function categoryBit(c: BitCategory): number {
  return BITS.get(c)!;
}

function multiMap<T extends string>(file: string, allowed: ReadonlySet<T>): Map<string, Set<T>> {
  const out = new Map<string, Set<T>>();
  for (const { line, cells } of readTsv(file, 2)) {
    const cat = cells[1]!.trim() as T;
    if (!allowed.has(cat)) badData(file, line, `unknown category "${cells[1]}"`);
    const w = cells[0]!.trim().toLowerCase();
    let set = out.get(w);
    if (!set) out.set(w, (set = new Set()));
    set.add(cat);
  }
  return out;
}

function lines(name: string): string[] {
  let raw: string;
  try {
    raw = readFileSync(dataPath(name), 'utf8');
  } catch (err) {
    throw new WartaError(ErrorCodes.BAD_DATA_FILE, `cannot read data file ${dataPath(name)}: ${(err as Error).message}`, { cause: err });
  }
  return raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

function readPlaces(): { places: Set<string>; max: number } {
  const places = new Set<string>();
  let max = 1;
  for (const name of PLACE_FILES) {
    for (const t of lines(name)) {
      if (name === 'places-id.txt' && !/\s/.test(t)) continue;
      const key = t.toLowerCase().split(/\s+/).join(' ');
      places.add(key);
      max = Math.max(max, key.split(' ').length);
    }
  }
  return { places, max };
}

let cachedCues: ReadonlyMap<string, ReadonlySet<CueKind>> | undefined;

/** Load (once per process) and validate data/id/quote-cues.tsv: each lower-cased cue word and how it introduces speech. */
export function quoteCues(): ReadonlyMap<string, ReadonlySet<CueKind>> {
  cachedCues ??= multiMap('quote-cues.tsv', CUE_KINDS);
  return cachedCues;
}

/** Load (once per process) and validate data/id/quote-cues.tsv, quote-speaker-words.tsv and the place lists. */
export function quoteLexicon(): QuoteLexicon {
  if (cached) return cached;
  const { places, max } = readPlaces();
  const speakerWords = multiMap('quote-speaker-words.tsv', WORD_CATEGORIES);
  // The set categories go to sets of their own; a word of no other category leaves the bit words.
  const honorifics = new Set<string>();
  const nonFronting = new Set<string>();
  const address = new Set<string>();
  const identity = new Set<string>();
  const possessors = new Set<string>();
  for (const [w, cats] of speakerWords) {
    if (cats.delete('honorific')) honorifics.add(w);
    if (cats.delete('non-fronting')) nonFronting.add(w);
    if (cats.delete('address')) address.add(w);
    if (cats.delete('identity')) identity.add(w);
    if (cats.delete('possessor')) possessors.add(w);
    if (!cats.size) speakerWords.delete(w);
  }
  // The words that make a tagger's "person" an organisation or place for the persons stage (`Kelurahan
  // Tanjung Mulia Hilir`, `Masjid An Nuur`) make a speaker's capitalised run one too.
  for (const w of nonPersonNameWords().keys()) {
    const cats = speakerWords.get(w);
    if (cats) cats.add('org');
    else speakerWords.set(w, new Set(['org']));
  }
  const cues = quoteCues();
  const cueShapes = new Uint32Array(128 * 128);
  let asciiEnds = true;
  const shape = (w: string) => {
    const f = w.charCodeAt(0), l = w.charCodeAt(w.length - 1);
    if (f >= 128 || l >= 128) asciiEnds = false;
    else cueShapes[(f << 7) | l]! |= 1 << (w.length & 31);
  };
  const speakerShapes = new Uint32Array(128 * 128);
  for (const w of speakerWords.keys()) {
    const f = w.charCodeAt(0), l = w.charCodeAt(w.length - 1);
    // A word with other letters at its ends is always looked up (see the check in SpeakerReader.cat).
    if (f < 128 && l < 128) speakerShapes[(f << 7) | l]! |= 1 << (w.length & 31);
  }
  for (const [w, kinds] of cues) {
    // Closing cues are looked up only in the slot after a quotation mark, never in the scan.
    if (kinds.size === 1 && kinds.has('closing')) continue;
    shape(w);
    if (kinds.has('post') || kinds.has('menurut')) shape(`${w}nya`);
  }
  // A cue with other letters at an end cannot be keyed by its ASCII shape: then every word is looked up.
  if (!asciiEnds) cueShapes.fill(0xffffffff);
  cached = {
    cues,
    cueShapes,
    speakerShapes,
    speakerWords,
    speakerWordBits: new Map([...speakerWords].map(([w, cats]) => [w, [...cats].reduce((m, c) => m | categoryBit(c as BitCategory), 0)])),
    honorifics,
    nonFronting,
    address,
    identity,
    possessors,
    places,
    placeMaxWords: Math.min(max, 4),
    placeStarts: new Set([...places].map((pl) => pl.split(' ')[0]!)),
    roots: new Set(lines(ROOTS_FILE).slice(0, COMMON_ROOT_RANK).map((l) => l.split('\t')[0]!.toLowerCase())),
    brands: brandNames(),
  };
  return cached;
}
