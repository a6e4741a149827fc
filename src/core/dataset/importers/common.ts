/**
 * Shared pieces of the dataset importers: the partial record every importer produces, country-name
 * folding, and the "whose name is this" guess from a name's shape.
 *
 * Pure TypeScript: no Node, no DOM. Importers return problems as values and never throw on bad input.
 */
import type { Problem } from '../schema';

/** Where a record came from. Records of one origin are distinct actors unless their primary names agree. */
export type RecordOrigin = 'misp' | 'mitre' | 'microsoft' | (string & {});

export interface SourcedName {
  name: string;
  /** Who uses or lists this name (see Alias.source). */
  source: string[];
}

/** One actor as one published source describes it: facts only, never descriptions. */
export interface ActorRecord {
  origin: RecordOrigin;
  /** Identity within its origin: the MISP uuid, the ATT&CK G-id, the Microsoft name. */
  key: string;
  /** The primary name in that source. Also present in `names`. */
  name: string;
  names: SourcedName[];
  country?: string[];
  /** ATT&CK group ids, first is the main one. */
  mitre?: string[];
  misp?: string[];
  references: string[];
  firstSeen?: string;
  sectors?: string[];
  targetCountries?: string[];
  motivation?: string[];
}

export interface ImportResult {
  records: ActorRecord[];
  problems: Problem[];
}

/** The one plain-object check (schema.ts), for the importers. */
export { isObj } from '../schema';

/** A string or a list of strings as a list of trimmed non-empty strings (MISP is loose about this). */
export function strings(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.filter((s): s is string => typeof s === 'string').map((s) => s.trim()).filter(Boolean);
  return [];
}

export function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** Adds a name (with sources) to a list, merging sources when the exact name is already there. */
export function addName(list: SourcedName[], name: string, sources: string[]): void {
  const n = name.replace(/\s+/g, ' ').trim();
  if (!n) return;
  const hit = list.find((x) => x.name === n);
  if (hit) {
    for (const s of sources) if (!hit.source.includes(s)) hit.source.push(s);
  } else list.push({ name: n, source: uniq(sources) });
}

export function isHttp(u: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(u);
}

export const MITRE_ID_RE = /^G\d{4}$/;

export function mitreGroupUrl(id: string): string {
  return `https://attack.mitre.org/groups/${id}/`;
}

export const MICROSOFT_NAMING_URL = 'https://learn.microsoft.com/en-us/unified-secops-platform/microsoft-threat-actor-naming';

/** A year, year-month or date from an ISO timestamp or a loose year string; undefined when unreadable. */
export function toDate(v: unknown, precision: 'year' | 'month' | 'day' = 'year'): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(String(v));
  if (!m) return undefined;
  const y = Number(m[1]);
  if (y < 1980 || y > 2100) return undefined;
  if (precision === 'year' || !m[2]) return m[1];
  if (precision === 'month' || !m[3]) return `${m[1]}-${m[2]}`;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

// ---------------------------------------------------------------------------------------------
// Countries: English names as the sources write them -> ISO 3166-1 alpha-2.

