import { timexLexicon } from '../../lang/id/timex-lexicon.js';
import { fmtDay, isValidDate } from '../timexes/calendar.js';

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|T)/;
const SLASHED_YMD = /^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const SLASHED_DMY = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;
const WORDS_DMY = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
const WORDS_MDY = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/;
/** English month names and abbreviations seen in feeds and HTTP dates (RFC 2822); Indonesian ones come from data/id. */
const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  return timexLexicon().months.get(w)?.month ?? EN_MONTHS[w] ?? null;
}

function ok(y: number, m: number, d: number): string | null {
  return isValidDate(y, m, d) ? fmtDay({ y, m, d }) : null;
}

/**
 * A publication date as written in metadata → `YYYY-MM-DD`, or null.
 * Accepts ISO dates and date-times (the date as written, without moving it
 * to another zone: a publisher's local date is the article's date),
 * `20190910`, `2019/09/10`, Indonesian day-first `10/9/2019`, and month
 * names in Indonesian or English (`Selasa, 10 September 2019 14:00 WIB`,
 * `Tue, 10 Sep 2019 08:00:00 +0700`, `September 10, 2019`).
 */
export function parsePublished(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let m = ISO.exec(raw) ?? COMPACT.exec(raw) ?? SLASHED_YMD.exec(raw);
  if (m) return ok(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASHED_DMY.exec(raw);
  if (m) return ok(Number(m[3]), Number(m[2]), Number(m[1]));
  m = WORDS_DMY.exec(raw);
  if (m) {
    const mo = monthNumber(m[2]!);
    if (mo) return ok(Number(m[3]), mo, Number(m[1]));
  }
  m = WORDS_MDY.exec(raw);
  if (m) {
    const mo = monthNumber(m[1]!);
    if (mo) return ok(Number(m[3]), mo, Number(m[2]));
  }
  return null;
}
