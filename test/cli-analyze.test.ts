import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/shared-data.js';

const BIN = join(REPO_ROOT, 'bin', 'warta.js');
const EXAMPLE = join(REPO_ROOT, 'examples', 'tempo-stoltenberg-kyiv.txt');
let dir = '';

function warta(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('analyze prints a readable report of the example article', () => {
  const r = warta(['analyze', EXAMPLE]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /tempo-stoltenberg-kyiv\.txt/);
  assert.match(r.stdout, /Stoltenberg/);
});

test('analyze --format json emits the Analysis format; --dct sets the document date', () => {
  const r = warta(['analyze', EXAMPLE, '--format', 'json', '--dct', '2023-04-21']);
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.equal(json.format, 'warta/analysis');
  assert.ok(json.text.startsWith('TEMPO.CO, Jakarta'));
  assert.equal(json.meta.published, '2023-04-21');
});

test('analyze --format conll prints one token a line with offsets', () => {
  const r = warta(['analyze', EXAMPLE, '--format', 'conll']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^# doc = /);
});

test('a .json file without text is refused with the file name and the reason', () => {
  const r = warta(['analyze', file('no-text.json', '{"title": "Judul"}')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /no-text\.json: the object has no "text" field/);
  assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, 'no stack trace for user errors');
});

test('a JSONL batch goes on past broken lines, reports them by line, and exits 0', () => {
  const lines = [
    JSON.stringify({ text: 'Jakarta - Harga beras naik lagi pekan ini.', published: '2024-01-05' }),
    '{"text": "rusak',
    JSON.stringify({ judul: 'tanpa teks' }),
    '',
    JSON.stringify({ text: 'Menteri Keuangan Sri Mulyani Indrawati mengatakan ekonomi tumbuh 5 persen.' }),
  ];
  const r = warta(['analyze', file('batch.jsonl', lines.join('\n') + '\n'), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 2);
  assert.match(r.stderr, /analysed 2 articles, skipped 2/);
  assert.match(r.stderr, /batch\.jsonl:2: not valid JSON/);
  assert.match(r.stderr, /batch\.jsonl:3: the object has no "text" field/);
});

test('empty, binary and invalid UTF-8 files get clear messages and exit 1', () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['empty.txt', '', /the text is empty/],
    ['binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02, 0xff, 0x00]), /not valid UTF-8|looks binary/],
    ['latin1.txt', Buffer.from('Presiden berkata: caf\xe9', 'latin1'), /not valid UTF-8/],
  ];
  for (const [name, content, message] of cases) {
    const r = warta(['analyze', file(name, content)]);
    assert.equal(r.code, 1, name);
    assert.match(r.stderr, new RegExp(`${name.replace('.', '\\.')}`));
    assert.match(r.stderr, message, name);
  }
});

test('a 50 MB single "article" is refused by size without reading it all', () => {
  const big = file('big.txt', Buffer.alloc(50 * 1024 * 1024, 'kata '));
  const r = warta(['analyze', big]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /big\.txt: the file is 52\.4 MB, over the limit/);
});

test('usage mistakes are one line with a hint and exit 2', () => {
  const r = warta(['analyze', EXAMPLE, '--format', 'xml']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown --format "xml"/);
  const d = warta(['analyze', EXAMPLE, '--dct', '21/04/2023']);
  assert.equal(d.code, 2);
  assert.match(d.stderr, /--dct must be a date as YYYY-MM-DD/);
  assert.equal(warta(['frobnicate']).code, 2);
});

test('stdin is read when no file is given', () => {
  const r = warta(['analyze', '--format', 'json'], 'Jakarta - Ini berita singkat tentang banjir.');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).text, 'Jakarta - Ini berita singkat tentang banjir.');
});

test('stem prints word<TAB>stem for arguments and for stdin lines', () => {
  const a = warta(['stem', 'mempertahankan', 'kota-kota']);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(a.stdout, 'mempertahankan\ttahan\nkota-kota\tkota\n');
  const b = warta(['stem'], 'perekonomian\r\n\nberperan\n');
  assert.equal(b.stdout, 'perekonomian\tekonomi\nberperan\tperan\n');
});

test('tag reads CoNLL and prints one BIO tag per token, blank lines kept', () => {
  const r = warta(['tag'], 'Presiden\tO\nJoko\tB-PER\nWidodo\tI-PER\nberkunjung\tO\nke\tO\nBandung\tB-LOC\n\nNATO\n');
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.deepEqual(lines.map((l) => l.split('\t')[0]), ['Presiden', 'Joko', 'Widodo', 'berkunjung', 'ke', 'Bandung', '', 'NATO', '']);
  for (const l of lines.filter(Boolean)) assert.match(l, /^\S+\t(O|[BI]-(PER|ORG|LOC))$/);
  assert.equal(lines[1], 'Joko\tB-PER');
});

test('a reader that stops early (| head) ends the job quietly, exit 0', async () => {
  const { spawn } = await import('node:child_process');
  const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ text: `Jakarta - Berita nomor ${i + 1} tentang harga beras yang naik 5 persen pekan ini.` }));
  const input = file('many.jsonl', lines.join('\n') + '\n');
  const child = spawn(process.execPath, [BIN, 'analyze', input, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|at .*\.ts:\d+/);
});

test('--field reads datasets that name their fields otherwise', () => {
  const rec = { judul: 'Harga Beras Naik', isi_berita: 'Jakarta - Harga beras naik 5 persen pekan ini, kata pedagang.', tautan: 'https://example.org/beras' };
  const p = file('dataset.jsonl', JSON.stringify(rec) + '\n');
  const without = warta(['analyze', p]);
  assert.equal(without.code, 1);
  assert.match(without.stderr, /no "text" field \(name the field that holds the text with --field text=<name>\)/);
  const r = warta(['analyze', p, '--format', 'json', '--field', 'text=isi_berita', '--field', 'title=judul', '--field', 'url=tautan']);
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.equal(json.text, rec.isi_berita);
  assert.equal(json.meta.title, 'Harga Beras Naik');
  assert.equal(json.meta.url, 'https://example.org/beras');
  const bad = warta(['analyze', p, '--field', 'isi=isi_berita']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown field "isi"/);
});
