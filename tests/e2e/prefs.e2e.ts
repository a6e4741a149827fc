/**
 * The reader's own rules in real browsers: mute a name or an entity from the card, add an own name,
 * and see that both take effect on open pages and persist across reloads.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { distDirs, type ExtBrowser } from './harness/browsers';
import { startServer, type StaticServer } from './harness/server';
import { describeEachBrowser } from './harness/vitest';
import { mentionsWhen } from './harness/mentions';

let srv: StaticServer;
const ARTICLE = `<!doctype html><meta charset="utf-8"><title>Prefs</title><body><article>
<p>Hackers from APT28, also called Fancy Bear, breached the ministry; Salt Typhoon was blamed for a separate intrusion.</p>
<p>Analysts at the lab call the same crew "Blue Lantern Crew" in their private notes.</p>
</article></body>`;
beforeAll(async () => { srv = await startServer({ routes: { '/a.html': ARTICLE } }); });
afterAll(() => srv?.close());

/** The texts of the page's mentions once `want` holds for them. */
async function texts(b: ExtBrowser, url: string, want: (t: string[]) => boolean): Promise<string[]> {
  const res = await mentionsWhen(b, url, (a) => want(a.mentions.map((m) => m.text)), 20_000);
  return res.mentions.map((m) => m.text);
}

describeEachBrowser('prefs', distDirs(), (ctx) => {
  it('mutes a name from the card, persists it, and unmutes it', async () => {
    const url = `${srv.url}/a.html?mute=${ctx.browser.name}`;
    const page = await ctx.browser.newPage(url);
    expect(await texts(ctx.browser, url, (t) => t.length === 3)).toEqual(['APT28', 'Fancy Bear', 'Salt Typhoon']);
    // Open the card of "Fancy Bear" (second mention) from the keyboard path, then press its mute-name button.
    await ctx.browser.sendToTab(url, { type: 'page/reveal', index: 1 });
    await page.waitForFunction(() => document.querySelector('threat-context-layer')?.shadowRoot?.querySelector('[data-testid="mute-alias"]'), { timeout: 10_000 });
    await page.evaluate(() => (document.querySelector('threat-context-layer')!.shadowRoot!.querySelector('[data-testid="mute-alias"]') as HTMLElement).click());
    expect(await texts(ctx.browser, url, (t) => !t.includes('Fancy Bear'))).toEqual(['APT28', 'Salt Typhoon']);
    // Persisted: a fresh load of the page still leaves it out.
    await page.close();
    const again = await ctx.browser.newPage(`${url}&reload=1`);
    expect(await texts(ctx.browser, `${url}&reload=1`, (t) => t.length > 0)).toEqual(['APT28', 'Salt Typhoon']);
    const prefs = (await ctx.browser.sendToBackground({ type: 'prefs/get' })) as { prefs: { mutedAliases: string[] } };
    expect(prefs.prefs.mutedAliases).toEqual(['actor/apt28|fancybear']);
    await ctx.browser.sendToBackground({ type: 'prefs/mute-alias', entityId: 'actor/apt28', alias: 'Fancy Bear', muted: false });
    expect(await texts(ctx.browser, `${url}&reload=1`, (t) => t.length === 3)).toEqual(['APT28', 'Fancy Bear', 'Salt Typhoon']);
    await again.close();
  });

  it('mutes a whole entity, and adds the reader\'s own name for an entity', async () => {
    const url = `${srv.url}/a.html?own=${ctx.browser.name}`;
    const page = await ctx.browser.newPage(url);
    await texts(ctx.browser, url, (t) => t.length === 3);
    const muted = (await ctx.browser.sendToBackground({ type: 'prefs/mute-entity', entityId: 'actor/salt-typhoon', muted: true })) as { ok: boolean };
    expect(muted.ok).toBe(true);
    expect(await texts(ctx.browser, url, (t) => !t.includes('Salt Typhoon'))).toEqual(['APT28', 'Fancy Bear']);
    const added = (await ctx.browser.sendToBackground({ type: 'prefs/add-alias', entityId: 'actor/apt28', name: 'Blue Lantern Crew' })) as { ok: boolean };
    expect(added.ok).toBe(true);
    const res = await texts(ctx.browser, url, (t) => t.includes('Blue Lantern Crew'));
    expect(res).toEqual(['APT28', 'Fancy Bear', 'Blue Lantern Crew']);
    // Clean up for the next file.
    await ctx.browser.sendToBackground({ type: 'prefs/mute-entity', entityId: 'actor/salt-typhoon', muted: false });
    await ctx.browser.sendToBackground({ type: 'prefs/remove-alias', entityId: 'actor/apt28', name: 'Blue Lantern Crew' });
    expect(await texts(ctx.browser, url, (t) => t.length === 3)).toEqual(['APT28', 'Fancy Bear', 'Salt Typhoon']);
    // The on/off switch reaches open pages (it changes no matcher version, so the page must not skip it).
    await ctx.browser.sendToBackground({ type: 'prefs/set-enabled', enabled: false });
    expect(await texts(ctx.browser, url, (t) => t.length === 0)).toEqual([]);
    await ctx.browser.sendToBackground({ type: 'prefs/set-enabled', enabled: true });
    expect(await texts(ctx.browser, url, (t) => t.length === 3)).toEqual(['APT28', 'Fancy Bear', 'Salt Typhoon']);
    // Malformed requests get errors as values, not crashes.
    const bad = (await ctx.browser.sendToBackground({ type: 'prefs/add-alias', entityId: 'actor/does-not-exist', name: 'x' })) as { ok: boolean; code: string };
    expect(bad).toMatchObject({ ok: false, code: 'not-found' });
    await page.close();
  });
});
