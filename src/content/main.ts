/**
 * Content script entry: wires the scanner, highlighter, hover card and messages together.
 * Everything long-lived hangs on one AbortController; a dead extension context ends it quietly.
 */
import { browser, sendToBackground } from '../platform/messaging';
import { Matcher } from '../core/matcher/match';
import { HoverCard } from '../core/hovercard';
import { fail, isContentRequest, type AnyContentRequest, type ContentResponse, type ContentType } from '../core/messages';
import { foldKey } from '../core/normalise';
import { Highlighter } from './highlighter';
import { Scanner, type Mention } from './scanner';
import { CardLayer } from './card';
import { spanText } from './gather';

const controller = new AbortController();
const { signal } = controller;
let scanner: Scanner | undefined;
let hl: Highlighter | undefined;
let matcherVersion = '';
let enabled = true;
let activeIndex = -1;

/** The compiled matcher; with `have`, the background sends it only if its version differs. */
async function loadMatcher(have?: string): Promise<Matcher | undefined> {
  const res = await sendToBackground({ type: 'matcher/get', ...(have ? { have } : {}) });
  if (!res.ok) return undefined;
  enabled = res.enabled !== false;
  if (!res.data) return scanner?.currentMatcher;
  matcherVersion = res.version;
  return new Matcher(res.data);
}

// ---- hover and card -------------------------------------------------------------------------

const layer = new CardLayer(document, {
  onMute: (w) => {
    void sendToBackground(w.alias ? { type: 'prefs/mute-alias', entityId: w.entityId, alias: w.alias, muted: true } : { type: 'prefs/mute-entity', entityId: w.entityId, muted: true });
    card.escape();
  },
  onOpenEntity: (id) => { void showProfile(id); },
  onPointer: (over) => card.pointer(undefined, over),
});
let shownMention: Mention | undefined;

const card = new HoverCard<Mention>(
  {
    open: (m, token, viaKeyboard) => { void openCard(m, token, viaKeyboard); },
    close: () => { layer.hide(); shownMention = undefined; hl?.setActive(undefined); },
  },
  { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as number) },
);

function anchorRect(m: Mention): DOMRect {
  const rects = m.range.getClientRects();
  return rects.length ? rects[rects.length - 1] : m.range.getBoundingClientRect();
}

async function openCard(m: Mention, token: number, viaKeyboard: boolean): Promise<void> {
  if (!scanner) return;
  const mt = scanner.currentMatcher;
  const id = mt.entityId(m.entity);
  shownMention = m;
  hl?.setActive(m);
  const candidates = m.candidates.length > 1 ? m.candidates.map((c) => ({ id: mt.entityId(c), name: mt.entityName(c), kind: mt.entityKind(c) })) : undefined;
  const text = spanText(m.range, m.nodes);
  const base = { name: mt.entityName(m.entity), kind: mt.entityKind(m.entity), matched: { text, candidates } };
  layer.show(base, anchorRect(m), viaKeyboard);
  const res = await sendToBackground({ type: 'entity/get', id });
  if (!card.isCurrent(token)) return; // a later hover won
  if (!res.ok) { layer.show({ ...base, error: res.message }, anchorRect(m), false); return; }
  const key = foldKey(text);
  const alias = res.entity.aliases.find((a) => foldKey(a.name) === key);
  layer.show({ ...base, profile: res, matched: { ...base.matched, aliasName: alias?.name ?? (foldKey(res.entity.name) === key ? res.entity.name : text), aliasSources: alias?.source } }, anchorRect(m), viaKeyboard);
}

async function showProfile(id: string): Promise<void> {
  const m = shownMention;
  if (!m) return;
  const res = await sendToBackground({ type: 'entity/get', id });
  if (res.ok) layer.show({ name: res.entity.name, kind: res.entity.kind, profile: res, matched: { text: spanText(m.range, m.nodes) } }, anchorRect(m), false);
}

/** The mention under the pointer, without touching the DOM: caret position, then the mention's own rects. */
function mentionAt(x: number, y: number): Mention | undefined {
  if (!scanner) return undefined;
  const d = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null; caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const node = d.caretPositionFromPoint ? d.caretPositionFromPoint(x, y)?.offsetNode : d.caretRangeFromPoint?.(x, y)?.startContainer;
  if (!node || node.nodeType !== 3) return undefined;
  const list = scanner.byNode.get(node as Text);
  if (!list) return undefined;
  for (const m of list) {
    for (const r of m.range.getClientRects()) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return m;
  }
  return undefined;
}

