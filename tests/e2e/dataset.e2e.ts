/**
 * Dataset import and reset through the background, in real browsers: a malformed or invalid file is
 * refused with a clear error and leaves the stored dataset as it was; a valid one replaces it whole and
 * reaches open pages; reset brings the bundled dataset back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { distDirs, REPO_ROOT } from './harness/browsers';
import { startServer, type StaticServer } from './harness/server';
import { describeEachBrowser } from './harness/vitest';
import { mentionsWhen } from './harness/mentions';

let srv: StaticServer;
beforeAll(async () => { srv = await startServer({ routes: { '/d.html': '<!doctype html><meta charset="utf-8"><title>D</title><body><p>Hackers of APT28 and the Blue Lantern group struck again.</p></body>' } }); });
afterAll(() => srv?.close());

type Info = { ok: boolean; version: string; counts: { entities: number }; code?: string; message?: string };
const small = readFileSync(join(REPO_ROOT, 'tests/fixtures/datasets/small.json'), 'utf8');

describeEachBrowser('dataset import', distDirs(), (ctx) => {
  it('refuses bad files without touching the stored dataset, applies a valid one whole, and resets', async () => {
    const before = (await ctx.browser.sendToBackground({ type: 'dataset/info' })) as Info;
    expect(before.ok).toBe(true);
    const notJson = (await ctx.browser.sendToBackground({ type: 'dataset/import', text: '{ "schemaVersion": 1, ' })) as Info;
    expect(notJson).toMatchObject({ ok: false, code: 'invalid-dataset' });
    const ds = JSON.parse(small);
    ds.entities[0].references = [{ url: 'javascript:alert(1)' }];
    const invalid = (await ctx.browser.sendToBackground({ type: 'dataset/import', text: JSON.stringify(ds) })) as Info;
    expect(invalid.ok).toBe(false);
    expect(invalid.message).toMatch(/http/);
    expect(((await ctx.browser.sendToBackground({ type: 'dataset/info' })) as Info).version).toBe(before.version);

    const own = JSON.parse(small);
    own.version = 'test-import-1';
    own.entities.push({ id: 'actor/blue-lantern', kind: 'threat-actor', name: 'Blue Lantern', aliases: [], references: [{ url: 'https://example.org/blue-lantern' }], updated: '2026-11-22' });
    const applied = (await ctx.browser.sendToBackground({ type: 'dataset/import', text: JSON.stringify(own) })) as Info;
    expect(applied).toMatchObject({ ok: true, version: 'test-import-1', counts: { entities: own.entities.length } });
    const url = `${srv.url}/d.html?import=${ctx.browser.name}`;
    const page = await ctx.browser.newPage(url);
    const texts = (await mentionsWhen(ctx.browser, url, (a) => a.mentions.some((m) => m.text === 'Blue Lantern'), 15_000)).mentions.map((m) => m.text);
    expect(texts).toContain('Blue Lantern');

    const reset = (await ctx.browser.sendToBackground({ type: 'dataset/reset' })) as Info;
    expect(reset).toMatchObject({ ok: true, version: before.version, counts: { entities: before.counts.entities } });
    await page.close();
  });

  it('enriches the bundled dataset from a MISP galaxy file: a new name of a known actor finds it', async () => {
    const before = (await ctx.browser.sendToBackground({ type: 'dataset/info' })) as Info;
    const cluster = { type: 'threat-actor', name: 'Threat Actor', uuid: '00000000-0000-4000-8000-00000000000a', values: [
      { value: 'APT28', uuid: '00000000-0000-4000-8000-0000000000b1', meta: { synonyms: ['Grey Heron Crew'], refs: ['https://example.org/grey-heron'] } },
    ] };
    const r = (await ctx.browser.sendToBackground({ type: 'dataset/import', text: JSON.stringify(cluster) })) as Info;
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(r.counts.entities).toBe(before.counts.entities);
    const hits = (await ctx.browser.sendToBackground({ type: 'entity/search', query: 'grey heron crew' })) as { hits: { id: string }[] };
    expect(hits.hits[0]?.id).toBe('actor/apt28');
    const reset = (await ctx.browser.sendToBackground({ type: 'dataset/reset' })) as Info;
    expect(reset).toMatchObject({ ok: true, version: before.version });
  });
});

describeEachBrowser('dataset update from the network', distDirs(), (ctx) => {
  it('fetches a valid dataset from the configured address, refuses bad answers with the stored data untouched, and turns off', async () => {
    const good = JSON.parse(small);
    good.version = 'net-update-1';
    const cors = { 'access-control-allow-origin': '*' };
    srv.route('/good.json', { body: JSON.stringify(good), type: 'application/json', headers: cors });
    srv.route('/bad.json', { body: '{"schemaVersion":1,"version":"x","entities":[{"id":"nope"}]}', type: 'application/json', headers: cors });
    srv.route('/missing.json', { status: 404, body: 'not here', headers: cors });
    const before = (await ctx.browser.sendToBackground({ type: 'dataset/info' })) as Info;

    const refused = (await ctx.browser.sendToBackground({ type: 'dataset/update', url: 'http://example.org/d.json' })) as Info;
    expect(refused).toMatchObject({ ok: false, code: 'bad-request' });

    const ok = (await ctx.browser.sendToBackground({ type: 'dataset/update', url: `${srv.url}/good.json` })) as Info & { changed: boolean };
    expect(ok).toMatchObject({ ok: true, version: 'net-update-1', changed: true });
    const again = (await ctx.browser.sendToBackground({ type: 'dataset/update' })) as Info & { changed: boolean };
    expect(again).toMatchObject({ ok: true, version: 'net-update-1', changed: false });

    for (const path of ['/bad.json', '/missing.json']) {
      const r = (await ctx.browser.sendToBackground({ type: 'dataset/update', url: `${srv.url}${path}` })) as Info;
      expect(r.ok, path).toBe(false);
      expect(((await ctx.browser.sendToBackground({ type: 'dataset/info' })) as Info).version).toBe('net-update-1');
    }
    const info = (await ctx.browser.sendToBackground({ type: 'dataset/info' })) as Info & { updateUrl?: string; lastCheck?: { ok: boolean; message: string } };
    expect(info.updateUrl).toBe(`${srv.url}/missing.json`);
    expect(info.lastCheck).toMatchObject({ ok: false });
    expect(info.lastCheck!.message).toMatch(/404/);

    const off = (await ctx.browser.sendToBackground({ type: 'dataset/update', url: '' })) as Info;
    expect(off.ok).toBe(true);
    expect(((await ctx.browser.sendToBackground({ type: 'dataset/info' })) as { updateUrl?: string }).updateUrl).toBeUndefined();
    const reset = (await ctx.browser.sendToBackground({ type: 'dataset/reset' })) as Info;
    expect(reset).toMatchObject({ ok: true, version: before.version });
  });
});
