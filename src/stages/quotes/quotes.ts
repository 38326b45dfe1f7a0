import { defineStage } from '../../pipeline/stage.js';
import { need } from '../../text/document.js';
import type { EntityJson, PersonJson } from '../../text/schema.js';
import { extractQuotes } from './extract-quotes.js';
import { fullerPersonName } from './persons-name.js';
import { collapseSpaces } from '../../text/spaces.js';
import { withTitles } from './titled-name.js';
import { bodyHeadedName, bodyName, commonWordName, oneWordPerson } from './common-word-name.js';

/**
 * The `quotes` layer: direct and indirect speech with cue, speaker mention
 * and resolved speaker name, per ../shared/gold/GUIDELINES.md. Uses the
 * sentences and entities layers when earlier stages produced them, and has
 * its own fallbacks (a plain sentence split, capitalised-name reading) so it
 * works without them.
 */
export const quotesStage = defineStage({
  name: 'quotes',
  version: '45',
  requires: ['normalized'],
  produces: ['quotes'],
  languages: ['id'],
  run: (doc, diagnostics) => {
    const folded = need(doc, 'normalized').folded;
    const { quotes, problems } = extractQuotes(doc.text, folded, { sentences: doc.layers.sentences, entities: doc.layers.entities, clusters: doc.layers.clusters });
    for (const p of problems) diagnostics.report({ code: 'quote-unbalanced', severity: 'warning', message: p.message, start: p.start, end: p.end });
    const persons = doc.layers.persons;
    if (persons?.length) {
      const names = new PersonsSpeakerNames(persons, doc.layers.entities ?? [], doc.text);
      for (const q of quotes) q.speaker_name = names.of(q.speaker_name, q.speaker?.text ?? null);
    } else if (persons) {
      // No persons: only the one-word names that are words of the language or places go.
      const entities = doc.layers.entities ?? [];
      for (const q of quotes) {
        const name = q.speaker_name;
        if (name !== null && (commonWordName(name, persons, entities, doc.text) || bodyName(name, persons, entities) || bodyHeadedName(name))) q.speaker_name = null;
      }
    }
    return { quotes };
  },
});

/**
 * Speaker names completed from the persons layer (`fullerPersonName`, then `withTitles`), each once per article:
 * an article quotes the same speaker again and again, and the completion reads every person each time.
 */
class PersonsSpeakerNames {
  /** By the quote stage's name; for a speaker with no name, by the mention (all `fullerPersonName` reads then). */
  private readonly byName = new Map<string, string | null>();
  private readonly byMention = new Map<string, string | null>();

  constructor(private readonly persons: readonly PersonJson[], private readonly entities: readonly EntityJson[], private readonly text: string) {}

  /** The speaker name for a quote whose stage-found name is `name` and speaker mention `mention`. */
  of(name: string | null, mention: string | null): string | null {
    const key = name ?? mention;
    if (key === null) return null;
    const memo = name !== null ? this.byName : this.byMention;
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known ?? null;
    const full = fullerPersonName(name, mention, this.persons) ?? (name === null && mention !== null ? oneWordPerson(mention, this.persons, this.entities, this.text) : null);
    // A one-word name no person's name completed that is a word of the language or a place (`Pasal`, `Lebak`).
    if (full !== null && full === name && (commonWordName(full, this.persons, this.entities, this.text) || bodyName(full, this.persons, this.entities))) {
      memo.set(key, null);
      return null;
    }
    const completed = full === null || bodyHeadedName(full) ? null : withoutAgeGroup(collapseSpaces(withTitles(full, this.persons)));
    memo.set(key, completed);
    return completed;
  }
}

/** A team's age group a tagger glued before a name (`U-19 Fakhri Husaini`, `U19 Fakhri Husaini`): no part of it. */
const AGE_GROUP = /^U-?\d{2} (?=\p{Lu})/u;

function withoutAgeGroup(name: string): string {
  return name.startsWith('U') ? name.replace(AGE_GROUP, '') : name;
}
