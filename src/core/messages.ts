/**
 * The one message protocol between content scripts, the background and the extension's pages.
 *
 * Every message is `{ type, ...payload }`; every answer is `{ ok: true, ...result }` or
 * `{ ok: false, code, message }`. Errors cross contexts as values, never as thrown objects.
 * `page/mentions` and `dataset/info` are public contracts (README): extend, never change.
 */
import type { EntityKind, Entity } from './dataset/schema';
import type { MatcherData } from './matcher/compile';
import type { Clipping, ClippingDraft, ExportFormat } from './clippings/model';

export type Fail = { ok: false; code: ErrorCode; message: string };
export type Ok<T> = { ok: true } & T;
export type Result<T> = Ok<T> | Fail;

export type ErrorCode = 'bad-request' | 'not-found' | 'forbidden' | 'not-ready' | 'invalid-dataset' | 'internal' | 'network';

export interface PageMention {
  entityId: string;
  name: string;
  kind: EntityKind;
  /** Exact page text highlighted. */
  text: string;
  /** Other entities that use the same name (ambiguous alias), if any. */
  candidates?: string[];
}

export interface ScanStats {
  scanMs: number;
  textChars: number;
  textNodes: number;
  longestSliceMs: number;
}

export interface SearchHit {
  id: string;
  name: string;
  kind: EntityKind;
  /** The name that matched the query when it is not the canonical name. */
  matched?: string;
  country?: string[];
}

/** A profile as the card and the popup show it: the entity plus the names of what it links to. */
export interface Profile {
  entity: Entity;
  related: Record<string, { name: string; kind: EntityKind }>;
}

export interface DatasetCounts {
  entities: number;
  aliases: number;
  byKind: Record<EntityKind, number>;
}

export interface Prefs {
  mutedEntities: string[];
  /** Folded alias keys muted for one entity: `${entityId}|${foldKey(alias)}`. */
  mutedAliases: string[];
  userAliases: { entityId: string; name: string }[];
  enabled: boolean;
}

/** Messages handled by the background. */
export interface BackgroundMessages {
  'dataset/info': { req: {}; res: { version: string; counts: DatasetCounts; updated?: string; source?: string; updateUrl?: string; lastCheck?: { at: string; ok: boolean; message: string } } };
  /** Fetch the dataset from `url` (saved as the update source; '' clears it) or from the saved source, validate, apply. */
  'dataset/update': { req: { url?: string }; res: { version: string; counts: DatasetCounts; changed: boolean } };
  /** The compiled matcher for content scripts; `data` is left out when the caller already `have`s that version. */
  'matcher/get': { req: { have?: string }; res: { version: string; data?: MatcherData; enabled: boolean } };
  'entity/get': { req: { id: string }; res: Profile };
  'entity/search': { req: { query: string; limit?: number }; res: { hits: SearchHit[] } };
  'prefs/get': { req: {}; res: { prefs: Prefs } };
  'prefs/mute-entity': { req: { entityId: string; muted: boolean }; res: { prefs: Prefs } };
  'prefs/mute-alias': { req: { entityId: string; alias: string; muted: boolean }; res: { prefs: Prefs } };
  'prefs/add-alias': { req: { entityId: string; name: string }; res: { prefs: Prefs } };
  'prefs/remove-alias': { req: { entityId: string; name: string }; res: { prefs: Prefs } };
  'prefs/set-enabled': { req: { enabled: boolean }; res: { prefs: Prefs } };
  /** A dataset file's text: a Threat Context dataset replaces; MISP galaxy, ATT&CK STIX or Microsoft's map enrich (core/dataset/convert.ts). */
  'dataset/import': { req: { text: string; format?: 'auto' | 'threat-context' | 'misp-galaxy' | 'attack-stix' | 'microsoft' }; res: { version: string; counts: DatasetCounts } };
  'dataset/reset': { req: {}; res: { version: string; counts: DatasetCounts } };
  /** Store a clipping (from a content script); the background adds `id` and `createdAt` (core/clippings/validate.ts checks it). */
  'clippings/save': { req: ClippingDraft; res: { clipping: Clipping } };
  /** Stored clippings, newest first; `query` keeps those whose text, title, URL or entity names match (folded, every word). */
  'clippings/list': { req: { query?: string; limit?: number }; res: { clippings: Clipping[]; matched: number; total: number } };
  'clippings/delete': { req: { id: string }; res: { deleted: boolean } };
  /** One file of the clippings that match `query` (all without one), newest first. */
  'clippings/export': { req: { format: ExportFormat; query?: string }; res: { filename: string; mime: string; text: string; count: number } };
}

/** Messages handled by a tab's content script (sent with tabs.sendMessage). */
export interface ContentMessages {
  'page/mentions': { req: {}; res: { url: string; complete: boolean; mentions: PageMention[]; stats: ScanStats } };
  /** Scroll to a mention and open its card: by index in page/mentions order, or the first of an entity. */
  'page/reveal': { req: { index?: number; entityId?: string }; res: { index: number } };
  /** Move to the next (or previous) mention, scroll it into view and open its card. */
  'page/next': { req: { direction?: 1 | -1 }; res: { index: number } };
  /** The matcher changed (dataset update, prefs): fetch it again and rescan. */
  'matcher/changed': { req: { version: string }; res: {} };
  /**
   * Save the current selection as a clipping (the context menu item and the keyboard command send this).
   * `selectionText` is the browser's own view of the selection (context menu), used when the page's
   * Selection is empty (text selected inside a form field).
   */
  'page/clip': { req: { selectionText?: string }; res: { clipping: Clipping } };
}

export type BgType = keyof BackgroundMessages;
export type ContentType = keyof ContentMessages;
export type BgRequest<K extends BgType> = { type: K } & BackgroundMessages[K]['req'];
export type BgResponse<K extends BgType> = Result<BackgroundMessages[K]['res']>;
export type ContentRequest<K extends ContentType> = { type: K } & ContentMessages[K]['req'];
export type ContentResponse<K extends ContentType> = Result<ContentMessages[K]['res']>;

/** Discriminated unions of every request, for handlers that switch on `type`. */
export type AnyBgRequest = { [K in BgType]: BgRequest<K> }[BgType];
export type AnyContentRequest = { [K in ContentType]: ContentRequest<K> }[ContentType];

export const BG_TYPES: readonly BgType[] = ['dataset/info', 'matcher/get', 'entity/get', 'entity/search', 'prefs/get', 'prefs/mute-entity', 'prefs/mute-alias', 'prefs/add-alias', 'prefs/remove-alias', 'prefs/set-enabled', 'dataset/import', 'dataset/reset', 'dataset/update', 'clippings/save', 'clippings/list', 'clippings/delete', 'clippings/export'];
export const CONTENT_TYPES: readonly ContentType[] = ['page/mentions', 'page/reveal', 'page/next', 'matcher/changed', 'page/clip'];

/** Messages a content script may send to the background; the rest need an extension page as sender. */
export const CONTENT_ALLOWED: ReadonlySet<BgType> = new Set<BgType>(['matcher/get', 'entity/get', 'dataset/info', 'prefs/mute-entity', 'prefs/mute-alias', 'clippings/save']);

export function fail(code: ErrorCode, message: string): Fail {
  return { ok: false, code, message };
}

export function isBgRequest(m: unknown): m is AnyBgRequest {
  return typeof m === 'object' && m !== null && BG_TYPES.includes((m as { type: BgType }).type);
}

export function isContentRequest(m: unknown): m is AnyContentRequest {
  return typeof m === 'object' && m !== null && CONTENT_TYPES.includes((m as { type: ContentType }).type);
}
