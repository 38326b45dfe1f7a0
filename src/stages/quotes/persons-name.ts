import type { PersonJson } from '../../text/schema.js';
import { holdsWordRun, wordCount } from './speaker-phrase.js';

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
  return onlyOne(persons, (p) => wordCount(p.name) >= 2 && p.mentions.includes(mention))?.name ?? null;
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
