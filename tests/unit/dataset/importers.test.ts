import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMispGalaxy } from '../../../src/core/dataset/importers/misp-galaxy';
import { importAttackStix } from '../../../src/core/dataset/importers/attack-stix';
import { importMicrosoftNaming } from '../../../src/core/dataset/importers/microsoft-naming';
import { countryCode, vendorOfName } from '../../../src/core/dataset/importers/common';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '../../fixtures/importers', name), 'utf8'));

describe('importMispGalaxy', () => {
  const { records, problems } = importMispGalaxy(fixture('misp-threat-actor.json'));

  it('reads names, ids, countries, targets and refs as facts', () => {
    const bear = records.find((r) => r.name === 'Test Bear')!;
    expect(bear.origin).toBe('misp');
    expect(bear.misp).toEqual(['11111111-1111-4111-8111-111111111111']);
    expect(bear.mitre).toEqual(['G9001']);
    expect(bear.country).toEqual(['RU']);
    expect(bear.targetCountries).toEqual(['UA', 'US']);
    expect(bear.sectors).toEqual(['Government', 'Telecommunications']);
    expect(bear.motivation).toEqual(['espionage']);
    expect(bear.firstSeen).toBe('2011');
    expect(bear.references).toContain('https://example.org/test-bear');
    expect(bear.references).toContain('https://attack.mitre.org/groups/G9001/');
    expect(bear.references).not.toContain('not a url');
  });

  it('records who uses each name', () => {
    const bear = records.find((r) => r.name === 'Test Bear')!;
    const src = (n: string) => bear.names.find((x) => x.name === n)?.source;
    expect(src('Test Bear')).toEqual(expect.arrayContaining(['misp', 'crowdstrike']));
    expect(src('APT99')).toEqual(expect.arrayContaining(['misp', 'mandiant']));
    expect(src('Tundra Blizzard')).toEqual(expect.arrayContaining(['microsoft']));
    expect(src('IRON TESTER')).toEqual(expect.arrayContaining(['secureworks']));
    expect(src('Shared Name')).toEqual(['misp']); // "Subgroup:" prefix dropped
  });

  it('never carries description text', () => {
    expect(JSON.stringify(records)).not.toContain('SECRET DESCRIPTION');
  });

  it('tolerates malformed clusters and reports them', () => {
    expect(records.map((r) => r.name)).toEqual(['Test Bear', 'Other Crew', 'Nameless refs']);
    const other = records.find((r) => r.name === 'Other Crew')!;
    expect(other.names.map((n) => n.name)).toEqual(['Other Crew', 'Shared Name']);
    expect(other.motivation).toEqual(['financial']);
    const msgs = problems.map((p) => `${p.path}: ${p.message}`).join('\n');
    expect(msgs).toMatch(/values\[2\]\.uuid/);
    expect(msgs).toMatch(/values\[3\]\.value/);
    expect(msgs).toMatch(/values\[4\]: cluster must be an object/);
    expect(msgs).toMatch(/not a url/);
  });

  it('refuses a non-galaxy document without throwing', () => {
    expect(importMispGalaxy(null).problems.length).toBe(1);
    expect(importMispGalaxy({ values: 3 }).records).toEqual([]);
    expect(importMispGalaxy([]).problems[0].message).toMatch(/object/);
  });
});

describe('importAttackStix', () => {
  const { records, problems } = importAttackStix(fixture('attack-bundle.json'));

  it('keeps intrusion sets with a G-id and skips revoked, deprecated and other objects', () => {
    expect(records.map((r) => r.key)).toEqual(['G9001']);
    expect(problems.map((p) => p.message).join()).toMatch(/No Id Group/);
  });

  it('reads names, the group page and first_seen', () => {
    const r = records[0];
    expect(r.origin).toBe('mitre');
    expect(r.name).toBe('APT99');
    expect(r.names.map((n) => n.name)).toEqual(['APT99', 'G9001', 'Test Bear', 'Tundra Blizzard']);
    expect(r.names.every((n) => n.source.includes('mitre'))).toBe(true);
    expect(r.references[0]).toBe('https://attack.mitre.org/groups/G9001/');
    expect(r.references).toContain('https://example.org/report');
    expect(r.firstSeen).toBe('2011');
    expect(JSON.stringify(r)).not.toMatch(/SECRET DESCRIPTION|citation text/);
  });

  it('accepts lists of bundles and reports junk', () => {
    const b = fixture('attack-bundle.json');
    expect(importAttackStix([b, b]).records.length).toBe(2);
    expect(importAttackStix(42).problems.length).toBe(1);
    expect(importAttackStix({ type: 'bundle' }).problems[0].path).toBe('.objects');
    expect(importAttackStix(b, { citations: false }).records[0].references).toEqual(['https://attack.mitre.org/groups/G9001/']);
  });
});

describe('importMicrosoftNaming', () => {
  const { records, problems } = importMicrosoftNaming(fixture('microsoft-mapping.json'));

  it('splits other names and reads origin', () => {
    const t = records.find((r) => r.name === 'Tundra Blizzard')!;
    expect(t.names.map((n) => n.name)).toEqual(['Tundra Blizzard', 'APT99', 'Test Bear', 'STRONTIUMX', 'Storm-9999']);
    expect(t.country).toEqual(['RU']);
    expect(t.references[0]).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(t.names.find((n) => n.name === 'APT99')!.source).toEqual(['microsoft', 'mandiant']);
    const q = records.find((r) => r.name === 'Quartz Tempest')!;
    expect(q.country).toBeUndefined();
    expect(q.motivation).toEqual(['financial']);
    const c = records.find((r) => r.name === 'Coral Tsunami')!;
    expect(c.country).toEqual(['IL']);
    expect(c.motivation).toEqual(['surveillance-for-hire']);
  });

  it('reports malformed rows', () => {
    expect(records.map((r) => r.name)).toEqual(['Tundra Blizzard', 'Quartz Tempest', 'Coral Tsunami', 'Broken Row']);
    expect(problems.length).toBe(3);
    expect(importMicrosoftNaming({}).problems[0].message).toMatch(/list/);
  });
});

describe('helpers', () => {
  it('maps country names', () => {
    expect(countryCode("Korea (Democratic People's Republic of)")).toBe('KP');
    expect(countryCode('Türkiye')).toBe('TR');
    expect(countryCode('cn')).toBe('CN');
    expect(countryCode('Middle East')).toBeUndefined();
  });

  it('recognises naming schemes', () => {
    const cases: [string, string | undefined][] = [
      ['APT41', 'mandiant'], ['UNC3944', 'mandiant'], ['FIN7', 'mandiant'], ['TEMP.Veles', 'mandiant'],
      ['Wicked Panda', 'crowdstrike'], ['Fancy Bear', 'crowdstrike'], ['Labyrinth Chollima', 'crowdstrike'],
      ['BRONZE SILHOUETTE', 'secureworks'], ['TG-3390', 'secureworks'], ['TA505', 'proofpoint'],
      ['Salt Typhoon', 'microsoft'], ['Storm-0558', 'microsoft'], ['DEV-0537', 'microsoft'], ['STRONTIUM', 'microsoft'],
      ['Insidious Taurus', 'unit42'], ['Muddled Libra', 'unit42'], ['TAG-53', 'recordedfuture'], ['APT-C-23', 'qihoo360'],
      ['Earth Estries', 'trendmicro'], ['G0007', 'mitre'], ['Kimsuky', undefined],
    ];
    for (const [n, v] of cases) expect([n, vendorOfName(n)]).toEqual([n, v]);
  });
});
