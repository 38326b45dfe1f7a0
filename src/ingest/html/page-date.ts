import { pageDateWords } from '../../lang/id/page-date-words.js';

/** A date-time as a page states it: wall-clock fields plus the offset when stated. */
export interface PageDate {
  readonly y: number;
  readonly mo: number;
  readonly d: number;
  readonly h: number | null;
  readonly mi: number | null;
  readonly s: number | null;
  /** `+07:00` style, or null when the page gives no zone. */
  readonly offset: string | null;
}

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?/i;
// "05/11/2015" (day first, as Indonesian pages write it) or "5 November 2015" / "04 November, 2015" / "16 Feb 2016".
const SHOWN_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b|\b(\d{1,2})\s+([A-Za-z]{3,10})\.?,?\s+(\d{4})\b/g;
const SHOWN_TIME = /^[^\d]{0,12}?(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([A-Za-z]{2,4})?/;

const pad = (n: number) => String(n).padStart(2, '0');

function normOffset(z: string | undefined): string | null {
  if (!z) return null;
  if (z.toUpperCase() === 'Z') return '+00:00';
  return z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
}

function valid(p: PageDate): PageDate | null {
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31 || p.y < 1990 || p.y > 2100) return null;
  if (p.h !== null && (p.h > 23 || (p.mi ?? 0) > 59)) return null;
  return p;
}

/** Parse a machine-readable value (ISO 8601, `2016-02-16 09:10:56`, `+0700` offsets). */
export function parseMachineDate(value: string | null | undefined): PageDate | null {
  const m = value ? ISO.exec(value) : null;
  if (!m) return null;
  return valid({
    y: +m[1]!, mo: +m[2]!, d: +m[3]!,
    h: m[4] ? +m[4] : null, mi: m[5] ? +m[5] : null, s: m[6] ? +m[6] : null,
    offset: m[4] ? normOffset(m[7]) : null,
  });
}

/**
 * Find the first date, with its time and zone when they follow within a few
 * characters, in a displayed string such as `Kamis, 05/11/2015 10:08 WIB`
 * or `Rabu, 4 November 2015 | 21:04 WIB`.
 */
export function parseShownDate(text: string): PageDate | null {
  const { months, zones } = pageDateWords();
  SHOWN_DATE.lastIndex = 0;
  for (let m = SHOWN_DATE.exec(text); m; m = SHOWN_DATE.exec(text)) {
    let y: number, mo: number, d: number;
    if (m[1]) {
      d = +m[1]; mo = +m[2]!; y = +m[3]!;
    } else {
      const month = months.get(m[5]!.toLowerCase());
      if (!month) continue;
      d = +m[4]!; mo = month; y = +m[6]!;
    }
    const rest = text.slice(SHOWN_DATE.lastIndex, SHOWN_DATE.lastIndex + 40);
    const t = SHOWN_TIME.exec(rest);
    const zone = t?.[4] ? zones.get(t[4].toLowerCase()) ?? null : null;
    const p = valid({ y, mo, d, h: t ? +t[1]! : null, mi: t ? +t[2]! : null, s: t?.[3] ? +t[3] : null, offset: zone });
    if (p) return p;
  }
  return null;
}

/** ISO 8601 text of a page date: `2015-11-05T10:08+07:00`, seconds only when stated. */
export function formatPageDate(p: PageDate): string {
  let out = `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
  if (p.h === null) return out;
  out += `T${pad(p.h)}:${pad(p.mi ?? 0)}`;
  if (p.s !== null) out += `:${pad(p.s)}`;
  return p.offset ? out + p.offset : out;
}

/** Minutes since the epoch of the wall-clock fields (ignoring the offset). */
function wallMinutes(p: PageDate): number {
  return Date.UTC(p.y, p.mo - 1, p.d, p.h ?? 0, p.mi ?? 0) / 60000;
}

function offsetMinutes(o: string): number {
  const sign = o[0] === '-' ? -1 : 1;
  return sign * (+o.slice(1, 3) * 60 + +o.slice(4, 6));
}

/** Same wall-clock minute, or same instant once both offsets are known. */
export function sameMinute(a: PageDate, b: PageDate): boolean {
  if (a.h === null || b.h === null) return a.y === b.y && a.mo === b.mo && a.d === b.d;
  if (wallMinutes(a) === wallMinutes(b)) return a.offset === null || b.offset === null || a.offset === b.offset;
  if (a.offset && b.offset) return wallMinutes(a) - offsetMinutes(a.offset) === wallMinutes(b) - offsetMinutes(b.offset);
  return false;
}

/** Re-express `p` at another offset (same instant). */
export function atOffset(p: PageDate, offset: string): PageDate {
  if (p.h === null || p.offset === null || p.offset === offset) return { ...p, offset };
  const ms = (wallMinutes(p) - offsetMinutes(p.offset) + offsetMinutes(offset)) * 60000;
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), mi: t.getUTCMinutes(), s: p.s, offset };
}
