/**
 * Merges partial actor records from several published sources (importers/*) into threat-actor entities.
 *
 * Records are one actor when they share an ATT&CK group id, a MISP uuid or a folded name (foldKey). To avoid
 * transitive over-merging through shared or generic names:
 * - a short list of names is never used as a merge key (`neverMergeOn`: "Andariel", "Grizzly Steppe"...);
 * - two records of the same origin (two MISP clusters, two ATT&CK groups) are never joined by a name or id,
 *   unless their primary names agree (the same cluster filed twice): each source already decided they differ;
 * - stronger links are applied first (forced merges, ATT&CK ids, MISP uuids, primary names, then other names);
 * - a curated overlay can force merges (`merge`, or several `from` selectors on one actor) and forbid them (`split`).
 * A name left on two distinct actors stays on both and is marked `ambiguous` with the other (never dropped).
 *
 * Pure TypeScript: no Node, no DOM; problems are returned as values.
 */
import { foldKey } from '../normalise';
import type { Alias, AliasMatch, Entity, Operation, Problem, Reference, Relation } from './schema';
import { MICROSOFT_NAMING_URL, uniq, type ActorRecord, type SourcedName } from './importers/common';

/** One hand-written actor in the overlay. Everything here wins over the imported facts. */
export interface OverlayActor {
  /** The entity id to produce, e.g. "actor/apt28". */
  id: string;
  /** Canonical display name (the name journalists use). */
  name?: string;
  /** Record selectors ("mitre:G0007", "misp:<uuid or value>", "microsoft:<name>", "name:<any name>").
   *  The first one that resolves picks the merged actor; all of them are forced into one actor. */
  from?: string[];
  summary?: string;
  sponsor?: string;
  country?: string[];
  motivation?: string[];
  firstSeen?: string;
  lastSeen?: string;
  relations?: Relation[];
  operations?: Operation[];
  /** Extra aliases, or changes (source, match) to existing aliases of the same exact name. */
  aliases?: Alias[];
  /** Names (compared with foldKey) to remove from this actor. */
  removeAliases?: string[];
  references?: Reference[];
  targets?: { sectors?: string[]; countries?: string[] };
}

export interface Overlay {
  /** Names never used as merge keys. */
  neverMergeOn?: string[];
  /** Record selectors of records left out entirely (e.g. a MISP "actor" that is really a vendor, an agency or a campaign). */
  exclude?: string[];
  /** Groups of record selectors forced into one actor. */
  merge?: string[][];
  /** Groups of record selectors that must end up in different actors. */
  split?: string[][];
  /** Names (compared with foldKey) removed from every actor: names that belong to agencies or vendors, or that name a campaign ("Cloud Hopper"). */
  dropNames?: string[];
  /** Matching hints applied to every actor alias of exactly this spelling. */
  match?: Record<string, AliasMatch>;
  actors?: OverlayActor[];
}

export interface BuildOptions {
  /** `updated` date of every produced entity. */
  updated: string;
  /** At most this many references per entity (default 10). */
  maxReferences?: number;
}

export interface BuildResult {
  entities: Entity[];
  /** Names of merged actors dropped because no source gives them an http(s) reference. */
  dropped: string[];
  /** Records left out because every name they have is a campaign's ("Operation Triangulation"). */
  campaigns: string[];
  problems: Problem[];
}

/** A source's record named like an operation ("Operation Sharpshooter", "Op. Wocao") describes a campaign. */
export function isCampaignName(name: string): boolean {
  return /^(?:operation|op\.)\s/i.test(name.trim());
}

const ORIGIN_RANK: Record<string, number> = { mitre: 0, microsoft: 1, misp: 2 };
const rank = (o: string) => ORIGIN_RANK[o] ?? 3;

// ---------------------------------------------------------------------------------------------
// Selectors

