/**
 * The core flow in real Chromium and Firefox ESR with the built extension loaded: find, highlight,
 * explain, the popup, dynamic pages, and an untouched page DOM. Pages are served from 127.0.0.1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { distDirs, REPO_ROOT, type TestPage } from './harness/browsers';
import { startServer, type StaticServer } from './harness/server';
import { describeEachBrowser } from './harness/vitest';
import { mentionsWhen } from './harness/mentions';

const PAGES = join(REPO_ROOT, 'tests/fixtures/pages');
const pageFiles = readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort();
type Expected = { text: string; entity: string };
const expectedOf = (f: string): Expected[] => JSON.parse(readFileSync(join(PAGES, f.replace(/\.html$/, '.expected.json')), 'utf8')).mentions;

let srv: StaticServer;
beforeAll(async () => {
  srv = await startServer({
    root: PAGES,
    routes: {
      '/live.html': '<!doctype html><meta charset="utf-8"><title>Live</title><body><main id="feed"><p>Live coverage of the telecom breach begins here.</p></main></body>',
      // About 400 KB: read in many slices. The name at the top is vouched for only by the one at the bottom.
      '/long.html': `<!doctype html><meta charset="utf-8"><title>Long</title><body><main><p>Lazarus was named in the first report.</p>${'<p>The council met on Tuesday to discuss the budget for roads and parks.</p>'.repeat(5000)}<p>The Lazarus Group hackers denied it.</p></main></body>`,
    },
  });
});
afterAll(() => srv?.close());

/** Centre of the n-th highlighted range, in viewport coordinates. */
/** Waits until the page's highlight registry holds exactly `n` ranges. */
function highlightCount(page: TestPage, n: number): Promise<unknown> {
  return page.waitForFunction((k: number) => ((CSS as any).highlights.get('threat-context')?.size ?? 0) === k, n, { timeout: 10_000 });
}

