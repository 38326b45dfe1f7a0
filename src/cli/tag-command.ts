import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { tagConll } from '../learn/tag-conll.js';
import { inputLines } from './line-input.js';
import { UsageError } from './usage-error.js';

export const TAG_HELP = `warta tag — named entities (PER, ORG, LOC) in pre-tokenised text

usage: warta tag [file.conll]
       warta tag < tokens.conll

Reads CoNLL: one token a line (only the first column is read when there are
several), a blank line between sentences. Prints "token<TAB>tag" with BIO tags
(B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, O), blank lines kept, so any CoNLL
scorer can check it against gold tags.

examples:
  printf 'Presiden\\nJoko\\nWidodo\\nke\\nBandung\\n' | warta tag
  cut -f1 test.tsv | warta tag > predicted.tsv`;

/** `warta tag`: returns the exit code. */
export async function tagCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(TAG_HELP + '\n');
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('give at most one file (or none to read standard input)');
  const file = positionals[0];
  if (file && file !== '-' && !existsSync(file)) throw new UsageError(`no such file: ${file}`);
  let buffered = '';
  await tagConll(inputLines(file), (s) => {
    buffered += s;
    if (buffered.length > 65536) {
      process.stdout.write(buffered);
      buffered = '';
    }
  });
  process.stdout.write(buffered);
  return 0;
}
