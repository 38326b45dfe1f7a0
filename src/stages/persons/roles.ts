import { nonPersonNameWords, personChildWords, personClauseOpeners, personKinOrderWords, personKinshipFields, personListJoiners, personOfficeHonorifics, personPossessiveHeads, rankPhrasesByLastWord, titleKind, type RankPhrase, type TitleKind } from '../../lang/id/person-titles.js';
import { roleAgeWords, roleDescriptionWords, roleEnglishHeads, roleHeadAdjectives, roleLinkerAdverbs, roleListContinuers, roleNamerVerbs, roleOrdinalWords, rolePluralWords, roleRelativeClauseStops, roleSubjectPronouns, roleTimeNouns } from '../../lang/id/role-words.js';
import { loadPlaces } from '../../lang/id/places.js';
import { quoteCues } from '../../lang/id/quote-lexicon.js';
import { loadRoots } from '../../lang/id/roots.js';
import type { TokenView } from './token-view.js';

/** A role phrase as written, with the token range it covers. */
export interface RoleSpan {
  readonly tokStart: number;
  readonly tokEnd: number;
  /** Which rule found it: `before-name`, `apposition`, `linker`, `photo-credit`. */
  readonly rule: 'before-name' | 'apposition' | 'linker' | 'photo-credit';
}

/** Longest role phrase read before a name or in apposition, in tokens (keeps the scan local). */
const MAX_ROLE_TOKENS = 20;

/**
 * Lower-case words that look like affixed verbs (`mengunjungi`, `bertemu`,
 * `ditangkap`, `terpilih`) end a role: roles are noun phrases. Six letters or
 * more so `dinas`, `desa` pass; title heads such as `direktur` are checked
 * against the vocabulary first.
 */
const VERB_LIKE = /^(me[mnr]?|meng|meny|ber|di|ter|per)\p{Ll}{3,}$/u;

/** Verb prefixes, longest first, with the root's first letter a nasal prefix replaced (`menulis` ← `tulis`). */
const PREFIXES: ReadonlyArray<readonly [prefix: string, restored: string]> = [
  ['meng', 'k'], ['meny', 's'], ['mem', 'p'], ['men', 't'], ['meng', ''], ['mem', ''], ['men', ''], ['mer', ''], ['me', ''],
  ['ber', ''], ['di', ''], ['ter', ''], ['per', ''],
];
/** Shortest root looked for after a prefix: shorter remainders (`me|dis`, `me|dia`) are chance matches. */
const MIN_PREFIXED_ROOT = 4;

/**
 * A lower-case word shaped like an affixed verb (`mengunjungi`, `ditangkap`)
 * that ends a role. A dictionary word that is not a prefix on another root
 * is a noun or adjective of the description (`spesialis kelalaian medis`,
 * `staf media`, `kepala dinas`), not a verb.
 */
export function isVerbLike(t: string): boolean {
  if (!VERB_LIKE.test(t) || roleDescriptionWords().has(t)) return false;
  const roots = loadRoots();
  // `pemilik perusahaan pertambangan`: per-...-an on a root is a noun (perusahaan, perikanan), not a verb.
  if (t.startsWith('per') && t.endsWith('an') && roots.has(t.slice(3, -2))) return false;
  if (!roots.has(t)) return true;
  for (const [p, r] of PREFIXES) {
    if (!t.startsWith(p)) continue;
    const rest = r + t.slice(p.length);
    if (rest.length < MIN_PREFIXED_ROOT) continue;
    if (roots.has(rest) || roots.has(rest.replace(/(kan|an|i)$/, ''))) return true;
  }
  return false;
}

export const HEADS: ReadonlySet<TitleKind> = new Set(['role', 'credit-role']);

const FUNCTION_KINDS: ReadonlySet<TitleKind> = new Set(['linker', 'article', 'demonstrative', 'stop']);

/** True for a function word's kind (stop, article, linker, demonstrative): each ends a role or an apposition. */
function endsRole(k: TitleKind | undefined): boolean {
  return k !== undefined && FUNCTION_KINDS.has(k);
}

/**
 * Title kind of token i; function words count only in lower case (`Jawa Tengah` is a name, `tengah` a word),
 * corps words only capitalised (`Laksamana Pertama`, but `pembalap pertama`).
 */
export function kindOf(v: TokenView, i: number): TitleKind | undefined {
  const k = v.titleKind(i);
  if (!k) return k;
  if (k === 'corps') return v.isCapitalized(i) ? k : undefined;
  return FUNCTION_KINDS.has(k) && v.isCapitalized(i) ? undefined : k;
}

/**
 * Honorifics and ranks written right before a name (`Ipda`, `Irjen`, `H.`,
 * `Dr.`, `Prof.`, `Kolonel Laut (P)`): they belong to the mention (`Ipda Zulmi`) but not to the
 * name. Returns the first token of that prefix (`nameStart` when none). A rank
 * with corps words may reach back to `corpsFloor` (a sentence start) past `floor`.
 */
export function honorificPrefixStart(v: TokenView, nameStart: number, floor: number, corpsFloor = floor): number {
  let i = nameStart;
  while (i - 1 >= floor) {
    // `Inspektur Jenderal Firli Bahuri`, `Komisaris Besar Polisi Frans ...`: a rank written out in words; but the
    // `Jenderal` of `Direktur Jenderal` is the office's, not the name's.
    const ph = titlePhraseBefore(v, i, Math.min(floor, corpsFloor));
    if (ph && ph.kind === 'title') break;
    if (ph) { i = ph.start; floor = Math.min(floor, corpsFloor); continue; }
    const k = kindOf(v, i - 1);
    // Short academic titles are often lower case (`Prof dr Azis Rani`, `drg.`); longer words must be capitalised.
    const t = v.text(i - 1);
    if ((k === 'rank' || k === 'honorific') && (v.isCapitalized(i - 1) || (k === 'honorific' && (t.length <= 3 || t.endsWith('.'))))) i--;
    else {
      const r = rankWithCorps(v, i, Math.min(floor, corpsFloor));
      if (r === i) break;
      // Ranks before a rank with corps words (`Irjen Pol (Purn)`) reach as far.
      floor = Math.min(floor, corpsFloor);
      i = r;
    }
  }
  return i;
}

/**
 * The title of several words from `person-rank-phrases.tsv` (longest first)
 * whose capitalised words end right before token `end` and start at or after
 * `floor`, with its first token, or null.
 */
export function titlePhraseBefore(v: TokenView, end: number, floor: number): { start: number; kind: RankPhrase['kind'] } | null {
  if (end - 1 < floor || !v.isCapitalized(end - 1)) return null;
  const cands = rankPhrasesByLastWord().get(v.lower(end - 1));
  if (!cands) return null;
  for (const ph of cands) {
    const start = end - ph.words.length;
    if (start < floor) continue;
    let ok = true;
    for (let k = 0; k < ph.words.length - 1 && ok; k++) ok = v.isCapitalized(start + k) && v.lower(start + k) === ph.words[k];
    if (ok) return { start, kind: ph.kind };
  }
  return null;
}

/**
 * The end of an age written with its verb from token i (`berusia 23 tahun`, `berumur dua puluh tahun`) inside a
 * description (`Pemain berusia 23 tahun itu ...`), or -1 when token i opens none.
 */
export function agePhraseEnd(v: TokenView, i: number, ceiling: number): number {
  return roleAgeWords().get(v.text(i)) === 'verb' ? ageEnd(v, i + 1, ceiling) : -1;
}

/**
 * The end of an age after its verb (`tujuh tahun`, `40 tahun`, `dua puluh tahun`) opening at token i: one or two
 * figures or lower-case number words, then a unit of time; -1 when there is none.
 */
function ageEnd(v: TokenView, i: number, ceiling: number): number {
  for (let j = i; j < ceiling && j - i <= 2; j++) {
    const t = v.text(j);
    if (j > i && roleAgeWords().get(t) === 'unit') return j + 1;
    if (!/^\d+$/.test(t) && !LOWER_WORD.test(t)) return -1;
  }
  return -1;
}

/** Most tokens of corps words and bracketed marks between a rank and the name (`Laut (P)`, `Pertama TNI`). */
const MAX_CORPS_TOKENS = 5;
/** A bracketed corps or status mark after a rank: `(P)`, `(KH)`, `(Purn)`, `(Purn.)`. */
const CORPS_MARK = /^(\p{Lu}{1,3}|Purn\.?)$/u;

/**
 * The start of a rank followed by corps words and bracketed marks that ends
 * right before token `end` (`Kolonel Laut (P)`, `Letkol Czi`, `Mayjen TNI (Purn)`),
 * or `end` when there is none: those words belong to the name phrase only right after a rank.
 */
function rankWithCorps(v: TokenView, end: number, floor: number): number {
  let i = end;
  while (i - 1 >= floor && end - i < MAX_CORPS_TOKENS) {
    if (v.text(i - 1) === ')' && i - 3 >= floor && v.text(i - 3) === '(' && CORPS_MARK.test(v.text(i - 2))) { i -= 3; continue; }
    if (kindOf(v, i - 1) === 'corps' && v.isCapitalized(i - 1)) { i--; continue; }
    break;
  }
  return i < end && i - 1 >= floor && kindOf(v, i - 1) === 'rank' && v.isCapitalized(i - 1) ? i - 1 : end;
}

/**
 * The role written before a name (`Sekretaris Jenderal NATO Jens
 * Stoltenberg`, `Kapolda Metro Jaya Irjen Fadil Imran`): scan left from the
 * honorific prefix over capitalised words, title words, connectors and
 * bracketed acronyms, stopping at punctuation, stop words, verb-like words or
 * another person (or, before a comma, a word of another person's name:
 * `isOtherName`); the role runs from the leftmost title head (or a modifier
 * such as `mantan` right before one) to the prefix.
 */
