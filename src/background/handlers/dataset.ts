/** dataset/info, dataset/import, dataset/reset. */
import { validateDataset } from '../../core/dataset/validate';
import { countDataset } from '../../core/dataset/stats';
import { fail, type BackgroundMessages, type BgResponse } from '../../core/messages';
import { applyDataset, data, fetchBundled } from '../state';

export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

export async function info(): Promise<BgResponse<'dataset/info'>> {
  const l = await data();
  return { ok: true, version: l.meta.version, counts: countDataset(l.entities), updated: l.meta.appliedAt, source: l.meta.source };
}

/** A Threat Context dataset file: validated whole, then applied in one transaction, or refused with the first problems. */
export async function importDataset(req: BackgroundMessages['dataset/import']['req']): Promise<BgResponse<'dataset/import'>> {
  if (typeof req.text !== 'string' || req.text.length > MAX_IMPORT_CHARS) return fail('bad-request', 'the file is empty or larger than 64 MB');
  let parsed: unknown;
  try { parsed = JSON.parse(req.text); } catch (e) { return fail('invalid-dataset', `not JSON: ${(e as Error).message}`); }
  if (req.format && req.format !== 'auto' && req.format !== 'threat-context') return fail('bad-request', `format ${req.format} is not supported for import yet; convert it with npm run dataset`);
  const v = validateDataset(parsed);
  if (!v.ok) return fail('invalid-dataset', v.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('; '));
  const l = await applyDataset(v.dataset, 'import');
  return { ok: true, version: l.meta.version, counts: countDataset(l.entities) };
}

export async function reset(): Promise<BgResponse<'dataset/reset'>> {
  const l = await applyDataset(await fetchBundled(), 'bundled');
  return { ok: true, version: l.meta.version, counts: countDataset(l.entities) };
}