/** Indices of the records a selector names: "mitre:G0007", "misp:<uuid>|<value>", "microsoft:<name>", "name:<any name>". */
export function selectRecords(records: ActorRecord[], selector: string): number[] {
  const i = selector.indexOf(':');
  if (i <= 0) return [];
  const origin = selector.slice(0, i).trim().toLowerCase();
  const value = selector.slice(i + 1).trim();
  const k = foldKey(value);
  const out: number[] = [];
  records.forEach((r, j) => {
    if (origin === 'name') {
      if (r.names.some((n) => foldKey(n.name) === k)) out.push(j);
      return;
    }
    if (r.origin !== origin) return;
    if (r.key.toLowerCase() === value.toLowerCase() || foldKey(r.name) === k) out.push(j);
    else if (origin === 'mitre' && r.mitre?.includes(value.toUpperCase())) out.push(j);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Clustering

export interface ClusterOptions {
  neverMergeOn?: string[];
  merge?: string[][];
  split?: string[][];
}

export interface ClusterResult {
  /** Groups of record indices, each one actor; ordered by their first record. */
  clusters: number[][];
  problems: Problem[];
}

export function clusterRecords(records: ActorRecord[], opts: ClusterOptions = {}): ClusterResult {
  const problems: Problem[] = [];
  const n = records.length;
  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; }
    return i;
  };
  // Per component: origin -> primary-name keys of its records; split group -> member indices present.
  const primaries = records.map((r) => new Map<string, Set<string>>([[r.origin, new Set([foldKey(r.name)])]]));
  const splitsOf = records.map(() => new Map<number, Set<number>>());
  (opts.split ?? []).forEach((group, g) => {
    group.forEach((sel, m) => {
      const hit = selectRecords(records, sel);
      if (!hit.length) problems.push({ path: `split[${g}]`, message: `selector "${sel}" matches no record` });
      for (const r of hit) {
        const map = splitsOf[r];
        if (!map.has(g)) map.set(g, new Set());
        map.get(g)!.add(m);
      }
    });
  });

  const compatible = (a: number, b: number): boolean => {
    for (const [o, ka] of primaries[a]) {
      const kb = primaries[b].get(o);
      if (kb && ![...ka].some((k) => kb.has(k))) return false;
    }
    for (const [g, ma] of splitsOf[a]) {
      const mb = splitsOf[b].get(g);
      if (mb && new Set([...ma, ...mb]).size > 1) return false;
    }
    return true;
  };
  const join = (a: number, b: number, force: boolean): boolean => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return true;
    if (!force && !compatible(ra, rb)) return false;
    if (rb < ra) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    for (const [o, ks] of primaries[rb]) {
      const t = primaries[ra].get(o);
      if (t) for (const k of ks) t.add(k);
      else primaries[ra].set(o, new Set(ks));
    }
    for (const [g, ms] of splitsOf[rb]) {
      const t = splitsOf[ra].get(g);
      if (t) for (const m of ms) t.add(m);
      else splitsOf[ra].set(g, new Set(ms));
    }
    return true;
  };

  // 1. Forced merges.
  (opts.merge ?? []).forEach((group, g) => {
    const idx: number[] = [];
    for (const sel of group) {
      const hit = selectRecords(records, sel);
      if (!hit.length) problems.push({ path: `merge[${g}]`, message: `selector "${sel}" matches no record` });
      idx.push(...hit);
    }
    for (const j of idx.slice(1)) join(idx[0], j, true);
  });

  // 2. Shared ids, 3. shared names: strongest first.
  const order = (a: number, b: number) => rank(records[a].origin) - rank(records[b].origin) || a - b;
  const link = (members: number[]) => {
    const sorted = [...new Set(members)].sort(order);
    for (let x = 1; x < sorted.length; x++) {
      // Join with the first compatible earlier member (anchor preference: primary-name holders, then rank).
      for (let y = 0; y < x; y++) if (join(sorted[y], sorted[x], false)) break;
    }
  };
  const byId = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const id of r.mitre ?? []) push(byId, `mitre:${id}`, i);
    for (const id of r.misp ?? []) push(byId, `misp:${id}`, i);
  });
  for (const members of byId.values()) if (members.length > 1) link(members);

  const never = new Set((opts.neverMergeOn ?? []).map(foldKey));
  const byName = new Map<string, number[]>();
  const primaryKeys = new Set<string>();
  records.forEach((r, i) => {
    primaryKeys.add(foldKey(r.name));
    for (const nm of r.names) {
      const k = foldKey(nm.name);
      if (k && !never.has(k)) push(byName, k, i);
    }
  });
  const keys = [...byName.keys()].filter((k) => byName.get(k)!.length > 1);
  // Primary names first; within a name, records whose primary name it is come first.
  keys.sort((a, b) => Number(primaryKeys.has(b)) - Number(primaryKeys.has(a)));
  for (const k of keys) {
    const members = [...new Set(byName.get(k)!)];
    const isPrimary = (i: number) => (foldKey(records[i].name) === k ? 0 : 1);
    members.sort((a, b) => isPrimary(a) - isPrimary(b) || order(a, b));
    for (let x = 1; x < members.length; x++) {
      for (let y = 0; y < x; y++) if (join(members[y], members[x], false)) break;
    }
  }

  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) push(groups, find(i), i);
  const clusters = [...groups.values()].sort((a, b) => a[0] - b[0]);
  return { clusters, problems };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

