/**
 * The dataset schema: what one entity is, and the validator every dataset goes through
 * (bundled sources at build time, network and file updates at run time, stored records).
 *
 * Pure TypeScript: no DOM, no extension API. A validator returns a list of problems as values,
 * never throws on bad input; callers decide whether to refuse the whole dataset.
 */

import { ENTITY_KINDS, type EntityKind } from './kinds';

export { ENTITY_KINDS, type EntityKind };

export const SCHEMA_VERSION = 1;

/** How an alias may match in page text. Omitted fields take the defaults derived in matcher/rules.ts. */
export interface AliasMatch {
  /**
   * 'any': any letter case ("apt28", "Kimsuky").
   * 'exact': the letters as written in the alias, or the whole name in capitals (a headline);
   *          for ordinary words and short acronyms ("Gold", "MSS").
   */
  case?: 'any' | 'exact';
  /** Only match where cyber/intelligence context cues are near (ordinary words: Silence, Predator). */
  context?: boolean;
  /** Never match in page text (still searchable in the popup): too ambiguous to highlight. */
  off?: boolean;
  /**
   * A generic name that several countries' agencies use ("Poland's Internal Security Agency", "the Security
   * Service of Ukraine"): it matches only where the page says which country, by naming it right before or after
   * the name, in the same paragraph, or by an unambiguous mention of the agency elsewhere (Matcher.countryRows).
   */
  qualified?: boolean;
  /**
   * The name is also well known as something else's (a band's: "DragonForce"). A capital inside it then says
   * nothing: it matches only on a page that speaks of cyber operations, like a phrase of ordinary words.
   */
  namesake?: boolean;
}

export interface Alias {
  /** The name as written by its source, e.g. "Fancy Bear", "M.S.S.", "ГРУ". */
  name: string;
  /** Who uses this name: 'mitre', 'microsoft', 'mandiant', 'crowdstrike', 'secureworks', 'proofpoint', 'unit42',
   *  'kaspersky', 'eset', 'symantec', 'talos', 'recordedfuture', 'misp', 'trendmicro', 'media', 'self', 'common'... */
  source?: string[];
  match?: AliasMatch;
  /** Other entity ids that also use this exact name. Required when two entities share an alias. */
  ambiguous?: string[];
}

export interface Reference {
  url: string;
  title?: string;
}

export interface Operation {
  name: string;
  year?: string;
  summary?: string;
}

export type RelationType = 'sponsor' | 'sponsored' | 'parent' | 'unit' | 'product' | 'vendor' | 'overlaps';

export interface Relation {
  type: RelationType;
  id: string;
  note?: string;
}

export interface Entity {
  /** Stable id: `${kindPrefix}/${slug}`, e.g. "actor/apt28", "agency/cn-mss", "vendor/nso-group", "product/pegasus". */
  id: string;
  kind: EntityKind;
  /** Canonical display name. Is also an alias (it need not be repeated in `aliases`). */
  name: string;
  aliases: Alias[];
  /** 1 to 3 sentences in our own words, neutral, dated where it matters. */
  summary?: string;
  /** ISO 3166-1 alpha-2 codes: sponsor / origin / seat. */
  country?: string[];
  /** Free-text sponsor description when no agency entity exists ("GRU Unit 26165"). */
  sponsor?: string;
  motivation?: string[];
  targets?: { sectors?: string[]; countries?: string[] };
  /** Year or ISO date, e.g. "2004" or "2021-03". */
  firstSeen?: string;
  lastSeen?: string;
  operations?: Operation[];
  relations?: Relation[];
  externalIds?: { mitre?: string; misp?: string[]; [k: string]: string | string[] | undefined };
  references: Reference[];
  /** ISO date (YYYY-MM-DD) when this record was last reviewed. */
  updated: string;
}

export interface Dataset {
  schemaVersion: number;
  /** Version of the data, e.g. "2026.11.22" or "2026.11.22-1". */
  version: string;
  entities: Entity[];
}

export interface Problem {
  /** Where: "entities[12].aliases[3].name" or an entity id. */
  path: string;
  message: string;
}

const ID_RE = /^(actor|agency|vendor|product)\/[a-z0-9][a-z0-9._-]*$/;
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const COUNTRY_RE = /^[A-Z]{2}$/;
const RELATIONS: readonly RelationType[] = ['sponsor', 'sponsored', 'parent', 'unit', 'product', 'vendor', 'overlaps'];
const MAX_STRING = 2000;
const MAX_NAME = 200;

/** A plain object (not null, not an array). */
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = MAX_STRING): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

export function isHttpUrl(s: unknown): boolean {
  if (typeof s !== 'string' || s.length > 2048) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

function strList(v: unknown, path: string, out: Problem[], re?: RegExp): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) { out.push({ path, message: 'must be a list of strings' }); return; }
  v.forEach((s, i) => {
    if (!isStr(s, MAX_NAME)) out.push({ path: `${path}[${i}]`, message: 'must be a non-empty string' });
    else if (re && !re.test(s)) out.push({ path: `${path}[${i}]`, message: `"${s}" is not in the expected form` });
  });
}

