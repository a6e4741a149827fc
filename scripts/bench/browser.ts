/**
 * The browser side shared by the bench scripts (scripts/bench.ts, profile.ts, slices.ts): Debian's Chromium
 * through playwright-core, and generated pages with the content-script stylesheet and the bench bundle.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROME_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(process.env.BENCH_JS_FLAGS ? [`--js-flags=${process.env.BENCH_JS_FLAGS}`] : [])];

/** Debian's Chromium (`command -v chromium`), headless. */
export function launchChromium(): Promise<Browser> {
  const executablePath = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  return chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
}

/**
 * A page's HTML with the content-script stylesheet in <head> and the bench bundle at the end of <body> (the
 * page's own clock). Replacer functions: the bundle's own text holds "$&" (escapeRe), which a replacement
 * string would expand.
 */
export function withBench(html: string, css: string, js: string): string {
  return html.replace('</head>', () => `<style>${css}</style></head>`).replace('</body>', () => `<script>${js}</script></body>`);
}

/** `html` with the bench in a fresh context of `browser`, served from an in-memory route and laid out once. */
export async function openBenchPage(browser: Browser, html: string, css: string, js: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.route('http://bench.local/', (r) => r.fulfill({ contentType: 'text/html', body: withBench(html, css, js) }));
  await page.goto('http://bench.local/');
  await page.evaluate(() => document.body.offsetHeight);
  return page;
}
