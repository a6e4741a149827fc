/**
 * Name-based UUIDs for the STIX export, computed synchronously in any context (no crypto.subtle, which is
 * async, and no Node crypto): a small SHA-1 over UTF-8 bytes.
 *
 * - uuidV5(namespace, name): RFC 4122 §4.3 (SHA-1 of namespace bytes + name, version 5). STIX 2.1 asks
 *   for exactly this for cyber-observable ids (namespace 00abedb4-aa42-466c-9c01-fed23315a9b7).
 * - uuidV4Shaped(namespace, name): the same hash with the version nibble set to 4 and the RFC 4122
 *   variant, so the id has the UUIDv4 shape STIX recommends for SDOs while staying deterministic: the
 *   same entity gets the same id in every export, and a platform that imports two exports merges them.
 */

function rotl(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

export function sha1(msg: Uint8Array): Uint8Array {
  const len = msg.length;
  const words = (((len + 8) >> 6) + 1) * 16;
  const w = new Uint32Array(words);
  for (let i = 0; i < len; i++) w[i >> 2] |= msg[i] << (24 - (i % 4) * 8);
  w[len >> 2] |= 0x80 << (24 - (len % 4) * 8);
  w[words - 1] = (len * 8) >>> 0;
  w[words - 2] = Math.floor((len * 8) / 0x100000000);
  let h0 = 0x67452301, h1 = 0xefcdab89, h2 = 0x98badcfe, h3 = 0x10325476, h4 = 0xc3d2e1f0;
  const x = new Uint32Array(80);
  for (let off = 0; off < words; off += 16) {
    for (let t = 0; t < 16; t++) x[t] = w[off + t];
    for (let t = 16; t < 80; t++) x[t] = rotl(x[t - 3] ^ x[t - 8] ^ x[t - 14] ^ x[t - 16], 1);
    let a = h0, b = h1, c = h2, d = h3, e = h4;
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (b & c) | (~b & d) : t < 40 ? b ^ c ^ d : t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const tmp = (rotl(a, 5) + f + e + k + x[t]) | 0;
      e = d; d = c; c = rotl(b, 30); b = a; a = tmp;
    }
    h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0; h4 = (h4 + e) | 0;
  }
  const out = new Uint8Array(20);
  [h0, h1, h2, h3, h4].forEach((h, i) => { out[i * 4] = h >>> 24; out[i * 4 + 1] = (h >>> 16) & 255; out[i * 4 + 2] = (h >>> 8) & 255; out[i * 4 + 3] = h & 255; });
  return out;
}

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  const b = new Uint8Array(16);
  for (let i = 0; i < 16; i++) b[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return b;
}

function format(b: Uint8Array): string {
  const h = [...b.subarray(0, 16)].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function nameHash(namespace: string, name: string, version: 4 | 5): string {
  const ns = uuidBytes(namespace);
  const nb = new TextEncoder().encode(name);
  const buf = new Uint8Array(16 + nb.length);
  buf.set(ns);
  buf.set(nb, 16);
  const h = sha1(buf);
  h[6] = (h[6] & 0x0f) | (version << 4);
  h[8] = (h[8] & 0x3f) | 0x80;
  return format(h);
}

export function uuidV5(namespace: string, name: string): string {
  return nameHash(namespace, name, 5);
}

export function uuidV4Shaped(namespace: string, name: string): string {
  return nameHash(namespace, name, 4);
}
