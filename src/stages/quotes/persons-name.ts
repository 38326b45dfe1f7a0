import type { PersonJson } from '../../text/schema.js';
import { quoteLexicon } from '../../lang/id/quote-lexicon.js';
import { holdsWordRun, W, wordBits, wordCount } from './speaker-phrase.js';

/**
 * A speaker's name at its fullest as the persons stage knows it. The quote
 * stage completes a short name (`Rycko`, `Ter Stegen`, `Misbakhun`) only from
 * the entity tagger's person spans, and leaves the name out where the tagger
 * read the speaker as a body (`Salah`, `AHY`, `Abdillah Ahsan` inside
 * `Universitas Indonesia Abdillah Ahsan`); the persons stage, which joins the
 * article's mentions and corrects the tagger's types with more evidence,
 * often knows the person. So:
 * - a name is replaced by the one longer person's name that holds it as whole
 *   words (`Rycko Amelza Dahniel`; not a person whose mentions merely include
 *   it, which is where the persons stage joins wrongly: `Rudy` in a cluster
 *   named `Wali Kota Solo`);
 * - a speaker with no name whose mention is written as a mention of one
 *   person whose name has two or more words is that person (a one-word person
 *   is the persons stage's weakest reading: `Apple`, `Taliban`).
 * Two or more persons fitting leave the name as it was.
 */
export function fullerPersonName(name: string | null, mention: string | null, persons: readonly PersonJson[]): string | null {
  if (name !== null) {
    const words = wordCount(name);
    const fit = onlyOne(persons, (p) => wordCount(p.name) > words && holdsWordRun(p.name, name));
    return fit?.name ?? name;
  }
  if (mention === null) return null;
  const byMention = onlyOne(persons, (p) => wordCount(p.name) >= 2 && p.mentions.includes(mention));
  if (byMention) return byMention.name;
  // `Kepala Negara menegaskan`, `Panglima TNI mengatakan`: an office of two or more words, opening with an office
  // word (not a group or anonymous one: `Pejabat AS`, `warga sekitar`), that is, as written, the role of one person
  // the article names is that person.
  if (wordCount(mention) < 2) return null;
  const bits = wordBits(quoteLexicon(), mention, 0, mention.indexOf(' '));
  if ((bits & W.title) === 0 || (bits & (W.collective | W.anonymous | W.person)) !== 0) return null;
  const office = mention.toLowerCase();
  return onlyOne(persons, (p) => p.roles.some((r) => r.length === office.length && r.toLowerCase() === office))?.name ?? null;
}

/** The single person `test` accepts, or null when none or several do. */
function onlyOne(persons: readonly PersonJson[], test: (p: PersonJson) => boolean): PersonJson | null {
  let found: PersonJson | null = null;
  for (const p of persons) {
    if (!test(p)) continue;
    if (found) return null;
    found = p;
  }
  return found;
}
