import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Automaton, compileAutomaton, type PatternInput } from '../../../src/core/matcher/automaton';
import { base64ToBytes, bytesToBase64 } from '../../../src/core/base64';
import { isUnspacedScript, isWordChar, normaliseText } from '../../../src/core/normalise';
import { joinedEndingAt } from '../../../src/core/matcher/rules';

type Occ = string; // `${start},${end},${value}`

function scanAll(a: Automaton, text: string): Occ[] {
  const out: Occ[] = [];
  a.scanText(text, (s, e, v) => out.push(`${s},${e},${v}`));
  return out;
}

const spacedWord = (c: number) => isWordChar(c) && !isUnspacedScript(c);
/** An occurrence counts where no word of a spaced script runs on into it from before. */
const startsWord = (text: string, s: number) => !(s > 0 && spacedWord(text.charCodeAt(s)) && spacedWord(text.charCodeAt(s - 1)));
/**
 * ... and where no ASCII letter or digit runs on from it, unless it ends in a letter of an unspaced script or at U+1100 or later,
 * or what runs on is a genitive "s" or a Polish or Czech case ending that ends the word ("Säpos", "Pegasusa"): the
 * matcher decides those.
 */
const endsWord = (text: string, e: number) => !(e < text.length && /[A-Za-z0-9]/.test(text[e]) && text.charCodeAt(e - 1) < 0x1100 && !isUnspacedScript(text.charCodeAt(e - 1))) || joinedEndingAt(text, e) > 0;
const endsWordIn = (text: string) => (o: Occ) => endsWord(text, Number(o.split(',')[1]));

/**
 * Brute force: every occurrence of every distinct non-empty key (first value wins for duplicates) that does
 * not start inside a word (the callers drop those that end where an ASCII letter or digit goes on: endsWordIn).
 */
function naive(patterns: PatternInput[], text: string): Occ[] {
  const first = new Map<string, number>();
  for (const p of patterns) if (p.key && !first.has(p.key)) first.set(p.key, p.value);
  const out: Occ[] = [];
  for (const [key, value] of first) {
    for (let s = 0; s + key.length <= text.length; s++) if (text.startsWith(key, s) && startsWord(text, s)) out.push(`${s},${s + key.length},${value}`);
  }
  return out;
}

const sorted = (a: Occ[]) => [...a].sort();

