/**
 * Which regular expressions a fresh page's scan uses, and what compiling them costs: each regex with a \p{...} class
 * is compiled on first use in every new page (about 0.2 ms per class), so the set a typical page touches is the fixed
 * part of a cold scan. Node, no browser: the bench's generated page (scripts/bench/generate.ts, its 100 KB seed),
 * gathered by TextGatherer in happy-dom in 30,000-character chunks and matched with the 3,000-alias set, while
 * RegExp.prototype.exec and test count the regexes they run. Each one is then compiled afresh (a no-op group
 * appended, so V8's compilation cache does not answer) and timed on its first use.
 * Usage: tsx scripts/bench/regexes.ts [visibleChars=100000] [top=15]
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { Entity } from '../../src/core/dataset/schema';
import { Matcher, newMatchContext } from '../../src/core/matcher/match';
import { TextGatherer } from '../../src/content/gather';
import { aliasSets, pageNames } from './sets';
import { generatePage } from './generate';

const chars = Number(process.argv[2] ?? 100_000);
const top = Number(process.argv[3] ?? 15);
const ds = JSON.parse(readFileSync('public/dataset.json', 'utf8')) as { version: string; entities: Entity[] };
const page = generatePage({ visibleChars: chars, names: pageNames(ds.entities), seed: 0xbe7c + Math.max(0, [100_000, 1_000_000, 5_000_000].indexOf(chars)) });
const win = new Window();
win.document.body.innerHTML = page.html.replace(/^[\s\S]*<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, '');
const chunks: string[] = [];
const g = new TextGatherer(win.document.body as unknown as Node, win.document as unknown as Document);
for (let c = g.next(30_000); c; c = g.next(30_000)) chunks.push(c.text);
const matcher = new Matcher(aliasSets(ds)[1].data);

// Count the regexes the scan runs (by object; their sources are read afterwards, with the originals restored).
const runs = new Map<RegExp, number>();
const originals = { exec: RegExp.prototype.exec, test: RegExp.prototype.test };
for (const name of ['exec', 'test'] as const) {
  const orig = originals[name] as (this: RegExp, s: string) => unknown;
  (RegExp.prototype as unknown as Record<string, unknown>)[name] = function (this: RegExp, s: string) { runs.set(this, (runs.get(this) ?? 0) + 1); return orig.call(this, s); };
}
const ctx = newMatchContext();
for (const c of chunks) matcher.match(c, ctx);
matcher.settle(ctx);
Object.assign(RegExp.prototype, originals);

const bySource = new Map<string, { flags: string; runs: number }>();
for (const [re, n] of runs) {
  const k = `/${re.source}/${re.flags}`;
  bySource.set(k, { flags: re.flags.replace(/[gy]/g, ''), runs: (bySource.get(k)?.runs ?? 0) + n });
}
const sample = 'The quick Brown fox, said Ivan Petrov (MSS) — 2024 hackers’ group. ГРУ 国家安全部 and more text here.';
// the first Unicode-property class built in a process also loads ICU's tables: paid here, not by the first row
/[\p{L}\p{Lu}\p{Ll}\p{N}\p{M}]/iu.test(sample);
let total = 0;
const rows: { ms: number; runs: number; re: string }[] = [];
for (const [k, v] of bySource) {
  const src = k.slice(1, k.lastIndexOf('/'));
  const re = new RegExp(`${src}(?:(?:(?:)))`, v.flags);
  const t = performance.now();
  re.test(sample);
  const ms = performance.now() - t;
  total += ms;
  rows.push({ ms, runs: v.runs, re: k });
}
rows.sort((a, b) => b.ms - a.ms);
console.log(`${chars} chars: ${bySource.size} regexes used; compiling them afresh takes ${total.toFixed(1)} ms in all`);
for (const r of rows.slice(0, top)) console.log(`${r.ms.toFixed(2).padStart(6)} ms  ${String(r.runs).padStart(5)} runs  ${r.re.slice(0, 110)}`);
