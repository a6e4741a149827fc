/**
 * Importer for MITRE ATT&CK STIX 2.x data: a bundle (or a list of bundles, or bare objects) holding
 * intrusion-set objects. Takes the name, aliases, the ATT&CK group id (external_references with
 * source_name 'mitre-attack'), first_seen and the cited URLs. Revoked and deprecated groups are skipped.
 * Descriptions are never read.
 */
import type { Problem } from '../schema';
import { MITRE_ID_RE, addName, isHttp, isObj, mitreGroupUrl, toDate, uniq, vendorOfName, type ActorRecord, type ImportResult } from './common';

export interface AttackImportOptions {
  /** Also keep the URLs the group page cites (default true). The group page itself always comes first. */
  citations?: boolean;
}

export function importAttackStix(input: unknown, opts: AttackImportOptions = {}): ImportResult {
  const problems: Problem[] = [];
  const records: ActorRecord[] = [];
  const objects: { o: unknown; path: string }[] = [];
  const collect = (x: unknown, path: string) => {
    if (Array.isArray(x)) { x.forEach((y, i) => collect(y, `${path}[${i}]`)); return; }
    if (!isObj(x)) { problems.push({ path, message: 'expected a STIX bundle or object' }); return; }
    if (x.type === 'bundle') {
      if (!Array.isArray(x.objects)) { problems.push({ path: `${path}.objects`, message: 'bundle has no objects list' }); return; }
      x.objects.forEach((o, i) => objects.push({ o, path: `${path}.objects[${i}]` }));
    } else objects.push({ o: x, path });
  };
  collect(input, '');

  for (const { o, path } of objects) {
    if (!isObj(o)) { problems.push({ path, message: 'STIX object must be an object' }); continue; }
    if (o.type !== 'intrusion-set') continue;
    if (o.revoked === true || o.x_mitre_deprecated === true) continue;
    const name = typeof o.name === 'string' ? o.name.trim() : '';
    if (!name) { problems.push({ path: `${path}.name`, message: 'intrusion-set has no name' }); continue; }
    const refs = Array.isArray(o.external_references) ? o.external_references : [];
    if (o.external_references !== undefined && !Array.isArray(o.external_references)) {
      problems.push({ path: `${path}.external_references`, message: `external_references of "${name}" must be a list` });
    }
    let gid: string | undefined;
    const cited: string[] = [];
    for (const r of refs) {
      if (!isObj(r)) continue;
      if (r.source_name === 'mitre-attack' && typeof r.external_id === 'string' && MITRE_ID_RE.test(r.external_id)) gid ??= r.external_id;
      else if (typeof r.url === 'string' && isHttp(r.url)) cited.push(r.url);
    }
    if (!gid) { problems.push({ path, message: `intrusion-set "${name}" has no ATT&CK group id (Gnnnn)` }); continue; }

    const names: ActorRecord['names'] = [];
    const add = (n: string) => {
      const shape = vendorOfName(n);
      addName(names, n, uniq(['mitre', ...(shape ? [shape] : [])]));
    };
    add(name);
    addName(names, gid, ['mitre']);
    if (o.aliases !== undefined && !Array.isArray(o.aliases)) problems.push({ path: `${path}.aliases`, message: `aliases of "${name}" must be a list` });
    if (Array.isArray(o.aliases)) for (const a of o.aliases) if (typeof a === 'string' && a.trim() && !MITRE_ID_RE.test(a.trim())) add(a);

    const rec: ActorRecord = {
      origin: 'mitre',
      key: gid,
      name,
      names,
      mitre: [gid],
      references: uniq([mitreGroupUrl(gid), ...(opts.citations === false ? [] : cited)]),
    };
    const first = toDate(o.first_seen);
    if (first) rec.firstSeen = first;
    records.push(rec);
  }
  return { records, problems };
}
