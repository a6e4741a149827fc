/**
 * Whole-dataset validation: entity shapes (schema.ts) plus the rules that span entities:
 * unique ids, relations that point at existing entities, and aliases shared by two entities
 * that are not marked ambiguous on both sides. Used by `npm run dataset`, by updates and on import.
 */
import { foldKey } from '../normalise';
import { SCHEMA_VERSION, validateEntity, type Dataset, type Entity, type Problem } from './schema';

export const MAX_ENTITIES = 50_000;

export type Validated = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** All names of an entity, canonical name first. */
export function namesOf(e: Entity): string[] {
  const out = [e.name];
  for (const a of e.aliases) if (a.name !== e.name) out.push(a.name);
  return out;
}

export function validateDataset(input: unknown): Validated {
  const problems: Problem[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, problems: [{ path: '', message: 'dataset must be an object' }] };
  const d = input as Record<string, unknown>;
  if (d.schemaVersion !== SCHEMA_VERSION) problems.push({ path: 'schemaVersion', message: `schemaVersion must be ${SCHEMA_VERSION}` });
  if (typeof d.version !== 'string' || !/^[0-9A-Za-z._+-]{1,64}$/.test(d.version)) problems.push({ path: 'version', message: 'version must be a short string' });
  if (!Array.isArray(d.entities)) return { ok: false, problems: [...problems, { path: 'entities', message: 'entities must be a list' }] };
  if (d.entities.length > MAX_ENTITIES) return { ok: false, problems: [...problems, { path: 'entities', message: `more than ${MAX_ENTITIES} entities` }] };
  d.entities.forEach((e, i) => problems.push(...validateEntity(e, `entities[${i}]`)));
  if (problems.length) return { ok: false, problems };

  const entities = d.entities as Entity[];
  problems.push(...crossCheck(entities));
  if (problems.length) return { ok: false, problems };
  return { ok: true, dataset: input as unknown as Dataset };
}

function crossCheck(entities: Entity[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  for (const e of entities) {
    if (ids.has(e.id)) problems.push({ path: e.id, message: `duplicate id ${e.id}` });
    ids.add(e.id);
  }
  for (const e of entities) {
    for (const r of e.relations ?? []) if (!ids.has(r.id)) problems.push({ path: e.id, message: `relation ${r.type} points at unknown entity ${r.id}` });
    for (const a of e.aliases) for (const other of a.ambiguous ?? []) if (!ids.has(other)) problems.push({ path: e.id, message: `alias "${a.name}" is marked ambiguous with unknown entity ${other}` });
  }
  // Shared names: every entity that uses a folded name must list all the others in `ambiguous`.
  const owners = new Map<string, Set<string>>();
  const marks = new Map<string, Set<string>>(); // `${id}\u0000${key}` -> declared others
  for (const e of entities) {
    for (const name of namesOf(e)) {
      const key = foldKey(name);
      if (!key) { problems.push({ path: e.id, message: `name "${name}" has no letters or digits` }); continue; }
      let set = owners.get(key);
      if (!set) owners.set(key, (set = new Set()));
      set.add(e.id);
    }
    for (const a of e.aliases) {
      if (!a.ambiguous?.length) continue;
      const k = `${e.id}\u0000${foldKey(a.name)}`;
      let set = marks.get(k);
      if (!set) marks.set(k, (set = new Set()));
      for (const o of a.ambiguous) set.add(o);
    }
  }
  for (const [key, set] of owners) {
    if (set.size < 2) continue;
    for (const id of set) {
      const declared = marks.get(`${id}\u0000${key}`) ?? new Set();
      const missing = [...set].filter((o) => o !== id && !declared.has(o));
      if (missing.length) problems.push({ path: id, message: `name "${key}" is also used by ${missing.join(', ')}: mark the alias ambiguous on both entities` });
    }
  }
  return problems;
}
