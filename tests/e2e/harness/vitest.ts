/**
 * vitest glue: one describe block per selected browser, each with its own browser that is
 * launched in beforeAll and always closed in afterAll.
 *
 *   describeEachBrowser('popup', distDirs(), (ctx) => {
 *     it('opens', async () => { const p = await ctx.browser.openExtensionPage('popup.html'); ... });
 *   });
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { launchBrowser, selectedBrowsers, type BrowserName, type ExtBrowser, type LaunchOptions } from './browsers';

export interface BrowserContextRef {
  readonly name: BrowserName;
  /** The launched browser; only valid inside tests and hooks. */
  readonly browser: ExtBrowser;
}

export function describeEachBrowser(
  title: string,
  dists: Partial<Record<BrowserName, string>> | ((name: BrowserName) => string | Promise<string>),
  body: (ctx: BrowserContextRef) => void,
  opts: LaunchOptions = {},
): void {
  for (const name of selectedBrowsers()) {
    describe(`${title} [${name}]`, () => {
      let browser: ExtBrowser | undefined;
      beforeAll(async () => {
        const dir = typeof dists === 'function' ? await dists(name) : dists[name];
        if (!dir) throw new Error(`no extension directory for ${name}`);
        browser = await launchBrowser(name, dir, opts);
        console.info(`[e2e] ${name} launched in ${browser.launchMs} ms`);
      });
      afterAll(async () => {
        await browser?.close();
      });
      body({
        name,
        get browser() {
          if (!browser) throw new Error(`${name} is not launched (beforeAll failed?)`);
          return browser;
        },
      });
    });
  }
}
