/** Settings in storage.local: the user's mutes, own aliases and on/off switch. */
import browser from 'webextension-polyfill';
import type { Prefs } from '../core/messages';

const KEY = 'prefs';

/** Stored prefs, validated field by field: anything malformed falls back to its default. */
export async function loadPrefs(): Promise<Prefs> {
  const raw = (await browser.storage.local.get(KEY))[KEY] as Partial<Prefs> | undefined;
  const strs = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  return {
    mutedEntities: strs(raw?.mutedEntities),
    mutedAliases: strs(raw?.mutedAliases),
    userAliases: Array.isArray(raw?.userAliases) ? raw!.userAliases.filter((u) => u && typeof u.entityId === 'string' && typeof u.name === 'string') : [],
    enabled: raw?.enabled !== false,
  };
}

export async function savePrefs(p: Prefs): Promise<void> {
  await browser.storage.local.set({ [KEY]: p });
}

/** The reader's dataset update source and the outcome of the last check. */
export interface UpdateSettings {
  url?: string;
  lastCheck?: { at: string; ok: boolean; message: string };
}
const UPDATE_KEY = 'update';

export async function loadUpdateSettings(): Promise<UpdateSettings> {
  const raw = (await browser.storage.local.get(UPDATE_KEY))[UPDATE_KEY] as UpdateSettings | undefined;
  const out: UpdateSettings = {};
  if (typeof raw?.url === 'string') out.url = raw.url;
  const c = raw?.lastCheck;
  if (c && typeof c.at === 'string' && typeof c.ok === 'boolean' && typeof c.message === 'string') out.lastCheck = c;
  return out;
}

export async function saveUpdateSettings(u: UpdateSettings): Promise<void> {
  await browser.storage.local.set({ [UPDATE_KEY]: u });
}