export function roleBeforeName(
  v: TokenView, prefixStart: number, floor: number, isOtherPerson: (i: number) => boolean, isOtherName: (i: number) => boolean = () => false,
  ofList = false,
): RoleSpan | null {
  // `Pencipta padel yang pertama adalah Enrique Corcuera.`: a description opening the sentence, defined as the name.
  if (prefixStart - 1 > floor && v.text(prefixStart - 1) === 'adalah') return definedAs(v, prefixStart, floor, isOtherPerson);
  let head = -1;
  // `seorang dosen jurusan Teknik Mesin Unnes bernama Widya Aryadi`, `sang suami yang bernama James`: a description
  // introduces the name; kinship there is no possessive (`suami yang bernama James` is James).
  const named = namerStart(v, prefixStart, floor);
  // `Direktur Operasi dan Produksi Antam, Hartono mengatakan`: a role may stand before the name with a comma between;
  // where a link was dropped from the page, with two (`Pelatih,, Frank Lampard`, CLICK-ID).
  let end = prefixStart;
  if (named >= 0) end = named;
  else {
    // `Presiden , (Jokowi)`, `Ketua Umum Hanura , (OSO)`: where the link of a name was dropped, the short form
    // bracketed after it is all that is left of the name, and the role before the comma is its person's.
    if (end - 2 >= floor && v.text(end - 1) === '(' && v.text(end - 2) === ',') end--;
    // `Head of Marketing Grabfood and New Business , Indonesia Ichmeralda Rachman`, `Kapolres  , Kota AKBP Budi`: where a
    // link inside the role was dropped, one or two capitalised words left after its spaced comma are no role of their
    // own; the role is read before the comma.
    if (end === prefixStart) end = beforeDroppedLink(v, end, floor);
    for (let n = 0; n < 2 && end - 1 >= floor && v.text(end - 1) === ','; n++) end--;
  }
  // `tersangka Akui alias Awi`, `Sultan alias Aco (20) dan Dandi alias Tole`: the words before `alias` right before the
  // name are the person's other name, and what runs into it is no role read back from here.
  if (named < 0 && end === prefixStart && end - 1 > floor && v.text(end - 1) === 'alias' && v.isCapitalized(end - 2)) return null;
  // `Bupati Kuantan Singingi saat itu, Sukarmis`: a time adverb closing the role before the comma is left out.
  if (end < prefixStart && end - 3 >= floor && v.text(end - 1) === 'itu' && roleTimeNouns().has(v.text(end - 2)) && v.isCapitalized(end - 3)) end -= 2;
  let i = end - 1;
  if (named >= 0 && i >= floor && kindOf(v, i) === 'relation' && !v.isCapitalized(i)) return { tokStart: i, tokEnd: end, rule: 'before-name' };
  // `rekannya bernama Triawan`, `anaknya yang bernama Linda Wati`: so is a relation or title head with `-nya`, as before
  // a comma (`istrinya, Ani`: roleBeforeList).
  if (named >= 0 && i >= floor && possessiveWord(v, i)) return { tokStart: i, tokEnd: end, rule: 'before-name' };
  // `Sang ayah, Benjamin bin Djunaedi`, `sang ibu, Fadela`: kinship (or an address word) after an article names the
  // person after the comma, no possessive.
  const ki = i >= floor && !v.isCapitalized(i) ? kindOf(v, i) : undefined;
  if (end < prefixStart && i - 1 >= floor && (ki === 'relation' || ki === 'honorific')
    && (kindOf(v, i - 1) === 'article' || (i - 1 === v.sentenceStart(i) && v.titleKind(i - 1) === 'article'))) return { tokStart: i, tokEnd: end, rule: 'before-name' };
  // `..., Kepala Divisi Pengawasan Transaksi dan Yayuk Sri Wahyuni`: a name joined by `dan` is the next of a list;
  // the role before the joiner is the previous person's.
  if (end === prefixStart && i >= floor && v.text(i) !== ',' && isListJoiner(v.lower(i))) return null;
  // `Sekretaris Pribadi BJ Habibie, Rubijanto`: before a comma, a role may end in the person it is held for.
  // Not when a bare title opens that person's phrase (`oleh Presiden Joko Widodo, Ganjar ...`): a clause ends at that comma.
  if (end < prefixStart && named < 0 && i >= floor && isOtherPerson(i) && !bodyNamedAfter(v, i, floor, isOtherPerson)) {
    while (i >= floor && isOtherPerson(i)) i--;
    // `Tetangga Syahril Alamsyah, Agus, ...`: kinship or a social relation opening the phrase is held for the one after
    // the comma.
    // So is a word for a son or daughter (`Putri Ma'ruf Amin, Siti Ma'rifah`), which elsewhere may be a given name.
    // So is kinship with the child's place in order and the holder's office (`putra kedua BJ Habibie, Thareq`, `Putra
    // sulung Presiden Jokowi, Gibran`).
    // `adik BJ Habibie, Junus Effendi`: initials the tagger left out of the holder's name lie between.
    const kin = i >= floor ? kinStart(v, i - 1 >= floor && HOLDER_INITIALS.test(v.text(i)) && !kindOf(v, i) ? i - 1 : i, floor) : -1;
    if (kin >= 0 && (kin === v.sentenceStart(kin) || kin - 1 < floor || isClauseBoundary(v, kin - 1))
      && !listGoesOn(v, prefixStart, isOtherPerson)) return { tokStart: kin, tokEnd: end, rule: 'before-name' };
    // `kiper Alisson Becker, Naby Keita, dan Nathaniel Clyne`: a list of names, not a role held for the first.
    if (!isPossessiveHolder(v, i + 1, floor) || listGoesOn(v, prefixStart, isOtherPerson)) return null;
  } else if (end < prefixStart && named < 0 && i >= floor && isOtherName(i)) {
    // `mencabut status tersangka Veronika Koman, Luki enggan ...`: two or three name-like words before the comma that
    // end in the surname of another person (the tagger missed this spelling of the name) are that person, as above.
    let j = i;
    while (j >= floor && i - j < MAX_NAME_WORDS && isNameLike(v, j)) j--;
    // `Ayah Tristan, Roger van Tongeren`: kinship opening the phrase is held for that other person, as above.
    const kin = j >= floor && j < i + 1 ? kinStart(v, j, floor) : -1;
    if (kin >= 0 && j < i && (kin === v.sentenceStart(kin) || kin - 1 < floor || isClauseBoundary(v, kin - 1))
      && !listGoesOn(v, prefixStart, isOtherPerson)) return { tokStart: kin, tokEnd: end, rule: 'before-name' };
    if (i - j >= 2 && !isNameLike(v, j) && !isPossessiveHolder(v, j + 1, floor)) return null;
  }
  let depth = 0;
  // The lower-case head right after the last `dan` passed, or -1.
  let joined = -1;
  for (; i >= floor && end - i <= MAX_ROLE_TOKENS; i--) {
    // `Juru Bicara Badan Manajemen Darurat Nasional Bahama (Nema), Carl Smith`: a word in brackets inside the role is
    // the body's short name, even where the tagger read it as a person.
    if (isOtherPerson(i) && depth === 0) {
      // `Peneliti Laboratorium Kebijakan Publik Universitas Slamet Riyadi (Unisri) Solo Icshandy Nugraha`: a "person"
      // right after a word naming a body (Universitas, PT, CV) is that body's name, part of the role.
      if (!bodyNamedAfter(v, i, floor, isOtherPerson)) {
        // `Indra Lesmana mahasiswa Fakultas MIPA Unsri dan mahasiswa Ikhsan`: the words before the joiner describe the
        // person named before them; this role is the lower-case head after the joiner.
        if (joined >= 0) head = joined;
        break;
      }
      while (i - 1 >= floor && isOtherPerson(i - 1)) i--;
      continue;
    }
    const t = v.text(i);
    if (t === 'dan' && head === i + 1 && !v.isCapitalized(head) && depth === 0) joined = head;
    if (t === ')') { depth++; continue; }
    if (t === '(') { if (depth === 0) break; depth--; continue; }
    // `anggota Komisi III DPR RI dari Fraksi PPP, Arsul Sani`: a body named after `dari` is part of the role; before a
    // comma, so is one after `di` following a lower-case word (`pengajar di Pondok Buntet Pesantren Cirebon, M Abdullah`).
    if (fromBody(v, i, end)) continue;
    // So is one after a title head (`Profesor di Karolinska Institute Swedia, Peter Arner`).
    if (end < prefixStart && fromBody(v, i, end, 'di') && i - 1 >= floor
      && ((LOWER_WORD.test(v.text(i - 1)) && !isFunctionWord(v, i - 1) && !isVerbLike(v.text(i - 1))) || HEADS.has(kindOf(v, i - 1) ?? 'stop')
        || roleHonorific(v, i - 1))) continue;
    // So is the place of an office after its body, with or without the comma (`Koordinator PBB di Indonesia Anita
    // Nirody`, `Duta Besar RI di Jepang Heri Akhmadi`): a capitalised word before `di`; the role needs a head further left.
    // Not after a bare head (`ujar Presiden di Pangkalan TNI AU Roesmin Nurjadin`: where the words were said), and only
    // a place or body running up to the name (`Museum ... di Pagelaran Nilai Tradisi Sejarah Fatahillah` is no office's).
    if (fromBody(v, i, end, 'di') && i - 1 >= floor && v.isCapitalized(i - 1) && /^\p{L}/u.test(v.text(i - 1)) && !isOtherPerson(i - 1)
      && !HEADS.has(kindOf(v, i - 1) ?? 'stop') && officePlaceAt(v, i + 1, end)) continue;
    if (t === '-' && i - 1 >= floor && isNameHyphen(v, i)) continue;
    // `Ketua dan empat wakil ketua`: a plural word before a head opens another description.
    if (head === i + 1 && depth === 0 && i + 1 < end && rolePluralWords().has(t) && i - 1 >= floor && isListJoiner(v.text(i - 1))) break;
    // `polisi meringkus lima pelajar, yakni AA (15), IS (16) ...`: a description of a list opens at its number.
    // (So does one introducing its names, `enam tersangka berinisial HK, AZ ...`, `dua pemain Persib, Omid ... dan ...`,
    // also past a classifier, `empat orang pekerja berinisial MN, ...`.)
    if ((head === i + 1 || (head === i + 2 && LOWER_WORD.test(v.text(i + 1)) && !isFunctionWord(v, i + 1))) && depth === 0
      && rolePluralWords().has(t) && (ofList || named >= 0 || listFollows(v, prefixStart, isOtherPerson))) break;
    // `Ibu Negara Iriana Jokowi`, `Ibu Negara AS Melania Trump`: an office of several words (person-rank-phrases.tsv
    // `title`) heads the role even where none of its words is a head, when only places and acronyms lie between it and
    // the name (in `Ibu Negara Melania Trump` with the tagger's `Trump`, `Melania` is a given name, not the office's).
    if (depth === 0 && v.isCapitalized(i)) {
      const ph = titlePhraseBefore(v, i + 1, floor);
      if (ph && ph.kind === 'title' && (i + 1 === end || officePlaceAt(v, i + 1, end))) { head = ph.start; i = ph.start; continue; }
    }
    const k = kindOf(v, i);
    // `Ketua Umum Perkumpulan Industri Kecil dan Menengah Komponen Otomotif atau PIKKO, Rosalina Faried`: the body's
    // other name after `atau`, right before the name, belongs to the role (another office after it does not:
    // `Menteri PPN atau Kepala Bappenas Bambang`).
    if (head < 0 && depth === 0 && t === 'atau' && aliasUpTo(v, i + 1, end)) continue;
    // `konsultan tumbuh kembang anak Bernie Endyarni`, `dokter anak Ayu`: `anak` right before the name, after a
    // lower-case word of a description, is its field, not a possessive; the role is read only if a head lies further left.
    // `Menteri Pemberdayaan Perempuan dan Perlindungan Anak Yohana Yembise`, `Komisi Perlindungan Anak Indonesia`: a
    // kinship word that also names a field (`anak`), capitalised after a capitalised word, is a word of an office's or
    // body's name, not a possessive.
    if (k === 'relation' && v.isCapitalized(i) && i - 1 >= floor && i !== v.sentenceStart(i) && v.isCapitalized(i - 1)
      && /^\p{L}+$/u.test(v.text(i - 1)) && !isOtherPerson(i - 1) && personKinshipFields().has(v.lower(i))) continue;
    // `Psikolog anak dan keluarga, Rosdiana`, `spesialis anak dan gastroenterologi Badriul`: so is such a field joined to
    // another lower-case field right before the name.
    if (k === 'relation' && !((i === end - 1 || (i + 3 === end && v.text(i + 1) === 'dan' && LOWER_WORD.test(v.text(i + 2))
      && !kindOf(v, i + 2))) && kinshipField(v, i, floor))) break;
    // `Pelatih baru Semen Padang, Eduardo Almeida`: a stop word describing the office right after its head.
    if (k === 'stop' && headAdjective(v, i, end)) continue;
    if (endsRole(k)) break;
    if (k && HEADS.has(k)) { head = i; continue; }
    if (k === 'modifier') { if (head === i + 1) head = i; continue; }
    // `Profesor di Karolinska Institute Swedia, Peter Arner`, `Profesor Ilmu Hukum Universitas Airlangga, Budi`: an
    // academic title followed by a description, not by the name, heads a role.
    if (k === 'honorific' && honorificHeadsRole(v, i, end)) { head = i; continue; }
    if (k === 'connector' || k === 'rank' || k === 'honorific') continue;
    // `Kepala Lingkungan 5, Kelurahan Tanjung Mulia Hilir, Rizaldi`: the place or body of the office may follow a comma.
    if (t === ',' && depth === 0 && head < 0 && i + 2 < end && i - 1 >= floor && v.isCapitalized(i + 1)
      && nonPersonNameWords().has(v.lower(i + 1)) && (v.isCapitalized(i - 1) || /^\d+$/.test(v.text(i - 1)))) continue;
    // `Kepala Dinas Pariwisata Kabupaten Nias Selatan, Sumatera Utara, Anggraeni Dachi`: so may the province or
    // country it lies in, a known place after the comma.
    // Only a place closed by the comma before the name (`Kejari Jayawijaya, Boston Robert ...` names Boston), and not
    // after a spaced comma, where a link was dropped (`Kapolres  , Kota AKBP ...`).
    if (t === ',' && depth === 0 && head < 0 && end < prefixStart && i + 1 < end && i - 1 >= floor && v.isCapitalized(i - 1)
      && v.start(i) === v.end(i - 1) && placeEnd(v, i + 1, end) === nextComma(v, i + 1, end)) continue;
    // `Kepala Dinas Budaya, Pemuda, dan Olahraga Kabupaten Bekasi, Nani Suwarni`: a comma between the fields an office's
    // name lists.
    // A title word among them (`Pemuda`) heads no role: the office's head lies further left.
    if (t === ',' && depth === 0 && enumeratedField(v, i, floor, end)) { head = -1; continue; }
    // Years and numbers belong to some roles (`... Pte. Ltd 2009-2013`, `Ketua KPK jilid V`); other punctuation ends it.
    if (!/\p{L}/u.test(t) && depth === 0 && !/^[\d-][\d.,-]*$/.test(t)) break;
    // `Kantor Wali Kota Jakarta Timur`, `Dewan Pengawas`: heads right after a word naming a place or body are part of its name.
    if (head === i + 1 && v.isCapitalized(i) && depth === 0 && nonPersonNameWords().has(t.toLowerCase())) { head = -1; continue; }
    if (v.isCapitalized(i) || depth > 0) continue;
    if (isVerbLike(t)) break;
    // Any other lower-case word: part of a description only if a head lies further left.
  }
  if (head < 0) return null;
  // `tiga kader Partai Gerindra asal Tasikmalaya, JPU Nopriandi`, `para pejabat Trump`: a plural description is no one
  // person's role.
  // Unless the name opens a list they all hold it for (`dua pemain Persib, Omid Nazari dan Febri Haryadi`).
  if (head - 1 >= floor && rolePluralWords().has(v.text(head - 1)) && !ofList && !listFollows(v, prefixStart, isOtherPerson)) return null;
  // `Hendrisman Rahim selaku Direktur Utama, Harry Prasetyo selaku ...`: a role after a linker, before a comma, is the
  // role of the one named before the linker.
  if (end < prefixStart && head - 2 >= floor && kindOf(v, head - 1) === 'linker' && isOtherPerson(head - 2)) return null;
  // `Ayu kini menjadi tersangka atas kasus penggelapan uang perusahaan Ashanty`, `bertindak sebagai kuasa hukum Budi`: a
  // lower-case description after a linker is the subject's, and the name it runs into is whose it is. Not when no one
  // is named as the subject (`Mantan atlet nasional yang kini menjabat sebagai anggota legislatif ... Moreno Soeprapto`,
  // `Mereka adalah ahli imunologi Jacques Miller`).
  if (end === prefixStart && head - 1 >= floor && !v.isCapitalized(head) && kindOf(v, head - 1) === 'linker' && subjectBefore(v, head - 1, floor, isOtherPerson)) return null;
  // `Agus (30) warga RT 03, Rizal (25) ...`: a role after someone's bracketed age, before a comma, is that person's.
  if (end < prefixStart && head - 3 >= floor && v.text(head - 1) === ')' && v.text(head - 3) === '(' && /^\d+$/.test(v.text(head - 2))) return null;
  // `kakak Presiden ketiga, Sri Soedarsono`, `Putra mantan presiden B.J.,, Thareq`: kinship opening the phrase before
  // a comma is the named person's, held for the office holder after it.
  if (end < prefixStart && head - 1 === i && i >= floor && kindOf(v, i) === 'relation') head = i;
  // `ke kepala Mateo Musacchio`, `sebagai wakil Dul`: a lower-case head that needs what it heads, alone right before the
  // name, is the person's head or deputy.
  if (head === end - 1 && end === prefixStart && !v.isCapitalized(head) && personPossessiveHeads().has(v.text(head))) return null;
  // `Marketing and Communication Department Head PT Jasa Marga Irra Susiyanti`: an English head is preceded by its
  // description in capitalised English words, read back to where the scan stopped.
  if (v.isCapitalized(head) && roleEnglishHeads().has(v.lower(head))) head = englishDescriptionStart(v, head, Math.max(i + 1, floor), isOtherPerson);
  return trimRole(v, head, end, 'before-name');
}

