import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYmd } from './calendar.js';
import { scanTimexes } from './grammar.js';
import { scanToShare, takeScan } from './kept-scans.js';
import { lexUnits, type Units } from './lex.js';
import { resolveScan } from './resolve.js';

const TEXTS = [
  'Presiden tiba di Jakarta, Selasa (10/9/2019), dan kembali tiga hari kemudian.',
  'Rapat digelar pada 17 Agustus 2020 pukul 10.00 WIB di gedung baru, kata dia.',
  '"Kami siap," ujarnya di Bandung, Rabu (11/9/2019). Dua pekan lalu hujan turun sejak pagi hari.',
];

/** The units' columns as plain arrays, up to `count`. */
function columns(u: Units): unknown {
  const cut = (a: ArrayLike<number>, n: number) => Array.from({ length: n }, (_, k) => a[k]);
  return {
    start: cut(u.start, u.count), end: cut(u.end, u.count), kind: cut(u.kind, u.count), vid: cut(u.vid, u.count), caps: cut(u.caps, u.count),
    triggers: cut(u.triggers, u.triggerCount), stops: cut(u.stops, u.stopCount), speech: cut(u.speech, u.speechCount), marks: cut(u.marks, u.markCount),
  };
}

// Stage-major, the dct stage scans a whole batch before the timexes stage reads the first scan.
test('scans shared over a batch are each taken once, with their own units, and resolve as fresh ones', () => {
  const dct = parseYmd('2019-09-10');
  const layers = TEXTS.map((folded) => ({ folded }));
  const expected = TEXTS.map((t) => ({ units: columns(lexUnits(t)), timexes: resolveScan(t, scanTimexes(t), dct) }));
  const shared = layers.map((l) => scanToShare(l));
  // Asked again (a stage re-run), the same scan.
  assert.equal(scanToShare(layers[1]!), shared[1]);
  lexUnits('Sesuatu yang lain sama sekali, 2021.');
  layers.forEach((l, k) => {
    const scan = takeScan(l);
    assert.equal(scan, shared[k], 'the kept scan, not a new one');
    assert.deepEqual(columns(scan.units), expected[k]!.units);
    // Scanned before the last of the batch, its units are its own: not cut again into the shared buffers.
    if (k < layers.length - 1) {
      lexUnits('Lain lagi: 1 Januari 2000, kata dia.');
      assert.deepEqual(columns(scan.units), expected[k]!.units);
    }
    assert.deepEqual(resolveScan(TEXTS[k]!, scan, dct), expected[k]!.timexes);
  });
  // Taken once: a second take scans anew.
  const again = takeScan(layers[0]!);
  assert.notEqual(again, shared[0]);
  assert.deepEqual(resolveScan(TEXTS[0]!, again, dct), expected[0]!.timexes);
  assert.deepEqual(expected[2]!.timexes.map((t) => t.text), ['Rabu (11/9/2019)', 'Dua pekan lalu']);
});

// An article the timexes stage skips (not Indonesian) has its scan kept by the dct stage and never taken.
test('scans kept and never taken hold only a bounded number of unit stores, and a late take reads its own units', () => {
  const dct = parseYmd('2019-09-10');
  const first = { folded: TEXTS[0]! };
  const expected = resolveScan(TEXTS[0]!, scanTimexes(TEXTS[0]!), dct);
  const kept = scanToShare(first);
  const others = Array.from({ length: 100 }, (_, k) => scanToShare({ folded: `Rapat ke-${k} digelar pada ${1 + (k % 28)} Mei 2020, kata dia.` }));
  const stores = new Set([kept, ...others].map((s) => s.units.store));
  assert.ok(stores.size <= 40, `${stores.size} stores for 101 scans kept`);
  const scan = takeScan(first);
  // Let go long since: scanned again, to the same timexes.
  assert.notEqual(scan, kept);
  assert.deepEqual(resolveScan(TEXTS[0]!, scan, dct), expected);
});

// The timexes stage goes through a batch in article order: the scans kept before the one it takes are of
// articles it skipped, and are let go then (their unit stores go back to the cuts).
test('taking a scan lets go the scans kept before it', () => {
  const dct = parseYmd('2019-09-10');
  const [a, b, c] = TEXTS.map((folded) => ({ folded }));
  const kept = [a!, b!, c!].map((l) => scanToShare(l));
  assert.equal(takeScan(b!), kept[1]);
  const againA = takeScan(a!);
  assert.notEqual(againA, kept[0], 'a, passed by, was let go');
  assert.deepEqual(resolveScan(TEXTS[0]!, againA, dct), resolveScan(TEXTS[0]!, scanTimexes(TEXTS[0]!), dct));
  assert.equal(takeScan(c!), kept[2], 'c, after b, is still kept');
  // Nothing is kept now. One article at a time, each scan taken before the next is made: two stores serve them all.
  const stores = new Set<unknown>();
  for (let k = 0; k < 100; k++) {
    const l = { folded: `Rapat ke-${k} digelar pada ${1 + (k % 28)} Mei 2020, kata dia.` };
    stores.add(scanToShare(l).units.store);
    takeScan(l);
  }
  assert.ok(stores.size <= 2, `${stores.size} stores for 100 scans taken one by one`);
});
