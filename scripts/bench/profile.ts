/**
 * Where the scanner's time goes: a V8 CPU profile (CDP Profiler, 50 µs sampling) of one Scanner.fullScan
 * on a generated page, with an unminified bundle, summarised as self time per function.
 * Usage: tsx scripts/bench/profile.ts [visibleChars=1000000] [aliases=3000] [runsBefore=0]
 * runsBefore > 0 scans that many times first (warm JIT) and profiles the next scan.
 */
import { readFileSync } from 'node:fs';
import type { Entity } from '../../src/core/dataset/schema';
import { compileMatcher } from '../../src/core/matcher/compile';
import { generatePage } from './generate';
import { bundlePage } from './bundle';
import { launchChromium, openBenchPage } from './browser';

const chars = Number(process.argv[2] ?? 1_000_000);
const aliases = Number(process.argv[3] ?? 3000);
const warm = Number(process.argv[4] ?? 0);
const ds = JSON.parse(readFileSync('public/dataset.json', 'utf8')) as { version: string; entities: Entity[] };
const seen = new Set<string>();
const ents: Entity[] = [];
for (const e of ds.entities) {
  if (seen.size >= aliases) break;
  seen.add(e.name);
  const al = e.aliases.filter((a) => a.name !== e.name && !seen.has(a.name) && seen.size < aliases && (seen.add(a.name), true));
  ents.push({ ...e, aliases: al });
}
const data = compileMatcher(ents, ds.version);
const names = ['APT28', 'Fancy Bear', 'Salt Typhoon', 'Volt Typhoon', 'Lazarus Group', 'Kimsuky', 'Turla', 'NSO Group', 'Pegasus', 'Sandworm', ...ents.slice(0, 100).map((e) => e.name)];
const page0 = generatePage({ visibleChars: chars, names, seed: 7 });
const js = await bundlePage('sliced', process.cwd(), false);
const css = readFileSync('src/content/highlight.css', 'utf8');
const browser = await launchChromium();
const page = await openBenchPage(browser, page0.html, css, js);
await page.evaluate((d) => (window as any).tcLoad(d), data);
for (let i = 0; i < warm; i++) await page.evaluate(() => (window as any).tcScan());
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const r = await page.evaluate(() => (window as any).tcScan());
const { profile } = await cdp.send('Profiler.stop');
console.log(`scan: ${JSON.stringify(r)}`);
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas ?? [];
const counts = new Map<number, number>();
(profile.samples ?? []).forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
let total = 0;
for (const [id, us] of counts) {
  const n = byId.get(id)!;
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
  if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
  self.set(key, (self.get(key) ?? 0) + us);
  total += us;
}
console.log(`profiled (non-idle) ${(total / 1000).toFixed(1)} ms`);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(2).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
await browser.close();