/** Most words left between a dropped link's comma and the name (`, Indonesia Ichmeralda`, `, Kota AKBP Budi`). */
const MAX_LINK_LEFTOVER = 2;

/**
 * The spaced comma of a dropped link right before the capitalised words (at most `MAX_LINK_LEFTOVER`, no title word
 * but a rank) that end at token `end`, after a word (`New Business , Indonesia`); `end` when there is none.
 */
function beforeDroppedLink(v: TokenView, end: number, floor: number): number {
  let j = end;
  let words = 0;
  while (j - 1 >= floor && words <= MAX_LINK_LEFTOVER && v.isCapitalized(j - 1) && /^\p{L}+$/u.test(v.text(j - 1))) {
    const k = kindOf(v, j - 1);
    if (k === 'rank' || k === 'honorific') { j--; continue; }
    if (k) return end;
    words++;
    j--;
  }
  if (words === 0 || words > MAX_LINK_LEFTOVER || j - 2 < floor || v.text(j - 1) !== ',' || v.start(j - 1) <= v.end(j - 2)
    || !/^[\p{L}\p{N}]/u.test(v.text(j - 2))) return end;
  return j;
}

/** Lower-case English words joining the capitalised words of an office's description (`Marketing and Communication`). */
const ENGLISH_JOINERS: ReadonlySet<string> = new Set(['and', 'of', '&']);

/** Most words of an English office's description up to its head (`Research & Development Executive Officer`: 5). */
const MAX_ENGLISH_TITLE = 8;

/**
 * True when capitalised words joined by `and`, `of`, `&` opening at token s reach an English head
 * (role-english-heads.txt) within `MAX_ENGLISH_TITLE` tokens, with no other person, function word or word with `-nya`
 * among them (`Service Department Head`, `Country Marketing Communications Manager`).
 */
function englishTitleAt(v: TokenView, s: number, ceiling: number, isOtherPerson: (i: number) => boolean): boolean {
  for (let j = s; j < ceiling && j - s < MAX_ENGLISH_TITLE; j++) {
    const t = v.text(j);
    if (j > s && ENGLISH_JOINERS.has(t)) continue;
    // (No verb test: English words look like affixed verbs, `Division`, `Director`.)
    if (!v.isCapitalized(j) || !/^\p{L}[\p{L}&-]*$/u.test(t) || isOtherPerson(j) || t.endsWith('nya')) return false;
    const k = v.titleKind(j);
    if (k && FUNCTION_KINDS.has(k)) return false;
    if (roleEnglishHeads().has(t.toLowerCase())) return true;
  }
  return false;
}

/**
 * The first token of the capitalised English words (joined by `and`, `of`, `&`) right before the English head at
 * token `head`, not before `from`: no function word (`Menurut`, `Sementara` opening a sentence), verb, word with `-nya`
 * or other person.
 */
function englishDescriptionStart(v: TokenView, head: number, from: number, isOtherPerson: (i: number) => boolean): number {
  let s = head;
  for (let j = head - 1; j >= from; j--) {
    const t = v.text(j);
    if (ENGLISH_JOINERS.has(t)) continue;
    // An Indonesian word with a clitic opening the sentence (`Sebelumnya`, `Selanjutnya`) is no part of it either.
    if (!v.isCapitalized(j) || !/^\p{L}[\p{L}&-]*$/u.test(t) || isOtherPerson(j) || isVerbLike(t.toLowerCase()) || t.endsWith('nya')) break;
    const k = v.titleKind(j);
    if (k && FUNCTION_KINDS.has(k)) break;
    s = j;
  }
  return s;
}

/** True when token i is an honorific that is also an office (`Profesor di Karolinska Institute`). */
function roleHonorific(v: TokenView, i: number): boolean {
  return kindOf(v, i) === 'honorific' && personOfficeHonorifics().has(v.lower(i));
}

/**
 * True when the honorific at token i is followed by a description (`profesor geofisika di ...`, `Profesor di ...`,
 * `Profesor Universitas ...`), not by a name (`Profesor BJ Habibie`): a lower-case word or a capitalised word naming a
 * body or place.
 */
function honorificHeadsRole(v: TokenView, i: number, end: number): boolean {
  if (i + 1 >= end || !roleHonorific(v, i)) return false;
  const n = v.text(i + 1);
  return LOWER_WORD.test(n) ? !isFunctionWord(v, i + 1) || n === 'di' || n === 'dari' : v.isCapitalized(i + 1) && nonPersonNameWords().has(n.toLowerCase());
}

/**
 * True when the lower-case kinship word at token i follows a lower-case word of a description (`tumbuh kembang anak`,
 * `dokter anak`, `pemerhati anak`) that is no function word, verb or kinship word: the field of that description.
 */
function kinshipField(v: TokenView, i: number, floor: number): boolean {
  if (v.isCapitalized(i) || i - 1 < floor || !personKinshipFields().has(v.text(i))) return false;
  // `dokter spesialis gizi dan anak Klara`: one of two fields joined by `dan`.
  const j = v.text(i - 1) === 'dan' && i - 2 >= floor ? i - 2 : i - 1;
  const p = v.text(j);
  const k = kindOf(v, j);
  // A title head opening the sentence is capitalised (`Psikolog anak dan keluarga, Rosdiana`).
  if (k === 'role' && v.isCapitalized(j) && /^\p{Lu}\p{Ll}+$/u.test(p)) return true;
  return LOWER_WORD.test(p) && !isFunctionWord(v, j) && k !== 'relation' && k !== 'connector' && (k === 'role' || !isVerbLike(p));
}

/** Most tokens of a body's other name after `atau` in a role (`atau PIKKO`, `atau Timnas U-16`). */
const MAX_ALIAS_TOKENS = 4;

/**
 * True when tokens [s, e) are a body's other name: one to `MAX_ALIAS_TOKENS` capitalised words or figures, none a
 * title word (`PIKKO`, `TAM`, `Timnas U-16`).
 */
function aliasUpTo(v: TokenView, s: number, e: number): boolean {
  if (e <= s || e - s > MAX_ALIAS_TOKENS || !v.isCapitalized(s)) return false;
  for (let j = s; j < e; j++) {
    if (!(v.isCapitalized(j) || /^[\d-]+$/.test(v.text(j))) || v.titleKind(j)) return false;
  }
  return true;
}

/**
 * True when the name opening at token `start` is followed by a word joiner
 * and another person (`Naby Keita, dan Nathaniel Clyne`): it is an item of a list.
 */
