/**
 * `warta tag`: CoNLL in, CoNLL out. Reads pre-tokenised text (one token a
 * line, the first column when there are several, blank line between
 * sentences) and writes `token<TAB>BIO-tag` lines with PER / ORG / LOC,
 * keeping blank lines where they were.
 */
import { shippedNerTagger, type NerTagger } from './ner-tagger.js';

/** A sentence longer than this is tagged in pieces, so memory stays bounded on input without blank lines. */
export const MAX_SENTENCE_TOKENS = 10_000;

const COLUMN_SEP = /[\t ]/;

/**
 * Tag CoNLL lines as they stream in.
 *
 * @example
 * await tagConll(['Jokowi', 'ke', 'Bandung', ''], (s) => process.stdout.write(s));
 * // Jokowi\tB-PER\nke\tO\nBandung\tB-LOC\n\n
 */
export async function tagConll(
  lines: AsyncIterable<string> | Iterable<string>,
  write: (s: string) => void,
  tagger: NerTagger = shippedNerTagger(),
): Promise<void> {
  let tokens: string[] = [];
  const flush = (): void => {
    if (tokens.length === 0) return;
    const tags = tagger.tagBio(tokens);
    let out = '';
    for (let i = 0; i < tokens.length; i++) out += `${tokens[i]}\t${tags[i]}\n`;
    write(out);
    tokens = [];
  };
  for await (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      flush();
      write('\n');
      continue;
    }
    const token = line.trim().split(COLUMN_SEP)[0]!;
    tokens.push(token);
    if (tokens.length >= MAX_SENTENCE_TOKENS) flush();
  }
  flush();
}

/** Synchronous convenience over a whole CoNLL text. */
export function tagConllText(text: string, tagger: NerTagger = shippedNerTagger()): string {
  let out = '';
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let tokens: string[] = [];
  const flush = (): void => {
    if (!tokens.length) return;
    const tags = tagger.tagBio(tokens);
    for (let i = 0; i < tokens.length; i++) out += `${tokens[i]}\t${tags[i]}\n`;
    tokens = [];
  };
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      flush();
      out += '\n';
    } else {
      tokens.push(line.trim().split(COLUMN_SEP)[0]!);
      if (tokens.length >= MAX_SENTENCE_TOKENS) flush();
    }
  }
  flush();
  return out;
}
