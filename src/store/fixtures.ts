/**
 * Hand-built Analysis JSON documents for the store conformance suite and the
 * HTTP tests: real Indonesian news text (the Tempo example article and short
 * hand-written reports) with the entity, quote, person, timex and amount
 * layers set by hand, so that the store is tested independently of how far
 * the analysis stages have come.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FORMAT_VERSION, type AnalysisJson, type KbLinkJson } from '../text/schema.js';

/** What a fixture names; spans are found in the text (every occurrence). */
export interface FixtureSpec {
  text: string;
  id?: string;
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  entities?: Array<[text: string, type: 'PER' | 'ORG' | 'LOC']>;
  persons?: Array<{ name: string; mentions: string[]; roles: string[] }>;
  quotes?: Array<{ kind: 'direct' | 'indirect'; content: string; speaker: string | null; speakerName?: string | null; cue: string | null }>;
  timexes?: Array<{ text: string; value: string }>;
  amounts?: Array<{ text: string; kind: 'money' | 'percent' | 'count' | 'measure'; value: number | null; unit: string | null }>;
  /** Coreference clusters; `mentions` are surface forms found in the text (every occurrence). */
  clusters?: Array<{ type: 'PER' | 'ORG' | 'LOC'; name: string; mentions: string[]; aliases: string[]; link: KbLinkJson | null }>;
}

function spans(text: string, needle: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push({ start: i, end: i + needle.length });
  return out;
}

function first(text: string, needle: string): { start: number; end: number } {
  const s = spans(text, needle)[0];
  if (!s) throw new Error(`fixture: "${needle}" not found in text`);
  return s;
}

/** Build an Analysis JSON document from a fixture spec. */
export function makeAnalysis(f: FixtureSpec): AnalysisJson {
  const t = f.text;
  const a: AnalysisJson = {
    format: 'warta/analysis',
    version: FORMAT_VERSION,
    text: t,
    sourceMap: [],
    meta: {
      ...(f.id ? { id: f.id } : {}),
      title: f.title ?? null,
      url: f.url ?? null,
      outlet: f.outlet ?? null,
      published: f.published ?? null,
    },
    stages: [
      { name: 'normalize', version: '1' },
      { name: 'fixture', version: '1' },
    ],
    diagnostics: [],
  };
  if (f.entities) {
    a.entities = f.entities
      .flatMap(([text, type]) => spans(t, text).map((s) => ({ ...s, text, type })))
      .sort((x, y) => x.start - y.start)
      // Keep the longest of overlapping spans ("Jens Stoltenberg" over "Stoltenberg").
      .filter((e, i, all) => !all.some((o, j) => j !== i && o.start <= e.start && o.end >= e.end && o.end - o.start > e.end - e.start));
  }
  if (f.persons) a.persons = f.persons;
  if (f.quotes) {
    a.quotes = f.quotes.map((q) => ({
      kind: q.kind,
      ...first(t, q.content),
      content: q.content,
      speaker: q.speaker ? { ...first(t, q.speaker), text: q.speaker } : null,
      speaker_name: q.speakerName ?? null,
      cue: q.cue ? { ...first(t, q.cue), text: q.cue } : null,
    }));
  }
  if (f.timexes) a.timexes = f.timexes.map((x) => ({ ...first(t, x.text), text: x.text, type: 'DATE' as const, value: x.value }));
  if (f.amounts) a.amounts = f.amounts.map((x) => ({ ...first(t, x.text), ...x }));
  if (f.clusters) {
    a.clusters = f.clusters.map((c, i) => ({
      id: `c${i + 1}`,
      type: c.type,
      name: c.name,
      mentions: c.mentions.flatMap((text) => spans(t, text).map((s) => ({ ...s, text }))).sort((x, y) => x.start - y.start),
      aliases: c.aliases,
      link: c.link,
    }));
  }
  return a;
}

const EXAMPLE = fileURLToPath(new URL('../../examples/tempo-stoltenberg-kyiv.txt', import.meta.url));