function listGoesOn(v: TokenView, start: number, isOtherPerson: (i: number) => boolean): boolean {
  let j = start;
  while (j < v.count && j - start <= MAX_NAME_WORDS + 2 && v.isCapitalized(j) && /\p{L}/u.test(v.text(j))) j++;
  if (j < v.count && v.text(j) === ',') j++;
  // A word joiner closes the list (`, dan`); a comma alone may end an apposition (`..., Taj Yasin Maimoen, Ganjar ...`).
  return j < v.count && v.text(j) !== ',' && isListJoiner(v.lower(j)) && j + 1 < v.count && isOtherPerson(j + 1);
}

/**
 * True when the other person ending at token `last` follows a capitalised word
 * naming a body (`Universitas Slamet Riyadi`, `PT`, `CV`): the tagger read a
 * body's name as a person. (Not across more words: `Direktur PT Inalum Budi
 * Gunadi Sadikin dan ...` names a person after the body.)
 */
function bodyNamedAfter(v: TokenView, last: number, floor: number, isOtherPerson: (i: number) => boolean): boolean {
  let j = last;
  while (j >= floor && isOtherPerson(j)) j--;
  return j >= floor && v.isCapitalized(j) && nonPersonNameWords().get(v.lower(j)) === 'ORG';
}

/** Most lower-case words between a subject and its linker (`Bahrullah saat itu akan diperiksa sebagai`). */
const MAX_PREDICATE_WORDS = 5;

/**
 * True when another person is the subject of the linker at token `linker`:
 * named (or a personal pronoun) right before it or before a few lower-case
 * words (`Ayu kini menjadi`, `Dia pernah menjadi`), not a plural pronoun or an
 * office (`Mereka adalah ...`, `Ketua Komisi Hukum DPR yang juga ...`).
 */
function subjectBefore(v: TokenView, linker: number, floor: number, isOtherPerson: (i: number) => boolean): boolean {
  let i = linker - 1;
  while (i >= floor && linker - i <= MAX_PREDICATE_WORDS && LOWER_WORD.test(v.text(i))) {
    if (roleSubjectPronouns().has(v.text(i))) return true;
    i--;
  }
  // `Albert Celades, yang merupakan asisten pelatih Julen Lopetegui`: the subject before a comma and `yang`.
  if (i >= floor && v.text(i) === ',' && v.text(i + 1) === 'yang') i--;
  return i >= floor && (isOtherPerson(i) || roleSubjectPronouns().has(v.lower(i)));
}

/** True when the name opening at token `start` is followed by a comma, a joiner, a full stop or the sentence end. */
function bareListItem(v: TokenView, start: number): boolean {
  let j = start;
  const end = v.sentenceEnd(start);
  while (j < end && j - start <= MAX_NAME_WORDS + 2 && v.isCapitalized(j) && /\p{L}/u.test(v.text(j))) j++;
  j = afterAgeBracket(v, j);
  return j >= end || isListJoiner(v.lower(j)) || v.text(j) === '.' || v.text(j) === ';';
}

/**
 * True when the name opening at token `start` (and its bracketed age) is followed by a description of its own: a
 * lower-case title head or kinship word (`MR (25) warga Desa Sukamaju`), not a verb or a preposition (`MR (25) di
 * rumahnya`, `Budi Santoso dirawat`).
 */
function ownDescriptionFollows(v: TokenView, start: number): boolean {
  let j = start;
  while (j < v.count && j - start <= MAX_NAME_WORDS + 2 && v.isCapitalized(j) && /\p{L}/u.test(v.text(j))) j++;
  j = afterAgeBracket(v, j);
  if (j >= v.count || v.isCapitalized(j)) return false;
  const k = kindOf(v, j);
  return k !== undefined && (HEADS.has(k) || k === 'relation');
}

/** The figure of an age in brackets after a name (`AR (25)`, `Agus (30 tahun)`): one or two digits. */
const AGE_FIGURE = /^\d{1,2}$/;

/**
 * The unit a bracketed age may spell out (`(30 tahun)`): years only. Other units of role-age-words.tsv are not read
 * there, since a bracket after a capitalised word also glosses a term (`Dasarian (10 hari)`).
 */
const AGE_YEARS = 'tahun';

/**
 * The token after a bracketed age opening at token j (`Agus (30)`, `(30 tahun)`), or j when there is none. The one
 * reader of such ages for the persons stage (mentions.ts reads initials and names by them).
 */
export function afterAgeBracket(v: TokenView, j: number): number {
  if (j + 2 >= v.count || v.text(j) !== '(' || !AGE_FIGURE.test(v.text(j + 1))) return j;
  if (v.text(j + 2) === ')') return j + 3;
  return j + 3 < v.count && v.lower(j + 2) === AGE_YEARS && v.text(j + 3) === ')' ? j + 4 : j;
}

/** The token opening a bracketed age that ends at token j (see `afterAgeBracket`), or j when there is none. */
function beforeAgeBracket(v: TokenView, j: number, floor: number): number {
  if (v.text(j) !== ')') return j;
  if (j - 2 >= floor && v.text(j - 2) === '(' && AGE_FIGURE.test(v.text(j - 1))) return j - 2;
  return j - 3 >= floor && v.text(j - 3) === '(' && AGE_FIGURE.test(v.text(j - 2)) && v.lower(j - 1) === AGE_YEARS ? j - 3 : j;
}

/**
 * True when the name opening at token `start` is followed by a comma or a
 * word joiner and another person (`Omid Nazari dan Febri Haryadi`, `Agus
 * Raharjo, Saut Situmorang, ...`): the first item of a list.
 */
function listFollows(v: TokenView, start: number, isOtherPerson: (i: number) => boolean): boolean {
  let j = start;
  while (j < v.count && j - start <= MAX_NAME_WORDS + 2 && v.isCapitalized(j) && /\p{L}/u.test(v.text(j))) j++;
  for (let n = 0; n < 2 && j < v.count && isListJoiner(v.lower(j)); n++) j++;
  return j > start && j < v.count && isOtherPerson(j) && isListJoiner(v.lower(j - 1));
}

/** A capitalised word of letters, three or more, that may be a given name or surname (`Koman`). */
export const NAME_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
/** Initials standing for a person's name (`HK`, `HYL`, `M.S.`). */
const INITIALS = /^\p{Lu}[\p{Lu}.]{1,5}$/u;
/** Initials before a surname that the tagger left out of a name (`BJ` of `BJ Habibie`, `B.J.`): up to three capitals. */
const HOLDER_INITIALS = /^(\p{Lu}{1,3}|(\p{Lu}\.){1,3})$/u;
/** A word of lower-case letters only (`pengajar`). */
const LOWER_WORD = /^\p{Ll}+$/u;
/** A word of two or more letters (either side of a glued full stop: `Winangun.Direktur`). */
const LETTERS2 = /^\p{L}{2,}$/u;

/** Most words of a person's name read in a role before a comma (`Veronika Koman`). */
const MAX_NAME_WORDS = 3;

/** A capitalised word of letters that is no title, dictionary word or word naming a body or place (`Veronika`). */
function isNameLike(v: TokenView, i: number): boolean {
  const t = v.text(i);
  return NAME_WORD.test(t) && !kindOf(v, i) && !loadRoots().has(t.toLowerCase()) && !nonPersonNameWords().has(t.toLowerCase());
}

/**
 * The first token of the words that name the person a description
 * introduces, right before the name (`bernama`, `yang bernama`,
 * `berinisial`), or -1 when there are none.
 */
function namerStart(v: TokenView, prefixStart: number, floor: number): number {
  let i = prefixStart - 1;
  if (i < floor || kindOf(v, i) !== 'namer' || v.isCapitalized(i)) return -1;
  // `Korban yang diketahui bernama Sumodiharjo`: a passive verb may come before the namer (role-namer-verbs.txt).
  if (i - 1 >= floor && roleNamerVerbs().has(v.text(i - 1))) i--;
  if (i - 1 >= floor && v.text(i - 1) === 'yang') i--;
  return i;
}

/**
 * True when token i is a lower-case `dari` followed by a capitalised word
 * (`dari Fraksi PPP`, `pengamat dari Universitas Indonesia`): the body a
 * person comes from, read as part of their role.
 */
function fromBody(v: TokenView, i: number, limit: number, word = 'dari'): boolean {
  return v.text(i) === word && i + 1 < limit && v.isCapitalized(i + 1) && /\p{L}/u.test(v.text(i + 1));
}

/**
 * True when tokens [s, e) are a lower-case title head and lower-case words describing it (`manajer personal`, `asisten
 * pribadi`): no function word, verb-like word or list joiner among them.
 */
function heldDescription(v: TokenView, s: number, e: number): boolean {
  if (e - s < 2 || v.isCapitalized(s) || !HEADS.has(kindOf(v, s) ?? 'stop')) return false;
  for (let j = s + 1; j < e; j++) {
    const t = v.text(j);
    if (v.isCapitalized(j) || !LOWER_WORD.test(t) || isFunctionWord(v, j) || isListJoiner(t) || isVerbLike(t)) return false;
  }
  return true;
}

/**
 * True when the other person's name opening at token i is followed by a comma and a capitalised word or a word that
 * goes on with a list (role-list-continuers.txt: `Nawawi Pomolango, dan Dekan ...`, `Mick Jagger, David Bowie`), or
 * by a demonstrative.
 */
function listContinues(v: TokenView, i: number, ceiling: number, isOtherPerson: (i: number) => boolean): boolean {
  let j = i;
  while (j < ceiling && isOtherPerson(j)) j++;
  // `pembalap asal Monaco itu terbilang hebat`: a demonstrative closes a description of someone else, the subject.
  if (j < ceiling && kindOf(v, j) === 'demonstrative') return true;
  if (j + 1 >= ceiling || v.text(j) !== ',') return false;
  return (v.isCapitalized(j + 1) && /^\p{L}/u.test(v.text(j + 1))) || roleListContinuers().has(v.lower(j + 1));
}

/** True when tokens [s, e) are lower-case words, possibly hyphenated (`spesialis kelalaian medis`, `guru honorer non-K`). */
function lowerCaseRun(v: TokenView, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (v.isCapitalized(i) || !LOWER_HYPHENED.test(v.text(i))) return false;
  return true;
}

/** A word opening in lower case, possibly hyphenated (`non-K`). */
const LOWER_HYPHENED = /^\p{Ll}+(-[\p{L}\p{N}]+)*$/u;

/**
 * True when the capitalised words of a place opening at token s (after `di`) are followed by a lower-case word, or by
 * a comma and a lower-case word (`di Indonesia, mengatakan`, `di Rystad Energy juga mengatakan`): the sentence goes on,
 * so the place is the office's. Not before a comma and a capitalised word (`di Jakarta, Jumat (13/9/2019)`), a bracket
 * or the end of the sentence, where it tells where words were said.
 */
function placeOfOffice(v: TokenView, s: number, ceiling: number): boolean {
  if (HEADS.has(kindOf(v, s - 2) ?? 'stop')) return false;
  let j = s;
  while (j < ceiling && j - s < MAX_PLACE_WORDS + 2 && v.isCapitalized(j) && /^\p{L}/u.test(v.text(j))) j++;
  if (j === s || j >= ceiling || !officePlaceAt(v, s, j)) return false;
  if (v.text(j) === ',') j++;
  // The role ends there: a function word or a verb follows (`di Kenya barat sebagaimana` goes on in a description).
  return j < ceiling && !v.isCapitalized(j) && /^\p{Ll}/u.test(v.text(j)) && (isFunctionWord(v, j) || isVerbLike(v.text(j)));
}

