/**
 * Search over clippings with the folding the entity search uses (normalise.ts foldKey: case, diacritics,
 * punctuation and spacing dropped). The query is split on white space and every term must occur in the
 * clipping's text, title, URL, entity names or matched texts: "apt 28 ministry" finds a clipping about
 * "APT-28" and "the Ministry".
 */
import { foldKey } from '../normalise';
import { MAX_QUERY, type Clipping } from './model';

/** The folded terms of a query (none for an empty or all-punctuation query). */
export function queryTerms(query: string): string[] {
  return query.slice(0, MAX_QUERY).split(/\s+/u).map(foldKey).filter(Boolean);
}

/** Everything a query can match in one clipping, folded. */
export function searchableText(c: Clipping): string {
  const parts = [c.text, c.title, c.url];
  for (const e of c.entities) parts.push(e.name, ...e.texts);
  return parts.map(foldKey).join('\u0000');
}

export function matchesTerms(folded: string, terms: string[]): boolean {
  return terms.every((t) => folded.includes(t));
}

/**
 * The clippings that match `query`, in the order given. `folded` may supply a cache of searchableText by
 * clipping id (the background keeps one, so a keystroke does not fold every clipping again).
 */
export function filterClippings(clips: Clipping[], query: string | undefined, folded?: Map<string, string>): Clipping[] {
  const terms = queryTerms(query ?? '');
  if (!terms.length) return clips;
  return clips.filter((c) => {
    let f = folded?.get(c.id);
    if (f === undefined) { f = searchableText(c); folded?.set(c.id, f); }
    return matchesTerms(f, terms);
  });
}

/** Newest first; equal times by id, so the order is stable. */
export function newestFirst(a: Clipping, b: Clipping): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
