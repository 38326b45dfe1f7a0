import { isUpperUnit } from './pieces.js';
import { isJsSpace } from '../../text/spaces.js';

/**
 * A pair of double quotation marks: `open` and `close` are the marks'
 * offsets; `openLen`/`closeLen` their lengths (1 for `"`, 2 for the typed
 * `''` or ` `` ` some newsrooms use).
 */
export interface MarkPair { open: number; close: number; openLen: number; closeLen: number }

/** A quotation mark that could not be paired, for a diagnostic. */
export interface StrayMark { at: number; reason: string }

/** A quotation left open this long is unbalanced, not a quote (issue 4: no runaway quotes). */
export const MAX_QUOTE_CHARS = 4000;
/** ... nor may it run over more paragraphs than this. */
export const MAX_QUOTE_PARAGRAPHS = 6;

const OPEN_CURLY = 0x201c;
const CLOSE_CURLY = 0x201d;
const LOW_OPEN = 0x201e;

/** A mark after white space or one of `([,;:-` may open a quote. */
function opensAfter(c: number): boolean { return isJsSpace(c) || c === 40 || c === 91 || c === 44 || c === 59 || c === 58 || c === 45; }
/** A mark before white space or one of `.,;:!?)]-"'` may close one. */
function closesBefore(c: number): boolean {
  return isJsSpace(c) || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 45 || c === 34 || c === 39;
}
function found(at: number): number { return at < 0 ? Infinity : at; }

/** Line breaks in [from, to), as a global `\n\s*` regex counts them: breaks with only white space between count once. */
function paragraphBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
    let k = i - 1;
    while (k >= from && text.charCodeAt(k) !== 10 && isJsSpace(text.charCodeAt(k))) k--;
    if (k < from || text.charCodeAt(k) !== 10) n++;
  }
  return n;
}

/**
 * Pair double quotation marks in the folded text (where curly marks are
 * already `"`), using the original text's curly marks as hints of direction.
 * A quote that runs over several paragraphs, each reopened with a mark and
 * closed only at the end, is one pair. Marks that cannot be paired are
 * reported and never swallow the rest of the article. `cueAt(i)`, when
 * given, tells whether a reporting cue word starts at offset i (a straight
 * mark glued to one after a comma or full stop then closes a quote).
 */
export function pairQuoteMarks(text: string, folded: string, cueAt?: (at: number) => boolean): { pairs: MarkPair[]; stray: StrayMark[] } {
  const pairs: MarkPair[] = [];
  const stray: StrayMark[] = [];
  let open = -1;
  let openLen = 1;
  // The next `"`, `''` and ` `` ` at or after `from`, each searched again only once passed (Infinity: none left).
  const n = folded.length;
  let dq = -1, sq = -1, bt = -1;
  for (let from = 0; ;) {
    if (dq < from) dq = found(folded.indexOf('"', from));
    if (sq < from) sq = found(folded.indexOf("''", from));
    if (bt < from) bt = found(folded.indexOf('``', from));
    const p = Math.min(dq, sq, bt);
    if (p === Infinity) break;
    const backticks = p === bt;
    const len = p === dq ? 1 : 2;
    from = p + len;
    // ` `` ` only opens; `''` opens or closes like `"`, by what surrounds it.
    if (open >= 0) {
      if (p - open > MAX_QUOTE_CHARS || paragraphBreaks(folded, open + 1, p) > MAX_QUOTE_PARAGRAPHS) {
        stray.push({ at: open, reason: 'quotation mark never closed' });
        open = -1;
      }
    }
    const orig = text.charCodeAt(p);
    const prev = folded.charCodeAt(p - 1);
    const next = p + len < n ? folded.charCodeAt(p + len) : -1;
    // `impor tersebut."Safeguard akan ...`: a straight mark glued between a full stop and a capital opens
    // a quote when none is open and closes the open one otherwise (a space lost in the source).
    const glued = orig === 34 && (prev === 46 || prev === 33 || prev === 63) && next >= 0 && isUpperUnit(next);
    const canOpen = orig === OPEN_CURLY || orig === LOW_OPEN || (orig !== CLOSE_CURLY && (p === 0 || opensAfter(prev) || glued) && !(next < 0 || isJsSpace(next)));
    // `...Maluku Utara,"pungkasnya.`: a straight mark glued between a clause mark and a cue word closes
    // the open quote (a space lost in the source); asked only there, so the cue lookup stays rare.
    const gluedCue = open >= 0 && orig === 34 && (prev === 44 || prev === 46 || prev === 33 || prev === 63) && next >= 97 && next <= 122 && cueAt !== undefined && cueAt(p + len);
    const canClose = orig === CLOSE_CURLY || (orig !== OPEN_CURLY && orig !== LOW_OPEN && !(p === 0 || isJsSpace(prev)) && (next < 0 || closesBefore(next) || glued || gluedCue));
    if (open < 0) {
      if (canOpen) { open = p; openLen = len; }
      else stray.push({ at: p, reason: 'closing quotation mark without an opening one' });
      continue;
    }
    if (canClose && !backticks) {
      pairs.push({ open, close: p, openLen, closeLen: len });
      open = -1;
      continue;
    }
    if (canOpen) {
      // A paragraph that reopens a quote left open by the previous one continues it.
      const lineStart = folded.lastIndexOf('\n', p);
      const atParagraphStart = lineStart >= 0 && lineStart > open && /^\s*$/.test(folded.slice(lineStart + 1, p));
      if (atParagraphStart) continue;
      stray.push({ at: open, reason: 'quotation mark never closed' });
      open = p;
      openLen = len;
      continue;
    }
    stray.push({ at: p, reason: 'unexpected quotation mark' });
  }
  if (open >= 0) stray.push({ at: open, reason: 'quotation mark never closed' });
  return { pairs, stray };
}
