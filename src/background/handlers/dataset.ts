/** dataset/info, dataset/import, dataset/reset. */
import { convertDataset, type DatasetFormat } from '../../core/dataset/convert';
import { SCHEMA_VERSION, type Dataset } from '../../core/dataset/schema';
import { countDataset } from '../../core/dataset/stats';
import { fail, type BackgroundMessages, type BgResponse } from '../../core/messages';
import { applyDataset, data, fetchBundled } from '../state';
import { checkUpdateUrl, isDue, MAX_DATASET_BYTES } from '../../core/dataset/update';
import { loadUpdateSettings, saveUpdateSettings } from '../../platform/storage';

export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

export async function info(): Promise<BgResponse<'dataset/info'>> {
  const l = await data();
  const u = await loadUpdateSettings();
  return { ok: true, version: l.meta.version, counts: countDataset(l.entities), updated: l.meta.appliedAt, source: l.meta.source, ...(u.url ? { updateUrl: u.url } : {}), ...(u.lastCheck ? { lastCheck: u.lastCheck } : {}) };
}

/**
 * A dataset file: a Threat Context dataset replaces the current one; a MISP galaxy, ATT&CK STIX bundle or
 * Microsoft naming map enriches it (src/core/dataset/convert.ts). Validated whole, then applied in one
 * transaction, or refused with the first problems and the stored dataset untouched.
 */
export async function importDataset(req: BackgroundMessages['dataset/import']['req']): Promise<BgResponse<'dataset/import'>> {
  if (typeof req.text !== 'string' || req.text.length > MAX_IMPORT_CHARS) return fail('bad-request', 'the file is empty or larger than 64 MB');
  const r = await fromText(req.text, req.format ?? 'auto');
  if (!r.ok) return r;
  const l = await applyDataset(r.dataset, 'import');
  return { ok: true, version: l.meta.version, counts: countDataset(l.entities) };
}

async function fromText(text: string, format: DatasetFormat): Promise<{ ok: true; dataset: Dataset } | ReturnType<typeof fail>> {
  let parsed: unknown;
  try { parsed = JSON.parse(text); } catch (e) { return fail('invalid-dataset', `not JSON: ${(e as Error).message}`); }
  const current = await data();
  const c = convertDataset(parsed, format, { schemaVersion: SCHEMA_VERSION, version: current.meta.version, entities: current.entities }, new Date().toISOString().slice(0, 10));
  if (!c.ok) return fail('invalid-dataset', c.problems.slice(0, 5).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; '));
  return { ok: true, dataset: c.dataset };
}

export async function reset(): Promise<BgResponse<'dataset/reset'>> {
  const l = await applyDataset(await fetchBundled(), 'bundled');
  return { ok: true, version: l.meta.version, counts: countDataset(l.entities) };
}

/**
 * dataset/update: the one network request the extension makes. The file must be a Threat Context
 * dataset; it is read with a size limit, validated whole and applied in one transaction, or refused
 * with the stored dataset untouched. The outcome is kept for the options page.
 */
export async function update(req: BackgroundMessages['dataset/update']['req']): Promise<BgResponse<'dataset/update'>> {
  const settings = await loadUpdateSettings();
  if (typeof req.url === 'string') {
    if (req.url.trim() === '') {
      // Clearing the address turns updates off; the stored dataset stays.
      await saveUpdateSettings({});
      const l = await data();
      return { ok: true, version: l.meta.version, counts: countDataset(l.entities), changed: false };
    }
    const c = checkUpdateUrl(req.url);
    if (!c.ok) return fail('bad-request', c.message);
    settings.url = c.url;
  }
  if (!settings.url) return fail('bad-request', 'no update address is set');
  const res = await fetchDataset(settings.url);
  settings.lastCheck = { at: new Date().toISOString(), ok: res.ok, message: res.ok ? (res.changed ? `updated to ${res.version}` : `already at ${res.version}`) : res.message };
  await saveUpdateSettings(settings);
  return res;
}

async function fetchDataset(url: string): Promise<BgResponse<'dataset/update'>> {
  let text: string;
  try {
    const r = await fetch(url, { cache: 'no-store', credentials: 'omit', redirect: 'follow' });
    if (!r.ok) return fail('network', `the server answered ${r.status} ${r.statusText}`.trim());
    const declared = Number(r.headers.get('content-length') ?? '0');
    if (declared > MAX_DATASET_BYTES) return fail('invalid-dataset', 'the file is larger than 64 MB');
    text = await r.text();
  } catch (e) {
    return fail('network', `could not fetch it (${(e as Error)?.message ?? e}); the server must allow cross-origin requests`);
  }
  if (text.length > MAX_DATASET_BYTES) return fail('invalid-dataset', 'the file is larger than 64 MB');
  const v = await fromText(text, 'auto');
  if (!v.ok) return v;
  const current = await data();
  if (current.meta.version === v.dataset.version) return { ok: true, version: current.meta.version, counts: countDataset(current.entities), changed: false };
  const l = await applyDataset(v.dataset, 'update');
  return { ok: true, version: l.meta.version, counts: countDataset(l.entities), changed: true };
}

/** At browser start: check the saved source if a day has passed. Failures are recorded, never thrown. */
export async function updateIfDue(): Promise<void> {
  const s = await loadUpdateSettings();
  if (s.url && isDue(s.lastCheck?.at, Date.now())) await update({}).catch(() => undefined);
}
