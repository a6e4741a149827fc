/**
 * npm run bench:scan: the automaton's scan alone, warm, in node (no browser): the generated page's visible text
 * (read by TextGatherer in happy-dom, in 30,000-character chunks) scanned with each alias set, best of RUNS runs.
 * Absolute times depend on the machine; compare two commits on the same machine, one right after the other.
 * Usage: tsx scripts/bench/scan.ts [visibleChars=5000000] [runs=8]
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { Entity } from '../../src/core/dataset/schema';
import { Matcher } from '../../src/core/matcher/match';
import { TextGatherer } from '../../src/content/gather';
import { aliasSets, pageNames } from './sets';
import { generatePage } from './generate';

const chars = Number(process.argv[2] ?? 5_000_000);
const runs = Number(process.argv[3] ?? 8);
const ds = JSON.parse(readFileSync('public/dataset.json', 'utf8')) as { version: string; entities: Entity[] };
const page = generatePage({ visibleChars: chars, names: pageNames(ds.entities), seed: 7 });
const win = new Window();
win.document.body.innerHTML = page.html.replace(/^[\s\S]*<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, '');
const chunks: string[] = [];
const g = new TextGatherer(win.document.body as unknown as Node, win.document as unknown as Document);
for (let c = g.next(30_000); c; c = g.next(30_000)) chunks.push(c.text);
const total = chunks.reduce((a, c) => a + c.length, 0);
for (const set of aliasSets(ds)) {
  const automaton = new Matcher(set.data).automaton;
  let best = Infinity;
  let hits = 0;
  for (let r = 0; r < runs; r++) {
    hits = 0;
    const t = performance.now();
    for (const c of chunks) automaton.scanText(c, () => { hits++; });
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${set.count} aliases: ${total} chars, ${hits} raw hits, best scan ${best.toFixed(1)} ms (${(total / best / 1000).toFixed(0)} MB/s)`);
}
