import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Interface languages: Indonesian first, English second. */
export type Lang = 'id' | 'en';

const id = {
  appName: 'warta',
  skip: 'Lompat ke isi',
  navSearch: 'Cari',
  navQuotes: 'Kutipan',
  navAnalyze: 'Analisis',
  switchLang: 'English',
  switchLangLabel: 'Switch the interface to English',
  mainNav: 'Navigasi utama',
  loading: 'Memuat…',
  searchTitle: 'Cari berita',
  query: 'Kata kunci',
  queryHint: 'kata-kata atau "frasa persis"',
  outlet: 'Media',
  from: 'Dari tanggal',
  to: 'Sampai tanggal',
  entity: 'Entitas',
  speaker: 'Narasumber',
  search: 'Cari',
  clear: 'Hapus filter',
  removeFilter: 'Hapus filter',
  results: (n: number) => `${n} artikel`,
  noResults: 'Tidak ada artikel yang cocok. Coba kata lain atau hapus filter.',
  facets: 'Saring hasil',
  persons: 'Tokoh',
  organisations: 'Organisasi',
  places: 'Tempat',
  outlets: 'Media',
  copies: (n: number) => `${n} salinan serupa`,
  copyOf: 'salinan dari',
  prev: 'Sebelumnya',
  next: 'Berikutnya',
  pageOf: (p: number, n: number) => `Halaman ${p} dari ${n}`,
  untitled: '(tanpa judul)',
  article: 'Artikel',
  source: 'Sumber asli',
  body: 'Isi berita',
  captions: 'Keterangan foto',
  related: 'Tautan terkait',
  credits: 'Kredit',
  boilerplate: 'Teks tambahan',
  legend: 'Keterangan warna',
  per: 'Orang',
  org: 'Organisasi',
  loc: 'Tempat',
  date: 'Waktu',
  amount: 'Jumlah',
  quote: 'Kutipan',
  personsPanel: 'Tokoh dan peran',
  quotesPanel: 'Kutipan',
  datesPanel: 'Linimasa tanggal',
  amountsPanel: 'Angka',
  noRoles: 'tanpa peran tercatat',
  nonePanel: 'Tidak ada.',
  layerMissing: 'Lapisan ini belum tersedia.',
  unknownSpeaker: 'narasumber tak disebut',
  saidBy: 'kata',
  showJson: 'Tampilkan JSON mentah',
  hideJson: 'Sembunyikan JSON mentah',
  duplicates: 'Salinan artikel ini',
  canonical: 'Artikel utama',
  entityTitle: 'Entitas',
  aliases: 'Nama lain',
  roles: 'Peran',
  firstSeen: 'Pertama terlihat',
  lastSeen: 'Terakhir terlihat',
  mentionsPerDay: 'Sebutan per hari',
  cooccurring: 'Sering disebut bersama',
  latestQuotes: 'Kutipan terbaru',
  itsArticles: 'Artikelnya',
  articlesCount: (n: number) => `${n} artikel`,
  mentionsCount: (n: number) => `${n} sebutan`,
  quotesTitle: 'Penjelajah kutipan',
  quoteText: 'Isi kutipan',
  quotesCount: (n: number) => `${n} kutipan`,
  noQuotes: 'Tidak ada kutipan yang cocok.',
  toSentence: 'lihat di artikel',
  analyzeTitle: 'Analisis teks',
  analyzeHint: 'Tempel teks berita. Teks dianalisis tanpa disimpan.',
  text: 'Teks berita',
  title: 'Judul',
  published: 'Tanggal terbit',
  analyze: 'Analisis',
  emptyText: 'Tempel teks dulu.',
  errNetwork: 'Server warta tidak dapat dihubungi. Pastikan server berjalan, lalu coba lagi.',
  errNotFound: 'Tidak ditemukan',
  errBadRequest: 'Permintaan ditolak',
  errServer: 'Server mengalami galat',
  notFoundEntity: (id: string) => `Tidak ada entitas dengan id “${id}”.`,
  notFoundArticle: (id: string) => `Tidak ada artikel dengan id “${id}”.`,
  notFoundPage: 'Halaman ini tidak ada.',
  backToSearch: 'Kembali ke pencarian',
  retry: 'Coba lagi',
  typePER: 'Orang',
  typeORG: 'Organisasi',
  typeLOC: 'Tempat',
  chartLabel: (name: string) => `Jumlah sebutan ${name} per hari`,
  day: 'Tanggal',
  count: 'Jumlah',
};

export type Labels = typeof id;

