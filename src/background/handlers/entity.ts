/** entity/get (a profile with the names of what it links to), entity/search, matcher/get. */
import { fail, type BackgroundMessages, type BgResponse, type Profile } from '../../core/messages';
import { search } from '../../core/search';
import { currentMatcher, data } from '../state';
import { loadPrefs } from '../../platform/storage';

export async function getEntity(req: BackgroundMessages['entity/get']['req']): Promise<BgResponse<'entity/get'>> {
  if (typeof req.id !== 'string') return fail('bad-request', 'id is required');
  const l = await data();
  const entity = l.byId.get(req.id);
  if (!entity) return fail('not-found', `no entity ${req.id}`);
  const related: Profile['related'] = {};
  const ids = new Set<string>((entity.relations ?? []).map((r) => r.id));
  for (const a of entity.aliases) for (const id of a.ambiguous ?? []) ids.add(id);
  for (const id of ids) { const r = l.byId.get(id); if (r) related[id] = { name: r.name, kind: r.kind }; }
  return { ok: true, entity, related };
}

export async function searchEntities(req: BackgroundMessages['entity/search']['req']): Promise<BgResponse<'entity/search'>> {
  if (typeof req.query !== 'string') return fail('bad-request', 'query is required');
  const l = await data();
  return { ok: true, hits: search(l.search, req.query, typeof req.limit === 'number' ? req.limit : 20) };
}

export async function getMatcherData(req: BackgroundMessages['matcher/get']['req']): Promise<BgResponse<'matcher/get'>> {
  const [m, prefs] = await Promise.all([currentMatcher(), loadPrefs()]);
  if (req.have === m.version) return { ok: true, version: m.version, enabled: prefs.enabled };
  return { ok: true, version: m.version, data: m, enabled: prefs.enabled };
}
