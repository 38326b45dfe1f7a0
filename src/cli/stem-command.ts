import { parseArgs } from 'node:util';
import { stem } from '../stages/stems/stem.js';
import { inputLines } from './line-input.js';

export const STEM_HELP = `warta stem — reduce Indonesian words to their roots

usage: warta stem [word ...]
       warta stem < words.txt

Prints "word<TAB>stem" for each word given as an argument, or for each line of
standard input when no word is given (one word a line), so any word/stem list
can be scored against it.

examples:
  warta stem mempertahankan perekonomian kota-kota
  cut -f1 pairs.tsv | warta stem > predicted.tsv`;

/** `warta stem`: returns the exit code. */
export async function stemCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(STEM_HELP + '\n');
    return 0;
  }
  let out = '';
  const emit = (w: string) => {
    const word = w.trim();
    if (!word) return;
    out += `${word}\t${stem(word)}\n`;
    if (out.length > 65536) {
      process.stdout.write(out);
      out = '';
    }
  };
  if (positionals.length) positionals.forEach(emit);
  else for await (const line of inputLines(undefined)) emit(line);
  process.stdout.write(out);
  return 0;
}
