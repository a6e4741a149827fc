/**
 * Clippings in real browsers: select a passage with two known names on a page from 127.0.0.1, save it
 * through `page/clip` (the message the context menu item and the keyboard command send to the tab), then
 * in the popup: it is listed with both entities, search filters it, each export holds it, it survives a
 * reload of the popup, and delete removes it for good. Every wait is a condition.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { distDirs, REPO_ROOT, type ExtBrowser, type TestPage } from './harness/browsers';
import { startServer, type StaticServer } from './harness/server';
import { describeEachBrowser } from './harness/vitest';
import { mentionsWhen } from './harness/mentions';

let srv: StaticServer;
beforeAll(async () => { srv = await startServer({ root: join(REPO_ROOT, 'tests/fixtures/clippings') }); });
afterAll(() => srv?.close());

interface Clip { id: string; text: string; url: string; title: string; createdAt: string; entities: { entityId: string; name: string; kind: string; texts: string[] }[]; anchor: { type: string; exact: string; prefix: string; suffix: string } }
type Answer = { ok: boolean; code?: string; message?: string; clipping?: Clip };

/** The entity ids of the page's mentions, once the scan found some. */
async function scanned(b: ExtBrowser, url: string): Promise<string[]> {
  return (await mentionsWhen(b, url, (a) => a.mentions.length > 0, 20_000)).mentions.map((m) => m.entityId);
}

const select = (page: TestPage, id: string | null) => page.evaluate((sel: string | null) => {
  const s = getSelection()!;
  s.removeAllRanges();
  if (!sel) return '';
  const r = document.createRange();
  r.selectNodeContents(document.getElementById(sel)!);
  s.addRange(r);
  return s.toString();
}, id);

const toast = (page: TestPage) => page.waitForFunction(() => {
  const t = document.querySelector('threat-context-layer')?.shadowRoot?.querySelector('[data-testid="toast"]') as HTMLElement | null;
  return t && !t.hidden ? t.textContent : null;
}, { timeout: 10_000 });

async function openClippings(b: ExtBrowser, tabId: number): Promise<TestPage> {
  const popup = await b.openExtensionPage(`src/ui/popup/index.html?tab=${tabId}`);
  await popup.click('[data-testid="tab-clippings"]');
  await popup.waitForFunction(() => document.querySelector('[data-testid="clippings-view"]') && !document.querySelector('[data-testid="clippings-view"] [role="status"]')?.textContent?.startsWith('Loading'), { timeout: 10_000 });
  return popup;
}

const listed = (popup: TestPage) => popup.evaluate(() => [...document.querySelectorAll('[data-testid="clipping"]')].map((li) => ({
  id: (li as HTMLElement).dataset.clippingId,
  title: li.querySelector('[data-testid="clipping-title"]')?.textContent,
  href: li.querySelector('a[data-testid="clipping-title"]')?.getAttribute('href'),
  entities: [...li.querySelectorAll('[data-testid="clipping-entity"]')].map((c) => [(c as HTMLElement).dataset.entityId, c.textContent]),
  text: li.querySelector('[data-testid="clipping-text"]')?.textContent,
})));

