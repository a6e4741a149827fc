import { describe, expect, it } from 'vitest';
import { JSON_EXPORT_FORMAT, toJson } from '../../../src/core/clippings/export/json';
import { exportClippings } from '../../../src/core/clippings/export';
import { validateClipping } from '../../../src/core/clippings/validate';
import { apt28Clip, plainClip, spywareClip } from './fixtures';

describe('toJson', () => {
  it('holds every clipping whole, in an envelope, and parses back to valid clippings', () => {
    const out = JSON.parse(toJson([apt28Clip, spywareClip, plainClip], '2026-11-22T12:00:00.000Z'));
    expect(out).toMatchObject({ format: JSON_EXPORT_FORMAT, version: 1, exportedAt: '2026-11-22T12:00:00.000Z', count: 3 });
    expect(out.clippings).toEqual([apt28Clip, spywareClip, plainClip]);
    for (const c of out.clippings) expect(validateClipping(c).ok).toBe(true);
  });
});

describe('exportClippings', () => {
  it('names the file by format and date', () => {
    const at = '2026-11-22T12:00:00.000Z';
    expect(exportClippings('json', [], at)).toMatchObject({ filename: 'threat-context-clippings-2026-11-22.json', mime: 'application/json' });
    expect(exportClippings('markdown', [], at)).toMatchObject({ filename: 'threat-context-clippings-2026-11-22.md', mime: 'text/markdown' });
    expect(exportClippings('csv', [], at)).toMatchObject({ filename: 'threat-context-clippings-2026-11-22.csv', mime: 'text/csv' });
    expect(exportClippings('stix', [apt28Clip], at).filename).toBe('threat-context-clippings-2026-11-22.stix.json');
    expect(JSON.parse(exportClippings('stix', [apt28Clip], at).text).type).toBe('bundle');
  });
});
