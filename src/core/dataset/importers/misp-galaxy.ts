/**
 * Importer for MISP galaxy clusters (github.com/MISP/misp-galaxy, clusters/threat-actor.json and
 * clusters of the same shape such as microsoft-activity-group.json).
 *
 * Takes facts only: the value and synonyms (with the vendor behind each name when the galaxy says so),
 * country, suspected state sponsor, victims, sectors, type of incident, `since`, uuid, refs.
 * Descriptions are never read.
 */
import type { Problem } from '../schema';
import {
  MISP_ATTRIBUTION_SOURCES, MITRE_ID_RE, addName, countryCode, isHttp, isObj, motivations, sector, strings, toDate, uniq,
  vendorId, vendorOfName, type ActorRecord, type ImportResult,
} from './common';

export interface MispImportOptions {
  /** Source id given to every name of the galaxy (default 'misp'). */
  source?: string;
  /** Origin of the records (default 'misp'). Records of one origin are only merged on equal primary names. */
  origin?: string;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function importMispGalaxy(input: unknown, opts: MispImportOptions = {}): ImportResult {
  const source = opts.source ?? 'misp';
  const origin = opts.origin ?? 'misp';
  const problems: Problem[] = [];
  const records: ActorRecord[] = [];
  if (!isObj(input)) return { records, problems: [{ path: '', message: 'a MISP galaxy cluster file must be a JSON object' }] };
  if (!Array.isArray(input.values)) return { records, problems: [{ path: 'values', message: 'a MISP galaxy cluster file needs a "values" list' }] };

  input.values.forEach((v, i) => {
    const path = `values[${i}]`;
    if (!isObj(v)) { problems.push({ path, message: 'cluster must be an object' }); return; }
    const value = typeof v.value === 'string' ? v.value.trim() : '';
    if (!value) { problems.push({ path: `${path}.value`, message: 'cluster has no value (name)' }); return; }
    const uuid = typeof v.uuid === 'string' && UUID_RE.test(v.uuid.trim()) ? v.uuid.trim().toLowerCase() : undefined;
    if (!uuid) problems.push({ path: `${path}.uuid`, message: `cluster "${value}" has no valid uuid` });
    const meta = isObj(v.meta) ? v.meta : {};
    if (v.meta !== undefined && !isObj(v.meta)) problems.push({ path: `${path}.meta`, message: `meta of "${value}" is not an object` });

    // Which vendor uses which name: name-attribution "<name>:<source uuid>" and origin:<name> = "<Vendor>".
    const vendorOf = new Map<string, string[]>();
    const note = (name: string, vendor: string | undefined) => {
      if (!vendor) return;
      const l = vendorOf.get(name) ?? [];
      if (!l.includes(vendor)) l.push(vendor);
      vendorOf.set(name, l);
    };
    for (const na of strings(meta['name-attribution'])) {
      const m = /^(.*):([0-9a-f-]{36})$/i.exec(na);
      if (m) note(m[1].trim(), MISP_ATTRIBUTION_SOURCES[m[2].toLowerCase()]);
    }
    for (const [k, val] of Object.entries(meta)) {
      if (k.startsWith('origin:') && typeof val === 'string') note(k.slice(7).replace(/\s*\(.*\)$/, '').trim(), vendorId(val));
    }

    const mitre: string[] = [];
    const names: ActorRecord['names'] = [];
    const add = (raw: string) => {
      const n = raw.replace(/^\s*sub-?group:\s*/i, '');
      if (MITRE_ID_RE.test(n.trim()) && !mitre.includes(n.trim())) mitre.push(n.trim());
      const shape = vendorOfName(n);
      addName(names, n, uniq([source, ...(vendorOf.get(n.trim()) ?? []), ...(shape ? [shape] : [])]));
    };
    add(value);
    if (meta.synonyms !== undefined && !Array.isArray(meta.synonyms) && typeof meta.synonyms !== 'string') {
      problems.push({ path: `${path}.meta.synonyms`, message: `synonyms of "${value}" must be a list of strings` });
    }
    for (const s of strings(meta.synonyms)) add(s);

    const country = new Set<string>();
    for (const c of strings(meta.country)) {
      const code = countryCode(c);
      if (code) country.add(code);
      else problems.push({ path: `${path}.meta.country`, message: `unknown country "${c}" on "${value}"` });
    }
    for (const c of strings(meta['cfr-suspected-state-sponsor'])) {
      const code = countryCode(c);
      if (code) country.add(code);
    }

    const targetCountries = uniq([...strings(meta['cfr-suspected-victims']), ...strings(meta['suspected-victims'])]
      .map(countryCode).filter((c): c is string => !!c));
    const sectors = uniq([...strings(meta['cfr-target-category']), ...strings(meta['targeted-sector'])]
      .map(sector).filter((s): s is string => !!s));
    const motivation = uniq([...strings(meta['cfr-type-of-incident']), ...strings(meta.motive)].flatMap(motivations));

    const refs = [...strings(meta.refs), ...strings(meta.references)];
    const references = uniq(refs.filter(isHttp));
    for (const r of refs) if (!isHttp(r)) problems.push({ path: `${path}.meta.refs`, message: `"${r.slice(0, 80)}" on "${value}" is not an http(s) URL` });
    for (const id of mitre) references.unshift(`https://attack.mitre.org/groups/${id}/`);

    const rec: ActorRecord = {
      origin,
      key: uuid ?? `${origin}:${value}`,
      name: names[0]?.name ?? value,
      names,
      references: uniq(references),
    };
    if (uuid) rec.misp = [uuid];
    if (mitre.length) rec.mitre = mitre;
    if (country.size) rec.country = [...country];
    if (targetCountries.length) rec.targetCountries = targetCountries;
    if (sectors.length) rec.sectors = sectors;
    if (motivation.length) rec.motivation = motivation;
    const since = toDate(meta.since);
    if (since) rec.firstSeen = since;
    records.push(rec);
  });
  return { records, problems };
}
