/** JSON export: every field of every clipping, in a small envelope that names the format and its version. */
import type { Clipping } from '../model';

export const JSON_EXPORT_FORMAT = 'threat-context/clippings';
export const JSON_EXPORT_VERSION = 1;

export function toJson(clips: Clipping[], exportedAt: string): string {
  return JSON.stringify({ format: JSON_EXPORT_FORMAT, version: JSON_EXPORT_VERSION, exportedAt, count: clips.length, clippings: clips }, null, 2) + '\n';
}