/** Acronyms of bodies (`DPR`, `PBB`, `UNDP`). */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * True when tokens [s, e), after `di`, name where an office is: known places (`data/id/places-*.txt`: `di Indonesia`,
 * `di Phnom Penh Kamboja`) and bodies' acronyms (`di DPRD Kabupaten Bekasi`, `di DPR RI`) only, or words led by one
 * naming an organisation in non-person-name-words.tsv (`di Universitas Sydney`, `di Dinas Parawisata ...`); not a
 * building or street where something happens (the LOC words there: `di Kantor Wali Kota`, `di Stadion`, `di Jalan`)
 * nor anything else (`di Periode Kedua`, `di Kabinet Jokowi`, `di Pagelaran Nilai Tradisi Sejarah`).
 */
function officePlaceAt(v: TokenView, s: number, e: number): boolean {
  if (s >= e) return false;
  if (nonPersonNameWords().get(v.lower(s)) === 'ORG') return true;
  for (let j = s; j < e;) {
    if (!v.isCapitalized(j)) return false;
    const p = placeEnd(v, j, e);
    if (p > j) j = p;
    else if (ACRONYM.test(v.text(j))) j++;
    else return false;
  }
  return true;
}

/** Words that introduce a list of names after a role (`empat wakilnya yakni, A, B, dan C`). */
const LIST_INTRODUCERS: ReadonlySet<string> = new Set(['yakni', 'yaitu', 'ialah', ':', ',']);
/** The introducers that are words (a description before them names the list). */
const WORD_INTRODUCERS: ReadonlySet<string> = new Set(['yakni', 'yaitu', 'ialah']);
/** Whether token text t joins the names of a list: a comma or a word of `data/id/person-list-joiners.txt`. */
function isListJoiner(t: string): boolean {
  return t === ',' || personListJoiners().has(t);
}

/**
 * A possessive role word before a name or a list of names (`Firli Bahuri ...
 * dan empat wakilnya yakni, Alexander Marwata, ..., dan Nurul Ghufron`;
 * `istrinya, Ani`): a lower-case title head or relation with `-nya` is the
 * role of every name in the list it introduces.
 */
export function roleBeforeList(v: TokenView, prefixStart: number, floor: number, isOtherPerson: (i: number) => boolean): RoleSpan | null {
  let i = prefixStart - 1;
  // Other names of the list, with their joiners (honorifics before them are part of their mention).
  // (`pelaku berinisial AS (34) dan MR (25)`: the ages of the names before, too.)
  while (i >= floor) {
    const b = beforeAgeBracket(v, i, floor);
    if (b < i && b - 1 >= floor && isOtherPerson(b - 1)) i = b - 1;
    else if (isOtherPerson(i) || isListJoiner(v.lower(i)) || (isOtherPerson(i + 1) && kindOf(v, i) === 'honorific')) i--;
    else break;
  }
  const walked = i;
  // `enam tersangka berinisial HK, AZ, IR dan AF`, `dua korban bernama Ani dan Budi`: a description before a namer
  // that introduces a list is the role of every name of it, as before a worded introducer. (The list's first name
  // reads it itself, `namerStart` in `roleBeforeName`.)
  if (i < prefixStart - 1 && i >= floor && kindOf(v, i) === 'namer' && !v.isCapitalized(i)) {
    const named = namerStart(v, i + 1, floor);
    if (named > floor && !ownDescriptionFollows(v, prefixStart)) {
      return roleBeforeName(v, named, floor, isOtherPerson, undefined, true);
    }
  }
  // `yakni, A`: the introducer, possibly with a comma after it.
  let worded = false;
  for (let n = 0; n < 2 && i >= floor && LIST_INTRODUCERS.has(v.lower(i)); n++) {
    if (WORD_INTRODUCERS.has(v.lower(i))) worded = true;
    i--;
  }
  // `Enam perancang busana tersebut, antara lain Rudy Chandra, ...`: a two-word introducer, and a demonstrative and a
  // comma closing the description before it.
  if (!worded && i - 1 >= floor && v.text(i) === 'lain' && v.lower(i - 1) === 'antara') {
    worded = true;
    i -= 2;
    if (i >= floor && v.text(i) === ',') i--;
    if (i - 1 >= floor && kindOf(v, i) === 'demonstrative') i--;
  }
  if (i < floor) return null;
  // `Firli sebagai Ketua dan empat wakil ketua yaitu Nawawi Pomolango, Lili ...`, `tiga tersangka yakni A, B dan C`: a
  // description before a worded introducer is the role of every name of the list.
  // Only a list of bare names: items with their own description (`Korban tewas yakni Agus (30) warga RT 03, ...`,
  // `Satimun sopir ambulans`) are described one by one.
  if (worded && !v.isCapitalized(i) && !v.text(i).endsWith('nya') && bareListItem(v, prefixStart)) {
    return roleBeforeName(v, i + 1, floor, isOtherPerson, undefined, true);
  }
  if (possessiveWord(v, i)) return { tokStart: i, tokEnd: i + 1, rule: 'before-name' };
  // `Dua pemain Persib Bandung Omid Nazari dan Febri Hariyadi`, `dua pemain Persib, Omid Nazari dan Febri Hariyadi`: a
  // plural description before the list's first name (which reads it itself, `listFollows`) is every name's role.
  // Not for a name with a description of its own after it (`... dan Budi Santoso warga Desa Sukamaju`).
  if (walked + 1 < prefixStart && walked >= floor && /\p{L}/u.test(v.text(walked)) && !ownDescriptionFollows(v, prefixStart)) {
    let first = walked + 1;
    while (first < prefixStart && first - walked <= 2 && !isOtherPerson(first)) first++;
    const role = first < prefixStart && isOtherPerson(first) ? roleBeforeName(v, first, floor, isOtherPerson, undefined, true) : null;
    if (role && role.tokStart - 1 >= floor && rolePluralWords().has(v.lower(role.tokStart - 1))) return role;
  }
  return null;
}

/**
 * True when token i is a relation or title head with `-nya` (`istrinya`, `rekannya`, `asistennya`), in lower case or
 * capitalised where it opens a sentence (`Suaminya, Yehezkiel (33) ...`, `Pendirinya Abid Omar ...`).
 */
function possessiveWord(v: TokenView, i: number): boolean {
  const t = v.text(i);
  if ((v.isCapitalized(i) && !opensSentence(v, i)) || !t.endsWith('nya') || t.length < 6) return false;
  const k = titleKind(t.slice(0, -3));
  return k !== undefined && (HEADS.has(k) || k === 'relation');
}

/**
 * True when token i opens a sentence: only punctuation before it in its sentence, or a full stop among the
 * punctuation right before it (CLICK-ID glues paragraphs as `Amplas.,Suaminya, ...`, read as one sentence).
 */
function opensSentence(v: TokenView, i: number): boolean {
  const s = v.sentenceStart(i);
  let j = i - 1;
  for (; j >= s && !/[\p{L}\p{N}]/u.test(v.text(j)); j--) if (/^[.!?]$/.test(v.text(j))) return true;
  return j < s;
}

/**
 * True when the person starting at token `start` ends a longer role that is
 * held for them (`Sekretaris Pribadi BJ Habibie`): the word before the name
 * (and its honorifics) is not itself a title head, and a head lies further left.
 */
export function isPossessiveHolder(v: TokenView, start: number, floor: number): boolean {
  const p = honorificPrefixStart(v, start, Math.max(floor, start - 3));
  if (p - 1 < floor) return false;
  const k = kindOf(v, p - 1);
  // A lower-case head alone before the name is held for them (`kata pengacara Kivlan, Tonin Tachta`); a capitalised
  // title is the name's own (`oleh Presiden Joko Widodo, Ganjar ...`).
  if (k && HEADS.has(k) && !v.isCapitalized(p - 1)) return p - 2 < floor || isClauseBoundary(v, p - 2);
  if (k && (HEADS.has(k) || k === 'modifier')) return false;
  // `tersangka berinisial HK, AZ dan AF`: a name a namer introduces is the one the description is, not its holder.
  if (k === 'namer') return false;
  for (let i = p - 1; i >= floor && p - i <= MAX_ROLE_TOKENS; i--) {
    const kk = kindOf(v, i);
    // `Monica ... (Kemitraan), peneliti Auriga Nusantara Iqbal Damanik, Edi Gun dari TuK, ...`: a role after a comma
    // that follows a name or a bracket is an item of a list of people, each with their own; it is held for no one
    // after it (but `Sementara itu, Ketua LPM Yeh Sanih, Made Suwindra` is Made's).
    // Nor is one joined by `dan` to a name before it (`Presiden Turki Recep Tayyip Erdogan dan Presiden Iran Hassan
    // Rouhani, Putin menyerukan`): the last item of a list of office holders, each role its name's own.
    // A lower-case head there is held for the name all the same (`Alberto XP Carlos dan sekretaris pribadi Habibie,
    // Rubijanto`).
    if (kk && HEADS.has(kk)) return !(i - 2 >= floor && (v.text(i - 1) === ',' || (personListJoiners().has(v.text(i - 1)) && v.isCapitalized(i)))
      && (isNameLike(v, i - 2) || v.text(i - 2) === ')'));
    if (endsRole(kk) || (!/\p{L}/u.test(v.text(i)) && v.text(i) !== '(' && v.text(i) !== ')')) return false;
  }
  return false;
}

/**
 * True when token i is a full stop glued to the words on both sides, as in
 * the author line closing an opinion piece (`Ardi Winangun.Direktur Indonesia
 * Political Review (IPR).`): the role follows the name across it.
 */
export function isGluedStop(v: TokenView, i: number): boolean {
  return i > 0 && i + 1 < v.count && v.text(i) === '.' && v.end(i - 1) === v.start(i) && v.end(i) === v.start(i + 1)
    && v.isCapitalized(i + 1) && LETTERS2.test(v.text(i + 1)) && LETTERS2.test(v.text(i - 1));
}

/**
 * True when token i is a hyphen glued between two capitalised words, inside
 * one name the tokenizer split (`Aly-Dayah`, `An-Nuaimy`, `Al-Hilal`).
 */
export function isNameHyphen(v: TokenView, i: number): boolean {
  return i > 0 && i + 1 < v.count && v.text(i) === '-' && v.isCapitalized(i - 1) && v.isCapitalized(i + 1)
    && v.end(i - 1) === v.start(i) && v.end(i) === v.start(i + 1);
}

/** True when token i is a lower-case function word of the title vocabulary (stop, article, linker, demonstrative, namer). */
function isFunctionWord(v: TokenView, i: number): boolean {
  const k = kindOf(v, i);
  return endsRole(k) || k === 'namer';
}

/** True when token i ends a clause or phrase before a role: a stop word, an article, a linker or punctuation. */
function isClauseBoundary(v: TokenView, i: number): boolean {
  const k = kindOf(v, i);
  return k === 'stop' || k === 'article' || k === 'linker' || !/\p{L}/u.test(v.text(i));
}

/**
 * The linker after up to two verb-like words (and fillers) from token i
 * (`dilantik sebagai`, `resmi mengundurkan diri sebagai`), or -1 when there
 * is no verb or no linker after them.
 */