const en: Labels = {
  appName: 'warta',
  skip: 'Skip to content',
  navSearch: 'Search',
  navQuotes: 'Quotes',
  navAnalyze: 'Analyze',
  switchLang: 'Bahasa Indonesia',
  switchLangLabel: 'Ganti bahasa antarmuka ke Bahasa Indonesia',
  mainNav: 'Main navigation',
  loading: 'Loading…',
  searchTitle: 'Search the news',
  query: 'Query',
  queryHint: 'words or "exact phrases"',
  outlet: 'Outlet',
  from: 'From',
  to: 'To',
  entity: 'Entity',
  speaker: 'Speaker',
  search: 'Search',
  clear: 'Clear filters',
  removeFilter: 'Remove filter',
  results: (n) => `${n} article${n === 1 ? '' : 's'}`,
  noResults: 'No article matches. Try other words or remove a filter.',
  facets: 'Narrow down',
  persons: 'People',
  organisations: 'Organisations',
  places: 'Places',
  outlets: 'Outlets',
  copies: (n) => `${n} near-identical cop${n === 1 ? 'y' : 'ies'}`,
  copyOf: 'copy of',
  prev: 'Previous',
  next: 'Next',
  pageOf: (p, n) => `Page ${p} of ${n}`,
  untitled: '(untitled)',
  article: 'Article',
  source: 'Original source',
  body: 'Body',
  captions: 'Captions',
  related: 'Related links',
  credits: 'Credits',
  boilerplate: 'Other text',
  legend: 'Colour key',
  per: 'Person',
  org: 'Organisation',
  loc: 'Place',
  date: 'Time',
  amount: 'Amount',
  quote: 'Quote',
  personsPanel: 'People and roles',
  quotesPanel: 'Quotes',
  datesPanel: 'Dates timeline',
  amountsPanel: 'Amounts',
  noRoles: 'no role recorded',
  nonePanel: 'None.',
  layerMissing: 'This layer is not available yet.',
  unknownSpeaker: 'unnamed speaker',
  saidBy: 'said',
  showJson: 'Show raw JSON',
  hideJson: 'Hide raw JSON',
  duplicates: 'Copies of this article',
  canonical: 'Canonical article',
  entityTitle: 'Entity',
  aliases: 'Aliases',
  roles: 'Roles',
  firstSeen: 'First seen',
  lastSeen: 'Last seen',
  mentionsPerDay: 'Mentions per day',
  cooccurring: 'Often named with',
  latestQuotes: 'Latest quotes',
  itsArticles: 'Articles',
  articlesCount: (n) => `${n} article${n === 1 ? '' : 's'}`,
  mentionsCount: (n) => `${n} mention${n === 1 ? '' : 's'}`,
  quotesTitle: 'Quotes explorer',
  quoteText: 'Quote text',
  quotesCount: (n) => `${n} quote${n === 1 ? '' : 's'}`,
  noQuotes: 'No quote matches.',
  toSentence: 'see in article',
  analyzeTitle: 'Analyze text',
  analyzeHint: 'Paste a news article. It is analysed without being stored.',
  text: 'Article text',
  title: 'Title',
  published: 'Published',
  analyze: 'Analyze',
  emptyText: 'Paste some text first.',
  errNetwork: 'The warta server cannot be reached. Check that it is running, then try again.',
  errNotFound: 'Not found',
  errBadRequest: 'Request refused',
  errServer: 'The server failed',
  notFoundEntity: (id) => `There is no entity with id “${id}”.`,
  notFoundArticle: (id) => `There is no article with id “${id}”.`,
  notFoundPage: 'This page does not exist.',
  backToSearch: 'Back to search',
  retry: 'Try again',
  typePER: 'Person',
  typeORG: 'Organisation',
  typeLOC: 'Place',
  chartLabel: (name) => `Mentions of ${name} per day`,
  day: 'Day',
  count: 'Count',
};

/** All labels by language. */
export const LABELS: Record<Lang, Labels> = { id, en };

/** The saved interface language (Indonesian unless the user switched). */
export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem('warta.lang');
    if (saved === 'en' || saved === 'id') return saved;
  } catch {
    // Storage may be disabled; the default is fine.
  }
  return 'id';
}

/** Remember the interface language. */
export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem('warta.lang', lang);
  } catch {
    // Not fatal: the switch still works for this page.
  }
}

export const LabelsContext = createContext<{ t: Labels; lang: Lang }>({ t: id, lang: 'id' });

/** The current labels. */
export function useT(): Labels {
  return useContext(LabelsContext).t;
}

/** The current language code (for number and date formatting). */
export function useLang(): Lang {
  return useContext(LabelsContext).lang;
}
