import type { EntityJson, PersonJson } from '../../text/schema.js';
import { loadPlaces } from '../../lang/id/places.js';
import { loadRoots } from '../../lang/id/roots.js';
import { brandNames, nonPersonNames, personPlaceNouns, titleKind } from '../../lang/id/person-titles.js';
import { isAffixedWord } from '../persons/affixed-word.js';
import { stem } from '../stems/stem.js';
import { holdsWordRun, W, wordBits } from './speaker-phrase.js';
import { quoteLexicon } from '../../lang/id/quote-lexicon.js';
import { shippedNerModel } from '../../learn/ner-model.js';
import { nameTokens } from '../../learn/gazetteer.js';
import { hashString } from '../../learn/hash.js';

const STARTS_UPPER = /^\p{Lu}/u;
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

/**
 * Whether a one-word speaker name is a word of the language or a place, no one's name in this article: `Pasal`,
 * `Keppres`, `Hipotesis` (roots of data/id/roots.txt), `Beragam`, `Ditanya` (a root with an affix), `Lebak`,
 * `Cikampek` (data/id/places-*.txt), `Kompol`, `Seksolog` (data/id/titles.tsv), and the companies and religious
 * names the persons stage never takes for people (`Gojek`, `Allah`: data/id/brand-names.txt,
 * non-person-names.txt), and a place or body the entity tagger typed ORG or LOC that its name gazetteer lists as
 * one (`Kansas`, `Oxford`, `Myanmar`, `Gerindra`). Per GUIDELINES.md such a speaker (an article, a law, a place, a body) has no person's name.
 *
 * Many such words are given names too (`Budi`, `Indah`, `Bima`, `Dini`), so a word of the lists is a name still
 * when the article writes it as (part of) a person's name anywhere: a person of the persons stage, one of that
 * person's mentions, or a span the entity tagger typed PER. Initials (`MS`, `BW`: all capitals) are left alone.
 * Asked once per distinct speaker name that no person's name completed (a handful an article).
 */
export function commonWordName(name: string, persons: readonly PersonJson[], entities: readonly EntityJson[], text: string): boolean {
  if (name.includes(' ') || !STARTS_UPPER.test(name)) return false;
  // A lone capital or a roman numeral (`I` of `semester I`, `U` of `U-19`, `II`) is no one's name; other initials
  // (all capitals: `MS`, `BW`) are left alone.
  const letters = name.length === 1 || ROMAN.test(name);
  if (!letters && (name.length < 2 || name.toUpperCase() === name)) return false;
  if (heldByPerson(name, persons)) return false;
  if (letters) return true;
  if (taggedBody(name, entities) && listedBody(name) && !writtenAsName(name, text)) return true;
  const low = name.toLowerCase();
  if (brandNames().has(low) || nonPersonNames().has(low)) return true;
  if (!lexical(low)) return false;
  for (const e of entities) if (e.type === 'PER' && holdsWordRun(e.text, name)) return false;
  return !writtenAsName(name, text);
}

/** Whether a person of the persons stage, by name or by one of its mentions, holds `name` as a run of its words. */
function heldByPerson(name: string, persons: readonly PersonJson[]): boolean {
  return persons.some((p) => holdsWordRun(p.name, name) || p.mentions.some((m) => holdsWordRun(m, name)));
}

/**
 * Whether the entity tagger read the name, as a whole span of its own, as an organisation or a place
 * (`Oxford`, `Kansas`, `Muhammadiyah`) somewhere in the article and nowhere as (part of) a person's name.
 */
function taggedBody(name: string, entities: readonly EntityJson[]): boolean {
  let body = false;
  for (const e of entities) {
    if (e.type === 'PER') {
      if (holdsWordRun(e.text, name)) return false;
    } else if (!body && (e.type === 'ORG' || e.type === 'LOC') && e.text === name) body = true;
  }
  return body;
}

/**
 * Whether a speaker name of two or more words no person of the article holds is, per the entity tagger, the name
 * of an organisation or a place (`Nahdlatul Ulama`, `Sumatra Utara`, `AdaptiveMobile Security`): the tagger typed
 * exactly that span ORG or LOC somewhere and no PER span holds it. Per GUIDELINES.md such a speaker has no
 * person's name.
 */
export function bodyName(name: string, persons: readonly PersonJson[], entities: readonly EntityJson[]): boolean {
  return name.includes(' ') && !heldByPerson(name, persons) && taggedBody(name, entities) && listedBody(name);
}

/**
 * Whether the name gazetteer the entity tagger was trained with (DBpedia and MDEE organisation and place names,
 * Indonesian regions, countries: data/id/README.md, "NER gazetteer") lists the whole name as an organisation or a
 * place and not as a person.
 */
function listedBody(name: string): boolean {
  const g = shippedNerModel().gazetteer;
  if (!g) return false;
  const tokens = nameTokens(name.toLowerCase());
  const n = tokens.length;
  if (n === 0 || n > g.maxLen) return false;
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = hashString(tokens[i]!);
  const states = g.match(hashes, n);
  const K = g.types.length;
  const whole = (type: string): boolean => {
    const t = g.types.indexOf(type);
    if (t < 0 || states[t] !== 1) return false;
    for (let i = 1; i < n; i++) if (states[i * K + t] !== 2) return false;
    return true;
  };
  return !whole('PER') && (whole('ORG') || whole('LOC'));
}