async function mentionPoint(page: TestPage, n: number): Promise<{ x: number; y: number }> {
  return page.evaluate((i: number) => {
    const all: Range[] = [];
    for (const name of ['threat-context', 'threat-context-ambiguous']) for (const r of ((CSS as any).highlights.get(name) ?? [])) all.push(r as Range);
    all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const r = all[i];
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, n);
}

const cardState = (page: TestPage) =>
  page.evaluate(() => {
    const host = document.querySelector('threat-context-layer');
    const card = host?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null;
    if (!card || card.hidden) return null;
    return { label: card.getAttribute('aria-label'), text: card.textContent ?? '', rect: card.getBoundingClientRect().toJSON() };
  });

describeEachBrowser('core flow', distDirs(), (ctx) => {
  it('dataset/info answers with the bundled dataset', async () => {
    const info = (await ctx.browser.sendToBackground({ type: 'dataset/info' })) as { ok: boolean; version: string; counts: { entities: number; aliases: number; byKind: Record<string, number> } };
    expect(info.ok).toBe(true);
    expect(info.version).toMatch(/^\d{4}\./);
    expect(info.counts.byKind['threat-actor']).toBeGreaterThanOrEqual(1000);
    expect(info.counts.aliases).toBeGreaterThanOrEqual(3000);
  });

  it('finds exactly the labelled mentions on every evaluation page', async () => {
    const failures: string[] = [];
    for (const f of pageFiles) {
      const url = `${srv.url}/${f}?b=${ctx.browser.name}`;
      const page = await ctx.browser.newPage(url);
      const res = await mentionsWhen(ctx.browser, url);
      const got = res.mentions.map((m) => ({ text: m.text, entity: m.entityId }));
      const want = expectedOf(f);
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${f}\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}`);
      // The highlight registry holds one range per mention.
      const ranges = await page.evaluate(() => ((CSS as any).highlights.get('threat-context')?.size ?? 0) + ((CSS as any).highlights.get('threat-context-ambiguous')?.size ?? 0));
      if (ranges !== want.length) failures.push(`${f}: ${ranges} highlight ranges for ${want.length} mentions`);
      await page.close();
    }
    expect(failures).toEqual([]);
  });

  it('opens the card on hover, keeps it beside the mention, closes it on Escape, and leaves the page DOM alone', async () => {
    const f = 'wire-salt-typhoon-telecom-breach.html';
    const url = `${srv.url}/${f}?hover=${ctx.browser.name}`;
    const page = await ctx.browser.newPage(url);
    const res = await mentionsWhen(ctx.browser, url);
    const first = res.mentions[0];
    const pt = await mentionPoint(page, 0);
    await page.mouseMove(pt.x, pt.y);
    const shown = await page.waitForFunction(() => {
      const card = document.querySelector('threat-context-layer')?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null;
      return card && !card.hidden && card.textContent && card.textContent.length > 40 ? card.getAttribute('aria-label') : null;
    }, { timeout: 10_000 });
    expect(shown).toBe(first.name);
    const state = await cardState(page);
    // Never covers the mention.
    const overlaps = await page.evaluate((rect: { top: number; bottom: number; left: number; right: number }) => {
      const all: Range[] = [];
      for (const name of ['threat-context', 'threat-context-ambiguous']) for (const r of ((CSS as any).highlights.get(name) ?? [])) all.push(r as Range);
      all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const m = all[0].getBoundingClientRect();
      return !(m.bottom <= rect.top || m.top >= rect.bottom || m.right <= rect.left || m.left >= rect.right);
    }, state!.rect);
    expect(overlaps).toBe(false);
    await page.press('Escape');
    await page.waitForFunction(() => {
      const card = document.querySelector('threat-context-layer')?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null;
      return !card || card.hidden;
    });
    // The DOM: the page's own markup is byte-for-byte what the server sent; we added one host element.
    const dom = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      const hosts = document.querySelectorAll('threat-context-layer');
      return {
        bodySame: parsed.body.innerHTML === document.body.innerHTML,
        headSame: parsed.head.innerHTML === document.head.innerHTML,
        elements: document.querySelectorAll('*').length - parsed.querySelectorAll('*').length,
        hosts: hosts.length,
        hostParent: hosts[0]?.parentElement?.tagName,
        shadowOpen: !!hosts[0]?.shadowRoot,
      };
    });
    expect(dom).toEqual({ bodySame: true, headSame: true, elements: 1, hosts: 1, hostParent: 'HTML', shadowOpen: true });
    await page.close();
  });

  it('moves to the next mention from the keyboard command and opens its card', async () => {
    const f = 'house-style-salt-typhoon-investigation.html';
    const url = `${srv.url}/${f}?kbd=${ctx.browser.name}`;
    const page = await ctx.browser.newPage(url);
    const res = await mentionsWhen(ctx.browser, url);
    const a = (await ctx.browser.sendToTab(url, { type: 'page/next' })) as { ok: boolean; index: number };
    expect(a).toEqual({ ok: true, index: 0 });
    const b = (await ctx.browser.sendToTab(url, { type: 'page/next' })) as { ok: boolean; index: number };
    expect(b).toEqual({ ok: true, index: 1 });
    const label = await page.waitForFunction(() => {
      const card = document.querySelector('threat-context-layer')?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null;
      return card && !card.hidden ? card.getAttribute('aria-label') : null;
    });
    expect(label).toBe(res.mentions[1].name);
    await page.close();
  });

  it('highlights content added after load, and only once', async () => {
    const url = `${srv.url}/live.html?dyn=${ctx.browser.name}`;
    const page = await ctx.browser.newPage(url);
    await mentionsWhen(ctx.browser, url);
    await page.evaluate(() => {
      const feed = document.getElementById('feed')!;
      for (let i = 0; i < 3; i++) {
        const p = document.createElement('p');
        p.innerHTML = `Update ${i}: officials blamed <em>Volt</em> Typhoon and the hackers of APT28 for the breach.`;
        feed.append(p);
      }
    });
    await page.waitForFunction(() => ((CSS as any).highlights.get('threat-context')?.size ?? 0) >= 6, { timeout: 10_000 });
    const res = await mentionsWhen(ctx.browser, url);
    expect(res.mentions.map((m) => `${m.entityId}:${m.text}`)).toEqual([0, 1, 2].flatMap(() => ['actor/volt-typhoon:Volt Typhoon', 'actor/apt28:APT28']));
    // A changed text node is rescanned: the old mention goes, the new one comes.
    await page.evaluate(() => { (document.querySelector('#feed p:last-child em') as HTMLElement).parentElement!.textContent = 'Update 2: corrected, it was Salt Typhoon.'; });
    await page.waitForFunction(() => {
      let n = 0;
      for (const r of ((CSS as any).highlights.get('threat-context') ?? [])) if ((r as Range).toString() === 'Salt Typhoon') n++;
      return n === 1;
    }, { timeout: 10_000 });
    const after = await mentionsWhen(ctx.browser, url);
    expect(after.mentions.map((m) => m.text)).toEqual(['Volt Typhoon', 'APT28', 'Volt Typhoon', 'APT28', 'Salt Typhoon']);
    await page.close();
  });

  it('reads what the reader reveals: an opened <details>, a section no longer hidden', async () => {
    const url = `${srv.url}/live.html?reveal=${ctx.browser.name}`;
    const page = await ctx.browser.newPage(url);
    await mentionsWhen(ctx.browser, url);
    await page.evaluate(() => {
      const feed = document.getElementById('feed')!;
      const d = document.createElement('details');
      d.innerHTML = '<summary>Who was behind it?</summary><p>Officials blamed the hackers of APT28.</p>';
      const h = document.createElement('p');
      h.id = 'later';
      h.hidden = true;
      h.textContent = 'Later reports named Volt Typhoon as well.';
      // a visible paragraph in the same batch: once it is highlighted, the batch has been read
      const seen = document.createElement('p');
      seen.textContent = 'APT41 was named too.';
      feed.append(d, h, seen);
    });
    // closed and hidden: nothing of theirs is read
    await highlightCount(page, 1);
    expect((await mentionsWhen(ctx.browser, url)).mentions.map((m) => m.text)).toEqual(['APT41']);
    await page.evaluate(() => { document.querySelector('#feed details')!.setAttribute('open', ''); (document.getElementById('later') as HTMLElement).hidden = false; });
    await highlightCount(page, 3);
    const res = await mentionsWhen(ctx.browser, url);
    expect(res.mentions.map((m) => `${m.entityId}:${m.text}`)).toEqual(['actor/apt28:APT28', 'actor/volt-typhoon:Volt Typhoon', 'actor/apt41:APT41']);
    // hidden again: its mention goes
    await page.evaluate(() => { (document.getElementById('later') as HTMLElement).hidden = true; });
    await highlightCount(page, 2);
    expect((await mentionsWhen(ctx.browser, url)).mentions.map((m) => m.text)).toEqual(['APT28', 'APT41']);
    await page.close();
  });

  it('reads text an inline style="display:none" hid once the page shows it, not before, and drops it when hidden again', async () => {
    const url = `${srv.url}/live.html?style=${ctx.browser.name}`;
    const page = await ctx.browser.newPage(url);
    await mentionsWhen(ctx.browser, url);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'printonly';
      p.style.display = 'none';
      p.textContent = 'Print-only appendix: the hackers of APT28.';
      // a visible paragraph in the same batch: once it is highlighted, the batch has been read
      const seen = document.createElement('p');
      seen.textContent = 'APT41 was named too.';
      document.getElementById('feed')!.append(p, seen);
    });
    await highlightCount(page, 1);
    expect((await mentionsWhen(ctx.browser, url)).mentions.map((m) => m.text)).toEqual(['APT41']);
    // a style change that hides or shows nothing: the hidden text stays unread (a later append, once read, shows
    // the change was seen first)
    await page.evaluate(() => {
      (document.getElementById('printonly') as HTMLElement).style.color = 'red';
      const later = document.createElement('p');
      later.textContent = 'APT29 was named later.';
      document.getElementById('feed')!.append(later);
    });
    await highlightCount(page, 2);
    expect((await mentionsWhen(ctx.browser, url)).mentions.map((m) => m.text)).toEqual(['APT41', 'APT29']);
    await page.evaluate(() => { (document.getElementById('printonly') as HTMLElement).style.display = 'block'; });
    await highlightCount(page, 3);
    expect((await mentionsWhen(ctx.browser, url)).mentions.map((m) => `${m.entityId}:${m.text}`)).toEqual(['actor/apt28:APT28', 'actor/apt41:APT41', 'actor/apt29:APT29']);
    // and hidden again by its style: the mention goes
    await page.evaluate(() => { (document.getElementById('printonly') as HTMLElement).style.display = 'none'; });
    await highlightCount(page, 2);
    expect((await mentionsWhen(ctx.browser, url)).mentions.map((m) => m.text)).toEqual(['APT41', 'APT29']);
    await page.close();
  });

  it('a long page read in slices: context further down vouches for a name read earlier', async () => {
    const url = `${srv.url}/long.html?b=${ctx.browser.name}`;
    const page = await ctx.browser.newPage(url);
    const res = await mentionsWhen(ctx.browser, url);
    expect(res.stats.textChars).toBeGreaterThan(300_000);
    expect(res.mentions.map((m) => `${m.entityId}:${m.text}`)).toEqual(['actor/lazarus-group:Lazarus', 'actor/lazarus-group:Lazarus Group']);
    await page.close();
  });

  it('popup: lists the page entities with counts, reveals one, and searches every name', async () => {
    const f = 'vendor-blog-forest-blizzard-names.html';
    const url = `${srv.url}/${f}?popup=${ctx.browser.name}`;
    const page = await ctx.browser.newPage(url);
    const res = await mentionsWhen(ctx.browser, url);
    const tabId = await ctx.browser.tabIdOf(url);
    const popup = await ctx.browser.openExtensionPage(`src/ui/popup/index.html?tab=${tabId}`);
    const listed = await popup.waitForFunction(() => {
      const items = [...document.querySelectorAll('[data-testid="page-entity"]')];
      return items.length ? items.map((el) => [el.getAttribute('data-entity-id'), Number(el.querySelector('[data-testid="count"]')?.textContent)]) : null;
    }, { timeout: 15_000 });
    const counts = new Map<string, number>();
    for (const m of res.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    expect(new Map(listed as [string, number][])).toEqual(counts);
    // Clicking an entity reveals its first mention on the page and opens the card there.
    const firstId = (listed as [string, number][])[0][0];
    await popup.click(`[data-testid="page-entity"][data-entity-id="${firstId}"]`);
    const label = await page.waitForFunction(() => {
      const card = document.querySelector('threat-context-layer')?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null;
      return card && !card.hidden ? card.getAttribute('aria-label') : null;
    }, { timeout: 10_000 });
    expect(label).toBe(res.mentions.find((m) => m.entityId === firstId)!.name);
    // Search: any case, with and without punctuation, any script.
    for (const [q, id] of [['apt 28', 'actor/apt28'], ['APT-28', 'actor/apt28'], ['Fancy Bear', 'actor/apt28'], ['G0007', 'actor/apt28'], ['гру', 'agency/ru-gru'], ['ГРУ', 'agency/ru-gru'], ['Forest Blizzard', 'actor/apt28'], ['FANCY-BEAR', 'actor/apt28'], ['pegasus', 'product/pegasus']] as const) {
      const hits = (await ctx.browser.sendToBackground({ type: 'entity/search', query: q, limit: 5 })) as { ok: boolean; hits: { id: string }[] };
      expect(hits.ok).toBe(true);
      expect(hits.hits[0]?.id, q).toBe(id);
    }
    await popup.evaluate(() => {
      const input = document.querySelector('[data-testid="search"]') as HTMLInputElement;
      input.focus();
      input.value = 'forest blizzard';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.waitForFunction(() => document.querySelector('[data-testid="search-result"][data-entity-id="actor/apt28"]'), { timeout: 10_000 });
    await popup.click('[data-testid="search-result"][data-entity-id="actor/apt28"]');
    const name = await popup.waitForFunction(() => document.querySelector('[data-testid="profile"][data-entity-id="actor/apt28"] [data-testid="profile-name"]')?.textContent, { timeout: 10_000 });
    expect(name).toBe('APT28');
    await popup.close();
    await page.close();
  });
});
