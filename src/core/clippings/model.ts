/**
 * A clipping: a passage the reader selected on a page and saved, with where it came from, when, which
 * entities were highlighted inside it, and a W3C Web Annotation TextQuoteSelector to find it again.
 *
 * Pure TypeScript (types and limits only), so the content script can import it without pulling in the
 * validator or the exporters. Validation is in validate.ts; every limit below is enforced there.
 */
import type { EntityKind } from '../dataset/schema';

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The selected text as the DOM holds it (Range#toString). */
  exact: string;
  /** Up to ANCHOR_CONTEXT characters of document text immediately before `exact`. */
  prefix: string;
  /** Up to ANCHOR_CONTEXT characters of document text immediately after `exact`. */
  suffix: string;
}

/** An entity highlighted inside the selection. */
export interface ClippingEntity {
  entityId: string;
  /** Canonical name (the background replaces it with the dataset's when it knows the id). */
  name: string;
  kind: EntityKind;
  /** The distinct page texts that matched, in document order ("Fancy Bear", "APT28"). */
  texts: string[];
}

/** What the content script sends (`clippings/save`); the background adds `id` and `createdAt`. */
export interface ClippingDraft {
  /** The selection as the reader sees it (Selection#toString, trimmed). */
  text: string;
  url: string;
  title: string;
  entities: ClippingEntity[];
  anchor: TextQuoteSelector;
  /** True when the selection was longer than MAX_TEXT and `text` was cut. */
  truncated?: boolean;
}

export interface Clipping extends ClippingDraft {
  /** UUID v4, made by the background. */
  id: string;
  /** ISO 8601 UTC with milliseconds, set by the background. */
  createdAt: string;
}

export const EXPORT_FORMATS = ['json', 'markdown', 'csv', 'stix'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Limits: hostile or runaway input is refused, not stored. */
export const MAX_TEXT = 20_000;
export const MAX_URL = 4_096;
export const MAX_TITLE = 500;
export const MAX_ENTITIES = 100;
export const MAX_ENTITY_TEXTS = 10;
export const MAX_NAME = 200;
export const MAX_ENTITY_ID = 200;
/** Characters of context kept on each side of the quote (as Hypothesis and the W3C examples do). */
export const ANCHOR_CONTEXT = 32;
/** The validator accepts a little more context than we make, for clippings imported from other tools. */
export const MAX_ANCHOR_CONTEXT = 256;
export const MAX_QUERY = 200;
/** Stored clippings at most; a save beyond it is refused (delete or export some first). */
export const MAX_CLIPPINGS = 10_000;
