import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BLOCK_BREAK, BLOCK_BREAK_CODE, foldChar, foldKey, isUnspacedScript, isWordChar, normaliseName, normaliseText } from '../../../src/core/normalise';

/** The folded stream as a string, and the input offset of every kept code unit. */
function norm(text: string): { s: string; map: number[] } {
  const n = normaliseText(text);
  let s = '';
  for (let i = 0; i < n.length; i++) s += String.fromCharCode(n.codes[i]);
  return { s, map: Array.from(n.map.subarray(0, n.length)) };
}

describe('foldKey', () => {
  it('makes spacing, hyphens, case and abbreviation dots irrelevant', () => {
    const key = foldKey('APT28');
    expect(key).toBe('apt28');
    for (const v of ['APT 28', 'apt-28', 'Apt28', 'A.P.T. 28', 'A.P.T.28', 'APT\u00a028', 'APT\u201328', 'APT\u00ad28', ' apt  28 ']) {
      expect(foldKey(v), v).toBe(key);
    }
  });

  it('drops every character that is not a letter or digit', () => {
    expect(foldKey('M.S.S.')).toBe('mss');
    expect(foldKey("Salt Typhoon's")).toBe('salttyphoons');
    expect(foldKey('Salt Typhoon\u2019s')).toBe(foldKey("Salt Typhoon's"));
    expect(foldKey('Storm-0558')).toBe('storm0558');
    expect(foldKey('(TG-4127)')).toBe('tg4127');
    expect(foldKey('...')).toBe('');
  });

  it('strips diacritics of Latin, Greek and Cyrillic letters', () => {
    expect(foldKey('Café Müller')).toBe('cafemuller');
    expect(foldKey('ÉQUIPE')).toBe('equipe');
    expect(foldKey('Ёж')).toBe(foldKey('еж'));
  });

  it('keeps Cyrillic, CJK and Hangul letters (lower-cased where they have case)', () => {
    expect(foldKey('ГРУ')).toBe('гру');
    expect(foldKey('ФСБ России')).toBe('фсброссии');
    expect(foldKey('国家安全部')).toBe('国家安全部');
    expect(foldKey('정찰총국')).toBe('정찰총국');
    expect(foldKey('国家 安全部')).toBe('国家安全部');
  });

  it('is idempotent and case-blind on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const k = foldKey(s);
        expect(foldKey(k)).toBe(k);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdefgxyzABCXYZ019 -.\u00a0\u00ad\u2019'.split('')), maxLength: 30 }), (s) => {
        expect(foldKey(s.toUpperCase())).toBe(foldKey(s.toLowerCase()));
      }),
    );
  });

  // Regression, fixed: foldChar(U+0130 'İ') returns U+0049 'I' (upper case): 'İ'.toLowerCase() is two code units, so the
  // code keeps 'İ', and NFD of 'İ' is 'I' + U+0307, whose base 'I' is returned as is without lower-casing.
  it('folds traditional Chinese characters to simplified ones, and Persian and Arabic-Indic digits to digits', () => {
    expect(foldKey('解放軍戰略支援部隊')).toBe(foldKey('解放军战略支援部队'));
    expect(foldKey('國家安全部')).toBe(foldKey('国家安全部'));
    expect(foldKey('یگان ۸۲۰۰')).toBe(foldKey('یگان 8200'));
    expect(foldKey('٢٦١٦٥')).toBe('26165');
    // a Japanese form that is no traditional Chinese one is left as it is
    expect(foldKey('戦')).not.toBe(foldKey('战'));
  });
  it('folds LATIN CAPITAL LETTER I WITH DOT ABOVE to a lower-case i', () => {
    expect(foldKey('İSTANBUL')).toBe(foldKey('istanbul'));
  });
});

