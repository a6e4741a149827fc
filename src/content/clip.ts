/**
 * Saving the reader's selection as a clipping (`page/clip`, sent by the background for the context menu
 * item and the keyboard command): the selected text, the page, the entities whose highlighted mentions
 * intersect the selection, and a TextQuoteSelector (core/clippings/anchor.ts) made from the DOM text
 * around the first selected range. The draft goes to the background (`clippings/save`), which validates
 * and stores it; the page only sees a short confirmation in our shadow-root layer (textContent only).
 * Nothing here reads or writes IndexedDB: clippings live in the extension's origin.
 */
import type { EntityKind } from '../core/dataset/schema';
import { fail, type ContentResponse } from '../core/messages';
import { createTextQuote } from '../core/clippings/anchor';
import { ANCHOR_CONTEXT, MAX_ENTITIES, MAX_ENTITY_TEXTS, MAX_NAME, MAX_TEXT, MAX_TITLE, MAX_URL, type ClippingDraft, type ClippingEntity, type TextQuoteSelector } from '../core/clippings/model';
import { sendToBackground } from '../platform/messaging';
import type { Scanner } from './scanner';
import { spanText } from './gather';

/** `nodes`: the text nodes the range spans (Scanner's Mention.nodes), for its text as the gatherer read it. */
export interface ClipMention { range: Range; entityId: string; name: string; kind: EntityKind; nodes?: readonly Text[] }

export const NOTHING_SELECTED = 'Select some text on the page first, then save it as a clipping.';

/** The scanner's mentions with their entity, in document order. */
export function mentionsOf(scanner: Scanner | undefined): ClipMention[] {
  if (!scanner) return [];
  const mt = scanner.currentMatcher;
  return scanner.ordered().map((m) => ({ range: m.range, nodes: m.nodes, entityId: mt.entityId(m.entity), name: mt.entityName(m.entity), kind: mt.entityKind(m.entity) }));
}

/** Do the two ranges share at least one character? (a.end after b.start and a.start before b.end) */
export function intersects(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_END, b) > 0 && a.compareBoundaryPoints(Range.END_TO_START, b) < 0;
  } catch {
    return false; // different roots (a node left the document)
  }
}

/** The entities of the mentions inside the selection, one entry each, with their distinct matched texts. */
export function entitiesIn(ranges: Range[], mentions: ClipMention[]): ClippingEntity[] {
  const byId = new Map<string, ClippingEntity>();
  for (const m of mentions) {
    if (!ranges.some((r) => intersects(r, m.range))) continue;
    const text = spanText(m.range, m.nodes ?? []).slice(0, MAX_NAME);
    const e = byId.get(m.entityId);
    if (e) { if (text && !e.texts.includes(text) && e.texts.length < MAX_ENTITY_TEXTS) e.texts.push(text); continue; }
    if (byId.size >= MAX_ENTITIES) continue;
    byId.set(m.entityId, { entityId: m.entityId, name: m.name.slice(0, MAX_NAME), kind: m.kind, texts: text ? [text] : [] });
  }
  return [...byId.values()];
}

/** Document text just before and after a range, as Range#toString reads it (the anchor's context). */
function context(doc: Document, r: Range): { before: string; after: string } {
  const root = doc.body ?? doc.documentElement;
  const b = doc.createRange();
  const a = doc.createRange();
  try {
    b.setStart(root, 0);
    b.setEnd(r.startContainer, r.startOffset);
    a.setStart(r.endContainer, r.endOffset);
    a.setEnd(root, root.childNodes.length);
  } catch {
    return { before: '', after: '' };
  }
  return { before: b.toString().slice(-(ANCHOR_CONTEXT + 1)), after: a.toString().slice(0, ANCHOR_CONTEXT + 1) };
}

function anchorOf(doc: Document, r: Range): TextQuoteSelector {
  const exact = r.toString();
  const { before, after } = context(doc, r);
  const cut = exact.slice(0, MAX_TEXT);
  const rest = exact.length > MAX_TEXT ? exact.slice(MAX_TEXT, MAX_TEXT + ANCHOR_CONTEXT + 1) : after;
  return createTextQuote(before + cut + rest, before.length, before.length + cut.length);
}

function pageUrl(): string {
  const href = location.href;
  return href.length <= MAX_URL ? href : href.split('#')[0].slice(0, MAX_URL);
}

/**
 * The draft for the current selection, or a message for the reader when there is nothing to save.
 * `selectionText` (from the context menu) stands in when the page's Selection is empty (a form field).
 */
export function readSelection(doc: Document, mentions: ClipMention[], selectionText?: string): ClippingDraft | string {
  const sel = doc.getSelection();
  const ranges: Range[] = [];
  if (sel) for (let i = 0; i < sel.rangeCount; i++) { const r = sel.getRangeAt(i); if (!r.collapsed) ranges.push(r); }
  let full = ranges.length ? (sel?.toString() ?? '').trim() : '';
  let anchor: TextQuoteSelector | undefined = ranges.length ? anchorOf(doc, ranges[0]) : undefined;
  if (!full && typeof selectionText === 'string' && selectionText.trim()) {
    full = selectionText.trim();
    ranges.length = 0;
    anchor = undefined;
  }
  if (!full) return NOTHING_SELECTED;
  const text = full.slice(0, MAX_TEXT);
  if (!anchor?.exact.trim()) anchor = { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' };
  const draft: ClippingDraft = {
    text,
    url: pageUrl(),
    title: doc.title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE),
    entities: entitiesIn(ranges, mentions),
    anchor,
  };
  if (full.length > MAX_TEXT) draft.truncated = true;
  return draft;
}

function savedMessage(entities: ClippingEntity[]): string {
  if (!entities.length) return 'Clipping saved';
  const names = entities.slice(0, 3).map((e) => e.name).join(', ');
  return `Clipping saved · ${names}${entities.length > 3 ? ` and ${entities.length - 3} more` : ''}`;
}

/** Reads the selection, sends it to the background and tells the reader how it went. */
export async function saveSelection(doc: Document, scanner: Scanner | undefined, notify: (text: string, error?: boolean) => void, selectionText?: string): Promise<ContentResponse<'page/clip'>> {
  const draft = readSelection(doc, mentionsOf(scanner), selectionText);
  if (typeof draft === 'string') { notify(draft, true); return fail('bad-request', draft); }
  const res = await sendToBackground({ type: 'clippings/save', ...draft });
  if (!res.ok) { notify(`Could not save the clipping: ${res.message}`, true); return res; }
  notify(savedMessage(res.clipping.entities));
  return { ok: true, clipping: res.clipping };
}
