/**
 * Bytes of a web page to a string. Pages often lie about their charset
 * (KapanLagi declares ISO-8859-1 and sends UTF-8), so valid UTF-8 wins over
 * any declaration: real Latin-1 text with accents is almost never valid
 * UTF-8, while decoding UTF-8 as Latin-1 silently garbles it (© → Â©).
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });
const CHARSET_META = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** Charset named by a `Content-Type` header value, lower-cased, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*"?([\w-]+)/i.exec(contentType) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Decode page bytes: UTF-8 when they are valid UTF-8, else the charset from
 * the header or a `<meta charset>`, else windows-1252 (which never fails).
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
    const declared = charsetOf(contentType) ?? CHARSET_META.exec(head)?.[1]?.toLowerCase() ?? 'windows-1252';
    let label = declared === 'utf-8' || declared === 'utf8' ? 'windows-1252' : declared;
    try {
      new TextDecoder(label);
    } catch {
      label = 'windows-1252';
    }
    text = new TextDecoder(label).decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
