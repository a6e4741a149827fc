/**
 * Assembles the bundled dataset from the reviewed sources in data/: validates it, and bakes the
 * matching hints that need an English dictionary (which the extension does not ship) into the aliases.
 * `npm run dataset` (scripts/build-dataset.ts) is a thin file-reading wrapper around this.
 */
import type { Alias, AliasMatch, Dataset, Entity, Problem, Relation } from './schema';
import { SCHEMA_VERSION } from './schema';
import { validateDataset } from './validate';
import { effectiveMatch } from '../matcher/rules';
import { hashString } from '../matcher/compile';

export interface BuildResult { ok: boolean; dataset?: Dataset; problems: Problem[] }

/**
 * Writes `match` on every alias whose rule, derived with the dictionary, differs from what the extension
 * would derive without one. The canonical name gets an alias entry when it needs a hint.
 */
export function bakeHints(e: Entity, isOrdinary: (w: string) => boolean): Entity {
  const bake = (a: Alias): Alias => {
    const withDict = effectiveMatch(a, isOrdinary);
    const without = effectiveMatch({ name: a.name });
    if (a.match && a.match.case !== undefined && a.match.context !== undefined && a.match.off !== undefined) return a;
    if (withDict.case === without.case && withDict.context === without.context && withDict.off === without.off && !a.match) return a;
    // The derived rule is written out; a `qualified` or `namesake` mark is the author's and is kept.
    return { ...a, match: { ...withDict, ...(a.match?.qualified ? { qualified: true } : {}), ...(a.match?.namesake ? { namesake: true } : {}) } };
  };
  const aliases = e.aliases.map(bake);
  if (!aliases.some((a) => a.name === e.name)) {
    const c = bake({ name: e.name });
    if (c.match) aliases.unshift(c);
  }
  return { ...e, aliases };
}

/**
 * Two actors that share a name are tracked as different groups by different vendors: record that as an
 * "overlaps" relation on both (with the shared name as its note), unless the data already relates them.
 */
export function deriveOverlaps(entities: Entity[]): Entity[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const add = new Map<string, Relation[]>();
  for (const e of entities) {
    if (e.kind !== 'threat-actor') continue;
    for (const a of e.aliases) for (const other of a.ambiguous ?? []) {
      if (byId.get(other)?.kind !== 'threat-actor') continue;
      if ((e.relations ?? []).some((r) => r.id === other) || add.get(e.id)?.some((r) => r.id === other)) continue;
      const list = add.get(e.id) ?? [];
      list.push({ type: 'overlaps', id: other, note: `both go by "${a.name}"` });
      add.set(e.id, list);
    }
  }
  return entities.map((e) => (add.has(e.id) ? { ...e, relations: [...(e.relations ?? []), ...add.get(e.id)!] } : e));
}

/** Global hints by exact alias spelling (data/match-hints.json), applied over the entity files' own. */
export type HintTable = Record<string, AliasMatch>;

export function applyHintTable(e: Entity, table: HintTable): Entity {
  const has = (n: string) => Object.prototype.hasOwnProperty.call(table, n);
  let aliases = e.aliases.map((a) => (has(a.name) ? { ...a, match: { ...a.match, ...table[a.name] } } : a));
  if (has(e.name) && !aliases.some((a) => a.name === e.name)) aliases = [{ name: e.name, match: table[e.name] }, ...aliases];
  return aliases === e.aliases ? e : { ...e, aliases };
}

export function buildDataset(parts: unknown[][], isOrdinary: (w: string) => boolean, version?: string, hints: HintTable = {}): BuildResult {
  const entities = parts.flat() as Entity[];
  const first = validateDataset({ schemaVersion: SCHEMA_VERSION, version: 'build', entities });
  if (!first.ok) return { ok: false, problems: first.problems };
  const baked = deriveOverlaps(entities).map((e) => bakeHints(applyHintTable(e, hints), isOrdinary)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const latest = baked.reduce((m, e) => (e.updated > m ? e.updated : m), '0000-00-00');
  const v = version ?? `${latest.replace(/-/g, '.')}-${hashString(JSON.stringify(baked))}`;
  const dataset: Dataset = { schemaVersion: SCHEMA_VERSION, version: v, entities: baked };
  const second = validateDataset(dataset);
  if (!second.ok) return { ok: false, problems: second.problems };
  return { ok: true, dataset, problems: [] };
}
