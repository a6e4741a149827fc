/**
 * STIX 2.1 export: one bundle holding, per clipping, a `note` (the passage as `content`) whose
 * `object_refs` point at the page as a `url` observable and at one object per entity mentioned in it:
 *
 *   threat-actor -> threat-actor
 *   agency       -> identity (identity_class "organization", label "intelligence-or-security-agency")
 *   vendor       -> identity (identity_class "organization", label "spyware-vendor")
 *   product      -> malware  (is_family true, malware_types ["spyware"]); `tool` is not used: every
 *                   product in the dataset is commercial spyware.
 *
 * Ids (documented scheme, deterministic, so exports of the same things merge in a TIP):
 *   note--<clipping id>                       (the clipping's id is a random UUID v4)
 *   <type>--uuidV4Shaped(TC_NAMESPACE, "entity:" + entity id)
 *   url--uuidV5(STIX SCO namespace, '{"value":"<url>"}')   (STIX 2.1 §2.9: v5 over the JCS of the id contributing properties)
 *   bundle--uuidV4Shaped(TC_NAMESPACE, "bundle:" + exportedAt + ":" + clipping ids)
 * Timestamps: a note's created = modified = the clipping's time; an entity object's are the dataset's
 * `updated` date for it when known (`info`), else the earliest time of the clippings that name it.
 * Every SDO has spec_version "2.1"; the anchor rides along as the custom property x_threat_context_quote.
 */
import type { EntityKind } from '../../dataset/schema';
import type { Clipping, ClippingEntity } from '../model';
import { uuidV4Shaped, uuidV5 } from '../uuid';

/** Our namespace for name-based ids (a random UUID fixed once; never change it). */
export const TC_NAMESPACE = 'f05e0f6b-a7da-4976-9981-a8e33a0b4feb';
/** STIX 2.1's namespace for cyber-observable ids. */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

export type StixObject = { type: string; id: string; spec_version?: string; [k: string]: unknown };
export interface StixBundle { type: 'bundle'; id: string; objects: StixObject[] }

/** Dataset facts the background can add per entity id. */
export interface EntityInfo { updated?: string }

const STIX_TYPE: Record<EntityKind, 'threat-actor' | 'identity' | 'malware'> = { 'threat-actor': 'threat-actor', agency: 'identity', vendor: 'identity', product: 'malware' };

export function stixTypeOf(kind: EntityKind): 'threat-actor' | 'identity' | 'malware' {
  return STIX_TYPE[kind] ?? 'identity';
}

export function entityStixId(e: Pick<ClippingEntity, 'entityId' | 'kind'>): string {
  return `${stixTypeOf(e.kind)}--${uuidV4Shaped(TC_NAMESPACE, `entity:${e.entityId}`)}`;
}

export function urlStixId(url: string): string {
  return `url--${uuidV5(STIX_SCO_NAMESPACE, JSON.stringify({ value: url }))}`;
}

/** A STIX timestamp (UTC, millisecond precision). */
function ts(iso: string): string {
  return new Date(iso).toISOString();
}

function entityObject(e: ClippingEntity, time: string): StixObject {
  const base = {
    type: stixTypeOf(e.kind),
    spec_version: '2.1',
    id: entityStixId(e),
    created: time,
    modified: time,
    name: e.name,
    external_references: [{ source_name: 'threat-context', external_id: e.entityId }],
  };
  switch (e.kind) {
    case 'threat-actor': return base;
    case 'agency': return { ...base, identity_class: 'organization', labels: ['intelligence-or-security-agency'] };
    case 'vendor': return { ...base, identity_class: 'organization', labels: ['spyware-vendor'] };
    case 'product': return { ...base, is_family: true, malware_types: ['spyware'] };
  }
  return base;
}

export function toStixBundle(clips: Clipping[], exportedAt: string, info: Record<string, EntityInfo> = {}): StixBundle {
  const entities = new Map<string, { e: ClippingEntity; time: string }>();
  const urls = new Map<string, StixObject>();
  const notes: StixObject[] = [];
  for (const c of clips) {
    const created = ts(c.createdAt);
    for (const e of c.entities) {
      const prev = entities.get(e.entityId);
      if (!prev || created < prev.time) entities.set(e.entityId, { e: prev?.e ?? e, time: created });
    }
    const urlId = urlStixId(c.url);
    if (!urls.has(urlId)) urls.set(urlId, { type: 'url', spec_version: '2.1', id: urlId, value: c.url });
    const title = c.title.replace(/\s+/g, ' ').trim();
    notes.push({
      type: 'note',
      spec_version: '2.1',
      id: `note--${c.id}`,
      created,
      modified: created,
      abstract: title ? `Clipping from “${title}”` : 'Clipping',
      content: c.text,
      object_refs: [urlId, ...c.entities.map(entityStixId)],
      external_references: [{ source_name: 'web-page', url: c.url, ...(title ? { description: title } : {}) }],
      labels: ['clipping'],
      x_threat_context_quote: { exact: c.anchor.exact, prefix: c.anchor.prefix, suffix: c.anchor.suffix },
    });
  }
  const entityObjects = [...entities.values()].map(({ e, time }) => {
    const u = info[e.entityId]?.updated;
    const t = u && /^\d{4}-\d{2}-\d{2}$/.test(u) ? `${u}T00:00:00.000Z` : time;
    return entityObject(e, t);
  });
  const id = `bundle--${uuidV4Shaped(TC_NAMESPACE, `bundle:${exportedAt}:${clips.map((c) => c.id).join(',')}`)}`;
  return { type: 'bundle', id, objects: [...entityObjects, ...urls.values(), ...notes] };
}

export function toStix(clips: Clipping[], exportedAt: string, info?: Record<string, EntityInfo>): string {
  return JSON.stringify(toStixBundle(clips, exportedAt, info), null, 2) + '\n';
}
