import { describe, expect, it } from 'vitest';
import { clippingUrl, isExportFormat, isUuidV4, problemText, validateClipping, validateDraft, validQuery } from '../../../src/core/clippings/validate';
import { MAX_ENTITIES, MAX_TEXT, MAX_TITLE, MAX_URL } from '../../../src/core/clippings/model';
import { apt28Clip, spywareClip } from './fixtures';

const { id: _id, createdAt: _c, ...draft } = apt28Clip;

describe('validateDraft', () => {
  it('accepts a well-formed draft and returns a fresh object with only the known fields', () => {
    const v = validateDraft({ ...draft, type: 'clippings/save', extra: '<script>', entities: [{ ...draft.entities[0], evil: 1 }] });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(Object.keys(v.value).sort()).toEqual(['anchor', 'entities', 'text', 'title', 'url']);
    expect(Object.keys(v.value.entities[0]).sort()).toEqual(['entityId', 'kind', 'name', 'texts']);
    expect(v.value.url).toBe(draft.url);
  });

  it('bounds the text', () => {
    expect(validateDraft({ ...draft, text: 'x'.repeat(MAX_TEXT) }).ok).toBe(true);
    expect(validateDraft({ ...draft, text: 'x'.repeat(MAX_TEXT + 1) }).ok).toBe(false);
    expect(validateDraft({ ...draft, text: '' }).ok).toBe(false);
    expect(validateDraft({ ...draft, text: ' \n\t ' }).ok).toBe(false);
    expect(validateDraft({ ...draft, text: 42 }).ok).toBe(false);
  });

  it('accepts only http(s) URLs with a host and file URLs', () => {
    for (const url of ['http://a.example/x', 'https://127.0.0.1:8080/a?b=c#d', 'file:///tmp/a.html']) expect(validateDraft({ ...draft, url }).ok, url).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'chrome://settings', 'moz-extension://x/y', 'ftp://a.example/', 'https://', 'not a url', '', ' https://a.example/', 'https://a.example/\n', `https://a.example/${'a'.repeat(MAX_URL)}`, 42, null]) {
      expect(validateDraft({ ...draft, url }).ok, String(url)).toBe(false);
    }
  });

  it('bounds the title and the entity list, and refuses malformed entities', () => {
    expect(validateDraft({ ...draft, title: '' }).ok).toBe(true);
    expect(validateDraft({ ...draft, title: 'x'.repeat(MAX_TITLE + 1) }).ok).toBe(false);
    const many = Array.from({ length: MAX_ENTITIES + 1 }, (_, i) => ({ entityId: `actor/a${i}`, name: `A${i}`, kind: 'threat-actor', texts: [] }));
    expect(validateDraft({ ...draft, entities: many }).ok).toBe(false);
    expect(validateDraft({ ...draft, entities: many.slice(0, MAX_ENTITIES) }).ok).toBe(true);
    const e = draft.entities[0];
    for (const bad of [{ ...e, entityId: 'javascript:1' }, { ...e, kind: 'spy' }, { ...e, name: '' }, { ...e, texts: 'APT28' }, { ...e, texts: Array(11).fill('x') }, null, 'actor/apt28']) {
      expect(validateDraft({ ...draft, entities: [bad] }).ok, JSON.stringify(bad)).toBe(false);
    }
    expect(validateDraft({ ...draft, entities: [e, e] }).ok).toBe(false);
  });

  it('needs a TextQuoteSelector anchor with bounded context', () => {
    expect(validateDraft({ ...draft, anchor: undefined }).ok).toBe(false);
    expect(validateDraft({ ...draft, anchor: { ...draft.anchor, type: 'TextPositionSelector' } }).ok).toBe(false);
    expect(validateDraft({ ...draft, anchor: { ...draft.anchor, exact: '' } }).ok).toBe(false);
    expect(validateDraft({ ...draft, anchor: { ...draft.anchor, prefix: 'x'.repeat(1000) } }).ok).toBe(false);
    expect(validateDraft({ ...draft, truncated: 'yes' }).ok).toBe(false);
  });

  it('survives garbage', () => {
    for (const g of [undefined, null, 0, 'x', [], [draft], { __proto__: draft }]) expect(validateDraft(g).ok).toBe(false);
  });

  it('reports problems as readable text', () => {
    const v = validateDraft({ ...draft, text: '', url: 'javascript:x', title: 5, entities: 'no' });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(problemText(v.problems)).toMatch(/^text: .*; url: .*; title: .* \(and \d+ more\)$/);
  });
});

describe('validateClipping', () => {
  it('accepts stored clippings', () => {
    expect(validateClipping(apt28Clip)).toEqual({ ok: true, value: apt28Clip });
    expect(validateClipping(spywareClip)).toEqual({ ok: true, value: spywareClip });
  });
  it('needs a UUID v4 id and an ISO UTC time', () => {
    expect(validateClipping({ ...apt28Clip, id: '3B241101-E2BB-4255-8CAF-4136C566A962' }).ok).toBe(false);
    expect(validateClipping({ ...apt28Clip, id: '3b241101-e2bb-1255-8caf-4136c566a962' }).ok).toBe(false);
    expect(validateClipping({ ...apt28Clip, createdAt: '2026-11-20 09:15' }).ok).toBe(false);
    expect(validateClipping({ ...apt28Clip, createdAt: '2026-13-45T99:99:99Z' }).ok).toBe(false);
  });
});

describe('small checks', () => {
  it('clippingUrl normalises', () => {
    expect(clippingUrl('HTTPS://News.Example:443/a/../b')).toBe('https://news.example/b');
    expect(clippingUrl('https://news.example/a b')).toBeUndefined(); // a URL from location.href never holds a raw space
  });
  it('formats, ids and queries', () => {
    expect(['json', 'markdown', 'csv', 'stix'].every(isExportFormat)).toBe(true);
    expect(isExportFormat('xml')).toBe(false);
    expect(isUuidV4(apt28Clip.id)).toBe(true);
    expect(isUuidV4('x')).toBe(false);
    expect(validQuery(undefined)).toBeUndefined();
    expect(validQuery('apt')).toBe('apt');
    expect(validQuery('x'.repeat(201))).toBe(false);
    expect(validQuery(5)).toBe(false);
  });
});
