/**
 * The bench's alias sets and page names, shared by scripts/bench.ts and scripts/bench/hits.ts: the first N
 * names of the real dataset (topped up with invented ones in the shapes of real names to reach 10,000), and
 * the names the generated pages carry.
 */
import type { Entity } from '../../src/core/dataset/schema';
import { compileMatcher, type MatcherData } from '../../src/core/matcher/compile';
import { prng } from './generate';

export const ALIAS_COUNTS = [300, 3_000, 10_000];

export interface AliasSet { count: number; names: string[]; data: MatcherData; compileMs: number; jsonBytes: number; synthetic: number }

export function firstNames(entities: Entity[], n: number): { entities: Entity[]; names: string[] } {
  const seen = new Set<string>();
  const out: Entity[] = [];
  for (const e of entities) {
    if (seen.size >= n) break;
    const aliases = [];
    if (!seen.has(e.name)) seen.add(e.name);
    for (const a of e.aliases) {
      if (seen.size >= n) break;
      if (a.name === e.name) continue;
      if (seen.has(a.name)) { if (a.ambiguous) aliases.push(a); continue; }
      seen.add(a.name);
      aliases.push(a);
    }
    out.push({ ...e, aliases });
  }
  return { entities: out, names: [...seen] };
}

/** Invented names in the shapes of real ones, to reach 10,000 aliases. */
function syntheticEntities(taken: Set<string>, need: number): Entity[] {
  const rnd = prng(0x5eed);
  const adj = ['Amber', 'Basalt', 'Cinder', 'Dusky', 'Ember', 'Frost', 'Granite', 'Hollow', 'Indigo', 'Jade', 'Kestrel', 'Lunar', 'Mossy', 'Nimbus', 'Onyx', 'Pallid', 'Quartz', 'Russet', 'Sable', 'Tawny', 'Umber', 'Vesper', 'Willow', 'Xenial', 'Yarrow', 'Zephyr'];
  const noun = ['Heron', 'Lynx', 'Marten', 'Osprey', 'Ibex', 'Plover', 'Tapir', 'Gecko', 'Kudu', 'Stoat', 'Wren', 'Vole', 'Newt', 'Egret', 'Civet', 'Bison', 'Auk', 'Shrike', 'Dingo', 'Quail'];
  const out: Entity[] = [];
  let made = 0;
  const add = (s: string, bag: string[]) => { if (!taken.has(s)) { taken.add(s); bag.push(s); made++; } };
  for (let i = 0; made < need; i++) {
    const bag: string[] = [];
    add(`Storm-${String(10000 + Math.floor(rnd() * 89999))}`, bag);
    if (made < need) add(`UNC${1000 + Math.floor(rnd() * 8999)}`, bag);
    if (made < need) add(`${adj[Math.floor(rnd() * adj.length)]} ${noun[Math.floor(rnd() * noun.length)]} ${i}`, bag);
    if (made < need && rnd() < 0.5) add(`${adj[Math.floor(rnd() * adj.length)]}${noun[Math.floor(rnd() * noun.length)]}${i}`, bag);
    if (!bag.length) continue;
    out.push({ id: `actor/synthetic-${i}`, kind: 'threat-actor', name: bag[0], aliases: bag.slice(1).map((name) => ({ name, source: ['synthetic'] })), references: [{ url: 'https://example.org/' }] } as Entity);
  }
  return out;
}

export function aliasSets(dataset: { version: string; entities: Entity[] }): AliasSet[] {
  const sets: AliasSet[] = [];
  for (const count of ALIAS_COUNTS) {
    let { entities, names } = firstNames(dataset.entities, count);
    let synthetic = 0;
    if (names.length < count) {
      const extra = syntheticEntities(new Set(names), count - names.length);
      synthetic = extra.reduce((n, e) => n + 1 + e.aliases.length, 0);
      entities = [...entities, ...extra];
      names = [...names, ...extra.flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)])];
    }
    const t0 = performance.now();
    const data = compileMatcher(entities, dataset.version);
    const compileMs = performance.now() - t0;
    sets.push({ count, names, data, compileMs, jsonBytes: JSON.stringify(data).length, synthetic });
  }
  return sets;
}


export function pageNames(entities: Entity[]): string[] {
  const hand = ['APT28', 'Fancy Bear', 'Salt Typhoon', 'Volt Typhoon', 'Lazarus Group', 'Kimsuky', 'Turla', 'Cozy Bear', 'APT29', 'NSO Group', 'Pegasus', 'Charming Kitten', 'Unit 8200', 'Storm-0558', 'Scattered Spider', 'Intellexa', 'Candiru', 'Mustang Panda', 'MuddyWater', 'OilRig', 'Sandworm'];
  const all: string[] = [];
  for (const e of entities) for (const a of [{ name: e.name, match: undefined as { off?: boolean } | undefined }, ...e.aliases]) if (!a.match?.off) all.push(a.name);
  const rnd = prng(0xa11a5);
  const sample: string[] = [];
  for (let i = 0; i < 160; i++) sample.push(all[Math.floor(rnd() * all.length)]);
  return [...new Set([...hand, ...sample])];
}