function verbsThenLinker(v: TokenView, i: number, ceiling: number): number {
  let j = i;
  let verbs = 0;
  let adverbs = 0;
  while (j < ceiling && j - i < 5 && !v.isCapitalized(j) && kindOf(v, j) !== 'linker') {
    if (kindOf(v, j) === 'filler') { j++; continue; }
    // `yang pernah menjabat sebagai`, `yang kembali terpilih sebagai`: an adverb of time before the verb or linker.
    if (verbs === 0 && roleLinkerAdverbs().has(v.text(j))) { adverbs++; j++; continue; }
    if (verbs === 2 || !isVerbLike(v.text(j))) break;
    verbs++;
    j++;
  }
  return (verbs > 0 || adverbs > 0) && j < ceiling && kindOf(v, j) === 'linker' ? j : -1;
}

/**
 * A role in apposition after the name: `Zulmi, Kasubag Humas Polres Anambas,
 * mengatakan` or `Edi, warga Rutong, ...`. After a clause-opening preposition
 * (`afterOpener`: `Menurut Budi, ...`) only a phrase closed by punctuation is one. The phrase after the comma must
 * open with a title head (or a modifier and a head), contain no stop word or
 * verb-like word, and end at a comma, a full stop or the sentence end. A
 * bracketed age (`Bambang (45), ...`) between name and comma is skipped.
 */
export function roleInApposition(
  v: TokenView, nameEnd: number, ceiling: number, isOtherPerson: (i: number) => boolean, roleBefore = false,
  afterOpener = false,
): RoleSpan | null {
  let i = nameEnd;
  const aged = v.text(i) === '(' && i + 2 < ceiling && /^\d+$/.test(v.text(i + 1)) && v.text(i + 2) === ')';
  if (aged) i += 3;
  // `Halim Kalla (HK) selaku Presiden Direktur PT BRN`: the initials the article will use for the person sit between
  // the name and the role.
  else if (v.text(i) === '(' && i + 2 < ceiling && INITIALS.test(v.text(i + 1)) && v.text(i + 2) === ')') i += 3;
  // `Firli Bahuri (ketua), Alexander Marwata, ...`: a role in brackets right after the name.
  if (!aged && i === nameEnd && v.text(i) === '(') {
    const br = bracketedRole(v, i, ceiling);
    if (br) return br;
  }
  let rule: RoleSpan['rule'] = 'apposition';
  let glued = false;
  const k0 = i < ceiling ? kindOf(v, i) : undefined;
  if (i < ceiling && v.text(i) === ',') {
    i++;
    // `Bripka Sigit Adrianto, yang bertindak sebagai pembina upacara`: a relative clause naming the role.
    if (i + 1 < ceiling && v.text(i) === 'yang') {
      const j = kindOf(v, i + 1) === 'linker' ? i + 1 : verbsThenLinker(v, i + 1, ceiling);
      if (j >= 0) { i = j; rule = 'linker'; }
    }
  } else if (isGluedStop(v, i)) { i++; ceiling = v.sentenceEnd(i); glued = true; }
  // `Rismawati (54) kakak ipar tersangka`: after a bracketed age, a lower-case description needs no comma.
  else if (aged && k0 && (HEADS.has(k0) || k0 === 'relation') && !v.isCapitalized(i)) { /* apposition */ }
  // `Yogi salah satu anggota BPBD Riau`, `Suhim salah seorang warga ...`: one of a group, no comma needed.
  else if (partitiveEnd(v, i, ceiling) >= 0) { /* apposition */ }
  // `Indra Lesmana mahasiswa Fakultas MIPA Unsri`, `Ben Meiselas kuasa hukum Ricky Garcia`: a lower-case head right
  // after the name, with a word of the description after it, needs no comma either.
  else if (k0 === 'role' && !v.isCapitalized(i) && i + 1 < ceiling && /^\p{L}/u.test(v.text(i + 1)) && !isFunctionWord(v, i + 1)) { /* apposition */ }
  else {
    // `Faisal selaku Kepala ...`, `Bambang yang juga mantan Direktur ...`
    // `Alex yang kembali terpilih sebagai ...`: verbs or adverbs may come between `yang` and the linker.
    if (i + 1 < ceiling && v.lower(i) === 'yang' && (kindOf(v, i + 1) === 'linker' || verbsThenLinker(v, i + 1, ceiling) >= 0)) i++;
    // `Suwoto dilantik sebagai Kades ...`, `Firli Bahuri diputuskan menjadi Ketua KPK`: up to two verbs before the linker,
    // with fillers among them (`Saut resmi mengundurkan diri sebagai ...`).
    // `Agus Suherman (yang) juga menjabat sebagai Plt. Direktur ...`: a linker may come before the verbs too.
    const j = verbsThenLinker(v, i, ceiling);
    const after = j < 0 && i < ceiling && kindOf(v, i) === 'linker' ? verbsThenLinker(v, i + 1, ceiling) : -1;
    if (j >= 0 || after >= 0) i = Math.max(j, after);
    if (!(i < ceiling && kindOf(v, i) === 'linker')) return null;
    rule = 'linker';
  }
  // `yang juga menjabat sebagai`: up to three linkers in a row.
  for (let n = 0; n < 3 && i < ceiling && kindOf(v, i) === 'linker'; n++) i++;
  // `Latuconsina, seorang warga Agats`, `Evgenia yang merupakan seorang akuntan`: an article may open the apposition or
  // follow the linker; the role starts at its head.
  // So may `salah satu` (`Rudy Siregar, salah satu warga Indonesia di Colorado`).
  if (i + 1 < ceiling && kindOf(v, i) === 'article') i++;
  else if (partitiveEnd(v, i, ceiling) >= 0) i = partitiveEnd(v, i, ceiling);
  const start = i;
  let k = i < ceiling ? kindOf(v, i) : undefined;
  if (k === 'modifier' && i + 1 < ceiling) k = kindOf(v, i + 1);
  // `Fitria Sukaesih, salah satu putri Elvy Sukaesih`: after a comma, a word for a son or daughter is kinship too, when
  // words other than the child's place in order follow it (`Thareq, putra ,, mengatakan`: the father's link was dropped).
  let child = false;
  if (!k && rule === 'apposition' && start > nameEnd && v.text(start - 1) !== '(' && !v.isCapitalized(start) && personChildWords().has(v.text(start))) {
    let j = start + 1;
    while (j < ceiling && personKinOrderWords().has(v.text(j))) j++;
    if (j < ceiling && /^\p{L}/u.test(v.text(j))) { k = 'relation'; child = true; }
  }
  // `Hendrayadi Lastiyoso, Marketing & CR Division Head PT Astra International Daihatsu, ...`, `Rinta Asri, Country
  // Marketing Communications Manager`: after a comma, an office written in English words opens with its description,
  // the English head later (role-english-heads.txt).
  if (!(k && (HEADS.has(k) || k === 'relation')) && rule === 'apposition' && start > nameEnd && v.text(start - 1) === ',' && englishTitleAt(v, start, ceiling, isOtherPerson)) k = 'role';
  if (!k || !(HEADS.has(k) || k === 'relation')) return null;
  let depth = 0;
  for (; i < ceiling && i - start < MAX_ROLE_TOKENS; i++) {
    const t = v.text(i);
    // `Rizal (25) warga RT 04 dan Warnu (78) warga RT 01`: a bracketed age belongs to the next person of a list; the
    // role ends at the joiner before that person's name.
    if (t === '(' && depth === 0 && i > start && i + 2 < ceiling && /^\d+$/.test(v.text(i + 1)) && v.text(i + 2) === ')') {
      let j = i - 1;
      while (j > start && v.isCapitalized(j) && /^\p{L}+$/u.test(v.text(j))) j--;
      return j > start && j < i - 1 && isListJoiner(v.lower(j)) ? trimRole(v, start, j, rule) : null;
    }
    if (t === '(') { depth++; continue; }
    if (t === ')') { if (depth === 0) break; depth--; continue; }
    if (depth > 0) continue;
    // `Syafrul, Kepala seksi pengendalian kebakaran, Dinas Kehutanan Sumsel mengatakan`: the office may follow after a comma.
    if (t === ',' && i > start + 1 && officeNameAt(v, i + 1, ceiling)) continue;
    // `Iqbal Subhan Nugraha, dosen Sekolah Tinggi An-Nuaimy, Jakarta.`, `Andi, pembalap asal Bulukumba, Sulawesi
    // Selatan`: the place the description lies in, a known place after a comma, closed by punctuation.
    if (t === ',' && i > start && v.isCapitalized(i - 1) && v.start(i) === v.end(i - 1)) {
      const e = placeEnd(v, i + 1, ceiling);
      if (e > 0 && (e === ceiling || !/\p{L}/u.test(v.text(e)))) { i = e - 1; continue; }
    }
    // `Nani, Kepala Dinas Budaya, Pemuda, dan Olahraga Kabupaten Bekasi, mengatakan`: fields an office's name lists.
    if (t === ',' && i > start + 1 && enumeratedField(v, i, start, ceiling)) continue;
    // A year range stays whole (`periode 2019-2023`), and so does a hyphenated name (`Sekolah Tinggi An-Nuaimy`);
    // other dashes end the phrase.
    if (t === '-' && i > start && i + 1 < ceiling && /^\d+$/.test(v.text(i - 1)) && /^\d+$/.test(v.text(i + 1))) continue;
    if (t === '-' && i > start && i + 1 < ceiling && isNameHyphen(v, i)) continue;
    if (t === ',' || t === '.' || t === ';' || t === ':' || t === '"' || t === '-') break;
    if (isOtherPerson(i)) {
      // `analis pasar senior di Phillip Nova` with the firm read as a person: the role ends before `di`.
      if (i - 1 > start && v.text(i - 1) === 'di') return trimRole(v, start, i - 1, rule);
      // `Iva Lola yang merupakan mantan kekasih Vicky`, `Rina, istri Budi,`: kinship or a lower-case head right before
      // another person is held for them; the role ends with their name.
      // `Thareq Kemal Habibie, putra kedua Habibie,`: kinship with the child's place in order (or a word for a son or
      // daughter opening this role) right before the other person is held for them as well.
      // `Albert Varela selaku manajer personal Martin`: a lower-case head and the lower-case words describing it, right
      // before the other person, are held for them as a head alone is.
      // `Sri Sumarni, ibunda dari Agus Surahman`, `Rafid adalah putra dari Rully Habibie`: so is kinship with `dari`.
      const kp = kinStart(v, i - 1, start) >= 0 || (i - 2 >= start && v.text(i - 1) === 'dari' && kinStart(v, i - 2, start) >= 0) ? 'relation'
        : !afterOpener && heldDescription(v, start, i) && !listContinues(v, i, ceiling, isOtherPerson) ? kindOf(v, start) : kindOf(v, i - 1);
      // `Indra Lesmana mahasiswa Fakultas MIPA Unsri dan mahasiswa Ikhsan ...`: after a joiner, that head is the next
      // person's own; this role ends at the joiner.
      if ((kp === 'relation' || (kp && HEADS.has(kp) && !v.isCapitalized(i - 1))) && i - 2 > start && v.text(i - 2) !== ','
        && isListJoiner(v.lower(i - 2))) return trimRole(v, start, i - 2, rule);
      if (kp === 'relation' || (kp && HEADS.has(kp) && !v.isCapitalized(i - 1))) {
        let j = i;
        while (j < ceiling && isOtherPerson(j)) j++;
        // In a list of people each with a role before the name (`Firli Bahuri, advokat Lili Pintauli Siregar, jaksa
        // Johanis Tanak`), a head before the next name is that name's own.
        const kn = j + 1 < ceiling && v.text(j) === ',' ? kindOf(v, j + 1) : undefined;
        // `Irna Narulita, putra Mulyadi Jayabaya, Muhamad Nabil ...`: a son or daughter before a comma and a name is theirs.
        if (child && j + 1 < ceiling && v.text(j) === ',' && nameFollows(v, j + 1, ceiling, isOtherPerson)) return null;
        if (kp === 'relation' || !(kn && (HEADS.has(kn) || kn === 'modifier'))) return trimRole(v, start, j, rule);
        return null;
      }
      // `Lidia M. Panjaitan, Kepala Divisi Pengawasan Transaksi dan Yayuk Sri Wahyuni, ...`: a joiner before the next
      // name (and its ranks) ends this one's role there.
      let j = i - 1;
      while (j > start && (kindOf(v, j) === 'rank' || kindOf(v, j) === 'honorific')) j--;
      if (j > start + 1 && isListJoiner(v.lower(j)) && v.text(j) !== ',') return trimRole(v, start, j, rule);
      return null;
    }
    if (i > start && fromBody(v, i, ceiling)) continue;
    // `Firli Bahuri sebagai Ketua dan empat wakil ketua yaitu ...`: a joiner before a plural word opens another description.
    if (i > start && t !== ',' && isListJoiner(t) && i + 1 < ceiling && rolePluralWords().has(v.text(i + 1))) break;
    // `spesialis kelalaian medis di Hudgell Solicitors`: a description in lower case goes on to the body it works at;
    // after a capitalised office (`Kapolres Malang di Mapolres Malang`) `di` tells where the words were said.
    if (i > start && v.text(i) === 'di' && fromBody(v, i, ceiling, 'di') && lowerCaseRun(v, start, i)) continue;
    // `Frederick Aldo Gunardi (FAG), pegawai pada PT Melanton Pratama`, `peneliti pada LIPI`: so does `pada` before a
    // body, named by a word naming its kind or by an acronym (not a day: `pada Senin`).
    if (i > start && v.text(i) === 'pada' && fromBody(v, i, ceiling, 'pada') && lowerCaseRun(v, start, i)
      && (nonPersonNameWords().get(v.lower(i + 1)) === 'ORG' || (v.isAllCaps(i + 1) && v.text(i + 1).length >= 2))) continue;
    // So does an office (`Christophe Bahuet, Direktur UNDP di Indonesia, mengatakan`, `Direktur Rumah Sakit Ahalya di
    // Kothapet menuturkan`) when the sentence goes on after the place, not with the day and date the words were said
    // (`Kepala Eksekutif LPS di Jakarta, Jumat (13/9/2019)`) nor ending there.
    if (i > start && v.text(i) === 'di' && fromBody(v, i, ceiling, 'di') && placeOfOffice(v, i + 1, ceiling)) continue;
    const kk = kindOf(v, i);
    // A stop word or a verb ends the phrase: `Edi, warga Rutong mengatakan ...`; not one describing the office right
    // after its head (`Eduardo Almeida, pelatih baru Semen Padang, ...`).
    if (kk === 'stop' && i > start && headAdjective(v, i, ceiling)) continue;
    // `Dimas, pembalap yang pernah ditempa dalam Astra Honda Racing Team (AHRT), ...`: after a comma, a relative clause
    // closed by punctuation is part of the lower-case description it restricts (after a capitalised office, `Ketua
    // Garnita NasDem Melawi yang sejak awal ...`, it only comments).
    // Not after `Menurut Budi,` or `Menurut ahli keuangan William,` (the noun phrase there is the main clause's subject).
    if (t === 'yang' && rule === 'apposition' && !afterOpener && i > start && v.text(start - 1) === ',' && !v.isCapitalized(start)
      && !opensWithOpener(v, nameEnd)) {
      const e = relativeClauseEnd(v, i + 1, ceiling, isOtherPerson);
      if (e > 0) { i = e; break; }
    }
    if (endsRole(kk)) break;
    // `bocah berusia tujuh tahun asal Kabupaten Kuningan`: an age goes on with the description.
    if (!v.isCapitalized(i) && !kk && isVerbLike(t)) {
      const e = roleAgeWords().get(t) === 'verb' ? ageEnd(v, i + 1, ceiling) : -1;
      if (e < 0) break;
      i = e - 1;
    }
  }
  if (i - start >= MAX_ROLE_TOKENS) return null;
  // After `Menurut Susanto,` the main clause follows: a phrase that runs into a word (`anggota TNI dari Kodim ...
  // mengamankan`) is its subject, not an apposition; only a comma closes one (`Menurut Budi, warga Rutong, ...`).
  if (afterOpener && rule === 'apposition' && i < ceiling && !v.isCapitalized(i) && /^\p{L}/u.test(v.text(i))) return null;
  // An author line runs to its end (`Ardi Winangun.Direktur ... (IPR).`); a comma there opens another person's
  // phrase (`kata Argo.Kapolres Pelabuhan Tanjung Priok, AKBP Reynold ...`).
  if (glued && i < ceiling && v.text(i) === ',') return null;
  // In a list of officials written role first (`Kapolda Maluku Utara, Brigjen Pol Suroto, Kajati Maluku Utara, Wisnu
  // Baroto, ...`), a role after a name that already has one before it and followed by a comma and another person's name
  // is that person's role, not this one's apposition. Lists written name first (`Budi, Kapolres X, Ani, ...`) keep it.
  if (roleBefore && rule === 'apposition' && i < ceiling && v.text(i) === ',' && nameFollows(v, i + 1, ceiling, isOtherPerson)) return null;
  // So is a son or daughter followed by a comma and a name (`Irna Narulita, putra Mulyadi Jayabaya, Muhamad Nabil`).
  if (child && i < ceiling && v.text(i) === ',' && nameFollows(v, i + 1, ceiling, isOtherPerson)) return null;
  // A son or daughter of no one named is no role (`Siti, putri dari wapres ...` ends at `dari`).
  if (child) {
    let j = start + 1;
    while (j < i && personKinOrderWords().has(v.text(j))) j++;
    if (j >= i) return null;
  }
  // So is one followed by the next item's role (`Kepala Dinas Perhubungan Syafrin Liputo, Kepala Dinas Lingkungan Hidup
  // Andono Warih, dan Kepala Dinas Kehutanan Suzi ...`, with the middle name missed by the tagger).
  if (roleBefore && rule === 'apposition' && v.isCapitalized(start) && i < ceiling && v.text(i) === ',' && roleFollows(v, i + 1, ceiling)) return null;
  return trimRole(v, start, i, rule);
}

