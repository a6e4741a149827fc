/**
 * The first full scan of a page against the next ones, in real Chromium: what JIT warm-up and lazily compiled
 * regular expressions cost a fresh content script. Each run opens a fresh page, then loads and scans it three
 * times (a new Matcher, Highlighter and Scanner each time), and prints the busy time of each scan.
 * Usage: tsx scripts/bench/warm.ts [visibleChars=100000] [aliasSet=1 (0: 300, 1: 3,000, 2: 10,000)] [runs=3]
 */
import { readFileSync } from 'node:fs';
import type { Entity } from '../../src/core/dataset/schema';
import { aliasSets, pageNames } from './sets';
import { generatePage } from './generate';
import { bundlePage } from './bundle';
import { launchChromium, openBenchPage } from './browser';

const chars = Number(process.argv[2] ?? 100_000);
const which = Number(process.argv[3] ?? 1);
const runs = Number(process.argv[4] ?? 3);
const ds = JSON.parse(readFileSync('public/dataset.json', 'utf8')) as { version: string; entities: Entity[] };
const set = aliasSets(ds)[which];
const page0 = generatePage({ visibleChars: chars, names: pageNames(ds.entities), seed: 7 });
const js = await bundlePage('sliced', process.cwd(), true);
const css = readFileSync('src/content/highlight.css', 'utf8');
const browser = await launchChromium();
type Scan = { busyMs: number; mentions: number };
for (let r = 0; r < runs; r++) {
  const page = await openBenchPage(browser, page0.html, css, js);
  const busy: string[] = [];
  for (let k = 0; k < 3; k++) {
    await page.evaluate((d) => (window as unknown as { tcLoad: (x: unknown) => unknown }).tcLoad(d), set.data);
    const s = (await page.evaluate(() => (window as unknown as { tcScan: () => Promise<unknown> }).tcScan())) as Scan;
    busy.push(`${s.busyMs.toFixed(1)} ms (${s.mentions} mentions)`);
  }
  console.log(`${chars} chars, ${set.count} aliases, run ${r + 1}: first scan ${busy[0]}, second ${busy[1]}, third ${busy[2]}`);
  await page.close();
}
await browser.close();
