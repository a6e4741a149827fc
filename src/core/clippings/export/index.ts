/** The exporters behind `clippings/export`: one text file per format. Used by the background only. */
import type { Clipping, ExportFormat } from '../model';
import { toCsv } from './csv';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import { toStix, type EntityInfo } from './stix';

export interface ExportFile { filename: string; mime: string; text: string }

const EXT: Record<ExportFormat, { ext: string; mime: string }> = {
  json: { ext: 'json', mime: 'application/json' },
  markdown: { ext: 'md', mime: 'text/markdown' },
  csv: { ext: 'csv', mime: 'text/csv' },
  stix: { ext: 'stix.json', mime: 'application/json' },
};

export function exportClippings(format: ExportFormat, clips: Clipping[], exportedAt: string, info?: Record<string, EntityInfo>): ExportFile {
  const text = format === 'json' ? toJson(clips, exportedAt)
    : format === 'markdown' ? toMarkdown(clips, exportedAt)
    : format === 'csv' ? toCsv(clips)
    : toStix(clips, exportedAt, info);
  const { ext, mime } = EXT[format];
  return { filename: `threat-context-clippings-${exportedAt.slice(0, 10)}.${ext}`, mime, text };
}
