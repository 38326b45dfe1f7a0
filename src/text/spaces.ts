/**
 * White space as JavaScript's `\s` reads it, tested one code unit at a time, and names written with single plain
 * spaces: shared by the stages that read or print names (quotes, persons), where a page's no-break spaces or doubled
 * spaces stand between the words of a name.
 */

/** JavaScript's `\s`: white space and line terminators. */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const WS_RUN = /\s+/g;

/** Every run of white space as one space (`AKP  Dede\nIskandar` → `AKP Dede Iskandar`). */
export function collapseSpaces(s: string): string {
  // Most names have single spaces only: then there is nothing to replace.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? s.charCodeAt(i + 1) === 32 || isJsSpace(s.charCodeAt(i + 1)) : isJsSpace(c)) return s.replace(WS_RUN, ' ');
  }
  return s;
}
