import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WartaError } from '../../pipeline/errors.js';
import { stemVariants } from './stem-variants.js';

test('the shipped stem variants map colloquial spellings to standard words', () => {
  const v = stemVariants();
  assert.equal(v.get('tapi'), 'tetapi');
  assert.equal(v.get('nggak'), 'tidak');
  assert.equal(v.get('tetapi'), undefined);
});

const BAD: ReadonlyArray<[string, string, number]> = [
  ['upper case', 'tapi\ttetapi\nUdah\tsudah\n', 2],
  ['one column', '# c\ntapi\n', 2],
  ['a duplicate variant', 'tapi\ttetapi\ntapi\tnamun\n', 2],
  ['a word mapped to itself', 'tapi\ttapi\n', 1],
  ['a chain of variants', 'gak\tnggak\nnggak\ttidak\n', 1],
];
const dir = mkdtempSync(join(tmpdir(), 'warta-variants-'));
for (const [what, text, line] of BAD) {
  test(`stemVariants refuses ${what} with a W007 error naming the line`, () => {
    const file = join(dir, `${what.replace(/ /g, '-')}.tsv`);
    writeFileSync(file, text);
    assert.throws(() => stemVariants(file), (e: unknown) =>
      e instanceof WartaError && e.code === 'W007' && e.message.includes(`line ${line}:`));
  });
}
