import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMispGalaxy } from '../../../src/core/dataset/importers/misp-galaxy';
import { importAttackStix } from '../../../src/core/dataset/importers/attack-stix';
import { importMicrosoftNaming } from '../../../src/core/dataset/importers/microsoft-naming';
import type { ActorRecord } from '../../../src/core/dataset/importers/common';
import { buildActors, clusterRecords, markAmbiguous, slugify } from '../../../src/core/dataset/merge';
import { validateDataset } from '../../../src/core/dataset/validate';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '../../fixtures/importers', name), 'utf8'));
const OPTS = { updated: '2026-11-22' };

function rec(origin: string, name: string, others: string[] = [], extra: Partial<ActorRecord> = {}): ActorRecord {
  return {
    origin, key: `${origin}:${name}`, name,
    names: [name, ...others].map((n) => ({ name: n, source: [origin] })),
    references: [`https://example.org/${encodeURIComponent(name)}`],
    ...extra,
  };
}

const all = (): ActorRecord[] => [
  ...importAttackStix(fixture('attack-bundle.json')).records,
  ...importMicrosoftNaming(fixture('microsoft-mapping.json')).records,
  ...importMispGalaxy(fixture('misp-threat-actor.json')).records,
];

describe('clusterRecords', () => {
  it('joins records on ids and names across sources', () => {
    const records = all();
    const { clusters } = clusterRecords(records);
    const names = clusters.map((c) => c.map((i) => `${records[i].origin}:${records[i].name}`).sort());
    expect(names).toContainEqual(['microsoft:Tundra Blizzard', 'misp:Test Bear', 'mitre:APT99']);
  });

  it('never joins two records of one source through a shared name', () => {
    const records = [rec('misp', 'Alpha', ['Shared']), rec('misp', 'Beta', ['Shared']), rec('mitre', 'Gamma', ['Shared'])];
    const { clusters } = clusterRecords(records);
    expect(clusters.length).toBe(2);
  });

  it('joins duplicate clusters of one source with the same primary name', () => {
    const records = [rec('misp', 'Alpha', ['A1']), rec('misp', 'ALPHA', ['A2'])];
    expect(clusterRecords(records).clusters.length).toBe(1);
  });

  it('does not chain through names listed as never-merge keys', () => {
    const records = [rec('mitre', 'Alpha', ['Umbrella']), rec('microsoft', 'Beta', ['Umbrella'])];
    expect(clusterRecords(records).clusters.length).toBe(1);
    expect(clusterRecords(records, { neverMergeOn: ['UMBRELLA'] }).clusters.length).toBe(2);
  });

  it('prefers the record whose primary name is the shared key', () => {
    // MISP files "Salt" under "Ghost"; Microsoft's "Salt" must join Ghost, not the unrelated "Other".
    const records = [rec('misp', 'Other', ['Salt']), rec('misp', 'Salt', ['Ghost']), rec('microsoft', 'Salt')];
    const { clusters } = clusterRecords(records);
    expect(clusters).toContainEqual([1, 2]);
  });

  it('applies forced merges and splits from the overlay', () => {
    const records = [rec('mitre', 'APTX', ['Cozy']), rec('misp', 'APTX', ['Cozy']), rec('misp', 'Midnight', ['Noble'])];
    expect(clusterRecords(records).clusters.length).toBe(2);
    expect(clusterRecords(records, { merge: [['mitre:APTX', 'misp:APTX', 'misp:Midnight']] }).clusters.length).toBe(1);
    // Forcing only Midnight in keeps MISP's own APTX cluster apart (two MISP clusters are never joined by a name).
    expect(clusterRecords(records, { merge: [['mitre:APTX', 'misp:Midnight']] }).clusters.length).toBe(2);
    const split = clusterRecords(records, { split: [['mitre:APTX', 'misp:APTX']] });
    expect(split.clusters.length).toBe(3);
    const bad = clusterRecords(records, { merge: [['mitre:Nope']] });
    expect(bad.problems[0].message).toMatch(/matches no record/);
  });
});

