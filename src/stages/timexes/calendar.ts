/**
 * Proleptic Gregorian date arithmetic on plain numbers (no `Date` objects,
 * no time zones): timex values are calendar labels, not instants.
 */

/** A calendar day. */
export interface Ymd { y: number; m: number; d: number }

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DAYS[m - 1]!;
}

/** Whether y-m-d names a real day. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDays({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDays(z: number): Ymd {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function weekday(date: Ymd): number {
  const w = (toDays(date) + 4) % 7; // 1970-01-01 was a Thursday
  return ((w + 7) % 7) || 7;
}

export function addDays(date: Ymd, n: number): Ymd {
  return fromDays(toDays(date) + n);
}

/** Add months, clamping the day to the target month's length. */
export function addMonths(date: Ymd, n: number): Ymd {
  const idx = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(date: Ymd): { y: number; w: number } {
  const days = toDays(date);
  const wd = weekday(date);
  const thursday = fromDays(days - wd + 4);
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

// Zero-padding by hand for the usual small whole numbers: padStart's builtin code is cold at every article
// in the full pipeline. Other numbers take padStart, so every output is what padStart gives.
function pad2(n: number): string {
  if (n >= 0 && n < 100 && (n | 0) === n) return n < 10 ? `0${n}` : `${n}`;
  return String(n).padStart(2, '0');
}
function pad4(n: number): string {
  if (n >= 1000 && n < 10000 && (n | 0) === n) return `${n}`;
  return String(n).padStart(4, '0');
}

export function fmtDay(d: Ymd): string {
  return `${pad4(d.y)}-${pad2(d.m)}-${pad2(d.d)}`;
}
export function fmtMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}
export function fmtYear(y: number): string {
  return pad4(y);
}
export function fmtWeek(d: Ymd): string {
  const { y, w } = isoWeek(d);
  return `${pad4(y)}-W${pad2(w)}`;
}
export function fmtClock(h: number, min: number): string {
  return `${pad2(h)}:${pad2(min)}`;
}

/** Parse `YYYY-MM-DD` into a day, or null. */
export function parseYmd(s: string): Ymd | null {
  // Read by character codes rather than a regular expression: called once per article, where the regex
  // engine's code is cold.
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0 || mo < 0 || d < 0) return null;
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

/** The value of the ASCII digits `s[from, to)`, or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}
