/**
 * Importer for Microsoft's threat actor naming map (github.com/microsoft/mstic,
 * PublicFeeds/ThreatActorNaming/MicrosoftMapping.json): a list of
 * { "Threat actor name", "Origin/Threat", "Other names" (comma separated) }.
 */
import type { Problem } from '../schema';
import { MICROSOFT_NAMING_URL, addName, countryCode, isObj, motivations, uniq, vendorOfName, type ActorRecord, type ImportResult } from './common';

export function importMicrosoftNaming(input: unknown): ImportResult {
  const problems: Problem[] = [];
  const records: ActorRecord[] = [];
  if (!Array.isArray(input)) return { records, problems: [{ path: '', message: 'MicrosoftMapping.json must be a JSON list' }] };
  input.forEach((row, i) => {
    const path = `[${i}]`;
    if (!isObj(row)) { problems.push({ path, message: 'row must be an object' }); return; }
    const name = typeof row['Threat actor name'] === 'string' ? row['Threat actor name'].replace(/\s+/g, ' ').trim() : '';
    if (!name) { problems.push({ path: `${path}["Threat actor name"]`, message: 'row has no threat actor name' }); return; }
    const names: ActorRecord['names'] = [];
    addName(names, name, ['microsoft']);
    const other = row['Other names'];
    if (other !== undefined && typeof other !== 'string') problems.push({ path: `${path}["Other names"]`, message: `"Other names" of ${name} must be a string` });
    if (typeof other === 'string') {
      for (const raw of other.split(/[,;\n]/)) {
        const n = raw.replace(/\s+/g, ' ').trim();
        if (!n || n.toLowerCase() === name.toLowerCase()) continue;
        const shape = vendorOfName(n);
        addName(names, n, uniq(['microsoft', ...(shape ? [shape] : [])]));
      }
    }
    const rec: ActorRecord = { origin: 'microsoft', key: name, name, names, references: [MICROSOFT_NAMING_URL] };
    const ot = row['Origin/Threat'];
    if (ot !== undefined && typeof ot !== 'string') problems.push({ path: `${path}["Origin/Threat"]`, message: `"Origin/Threat" of ${name} must be a string` });
    if (typeof ot === 'string' && ot.trim()) {
      const country: string[] = [];
      const motivation: string[] = [];
      for (const part of ot.split(',')) {
        const p = part.trim();
        if (!p) continue;
        const code = countryCode(p);
        if (code) country.push(code);
        else motivation.push(...motivations(p));
      }
      if (country.length) rec.country = uniq(country);
      if (motivation.length) rec.motivation = uniq(motivation);
    }
    records.push(rec);
  });
  return { records, problems };
}