describe('buildActors', () => {
  it('builds valid entities with sources, ids, refs and ambiguous shared names', () => {
    const { entities, dropped, problems } = buildActors(all(), {}, OPTS);
    expect(problems).toEqual([]);
    expect(dropped).toEqual(['Nameless refs']); // no http(s) reference anywhere
    const apt = entities.find((e) => e.id === 'actor/apt99')!;
    expect(apt.name).toBe('APT99');
    expect(apt.externalIds).toEqual({ mitre: 'G9001', misp: ['11111111-1111-4111-8111-111111111111'] });
    expect(apt.references[0].url).toBe('https://attack.mitre.org/groups/G9001/');
    expect(apt.updated).toBe('2026-11-22');
    expect(apt.country).toEqual(['RU']);
    const bear = apt.aliases.find((a) => a.name === 'Test Bear')!;
    expect(bear.source).toEqual(['mitre', 'microsoft', 'misp', 'crowdstrike']);
    // "Shared Name" is on MISP's Other Crew, on Microsoft's Quartz Tempest (merged with it) and on Test Bear's MISP cluster.
    const shared = entities.filter((e) => e.aliases.some((a) => a.name === 'Shared Name'));
    expect(shared.length).toBe(2);
    for (const e of shared) {
      const a = e.aliases.find((x) => x.name === 'Shared Name')!;
      expect(a.ambiguous).toEqual(shared.filter((o) => o.id !== e.id).map((o) => o.id));
    }
    const res = validateDataset({ schemaVersion: 1, version: 'test', entities });
    expect(res.ok ? [] : res.problems).toEqual([]);
    expect(JSON.stringify(entities)).not.toContain('SECRET DESCRIPTION');
  });

  it('leaves out records that only name campaigns ("Operation ..."), unless an overlay actor takes one in', () => {
    const records = [...all(), rec('misp', 'Operation Nightfall', ['Op. Nightfall'])];
    const out = buildActors(records, {}, OPTS);
    expect(out.campaigns).toEqual(['Operation Nightfall']);
    expect(out.entities.some((e) => e.aliases.some((a) => a.name === 'Operation Nightfall'))).toBe(false);
    const kept = buildActors(records, { actors: [{ id: 'actor/nightfall', name: 'Nightfall', from: ['misp:Operation Nightfall'] }] }, OPTS);
    expect(kept.campaigns).toEqual([]);
  });

  it('drops actors\' campaign names, renames an actor named after one, keeps those the overlay gives', () => {
    const records = [rec('misp', 'Red Crew', ['Operation Dusk']), rec('misp', 'Operation Shadow Play', ['TA-Shadow'])];
    const out = buildActors(records, { actors: [{ id: 'actor/red', name: 'Red Crew', from: ['misp:Red Crew'], aliases: [{ name: 'Operation Overflow', source: ['media'] }] }] }, OPTS);
    const red = out.entities.find((e) => e.id === 'actor/red')!;
    expect(red.aliases.map((a) => a.name)).not.toContain('Operation Dusk');
    expect(red.aliases.map((a) => a.name)).toContain('Operation Overflow');
    expect(out.entities.map((e) => e.name)).toContain('TA-Shadow');
    expect(out.entities.some((e) => e.aliases.some((a) => a.name === 'Operation Shadow Play'))).toBe(false);
  });

  it('applies the overlay: canonical name, id, summary, sponsor, hints, removed names', () => {
    const { entities } = buildActors(all(), {
      match: { 'Shared Name': { case: 'exact', context: true } },
      actors: [{
        id: 'actor/test-bear', name: 'Test Bear', from: ['mitre:G9001'], summary: 'Our own words.',
        sponsor: 'Agency X', relations: [{ type: 'sponsor', id: 'agency/ru-test' }],
        aliases: [{ name: 'STRONTIUMX', match: { case: 'exact' } }, { name: 'Extra Name', source: ['media'] }],
        removeAliases: ['storm 9999'],
      }],
    }, OPTS);
    const e = entities.find((x) => x.id === 'actor/test-bear')!;
    expect(e.name).toBe('Test Bear');
    expect(e.summary).toBe('Our own words.');
    expect(e.relations).toEqual([{ type: 'sponsor', id: 'agency/ru-test' }]);
    expect(e.aliases.find((a) => a.name === 'STRONTIUMX')!.match).toEqual({ case: 'exact' });
    expect(e.aliases.some((a) => a.name === 'Extra Name')).toBe(true);
    expect(e.aliases.some((a) => a.name === 'Storm-9999')).toBe(false);
    expect(entities.some((x) => x.id === 'actor/apt99')).toBe(false);
    for (const x of entities) for (const a of x.aliases) if (a.name === 'Shared Name') expect(a.match).toEqual({ case: 'exact', context: true });
  });

  it('creates overlay-only actors, excludes records and drops actors without references', () => {
    const records = [rec('misp', 'Vendor Co'), { ...rec('misp', 'No Refs'), references: [] }, rec('misp', 'Kept')];
    const { entities, dropped } = buildActors(records, {
      exclude: ['misp:Vendor Co'],
      actors: [{ id: 'actor/new-one', name: 'New One', references: [{ url: 'https://example.org/new' }] }],
    }, OPTS);
    expect(entities.map((e) => e.id)).toEqual(['actor/kept', 'actor/new-one']);
    expect(dropped).toEqual(['No Refs']);
  });

  it('gives distinct ids when canonical names collide', () => {
    const records = [rec('misp', 'Twin', [], { misp: ['aaaaaaaa-0000-4000-8000-000000000000'] }), rec('mitre', 'Twin!', [], { mitre: ['G0001'] })];
    const { entities } = buildActors(records, { split: [['misp:Twin', 'mitre:G0001']] }, OPTS);
    expect(new Set(entities.map((e) => e.id)).size).toBe(2);
  });
});

describe('markAmbiguous and slugify', () => {
  it('marks names shared with entities of other kinds', () => {
    const actor = { id: 'actor/a', kind: 'threat-actor' as const, name: 'A', aliases: [{ name: 'Candiru' }], references: [], updated: '2026-11-22' };
    const vendor = { id: 'vendor/candiru', kind: 'vendor' as const, name: 'Candiru', aliases: [], references: [], updated: '2026-11-22' };
    markAmbiguous([actor], [vendor]);
    expect(actor.aliases[0]).toEqual({ name: 'Candiru', ambiguous: ['vendor/candiru'] });
  });

  it('slugs names', () => {
    expect(slugify('LAPSUS$')).toBe('lapsus');
    expect(slugify('Storm-0558')).toBe('storm-0558');
    expect(slugify('NoName057(16)')).toBe('noname057-16');
    expect(slugify('Sath-ı Müdafaa')).toBe('sath-i-mudafaa');
  });
});