/** Checks one entity's shape. Cross-entity rules (duplicate ids, shared aliases) are in validateDataset. */
export function validateEntity(e: unknown, path: string): Problem[] {
  const out: Problem[] = [];
  if (!isObj(e)) return [{ path, message: 'entity must be an object' }];
  if (!isStr(e.id, 120) || !ID_RE.test(e.id)) out.push({ path: `${path}.id`, message: 'id must look like "actor/apt28"' });
  if (!ENTITY_KINDS.includes(e.kind as EntityKind)) out.push({ path: `${path}.kind`, message: `kind must be one of ${ENTITY_KINDS.join(', ')}` });
  else if (typeof e.id === 'string' && !e.id.startsWith(kindPrefix(e.kind as EntityKind) + '/')) {
    out.push({ path: `${path}.id`, message: `id of a ${String(e.kind)} must start with "${kindPrefix(e.kind as EntityKind)}/"` });
  }
  if (!isStr(e.name, MAX_NAME)) out.push({ path: `${path}.name`, message: 'name is required' });
  if (!Array.isArray(e.aliases)) out.push({ path: `${path}.aliases`, message: 'aliases must be a list' });
  else e.aliases.forEach((a, i) => {
    const p = `${path}.aliases[${i}]`;
    if (!isObj(a)) { out.push({ path: p, message: 'alias must be an object' }); return; }
    if (!isStr(a.name, MAX_NAME)) out.push({ path: `${p}.name`, message: 'alias name is required' });
    strList(a.source, `${p}.source`, out);
    strList(a.ambiguous, `${p}.ambiguous`, out, ID_RE);
    if (a.match !== undefined) {
      if (!isObj(a.match)) out.push({ path: `${p}.match`, message: 'match must be an object' });
      else {
        if (a.match.case !== undefined && a.match.case !== 'any' && a.match.case !== 'exact') out.push({ path: `${p}.match.case`, message: 'case must be "any" or "exact"' });
        for (const k of ['context', 'off', 'qualified', 'namesake'] as const) if (a.match[k] !== undefined && typeof a.match[k] !== 'boolean') out.push({ path: `${p}.match.${k}`, message: `${k} must be true or false` });
      }
    }
  });
  if (e.summary !== undefined && !isStr(e.summary)) out.push({ path: `${path}.summary`, message: 'summary must be a string of at most 2000 characters' });
  strList(e.country, `${path}.country`, out, COUNTRY_RE);
  if (e.sponsor !== undefined && !isStr(e.sponsor, MAX_NAME)) out.push({ path: `${path}.sponsor`, message: 'sponsor must be a string' });
  strList(e.motivation, `${path}.motivation`, out);
  if (e.targets !== undefined) {
    if (!isObj(e.targets)) out.push({ path: `${path}.targets`, message: 'targets must be an object' });
    else { strList(e.targets.sectors, `${path}.targets.sectors`, out); strList(e.targets.countries, `${path}.targets.countries`, out, COUNTRY_RE); }
  }
  for (const k of ['firstSeen', 'lastSeen'] as const) {
    if (e[k] !== undefined && (typeof e[k] !== 'string' || !DATE_RE.test(e[k] as string))) out.push({ path: `${path}.${k}`, message: `${k} must be YYYY, YYYY-MM or YYYY-MM-DD` });
  }
  if (e.operations !== undefined) {
    if (!Array.isArray(e.operations)) out.push({ path: `${path}.operations`, message: 'operations must be a list' });
    else e.operations.forEach((o, i) => {
      if (!isObj(o) || !isStr(o.name, MAX_NAME)) out.push({ path: `${path}.operations[${i}]`, message: 'operation needs a name' });
      else if (o.summary !== undefined && !isStr(o.summary)) out.push({ path: `${path}.operations[${i}].summary`, message: 'summary must be a string' });
    });
  }
  if (e.relations !== undefined) {
    if (!Array.isArray(e.relations)) out.push({ path: `${path}.relations`, message: 'relations must be a list' });
    else e.relations.forEach((r, i) => {
      if (!isObj(r) || !RELATIONS.includes(r.type as RelationType) || !isStr(r.id, 120) || !ID_RE.test(r.id)) {
        out.push({ path: `${path}.relations[${i}]`, message: `relation needs a type (${RELATIONS.join(', ')}) and an entity id` });
      }
    });
  }
  if (e.externalIds !== undefined && !isObj(e.externalIds)) out.push({ path: `${path}.externalIds`, message: 'externalIds must be an object' });
  if (!Array.isArray(e.references) || e.references.length === 0) out.push({ path: `${path}.references`, message: 'at least one reference is required' });
  else e.references.forEach((r, i) => {
    if (!isObj(r) || !isHttpUrl(r.url)) out.push({ path: `${path}.references[${i}].url`, message: 'reference must be an http(s) URL' });
  });
  if (typeof e.updated !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(e.updated)) out.push({ path: `${path}.updated`, message: 'updated must be a YYYY-MM-DD date' });
  return out;
}

export function kindPrefix(kind: EntityKind): string {
  return kind === 'threat-actor' ? 'actor' : kind;
}
