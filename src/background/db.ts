/**
 * The dataset in IndexedDB, in the extension's origin (content scripts never touch it).
 * Stores: `entities` (by id), `meta` (dataset version and source), `matcher` (the compiled matcher for
 * that version). A dataset is replaced in ONE readwrite transaction over all three stores, so a failed or
 * interrupted update leaves the previous dataset whole: never half-applied.
 * Since version 2: `clippings` (the reader's saved passages, by id, indexed by `createdAt`), which the
 * dataset's transactions never touch.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Entity } from '../core/dataset/schema';
import type { MatcherData } from '../core/matcher/compile';
import type { Clipping } from '../core/clippings/model';

export interface DatasetMeta { version: string; source: 'bundled' | 'import' | 'update'; appliedAt: string }

interface TcDB extends DBSchema {
  entities: { key: string; value: Entity };
  meta: { key: string; value: DatasetMeta };
  matcher: { key: string; value: MatcherData };
  clippings: { key: string; value: Clipping; indexes: { createdAt: string } };
}

export const DB_NAME = 'threat-context';
export const DB_VERSION = 2;
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
      if (oldVersion < 2) {
        // Adds a store; the dataset stores and their records are left as they are.
        d.createObjectStore('clippings', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      }
    },
    // A newer version is waiting to open (an extension update): let it, rather than block it.
    blocking() { void closeDb(); },
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

// ---- clippings -------------------------------------------------------------------------------

/** Stores a clipping unless `max` are stored already (checked in the same transaction). */
export async function putClipping(c: Clipping, max: number): Promise<boolean> {
  const tx = (await db()).transaction('clippings', 'readwrite');
  const store = tx.objectStore('clippings');
  if ((await store.count()) >= max) { tx.abort(); await tx.done.catch(() => undefined); return false; }
  await store.put(c);
  await tx.done;
  return true;
}

/** Every stored record, oldest first (by `createdAt`). Records are not validated here: callers do. */
export async function getAllClippings(): Promise<unknown[]> {
  return (await db()).getAllFromIndex('clippings', 'createdAt');
}

/** Deletes one clipping; false when there was none with that id. */
export async function deleteClipping(id: string): Promise<boolean> {
  const tx = (await db()).transaction('clippings', 'readwrite');
  const found = (await tx.store.getKey(id)) !== undefined;
  if (found) await tx.store.delete(id);
  await tx.done;
  return found;
}

/** Closes the connection (tests reopen the database to check migrations). */
export async function closeDb(): Promise<void> {
  const p = dbp;
  dbp = undefined;
  if (p) (await p).close();
}
