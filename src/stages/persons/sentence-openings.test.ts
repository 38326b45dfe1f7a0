import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPersons } from './persons.js';
import { personsTaggedView } from './testing/hand-tagged.js';

/**
 * A paragraph break written as a comma after a full stop (`... mengangkasa.,,Personel ...`) opens a sentence for
 * the descriptions that point back to a person, though the sentence layer reads one sentence there.
 */
const CASES: Array<[what: string, text: string, names: string[], person: string, roles: string[]]> = [
  ['two commas after the stop',
    'Bripka Sigit Adrianto bertindak sebagai pembina upacara. Terlebih lagi saat sang merah putih berhasil mengangkasa.,,Personel Satbinmas Polres Binjai tersebut sangat mengapresiasi guru dan siswa.',
    ['Sigit Adrianto'], 'Sigit Adrianto', ['pembina upacara', 'Personel Satbinmas Polres Binjai']],
  ['one comma after the stop, after a quotation',
    'Syamsuar meninjau lokasi kebakaran lahan di Siak. "Kami terus berupaya memadamkan api," kata Syamsuar.,Mantan Bupati Siak dua periode itu meminta warga tidak membakar lahan.',
    ['Syamsuar'], 'Syamsuar', ['Mantan Bupati Siak dua periode']],
  ['a comma after a stop inside a sentence with two people named before: given to neither',
    'Lionel Messi dan Luis Suarez bermain sejak menit awal.,Pemain asal Argentina itu gagal mencetak gol.',
    ['Lionel Messi', 'Luis Suarez'], 'Lionel Messi', []],
  ['a name after a pronoun reporting someone else is a topic: the description is not theirs',
    'Sekjen PPP Arsul Sani mengatakan partainya sudah menjajaki koalisi. Salah satunya dengan Partai Gerindra. Menurut dia, pihaknya sudah bertemu dengan Prabowo Subianto.,Anggota DPR itu mengatakan PPP cocok dengan Gerindra.',
    ['Arsul Sani', 'Prabowo Subianto'], 'Prabowo Subianto', []],
];

for (const [what, text, names, person, roles] of CASES) {
  test(`persons sentence openings: ${what}`, () => {
    const { persons } = findPersons(personsTaggedView(text, names));
    const p = persons.find((x) => x.name === person);
    assert.ok(p, `no person ${person}; got ${JSON.stringify(persons)}`);
    assert.deepEqual(p.roles, roles);
  });
}
