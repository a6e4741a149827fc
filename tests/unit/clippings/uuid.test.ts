import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha1, uuidV4Shaped, uuidV5 } from '../../../src/core/clippings/uuid';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('sha1', () => {
  it('matches the known vectors and Node for any input', () => {
    expect(hex(sha1(new Uint8Array()))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
      expect(hex(sha1(b))).toBe(createHash('sha1').update(b).digest('hex'));
    }));
  });
});

describe('name-based UUIDs', () => {
  it('uuidV5 is RFC 4122 version 5 (the DNS namespace example)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  it('uuidV4Shaped is deterministic and has the version 4 and variant bits', () => {
    const a = uuidV4Shaped('f05e0f6b-a7da-4976-9981-a8e33a0b4feb', 'entity:actor/apt28');
    expect(a).toBe(uuidV4Shaped('f05e0f6b-a7da-4976-9981-a8e33a0b4feb', 'entity:actor/apt28'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(uuidV4Shaped('f05e0f6b-a7da-4976-9981-a8e33a0b4feb', 'entity:actor/apt29'));
  });
});