let lastPointer: { x: number; y: number; target: EventTarget | null } | undefined;
let frame = 0;
function onPointerMove(e: PointerEvent): void {
  lastPointer = { x: e.clientX, y: e.clientY, target: e.target };
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    const p = lastPointer;
    if (!p) return;
    if (layer.contains(p.target)) { card.pointer(undefined, true); return; }
    card.pointer(mentionAt(p.x, p.y));
  });
}

function onKeyDown(e: KeyboardEvent): void {
  if (e.key === 'Escape' && layer.open) { card.escape(); }
}

function onScroll(): void {
  if (shownMention && layer.open) layer.place(anchorRect(shownMention));
}

// ---- keyboard navigation and the popup's reveal ----------------------------------------------

function reveal(index: number): number {
  if (!scanner) return -1;
  const list = scanner.ordered();
  if (!list.length) return -1;
  const i = ((index % list.length) + list.length) % list.length;
  const m = list[i];
  activeIndex = i;
  const el = m.range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  card.openNow(m);
  return i;
}

// ---- messages ---------------------------------------------------------------------------------

function handle(msg: AnyContentRequest): ContentResponse<ContentType> | Promise<ContentResponse<ContentType>> {
  switch (msg.type) {
    case 'page/mentions':
      return { ok: true, url: location.href, complete: !!scanner?.complete, mentions: scanner?.toPageMentions() ?? [], stats: scanner?.stats ?? { scanMs: 0, textChars: 0, textNodes: 0, longestSliceMs: 0 } };
    case 'page/reveal': {
      if (!scanner) return fail('not-ready', 'the page is still being read');
      const list = scanner.ordered();
      const mt = scanner.currentMatcher;
      const index = typeof msg.index === 'number' ? msg.index : list.findIndex((m) => mt.entityId(m.entity) === msg.entityId);
      if (index < 0 || index >= list.length) return fail('not-found', 'no such mention on this page');
      return { ok: true, index: reveal(index) };
    }
    case 'page/next': {
      const i = reveal(activeIndex + (msg.direction === -1 ? -1 : 1));
      return i < 0 ? fail('not-found', 'no mentions on this page') : { ok: true, index: i };
    }
    case 'matcher/changed':
      // Also when the version is unchanged: the on/off switch changes no matcher.
      void refresh();
      return { ok: true };
    case 'page/clip':
      // Saving a clipping is a rare, deliberate act: its code (selection reading, the text-quote anchor,
      // the clipping limits) loads on the first save, not on every page.
      return import('./clip').then((c) => c.saveSelection(document, scanner, (text, error) => layer.notify(text, error), msg.selectionText));
  }
}

async function refresh(): Promise<void> {
  const wasEnabled = enabled;
  const m = await loadMatcher(matcherVersion);
  if (!scanner || !m) return;
  card.escape();
  if (!enabled) { scanner.disable(); return; }
  if (m === scanner.currentMatcher && wasEnabled) return; // nothing changed for this page
  await scanner.setMatcher(m);
}

browser.runtime.onMessage.addListener((msg: unknown) => {
  if (!isContentRequest(msg)) return undefined;
  return Promise.resolve(handle(msg));
});

// ---- boot -------------------------------------------------------------------------------------

async function boot(): Promise<void> {
  let m = await loadMatcher();
  // The background may still be starting (first install, a waking service worker): try a few more times.
  for (let wait = 500; !m && wait <= 4000 && !signal.aborted; wait *= 2) {
    await new Promise((r) => setTimeout(r, wait));
    m = await loadMatcher();
  }
  if (!m) return;
  hl = new Highlighter();
  scanner = new Scanner(m, hl);
  scanner.observe(signal);
  document.addEventListener('pointermove', onPointerMove, { passive: true, signal });
  document.addEventListener('keydown', onKeyDown, { capture: true, signal });
  addEventListener('scroll', onScroll, { passive: true, capture: true, signal });
  if (enabled) await scanner.fullScan();
  else scanner.complete = true;
}

void boot().catch((e: unknown) => {
  // "Extension context invalidated" after an update or uninstall is a normal shutdown.
  controller.abort();
  if (!String((e as Error)?.message ?? e).includes('context invalidated')) console.warn('[Threat Context]', e);
});