// ---------------------------------------------------------------------------------------------
// Entities

export function slugify(name: string): string {
  return name.replace(/ı/g, 'i').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
}

/** Combines the records of one cluster into an entity without id (facts only). */
export function combineRecords(recs: ActorRecord[], opts: BuildOptions): Omit<Entity, 'id'> {
  const sorted = [...recs].sort((a, b) => rank(a.origin) - rank(b.origin));
  const name = sorted[0].name;
  // Names: one alias per folded key; spelling from the best-ranked source, sources merged.
  const aliases: Alias[] = [];
  const byKey = new Map<string, Alias>();
  const addAlias = (nm: SourcedName) => {
    const k = foldKey(nm.name);
    if (!k) return;
    const hit = byKey.get(k);
    if (hit) {
      for (const s of nm.source) if (!hit.source!.includes(s)) hit.source!.push(s);
      return;
    }
    const a: Alias = { name: nm.name, source: [...nm.source] };
    byKey.set(k, a);
    aliases.push(a);
  };
  for (const r of sorted) addAlias(r.names.find((x) => x.name === r.name) ?? { name: r.name, source: [r.origin] });
  for (const r of sorted) for (const nm of r.names) addAlias(nm);
  for (const a of aliases) a.source = sortSources(a.source!);

  // ATT&CK's own records decide the group id; ids that only MISP lists count when ATT&CK has no record here.
  const fromMitre = sorted.filter((r) => r.origin === 'mitre');
  const mitreIds = uniq((fromMitre.length ? fromMitre : sorted).flatMap((r) => r.mitre ?? []));
  const misp = uniq(sorted.flatMap((r) => r.misp ?? [])).sort();
  const urls: string[] = [];
  for (const id of mitreIds) urls.push(`https://attack.mitre.org/groups/${id}/`);
  if (recs.some((r) => r.origin === 'microsoft')) urls.push(MICROSOFT_NAMING_URL);
  const byOrigin = (o: string) => recs.filter((r) => r.origin === o).flatMap((r) => r.references);
  urls.push(...byOrigin('misp'), ...recs.filter((r) => r.origin !== 'misp').flatMap((r) => r.references));
  const seen = new Set<string>();
  const references: Reference[] = [];
  for (const u of urls) {
    const k = u.replace(/^http:/, 'https:').replace(/\/+$/, '').toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    references.push({ url: u });
    if (references.length >= (opts.maxReferences ?? 10)) break;
  }

  const e: Omit<Entity, 'id'> = { kind: 'threat-actor', name, aliases, references, updated: opts.updated };
  const country = uniq(sorted.flatMap((r) => r.country ?? [])).sort();
  if (country.length) e.country = country;
  const motivation = uniq(sorted.flatMap((r) => r.motivation ?? [])).sort();
  if (motivation.length) e.motivation = motivation;
  const sectors = uniqFold(sorted.flatMap((r) => r.sectors ?? [])).sort();
  const tcountries = uniq(sorted.flatMap((r) => r.targetCountries ?? [])).sort();
  if (sectors.length || tcountries.length) {
    e.targets = {};
    if (sectors.length) e.targets.sectors = sectors;
    if (tcountries.length) e.targets.countries = tcountries;
  }
  const first = sorted.map((r) => r.firstSeen).filter((x): x is string => !!x).sort()[0];
  if (first) e.firstSeen = first;
  if (mitreIds.length || misp.length) {
    e.externalIds = {};
    if (mitreIds.length) e.externalIds.mitre = mitreIds[0];
    if (mitreIds.length > 1) e.externalIds.mitreOther = mitreIds.slice(1);
    if (misp.length) e.externalIds.misp = misp;
  }
  return e;
}

const SOURCE_ORDER = ['mitre', 'microsoft', 'misp'];
function sortSources(s: string[]): string[] {
  const u = uniq(s);
  return [...u.filter((x) => SOURCE_ORDER.includes(x)).sort((a, b) => SOURCE_ORDER.indexOf(a) - SOURCE_ORDER.indexOf(b)), ...u.filter((x) => !SOURCE_ORDER.includes(x)).sort()];
}

