/**
 * Matcher work outside the browser, per bench alias set (scripts/bench/sets.ts): automaton hits, cue hits,
 * mentions, and the time of the raw automaton scan (folding included) and of match + settle, on one generated page whose names
 * every set holds (no dotted forms: so each set finds the same mentions, as in the bench's "alias count alone").
 * Node, no DOM (page text approximated by stripping tags, so the whole page is one block: the worst case for the
 * rules that look at the block around a hit); best of `runs`, the sets taken in turn.
 * Usage: tsx scripts/bench/hits.ts [visibleChars=1000000] [runs=15]
 */
import { readFileSync } from 'node:fs';
import type { Entity } from '../../src/core/dataset/schema';
import { Matcher, newMatchContext } from '../../src/core/matcher/match';
import { generatePage } from './generate';
import { aliasSets } from './sets';

const chars = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 15);
const ds = JSON.parse(readFileSync('public/dataset.json', 'utf8')) as { version: string; entities: Entity[] };
const sets = aliasSets(ds);
const text = generatePage({ visibleChars: chars, names: sets[0].names.slice(0, 200), dotted: [], seed: 7 }).html.replace(/<[^>]+>/g, ' ');
const matchers = sets.map((s) => new Matcher(s.data));
const best = sets.map(() => ({ scan: Infinity, match: Infinity, hits: 0, cues: 0, mentions: 0 }));
for (let k = 0; k < runs; k++) {
  matchers.forEach((m, i) => {
    const groups = sets[i].data.groupRows.length;
    let hits = 0, cues = 0;
    let t0 = performance.now();
    m.automaton.scanText(text, (_s, _e, v) => { if (v >= groups) cues++; else hits++; });
    best[i].scan = Math.min(best[i].scan, performance.now() - t0);
    t0 = performance.now();
    const ctx = newMatchContext();
    const n = m.match(text, ctx).length + m.settle(ctx).add.length;
    best[i].match = Math.min(best[i].match, performance.now() - t0);
    Object.assign(best[i], { hits, cues, mentions: n });
  });
}
best.forEach((b, i) => console.log(`${sets[i].count} names: automaton ${matchers[i].automaton.states} states, ${(matchers[i].automaton.byteLength / 1024).toFixed(0)} KiB; ${b.hits} name hits, ${b.cues} cue hits, ${b.mentions} mentions; scan ${b.scan.toFixed(1)} ms, match + settle ${b.match.toFixed(1)} ms (change vs ${sets[0].count}: ${(100 * (b.match / best[0].match - 1)).toFixed(0)}%)`));
