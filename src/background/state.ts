/**
 * The background's view of the dataset: IndexedDB is the truth; this module keeps the derived
 * in-memory pieces (entity map, search index, compiled matcher) and rebuilds them when the
 * service worker wakes up or the dataset/prefs change. Every path that changes data goes through here.
 */
import browser from 'webextension-polyfill';
import type { Dataset, Entity } from '../core/dataset/schema';
import { validateDataset } from '../core/dataset/validate';
import { compileMatcher, matcherVersion, type MatcherData } from '../core/matcher/compile';
import { buildSearchIndex, type SearchIndex } from '../core/search';
import { loadPrefs } from '../platform/storage';
import { getAllEntities, getMatcher, getMeta, putMatcher, replaceDataset, type DatasetMeta } from './db';

interface Loaded {
  meta: DatasetMeta;
  entities: Entity[];
  byId: Map<string, Entity>;
  search: SearchIndex;
}

let loaded: Promise<Loaded> | undefined;
let matcher: Promise<MatcherData> | undefined;

export const BUNDLED_URL = 'dataset.json';

export async function fetchBundled(): Promise<Dataset> {
  const res = await fetch(browser.runtime.getURL(BUNDLED_URL));
  const v = validateDataset(await res.json());
  if (!v.ok) throw new Error(`bundled dataset is invalid: ${v.problems[0]?.path} ${v.problems[0]?.message}`);
  return v.dataset;
}

/** Applies a validated dataset: compile first (nothing is stored if that fails), then one transaction. */
export async function applyDataset(ds: Dataset, source: DatasetMeta['source']): Promise<Loaded> {
  const prefs = await loadPrefs();
  const m = compileMatcher(ds.entities, ds.version, prefs);
  const meta: DatasetMeta = { version: ds.version, source, appliedAt: new Date().toISOString() };
  await replaceDataset(ds.entities, meta, m);
  const l = index(meta, ds.entities);
  loaded = Promise.resolve(l);
  matcher = Promise.resolve(m);
  void broadcastMatcherChanged(m.version);
  return l;
}

function index(meta: DatasetMeta, entities: Entity[]): Loaded {
  return { meta, entities, byId: new Map(entities.map((e) => [e.id, e])), search: buildSearchIndex(entities) };
}

/**
 * Makes sure a dataset is stored: the bundled one on first run. With `checkBundled` (install or extension
 * update only) a bundled dataset of another version replaces a stored bundled one. A service worker that
 * merely wakes up reads IndexedDB and nothing else: fetching and validating the 1 MB bundled file on every
 * wake was the slowest part of answering a content script.
 */
async function ensureDataset(checkBundled: boolean): Promise<Loaded> {
  const meta = await getMeta();
  if (!meta) return applyDataset(await fetchBundled(), 'bundled');
  if (checkBundled && meta.source === 'bundled') {
    const bundled = await fetchBundled().catch(() => undefined);
    if (bundled && bundled.version !== meta.version) return applyDataset(bundled, 'bundled');
  }
  return index(meta, await getAllEntities());
}

export function data(): Promise<Loaded> {
  loaded ??= ensureDataset(false).catch((e) => { loaded = undefined; throw e; });
  return loaded;
}

/** runtime.onInstalled: first install or a new extension version, which may bundle a new dataset. */
export function onInstalled(): Promise<Loaded> {
  // After any load already under way, so a first install does not write the bundled dataset twice.
  const before = loaded?.catch(() => undefined) ?? Promise.resolve(undefined);
  loaded = before.then(() => ensureDataset(true)).catch((e) => { loaded = undefined; throw e; });
  return loaded;
}

export async function currentMatcher(): Promise<MatcherData> {
  matcher ??= (async () => {
    const l = await data();
    const stored = await getMatcher();
    const prefs = await loadPrefs();
    if (stored && stored.version === matcherVersion(l.meta.version, prefs)) return stored;
    const m = compileMatcher(l.entities, l.meta.version, prefs);
    await putMatcher(m);
    return m;
  })().catch((e) => { matcher = undefined; throw e; });
  return matcher;
}

/** Prefs changed: recompile and tell every tab. */
export async function recompile(): Promise<MatcherData> {
  const l = await data();
  const m = compileMatcher(l.entities, l.meta.version, await loadPrefs());
  await putMatcher(m);
  matcher = Promise.resolve(m);
  void broadcastMatcherChanged(m.version);
  return m;
}

async function broadcastMatcherChanged(version: string): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  for (const t of tabs) if (t.id !== undefined) browser.tabs.sendMessage(t.id, { type: 'matcher/changed', version }).catch(() => {});
}
