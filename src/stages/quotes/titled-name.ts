import type { PersonJson } from '../../text/schema.js';

/**
 * A speaker's name as the guidelines want it: the person's fullest name as
 * written, titles included (`Ipda Zulmi`, `Ustaz Iqbal Subhan Nugraha`,
 * `Drs Syafii Nasution`). The quote stage finds the name without the titles
 * the persons stage keeps in its mentions (ranks, academic, religious and
 * address titles written as part of the name phrase), so the person named
 * `name` lends its longest mention that holds the whole name. A name no
 * person has, or whose person has no such mention, is returned as it is.
 */
export function withTitles(name: string, persons: readonly PersonJson[]): string {
  const person = persons.find((p) => p.name === name);
  if (!person) return name;
  const padded = ` ${name} `;
  let best = name;
  for (const m of person.mentions) {
    if (m.length > best.length && ` ${m} `.includes(padded)) best = m;
  }
  return best;
}
