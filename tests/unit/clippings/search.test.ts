import { describe, expect, it } from 'vitest';
import { filterClippings, newestFirst, queryTerms, searchableText } from '../../../src/core/clippings/search';
import { apt28Clip, plainClip, spywareClip } from './fixtures';

const all = [apt28Clip, spywareClip, plainClip];
const ids = (q: string) => filterClippings(all, q).map((c) => c.id);

describe('clipping search', () => {
  it('folds case, punctuation, spacing and diacritics like the entity search', () => {
    expect(queryTerms('  APT-28   Fancy ')).toEqual(['apt28', 'fancy']);
    expect(ids('apt 28')).toEqual([apt28Clip.id]);
    expect(ids('APT-28')).toEqual([apt28Clip.id]);
    expect(ids('gru')).toEqual([spywareClip.id]); // "G.R.U." in the text folds to "gru"
    expect(ids('MINISTRY')).toEqual([apt28Clip.id]);
  });
  it('searches the text, the title, the URL and the entity names and matched texts', () => {
    expect(ids('officials say')).toEqual([apt28Clip.id]); // title
    expect(ids('news.example')).toEqual([apt28Clip.id]); // URL
    expect(ids('127.0.0.1')).toEqual([plainClip.id]);
    expect(ids('salt typhoon')).toEqual([apt28Clip.id]); // entity
    expect(ids('nso')).toEqual([spywareClip.id]);
  });
  it('needs every word of the query', () => {
    expect(ids('fancy ministry')).toEqual([apt28Clip.id]);
    expect(ids('fancy pegasus')).toEqual([]);
  });
  it('keeps everything for an empty or punctuation-only query', () => {
    expect(ids('')).toHaveLength(3);
    expect(ids(' ... ')).toHaveLength(3);
  });
  it('does not match across fields', () => {
    const f = searchableText(plainClip);
    expect(f.includes('markupplain')).toBe(false);
    expect(ids('markupplain')).toEqual([]);
  });
  it('uses and fills a cache of folded text', () => {
    const cache = new Map<string, string>();
    filterClippings(all, 'apt', cache);
    expect(cache.size).toBe(3);
    cache.set(plainClip.id, 'zzzunique');
    expect(filterClippings(all, 'zzzunique', cache).map((c) => c.id)).toEqual([plainClip.id]);
  });
  it('sorts newest first', () => {
    expect([apt28Clip, plainClip, spywareClip].sort(newestFirst).map((c) => c.id)).toEqual([plainClip.id, spywareClip.id, apt28Clip.id]);
  });
});
