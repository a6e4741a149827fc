/**
 * Matcher work outside the browser: automaton hits, cue hits and accepted mentions per alias set on a
 * generated page's text (node, no DOM; page text approximated by stripping tags). Explains per-set costs.
 * Usage: tsx scripts/bench/hits.ts [visibleChars=1000000]
 */
import { readFileSync } from 'node:fs';
import type { Entity } from '../../src/core/dataset/schema';
import { compileMatcher } from '../../src/core/matcher/compile';
import { Matcher } from '../../src/core/matcher/match';
import { normaliseText } from '../../src/core/normalise';
import { generatePage } from './generate';

const chars = Number(process.argv[2] ?? 1_000_000);
const ds = JSON.parse(readFileSync('public/dataset.json', 'utf8')) as { version: string; entities: Entity[] };
const names = ['APT28', 'Fancy Bear', 'Salt Typhoon', 'Lazarus Group', 'Kimsuky', 'Turla', 'NSO Group', 'Pegasus'];
const text = generatePage({ visibleChars: chars, names, seed: 7 }).html.replace(/<[^>]+>/g, ' ');
for (const n of [300, 3000, 1e9]) {
  const seen = new Set<string>();
  const ents: Entity[] = [];
  for (const e of ds.entities) {
    if (seen.size >= n) break;
    seen.add(e.name);
    ents.push({ ...e, aliases: e.aliases.filter((a) => a.name !== e.name && !seen.has(a.name) && seen.size < n && (seen.add(a.name), true)) });
  }
  const data = compileMatcher(ents, ds.version);
  const m = new Matcher(data);
  const norm = normaliseText(text);
  const groups = data.groupRows.length;
  const byValue = new Map<number, number>();
  let hits = 0, cues = 0;
  m.automaton.scan(norm.codes, 0, norm.length, (_s, _e, v) => { if (v >= groups) cues++; else { hits++; byValue.set(v, (byValue.get(v) ?? 0) + 1); } });
  const top = [...byValue].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([g, c]) => `${JSON.stringify(data.groupRows[g].map((r) => ds.entities.length && ents[data.rowEntity[r]].name))}×${c}`);
  const t0 = performance.now();
  const found = m.match(text);
  console.log(`${seen.size} names: ${hits} name hits, ${cues} cue hits, ${found.length} mentions, match ${(performance.now() - t0).toFixed(0)} ms; top groups ${top.join(', ')}`);
}
