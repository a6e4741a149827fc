/**
 * The four kinds of entity. A module of its own so that the content script, which needs only this list
 * (the matcher maps kind indexes to names), does not load the dataset validator with it: a bundler
 * places a whole module in one chunk, and schema.ts is shared with the background.
 */
export const ENTITY_KINDS = ['threat-actor', 'agency', 'vendor', 'product'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
