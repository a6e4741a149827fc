/**
 * The dataset in IndexedDB, in the extension's origin (content scripts never touch it).
 * Stores: `entities` (by id), `meta` (dataset version and source), `matcher` (the compiled matcher for
 * that version). A dataset is replaced in ONE readwrite transaction over all three stores, so a failed or
 * interrupted update leaves the previous dataset whole: never half-applied.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Entity } from '../core/dataset/schema';
import type { MatcherData } from '../core/matcher/compile';

export interface DatasetMeta { version: string; source: 'bundled' | 'import' | 'update'; appliedAt: string }

interface TcDB extends DBSchema {
  entities: { key: string; value: Entity };
  meta: { key: string; value: DatasetMeta };
  matcher: { key: string; value: MatcherData };
}

const DB_NAME = 'threat-context';
const DB_VERSION = 1;
let dbp: Promise<IDBPDatabase<TcDB>> | undefined;

export function db(): Promise<IDBPDatabase<TcDB>> {
  dbp ??= openDB<TcDB>(DB_NAME, DB_VERSION, {
    upgrade(d, oldVersion) {
      // Ordered migrations: each step takes the schema from version n to n + 1.
      if (oldVersion < 1) {
        d.createObjectStore('entities', { keyPath: 'id' });
        d.createObjectStore('meta');
        d.createObjectStore('matcher');
      }
    },
  });
  return dbp;
}

export async function getMeta(): Promise<DatasetMeta | undefined> {
  return (await db()).get('meta', 'dataset');
}

export async function getAllEntities(): Promise<Entity[]> {
  return (await db()).getAll('entities');
}

/** Replaces the whole dataset and its compiled matcher atomically. */
export async function replaceDataset(entities: Entity[], meta: DatasetMeta, matcher: MatcherData): Promise<void> {
  const tx = (await db()).transaction(['entities', 'meta', 'matcher'], 'readwrite');
  const ents = tx.objectStore('entities');
  await ents.clear();
  for (const e of entities) ents.put(e);
  tx.objectStore('meta').put(meta, 'dataset');
  tx.objectStore('matcher').put(matcher, 'current');
  await tx.done;
}

export async function getMatcher(): Promise<MatcherData | undefined> {
  return (await db()).get('matcher', 'current');
}

export async function putMatcher(m: MatcherData): Promise<void> {
  await (await db()).put('matcher', m, 'current');
}
