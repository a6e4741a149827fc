/**
 * clippings/*: `save` (content scripts may send it), `list`, `delete`, `export` (extension pages only, as
 * the router enforces), plus the two ways a reader saves: the selection context menu item and the
 * keyboard command. Both ask the tab's content script (`page/clip`), which reads the selection and the
 * mentions inside it, sends `clippings/save` and shows the confirmation; when no content script answers
 * (a frame we do not run in), the menu's own selection text is saved without entities.
 *
 * Records live in IndexedDB (db.ts, store `clippings`); every record read back is validated, and one
 * that fails is skipped, never shown or exported.
 */
import type { Menus, Tabs } from 'webextension-polyfill';
import { browser, sendToTab } from '../../platform/messaging';
import { fail, type BackgroundMessages, type BgResponse, type ContentResponse } from '../../core/messages';
import { MAX_CLIPPINGS, MAX_TEXT, MAX_TITLE, type Clipping, type ClippingDraft } from '../../core/clippings/model';
import { isExportFormat, isUuidV4, problemText, validateClipping, validateDraft, validQuery } from '../../core/clippings/validate';
import { filterClippings, newestFirst } from '../../core/clippings/search';
import { exportClippings } from '../../core/clippings/export';
import type { EntityInfo } from '../../core/clippings/export/stix';
import { deleteClipping, getAllClippings, putClipping } from '../db';
import { data } from '../state';

type Req<K extends keyof BackgroundMessages> = BackgroundMessages[K]['req'];

export const MENU_ID = 'save-clipping';
export const COMMAND = 'save-clipping';
const DEFAULT_LIST_LIMIT = 200;

/** Folded search text by clipping id (search.ts); rebuilt lazily after a service worker restart. */
const folded = new Map<string, string>();

async function loadAll(): Promise<Clipping[]> {
  const out: Clipping[] = [];
  for (const r of await getAllClippings()) {
    const v = validateClipping(r);
    if (v.ok) out.push(v.value);
  }
  return out.sort(newestFirst);
}

export async function save(req: Req<'clippings/save'>): Promise<BgResponse<'clippings/save'>> {
  const v = validateDraft(req);
  if (!v.ok) return fail('bad-request', `not a valid clipping: ${problemText(v.problems)}`);
  const draft: ClippingDraft = v.value;
  // The dataset's canonical name and kind win over what the page sent.
  const l = await data().catch(() => undefined);
  const entities = draft.entities.map((e) => {
    const ent = l?.byId.get(e.entityId);
    return ent ? { ...e, name: ent.name, kind: ent.kind } : e;
  });
  const clipping: Clipping = { id: crypto.randomUUID(), createdAt: new Date().toISOString(), ...draft, entities };
  if (!(await putClipping(clipping, MAX_CLIPPINGS))) return fail('bad-request', `${MAX_CLIPPINGS} clippings are stored already: export and delete some first`);
  return { ok: true, clipping };
}

export async function list(req: Req<'clippings/list'>): Promise<BgResponse<'clippings/list'>> {
  const query = validQuery(req.query);
  if (query === false) return fail('bad-request', 'query must be a string of at most 200 characters');
  const limit = typeof req.limit === 'number' && Number.isFinite(req.limit) ? Math.max(1, Math.min(MAX_CLIPPINGS, Math.floor(req.limit))) : DEFAULT_LIST_LIMIT;
  const all = await loadAll();
  const hits = filterClippings(all, query, folded);
  return { ok: true, clippings: hits.slice(0, limit), matched: hits.length, total: all.length };
}

export async function remove(req: Req<'clippings/delete'>): Promise<BgResponse<'clippings/delete'>> {
  if (!isUuidV4(req.id)) return fail('bad-request', 'id must be a clipping id');
  folded.delete(req.id);
  return { ok: true, deleted: await deleteClipping(req.id) };
}

export async function exportAll(req: Req<'clippings/export'>): Promise<BgResponse<'clippings/export'>> {
  if (!isExportFormat(req.format)) return fail('bad-request', 'format must be json, markdown, csv or stix');
  const query = validQuery(req.query);
  if (query === false) return fail('bad-request', 'query must be a string of at most 200 characters');
  const clips = filterClippings(await loadAll(), query, folded);
  const info: Record<string, EntityInfo> = {};
  const l = await data().catch(() => undefined);
  for (const c of clips) for (const e of c.entities) { const ent = l?.byId.get(e.entityId); if (ent) info[e.entityId] = { updated: ent.updated }; }
  const file = exportClippings(req.format, clips, new Date().toISOString(), info);
  return { ok: true, ...file, count: clips.length };
}

// ---- the context menu item and the keyboard command ------------------------------------------------

/** Creates the selection menu item (again): on install and at browser start, so it always exists once. */
export async function installMenu(): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  await menus.removeAll();
  menus.create({ id: MENU_ID, title: 'Save clipping to Threat Context', contexts: ['selection'] }, () => void browser.runtime.lastError);
}

/** Asks the tab's content script to save its selection; `selectionText` is what the browser saw selected. */
export async function clipTab(tabId: number, frameId = 0, selectionText?: string): Promise<ContentResponse<'page/clip'>> {
  return sendToTab(tabId, { type: 'page/clip', ...(selectionText ? { selectionText } : {}) }, frameId);
}

export async function onMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  const selectionText = typeof info.selectionText === 'string' ? info.selectionText : undefined;
  const res = await clipTab(tab.id, info.frameId ?? 0, selectionText);
  if (res.ok || res.code !== 'not-ready' || !selectionText?.trim()) return;
  // No content script in that frame: keep what the browser gave us (no entities, no context).
  const text = selectionText.trim().slice(0, MAX_TEXT);
  await save({ text, url: info.frameUrl ?? info.pageUrl ?? tab.url ?? '', title: (tab.title ?? '').slice(0, MAX_TITLE), entities: [], anchor: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' }, ...(selectionText.trim().length > MAX_TEXT ? { truncated: true } : {}) });
}
