/**
 * Display labels shared by the profile, the popup and the options page: entity kinds, naming sources,
 * countries (flag emoji + English name) and safe external links. Pure functions, no extension API.
 */
import type { EntityKind } from '../../core/dataset/schema';
import { isHttpUrl } from '../../core/dataset/schema';

export const KIND_LABEL: Record<EntityKind, string> = {
  'threat-actor': 'Threat actor',
  agency: 'Agency',
  vendor: 'Spyware vendor',
  product: 'Spyware product',
};

export function kindLabel(kind: string): string {
  return (KIND_LABEL as Record<string, string>)[kind] ?? kind;
}

const SOURCE_LABEL: Record<string, string> = {
  mitre: 'MITRE ATT&CK',
  microsoft: 'Microsoft',
  mandiant: 'Mandiant',
  crowdstrike: 'CrowdStrike',
  secureworks: 'Secureworks',
  proofpoint: 'Proofpoint',
  unit42: 'Unit 42',
  kaspersky: 'Kaspersky',
  eset: 'ESET',
  symantec: 'Symantec',
  talos: 'Talos',
  recordedfuture: 'Recorded Future',
  misp: 'MISP',
  trendmicro: 'Trend Micro',
  media: 'Media',
  self: 'Self-named',
  common: 'Common usage',
  user: 'You',
  'cert-ua': 'CERT-UA',
  thales: 'Thales',
  qihoo360: 'Qihoo 360',
  qianxin: 'QiAnXin',
  ibm: 'IBM X-Force',
  checkpoint: 'Check Point',
  sentinelone: 'SentinelOne',
  'group-ib': 'Group-IB',
  dragos: 'Dragos',
  mcafee: 'McAfee',
  pwc: 'PwC',
  volexity: 'Volexity',
  elastic: 'Elastic',
  google: 'Google',
  gtig: 'Google Threat Intelligence',
  fireeye: 'FireEye',
  citizenlab: 'Citizen Lab',
  amnesty: 'Amnesty International',
  lookout: 'Lookout',
};

export function sourceLabel(source: string): string {
  const known = SOURCE_LABEL[source.toLowerCase()];
  if (known) return known;
  return source.length > 0 ? source.charAt(0).toUpperCase() + source.slice(1) : source;
}

/** Order of source groups: vendors who coined names first, then aggregators (they repeat everyone's names). */
const SOURCE_ORDER = ['microsoft', 'crowdstrike', 'mandiant', 'google', 'gtig', 'secureworks', 'proofpoint', 'unit42', 'kaspersky', 'eset', 'symantec', 'talos', 'recordedfuture', 'trendmicro'];
const AGGREGATORS = ['self', 'common', 'media', 'mitre', 'misp'];

export function sourceRank(source: string): number {
  const s = source.toLowerCase();
  if (s === 'user') return -1;
  const i = SOURCE_ORDER.indexOf(s);
  if (i >= 0) return i;
  const j = AGGREGATORS.indexOf(s);
  if (j >= 0) return 1000 + j;
  return 500;
}

/** Flag emoji for an ISO 3166-1 alpha-2 code (regional indicator symbols); '' for anything else. */
export function flagEmoji(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return '';
  const up = code.toUpperCase();
  return String.fromCodePoint(0x1f1e6 + up.charCodeAt(0) - 65, 0x1f1e6 + up.charCodeAt(1) - 65);
}

let regionNames: Intl.DisplayNames | null | undefined;

export function countryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  if (!regionNames || !/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "🇷🇺 Russia" */
export function countryText(code: string): string {
  const f = flagEmoji(code);
  const n = countryName(code);
  return f ? `${f} ${n}` : n;
}

/** The URL when it is http(s), otherwise undefined: nothing else ever becomes a link. */
export function safeHref(url: unknown): string | undefined {
  return isHttpUrl(url) ? (url as string) : undefined;
}

/** Link to an ATT&CK page for a group (G0007) or software (S0002) id; undefined for anything else. */
export function mitreUrl(id: string): string | undefined {
  if (/^G\d{4}$/.test(id)) return `https://attack.mitre.org/groups/${id}/`;
  if (/^S\d{4}$/.test(id)) return `https://attack.mitre.org/software/${id}/`;
  if (/^C\d{4}$/.test(id)) return `https://attack.mitre.org/campaigns/${id}/`;
  return undefined;
}

/** Label for a reference without a title: host and a short path, e.g. "en.wikipedia.org/wiki/NSO_Group". */
export function hostOf(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^www\./, '');
    let path = u.pathname.replace(/\/+$/, '');
    try { path = decodeURIComponent(path); } catch { /* keep it encoded */ }
    const label = host + path;
    return label.length > 64 ? `${label.slice(0, 63)}…` : label;
  } catch {
    return url;
  }
}

export function capitalise(s: string): string {
  return s.length > 0 ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
