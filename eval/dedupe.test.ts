import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AUDIT_FILE, pairKey, parseAudit, tallyAudit } from './dedupe.js';

const HEADER = '# hand audit\nline_a\tline_b\tlabel\treason\n';

test('parseAudit: labels by unordered pair, comments and blank lines skipped', () => {
  const audit = parseAudit(
    HEADER +
      '1121\t1310\tdifferent\tlive update: babak pertama 0-0 on top of the preview\n' +
      '\n# a comment between rows\n' +
      '4883\t7962\tsame\tBea Cukai Sumbawa advertorial on okezone and sindonews\n',
  );
  assert.equal(audit.size, 2);
  assert.equal(audit.get(pairKey(1121, 1310)), 'different');
  assert.equal(audit.get(pairKey(7962, 4883)), 'same');
  assert.equal(pairKey(7962, 4883), pairKey(4883, 7962));
});

test('parseAudit: malformed input throws naming the line', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['no header', '704\t969\tsame\tDanau Asmara\n', /x\.tsv:1: expected the header/],
    ['unknown label', HEADER + '704\t969\tduplicate\tDanau Asmara\n', /x\.tsv:3: label must be same or different/],
    ['missing reason', HEADER + '704\t969\tsame\n', /x\.tsv:3: expected two different line numbers/],
    ['empty reason', HEADER + '704\t969\tsame\t \n', /x\.tsv:3: empty reason/],
    ['not a number', HEADER + 'd704\t969\tsame\tDanau Asmara\n', /x\.tsv:3: expected two different line numbers/],
    ['same line twice', HEADER + '704\t704\tsame\tDanau Asmara\n', /x\.tsv:3: expected two different line numbers/],
    ['pair labelled twice', HEADER + '704\t969\tsame\tDanau Asmara\n969\t704\tdifferent\tsecond thoughts\n', /x\.tsv:4: pair 969, 704 labelled twice/],
  ];
  for (const [name, text, err] of cases) assert.throws(() => parseAudit(text, 'x.tsv'), err, name);
});

test('tallyAudit: a pair missing from the audit is unaudited, never counted as same', () => {
  const audit = parseAudit(HEADER + '651\t1834\tdifferent\tharga emas Antam, two days\n4130\t4514\tsame\tidentical texts\n');
  const t = tallyAudit(
    [
      [651, 1834],
      [4514, 4130],
      [5255, 5359],
    ],
    audit,
  );
  assert.deepEqual({ same: t.same, different: t.different, unaudited: t.unaudited }, { same: 1, different: 1, unaudited: 1 });
  assert.deepEqual(t.missing, [[5255, 5359]]);
});

test('the committed audit file parses and labels every row', () => {
  const audit = parseAudit(readFileSync(AUDIT_FILE, 'utf8'), AUDIT_FILE);
  assert.ok(audit.size > 0);
  const labels = new Set(audit.values());
  assert.ok(labels.has('same') && labels.has('different'));
});
