import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTextQuote, locateTextQuote } from '../../../src/core/clippings/anchor';
import { ANCHOR_CONTEXT } from '../../../src/core/clippings/model';

const doc = 'Officials said on Tuesday that hackers from APT28, also called Fancy Bear, breached the ministry. Later, APT28 denied it; APT28 always does.';

describe('createTextQuote', () => {
  it('takes the exact text and up to 32 characters on each side', () => {
    const start = doc.indexOf('APT28');
    const q = createTextQuote(doc, start, start + 5);
    expect(q).toEqual({ type: 'TextQuoteSelector', exact: 'APT28', prefix: doc.slice(start - ANCHOR_CONTEXT, start), suffix: doc.slice(start + 5, start + 5 + ANCHOR_CONTEXT) });
    expect(q.prefix).toHaveLength(32);
  });
  it('clamps at the ends of the text and orders bad offsets', () => {
    expect(createTextQuote('abc', 0, 3)).toEqual({ type: 'TextQuoteSelector', exact: 'abc', prefix: '', suffix: '' });
    expect(createTextQuote('abc', -5, 99).exact).toBe('abc');
    expect(createTextQuote('abc', 2, 1).exact).toBe('');
  });
  it('never cuts a surrogate pair in the context', () => {
    const s = '😀'.repeat(40) + 'aXb' + '😀'.repeat(40);
    const i = s.indexOf('X');
    const q = createTextQuote(s, i, i + 1);
    expect(q.prefix).toBe('😀'.repeat(15) + 'a'); // 32 units would start with half a pair: 31
    expect(q.suffix).toBe('b' + '😀'.repeat(15));
    expect(() => encodeURIComponent(q.prefix + q.suffix)).not.toThrow();
  });
});

describe('locateTextQuote', () => {
  it('finds the occurrence whose context agrees, not the first one', () => {
    const second = doc.indexOf('APT28', doc.indexOf('Later'));
    const q = createTextQuote(doc, second, second + 5);
    expect(locateTextQuote(doc, q)).toEqual({ start: second, end: second + 5 });
  });
  it('still finds the quote after the text around it changed a little', () => {
    const start = doc.indexOf('Fancy Bear');
    const q = createTextQuote(doc, start, start + 10);
    const edited = 'UPDATE: ' + doc.replace('also called', 'also known as');
    const at = locateTextQuote(edited, q);
    expect(at && edited.slice(at.start, at.end)).toBe('Fancy Bear');
  });
  it('answers undefined when the quote is gone', () => {
    expect(locateTextQuote(doc, { exact: 'Sandworm', prefix: '', suffix: '' })).toBeUndefined();
    expect(locateTextQuote(doc, { exact: '', prefix: '', suffix: '' })).toBeUndefined();
  });
  it('round-trips: a quote made at any place is located at that place or at an identical one', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 80 }), fc.nat(), fc.nat(), (text, x, y) => {
      if (!text.length) return;
      const s = x % text.length;
      const e = s + 1 + (y % (text.length - s));
      const q = createTextQuote(text, s, e);
      const at = locateTextQuote(text, q)!;
      expect(text.slice(at.start, at.end)).toBe(q.exact);
      const ctx = (p: number, end: number) => text.slice(Math.max(0, p - q.prefix.length), p) + '|' + text.slice(end, end + q.suffix.length);
      expect(ctx(at.start, at.end)).toBe(ctx(s, e));
    }));
  });
});