const HAS_LETTER = /\p{L}/u;
/** A word, or a figure, possibly hyphened: what a relative clause inside a description is made of besides brackets. */
const CLAUSE_WORD = /^[\p{L}\p{N}][\p{L}\p{N}-]*$/u;

/** Most tokens looked back from a name for the start of its sentence (`Menurut ahli keuangan forensik William T Ackerman`). */
const MAX_OPENER_LOOKBACK = 12;

/** True when the sentence of token i opens with a one-word clause opener (`Menurut`, `Selain`: person-clause-openers.txt). */
function opensWithOpener(v: TokenView, i: number): boolean {
  // A full stop before a paragraph break written as a comma (`... dolar AS. ,Menurut ...`) opens a sentence too.
  const floor = v.sentenceStart(i);
  let s = i;
  while (s > floor && i - s < MAX_OPENER_LOOKBACK && v.text(s - 1) !== '.') s--;
  while (s < i && !HAS_LETTER.test(v.text(s))) s++;
  const w = v.lower(s);
  return (personClauseOpeners().get(w) ?? []).some((p) => p.length === 1);
}

/** Most tokens of a relative clause inside a description after a name (`yang pernah ditempa dalam ... (AHRT)`: 9). */
const MAX_RELATIVE_TOKENS = 10;

/**
 * The closing comma or full stop of a relative clause opening at token i (after its `yang`) inside a description, or
 * -1: words and brackets only, no other person, no second `yang`, not opening with a namer (`yang bernama ...`). A
 * linker anywhere in it (`yang juga Ketua RT`, `yang saat ini menjadi anggota DPR RI`, `yang kini jadi komentator`: a
 * second role, read elsewhere), a reporting or stance verb (`Yono, pengendara ... yang kerap melintas di jalan tersebut
 * mengatakan, ...`: the main clause's), a definition (`ialah`), a capitalised rank (a street named after one: `Jalan
 * Letda Sujono`) or a comma spaced off the word before it (a dropped link: `mantan ketua ,,`) leaves the clause out.
 */
function relativeClauseEnd(v: TokenView, i: number, ceiling: number, isOtherPerson: (i: number) => boolean): number {
  if (i >= ceiling || v.isCapitalized(i)) return -1;
  if (kindOf(v, i) === 'namer') return -1;
  for (let j = i; j < ceiling && j - i <= MAX_RELATIVE_TOKENS; j++) {
    const t = v.text(j);
    if (t === ',' || t === '.') return j > i && v.start(j) === v.end(j - 1) ? j : -1;
    const kj = kindOf(v, j);
    if (isOtherPerson(j) || t === 'yang' || roleRelativeClauseStops().has(t) || kj === 'linker' || kj === 'rank' || quoteCues().has(t)
      || (t !== '(' && t !== ')' && !CLAUSE_WORD.test(t))) return -1;
  }
  return -1;
}

/** Most words of a role written in brackets after a name (`(wakil ketua)`, `(Kapolres Bogor)`). */
const MAX_BRACKET_ROLE_WORDS = 6;

/**
 * The role in the brackets opening at token `open` (`Firli Bahuri (ketua)`):
 * a title head (or a modifier and a head) then words, up to the closing bracket; null when it holds anything else.
 */
function bracketedRole(v: TokenView, open: number, ceiling: number): RoleSpan | null {
  let k = open + 1 < ceiling ? kindOf(v, open + 1) : undefined;
  if (k === 'modifier' && open + 2 < ceiling) k = kindOf(v, open + 2);
  if (!k || !HEADS.has(k)) return null;
  for (let j = open + 1; j < ceiling && j - open <= MAX_BRACKET_ROLE_WORDS + 1; j++) {
    if (v.text(j) === ')') return j > open + 1 ? { tokStart: open + 1, tokEnd: j, rule: 'apposition' } : null;
    if (!/^\p{L}+$/u.test(v.text(j))) return null;
  }
  return null;
}

/**
 * The end of `salah satu` or `salah seorang` (one of) opening at token i, followed by at least one more token before
 * `ceiling`; -1 when there is none. `Salah` is read capitalised only where a sentence opens (`opensSentence`).
 */
function partitiveEnd(v: TokenView, i: number, ceiling: number, opensSentence = false): number {
  const salah = opensSentence ? v.lower(i) : v.text(i);
  return i + 2 < ceiling && salah === 'salah' && (v.text(i + 1) === 'satu' || v.text(i + 1) === 'seorang') ? i + 2 : -1;
}

/** Most fields after a comma in the list an office's name makes (`Energi, Sains, Teknologi, Lingkungan, dan ...`). */
const MAX_FIELD_TOKENS = 12;

/**
 * True when the comma at token i separates the fields listed in an office's name (`Dinas Pendidikan, Kepemudaan dan
 * Olahraga`, `Menteri Energi, Sains, Teknologi, Lingkungan, dan Perubahan Iklim`): a capitalised word before it, and
 * after it capitalised words and commas only, none opening an office (`officeOpens`), up to a lower-case `dan` or
 * `serta` before a capitalised word that is no title word, all within [from, to).
 */
