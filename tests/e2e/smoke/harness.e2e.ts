/**
 * Proves the e2e harness works in both browsers against a throwaway fixture extension
 * (tests/e2e/harness/fixture-ext), not the real build.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type StaticServer } from '../harness/server';
import { describeEachBrowser } from '../harness/vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtureExt = path.resolve(here, '../harness/fixture-ext');
const fixturePages = path.resolve(here, '../harness/fixture-pages');

let srv: StaticServer;
let shots: string;
beforeAll(async () => {
  srv = await startServer({
    root: fixturePages,
    routes: { '/inline.html': '<!doctype html><title>Inline route</title><p id="p">hello from memory</p>' },
  });
  shots = mkdtempSync(path.join(tmpdir(), 'e2e-shots-'));
});
afterAll(async () => {
  await srv?.close();
  if (shots) rmSync(shots, { recursive: true, force: true });
});

describeEachBrowser('harness smoke', { chromium: fixtureExt, firefox: fixtureExt }, (ctx) => {
  it('loads a page from the local server and the content script answers via sendToTab', async () => {
    const b = ctx.browser;
    const page = await b.newPage(`${srv.url}/index.html`);
    expect(await page.evaluate(() => document.title)).toBe('Harness fixture page');
    await page.waitForFunction(() => document.documentElement.dataset.fixtureContentScript === 'ready');
    expect(await b.sendToTab(`${srv.url}/index.html`, { type: 'page/title' })).toBe('Harness fixture page');
    const tabId = await b.tabIdOf(`${srv.url}/index.html`);
    expect(Number.isInteger(tabId)).toBe(true);
  });

  it('serves in-memory routes and evaluates with arguments', async () => {
    const b = ctx.browser;
    const page = await b.newPage(`${srv.url}/inline.html`);
    expect(await page.evaluate((sel: string, suffix: string) => document.querySelector(sel)!.textContent + suffix, '#p', '!')).toBe(
      'hello from memory!',
    );
    expect(await b.sendToTab(`${srv.url}/inline.html`, { type: 'page/title' })).toBe('Inline route');
    await page.close();
  });

  it('the background answers via sendToBackground', async () => {
    const b = ctx.browser;
    const r = (await b.sendToBackground({ type: 'ping' })) as any;
    expect(r).toMatchObject({ ok: true, pong: true });
    expect(String(r.senderUrl)).toMatch(new RegExp(`^${b.extensionOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`));
    expect(await b.sendToBackground({ type: 'echo', value: 42 })).toEqual({ ok: true, echo: 42 });
  });

  it('mouse moves reach the content script; keyboard and click work', async () => {
    const b = ctx.browser;
    const page = await b.newPage(`${srv.url}/?mouse`);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureContentScript === 'ready');
    await page.mouseMove(150, 140);
    await page.waitForFunction((v: string) => document.documentElement.dataset.fixturePointer === v, '150,140', { timeout: 10_000 });
    expect(await b.sendToTab(`${srv.url}/?mouse`, { type: 'page/pointer' })).toEqual({ x: 150, y: 140, target: 'target' });
    await page.click('#field');
    await page.press('a');
    await page.keyboard.press('b');
    expect(await page.evaluate(() => (document.getElementById('field') as HTMLInputElement).value)).toBe('ab');
    const shot = path.join(shots, `${ctx.name}.png`);
    await page.screenshot(shot);
    expect(existsSync(shot) && statSync(shot).size > 1000).toBe(true);
    await page.close();
  });

  it('opens an extension page with a query string', async () => {
    const b = ctx.browser;
    const page = await b.openExtensionPage('popup.html?tab=123');
    expect(page.url()).toBe(`${b.extensionOrigin}/popup.html?tab=123`);
    await page.waitForFunction(() => document.body.dataset.ready === 'yes');
    expect(await page.evaluate(() => document.getElementById('query')!.textContent)).toBe('?tab=123');
    expect(await page.evaluate(() => typeof ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.id)).toBe('string');
    await page.close();
  });
});
