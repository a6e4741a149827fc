import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Automaton, compileAutomaton, type PatternInput } from '../../../src/core/matcher/automaton';
import { base64ToBytes, bytesToBase64 } from '../../../src/core/base64';

const codesOf = (s: string) => Uint16Array.from(s, (c) => c.charCodeAt(0));

type Occ = string; // `${start},${end},${value}`

function scanAll(a: Automaton, text: string, from = 0, to = text.length): Occ[] {
  const out: Occ[] = [];
  a.scan(codesOf(text), from, to, (s, e, v) => out.push(`${s},${e},${v}`));
  return out;
}

/** Brute force: every occurrence of every distinct non-empty key (first value wins for duplicates). */
function naive(patterns: PatternInput[], text: string, from = 0, to = text.length): Occ[] {
  const first = new Map<string, number>();
  for (const p of patterns) if (p.key && !first.has(p.key)) first.set(p.key, p.value);
  const out: Occ[] = [];
  for (const [key, value] of first) {
    for (let s = from; s + key.length <= to; s++) if (text.startsWith(key, s)) out.push(`${s},${s + key.length},${value}`);
  }
  return out;
}

const sorted = (a: Occ[]) => [...a].sort();

describe('Aho-Corasick automaton', () => {
  it('finds the classic example: he, she, his, hers in "ushers"', () => {
    const pats = ['he', 'she', 'his', 'hers'].map((key, value) => ({ key, value }));
    const a = new Automaton(compileAutomaton(pats));
    expect(sorted(scanAll(a, 'ushers'))).toEqual(sorted(['1,4,1', '2,4,0', '2,6,3']));
  });

  it('finds all overlapping occurrences, like a brute-force search (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'é', '国');
    const word = fc.string({ unit: alphabet, minLength: 0, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: fc.oneof(alphabet, fc.constant('x')), maxLength: 60 }),
        (keys, text) => {
          const pats = keys.map((key, value) => ({ key, value }));
          const a = new Automaton(compileAutomaton(pats));
          expect(sorted(scanAll(a, text))).toEqual(sorted(naive(pats, text)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('scans only codes[from, to) (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.string({ unit: alphabet, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (keys, text, x, y) => {
          const from = text.length ? x % (text.length + 1) : 0;
          const to = from + (y % (text.length - from + 1));
          const pats = keys.map((key, value) => ({ key, value }));
          const a = new Automaton(compileAutomaton(pats));
          expect(sorted(scanAll(a, text, from, to))).toEqual(sorted(naive(pats, text, from, to)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports occurrences in order of their end offset', () => {
    const pats = ['a', 'aa', 'aaa', 'b'].map((key, value) => ({ key, value }));
    const a = new Automaton(compileAutomaton(pats));
    const ends: number[] = [];
    a.scan(codesOf('aaab aa'), 0, 7, (_s, e) => ends.push(e));
    expect(ends).toEqual([...ends].sort((x, y) => x - y));
    expect(ends.length).toBe(3 + 2 + 1 + 1 /* b */ + 1 + 2 + 0);
  });

  it('keeps the first value of a duplicate key and skips empty keys', () => {
    const a = new Automaton(compileAutomaton([{ key: 'apt', value: 7 }, { key: '', value: 3 }, { key: 'apt', value: 9 }, { key: 'pt', value: 1 }]));
    expect(a.patterns).toBe(2);
    expect(sorted(scanAll(a, 'apt'))).toEqual(sorted(['0,3,7', '1,3,1']));
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
        expect(() => new Automaton(b), `header[${field}]`).toThrow(/size mismatch/);
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
