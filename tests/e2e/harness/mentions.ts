/**
 * `page/mentions` as the e2e tests need it: polled until the content script has scanned the current DOM
 * (`complete`) and the answer satisfies `until` (a condition, never a fixed wait), or an error after `timeoutMs`.
 */
import type { PageMention, ScanStats } from '../../../src/core/messages';
import type { ExtBrowser } from './browsers';

export interface MentionsAnswer { ok: boolean; url: string; complete: boolean; mentions: PageMention[]; stats: ScanStats }

export async function mentionsWhen(b: ExtBrowser, url: string, until: (a: MentionsAnswer) => boolean = () => true, timeoutMs = 30_000): Promise<MentionsAnswer> {
  const deadline = Date.now() + timeoutMs;
  let last: MentionsAnswer | undefined;
  for (;;) {
    const res = (await b.sendToTab(url, { type: 'page/mentions' })) as MentionsAnswer;
    if (res?.ok && res.complete) { last = res; if (until(res)) return res; }
    if (Date.now() > deadline) throw new Error(`page/mentions never reached the expected state; last: ${JSON.stringify(last ?? res)?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