/** The Tempo example article (examples/tempo-stoltenberg-kyiv.txt) with hand-set layers. */
export function tempoExample(over: Partial<FixtureSpec> = {}): FixtureSpec {
  return {
    text: readFileSync(EXAMPLE, 'utf8'),
    title: 'Sekjen NATO Jens Stoltenberg Kunjungi Kyiv untuk Pertama Kalinya Sejak Invasi Rusia',
    url: 'https://dunia.tempo.co/read/1716458/sekjen-nato-kunjungi-kyiv?utm_source=twitter',
    outlet: 'Tempo',
    published: '2023-04-20T19:30:00+07:00',
    entities: [
      ['Jens Stoltenberg', 'PER'],
      ['Stoltenberg', 'PER'],
      ['Volodymyr Zelensky', 'PER'],
      ['NATO', 'ORG'],
      ['Kyiv', 'LOC'],
      ['Ukraina', 'LOC'],
      ['Rusia', 'LOC'],
    ],
    persons: [
      { name: 'Jens Stoltenberg', mentions: ['Jens Stoltenberg', 'Stoltenberg'], roles: ['Sekretaris Jenderal NATO', 'Kepala NATO'] },
      { name: 'Volodymyr Zelensky', mentions: ['Volodymyr Zelensky'], roles: ['Presiden'] },
    ],
    quotes: [
      {
        kind: 'direct',
        content: 'Sekretaris Jenderal NATO ada di Ukraina. Kami akan merilis lebih banyak informasi sesegera mungkin,',
        speaker: 'seorang pejabat aliansi',
        cue: 'kata',
      },
    ],
    timexes: [{ text: 'Kamis 20 April 2023', value: '2023-04-20' }],
    amounts: [{ text: '31 negara', kind: 'count', value: 31, unit: 'negara' }],
    ...over,
  };
}

/** Short hand-written reports in the style of Indonesian wire copy. */
export const REPORTS: FixtureSpec[] = [
  {
    text:
      'JAKARTA (ANTARA) - Menteri Keuangan Sri Mulyani Indrawati mengatakan pemerintah menyiapkan anggaran Rp50 triliun untuk ' +
      'program perlindungan sosial pada 2024. "Kami ingin memastikan bantuan sampai kepada keluarga yang paling membutuhkan," kata ' +
      'Sri Mulyani di Jakarta, Senin (15/1). Menurut dia, penyaluran bantuan akan dipantau Badan Pemeriksa Keuangan setiap triwulan. ' +
      'Sri Mulyani menambahkan inflasi diperkirakan tetap terkendali di kisaran 2,5 persen sepanjang tahun ini.',
    title: 'Sri Mulyani siapkan Rp50 triliun untuk perlindungan sosial',
    url: 'https://www.antaranews.com/berita/3901234/sri-mulyani-siapkan-rp50-triliun',
    outlet: 'ANTARA',
    published: '2024-01-15T10:00:00+07:00',
    entities: [
      ['Sri Mulyani Indrawati', 'PER'],
      ['Sri Mulyani', 'PER'],
      ['Jakarta', 'LOC'],
      ['Badan Pemeriksa Keuangan', 'ORG'],
    ],
    persons: [{ name: 'Sri Mulyani Indrawati', mentions: ['Sri Mulyani Indrawati', 'Sri Mulyani'], roles: ['Menteri Keuangan'] }],
    quotes: [
      {
        kind: 'direct',
        content: 'Kami ingin memastikan bantuan sampai kepada keluarga yang paling membutuhkan,',
        speaker: 'Sri Mulyani',
        speakerName: 'Sri Mulyani Indrawati',
        cue: 'kata',
      },
      {
        kind: 'indirect',
        content: 'inflasi diperkirakan tetap terkendali di kisaran 2,5 persen sepanjang tahun ini',
        speaker: 'Sri Mulyani',
        speakerName: 'Sri Mulyani Indrawati',
        cue: 'menambahkan',
      },
    ],
    timexes: [{ text: 'Senin (15/1)', value: '2024-01-15' }],
    amounts: [
      { text: 'Rp50 triliun', kind: 'money', value: 50e12, unit: 'IDR' },
      { text: '2,5 persen', kind: 'percent', value: 2.5, unit: '%' },
    ],
  },
  {
    text:
      'Surabaya - Banjir merendam ratusan rumah warga di Kecamatan Tandes, Surabaya, setelah hujan deras mengguyur kota itu sejak ' +
      'Selasa sore. Wali Kota Surabaya Eri Cahyadi meninjau lokasi banjir dan meminta dinas terkait segera membersihkan saluran air. ' +
      '"Saluran yang tersumbat sampah harus dibersihkan malam ini juga," ujar Eri. Badan Penanggulangan Bencana Daerah mencatat ' +
      'sedikitnya 350 rumah terdampak dan 40 warga mengungsi ke balai kelurahan.',
    title: 'Banjir rendam ratusan rumah di Tandes Surabaya',
    url: 'https://news.detik.com/berita-jawa-timur/d-7123456/banjir-rendam-ratusan-rumah-di-tandes',
    outlet: 'detikcom',
    published: '2024-01-16T21:15:00+07:00',
    entities: [
      ['Surabaya', 'LOC'],
      ['Tandes', 'LOC'],
      ['Eri Cahyadi', 'PER'],
      ['Eri', 'PER'],
      ['Badan Penanggulangan Bencana Daerah', 'ORG'],
    ],
    persons: [{ name: 'Eri Cahyadi', mentions: ['Eri Cahyadi', 'Eri'], roles: ['Wali Kota Surabaya'] }],
    quotes: [
      {
        kind: 'direct',
        content: 'Saluran yang tersumbat sampah harus dibersihkan malam ini juga,',
        speaker: 'Eri',
        speakerName: 'Eri Cahyadi',
        cue: 'ujar',
      },
    ],
    amounts: [
      { text: '350 rumah', kind: 'count', value: 350, unit: 'rumah' },
      { text: '40 warga', kind: 'count', value: 40, unit: 'warga' },
    ],
  },
  {
    text:
      'Jakarta - Presiden Joko Widodo meresmikan Bendungan Sadawarna di Kabupaten Subang, Jawa Barat, Kamis (4/1). Jokowi ' +
      'mengatakan bendungan itu akan mengairi sekitar 5.000 hektare sawah dan menjadi sumber air baku bagi warga sekitar. ' +
      'Menurut Jokowi, pembangunan bendungan menjadi kunci ketahanan pangan nasional. Kementerian Pekerjaan Umum dan Perumahan ' +
      'Rakyat menyebut pembangunan bendungan menelan biaya Rp2 triliun.',
    title: 'Jokowi resmikan Bendungan Sadawarna di Subang',
    url: 'https://nasional.kompas.com/read/2024/01/04/jokowi-resmikan-bendungan-sadawarna',
    outlet: 'Kompas',
    published: '2024-01-04T14:00:00+07:00',
    entities: [
      ['Joko Widodo', 'PER'],
      ['Jokowi', 'PER'],
      ['Bendungan Sadawarna', 'LOC'],
      ['Kabupaten Subang', 'LOC'],
      ['Jawa Barat', 'LOC'],
      ['Kementerian Pekerjaan Umum dan Perumahan Rakyat', 'ORG'],
    ],
    persons: [{ name: 'Joko Widodo', mentions: ['Joko Widodo', 'Jokowi'], roles: ['Presiden'] }],
    quotes: [
      {
        kind: 'indirect',
        content: 'pembangunan bendungan menjadi kunci ketahanan pangan nasional',
        speaker: 'Jokowi',
        speakerName: 'Joko Widodo',
        cue: 'Menurut',
      },
    ],
    amounts: [{ text: 'Rp2 triliun', kind: 'money', value: 2e12, unit: 'IDR' }],
  },
];

