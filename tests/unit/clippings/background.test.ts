/**
 * The background's clippings: the IndexedDB migration from version 1 (the dataset must survive it) and
 * the clippings/* handlers, over fake-indexeddb, with the extension API and the dataset state mocked.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import type { Entity } from '../../../src/core/dataset/schema';
import { apt28Clip } from './fixtures';

const sendToTab = vi.fn();
vi.mock('../../../src/platform/messaging', () => ({ browser: {}, sendToTab: (...a: unknown[]) => sendToTab(...a) }));
const apt28: Partial<Entity> = { id: 'actor/apt28', kind: 'threat-actor', name: 'APT28', updated: '2026-11-01' };
vi.mock('../../../src/background/state', () => ({ data: async () => ({ byId: new Map([['actor/apt28', apt28]]) }) }));

const db = await import('../../../src/background/db');
const h = await import('../../../src/background/handlers/clippings');
const { id: _i, createdAt: _c, ...draft } = apt28Clip;

describe('IndexedDB version 2', () => {
  beforeAll(async () => {
    // A profile from before clippings: version 1 with a dataset in it.
    const v1 = await openDB(db.DB_NAME, 1, {
      upgrade(d) { d.createObjectStore('entities', { keyPath: 'id' }); d.createObjectStore('meta'); d.createObjectStore('matcher'); },
    });
    await v1.put('entities', { id: 'actor/apt28', name: 'APT28' });
    await v1.put('meta', { version: '2026.11.01', source: 'bundled', appliedAt: '2026-11-01T00:00:00.000Z' }, 'dataset');
    await v1.put('matcher', { version: 'm1' }, 'current');
    v1.close();
  });

  it('adds the clippings store and keeps the dataset', async () => {
    expect(db.DB_VERSION).toBe(2);
    expect(await db.getMeta()).toEqual({ version: '2026.11.01', source: 'bundled', appliedAt: '2026-11-01T00:00:00.000Z' });
    expect(await db.getAllEntities()).toEqual([{ id: 'actor/apt28', name: 'APT28' }]);
    expect(await db.getMatcher()).toEqual({ version: 'm1' });
    const d = await db.db();
    expect([...d.objectStoreNames].sort()).toEqual(['clippings', 'entities', 'matcher', 'meta']);
    expect([...d.transaction('clippings').store.indexNames]).toEqual(['createdAt']);
  });

  it('refuses a clipping past the limit, in the same transaction', async () => {
    const a = { ...apt28Clip, id: '11111111-1111-4111-8111-111111111111' };
    expect(await db.putClipping(a, 1)).toBe(true);
    expect(await db.putClipping({ ...a, id: '22222222-2222-4222-8222-222222222222' }, 1)).toBe(false);
    expect(await db.deleteClipping(a.id)).toBe(true);
    expect(await db.deleteClipping(a.id)).toBe(false);
    expect(await db.getAllClippings()).toEqual([]);
  });

  it('survives a reopen', async () => {
    await db.closeDb();
    expect((await db.getMeta())?.version).toBe('2026.11.01');
  });
});

describe('clippings/* handlers', () => {
  it('saves a draft with an id, a time and the dataset\'s names', async () => {
    const res = await h.save({ ...draft, entities: [{ ...draft.entities[0], name: 'apt28 (as the page said)' }, draft.entities[1]] });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.clipping.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Date.parse(res.clipping.createdAt)).toBeGreaterThan(Date.parse('2026-01-01'));
    expect(res.clipping.entities.map((e) => e.name)).toEqual(['APT28', 'Salt Typhoon']);
  });

  it('refuses a bad draft with a reason', async () => {
    const res = await h.save({ ...draft, url: 'javascript:alert(1)' });
    expect(res).toMatchObject({ ok: false, code: 'bad-request' });
    expect(!res.ok && res.message).toMatch(/url/);
  });

  it('lists newest first, searches, exports and deletes', async () => {
    const second = await h.save({ ...draft, text: 'Later note about Sandworm only.', title: 'Another page', entities: [] });
    expect(second.ok).toBe(true);
    const all = await h.list({});
    expect(all.ok && all.clippings.map((c) => c.text)).toEqual(['Later note about Sandworm only.', draft.text]);
    const q = await h.list({ query: 'fancy bear' });
    expect(q.ok && [q.matched, q.total, q.clippings[0].text]).toEqual([1, 2, draft.text]);
    expect(await h.list({ query: 5 as never })).toMatchObject({ ok: false, code: 'bad-request' });

    const json = await h.exportAll({ format: 'json', query: 'apt 28' });
    expect(json.ok && JSON.parse(json.text).clippings.map((c: { text: string }) => c.text)).toEqual([draft.text]);
    const stix = await h.exportAll({ format: 'stix' });
    const apt = stix.ok && JSON.parse(stix.text).objects.find((o: { name?: string }) => o.name === 'APT28');
    expect(apt).toMatchObject({ type: 'threat-actor', created: '2026-11-01T00:00:00.000Z' });
    expect(await h.exportAll({ format: 'xml' as never })).toMatchObject({ ok: false, code: 'bad-request' });

    const id = second.ok ? second.clipping.id : '';
    expect(await h.remove({ id })).toEqual({ ok: true, deleted: true });
    expect(await h.remove({ id })).toEqual({ ok: true, deleted: false });
    expect(await h.remove({ id: 'nope' })).toMatchObject({ ok: false, code: 'bad-request' });
    const after = await h.list({ query: 'sandworm' });
    expect(after.ok && after.matched).toBe(0);
  });

  it('skips a stored record that is not a valid clipping', async () => {
    const d = await db.db();
    await d.put('clippings', { id: '33333333-3333-4333-8333-333333333333', createdAt: '2026-11-22T00:00:00.000Z', text: '', url: 'javascript:1' } as never);
    const all = await h.list({});
    expect(all.ok && all.clippings.every((c) => c.text)).toBe(true);
    expect(all.ok && all.total).toBe(1);
  });
});

describe('the context menu item', () => {
  const tab = { id: 4, title: 'Frame host page', url: 'https://host.example/' } as never;
  const info = (over: object) => ({ menuItemId: h.MENU_ID, editable: false, modifiers: [], frameId: 2, selectionText: '  Volt Typhoon in an iframe  ', pageUrl: 'https://host.example/', frameUrl: 'https://frame.example/embed', ...over }) as never;

  it('asks the content script of the clicked frame, with the browser\'s selection text', async () => {
    sendToTab.mockResolvedValueOnce({ ok: true, clipping: {} });
    const before = await h.list({});
    await h.onMenuClicked(info({}), tab);
    expect(sendToTab).toHaveBeenLastCalledWith(4, { type: 'page/clip', selectionText: '  Volt Typhoon in an iframe  ' }, 2);
    const after = await h.list({});
    expect(after.ok && before.ok && after.total === before.total).toBe(true); // the content script saved it, not us
  });

  it('saves the selection text alone when no content script answers', async () => {
    sendToTab.mockResolvedValueOnce({ ok: false, code: 'not-ready', message: 'Could not establish connection' });
    await h.onMenuClicked(info({}), tab);
    const res = await h.list({ query: 'volt typhoon' });
    expect(res.ok && res.clippings.map((c) => [c.text, c.url, c.title, c.entities, c.anchor.exact])).toEqual([['Volt Typhoon in an iframe', 'https://frame.example/embed', 'Frame host page', [], 'Volt Typhoon in an iframe']]);
  });

  it('does nothing for another menu item or when the page said no', async () => {
    sendToTab.mockResolvedValueOnce({ ok: false, code: 'bad-request', message: 'Select some text' });
    const before = await h.list({});
    await h.onMenuClicked(info({ selectionText: 'x' }), tab);
    await h.onMenuClicked(info({ menuItemId: 'other' }), tab);
    const after = await h.list({});
    expect(after.ok && before.ok && after.total === before.total).toBe(true);
  });
});
