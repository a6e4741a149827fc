/** prefs/*: mutes, the user's own aliases, the on/off switch. Every change recompiles the matcher and tells the tabs. */
import { fail, type BackgroundMessages, type BgResponse, type Prefs } from '../../core/messages';
import { muteKey } from '../../core/matcher/compile';
import { loadPrefs, savePrefs } from '../../platform/storage';
import { data, recompile } from '../state';

type Req<K extends keyof BackgroundMessages> = BackgroundMessages[K]['req'];
const MAX_ALIAS = 200;

async function update(change: (p: Prefs) => Prefs | string, needsRecompile = true): Promise<BgResponse<'prefs/get'>> {
  const next = change(await loadPrefs());
  if (typeof next === 'string') return fail('bad-request', next);
  await savePrefs(next);
  if (needsRecompile) await recompile();
  return { ok: true, prefs: next };
}

const toggle = (list: string[], item: string, on: boolean) => (on ? [...new Set([...list, item])] : list.filter((x) => x !== item));

export async function getPrefs(): Promise<BgResponse<'prefs/get'>> {
  return { ok: true, prefs: await loadPrefs() };
}

export async function muteEntity(req: Req<'prefs/mute-entity'>): Promise<BgResponse<'prefs/get'>> {
  if (!(await data()).byId.has(req.entityId)) return fail('not-found', `no entity ${req.entityId}`);
  return update((p) => ({ ...p, mutedEntities: toggle(p.mutedEntities, req.entityId, req.muted !== false) }));
}

export async function muteAlias(req: Req<'prefs/mute-alias'>): Promise<BgResponse<'prefs/get'>> {
  if (typeof req.alias !== 'string' || !req.alias.trim()) return fail('bad-request', 'alias is required');
  if (!(await data()).byId.has(req.entityId)) return fail('not-found', `no entity ${req.entityId}`);
  return update((p) => ({ ...p, mutedAliases: toggle(p.mutedAliases, muteKey(req.entityId, req.alias), req.muted !== false) }));
}

export async function addAlias(req: Req<'prefs/add-alias'>): Promise<BgResponse<'prefs/get'>> {
  const name = typeof req.name === 'string' ? req.name.trim() : '';
  if (!name || name.length > MAX_ALIAS) return fail('bad-request', `a name of 1 to ${MAX_ALIAS} characters is required`);
  if (!(await data()).byId.has(req.entityId)) return fail('not-found', `no entity ${req.entityId}`);
  return update((p) => (p.userAliases.some((u) => u.entityId === req.entityId && u.name === name) ? p : { ...p, userAliases: [...p.userAliases, { entityId: req.entityId, name }] }));
}

export async function removeAlias(req: Req<'prefs/remove-alias'>): Promise<BgResponse<'prefs/get'>> {
  return update((p) => ({ ...p, userAliases: p.userAliases.filter((u) => !(u.entityId === req.entityId && u.name === req.name)) }));
}

export async function setEnabled(req: Req<'prefs/set-enabled'>): Promise<BgResponse<'prefs/get'>> {
  // The switch does not change the matcher, only whether pages use it; recompile() also notifies the tabs.
  return update((p) => ({ ...p, enabled: req.enabled !== false }));
}
