/**
 * Background entry: wires the message router, install/startup, keyboard commands and the context menu. No logic here.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { CONTENT_ALLOWED, fail, isBgRequest, type AnyBgRequest, type BgType, type Result } from '../core/messages';
import { isExtensionPage, sendToTab } from '../platform/messaging';
import * as datasetH from './handlers/dataset';
import * as entityH from './handlers/entity';
import * as prefsH from './handlers/prefs';
import * as clippingsH from './handlers/clippings';
import { data, onInstalled } from './state';

type Handler = (req: never) => Promise<Result<object>>;
const HANDLERS: Record<BgType, Handler> = {
  'dataset/info': datasetH.info,
  'dataset/import': datasetH.importDataset,
  'dataset/reset': datasetH.reset,
  'dataset/update': datasetH.update,
  'matcher/get': entityH.getMatcherData,
  'entity/get': entityH.getEntity,
  'entity/search': entityH.searchEntities,
  'prefs/get': prefsH.getPrefs,
  'prefs/mute-entity': prefsH.muteEntity,
  'prefs/mute-alias': prefsH.muteAlias,
  'prefs/add-alias': prefsH.addAlias,
  'prefs/remove-alias': prefsH.removeAlias,
  'prefs/set-enabled': prefsH.setEnabled,
  'clippings/save': clippingsH.save,
  'clippings/list': clippingsH.list,
  'clippings/delete': clippingsH.remove,
  'clippings/export': clippingsH.exportAll,
};

async function route(msg: AnyBgRequest, sender: Runtime.MessageSender): Promise<Result<object>> {
  if (sender.id !== browser.runtime.id) return fail('forbidden', 'unknown sender');
  if (!isExtensionPage(sender) && !CONTENT_ALLOWED.has(msg.type)) return fail('forbidden', `${msg.type} is for extension pages only`);
  try {
    return await HANDLERS[msg.type](msg as never);
  } catch (e) {
    return fail('internal', (e as Error)?.message ?? String(e));
  }
}

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  if (!isBgRequest(msg)) return undefined; // not ours: let other listeners answer
  return route(msg, sender);
});

browser.runtime.onInstalled.addListener(() => { void onInstalled(); void clippingsH.installMenu(); });
browser.runtime.onStartup.addListener(() => { void data().then(() => datasetH.updateIfDue()); void clippingsH.installMenu(); });
browser.contextMenus?.onClicked.addListener((info, tab) => { void clippingsH.onMenuClicked(info, tab); });

browser.commands?.onCommand.addListener(async (command: string) => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (command === 'next-mention' || command === 'previous-mention') await sendToTab(tab.id, { type: 'page/next', direction: command === 'next-mention' ? 1 : -1 });
  else if (command === clippingsH.COMMAND) await clippingsH.clipTab(tab.id);
});
