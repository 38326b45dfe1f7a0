import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordBloom } from './word-bloom.js';
import { quoteLexicon } from '../../lang/id/quote-lexicon.js';

test('a word bloom never rules out a listed word, in any ASCII case, nor a word beyond ASCII', () => {
  const words = ['kata', 'katanya', 'mengatakan', 'ujar', 'menurut', 'menurutnya'];
  const bloom = new WordBloom(words);
  const text = 'Kata KATANYA mengatakan Ujar menurutNya Menurut éclair';
  for (const w of words) {
    const at = text.toLowerCase().indexOf(w === 'kata' ? 'kata ' : w);
    assert.ok(bloom.mayHave(text, at, at + w.length), w);
  }
  const e = text.indexOf('éclair');
  assert.ok(bloom.mayHave(text, e, e + 'éclair'.length));
});

test('a word bloom of the speaker words rules out most other words', () => {
  const lex = quoteLexicon();
  const bloom = new WordBloom(lex.speakerWordBits.keys());
  for (const w of lex.speakerWordBits.keys()) assert.ok(bloom.mayHave(w, 0, w.length), w);
  const others = 'harga beras naik pekan depan pasar induk warga menilai kebijakan pemerintah daerah sudah tepat waktu'.split(' ').filter((w) => !lex.speakerWordBits.has(w));
  const passed = others.filter((w) => bloom.mayHave(w, 0, w.length));
  assert.ok(passed.length <= 2, `passed: ${passed.join(' ')}`);
});
