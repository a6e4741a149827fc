/** Dataset counts as `dataset/info` reports them. */
import { ENTITY_KINDS, type Entity, type EntityKind } from './schema';
import { foldKey } from '../normalise';
import { namesOf } from './validate';
import type { DatasetCounts } from '../messages';

/** `aliases` counts distinct names after case and punctuation folding ("APT 28" = "apt-28"), over all entities. */
export function countDataset(entities: Entity[]): DatasetCounts {
  const byKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  const keys = new Set<string>();
  for (const e of entities) {
    byKind[e.kind]++;
    for (const n of namesOf(e)) { const k = foldKey(n); if (k) keys.add(k); }
  }
  return { entities: entities.length, aliases: keys.size, byKind };
}