describe('normaliseText', () => {
  it('lower-cases and keeps one output unit per kept input unit', () => {
    const { s, map } = norm('Salt Typhoon');
    expect(s).toBe('salt typhoon');
    expect(map).toEqual([...Array(12).keys()]);
  });

  it('drops soft hyphens and zero-width characters', () => {
    for (const inv of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) {
      const { s, map } = norm(`Fan${inv}cy`);
      expect(s, JSON.stringify(inv)).toBe('fancy');
      expect(map).toEqual([0, 1, 2, 4, 5]);
    }
  });

  it('turns NBSP, other spaces and dashes into one space and collapses runs', () => {
    expect(norm('Fancy\u00a0Bear').s).toBe('fancy bear');
    expect(norm('Fancy\u202fBear').s).toBe('fancy bear');
    expect(norm('Fancy\u3000Bear').s).toBe('fancy bear');
    expect(norm('Storm\u20130558').s).toBe('storm 0558');
    expect(norm('Storm\u20140558').s).toBe('storm 0558');
    expect(norm('Storm\u22120558').s).toBe('storm 0558');
    expect(norm('Storm-0558').s).toBe('storm 0558');
    expect(norm('a \t\n  \u00a0 b').s).toBe('a b');
    // A dash with a space beside it separates instead of joining: "Cytrox – Predator" is a list, not one name.
    expect(norm('Cytrox \u2013 Predator').s).toBe('cytrox \u2014 predator');
    expect(norm('Cytrox - Predator').s).not.toContain('cytrox predator');
    const { map } = norm('a  \u00a0 b');
    expect(map).toEqual([0, 1, 5]); // the first space of the run is the one kept
  });

  it('drops the dots of dotted abbreviations, final dot included', () => {
    expect(norm('M.S.S.').s).toBe('mss');
    expect(norm('the M.S.S. said').s).toBe('the mss said');
    expect(norm('U.S.').s).toBe('us');
    expect(norm('C.I.A').s).toBe('cia');
    expect(norm('N. Korea').s).toBe('n korea');
    expect(normaliseName('N. Korea')).toBe('n korea');
  });

  it('keeps dots that do not end a single-letter token', () => {
    expect(norm('Mr. Smith').s).toBe('mr. smith');
    expect(norm('St. Petersburg').s).toBe('st. petersburg');
    expect(norm('apt28.exe').s).toBe('apt28.exe');
    expect(norm('version 3.5').s).toBe('version 3.5');
    expect(norm('end. Next').s).toBe('end. next');
  });

  it('unifies curly apostrophes and primes to an ASCII apostrophe', () => {
    expect(norm('Salt Typhoon\u2019s').s).toBe("salt typhoon's");
    expect(norm('Salt Typhoon\u2018s').s).toBe("salt typhoon's");
    expect(norm('Salt Typhoon\u02bcs').s).toBe("salt typhoon's");
    expect(normaliseName('Salt Typhoon\u2019s')).toBe("salt typhoon's");
  });

  it('reads a Hebrew acronym the same with gershayim, a curly or a straight double quote', () => {
    expect(norm('\u05e9\u05d1\u05f4\u05db').s).toBe('\u05e9\u05d1"\u05db');
    expect(norm('\u05e9\u05d1\u201d\u05db').s).toBe('\u05e9\u05d1"\u05db');
    expect(normaliseName('\u05e9\u05d1"\u05db')).toBe(norm('\u05e9\u05d1\u05f4\u05db').s);
    expect(norm('\u05e6\u05d4\u05f3\u05dc').s).toBe("\u05e6\u05d4'\u05dc");
  });

  it('strips diacritics from Latin, Greek and Cyrillic', () => {
    expect(norm('Équipe Ñandú Ölçer').s).toBe('equipe nandu olcer');
    expect(norm('Άλφα').s).toBe('αλφα');
  });

  it('keeps Cyrillic, CJK and Hangul as they are (lower-cased Cyrillic)', () => {
    expect(norm('ГРУ').s).toBe('гру');
    expect(norm('国家安全部提醒').s).toBe('国家安全部提醒');
    expect(norm('정찰총국').s).toBe('정찰총국');
  });

  it('folds full-width Latin letters, digits and signs as their ASCII forms, one code unit each', () => {
    expect(norm('ＡＰＴ４１とJPCERT／CC').s).toBe(norm('APT41とJPCERT/CC').s);
    expect(foldChar(0xff21)).toBe(0x61); // Ａ -> a
    expect(foldChar(0xff0d)).toBe(foldChar(0x2d)); // － reads as "-" does
  });

  it('passes BLOCK_BREAK through unchanged and never folds it into a space', () => {
    const { s } = norm(`Salt ${BLOCK_BREAK} Typhoon`);
    expect(s).toBe(`salt ${BLOCK_BREAK} typhoon`);
    expect(foldChar(BLOCK_BREAK_CODE)).toBe(BLOCK_BREAK_CODE);
    expect(isWordChar(BLOCK_BREAK_CODE)).toBe(false);
  });

  it('reuses a scratch buffer without leaking old contents into the result', () => {
    const first = normaliseText('A very long first text, with many characters');
    const second = normaliseText('M.S.S.', first);
    expect(second.length).toBe(3);
    expect(String.fromCharCode(...second.codes.subarray(0, second.length))).toBe('mss');
    expect(Array.from(second.map.subarray(0, 3))).toEqual([0, 2, 4]);
  });

  const interesting = fc.constantFrom(
    ...'aAbBzZ09 .-\'\u2019\u00ad\u200b\u00a0\u2013\u3000\uffffÉéß\u0130ГРУ国家\t\n'.split(''),
  );
  it('maps every kept unit back to a strictly increasing input offset (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: interesting, maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        const n = normaliseText(text);
        expect(n.length).toBeLessThanOrEqual(text.length);
        let prev = -1;
        for (let i = 0; i < n.length; i++) {
          const o = n.map[i];
          expect(o).toBeGreaterThan(prev);
          expect(o).toBeLessThan(text.length);
          prev = o;
          // The kept unit is the fold of the input unit it maps to (dots and spaces are themselves).
          const c = text.charCodeAt(o);
          const f = foldChar(c);
          // ... except a free-standing dash, which reads as a separator no name contains (U+2014).
          if (f === 0x20 && c !== 0x20 && n.codes[i] === 0x2014) continue;
          expect(n.codes[i]).toBe(f);
        }
      }),
    );
  });

  it('never emits two spaces in a row, nor an invisible character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: interesting, maxLength: 60 }), (text) => {
        const { s } = norm(text);
        expect(s).not.toMatch(/ {2}/);
        expect(s).not.toMatch(/[\u00ad\u200b-\u200d\u2060\ufeff]/);
      }),
    );
  });
});

describe('character classes', () => {
  it('isUnspacedScript covers CJK, kana and Hangul only', () => {
    for (const ch of ['国', 'カ', 'ひ', '정']) expect(isUnspacedScript(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of ['a', 'Г', 'é', '1', ' ']) expect(isUnspacedScript(ch.charCodeAt(0)), ch).toBe(false);
  });
  it('isWordChar: letters, digits and marks of any script', () => {
    for (const ch of ['a', 'Z', '5', 'é', 'Г', '国', '\u0301']) expect(isWordChar(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of [' ', '.', '-', '_', '@', '/', '\u00a0', '\u2019']) expect(isWordChar(ch.charCodeAt(0)), ch).toBe(false);
  });
});
