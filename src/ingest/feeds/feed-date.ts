import { pageDateWords } from '../../lang/id/page-date-words.js';

// RFC 822 as feeds write it, two-digit years included: "Thu, 05 Nov 15 12:58:01 +0700", "… 03:08:58 GMT".
const RFC822 = /(\d{1,2})\s+([A-Za-z]{3,10})\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,4})?/;
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
// Military and North American zone names RFC 822 allows; Indonesian ones come from page-date-words.tsv.
const RFC_ZONES: Record<string, string> = { gmt: '+00:00', ut: '+00:00', utc: '+00:00', z: '+00:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00' };

const pad = (n: number) => String(n).padStart(2, '0');

function offset(z: string | undefined): string | null {
  if (!z) return null;
  if (/^[+-]/.test(z)) return z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
  const lower = z.toLowerCase();
  return RFC_ZONES[lower] ?? pageDateWords().zones.get(lower) ?? null;
}

/**
 * A feed or sitemap date as ISO 8601 keeping the feed's own offset
 * (`2015-11-05T14:56:43+07:00`), or null when unreadable. Two-digit years
 * are taken as 20xx below 70 and 19xx otherwise (RFC 2822 §4.3).
 */
export function parseFeedDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = ISO.exec(value);
  if (iso) {
    if (!iso[4]) return `${iso[1]}-${iso[2]}-${iso[3]}`;
    const off = offset(iso[7]);
    return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${off ?? ''}`;
  }
  const m = RFC822.exec(value);
  if (!m) return null;
  const mo = pageDateWords().months.get(m[2]!.toLowerCase());
  if (!mo) return null;
  let y = +m[3]!;
  if (m[3]!.length === 2) y += y < 70 ? 2000 : 1900;
  const d = +m[1]!;
  const h = +m[4]!;
  if (d < 1 || d > 31 || h > 23) return null;
  const off = offset(m[7]);
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${m[5]}:${m[6] ?? '00'}${off ?? ''}`;
}
