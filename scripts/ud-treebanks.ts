/**
 * The Universal Dependencies Indonesian treebanks in ../shared (CSUI train and test, GSD dev and test, PUD; CC BY-SA
 * 4.0), read by the scripts that learn word lists from them: each token's form and universal POS tag, in file order.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../eval/shared-data.js';

const FILES = [
  'ud-indonesian-csui/id_csui-ud-train.conllu', 'ud-indonesian-csui/id_csui-ud-test.conllu', 'ud-indonesian-gsd/id_gsd-ud-dev.conllu',
  'ud-indonesian-gsd/id_gsd-ud-test.conllu', 'ud-indonesian-pud/id_pud-ud-test.conllu',
];

/** Calls `visit` with the form and UPOS tag of every word line (numbered `ID` column, no multiword ranges). */
export function forEachUdToken(visit: (form: string, upos: string) => void): void {
  for (const f of FILES) {
    const p = sharedPath(`data/${f}`);
    if (!p) throw new Error(`missing shared data ${f}`);
    for (const l of readFileSync(p, 'utf8').split('\n')) {
      const c = l.split('\t');
      if (c.length < 4 || !/^\d+$/.test(c[0]!)) continue;
      visit(c[1]!, c[3]!);
    }
  }
}
