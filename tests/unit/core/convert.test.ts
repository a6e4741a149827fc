import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/core/dataset/schema';
import { convertDataset, detectFormat } from '../../../src/core/dataset/convert';
import { namesOf } from '../../../src/core/dataset/validate';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures');
const small = (): Dataset => JSON.parse(readFileSync(join(FIX, 'datasets', 'small.json'), 'utf8'));
const load = (f: string) => JSON.parse(readFileSync(join(FIX, 'importers', f), 'utf8'));

describe('detectFormat', () => {
  it('tells the four formats apart and refuses anything else', () => {
    expect(detectFormat(small())).toBe('threat-context');
    expect(detectFormat(load('misp-threat-actor.json'))).toBe('misp-galaxy');
    expect(detectFormat(load('attack-bundle.json'))).toBe('attack-stix');
    expect(detectFormat(load('microsoft-mapping.json'))).toBe('microsoft');
    expect(detectFormat({ hello: 1 })).toBeUndefined();
    expect(detectFormat('text')).toBeUndefined();
  });
});

describe('convertDataset', () => {
  it('replaces with a valid Threat Context dataset and refuses an invalid one', () => {
    const next = { ...small(), version: 'v2' };
    const r = convertDataset(next, 'auto', small(), '2026-11-22');
    expect(r.ok && r.dataset.version).toBe('v2');
    const bad = convertDataset({ ...next, entities: [{ id: 'x' }] }, 'auto', small(), '2026-11-22');
    expect(bad.ok).toBe(false);
  });

  for (const [file, format] of [['misp-threat-actor.json', 'misp-galaxy'], ['attack-bundle.json', 'attack-stix'], ['microsoft-mapping.json', 'microsoft']] as const) {
    it(`enriches the current dataset from ${format} without losing what it had`, () => {
      const cur = small();
      const r = convertDataset(load(file), 'auto', cur, '2026-11-22');
      expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
      if (!r.ok) return;
      // Everything we had is still there, with every name it had.
      for (const e of cur.entities) {
        const after = r.dataset.entities.find((x) => x.id === e.id);
        expect(after, e.id).toBeDefined();
        for (const n of namesOf(e)) expect(namesOf(after!)).toContain(n);
        if (e.summary) expect(after!.summary).toBe(e.summary);
      }
      expect(r.dataset.entities.length).toBeGreaterThan(cur.entities.length);
      expect(r.summary).toMatch(/actors added/);
      // No description text from the source file comes in.
      expect(JSON.stringify(r.dataset)).not.toContain('SECRET DESCRIPTION');
    });
  }

  it('gives a matched actor the new names and references, and keeps its own fields', () => {
    const cluster = { type: 'threat-actor', name: 'Threat Actor', uuid: '00000000-0000-4000-8000-00000000000a', values: [
      { value: 'Sofacy', uuid: '00000000-0000-4000-8000-0000000000b1', description: 'SECRET DESCRIPTION', meta: { synonyms: ['APT28', 'Sednit', 'Pawn Storm'], refs: ['https://example.org/sofacy-report'] } },
    ] };
    const cur = small();
    const r = convertDataset(cluster, 'misp-galaxy', cur, '2026-11-22');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.summary).toBe('0 actors added, 1 enriched with 3 new names');
    const apt28 = r.dataset.entities.find((e) => e.id === 'actor/apt28')!;
    expect(namesOf(apt28)).toEqual(expect.arrayContaining(['APT28', 'Fancy Bear', 'Sofacy', 'Sednit', 'Pawn Storm']));
    expect(apt28.references.map((x) => x.url)).toContain('https://example.org/sofacy-report');
    expect(apt28.name).toBe('APT28');
    expect(JSON.stringify(r.dataset)).not.toContain('SECRET DESCRIPTION');
  });

  it('refuses a file of a known shape with no actors in it', () => {
    const r = convertDataset({ type: 'threat-actor', values: [] }, 'auto', small(), '2026-11-22');
    expect(r.ok).toBe(false);
  });
});
