import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv } from '../../../src/core/clippings/export/csv';
import { apt28Clip, plainClip, spywareClip } from './fixtures';

/** A small RFC 4180 reader, to check the output parses back to the same cells. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"' && cell === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(cell); cell = ''; i++; continue; }
    if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    if (c === '\r' || c === '\n') throw new Error(`bare line break at ${i}`);
    cell += c; i++;
  }
  if (cell || row.length) throw new Error('last record has no CRLF');
  return rows;
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });
  it('defuses formulas: = + - @ tab and CR at the start get a single quote', () => {
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(f).replace(/^"/, '').startsWith(`'`), JSON.stringify(f)).toBe(true);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('a=1')).toBe('a=1');
  });
});

describe('toCsv', () => {
  const csv = toCsv([apt28Clip, spywareClip, plainClip]);
  const rows = parseCsv(csv);
  it('has a header, one row per clipping and CRLF line ends', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('round-trips the cells', () => {
    const r = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(r).toEqual({
      id: apt28Clip.id, created: apt28Clip.createdAt, title: apt28Clip.title, url: apt28Clip.url, text: apt28Clip.text,
      entities: 'APT28; Salt Typhoon', entity_ids: 'actor/apt28; actor/salt-typhoon', kinds: 'threat-actor; threat-actor', matched: 'APT28; Fancy Bear; Salt Typhoon', truncated: 'false',
    });
  });
  it('defuses a formula in page text', () => {
    const text = rows[2][CSV_COLUMNS.indexOf('text')];
    expect(text.startsWith(`'=HYPERLINK(`)).toBe(true);
    expect(rows[2][CSV_COLUMNS.indexOf('truncated')]).toBe('true');
  });
  it('writes only the header for no clippings', () => {
    expect(toCsv([])).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });
});