function uniqFold(xs: string[]): string[] {
  const m = new Map<string, string>();
  for (const x of xs) if (!m.has(x.toLowerCase())) m.set(x.toLowerCase(), x);
  return [...m.values()];
}

/**
 * The whole pipeline after import: cluster, combine, apply the overlay (canonical names, summaries, sponsors,
 * matching hints, extra or removed aliases), give ids, drop actors without reference, mark shared names ambiguous.
 */
export function buildActors(allRecords: ActorRecord[], overlay: Overlay, opts: BuildOptions): BuildResult {
  const problems: Problem[] = [];
  const excluded = new Set<number>();
  for (const sel of overlay.exclude ?? []) {
    const hit = selectRecords(allRecords, sel);
    if (!hit.length) problems.push({ path: 'exclude', message: `selector "${sel}" matches no record` });
    for (const i of hit) excluded.add(i);
  }
  // Records that only name a campaign go too, unless an overlay actor takes one in (its `from`); campaign
  // names of actors ("Operation DarkSeoul" for Lazarus) are dropped below.
  const wanted = new Set((overlay.actors ?? []).flatMap((a) => (a.from ?? []).flatMap((sel) => selectRecords(allRecords, sel))));
  const campaigns: string[] = [];
  allRecords.forEach((r, i) => { if (!excluded.has(i) && !wanted.has(i) && r.names.every((n) => isCampaignName(n.name))) { excluded.add(i); campaigns.push(r.name); } });
  const records = allRecords.filter((_, i) => !excluded.has(i));
  const forced = [...(overlay.merge ?? [])];
  for (const a of overlay.actors ?? []) if (a.from && a.from.length > 1) forced.push(a.from);
  const { clusters, problems: cp } = clusterRecords(records, { neverMergeOn: overlay.neverMergeOn, merge: forced, split: overlay.split });
  problems.push(...cp);
  const clusterOf = new Map<number, number>();
  clusters.forEach((c, ci) => c.forEach((r) => clusterOf.set(r, ci)));
  const drafts: (Omit<Entity, 'id'> & { id?: string })[] = clusters.map((c) => combineRecords(c.map((i) => records[i]), opts));

  // Attach overlay actors to clusters.
  const overlayOf = new Map<number, OverlayActor>();
  const extra: OverlayActor[] = [];
  (overlay.actors ?? []).forEach((oa, i) => {
    let ci: number | undefined;
    for (const sel of oa.from ?? []) {
      const hit = selectRecords(records, sel);
      if (hit.length) { ci = clusterOf.get(hit[0]); break; }
    }
    if (ci === undefined && oa.from?.length) problems.push({ path: `actors[${i}]`, message: `${oa.id}: no record matches ${oa.from.join(', ')}` });
    if (ci === undefined && oa.name) {
      const k = foldKey(oa.name);
      const prim = drafts.findIndex((d, j) => !overlayOf.has(j) && foldKey(d.name) === k);
      ci = prim >= 0 ? prim : undefined;
    }
    if (ci === undefined) { extra.push(oa); return; }
    if (overlayOf.has(ci)) { problems.push({ path: `actors[${i}]`, message: `${oa.id} and ${overlayOf.get(ci)!.id} select the same merged actor` }); return; }
    overlayOf.set(ci, oa);
  });

  const entities: Entity[] = [];
  const dropped: string[] = [];
  const fromOverlay = (oa: OverlayActor, base?: Omit<Entity, 'id'>): Entity => {
    const e: Entity = base ? { id: oa.id, ...base } : { id: oa.id, kind: 'threat-actor', name: oa.name ?? oa.id, aliases: [], references: [], updated: opts.updated };
    e.id = oa.id;
    if (oa.name && oa.name !== e.name) {
      e.name = oa.name;
      if (!e.aliases.some((a) => a.name === oa.name)) {
        const sameKey = e.aliases.findIndex((a) => foldKey(a.name) === foldKey(oa.name!));
        if (sameKey >= 0) e.aliases[sameKey] = { ...e.aliases[sameKey], name: oa.name };
        else e.aliases.unshift({ name: oa.name, source: ['common'] });
      }
    }
    if (oa.removeAliases?.length) {
      const rm = new Set(oa.removeAliases.map(foldKey));
      e.aliases = e.aliases.filter((a) => !rm.has(foldKey(a.name)) || a.name === e.name);
    }
    for (const a of oa.aliases ?? []) {
      const hit = e.aliases.find((x) => x.name === a.name);
      if (hit) {
        if (a.source) hit.source = sortSources([...(hit.source ?? []), ...a.source]);
        if (a.match) hit.match = { ...a.match };
      } else e.aliases.push({ ...a, ...(a.source ? { source: [...a.source] } : {}) });
    }
    for (const k of ['summary', 'sponsor', 'firstSeen', 'lastSeen'] as const) if (oa[k]) e[k] = oa[k];
    if (oa.country) e.country = [...oa.country];
    if (oa.motivation) e.motivation = [...oa.motivation];
    if (oa.relations) e.relations = oa.relations.map((r) => ({ ...r }));
    if (oa.operations) e.operations = oa.operations.map((o) => ({ ...o }));
    if (oa.targets) e.targets = { ...e.targets, ...oa.targets };
    if (oa.references?.length) {
      const have = new Set(e.references.map((r) => r.url));
      e.references = [...oa.references.filter((r) => !have.has(r.url)), ...e.references];
    }
    return e;
  };

  const used = new Set<string>();
  for (const oa of overlay.actors ?? []) used.add(oa.id);
  drafts.forEach((d, ci) => {
    const oa = overlayOf.get(ci);
    if (oa) { entities.push(fromOverlay(oa, d)); return; }
    let id = `actor/${slugify(d.name) || 'x'}`;
    if (used.has(id)) {
      const suffix = (d.externalIds?.mitre as string | undefined)?.toLowerCase() ?? (d.externalIds?.misp as string[] | undefined)?.[0]?.slice(0, 8) ?? String(ci);
      id = `${id}-${suffix}`;
      for (let k = 2; used.has(id); k++) id = `${id}-${k}`;
    }
    used.add(id);
    entities.push({ id, ...d });
  });
  for (const oa of extra) entities.push(fromOverlay(oa));

  const kept: Entity[] = [];
  for (const e of entities) {
    if (!e.references.some((r) => /^https?:\/\//i.test(r.url))) { dropped.push(e.name); continue; }
    kept.push(e);
  }

  // Names owned by other kinds of entity, then global matching hints.
  const drop = new Set((overlay.dropNames ?? []).map(foldKey));
  // A campaign-like name the overlay gives an actor itself is meant ("Operation Overload", an influence operation's name).
  const given = new Set((overlay.actors ?? []).flatMap((a) => (a.aliases ?? []).map((x) => foldKey(x.name))));
  const campaignName = (n: string) => isCampaignName(n) && !given.has(foldKey(n));
  for (const e of kept) {
    // An actor named after its campaign ("Operation Shadow Force", also TA-ShadowCricket) takes its first other name.
    if (campaignName(e.name)) { const other = e.aliases.find((a) => !campaignName(a.name) && !drop.has(foldKey(a.name))); if (other) e.name = other.name; }
    e.aliases = e.aliases.filter((a) => a.name === e.name || (!drop.has(foldKey(a.name)) && !campaignName(a.name)));
  }
  for (const e of kept) for (const a of e.aliases) {
    const m = overlay.match?.[a.name];
    if (m && !a.match) a.match = { ...m };
  }
  markAmbiguous(kept);
  kept.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities: kept, dropped, campaigns, problems };
}

/**
 * Sets `ambiguous` on every alias whose folded name is used by other entities (of any kind in `entities`,
 * plus the names of `others`, e.g. agencies and vendors written elsewhere). Existing marks are replaced.
 */
export function markAmbiguous(entities: Entity[], others: Entity[] = []): void {
  const owners = new Map<string, Set<string>>();
  for (const e of [...entities, ...others]) {
    for (const nm of [e.name, ...e.aliases.map((a) => a.name)]) {
      const k = foldKey(nm);
      if (!k) continue;
      let s = owners.get(k);
      if (!s) owners.set(k, (s = new Set()));
      s.add(e.id);
    }
  }
  for (const e of entities) {
    // The canonical name must be an alias entry to carry its mark.
    const nk = foldKey(e.name);
    if ((owners.get(nk)?.size ?? 0) > 1 && !e.aliases.some((a) => foldKey(a.name) === nk)) e.aliases.unshift({ name: e.name });
    for (const a of e.aliases) {
      const others2 = [...(owners.get(foldKey(a.name)) ?? [])].filter((id) => id !== e.id).sort();
      if (others2.length) a.ambiguous = others2;
      else delete a.ambiguous;
    }
  }
}
