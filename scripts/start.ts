/**
 * npm start: serves the demo article on 127.0.0.1 and opens it in Chromium with the built extension
 * (dist/chrome) loaded. With a display it opens a real window and waits until you close it; without one
 * (a server, CI) it runs headless, prints what the extension found and saves a screenshot.
 * Firefox: `npx web-ext run -s dist/firefox --url <printed url>` or load dist/firefox/manifest.json
 * from about:debugging.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/harness/server';

const dist = resolve('dist/chrome');
const srv = await startServer({ root: resolve('demo') });
const url = `${srv.url}/article.html`;
const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
let exe = '';
try { exe = execSync('command -v chromium || command -v chromium-browser || command -v google-chrome', { shell: '/bin/sh' }).toString().trim(); } catch { /* below */ }
if (!exe) { console.error('No Chromium found: apt-get install chromium (or open dist/chrome from chrome://extensions).'); process.exit(1); }
const profile = mkdtempSync(join(tmpdir(), 'tc-start-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: exe, headless, viewport: { width: 1200, height: 900 },
  args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...(headless ? ['--headless=new'] : []), '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.goto(url);
console.log(`Demo article: ${url}  (extension: ${dist})`);
if (headless) {
  await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('threat-context')?.size, undefined, { timeout: 20_000 });
  const n = await page.evaluate(() => { const h = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights; return (h.get('threat-context')?.size ?? 0) + (h.get('threat-context-ambiguous')?.size ?? 0); });
  await page.screenshot({ path: 'demo-screenshot.png' });
  console.log(`No display: ran headless. ${n} mentions highlighted; screenshot in demo-screenshot.png.`);
  await ctx.close();
  srv.close();
  rmSync(profile, { recursive: true, force: true });
} else {
  console.log('Close the browser window to stop.');
  ctx.on('close', () => { srv.close(); rmSync(profile, { recursive: true, force: true }); process.exit(0); });
}
