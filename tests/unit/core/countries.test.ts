import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countriesIn, countryAfter, countryBefore, countryOf } from '../../../src/core/matcher/countries';

/** countryBefore as it was before its pre-check and its reading in code: the regex on every call. */
function byRegexAlone(text: string, at: number): string | undefined {
  const m = /((?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*)(?:(?:['’]s?)?\s+|\s\()$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const code = countryOf(words.slice(i).join(' '));
    if (code) return code;
  }
  return undefined;
}

describe('countryBefore', () => {
  it('finds the country right before a name', () => {
    expect(countryBefore("North Korea's RGB", 14)).toBe(countryOf('North Korea'));
    expect(countryBefore('the Georgian SSG', 13)).toBe(countryOf('Georgian'));
    expect(countryBefore('North Korea (RGB)', 13)).toBe(countryOf('North Korea'));
    expect(countryBefore('Ukraine’s SBU', 10)).toBe(countryOf('Ukraine'));
    expect(countryBefore('the agency of the SBU', 18)).toBeUndefined();
  });

  it('reads the same country as the regex alone, its pre-check and its words read in code (property)', () => {
    const word = fc.constantFrom('the', 'of', 'North', 'Korea', 'Korea\'s', 'Korea’s', 'Iran', 'Iran\'', 'U.S.', 'China', 'Chinese', 'georgian', 'Georgian', 'xKorea', '(', 'Россия', 'Россия\'s', 'said', 'New', 'Zealand', 'Zealand\'s', 's', '\'s');
    const sep = fc.constantFrom(' ', '  ', '\u00a0', '\t', '\n', '', ' (');
    fc.assert(fc.property(fc.array(fc.tuple(word, sep), { maxLength: 6 }), (parts) => {
      const text = `${parts.map(([w, s]) => w + s).join('')}NSA`;
      const at = text.length - 3;
      expect(countryBefore(text, at)).toBe(byRegexAlone(text, at));
    }), { numRuns: 3000 });
  });
});

describe('Arabic country words', () => {
  it('reads names and adjectives, with a clitic joined before them or not, and two-word names whole', () => {
    const t = 'في مصر والأردن، وبإيران، والحكومة السودانية، وكوريا الشمالية لا الجنوبية.';
    expect([...countriesIn(t, 0, t.length)].sort()).toEqual(['EG', 'IR', 'JO', 'KP', 'SD']);
    // a word that only contains a country's letters is none
    const w = 'مصرف ومصريون';
    expect([...countriesIn(w, 0, w.length)]).toEqual([]);
  });
  it('reads the country after a name: its adjective, or "in" and its name', () => {
    const name = 'جهاز المخابرات العامة';
    expect(countryAfter(`${name} المصري`, name.length)).toBe('EG');
    expect(countryAfter(`${name} في السودان`, name.length)).toBe('SD');
    expect(countryAfter(`${name} في كوريا الشمالية`, name.length)).toBe('KP');
    expect(countryAfter(`${name} قال`, name.length)).toBeUndefined();
  });
});
