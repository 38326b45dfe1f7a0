import { loadOutlets } from '../../lang/id/outlets.js';
import { loadPlaces } from '../../lang/id/places.js';
import type { DatelineJson } from '../../text/schema.js';

/**
 * Longest dateline head (before the separator) we look at. The longest real
 * ones are `Sukabumi, Jawa Barat (ANTARA News)` and `Washington, D.C. (ANTARA)`
 * (~35 chars); 70 leaves room without letting whole sentences in.
 */
const MAX_HEAD = 70;
/** A city part of more words than this is a phrase, not a place name. */
const MAX_CITY_WORDS = 5;

/** One word of a place name: capitalised (`Jakarta`, `JAKARTA`, `D.C.`, `Kota-Baru`) or a lowercase particle (`de`). */
const CITY_WORD_RE = /^(?:\p{Lu}[\p{L}.'-]*|de|da|do|di|la|el|al|van|von|upon)$/u;

interface Part { start: number; end: number }

/** Trim whitespace (and trailing commas) from a `[start, end)` range of `s`. */
function trimPart(s: string, start: number, end: number): Part {
  while (start < end && /[\s,]/.test(s[start]!)) start++;
  while (end > start && /[\s,]/.test(s[end - 1]!)) end--;
  return { start, end };
}

/** Split `[start, end)` of `s` at commas into trimmed parts. */
function splitCommas(s: string, start: number, end: number): Part[] {
  const parts: Part[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || s[i] === ',') {
      parts.push(trimPart(s, from, i));
      from = i + 1;
    }
  }
  return parts;
}

/** Each comma part is a short run of capitalised words (`Singkil, Aceh`, `Washington, D.C.`). */
function isNameish(s: string, p: Part): boolean {
  if (p.end <= p.start) return false;
  for (const part of splitCommas(s, p.start, p.end)) {
    if (part.end <= part.start) return false;
    const words = s.slice(part.start, part.end).split(/\s+/);
    if (words.length > MAX_CITY_WORDS) return false;
    if (!CITY_WORD_RE.test(words[0]!) || !words.every((w) => CITY_WORD_RE.test(w))) return false;
  }
  return true;
}

/** An upper-case city and a full stop right after the dash (`- JAKARTA. `). */
const CITY_AFTER_RE = /^\s*(\p{Lu}{2,}(?: \p{Lu}{2,}){0,2})\.\s/u;

/** A day/month date closing the city part, as older ANTARA datelines write it: `Jeddah, 27/11 (Antara) -`. */
const DATE_PART_RE = /^\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?$/;

/** The city part without a trailing `, 27/11` date. */
function dropDate(s: string, p: Part): Part {
  const parts = splitCommas(s, p.start, p.end);
  if (parts.length < 2 || !DATE_PART_RE.test(s.slice(parts[parts.length - 1]!.start, parts[parts.length - 1]!.end))) return p;
  return { start: p.start, end: parts[parts.length - 2]!.end };
}

/** Every comma part is a known place (`Sukabumi, Jawa Barat`). */
function isKnownPlace(s: string, p: Part): boolean {
  const places = loadPlaces();
  const parts = splitCommas(s, p.start, p.end);
  return parts.length > 0 && parts.every((q) => q.end > q.start && places.has(s.slice(q.start, q.end).replace(/\s+/g, ' ').toLowerCase()));
}

const isOutlet = (s: string, p: Part): boolean => p.end > p.start && loadOutlets().lookup(s.slice(p.start, p.end)) !== null;

/**
 * `Baru - baru ini` (a reduplication spaced out by tokenised sources) is not
 * the place `Baru` with a dash: the word after the dash repeats the head.
 */
function isReduplication(s: string, head: Part, after: number): boolean {
  const word = s.slice(head.start, head.end).toLowerCase();
  const next = s.slice(after, after + word.length + 2).trimStart().slice(0, word.length).toLowerCase();
  return next === word;
}

/** Where the separator after the head is: `-`, `--`, `—` (folded to `-`) or `:`. */
interface Separator { headEnd: number; end: number; colon: boolean }

function findSeparator(folded: string, text: string, from: number, lineEnd: number): Separator | null {
  const limit = Math.min(lineEnd, from + MAX_HEAD + 4);
  for (let i = from; i < limit; i++) {
    const c = folded[i];
    if (c === '-') {
      let j = i;
      while (j < lineEnd && folded[j] === '-') j++;
      const before = i > from ? folded[i - 1]! : ' ';
      const after = j < lineEnd ? folded[j]! : ' ';
      // `Jakarta-Bandung` is a compound, not a separator: a hyphen needs a space on one side at least;
      // a real dash (`MANCHESTER—Manchester`) or a doubled one never joins a compound.
      const spaced = /[\s)]/.test(before) || /\s/.test(after);
      if (!spaced && j - i === 1 && text[i] === '-') return null;
      if (j - i > 3) return null;
      return { headEnd: i, end: j, colon: false };
    }
    if (c === ':') {
      const after = i + 1 < lineEnd ? folded[i + 1]! : ' ';
      return /\s/.test(after) ? { headEnd: i, end: i + 1, colon: true } : null;
    }
    // Sentence punctuation before any separator: this line opens with prose.
    if (c === '"' || c === '?' || c === '!' || c === ';') return null;
  }
  return null;
}

