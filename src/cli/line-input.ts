import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Lines of a file (or stdin for `-`/none), streamed; CRLF tolerated. */
export function inputLines(path: string | undefined, stdin: Readable = process.stdin): AsyncIterable<string> {
  const input = !path || path === '-' ? stdin : createReadStream(path, { encoding: 'utf8' });
  return createInterface({ input, crlfDelay: Infinity });
}