const COUNTRY_LIST: [string, string[]][] = [
  ['AF', ['Afghanistan']], ['AL', ['Albania']], ['DZ', ['Algeria']], ['AO', ['Angola']], ['AR', ['Argentina']],
  ['AM', ['Armenia']], ['AU', ['Australia']], ['AT', ['Austria']], ['AZ', ['Azerbaijan']], ['BS', ['Bahamas', 'The Bahamas']],
  ['BH', ['Bahrain']], ['BD', ['Bangladesh']], ['BY', ['Belarus']], ['BE', ['Belgium']], ['BJ', ['Benin']], ['BT', ['Bhutan']],
  ['BO', ['Bolivia']], ['BA', ['Bosnia and Herzegovina', 'Bosnia']], ['BW', ['Botswana']], ['BR', ['Brazil']],
  ['BN', ['Brunei', 'Brunei Darussalam']], ['BG', ['Bulgaria']], ['BF', ['Burkina Faso']], ['KH', ['Cambodia']],
  ['CM', ['Cameroon']], ['CA', ['Canada']], ['CF', ['Central African Republic']], ['TD', ['Chad']], ['CL', ['Chile']],
  ['CN', ['China', "People's Republic of China", 'PRC']], ['CO', ['Colombia']], ['CR', ['Costa Rica']],
  ['CI', ['Ivory Coast', "Cote d'Ivoire", "Côte d'Ivoire"]], ['HR', ['Croatia']], ['CU', ['Cuba']], ['CY', ['Cyprus']],
  ['CZ', ['Czech Republic', 'Czechia']], ['CD', ['Democratic Republic of the Congo', 'DR Congo']], ['DK', ['Denmark']],
  ['DJ', ['Djibouti']], ['DO', ['Dominican Republic']], ['EC', ['Ecuador']], ['EG', ['Egypt']], ['SV', ['El Salvador']],
  ['EE', ['Estonia']], ['ET', ['Ethiopia']], ['FI', ['Finland']], ['FR', ['France']], ['GE', ['Georgia']], ['DE', ['Germany']],
  ['GH', ['Ghana']], ['GR', ['Greece']], ['GT', ['Guatemala']], ['HN', ['Honduras']], ['HK', ['Hong Kong']], ['HU', ['Hungary']],
  ['IS', ['Iceland']], ['IN', ['India']], ['ID', ['Indonesia']], ['IR', ['Iran', 'Iran (Islamic Republic of)', 'Islamic Republic of Iran']],
  ['IQ', ['Iraq']], ['IE', ['Ireland']], ['IL', ['Israel']], ['IT', ['Italy']], ['JM', ['Jamaica']], ['JP', ['Japan']],
  ['JO', ['Jordan']], ['KZ', ['Kazakhstan']], ['KE', ['Kenya']], ['KW', ['Kuwait']], ['KG', ['Kyrgyzstan']],
  ['LA', ['Laos', "Lao People's Democratic Republic"]], ['LV', ['Latvia']], ['LB', ['Lebanon', 'Lebonon']], ['LY', ['Libya']],
  ['LT', ['Lithuania']], ['LU', ['Luxembourg']], ['MO', ['Macao', 'Macau']], ['MK', ['North Macedonia', 'Macedonia']],
  ['MG', ['Madagascar']], ['MW', ['Malawi']], ['MY', ['Malaysia']], ['MV', ['Maldives']], ['ML', ['Mali']], ['MT', ['Malta']],
  ['MR', ['Mauritania']], ['MU', ['Mauritius']], ['MX', ['Mexico']], ['MD', ['Moldova', 'Republic of Moldova']], ['MN', ['Mongolia']],
  ['ME', ['Montenegro']], ['MA', ['Morocco']], ['MZ', ['Mozambique']], ['MM', ['Myanmar', 'Burma']], ['NA', ['Namibia']],
  ['NP', ['Nepal']], ['NL', ['Netherlands', 'The Netherlands']], ['NZ', ['New Zealand']], ['NI', ['Nicaragua']], ['NE', ['Niger']],
  ['NG', ['Nigeria']], ['KP', ['North Korea', "Korea (Democratic People's Republic of)", "Democratic People's Republic of Korea", 'DPRK']],
  ['NO', ['Norway']], ['OM', ['Oman']], ['PK', ['Pakistan']], ['PS', ['Palestine', 'State of Palestine', 'Gaza', 'Palestinian Territories']],
  ['PA', ['Panama']], ['PG', ['Papua New Guinea']], ['PY', ['Paraguay']], ['PE', ['Peru']], ['PH', ['Philippines', 'The Philippines']],
  ['PL', ['Poland']], ['PT', ['Portugal']], ['QA', ['Qatar']], ['RO', ['Romania']], ['RU', ['Russia', 'Russian Federation']],
  ['RW', ['Rwanda']], ['SA', ['Saudi Arabia']], ['SN', ['Senegal']], ['RS', ['Serbia']], ['SG', ['Singapore']], ['SK', ['Slovakia']],
  ['SI', ['Slovenia']], ['SB', ['Solomon Islands']], ['SO', ['Somalia']], ['ZA', ['South Africa']],
  ['KR', ['South Korea', 'Korea (Republic of)', 'Republic of Korea', 'Korea']], ['SS', ['South Sudan']], ['ES', ['Spain']],
  ['LK', ['Sri Lanka']], ['SD', ['Sudan']], ['SR', ['Suriname']], ['SE', ['Sweden']], ['CH', ['Switzerland']],
  ['SY', ['Syria', 'Syrian Arab Republic']], ['TW', ['Taiwan', 'Taiwan, Province of China']], ['TJ', ['Tajikistan']],
  ['TZ', ['Tanzania']], ['TH', ['Thailand']], ['TG', ['Togo']], ['TN', ['Tunisia']], ['TR', ['Turkey', 'Türkiye', 'Turkiye']],
  ['TM', ['Turkmenistan']], ['UG', ['Uganda']], ['UA', ['Ukraine']], ['AE', ['United Arab Emirates', 'UAE']],
  ['GB', ['United Kingdom', 'UK', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland']],
  ['US', ['United States', 'United States of America', 'USA', 'US', 'U.S.']], ['UY', ['Uruguay']], ['UZ', ['Uzbekistan']],
  ['VE', ['Venezuela']], ['VN', ['Vietnam', 'Viet Nam']], ['YE', ['Yemen']], ['ZM', ['Zambia']], ['ZW', ['Zimbabwe']],
];

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const COUNTRY_BY_NAME = new Map<string, string>();
const COUNTRY_CODES = new Set<string>();
for (const [code, names] of COUNTRY_LIST) {
  COUNTRY_CODES.add(code);
  for (const n of names) COUNTRY_BY_NAME.set(fold(n), code);
}

/** ISO code of a country name or code; undefined for regions, companies and unknown names. */
export function countryCode(v: string): string | undefined {
  const t = v.trim();
  if (/^[A-Za-z]{2}$/.test(t) && COUNTRY_CODES.has(t.toUpperCase()) && t !== 'US' && t !== 'UK') return t.toUpperCase();
  return COUNTRY_BY_NAME.get(fold(t)) ?? (t === 'US' ? 'US' : t === 'UK' ? 'GB' : undefined);
}

// ---------------------------------------------------------------------------------------------
// Sectors and motivations: light normalisation of the sources' spellings.

const SECTOR_ALIASES: Record<string, string> = {
  'telecoms': 'Telecommunications', 'telecomms': 'Telecommunications', 'telecommunication': 'Telecommunications',
  'financial': 'Finance', 'bank': 'Finance', 'banking': 'Finance', 'private sector': 'Private sector',
  'civil society': 'Civil society', 'government administration': 'Government', 'government': 'Government',
  'health': 'Healthcare', 'news media': 'Media', 'journalist': 'Media', 'media and entertainment': 'Media',
  'information technology': 'Technology', 'high tech': 'Technology', 'defense industrial base': 'Defense',
  'transportation systems': 'Transportation', 'academia university': 'Education', 'research innovation': 'Research',
  'ngos': 'NGOs', 'ngo': 'NGOs', 'think tanks': 'Think tanks',
};

export function sector(v: string): string | undefined {
  const f = fold(v);
  if (!f || f === 'other' || f.length > 60) return undefined;
  if (SECTOR_ALIASES[f]) return SECTOR_ALIASES[f];
  const t = v.replace(/\s+/g, ' ').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Our motivation vocabulary: espionage, financial, sabotage, influence, hacktivism, disruption, surveillance-for-hire. */
export function motivations(v: string): string[] {
  const f = fold(v);
  const out: string[] = [];
  if (/espionage|intelligence/.test(f)) out.push('espionage');
  if (/financ|cybercrime|extortion|theft|business email|ransom/.test(f)) out.push('financial');
  if (/sabotage|destruct|wiper/.test(f)) out.push('sabotage');
  if (/influence|information operation/.test(f)) out.push('influence');
  if (/hacktiv|nationalist/.test(f)) out.push('hacktivism');
  if (/denial of service|ddos|defacement/.test(f)) out.push('disruption');
  if (/private sector offensive/.test(f)) out.push('surveillance-for-hire');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Whose name is it? The naming schemes of the large vendors are recognisable by shape.

const MS_WEATHER = 'Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Flood|Dust|Cyclone|Hail|Rain|Tsunami';
const CS_ANIMALS = 'Panda|Bear|Kitten|Chollima|Spider|Jackal|Buffalo|Tiger|Leopard|Crane|Hawk|Ocelot|Saiga|Lynx';
const U42_STARS = 'Taurus|Ursa|Serpens|Pisces|Libra|Scorpius|Lepus|Draco|Aries|Gemini|Aquarius|Orion';
/** Periodic-table names Microsoft used until 2023 (upper case in its reports). */
const ELEMENTS = new Set(('HYDROGEN HELIUM LITHIUM BERYLLIUM BORON CARBON NITROGEN OXYGEN FLUORINE NEON SODIUM MAGNESIUM ALUMINUM ALUMINIUM ' +
  'SILICON PHOSPHORUS SULFUR SULPHUR CHLORINE ARGON POTASSIUM CALCIUM SCANDIUM TITANIUM VANADIUM CHROMIUM MANGANESE IRON COBALT ' +
  'NICKEL COPPER ZINC GALLIUM GERMANIUM ARSENIC SELENIUM BROMINE KRYPTON RUBIDIUM STRONTIUM YTTRIUM ZIRCONIUM NIOBIUM MOLYBDENUM ' +
  'TECHNETIUM RUTHENIUM RHODIUM PALLADIUM SILVER CADMIUM INDIUM TIN ANTIMONY TELLURIUM IODINE XENON CESIUM CAESIUM BARIUM LANTHANUM ' +
  'CERIUM PRASEODYMIUM NEODYMIUM PROMETHIUM SAMARIUM EUROPIUM GADOLINIUM TERBIUM DYSPROSIUM HOLMIUM ERBIUM THULIUM YTTERBIUM ' +
  'LUTETIUM HAFNIUM TANTALUM TUNGSTEN RHENIUM OSMIUM IRIDIUM PLATINUM GOLD MERCURY THALLIUM LEAD BISMUTH POLONIUM ASTATINE RADON ' +
  'FRANCIUM RADIUM ACTINIUM THORIUM PROTACTINIUM URANIUM NEPTUNIUM PLUTONIUM AMERICIUM CURIUM BERKELIUM CALIFORNIUM EINSTEINIUM ' +
  'FERMIUM MENDELEVIUM NOBELIUM LAWRENCIUM RUTHERFORDIUM DUBNIUM SEABORGIUM BOHRIUM HASSIUM MEITNERIUM DARMSTADTIUM ROENTGENIUM ' +
  'COPERNICIUM NIHONIUM FLEROVIUM MOSCOVIUM LIVERMORIUM TENNESSINE OGANESSON').split(' '));
/** Secureworks: a metal/colour word in capitals (by sponsor) and a second capitalised word. */
const SW_FIRST = 'BRONZE|IRON|GOLD|COBALT|NICKEL|TUNGSTEN|ALUMINUM|ZINC|PLATINUM|COPPER|CARBON|LEAD|TIN|SILVER|MAGNESIUM|CHROMIUM|TITANIUM';
const NATO = 'Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliett?|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-?ray|Yankee|Zulu';

const SHAPES: [RegExp, string][] = [
  [/^G\d{4}$/, 'mitre'],
  [/^APT[ -]?C[ -]?\d+$/i, 'qihoo360'],
  [/^APT ?\d+$/i, 'mandiant'],
  [/^(UNC|FIN) ?\d+$/i, 'mandiant'],
  [/^TEMP\.\S+$/i, 'mandiant'],
  [/^(Storm|DEV)-\d+$/i, 'microsoft'],
  [new RegExp(`^[A-Z][a-z]+ (${MS_WEATHER})$`), 'microsoft'],
  [new RegExp(`^(${SW_FIRST}) [A-Z]+$`), 'secureworks'],
  [/^(TG|Threat Group)-\d+$/i, 'secureworks'],
  [new RegExp(`^[A-Za-z]+ (${CS_ANIMALS})$`, 'i'), 'crowdstrike'],
  [new RegExp(`^[A-Z][a-z]+ (${U42_STARS})$`), 'unit42'],
  [/^(CL-(STA|CRI|UNK)|TGR-(STA|CRI|UNK))-\d+$/i, 'unit42'],
  [/^TA\d{3,4}$/i, 'proofpoint'],
  [/^UNK_\w+$/, 'proofpoint'],
  [/^TAG-\d+$/i, 'recordedfuture'],
  [new RegExp(`^(Red|Blue|Green|Purple|Yellow|White|Black)(${NATO})$`), 'recordedfuture'],
  [/^(Earth|Water|Void) [A-Z][a-z]+$/, 'trendmicro'],
  [/^UAT-\d+$/i, 'talos'],
  [/^UAC-\d+$/i, 'cert-ua'],
  [/^(ITG|Hive)\d+$/i, 'ibm'],
  [/^REF\d+$/, 'elastic'],
  [/^ATK ?\d+$/, 'thales'],
  [/^[A-Z][a-z]+ Manticore$/, 'checkpoint'],
  [/^[A-Z]+ITE$/, 'dragos'],
  [/^[A-Z][a-z]*worm$/, 'symantec'],
];

/** The vendor whose naming scheme a name follows, or undefined. */
export function vendorOfName(name: string): string | undefined {
  const n = name.trim();
  if (ELEMENTS.has(n)) return 'microsoft';
  for (const [re, v] of SHAPES) if (re.test(n)) return v;
  return undefined;
}

/** MISP "name-attribution" uuids of the vendors behind names (the galaxy's attribution sources). */
export const MISP_ATTRIBUTION_SOURCES: Record<string, string> = {
  'd0c33595-b684-45ef-91c3-e2f5ce1a8191': 'microsoft',
  'f9eb432f-2293-48b7-bca4-cc78beb50df0': 'crowdstrike',
  'da5cdcd1-7b15-4371-b7eb-ca32916d2052': 'mandiant',
  'a7119872-bc6b-494b-9f7a-8c50faaf53a9': 'secureworks',
  'a1ad5090-2487-46d2-8237-6151a2dd5063': 'mitre',
  'cae79680-67a6-4411-903c-f824dbcc813f': 'proofpoint',
  'e9491d3b-2174-47d6-8a15-ecec552d16ae': 'unit42',
  '0d4886f9-97e1-4cb2-8822-580fd09540e5': 'kaspersky',
  '3ac8f6fc-9c04-4ebd-bda2-788cc02fe4ed': 'trendmicro',
  '0adf6f0f-3795-4de1-9763-1bdd1c31a5d7': 'talos',
  '3a43aca5-6366-4168-b182-a8afec4550b5': 'eset',
  'ad7032df-0e9a-4ea9-b35c-c68ff854be80': 'recordedfuture',
  'e583434b-7fb8-42c8-90ce-89aa8ed35f0c': 'symantec',
  '0904b30c-a86b-402b-9a14-87bbc44648aa': 'symantec',
  'adb3369a-5683-46b2-bceb-4dafa6526b21': 'checkpoint',
  '996c48de-7bb8-414d-b6fe-ec94abb5f461': 'sentinelone',
  '21afba9e-cd2a-45c9-b421-b1f14fd181e9': 'group-ib',
  'e4ed3168-7830-490f-9eed-d1b3ef2daccd': 'dragos',
  'b8ca0932-c4cb-45c0-b7b1-88b9685ba24b': 'mcafee',
  '9f2ba728-8b29-48f9-badf-4f4cefb929f0': 'pwc',
  'c2f76813-f24c-450e-abfd-0db4495ab68e': 'volexity',
};

/** Vendor names as MISP writes them in `origin:<name>` keys -> our source ids. */
export function vendorId(v: string): string | undefined {
  const f = fold(v).replace(/ /g, '');
  const map: Record<string, string> = {
    microsoft: 'microsoft', mandiant: 'mandiant', fireeye: 'mandiant', secureworks: 'secureworks', trendmicro: 'trendmicro',
    qianxin: 'qianxin', proofpoint: 'proofpoint', crowdstrike: 'crowdstrike', paloaltonetworks: 'unit42', unit42: 'unit42',
    kaspersky: 'kaspersky', eset: 'eset', symantec: 'symantec', talos: 'talos', ciscotalos: 'talos', recordedfuture: 'recordedfuture',
  };
  return map[f];
}
