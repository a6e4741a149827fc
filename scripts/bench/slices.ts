/**
 * Every slice of the scanner's full scan on cold pages: a scheduler.yield wrapper in the page records the time
 * between yields (the first slice starts with the scan call). Prints each run's longest slices with their
 * index, the last three, and any longtask entries. Explains the bench's "longest slice" column.
 * Usage: tsx scripts/bench/slices.ts [visibleChars=5000000] [aliasSet=2 (0: 300, 1: 3,000, 2: 10,000)]
 */
import { readFileSync } from 'node:fs';
import { generatePage } from './generate';
import { bundlePage } from './bundle';
import { launchChromium, openBenchPage } from './browser';
import { aliasSets, pageNames } from './sets';
const chars = Number(process.argv[2] ?? 5_000_000);
const k = Number(process.argv[3] ?? 2);
// The bench's page of this size: scripts/bench.ts seeds its 100 KB, 1 MB and 5 MB pages 0xbe7c + 0, 1, 2.
const SEED = 0xbe7c + Math.max(0, [100_000, 1_000_000, 5_000_000].indexOf(chars));
const ds = JSON.parse(readFileSync('public/dataset.json', 'utf8'));
const sets = aliasSets(ds);
const page0 = generatePage({ visibleChars: chars, names: pageNames(ds.entities), seed: SEED });
const js = await bundlePage('sliced', process.cwd());
const css = readFileSync('src/content/highlight.css', 'utf8');
const browser = await launchChromium();
for (let run = 0; run < 3; run++) {
  const page = await openBenchPage(browser, page0.html, css, js);
  await page.evaluate((d) => (window as any).tcLoad(d), sets[k].data);
  const r = await page.evaluate(async () => {
    const sch = (globalThis as any).scheduler;
    const orig = sch.yield.bind(sch);
    const marks: number[] = [performance.now()];
    sch.yield = async () => { marks.push(performance.now()); await orig(); marks.push(performance.now()); };
    const long: number[] = [];
    const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) long.push(Math.round(e.duration)); });
    po.observe({ type: 'longtask', buffered: false });
    const res = await (window as any).tcScan();
    marks.push(performance.now());
    await new Promise((r) => setTimeout(r, 100));
    po.disconnect();
    const slices: number[] = [];
    for (let i = 0; i + 1 < marks.length; i += 2) slices.push(Math.round((marks[i + 1] - marks[i]) * 10) / 10);
    return { res, slices, long };
  });
  const sl = r.slices;
  const top = [...sl.map((v, i) => [v, i])].sort((a, b) => b[0] - a[0]).slice(0, 6);
  console.log(`run ${run}: ${sl.length} slices, longest ${JSON.stringify(top)} (value, index); last 3 ${JSON.stringify(sl.slice(-3))}; longtasks ${JSON.stringify(r.long)}; stats: longest ${r.res.longestSliceMs} ms, busy ${r.res.busyMs} ms, wall ${Math.round(r.res.ms)} ms, mentions ${r.res.mentions}`);
  await page.context().close();
}
await browser.close();
