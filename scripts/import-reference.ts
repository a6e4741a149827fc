/**
 * Dev-only: refreshes data/threat-actors.json from the public reference data (MISP galaxy, Microsoft's
 * naming map, MITRE ATT&CK intrusion sets) and the hand-written overlay data/threat-actors.overlay.json.
 *
 *   npx tsx scripts/import-reference.ts [path-to-reference-data]     (default ../shared/reference-data)
 *
 * The generated file is committed; the project builds without the reference data. Facts only: no
 * description text of any source is read or written. Everything hand-written lives in the overlay.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldKey } from '../src/core/normalise';
import { validateDataset } from '../src/core/dataset/validate';
import { SCHEMA_VERSION, type Entity } from '../src/core/dataset/schema';
import { importMispGalaxy } from '../src/core/dataset/importers/misp-galaxy';
import { importAttackStix } from '../src/core/dataset/importers/attack-stix';
import { importMicrosoftNaming } from '../src/core/dataset/importers/microsoft-naming';
import type { ActorRecord } from '../src/core/dataset/importers/common';
import { buildActors, markAmbiguous, type Overlay } from '../src/core/dataset/merge';

const UPDATED = '2026-11-22';
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ref = resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference-data'));
const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

if (!existsSync(ref)) {
  console.error(`reference data not found at ${ref}`);
  process.exit(1);
}

const records: ActorRecord[] = [];
const report = (what: string, r: { records: ActorRecord[]; problems: { path: string; message: string }[] }) => {
  console.log(`${what}: ${r.records.length} records, ${r.problems.length} problems`);
  for (const p of r.problems.slice(0, 5)) console.log(`  ${p.path}: ${p.message}`);
  if (r.problems.length > 5) console.log(`  ... ${r.problems.length - 5} more`);
  records.push(...r.records);
};

// ATT&CK first (its group names win as default canonical names), then Microsoft, then MISP.
const setDir = join(ref, 'attack', 'intrusion-sets');
if (existsSync(setDir)) {
  const bundles = readdirSync(setDir).filter((f) => f.endsWith('.json')).sort().map((f) => readJson(join(setDir, f)));
  report('attack/intrusion-sets', importAttackStix(bundles));
}
const msPath = join(ref, 'microsoft', 'MicrosoftMapping.json');
if (existsSync(msPath)) report('microsoft/MicrosoftMapping.json', importMicrosoftNaming(readJson(msPath)));
const mispPath = join(ref, 'misp-galaxy', 'threat-actor.json');
if (existsSync(mispPath)) report('misp-galaxy/threat-actor.json', importMispGalaxy(readJson(mispPath)));

const overlayPath = join(root, 'data', 'threat-actors.overlay.json');
const overlay: Overlay = existsSync(overlayPath) ? (readJson(overlayPath) as Overlay) : {};
const built = buildActors(records, overlay, { updated: UPDATED, maxReferences: 8 });
for (const p of built.problems) console.log(`overlay: ${p.path}: ${p.message}`);
console.log(`dropped ${built.dropped.length} actors without any http(s) reference${built.dropped.length ? `: ${built.dropped.slice(0, 20).join(', ')}${built.dropped.length > 20 ? ' ...' : ''}` : ''}`);
console.log(`left out ${built.campaigns.length} campaign records (named 'Operation ...')${built.campaigns.length ? `: ${built.campaigns.join(', ')}` : ''}`);

const actors = built.entities;
// An overlay actor may carry its own review date ("updated"); the others take the import's date.
const reviewed = new Map((overlay.actors ?? []).flatMap((a) => { const u = (a as { updated?: unknown }).updated; return typeof u === 'string' ? [[a.id, u] as const] : []; }));
for (const e of actors) { const u = reviewed.get(e.id); if (u) e.updated = u; }


// Validate together with the other data files that exist.
const others: Entity[] = [];
for (const f of ['agencies.json', 'vendors.json', 'products.json']) {
  const p = join(root, 'data', f);
  if (!existsSync(p)) { console.log(`(data/${f} not present yet)`); continue; }
  try {
    const v = readJson(p);
    const list = Array.isArray(v) ? v : (v as { entities?: unknown }).entities;
    if (Array.isArray(list)) others.push(...(list as Entity[]));
  } catch (err) {
    console.log(`(data/${f} unreadable: ${(err as Error).message})`);
  }
}
// Names shared with agencies, vendors or products: marked on our side; the other file must mark its side too.
markAmbiguous(actors, others);
const otherIds = new Set(others.map((e) => e.id));
const shared = actors.flatMap((e) => e.aliases.filter((a) => a.ambiguous?.some((id) => otherIds.has(id))).map((a) => `${e.id} "${a.name}" ~ ${a.ambiguous!.filter((id) => otherIds.has(id)).join(', ')}`));
if (shared.length) console.log(`names shared with other kinds (mark them ambiguous in those files too):\n  ${shared.join('\n  ')}`);
const out = join(root, 'data', 'threat-actors.json');
writeFileSync(out, JSON.stringify(actors, null, 2) + '\n');
console.log(`wrote ${out}`);
// Counts.
const keys = new Set<string>();
let ambiguous = 0;
for (const e of actors) {
  keys.add(foldKey(e.name));
  for (const a of e.aliases) {
    keys.add(foldKey(a.name));
    if (a.ambiguous?.length) ambiguous++;
  }
}
const ambKeys = new Set(actors.flatMap((e) => e.aliases.filter((a) => a.ambiguous?.length).map((a) => foldKey(a.name))));
console.log(`actors: ${actors.length}`);
console.log(`distinct folded alias keys: ${keys.size}`);
console.log(`ambiguous aliases: ${ambiguous} (${ambKeys.size} distinct names)`);
console.log(`summaries: ${actors.filter((e) => e.summary).length}`);
console.log(`with sponsor relation: ${actors.filter((e) => e.relations?.some((r) => r.type === 'sponsor')).length}`);
const ids = new Set([...actors, ...others].map((e) => e.id));
const missing = [...new Set(actors.flatMap((e) => (e.relations ?? []).map((r) => r.id)).filter((id) => !ids.has(id)))].sort();
if (missing.length) console.log(`relations to ids not (yet) in the dataset: ${missing.join(', ')}`);
// Validate with the missing relation targets stubbed, so the remaining problems are real ones.
const stubs: Entity[] = missing.map((id) => ({ id, kind: 'agency', name: `stub ${id}`, aliases: [], references: [{ url: 'https://example.org/' }], updated: UPDATED }));
const res = validateDataset({ schemaVersion: SCHEMA_VERSION, version: '2026.11.22', entities: [...actors, ...others, ...stubs] });
if (res.ok) console.log(`validateDataset: ok (${actors.length} actors + ${others.length} other entities${stubs.length ? ` + ${stubs.length} stubbed relation targets` : ''})`);
else {
  console.log(`validateDataset: ${res.problems.length} problems`);
  for (const p of res.problems.slice(0, 30)) console.log(`  ${p.path}: ${p.message}`);
  process.exitCode = 1;
}
