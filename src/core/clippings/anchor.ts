/**
 * Text-quote anchors (W3C Web Annotation TextQuoteSelector): the exact text plus a little context on each
 * side, so a passage can be found again in a page whose markup changed. Pure functions over strings.
 *
 * - createTextQuote(text, start, end): the selector for text[start, end), with up to ANCHOR_CONTEXT
 *   characters of prefix and suffix, never splitting a surrogate pair at the cut.
 * - locateTextQuote(text, selector): where the quote is in `text` now: every occurrence of `exact` is
 *   scored by how much of the prefix and suffix still agree; the best wins (the first on a tie).
 */
import { ANCHOR_CONTEXT, type TextQuoteSelector } from './model';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function createTextQuote(text: string, start: number, end: number, context = ANCHOR_CONTEXT): TextQuoteSelector {
  const s = Math.max(0, Math.min(text.length, Math.floor(start)));
  const e = Math.max(s, Math.min(text.length, Math.floor(end)));
  let ps = Math.max(0, s - context);
  if (ps > 0 && isLow(text.charCodeAt(ps))) ps++; // do not begin with half a pair
  let se = Math.min(text.length, e + context);
  if (se < text.length && isHigh(text.charCodeAt(se - 1))) se--; // do not end with half a pair
  return { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(ps, s), suffix: text.slice(e, se) };
}

/** Length of the common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** The best place of the quote in `text`, or undefined when `exact` no longer occurs. */
export function locateTextQuote(text: string, q: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): { start: number; end: number } | undefined {
  if (!q.exact) return undefined;
  let best: { start: number; end: number; score: number } | undefined;
  for (let i = text.indexOf(q.exact); i >= 0; i = text.indexOf(q.exact, i + 1)) {
    const end = i + q.exact.length;
    const before = text.slice(Math.max(0, i - q.prefix.length), i);
    const after = text.slice(end, end + q.suffix.length);
    const score = commonSuffix(before, q.prefix) + commonPrefix(after, q.suffix);
    if (!best || score > best.score) best = { start: i, end, score };
    if (score === q.prefix.length + q.suffix.length) break; // a perfect fit
  }
  return best && { start: best.start, end: best.end };
}
