import type { PersonJson } from '../../text/schema.js';
import { quoteLexicon } from '../../lang/id/quote-lexicon.js';
import { collapseSpaces } from '../../text/spaces.js';
import { holdsWordRun, W, wordBits } from './speaker-phrase.js';

/** Words that never open a name phrase: a mention opening with one took a neighbouring word (`Oleh Kasri`). */
const FUNCTION_WORD = W.prep | W.stop | W.agent;

/**
 * A speaker's name as the guidelines want it: the person's fullest name as
 * written, titles included (`Ipda Zulmi`, `Ustaz Iqbal Subhan Nugraha`,
 * `Drs Syafii Nasution`). The quote stage finds the name without the titles
 * the persons stage keeps in its mentions (ranks, academic, religious and
 * address titles written as part of the name phrase), so the person named
 * `name` lends its longest mention that holds the whole name. A name no
 * person has, or whose person has no such mention, is returned as it is; a
 * mention that took in a function word (`Oleh Kasri` at a sentence start) lends nothing. A name that is a
 * person's name after the last words of one of that person's roles, which the tagger ran into the name
 * (`BI Onny Widjanarko` of `Direktur Eksekutif Departemen Komunikasi BI`, `PU Dody Hanggodo` of `Menteri PU`,
 * `Perhubungan Budi Karya Sumadi`), is that person's.
 */
export function withTitles(speakerName: string, persons: readonly PersonJson[]): string {
  let name = speakerName;
  let person = persons.find((p) => p.name === name);
  if (!person) {
    person = officeTailed(collapseSpaces(name), persons);
    if (!person) return name;
    name = person.name;
  }
  let best = name;
  for (const m of person.mentions) {
    if (m.length > best.length && holdsWordRun(m, name) && !hasFunctionWord(m) && !hasAddress(m, name)) best = m;
  }
  return best;
}

/**
 * Whether the mention opens with a preposition or stop word (only the first word is read, and connectives are
 * let through: `Lalu` in `Lalu Samsul Adnan`, `AKP Lalu Hedwin` is a Sasak title).
 */
function hasFunctionWord(mention: string): boolean {
  const b = mention.indexOf(' ');
  return (wordBits(quoteLexicon(), mention, 0, b < 0 ? mention.length : b) & FUNCTION_WORD) !== 0;
}

/** Whether a word `mention` adds to `name` is a form of address or kinship (`pak`, `ibu`; quote-speaker-words.tsv). */
function hasAddress(mention: string, name: string): boolean {
  const address = quoteLexicon().address;
  const at = ` ${mention} `.indexOf(` ${name} `);
  const extra = `${mention.slice(0, at)} ${mention.slice(at + name.length)}`;
  for (const w of extra.split(' ')) if (w && address.has(w.toLowerCase().replace(/\.$/, ''))) return true;
  return false;
}

/**
 * The person whose name `name` ends with, as whole words, after words that are the whole of one of that person's
 * roles or its last words (`BI` of `Direktur Eksekutif Departemen Komunikasi BI`).
 */
function officeTailed(name: string, persons: readonly PersonJson[]): PersonJson | undefined {
  for (const p of persons) {
    const n = p.name.length;
    if (n >= name.length - 1 || !name.endsWith(p.name) || name.charCodeAt(name.length - n - 1) !== 32) continue;
    const before = name.slice(0, name.length - n - 1);
    // A rank or honorific is kept (`Mayor Infanteri Eko Prasetyo`, `Pastor Robby Tandilinting`, `Sultan Hamengku Buwono X`).
    if (hasRankOrHonorific(before)) continue;
    for (const r of p.roles) {
      const role = collapseSpaces(r);
      if (role === before || (role.length > before.length && role.endsWith(before) && role.charCodeAt(role.length - before.length - 1) === 32)) return p;
    }
  }
  return undefined;
}

/** Whether one of the words of `words` is a rank (`Mayor`, `AKBP`) or an honorific (`Pastor`, `Sultan`, `Dokter`). */
function hasRankOrHonorific(words: string): boolean {
  const lex = quoteLexicon();
  for (let a = 0; a < words.length;) {
    let b = words.indexOf(' ', a);
    if (b < 0) b = words.length;
    if ((wordBits(lex, words, a, b) & W.rank) !== 0 || lex.honorifics.has(words.slice(a, b).toLowerCase())) return true;
    a = b + 1;
  }
  return false;
}
