import { describe, expect, it } from 'vitest';
import { entityStixId, stixTypeOf, toStixBundle, urlStixId, STIX_SCO_NAMESPACE, type StixBundle, type StixObject } from '../../../src/core/clippings/export/stix';
import { uuidV5 } from '../../../src/core/clippings/uuid';
import { apt28Clip, plainClip, spywareClip } from './fixtures';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SDO = new Set(['threat-actor', 'identity', 'malware', 'tool', 'note', 'report']);
const SCO = new Set(['url']);

/** The STIX 2.1 rules this export must keep (a subset of the spec's MUSTs, plus our own SHOULDs). */
function stixProblems(b: StixBundle): string[] {
  const p: string[] = [];
  if (b.type !== 'bundle') p.push('bundle type');
  if (!new RegExp(`^bundle--${UUID}$`).test(b.id)) p.push('bundle id');
  if ('spec_version' in b) p.push('a 2.1 bundle has no spec_version');
  const ids = new Set<string>();
  for (const o of b.objects as StixObject[]) {
    const where = `${o.type} ${o.id}`;
    if (!SDO.has(o.type) && !SCO.has(o.type)) p.push(`${where}: unexpected type`);
    const [t, u] = o.id.split('--');
    if (t !== o.type || !new RegExp(`^${UUID}$`).test(u ?? '')) p.push(`${where}: id must be type--uuid`);
    if (ids.has(o.id)) p.push(`${where}: duplicate id`);
    ids.add(o.id);
    if (o.spec_version !== '2.1') p.push(`${where}: spec_version`);
    for (const k of Object.keys(o)) if (!/^[a-z0-9_]{2,250}$/.test(k)) p.push(`${where}: property name ${k}`);
    for (const k of Object.keys(o)) if (!['type', 'id', 'spec_version', 'created', 'modified', 'name', 'description', 'labels', 'external_references', 'identity_class', 'is_family', 'malware_types', 'abstract', 'content', 'object_refs', 'value'].includes(k) && !k.startsWith('x_')) p.push(`${where}: unknown property ${k}`);
    for (const r of (o.external_references as { source_name?: string; url?: string; external_id?: string; description?: string }[] | undefined) ?? []) {
      if (!r.source_name || !(r.url || r.external_id || r.description)) p.push(`${where}: external reference`);
    }
    if (SDO.has(o.type)) {
      if (!UUID4.test(u ?? '')) p.push(`${where}: SDO ids should be UUIDv4`);
      if (typeof o.created !== 'string' || !TS.test(o.created) || typeof o.modified !== 'string' || !TS.test(o.modified)) p.push(`${where}: timestamps`);
      else if (o.modified < o.created) p.push(`${where}: modified before created`);
    } else {
      if ('created' in o || 'modified' in o) p.push(`${where}: an SCO has no created/modified`);
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-5/.test(u ?? '')) p.push(`${where}: SCO ids are UUIDv5`);
    }
    if (o.type === 'note' && (typeof o.content !== 'string' || !Array.isArray(o.object_refs) || o.object_refs.length === 0)) p.push(`${where}: note needs content and object_refs`);
    if (['threat-actor', 'identity'].includes(o.type) && typeof o.name !== 'string') p.push(`${where}: name`);
    if (o.type === 'malware' && (typeof o.is_family !== 'boolean' || (o.is_family && typeof o.name !== 'string'))) p.push(`${where}: malware needs is_family (and a name for a family)`);
    if (o.type === 'url' && typeof o.value !== 'string') p.push(`${where}: url value`);
  }
  for (const o of b.objects) for (const r of (o.object_refs as string[] | undefined) ?? []) if (!ids.has(r)) p.push(`${o.id}: dangling ref ${r}`);
  return p;
}

const AT = '2026-11-22T12:00:00.000Z';

describe('toStixBundle', () => {
  const b = toStixBundle([apt28Clip, spywareClip, plainClip], AT, { 'actor/apt28': { updated: '2026-11-01' } });

  it('is valid STIX 2.1', () => {
    expect(stixProblems(b)).toEqual([]);
  });

  it('has a note per clipping referencing the page and the entities', () => {
    const notes = b.objects.filter((o) => o.type === 'note');
    expect(notes.map((n) => n.id)).toEqual([apt28Clip, spywareClip, plainClip].map((c) => `note--${c.id}`));
    const n = notes[0];
    expect(n).toMatchObject({ content: apt28Clip.text, created: apt28Clip.createdAt, modified: apt28Clip.createdAt, abstract: `Clipping from “${apt28Clip.title}”` });
    expect(n.object_refs).toEqual([urlStixId(apt28Clip.url), entityStixId(apt28Clip.entities[0]), entityStixId(apt28Clip.entities[1])]);
    expect(n.x_threat_context_quote).toEqual({ exact: apt28Clip.anchor.exact, prefix: apt28Clip.anchor.prefix, suffix: apt28Clip.anchor.suffix });
    // A clipping without entities still references something: the page.
    expect(notes[2].object_refs).toEqual([urlStixId(plainClip.url)]);
  });

  it('maps kinds to threat-actor, identity and malware objects', () => {
    expect(['threat-actor', 'agency', 'vendor', 'product'].map((k) => stixTypeOf(k as never))).toEqual(['threat-actor', 'identity', 'identity', 'malware']);
    const byName = Object.fromEntries(b.objects.filter((o) => o.name).map((o) => [o.name as string, o]));
    expect(byName.APT28).toMatchObject({ type: 'threat-actor', created: '2026-11-01T00:00:00.000Z', external_references: [{ source_name: 'threat-context', external_id: 'actor/apt28' }] });
    expect(byName['Salt Typhoon']).toMatchObject({ type: 'threat-actor', created: apt28Clip.createdAt }); // no dataset date: its clipping's time
    expect(byName['NSO Group']).toMatchObject({ type: 'identity', identity_class: 'organization', labels: ['spyware-vendor'] });
    expect(byName.GRU).toMatchObject({ type: 'identity', identity_class: 'organization', labels: ['intelligence-or-security-agency'] });
    expect(byName.Pegasus).toMatchObject({ type: 'malware', is_family: true, malware_types: ['spyware'] });
    expect(b.objects.filter((o) => o.type !== 'note' && o.type !== 'url')).toHaveLength(5);
  });

  it('uses deterministic ids by the documented scheme', () => {
    expect(toStixBundle([apt28Clip, spywareClip, plainClip], AT)).toEqual(toStixBundle([apt28Clip, spywareClip, plainClip], AT));
    const alone = toStixBundle([apt28Clip], '2027-01-01T00:00:00.000Z');
    const apt = (x: StixBundle) => x.objects.find((o) => o.name === 'APT28')!.id;
    expect(apt(alone)).toBe(apt(b));
    expect(alone.id).not.toBe(b.id);
    expect(urlStixId('https://a.example/')).toBe(`url--${uuidV5(STIX_SCO_NAMESPACE, '{"value":"https://a.example/"}')}`);
  });

  it('keeps one url object per page and one object per entity', () => {
    const twice = toStixBundle([apt28Clip, { ...apt28Clip, id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' }], AT);
    expect(stixProblems(twice)).toEqual([]);
    expect(twice.objects.filter((o) => o.type === 'url')).toHaveLength(1);
    expect(twice.objects.filter((o) => o.type === 'threat-actor')).toHaveLength(2);
  });

  it('is valid with no clippings', () => {
    const empty = toStixBundle([], AT);
    expect(stixProblems(empty)).toEqual([]);
    expect(empty.objects).toEqual([]);
  });
});
