/**
 * Typed messaging over webextension-polyfill: the only module (with storage.ts) that imports it.
 * Senders get `Result` values; a missing receiver or a closed context becomes `{ ok: false }`, never a throw.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { fail, type BgType, type BgRequest, type BgResponse, type ContentType, type ContentRequest, type ContentResponse } from '../core/messages';

export { browser };

export async function sendToBackground<K extends BgType>(msg: BgRequest<K>): Promise<BgResponse<K>> {
  try {
    const res = (await browser.runtime.sendMessage(msg)) as BgResponse<K> | undefined;
    return res ?? fail('not-ready', 'no answer from the background');
  } catch (e) {
    return fail('not-ready', (e as Error)?.message ?? String(e));
  }
}

export async function sendToTab<K extends ContentType>(tabId: number, msg: ContentRequest<K>, frameId = 0): Promise<ContentResponse<K>> {
  try {
    const res = (await browser.tabs.sendMessage(tabId, msg, { frameId })) as ContentResponse<K> | undefined;
    return res ?? fail('not-ready', 'no answer from the page');
  } catch (e) {
    return fail('not-ready', (e as Error)?.message ?? String(e));
  }
}

/** Is this sender one of our own extension pages (popup, options), rather than a content script in a web page? */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
