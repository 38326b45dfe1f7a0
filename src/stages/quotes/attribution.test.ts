import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes, type QuoteOptions } from './extract-quotes.js';

/**
 * Attribution cases beyond the common cues: closing-slot cues, context only for a quote that follows
 * its clause, fronted clauses before a speaker, descriptions and title short forms resolved to the
 * person, and quotation marks glued to the previous sentence. Without the other layers unless given.
 */
type Want = { kind: 'direct' | 'indirect'; content: string; speaker: string | null; name: string | null; cue: string | null };
const q = (kind: Want['kind'], content: string, speaker: string | null, name: string | null, cue: string | null): Want => ({ kind, content, speaker, name, cue });

const CASES: Array<[string, string, Want[]]> = [
  // closing-slot cues (data/id/quote-cues.tsv, kind `closing`)
  ['closing cue with a name', 'Rapat ditutup sore itu. "Semua pihak harus menahan diri dulu," tutup Rudi Hartanto.',
    [q('direct', 'Semua pihak harus menahan diri dulu,', 'Rudi Hartanto', 'Rudi Hartanto', 'tutup')]],
  ['closing cue with -nya', 'Wali Kota Rudi Hartanto menyapa warga. "Jaga kebersihan pasar ini bersama-sama," pesannya.',
    [q('direct', 'Jaga kebersihan pasar ini bersama-sama,', 'nya', 'Rudi Hartanto', 'pesan')]],
  ['closing cue after a question mark', '"Kapan jalan di depan rumah kami diperbaiki?" tanya Siti Aminah, warga setempat.',
    [q('direct', 'Kapan jalan di depan rumah kami diperbaiki?', 'Siti Aminah', 'Siti Aminah', 'tanya')]],
  ['closing cue with a pronoun and a place after it', '"Terima kasih untuk semua doa dan dukungannya," tulis dia di akun Instagram miliknya.',
    [q('direct', 'Terima kasih untuk semua doa dan dukungannya,', 'dia', null, 'tulis')]],
  ['a closing word elsewhere is no cue', 'Toko itu buka pukul 08.00, tutup pukul 17.00 setiap hari kecuali Minggu.', []],
  // an unlisted word in the slot
  ['unlisted cue with a name', '"Kami tidak akan mundur selangkah pun dari tuntutan ini," gertak Bambang Wijaya.',
    [q('direct', 'Kami tidak akan mundur selangkah pun dari tuntutan ini,', 'Bambang Wijaya', 'Bambang Wijaya', 'gertak')]],
  ['unlisted cue with -nya', 'Pelatih Bambang Wijaya tersenyum. "Anak-anak bermain sangat disiplin malam ini," pujinya.',
    [q('direct', 'Anak-anak bermain sangat disiplin malam ini,', 'nya', 'Bambang Wijaya', 'puji')]],
  // context: a quote with no cue
  ['context: the quote right after the cue sentence', '"Harga cabai naik dua kali lipat," kata Dewi Lestari, pedagang di Pasar Baru. "Pembeli jadi sepi sejak pekan lalu."',
    [q('direct', 'Harga cabai naik dua kali lipat,', 'Dewi Lestari', 'Dewi Lestari', 'kata'),
      q('direct', 'Pembeli jadi sepi sejak pekan lalu.', 'Dewi Lestari', 'Dewi Lestari', 'kata')]],
  ['context: not through an unread word in the quote\'s own slot', 'Kepala Dinas Dewi Lestari mengatakan, stok beras aman. Warga tetap antre sejak pagi. "Kami takut harga naik lagi besok," sambil menunjuk antrean.',
    [q('indirect', 'stok beras aman', 'Dewi Lestari', 'Dewi Lestari', 'mengatakan'),
      q('direct', 'Kami takut harga naik lagi besok,', null, null, null)]],
  ['context: not past another person named in between', '"Stok beras cukup sampai akhir tahun," ujar Dewi Lestari. Sementara itu Kepala Bulog Agus Salim meninjau gudang baru di Cikarang. "Pembangunan gudang dimulai bulan depan."',
    [q('direct', 'Stok beras cukup sampai akhir tahun,', 'Dewi Lestari', 'Dewi Lestari', 'ujar'),
      q('direct', 'Pembangunan gudang dimulai bulan depan.', null, null, null)]],
  // a glued opening mark
  ['an opening mark glued to the previous sentence', 'Pemerintah menyiapkan aturan impor baru."Aturan ini akan kami terbitkan bulan depan," jelasnya.',
    [q('direct', 'Aturan ini akan kami terbitkan bulan depan,', 'nya', null, 'jelas')]],
];

function run(text: string, opts?: QuoteOptions): Want[] {
  const folded = text.replace(/[\u201c\u201d]/g, '"');
  return extractQuotes(text, folded, opts).quotes.map((x) => ({ kind: x.kind, content: x.content, speaker: x.speaker?.text ?? null, name: x.speaker_name, cue: x.cue?.text ?? null }));
}

for (const [name, text, want] of CASES) {
  test(`quotes attribution: ${name}`, () => assert.deepEqual(run(text), want));
}