function enumeratedField(v: TokenView, i: number, from: number, to: number): boolean {
  if (i - 1 < from || !v.isCapitalized(i - 1) || !/^\p{L}/u.test(v.text(i - 1))) return false;
  // Whether every field between is one word that is no title word (`Data, Informasi, dan Humas BNPB`).
  let oneWordFields = true;
  for (let j = i + 1; j + 1 < to && j - i <= MAX_FIELD_TOKENS; j++) {
    const t = v.text(j);
    if (t !== ',' && isListJoiner(t)) {
      if (!v.isCapitalized(j + 1) || !/^\p{L}/u.test(v.text(j + 1))) return false;
      // `Kepala Pusat Data, Informasi, dan Humas BNPB`, `Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat`: after
      // one-word fields, a title word heading no office of its own (`Humas`, not `Kepala Dinas`) is the last field.
      // (Before a serial comma, the field before it counts: `Informasi, dan`.)
      const fieldBefore = j > i + 1 || (i - 2 >= from && v.text(i - 2) === ',' && !v.titleKind(i - 1));
      return !v.titleKind(j + 1)
        || (oneWordFields && fieldBefore && !HEADS.has(v.titleKind(j + 2) ?? 'stop') && officeBeforeFields(v, i, from));
    }
    if (t === ',') continue;
    if (!v.isCapitalized(j) || !/^\p{L}+$/u.test(t) || officeOpens(v, j, to)) return false;
    if (v.titleKind(j) || (v.text(j + 1) !== ',' && !isListJoiner(v.text(j + 1)))) oneWordFields = false;
  }
  return false;
}

/** Most capitalised words between an office's head and the first field its name lists (`Kepala Pusat Data, ...`). */
const MAX_FIELD_HEAD_GAP = 3;

/**
 * True when the one-word fields listed up to the comma at token i follow an office's head within a few capitalised
 * words (`Kepala Pusat Data, Informasi, dan ...`, `Direktur Penyuluhan, Pelayanan, dan ...`), not a body, a place or a
 * clause (`menggugat Pemprov DKI, BBWSCC, dan Presiden ...`, `dari Jerman, Perancis, Inggris dan Kepala ...`).
 */
function officeBeforeFields(v: TokenView, i: number, from: number): boolean {
  let f = i - 1;
  while (f - 2 >= from && v.text(f - 1) === ',' && v.isCapitalized(f - 2) && /^\p{L}+$/u.test(v.text(f - 2)) && !v.titleKind(f - 2)) f -= 2;
  for (let h = f - 1; h >= from && h >= f - MAX_FIELD_HEAD_GAP; h--) {
    if (!v.isCapitalized(h) || !/^\p{L}+$/u.test(v.text(h))) return false;
    if (HEADS.has(v.titleKind(h) ?? 'stop')) return true;
  }
  return false;
}

/**
 * True when a title word at token j opens an office of its own (`Kepala Dinas B`): a title word followed by another
 * capitalised word (a modifier, by a head: `Wakil Ketua`). A title word alone (`Pemuda,` in `Dinas Budaya, Pemuda, dan
 * Olahraga`) is a field, and so is a modifier before a word that is no head (`Tenaga Honorer`).
 */
function officeOpens(v: TokenView, j: number, to: number): boolean {
  const k = v.titleKind(j);
  if (k === undefined || j + 1 >= to || !v.isCapitalized(j + 1) || !/^\p{L}/u.test(v.text(j + 1))) return false;
  // `Forum Guru Honorer, Tenaga Honorer, dan Honorer Swasta`: a modifier opens an office only before a head.
  return k !== 'modifier' || HEADS.has(v.titleKind(j + 1) ?? 'stop');
}

/**
 * The description opening the sentence whose `adalah` stands right before the name at `prefixStart` (`Pencipta padel
 * yang pertama adalah Enrique Corcuera`, `Salah satu warga yang memprotes pembangunan jembatan tersebut adalah Moch
 * Aminullah`): from a title head (or a modifier and a head; `Salah satu` before it is left out) to `adalah`, with no
 * comma and no other person in it; null when the sentence opens otherwise or the name opens a list (`... adalah A, B
 * dan C`).
 */
function definedAs(v: TokenView, prefixStart: number, floor: number, isOtherPerson: (i: number) => boolean): RoleSpan | null {
  const a = prefixStart - 1;
  let s = floor;
  while (s < a && !/[\p{L}\p{N}]/u.test(v.text(s))) s++;
  if (partitiveEnd(v, s, a, true) >= 0) s += 2;
  const h = kindOf(v, s) === 'modifier' ? s + 1 : s;
  const k = h < a ? kindOf(v, h) : undefined;
  if (!k || !HEADS.has(k) || a - s > MAX_ROLE_TOKENS) return null;
  for (let j = s; j < a; j++) if (isOtherPerson(j) || v.text(j) === ',' || v.text(j) === '"') return null;
  if (listFollows(v, prefixStart, isOtherPerson) || bareListItem(v, prefixStart) && v.text(nameRunEnd(v, prefixStart)) === ',') return null;
  return { tokStart: s, tokEnd: a, rule: 'before-name' };
}

/** The token after the capitalised words opening at token `start` (a name and its honorifics). */
function nameRunEnd(v: TokenView, start: number): number {
  let j = start;
  while (j < v.count && j - start <= MAX_NAME_WORDS + 2 && v.isCapitalized(j) && /\p{L}/u.test(v.text(j))) j++;
  return Math.min(j, v.count - 1);
}

/** Most rank, honorific or bracketed tokens read before a following name (`Kolonel Laut (P) Whisnu`). */
const MAX_NAME_PREFIX_TOKENS = 5;

/**
 * True when another person's name opens at token i, possibly after ranks and
 * honorifics, a capitalised word continuing a rank (`Kolonel Laut`) and a
 * short bracketed corps mark (`(P)`).
 */
function nameFollows(v: TokenView, i: number, ceiling: number, isOtherPerson: (i: number) => boolean): boolean {
  let afterRank = false;
  for (let n = 0; i < ceiling && n <= MAX_NAME_PREFIX_TOKENS; n++) {
    if (isOtherPerson(i)) return true;
    const k = kindOf(v, i);
    if (k === 'rank' || k === 'honorific') { afterRank = true; i++; continue; }
    if (afterRank && v.text(i) === '(' && i + 2 < ceiling && v.text(i + 2) === ')' && /^\p{Lu}{1,3}$/u.test(v.text(i + 1))) { i += 3; continue; }
    if (afterRank && v.isCapitalized(i) && /^\p{L}+$/u.test(v.text(i))) { i++; continue; }
    return false;
  }
  return false;
}

/** True when a capitalised title head (or modifier and head) opens at token i, possibly after a word joiner: the next item of a list. */
function roleFollows(v: TokenView, i: number, ceiling: number): boolean {
  if (i < ceiling && v.text(i) !== ',' && isListJoiner(v.text(i))) i++;
  if (i < ceiling && kindOf(v, i) === 'modifier') i++;
  const k = i < ceiling && v.isCapitalized(i) ? kindOf(v, i) : undefined;
  return k !== undefined && HEADS.has(k);
}

/**
 * True when an office's name of two or more capitalised words opens at
 * token i (`Dinas Kehutanan Sumsel`), led by a word naming a body and
 * followed by punctuation, the sentence end or a verb or stop word.
 */
function officeNameAt(v: TokenView, i: number, ceiling: number): boolean {
  if (i >= ceiling || !v.isCapitalized(i) || nonPersonNameWords().get(v.lower(i)) !== 'ORG') return false;
  let j = i + 1;
  while (j < ceiling && v.isCapitalized(j) && /\p{L}/u.test(v.text(j))) j++;
  if (j - i < 2 || j >= ceiling) return j - i >= 2;
  const t = v.text(j);
  const k = kindOf(v, j);
  return !/\p{L}/u.test(t) || k === 'stop' || isVerbLike(t);
}

/**
 * Drop connectors and unmatched brackets at the edges of a role, and end it
 * before a rank that opens the name phrase (`Kapolda NTB Irjen Pol ...`); a
 * rank word right after a title head is part of the title (`Sekretaris Jenderal`).
 */
function trimRole(v: TokenView, s: number, e: number, rule: RoleSpan['rule']): RoleSpan | null {
  for (let i = s + 1; i < e; i++) {
    const prev = kindOf(v, i - 1);
    if (kindOf(v, i) === 'rank' && v.isCapitalized(i) && !(prev && HEADS.has(prev))) { e = i; break; }
  }
  // An invisible format character (a left-to-right mark pasted from a web page) is no part of it either.
  while (e > s && (kindOf(v, e - 1) === 'connector' || v.text(e - 1) === '(' || v.text(e - 1) === ',' || /^\p{Cf}+$/u.test(v.text(e - 1)))) e--;
  // `juru taktik pertama yang mengalami kekalahan`: an ordinal the words after the role restrict is left out.
  if (e - s >= 2 && e < v.count && roleOrdinalWords().has(v.text(e - 1)) && LOWER_WORD.test(v.text(e))) e--;
  let open = 0;
  for (let i = s; i < e; i++) {
    const t = v.text(i);
    if (t === '(') open++;
    else if (t === ')') open--;
  }
  if (open !== 0) return null;
  return e > s ? { tokStart: s, tokEnd: e, rule } : null;
}

/** Most words of a place name read after a comma in a role (`Nusa Tenggara Timur`, `Kabupaten Nias Selatan`). */
const MAX_PLACE_WORDS = 4;

/**
 * The end of the longest known place (`data/id/places-*.txt`: provinces, regencies, districts, countries, world
 * cities) of capitalised words opening at token s before `limit` (`Sumatera Utara`, `Jakarta`), or -1.
 */
export function placeEnd(v: TokenView, s: number, limit: number): number {
  let name = '';
  let best = -1;
  for (let j = s; j < limit && j - s < MAX_PLACE_WORDS && v.isCapitalized(j) && /^\p{L}+$/u.test(v.text(j)); j++) {
    name = name ? `${name} ${v.lower(j)}` : v.lower(j);
    if (loadPlaces().has(name)) best = j + 1;
  }
  return best;
}

/** The first comma at or after token s before `limit`, or `limit`. */
function nextComma(v: TokenView, s: number, limit: number): number {
  let j = s;
  while (j < limit && v.text(j) !== ',') j++;
  return j;
}

/**
 * True when the lower-case stop word at token i describes the office of the title head right before it (`pelatih
 * baru Semen Padang`, `Ketua sementara DPRD`; `role-head-adjectives.txt`): followed by a capitalised word, a comma or
 * `limit`, not by more of a clause (`pelatih baru tiba`, `baru saja`).
 */
function headAdjective(v: TokenView, i: number, limit: number): boolean {
  if (i < 1 || !roleHeadAdjectives().has(v.text(i))) return false;
  const kp = kindOf(v, i - 1);
  if (!kp || !HEADS.has(kp)) return false;
  return i + 1 >= limit || v.text(i + 1) === ',' || (v.isCapitalized(i + 1) && /^\p{L}/u.test(v.text(i + 1)));
}

/**
 * The first token of kinship ending at token i that is held for the person named right after i: a relation or a word
 * for a son or daughter (`putri`), optionally followed by the child's place in
 * order (`putra kedua`, `anak sulung`; person-kin-order-words.txt) and one capitalised title of the holder (`putra
 * sulung Presiden Jokowi`); -1 when there is none.
 */
function kinStart(v: TokenView, i: number, floor: number): number {
  let j = i;
  if (j > floor && v.isCapitalized(j) && HEADS.has(kindOf(v, j) ?? 'stop')) j--;
  if (j > floor && personKinOrderWords().has(v.text(j))) j--;
  return j >= floor && (kindOf(v, j) === 'relation' || personChildWords().has(v.lower(j))) ? j : -1;
}