describe('Aho-Corasick automaton', () => {
  it('finds the classic example, he, she, his, hers, where a word starts: not inside "ushers"', () => {
    const pats = ['he', 'she', 'his', 'hers'].map((key, value) => ({ key, value }));
    const a = new Automaton(compileAutomaton(pats));
    expect(scanAll(a, 'ushers')).toEqual([]);
    expect(sorted(scanAll(a, 'ushers she hers'))).toEqual(sorted(['7,10,1', '11,15,3'])); // not "he" inside "hers"
    expect(sorted(scanAll(a, 'he-she his'))).toEqual(sorted(['0,2,0', '3,6,1', '7,10,2']));
  });

  it('starts names in unspaced scripts anywhere, and after any character that is no letter or digit', () => {
    const pats = ['国家安全部', 'apt28', 'mss'].map((key, value) => ({ key, value }));
    const a = new Automaton(compileAutomaton(pats));
    expect(scanAll(a, '中国国家安全部')).toEqual(['2,7,0']);
    expect(scanAll(a, '(APT28)')).toEqual(['1,6,1']);
    expect(scanAll(a, '国APT28')).toEqual(['1,6,1']);
    expect(scanAll(a, 'xAPT28 _apt28 2apt28')).toEqual(['8,13,1']);
    expect(scanAll(a, 'the M.S.S.')).toEqual(['4,9,2']);
    // Thai writes no spaces: a Thai name with Latin letters right after it, and a Latin name inside Thai text
    const thai = new Automaton(compileAutomaton(['สกมช', 'lockbit'].map((key, value) => ({ key, value }))));
    expect(scanAll(thai, 'สกมชABC กลุ่มLockBitโจมตี')).toEqual(['0,4,0', '13,20,1']);
  });

  it('reports a pattern without the joined prefix it skips ("والموساد" is the Mossad after "and")', () => {
    const a = new Automaton(compileAutomaton([{ key: 'الموساد', value: 0 }, { key: 'والموساد', value: 0, skip: 1 }]));
    expect(scanAll(a, 'الموساد والموساد')).toEqual(['0,7,0', '9,16,0']);
  });

  it('finds all overlapping occurrences that start a word, like a brute-force search (property)', () => {
    // Code units the normaliser reads as they are (folding is the next test's subject).
    const alphabet = fc.constantFrom('a', 'b', 'c', '_', 'ж', '国');
    const word = fc.string({ unit: alphabet, minLength: 0, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: fc.oneof(alphabet, fc.constant('x')), maxLength: 60 }),
        (keys, text) => {
          const pats = keys.map((key, value) => ({ key, value }));
          const a = new Automaton(compileAutomaton(pats));
          expect(sorted(scanAll(a, text))).toEqual(sorted(naive(pats, text).filter(endsWordIn(text))));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads page text through the normaliser: the occurrences in normaliseText(text), mapped back (property)', () => {
    // Letters in both cases, accents, dashes, dots of abbreviations, runs of white space, soft hyphens.
    const unit = fc.constantFrom('a', 'b', 'A', 'é', ' ', '  ', '\u00a0', '-', ' - ', '.', 'a.', '\u00ad', '’', 'ж', '国', 'x');
    const key = fc.string({ unit: fc.constantFrom('a', 'b', 'e', ' ', '.', "'", 'ж', '国'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 10 }), fc.string({ unit, maxLength: 50 }), (keys, text) => {
        const pats = keys.map((k, value) => ({ key: k, value }));
        const a = new Automaton(compileAutomaton(pats));
        const norm = normaliseText(text);
        const folded = String.fromCharCode(...norm.codes.subarray(0, norm.length));
        const want = naive(pats, folded).map((o) => {
          const [s, e, v] = o.split(',').map(Number);
          return `${norm.map[s]},${norm.map[e - 1] + 1},${v}`;
        }).filter(endsWordIn(text));
        expect(sorted(scanAll(a, text))).toEqual(sorted(want));
      }),
      { numRuns: 1000 },
    );
  });

  it('reports occurrences in order of their end offset', () => {
    const pats = ['a', 'a a', 'a a a', 'b'].map((key, value) => ({ key, value }));
    const a = new Automaton(compileAutomaton(pats));
    const ends: number[] = [];
    a.scanText('a a a b ab', (_s, e) => ends.push(e));
    expect(ends).toEqual([...ends].sort((x, y) => x - y));
    expect(ends).toEqual([1, 3, 3, 5, 5, 5, 7]); // the last "a" ends inside "ab", and "b" starts inside it
  });

  it('keeps the first value of a duplicate key and skips empty keys', () => {
    const a = new Automaton(compileAutomaton([{ key: 'apt', value: 7 }, { key: '', value: 3 }, { key: 'apt', value: 9 }, { key: 'pt', value: 1 }]));
    expect(a.patterns).toBe(2);
    expect(sorted(scanAll(a, 'apt a-pt'))).toEqual(sorted(['0,3,7', '6,8,1']));
  });

  it('works with no patterns at all', () => {
    const a = new Automaton(compileAutomaton([]));
    expect(a.patterns).toBe(0);
    expect(scanAll(a, 'anything')).toEqual([]);
  });

  it('resets on code units outside the alphabet', () => {
    const a = new Automaton(compileAutomaton([{ key: 'salt typhoon', value: 0 }]));
    expect(scanAll(a, 'salt\uffff typhoon')).toEqual([]);
    expect(scanAll(a, 'salt salt typhoon')).toEqual(['5,17,0']);
  });

  it('round-trips through bytes and base64 and scans the same', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'д', '国'), minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'д', '国', ' '), maxLength: 50 }),
        (keys, text) => {
          const pats = keys.map((key, value) => ({ key, value: value * 1000 }));
          const buf = compileAutomaton(pats);
          const copy = base64ToBytes(bytesToBase64(new Uint8Array(buf))).slice().buffer as ArrayBuffer;
          expect(copy.byteLength).toBe(buf.byteLength);
          expect(new Uint8Array(copy)).toEqual(new Uint8Array(buf));
          const a = new Automaton(buf);
          const b = new Automaton(copy);
          expect(b.states).toBe(a.states);
          expect(b.patterns).toBe(a.patterns);
          expect(scanAll(b, text)).toEqual(scanAll(a, text));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is deterministic: the same patterns give the same bytes', () => {
    const pats = ['apt28', 'apt 28', 'fancy bear', 'mss', 'гру', '国家安全部'].map((key, value) => ({ key, value }));
    expect(new Uint8Array(compileAutomaton(pats))).toEqual(new Uint8Array(compileAutomaton(pats)));
  });

  describe('rejects corrupt buffers', () => {
    const good = compileAutomaton(['apt28', 'fancy bear', 'mss'].map((key, value) => ({ key, value })));

    it('too short', () => {
      expect(() => new Automaton(new ArrayBuffer(0))).toThrow(/too short/);
      expect(() => new Automaton(good.slice(0, 31))).toThrow(/too short/);
    });
    it('wrong magic', () => {
      const b = good.slice(0);
      new Uint32Array(b)[0] ^= 0xff;
      expect(() => new Automaton(b)).toThrow(/unknown format/);
    });
    it('unknown format version', () => {
      const b = good.slice(0);
      new Uint32Array(b)[1] = 99;
      expect(() => new Automaton(b)).toThrow(/unknown format/);
    });
    it('truncated or padded', () => {
      expect(() => new Automaton(good.slice(0, good.byteLength - 4))).toThrow(/size mismatch/);
      const padded = new Uint8Array(good.byteLength + 4);
      padded.set(new Uint8Array(good));
      expect(() => new Automaton(padded.buffer)).toThrow(/size mismatch/);
    });
    it('header counts that do not fit the buffer', () => {
      for (const field of [2, 3, 4, 5]) {
        const b = good.slice(0);
        new Uint32Array(b)[field] += 1;
        expect(() => new Automaton(b), `header[${field}]`).toThrow(/size mismatch|bad transitions/);
      }
    });
    it('random bytes', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 256 }), (bytes) => {
          expect(() => new Automaton(bytes.slice().buffer as ArrayBuffer)).toThrow(/automaton:/);
        }),
      );
    });
  });
});
