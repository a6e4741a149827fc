import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64 } from '../../../src/core/base64';

function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = x & 255;
  }
  return out;
}

describe('base64', () => {
  it('round-trips random arrays of every length 0..100 and matches Buffer', () => {
    for (let n = 0; n <= 100; n++) {
      for (const seed of [1, 0x9e3779b9, n * 7919 + 3]) {
        const bytes = randomBytes(n, seed);
        const b64 = bytesToBase64(bytes);
        expect(b64, `length ${n}`).toBe(Buffer.from(bytes).toString('base64'));
        expect(Array.from(base64ToBytes(b64)), `length ${n}`).toEqual(Array.from(bytes));
      }
    }
  });

  it('handles the extremes 0x00 and 0xff at every length 0..100', () => {
    for (let n = 0; n <= 100; n++) {
      for (const v of [0, 255]) {
        const bytes = new Uint8Array(n).fill(v);
        const b64 = bytesToBase64(bytes);
        expect(b64).toBe(Buffer.from(bytes).toString('base64'));
        expect(Array.from(base64ToBytes(b64))).toEqual(Array.from(bytes));
      }
    }
  });

  it('round-trips a 1 MB array (crosses the internal chunk size) and matches Buffer', () => {
    for (const n of [1 << 20, (1 << 20) + 1, (1 << 20) + 2, 3 * 10922, 3 * 10922 + 1, 3 * 10922 * 2 - 1]) {
      const bytes = randomBytes(n, 12345 + n);
      const b64 = bytesToBase64(bytes);
      expect(b64 === Buffer.from(bytes).toString('base64'), `length ${n}`).toBe(true);
      const back = base64ToBytes(b64);
      expect(back.length).toBe(n);
      expect(Buffer.from(back).equals(Buffer.from(bytes)), `length ${n}`).toBe(true);
    }
  });

  it('decodes what Buffer encodes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const b64 = Buffer.from(bytes).toString('base64');
        expect(bytesToBase64(bytes)).toBe(b64);
        expect(Array.from(base64ToBytes(b64))).toEqual(Array.from(bytes));
      }),
    );
  });

  it('encodes a subarray view, not its whole buffer', () => {
    const all = randomBytes(64, 99);
    const view = all.subarray(5, 22);
    expect(bytesToBase64(view)).toBe(Buffer.from(view).toString('base64'));
  });

  it('decodes unpadded input like padded input', () => {
    for (let n = 0; n <= 20; n++) {
      const bytes = randomBytes(n, n + 1);
      const unpadded = Buffer.from(bytes).toString('base64').replace(/=+$/, '');
      expect(Array.from(base64ToBytes(unpadded))).toEqual(Array.from(bytes));
    }
  });
});
