/**
 * Turns a dataset file's text into a complete, validated dataset, whatever published format it is in:
 * - a Threat Context dataset replaces the current one;
 * - a MISP galaxy cluster, an ATT&CK STIX bundle or Microsoft's naming map ENRICHES the current dataset:
 *   their actors are matched to ours (MITRE id, MISP uuid, or a name only one of our actors uses) and give
 *   them new names and references; actors we do not have are added. Our own fields are never overwritten.
 * Used by file import and by network updates, so both accept the same files.
 */
import type { Dataset, Entity, Problem } from './schema';
import { validateDataset, namesOf } from './validate';
import { foldKey } from '../normalise';
import { importMispGalaxy } from './importers/misp-galaxy';
import { importAttackStix } from './importers/attack-stix';
import { importMicrosoftNaming } from './importers/microsoft-naming';
import type { ImportResult } from './importers/common';
import { buildActors, markAmbiguous } from './merge';
import { hashString } from '../matcher/compile';

export type DatasetFormat = 'auto' | 'threat-context' | 'misp-galaxy' | 'attack-stix' | 'microsoft';
export type Converted = { ok: true; dataset: Dataset; summary: string } | { ok: false; problems: Problem[] };

const MAX_REFERENCES = 20;

export function detectFormat(parsed: unknown): Exclude<DatasetFormat, 'auto'> | undefined {
  if (Array.isArray(parsed)) return parsed.some((x) => x && typeof x === 'object' && 'Threat actor name' in x) ? 'microsoft' : undefined;
  if (!parsed || typeof parsed !== 'object') return undefined;
  const o = parsed as Record<string, unknown>;
  if ('schemaVersion' in o && 'entities' in o) return 'threat-context';
  if (Array.isArray(o.values) && typeof o.type === 'string') return 'misp-galaxy';
  if (o.type === 'bundle' && Array.isArray(o.objects)) return 'attack-stix';
  return undefined;
}

export function convertDataset(parsed: unknown, format: DatasetFormat, current: Dataset, today: string): Converted {
  const f = format === 'auto' ? detectFormat(parsed) : format;
  if (!f) return { ok: false, problems: [{ path: '', message: 'not a known format (Threat Context dataset, MISP galaxy cluster, ATT&CK STIX bundle, Microsoft naming map)' }] };
  if (f === 'threat-context') {
    const v = validateDataset(parsed);
    return v.ok ? { ok: true, dataset: v.dataset, summary: 'replaced the dataset' } : v;
  }
  const imported: ImportResult = f === 'misp-galaxy' ? importMispGalaxy(parsed) : f === 'attack-stix' ? importAttackStix(parsed) : importMicrosoftNaming(parsed);
  if (!imported.records.length) return { ok: false, problems: imported.problems.length ? imported.problems.slice(0, 5) : [{ path: '', message: 'no threat actors found in the file' }] };
  const built = buildActors(imported.records, {}, { updated: today });
  return enrich(current, built.entities, today);
}

/** Adds what `incoming` actors know to `current`; new actors are added with ids of their own. */
export function enrich(current: Dataset, incoming: Entity[], today: string): Converted {
  const entities: Entity[] = current.entities.map((e) => ({ ...e, aliases: e.aliases.map((a) => ({ ...a })), references: [...e.references] }));
  const actors = entities.filter((e) => e.kind === 'threat-actor');
  const byMitre = new Map<string, Entity>();
  const byMisp = new Map<string, Entity>();
  const byName = new Map<string, Entity[]>();
  const ids = new Set(entities.map((e) => e.id));
  for (const a of actors) {
    if (a.externalIds?.mitre) byMitre.set(a.externalIds.mitre, a);
    for (const u of a.externalIds?.misp ?? []) byMisp.set(u, a);
    for (const n of namesOf(a)) { const k = foldKey(n); byName.set(k, [...(byName.get(k) ?? []), a]); }
  }
  let added = 0, enriched = 0, names = 0;
  for (const inc of incoming) {
    const target =
      (inc.externalIds?.mitre && byMitre.get(inc.externalIds.mitre)) ||
      (inc.externalIds?.misp ?? []).map((u) => byMisp.get(u)).find(Boolean) ||
      namesOf(inc).map((n) => byName.get(foldKey(n))).find((l) => l?.length === 1)?.[0];
    if (!target) {
      let id = inc.id;
      for (let i = 2; ids.has(id); i++) id = `${inc.id}-${i}`;
      ids.add(id);
      entities.push({ ...inc, id, updated: today });
      added++;
      continue;
    }
    const have = new Set(namesOf(target).map(foldKey));
    let changed = false;
    for (const a of inc.aliases) {
      const k = foldKey(a.name);
      if (!k || have.has(k)) continue;
      have.add(k);
      target.aliases.push({ name: a.name, ...(a.source ? { source: a.source } : {}) });
      names++;
      changed = true;
    }
    const refs = new Set(target.references.map((r) => r.url));
    for (const r of inc.references) if (!refs.has(r.url) && target.references.length < MAX_REFERENCES) { target.references.push(r); refs.add(r.url); changed = true; }
    if (!target.country?.length && inc.country?.length) { target.country = inc.country; changed = true; }
    if (!target.firstSeen && inc.firstSeen) { target.firstSeen = inc.firstSeen; changed = true; }
    if (changed) { target.updated = today; enriched++; }
  }
  // New shared names are marked ambiguous on every side, as the validator requires.
  markAmbiguous(entities);
  const dataset: Dataset = { schemaVersion: current.schemaVersion, version: `${current.version.split('+')[0]}+i${hashString(JSON.stringify(entities)).slice(0, 6)}`, entities };
  const v = validateDataset(dataset);
  if (!v.ok) return v;
  return { ok: true, dataset: v.dataset, summary: `${added} actors added, ${enriched} enriched with ${names} new names` };
}
