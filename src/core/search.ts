/**
 * Search over every name of every entity, folded (case, punctuation, spacing, diacritics):
 * "apt 28", "APT-28", "fancy bear", "G0007", "гру" all find their entity.
 * Ranking: whole name equal > name starts with the query > a word of the name starts with it > substring.
 */
import type { Entity } from './dataset/schema';
import { namesOf } from './dataset/validate';
import { foldKey, normaliseName } from './normalise';
import type { SearchHit } from './messages';

interface Row { key: string; words: string[]; name: string; entity: number }
export interface SearchIndex { rows: Row[]; entities: Entity[] }

export function buildSearchIndex(entities: Entity[]): SearchIndex {
  const rows: Row[] = [];
  entities.forEach((e, i) => {
    for (const name of namesOf(e)) {
      const key = foldKey(name);
      if (key) rows.push({ key, words: normaliseName(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean), name, entity: i });
    }
  });
  return { rows, entities };
}

export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const q = foldKey(query.slice(0, 200));
  if (!q) return [];
  const qWords = normaliseName(query.slice(0, 200)).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const best = new Map<number, { score: number; name: string }>();
  for (const r of index.rows) {
    let score = 0;
    if (r.key === q) score = 100;
    else if (r.key.startsWith(q)) score = 80 - Math.min(20, r.key.length - q.length);
    else if (qWords.length && r.words.some((w) => w.startsWith(qWords[0]))) score = 50 - Math.min(20, r.key.length - q.length) / 2;
    else if (q.length >= 3 && r.key.includes(q)) score = 30;
    if (!score) continue;
    const e = index.entities[r.entity];
    if (r.name === e.name) score += 5; // the canonical name of an entity beats an alias of another
    const prev = best.get(r.entity);
    if (!prev || prev.score < score) best.set(r.entity, { score, name: r.name });
  }
  return [...best]
    .sort((a, b) => b[1].score - a[1].score || index.entities[a[0]].name.localeCompare(index.entities[b[0]].name))
    .slice(0, Math.max(1, Math.min(limit, 100)))
    .map(([i, { name }]) => {
      const e = index.entities[i];
      return { id: e.id, name: e.name, kind: e.kind, country: e.country, ...(name !== e.name ? { matched: name } : {}) };
    });
}
