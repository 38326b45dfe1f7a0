/** Display helpers shared by the views. */

/** `2019-09-10T09:57:00+07:00` → `10 Sep 2019 09.57` in the interface language, the day alone for a date. */
export function formatPublished(s: string | null | undefined, lang: string): string {
  if (!s) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (day) {
    const d = new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!));
    return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
  }
  const t = Date.parse(s);
  if (!Number.isFinite(t)) return s;
  // The local time printed in the article's own offset would need a zone database; the day and time as written are what readers expect.
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(s);
  return m ? `${formatPublished(m[1], lang)} ${m[2]}` : s;
}

/** Only http(s) links are ever put in an href: a `javascript:` URL in stored metadata stays text. */
export function safeUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