async function search(popup: TestPage, q: string, want: number): Promise<void> {
  await popup.evaluate((v: string) => {
    const input = document.querySelector('[data-testid="clip-search"]') as HTMLInputElement;
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, q);
  await popup.waitForFunction((n: number) => {
    const shown = document.querySelectorAll('[data-testid="clipping"]').length;
    return n === 0 ? !!document.querySelector('[data-testid="clip-none"]') && shown === 0 : shown === n && !document.querySelector('[data-testid="clip-none"]');
  }, want, { timeout: 10_000 });
}

/** Clicks an export button and returns what the <a download> pointed at, read back from its Blob URL. */
async function exported(popup: TestPage, format: string): Promise<{ download: string; text: string }> {
  await popup.evaluate(() => {
    // Capture the download instead of letting the headless browser save a file.
    (window as any).__downloads = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { (window as any).__downloads.push({ href: this.href, download: this.download }); };
  });
  await popup.click(`[data-testid="export-${format}"]`);
  const dl = await popup.waitForFunction(() => (window as any).__downloads[0], { timeout: 10_000 }) as { href: string; download: string };
  expect(dl.href.startsWith('blob:')).toBe(true);
  const text = await popup.evaluate((href: string) => fetch(href).then((r) => r.text()), dl.href);
  return { download: dl.download, text };
}

describeEachBrowser('clippings', distDirs(), (ctx) => {
  let clip: Clip;
  let tabId: number;
  let url: string;

  it('saves the selected passage with the entities inside it and a text-quote anchor', async () => {
    url = `${srv.url}/article.html?b=${ctx.browser.name}`;
    const page = await ctx.browser.newPage(url);
    expect(await scanned(ctx.browser, url)).toEqual(['actor/apt28', 'actor/salt-typhoon', 'actor/apt28', 'actor/kimsuky']);
    tabId = await ctx.browser.tabIdOf(url);

    // Nothing selected: refused, and the reader is told so.
    await select(page, null);
    const none = (await ctx.browser.sendToTab(url, { type: 'page/clip' })) as Answer;
    expect(none).toMatchObject({ ok: false, code: 'bad-request' });
    expect(await toast(page)).toMatch(/^Select some text/);

    const selected = await select(page, 'passage');
    expect(selected).toContain('Salt Typhoon');
    const res = (await ctx.browser.sendToTab(url, { type: 'page/clip' })) as Answer;
    expect(res.ok, JSON.stringify(res)).toBe(true);
    clip = res.clipping!;
    expect(clip.entities.map((e) => [e.entityId, e.name, e.kind, e.texts])).toEqual([
      ['actor/salt-typhoon', 'Salt Typhoon', 'threat-actor', ['Salt Typhoon']],
      ['actor/apt28', 'APT28', 'threat-actor', ['APT28']],
    ]);
    expect(clip).toMatchObject({ url, title: 'Ministry breach traced to two hacking crews', text: selected.trim() });
    expect(clip.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Math.abs(Date.parse(clip.createdAt) - Date.now())).toBeLessThan(120_000);
    // The anchor finds the passage again in the page's text.
    expect(clip.anchor.type).toBe('TextQuoteSelector');
    expect(clip.anchor.prefix.length).toBeGreaterThan(0);
    expect(clip.anchor.prefix.length).toBeLessThanOrEqual(32);
    expect(clip.anchor.suffix.length).toBeLessThanOrEqual(32);
    const found = await page.evaluate((a: { exact: string; prefix: string; suffix: string }) => document.body.textContent!.includes(a.prefix + a.exact + a.suffix), clip.anchor);
    expect(found).toBe(true);
    expect(clip.anchor.exact).toBe(await page.evaluate(() => document.getElementById('passage')!.textContent));
    // The confirmation, in our shadow-root layer only.
    await page.waitForFunction(() => {
      const t = document.querySelector('threat-context-layer')?.shadowRoot?.querySelector('[data-testid="toast"]') as HTMLElement | null;
      return t?.textContent === 'Clipping saved · Salt Typhoon, APT28';
    }, { timeout: 10_000 });
    expect(await page.evaluate(() => document.body.querySelectorAll('threat-context-layer').length)).toBe(0);
  });

  it('has its context menu item on selections', async () => {
    // The background creates the item at install; updating it succeeds only if it exists.
    const deadline = Date.now() + 10_000;
    let last: unknown;
    for (;;) {
      last = await ctx.browser.evaluateInExtension(() => new Promise((resolve) => {
        const b = (globalThis as any).browser;
        if (b?.contextMenus) b.contextMenus.update('save-clipping', { title: 'Save clipping to Threat Context' }).then(() => resolve(true), (e: Error) => resolve(String(e?.message ?? e)));
        else (globalThis as any).chrome.contextMenus.update('save-clipping', { title: 'Save clipping to Threat Context' }, () => resolve((globalThis as any).chrome.runtime.lastError?.message ?? true));
      }));
      if (last === true || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(last).toBe(true);
    expect(ctx.browser.manifest.commands['save-clipping'].suggested_key.default).toBe('Alt+Shift+S');
    expect(ctx.browser.manifest.permissions).toContain('contextMenus');
  });

  it('refuses hostile drafts and lists what is stored', async () => {
    const bad = (await ctx.browser.sendToBackground({ type: 'clippings/save', ...clip, url: 'javascript:alert(1)' })) as Answer;
    expect(bad).toMatchObject({ ok: false, code: 'bad-request' });
    const long = (await ctx.browser.sendToBackground({ type: 'clippings/save', ...clip, text: 'x'.repeat(20_001) })) as Answer;
    expect(long).toMatchObject({ ok: false, code: 'bad-request' });
    const list = (await ctx.browser.sendToBackground({ type: 'clippings/list' })) as { ok: boolean; clippings: Clip[]; total: number };
    expect(list.ok).toBe(true);
    expect(list.clippings.map((c) => c.id)).toEqual([clip.id]);
  });

  it('lists it in the popup with its entities; search filters it; every export holds it', async () => {
    const popup = await openClippings(ctx.browser, tabId);
    await popup.waitForFunction((id: string) => document.querySelector(`[data-testid="clipping"][data-clipping-id="${id}"]`), clip.id, { timeout: 10_000 });
    const rows = await listed(popup);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: clip.id, title: clip.title, href: clip.url, entities: [['actor/salt-typhoon', 'Salt Typhoon'], ['actor/apt28', 'APT28']] });
    expect(rows[0].text).toContain('Investigators believe that Salt Typhoon');

    await search(popup, 'KIMSUKY', 0);
    await search(popup, 'salt-typhoon telecom', 1);
    await search(popup, 'apt 28', 1);
    await search(popup, '127.0.0.1 ministry', 1);

    const json = await exported(popup, 'json');
    expect(json.download).toMatch(/^threat-context-clippings-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(json.text);
    expect(doc.format).toBe('threat-context/clippings');
    expect(doc.clippings).toEqual([clip]);

    const stix = JSON.parse((await exported(popup, 'stix')).text);
    expect(stix.type).toBe('bundle');
    const note = stix.objects.find((o: { type: string }) => o.type === 'note');
    expect(note).toMatchObject({ id: `note--${clip.id}`, spec_version: '2.1', content: clip.text });
    expect(stix.objects.filter((o: { type: string }) => o.type === 'threat-actor').map((o: { name: string }) => o.name).sort()).toEqual(['APT28', 'Salt Typhoon']);

    const md = (await exported(popup, 'markdown')).text;
    expect(md).toContain(`## [${clip.title}](<${clip.url}>)`);
    const csv = (await exported(popup, 'csv')).text;
    expect(csv.replace(/^\ufeff/, '').split('\r\n')[1].startsWith(`${clip.id},`)).toBe(true);

    // A search that matches nothing leaves nothing to export.
    await search(popup, 'sandworm', 0);
    expect(await popup.evaluate(() => (document.querySelector('[data-testid="export-json"]') as HTMLButtonElement).disabled)).toBe(true);
    await popup.close();
  });

  it('persists across a reload of the popup, and delete removes it for good', async () => {
    let popup = await openClippings(ctx.browser, tabId);
    await popup.waitForFunction((id: string) => document.querySelector(`[data-testid="clipping"][data-clipping-id="${id}"]`), clip.id, { timeout: 10_000 });
    await popup.click(`[data-testid="clipping"][data-clipping-id="${clip.id}"] [data-testid="clipping-delete"]`);
    await popup.waitForFunction(() => document.querySelector('[data-testid="clip-empty"]') && !document.querySelector('[data-testid="clipping"]'), { timeout: 10_000 });
    await popup.close();
    popup = await openClippings(ctx.browser, tabId);
    await popup.waitForFunction(() => document.querySelector('[data-testid="clip-empty"]'), { timeout: 10_000 });
    expect(await listed(popup)).toEqual([]);
    const list = (await ctx.browser.sendToBackground({ type: 'clippings/list' })) as { total: number };
    expect(list.total).toBe(0);
    await popup.close();
  });
});
