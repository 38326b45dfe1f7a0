import type { PersonJson } from '../../text/schema.js';
import { quoteLexicon } from '../../lang/id/quote-lexicon.js';
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
 * mention that took in a function word (`Oleh Kasri` at a sentence start) lends nothing.
 */
export function withTitles(name: string, persons: readonly PersonJson[]): string {
  const person = persons.find((p) => p.name === name);
  if (!person) return name;
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
