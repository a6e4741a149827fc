import { describe, expect, it } from 'vitest';
import { checkUpdateUrl, isDue, UPDATE_INTERVAL_MS } from '../../../src/core/dataset/update';

describe('checkUpdateUrl', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(checkUpdateUrl(' https://raw.githubusercontent.com/x/y/main/dataset.json ')).toEqual({ ok: true, url: 'https://raw.githubusercontent.com/x/y/main/dataset.json' });
    expect(checkUpdateUrl('http://127.0.0.1:8080/d.json').ok).toBe(true);
    expect(checkUpdateUrl('http://localhost/d.json').ok).toBe(true);
  });
  it('refuses everything else with a reason', () => {
    for (const bad of ['http://example.org/d.json', 'ftp://example.org/d.json', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url', 'https://user:pw@example.org/d.json', 'data:application/json,{}']) {
      const r = checkUpdateUrl(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
    }
  });
});

describe('isDue', () => {
  it('is due when never checked, when the date is unreadable, or after the interval', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    expect(isDue(undefined, now)).toBe(true);
    expect(isDue('garbage', now)).toBe(true);
    expect(isDue(new Date(now - UPDATE_INTERVAL_MS).toISOString(), now)).toBe(true);
    expect(isDue(new Date(now - 1000).toISOString(), now)).toBe(false);
  });
});
