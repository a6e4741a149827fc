/**
 * Rules for dataset updates from the network: which addresses are allowed, and the size limit.
 * The only network request the extension ever makes is this one, to the address the reader set.
 */

export const MAX_DATASET_BYTES = 64 * 1024 * 1024;
/** A configured update is checked at browser start when the last check is older than this. */
export const UPDATE_INTERVAL_MS = 24 * 60 * 60 * 1000;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An https address (or http on this machine, for testing a local file server); anything else is refused. */
export function checkUpdateUrl(raw: string): { ok: true; url: string } | { ok: false; message: string } {
  let u: URL;
  try { u = new URL(raw.trim()); } catch { return { ok: false, message: 'not a valid address' }; }
  if (u.username || u.password) return { ok: false, message: 'addresses with a user name or password are not allowed' };
  if (u.protocol === 'https:') return { ok: true, url: u.href };
  if (u.protocol === 'http:' && LOOPBACK.has(u.hostname)) return { ok: true, url: u.href };
  return { ok: false, message: 'only https addresses are allowed (http only on this machine: 127.0.0.1 or localhost)' };
}

export function isDue(lastCheckIso: string | undefined, now: number): boolean {
  if (!lastCheckIso) return true;
  const t = Date.parse(lastCheckIso);
  return !Number.isFinite(t) || now - t >= UPDATE_INTERVAL_MS;
}
