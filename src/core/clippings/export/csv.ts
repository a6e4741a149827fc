/**
 * CSV export (RFC 4180): a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled. Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a
 * formula, so such cells get a leading single quote (OWASP "CSV injection"): page text is hostile input.
 */
import type { Clipping } from '../model';

export const CSV_COLUMNS = ['id', 'created', 'title', 'url', 'text', 'entities', 'entity_ids', 'kinds', 'matched', 'truncated'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-guarded, then quoted if needed. */
export function csvCell(value: string): string {
  let v = value;
  if (FORMULA_START.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(clips: Clipping[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const c of clips) {
    rows.push([
      c.id,
      c.createdAt,
      c.title,
      c.url,
      c.text,
      c.entities.map((e) => e.name).join('; '),
      c.entities.map((e) => e.entityId).join('; '),
      c.entities.map((e) => e.kind).join('; '),
      c.entities.flatMap((e) => e.texts).join('; '),
      c.truncated ? 'true' : 'false',
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