/**
 * Whether a name of two or more words opens with a word that makes a phrase an organisation or a group speaking
 * (`org` and `collective` of data/id/quote-speaker-words.tsv) and goes on with an acronym, a place of data/id/places-*.txt
 * or a body or place of the NER gazetteer (`Bank BTN`, `Pemkot Jakbar`, `Pihak Huawei`), as the persons stage sometimes
 * takes one for a person. Per GUIDELINES.md a body speaking has no person's name.
 */
export function bodyHeadedName(name: string): boolean {
  const sp = name.indexOf(' ');
  if (sp <= 0 || (wordBits(quoteLexicon(), name, 0, sp) & (W.org | W.collective)) === 0) return false;
  // What follows must name a body or a place too: `Tim Cook`, `Rumah Anang`, `Taliban Zabihullah Mujahid` are a
  // given name or a body before a person's name.
  const rest = name.slice(sp + 1);
  return ACRONYM.test(rest) || loadPlaces().has(rest.toLowerCase()) || listedBody(rest);
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d-]+$/u;

/** Shortest root the stemmer may reduce a word to here: shorter ones turn names into words (`Trian`: tri + -an). */
const MIN_ROOT = 4;

/**
 * A root, an affixed root (`Beragam`, `Penelitian`, `Capaian`: what the stemmer reduces to a root of four letters or
 * more), a place or a title word (lower case).
 */
function lexical(low: string): boolean {
  const roots = loadRoots();
  if (roots.has(low) || loadPlaces().has(low) || titleKind(low) !== undefined || isAffixedWord(low)) return true;
  const root = stem(low);
  return root !== low && root.length >= MIN_ROOT && roots.has(root);
}

/** Whether the word before a place makes it an office's or a region's place: a role title or a place noun. */
function placeBefore(before: string | undefined, kind: string | undefined): boolean {
  return kind === 'role' || (before !== undefined && personPlaceNouns().has(before.toLowerCase()));
}

const WORD_AFTER = /^ (\p{Lu}[\p{Ll}'-]+)/u;
const APPOSITION = /^(?: \(\d+\))?, ((?:\p{Ll}+ ){0,2}\p{Ll}+)/u;

/**
 * Whether the text writes the word somewhere as a person's name the layers missed: after a rank or an honorific
 * (`Kapten Kartini`), opening a longer name with a word of no list (`Media Wahyu Askar`), or before an apposition
 * naming a role (`Ria, salah satu mahasiswa`, `Carolina (40), warga lain`).
 */
function writtenAsName(name: string, text: string): boolean {
  const len = name.length;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (i > 0 && /[\p{L}\d]/u.test(text.charAt(i - 1))) continue;
    const rest = text.slice(i + len, i + len + 60);
    if (/^[\p{L}\d]/u.test(rest)) continue;
    const before = /(\S+) $/u.exec(text.slice(Math.max(0, i - 30), i))?.[1];
    const kind = before === undefined ? undefined : titleKind(before);
    if (kind === 'rank' || kind === 'honorific') return true;
    const next = WORD_AFTER.exec(rest)?.[1];
    // A place between an office or a place noun and a name is that office's or region's place (`Bupati Boalemo
    // Darwis Moridu`, `Inspektur Kabupaten Morowali Afridin`: person-place-nouns.txt), no given name.
    if (next !== undefined && !lexical(next.toLowerCase()) && !(placeBefore(before, kind) && loadPlaces().has(name.toLowerCase()))) return true;
    const app = APPOSITION.exec(rest)?.[1];
    if (app !== undefined && app.split(' ').some((w) => { const k = titleKind(w); return k === 'role' || k === 'relation'; })) return true;
  }
  return false;
}

/**
 * A speaker with no name whose mention is one capitalised word that is, whole, the name of one person of the
 * persons stage (`Fury`, `Zarco`, `Iannone`: the entity tagger typed it ORG, so the quote stage took no name): that
 * person, unless the word is a word of the language, a place or a listed company (`commonWordName`), a body or place
 * of the NER gazetteer, or a body, group or place word of data/id/quote-speaker-words.tsv (`Taliban`); initials and
 * acronyms in capitals (`SGM`, `AAIB`) are left alone.
 */
export function oneWordPerson(mention: string, persons: readonly PersonJson[], entities: readonly EntityJson[], text: string): string | null {
  if (!ONE_NAME_WORD.test(mention)) return null;
  let found: string | null = null;
  for (const p of persons) {
    if (p.name !== mention) continue;
    if (found !== null) return null;
    found = p.name;
  }
  if (found === null || (wordBits(quoteLexicon(), found, 0, found.length) & BODY_WORD) !== 0) return null;
  if (commonWordName(found, [], entities, text) || listedBody(found)) return null;
  return found;
}

const BODY_WORD = W.org | W.collective | W.place;

/** One word, a capital then lower case (`Fury`, `O'Neill`, `Al-Maliki`). */
const ONE_NAME_WORD = /^\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)*$/u;
