/** Base64 for typed arrays in any context (service worker, page, Node): runtime messaging carries JSON only. */

const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHA.length; i++) LOOKUP[ALPHA.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 10922; // a multiple of 3, so only the last chunk has a remainder
  for (let off = 0; off < bytes.length; off += CHUNK) {
    const end = Math.min(bytes.length, off + CHUNK);
    let s = '';
    let i = off;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      s += ALPHA[n >> 18] + ALPHA[(n >> 12) & 63] + ALPHA[(n >> 6) & 63] + ALPHA[n & 63];
    }
    const rest = end - i;
    if (rest > 0) {
      const n = (bytes[i] << 16) | ((rest > 1 ? bytes[i + 1] : 0) << 8);
      s += ALPHA[n >> 18] + ALPHA[(n >> 12) & 63] + (rest > 1 ? ALPHA[(n >> 6) & 63] : '=') + '=';
    }
    parts.push(s);
  }
  return parts.join('');
}

export function base64ToBytes(b64: string): Uint8Array {
  // Native where the engine has it (Chromium 140+, Firefox 133+): several times faster than the loop below.
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(b64);
  let len = b64.length;
  while (len > 0 && b64.charCodeAt(len - 1) === 61) len--; // '='
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    const n = (LOOKUP[b64.charCodeAt(i)] << 18) | (LOOKUP[b64.charCodeAt(i + 1)] << 12) | (LOOKUP[b64.charCodeAt(i + 2)] << 6) | LOOKUP[b64.charCodeAt(i + 3)];
    out[o++] = n >> 16; out[o++] = (n >> 8) & 255; out[o++] = n & 255;
  }
  const rest = len - i;
  if (rest >= 2) {
    const n = (LOOKUP[b64.charCodeAt(i)] << 18) | (LOOKUP[b64.charCodeAt(i + 1)] << 12) | (rest > 2 ? LOOKUP[b64.charCodeAt(i + 2)] << 6 : 0);
    out[o++] = n >> 16;
    if (rest > 2) out[o++] = (n >> 8) & 255;
  }
  return out.subarray(0, o);
}