/**
 * The dateline that opens `text`, or null. Works on the folded text (same
 * offsets) so `–`, `—` and NBSP need no special cases; returns spans and
 * strings of the document text, as written.
 *
 * Recognised shapes (a cascade; the first that fits wins):
 * `CITY (OUTLET) -`, `OUTLET, CITY -`, `CITY, OUTLET -`, `OUTLET -`, `OUTLET, CITY:`
 * (Liputan6), and a bare `CITY -` only when CITY is a known place name and the
 * separator is a dash. Never guesses: anything else is null. The first line is
 * searched, and the second one only when the first is a headline.
 *
 * @example
 * findDateline('TEMPO.CO, Jakarta - Sekjen NATO ...')?.city; // 'Jakarta'
 */
export function findDateline(folded: string, text: string = folded): DatelineJson | null {
  let s = 0;
  while (s < folded.length && /\s/.test(folded[s]!)) s++;
  let lineEnd = folded.indexOf('\n', s);
  if (lineEnd < 0) lineEnd = folded.length;
  const first = datelineAt(folded, text, s, lineEnd);
  if (first || lineEnd >= folded.length || !HEADLINE_RE.test(folded.slice(s, lineEnd))) return first;
  // A plain-text file may open with its headline; the dateline then opens the next line.
  let s2 = lineEnd;
  while (s2 < folded.length && /\s/.test(folded[s2]!)) s2++;
  let end2 = folded.indexOf('\n', s2);
  if (end2 < 0) end2 = folded.length;
  return datelineAt(folded, text, s2, end2);
}

/**
 * A headline: one short line without sentence-final punctuation. Only after
 * such a line is the second line searched for a dateline.
 */
const HEADLINE_RE = /^[^\n]{1,160}[^.!?:;,"'\s-]\s*$/;

function datelineAt(folded: string, text: string, s: number, lineEnd: number): DatelineJson | null {
  if (s >= folded.length || !/\p{L}/u.test(folded[s]!)) return null;
  const sep = findSeparator(folded, text, s, lineEnd);
  if (!sep) return null;
  const head = trimPart(folded, s, sep.headEnd);
  if (head.end - head.start > MAX_HEAD || head.end <= head.start) return null;

  const make = (outlet: Part | null, city: Part | null): DatelineJson => ({
    start: s,
    end: sep.end,
    text: text.slice(s, sep.end),
    outlet: outlet ? text.slice(outlet.start, outlet.end) : null,
    city: city ? text.slice(city.start, city.end) : null,
  });

  // `CITY (OUTLET) -`: ANTARA, Pos Kota, beritajatim.
  if (folded[head.end - 1] === ')') {
    const open = folded.lastIndexOf('(', head.end - 1);
    if (open <= head.start - 1 || open < head.start) return null;
    const inner = trimPart(folded, open + 1, head.end - 1);
    const city = dropDate(folded, trimPart(folded, head.start, open));
    if (city.end <= city.start) return isOutlet(folded, inner) ? make(inner, null) : null;
    if (!isNameish(folded, city)) return null;
    if (isOutlet(folded, inner) || (isKnownPlace(folded, city) && isNameish(folded, inner))) return make(inner, city);
    return null;
  }
  if (folded.slice(head.start, head.end).includes('(')) return null;

  const parts = splitCommas(folded, head.start, head.end);
  if (parts.some((p) => p.end <= p.start)) return null;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (parts.length === 1) {
    if (isOutlet(folded, first)) {
      // Kontan writes the city after the dash: `KONTAN.CO.ID - JAKARTA. Harga emas ...`.
      const m = CITY_AFTER_RE.exec(folded.slice(sep.end, Math.min(lineEnd, sep.end + 40)));
      if (m) {
        const cityStart = sep.end + m[0].indexOf(m[1]!);
        const city = { start: cityStart, end: cityStart + m[1]!.length };
        if (isKnownPlace(folded, city)) return { ...make(first, city), end: city.end + 1, text: text.slice(s, city.end + 1) };
      }
      return make(first, null);
    }
    if (!sep.colon && isNameish(folded, first) && isKnownPlace(folded, first) && !isReduplication(folded, first, sep.end)) return make(null, first);
    return null;
  }
  const rest = (a: Part, b: Part): Part => ({ start: a.start, end: b.end });
  if (isOutlet(folded, first)) {
    const city = rest(parts[1]!, last);
    return isNameish(folded, city) ? make(first, city) : null;
  }
  if (isOutlet(folded, last)) {
    const city = rest(first, parts[parts.length - 2]!);
    return isNameish(folded, city) ? make(last, city) : null;
  }
  if (!sep.colon && isNameish(folded, head) && isKnownPlace(folded, head)) return make(null, head);
  // `Sleman, NU Online -`: an unlisted outlet, recognised by a masthead word, beside a known place.
  if (parts.length === 2 && isKnownPlace(folded, first) && isNameish(folded, last) && loadOutlets().hasMastheadWord(folded.slice(last.start, last.end))) {
    return make(last, first);
  }
  return null;
}