const KPK_LINK: KbLinkJson = {
  kb: 'warta',
  id: 'org/kpk',
  name: 'Komisi Pemberantasan Korupsi',
  nameEn: 'Corruption Eradication Commission',
  type: 'organization',
};

/**
 * Two reports naming the same commission differently: the first spells it out
 * with its acronym, the second uses only the acronym. Both clusters link to
 * `warta:org/kpk`, so the store must make them one entity.
 */
export const KPK_REPORTS: FixtureSpec[] = [
  {
    id: 'kpk-1',
    text:
      'JAKARTA - Komisi Pemberantasan Korupsi (KPK) menahan seorang kepala dinas di Surabaya, Rabu (7/2). ' +
      'Juru bicara KPK mengatakan penahanan dilakukan untuk 20 hari pertama.',
    title: 'KPK tahan kepala dinas',
    outlet: 'Kompas',
    published: '2024-02-07',
    entities: [['Komisi Pemberantasan Korupsi', 'ORG'], ['KPK', 'ORG'], ['Surabaya', 'LOC']],
    clusters: [
      { type: 'ORG', name: 'Komisi Pemberantasan Korupsi', mentions: ['Komisi Pemberantasan Korupsi', 'KPK'], aliases: ['KPK'], link: KPK_LINK },
    ],
  },
  {
    id: 'kpk-2',
    text: 'KPK kembali memeriksa saksi kasus suap pengadaan barang di Surabaya. Pemeriksaan berlangsung di gedung KPK, Jakarta.',
    title: 'KPK periksa saksi suap',
    outlet: 'Tempo',
    published: '2024-02-08',
    entities: [['KPK', 'ORG'], ['Surabaya', 'LOC'], ['Jakarta', 'LOC']],
    clusters: [{ type: 'ORG', name: 'KPK', mentions: ['KPK'], aliases: [], link: KPK_LINK }],
  },
];
