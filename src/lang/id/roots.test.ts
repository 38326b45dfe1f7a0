import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WartaError } from '../../pipeline/errors.js';
import { loadRoots, parseRoots } from './roots.js';

test('parseRoots reads one root a line, skipping comments and blank lines', () => {
  const r = parseRoots('# header\nbangun\n\nbolak-balik\r\ntulis\n', 'roots.txt');
  assert.deepEqual([...r], ['bangun', 'bolak-balik', 'tulis']);
});

const BAD: ReadonlyArray<[string, string, number]> = [
  ['upper case', 'bangun\nJakarta\n', 2],
  ['two words', 'bangun\ntulis\nluluh lantak\n', 3],
  ['a tab column', 'bangun\tV\n', 1],
  ['a digit', 'bangun\nk3\n', 2],
  ['a dangling hyphen', '# c\nkota-\n', 2],
  ['a duplicate', 'bangun\ntulis\nbangun\n', 3],
];
for (const [what, text, line] of BAD) {
  test(`parseRoots refuses ${what} with a W007 error naming the line`, () => {
    assert.throws(() => parseRoots(text, 'roots.txt'), (e: unknown) =>
      e instanceof WartaError && e.code === 'W007' && e.message.includes(`roots.txt line ${line}:`));
  });
}

test('the shipped lexicon loads and holds common news roots', () => {
  const roots = loadRoots();
  assert.ok(roots.size > 5000);
  for (const r of ['bangun', 'perintah', 'ekonomi', 'kota']) assert.ok(roots.has(r), r);
});
