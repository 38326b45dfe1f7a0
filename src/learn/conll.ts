/**
 * CoNLL-style NER corpora: one token a line with its tag in the last column,
 * blank line between sentences. Tags are harmonised to PER / ORG / LOC at
 * read time; other types (TIME, QUANTITY, ...) become O.
 */
import { readFileSync } from 'node:fs';
import { tagsToSpans, type TokenSpan } from './tag-scheme.js';

/** One annotated sentence. */
export interface NerSentence {
  tokens: string[];
  spans: TokenSpan[];
}

/** The entity types warta's tagger produces. */
export const NER_TYPES = ['PER', 'ORG', 'LOC'] as const;

/** Tag-type names across the public datasets -> warta's types; unlisted types are dropped. */
const TYPE_MAP: Record<string, string> = {
  PER: 'PER', PERSON: 'PER', Person: 'PER',
  ORG: 'ORG', ORGANIZATION: 'ORG', ORGANISATION: 'ORG', Organisation: 'ORG',
  LOC: 'LOC', LOCATION: 'LOC', PLACE: 'LOC', Place: 'LOC',
};

/** Map one dataset tag (`B-PERSON`, `I-PLACE`, `B-TIME`, `O`) to warta's BIO tag. */
export function harmoniseTag(tag: string): string {
  const dash = tag.indexOf('-');
  if (dash < 0) return 'O';
  const type = TYPE_MAP[tag.slice(dash + 1)];
  return type ? `${tag.slice(0, dash)}-${type}` : 'O';
}

/** Parse CoNLL text; columns split on tabs or spaces; CRLF tolerated. */
export function parseConll(text: string): NerSentence[] {
  const out: NerSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length) out.push({ tokens, spans: tagsToSpans(tags) });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split(/[\t ]+/);
    if (cols.length < 2) continue;
    tokens.push(cols[0]!);
    tags.push(harmoniseTag(cols[cols.length - 1]!));
  }
  flush();
  return out;
}

/** Read and parse a CoNLL file. */
export function readConll(path: string): NerSentence[] {
  return parseConll(readFileSync(path, 'utf8'));
}
