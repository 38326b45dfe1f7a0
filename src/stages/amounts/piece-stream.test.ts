import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amountLexicon } from '../../lang/id/amount-lexicon.js';
import { amountTriggers } from './amount-triggers.js';
import { CaseForm, caseForm, writtenAs } from './piece-stream.js';

test('caseForm: lower, capitalised, upper, and the rest', () => {
  const cases: Array<[string, CaseForm]> = [
    ['dua', CaseForm.Lower], ['dua-tiga', CaseForm.Lower], ['Ribuan', CaseForm.Capital], ['Rp', CaseForm.Capital],
    ['RP', CaseForm.Upper], ['S', CaseForm.Upper], ['IDR', CaseForm.Upper], ['dUa', CaseForm.Other], ['RiBuan', CaseForm.Other], ['Sebélas', CaseForm.Other],
  ];
  for (const [w, want] of cases) assert.equal(caseForm(w, 0, w.length), want, w);
});

test('writtenAs: the same answer as the set of trigger words, in any casing', () => {
  const lex = amountLexicon();
  const trig = amountTriggers(lex, []);
  const starts = new Set([...lex.currencyPrefixStarts].filter((s) => /^\p{L}/u.test(s)));
  const variants = (w: string): string[] => [w, w.toLowerCase(), w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1).toLowerCase(),
    w[0]!.toLowerCase() + w.slice(1).toUpperCase(), [...w].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('')];
  // Words of the sets, their casings, and sentences' words that are no trigger (`dua` inside `kedua` is its own word).
  const probes = [...trig.words, ...starts, 'Kedua', 'keDua', 'rP', 'usd', 'Usd', 'uS', 'kepada', 'Selasa', 'dUA'].flatMap(variants);
  for (const p of probes) {
    const id = trig.wordTable.id(p.toLowerCase());
    if (id < 0) continue;
    assert.equal(writtenAs(trig.triggerForms, id, trig.words, `(${p})`, 1, p.length + 1), trig.words.has(p), `trigger ${p}`);
    assert.equal(writtenAs(trig.prefixForms, id, lex.currencyPrefixStarts, p, 0, p.length), starts.has(p), `prefix start ${p}`);
  }
});
