/**
 * Compiles a dataset (plus the user's mutes and own aliases) into MatcherData: the serialised
 * automaton and the small tables a content script needs to turn automaton hits into mentions.
 * Runs in the background once per dataset/prefs version; content scripts only load the result.
 *
 * Patterns are alias *groups*: every alias whose folded form (normaliseName) is the same shares one
 * group, so a name used by two entities is one pattern with two rows (an ambiguous mention).
 * Spelling variants at letter/digit joins ("apt28" / "apt 28") are extra patterns of the same group.
 * Context cue words are patterns too, with values past the last group.
 */
import type { Entity, EntityKind, Alias } from '../dataset/schema';
import { ENTITY_KINDS } from '../dataset/schema';
import { foldKey, normaliseName } from '../normalise';
import { compileAutomaton, type PatternInput } from './automaton';
import { caseKey, effectiveMatch, isOrdinaryPhrase, CONTEXT_CUES, SCHEME_WORDS, DOTTED, FLAG_CANONICAL, FLAG_CASE_EXACT, FLAG_CONTEXT, FLAG_DOTTED, FLAG_NAMESAKE, FLAG_PAGE_CUE, FLAG_QUALIFIED, FLAG_USER, joinedForms, hebrewArticle } from './rules';
import { bytesToBase64 } from '../base64';

export interface MatcherPrefs {
  mutedEntities?: string[];
  mutedAliases?: string[];
  userAliases?: { entityId: string; name: string }[];
}

/** JSON-safe: crosses runtime messaging as is. */
export interface MatcherData {
  version: string;
  /** compileAutomaton output, base64. */
  automaton: string;
  /** [id, canonical name, kind index into ENTITY_KINDS, country codes joined by ',' (since format 3; may be absent in older stored data)] */
  entities: [string, string, number, string?][];
  /** Alias rows: entity index, flags, written letters (for exact-case rows, else ''). */
  rowEntity: number[];
  rowFlags: number[];
  rowCase: string[];
  /** Group g has rows groupRows[g]. Pattern value g < groups is a group; >= groups is a cue. */
  groupRows: number[][];
  /** Pairs of related entity indices [a, b, a, b, ...] (vendor and product, agency and unit, sponsor): a mention of one vouches for the other. */
  related: number[];
}

export function muteKey(entityId: string, alias: string): string {
  return `${entityId}|${foldKey(alias)}`;
}

/** "apt28" -> ["apt28", "apt 28"]; "storm 0558" -> ["storm 0558", "storm0558"]; "cyber security" <-> "cybersecurity". */
export function spellingVariants(key: string): string[] {
  const out = new Set([key]);
  const isDigit = (c: string) => c >= '0' && c <= '9';
  const isAlpha = (c: string) => /\p{L}/u.test(c);
  const joined = key.replace(/(\p{L}) (?=\d)|(\d) (?=\p{L})/gu, '$1$2');
  out.add(joined);
  let spaced = '';
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i];
    if (i > 0) {
      const p = joined[i - 1];
      if ((isAlpha(p) && isDigit(c)) || (isDigit(p) && isAlpha(c))) spaced += ' ';
    }
    spaced += c;
  }
  out.add(spaced);
  // "Cyber Security Centre" / "Cybersecurity Centre", "Cyber Crime Unit" / "Cybercrime Unit": house styles
  // differ on this compound, and agencies' names are written both ways.
  for (const k of [...out]) for (const [a, b] of CYBER_COMPOUNDS) {
    if (k.includes(a)) out.add(k.split(a).join(b));
    if (k.includes(b)) out.add(k.split(b).join(a));
  }
  // British and American spelling: "85th Main Special Service Centre" / "Center", "Intelligence Organisation".
  for (const k of [...out]) for (const [re, by] of SPELLINGS) {
    const v = k.replace(re, by);
    if (v !== k) out.add(v);
  }
  // Numbered units in the European languages: "unité 26165", "Einheit 26165", "Unidad 8200", "Zentrum 16".
  for (const k of [...out]) {
    const m = /^(military unit|unit|center|centre) (\d+)$/.exec(k);
    if (!m) continue;
    const words = m[1] === 'military unit' ? ['unite militaire', 'militareinheit'] : m[1] === 'unit' ? ['unite', 'einheit', 'unidad', 'unita', 'unidade'] : ['zentrum', 'centro'];
    for (const w of words) out.add(`${w} ${m[2]}`);
  }
  // Plurals where they still name the group: "Fancy Bears", "the Lazarus Groups" of a report's table.
  // Scheme names run together, as in hashtags and handles: "CozyBear", "#SaltTyphoon" (their case rule still
  // wants the capitals, so "saltyphoon"-like lower-case runs are no mention).
  for (const k of [...out]) {
    const last = k.slice(k.lastIndexOf(' ') + 1);
    if (k.includes(' ') && GROUP_NOUNS.has(last)) out.add(`${k}s`);
    // So are other short names of letters: "CyberBerkut" for "Cyber Berkut".
    if (k.includes(' ') && /^[\p{L} ]+$/u.test(k) && (SCHEME_WORDS.has(last) ? k.split(' ').length <= 3 : k.split(' ').length === 2 && k.length >= 9)) out.add(k.replace(/ /g, ''));
  }
  return [...out].filter((k) => k.length > 0);
}

/** "SyrianElectronicArmy" -> "Syrian Electronic Army": capitalised words run together (at least two of 3+ letters), else undefined. */
export function camelSpaced(name: string): string | undefined {
  if (!/^(?:\p{Lu}\p{Ll}{2,}){2,4}$/u.test(name)) return undefined;
  return name.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ');
}

/** Words that British and American English spell differently (folded). */
const SPELLINGS: [RegExp, string][] = [['centre', 'center'], ['organisation', 'organization'], ['defence', 'defense']]
  .flatMap(([a, b]): [RegExp, string][] => [[new RegExp(`(^| )${a}(?= |$)`, 'g'), `$1${b}`], [new RegExp(`(^| )${b}(?= |$)`, 'g'), `$1${a}`]]);

/** Compounds written as one word or two (folded keys). */
const CYBER_COMPOUNDS: [string, string][] = [['cyber security', 'cybersecurity'], ['cyber crime', 'cybercrime'], ['cyber space', 'cyberspace']];

/** Last words of multi-word names that take a plural and still name the group. */
const GROUP_NOUNS = new Set(['bear', 'panda', 'kitten', 'spider', 'chollima', 'jackal', 'tiger', 'leopard', 'buffalo', 'group', 'team', 'crew', 'gang']);

export function compileMatcher(entities: Entity[], datasetVersion: string, prefs: MatcherPrefs = {}, isOrdinary?: (w: string) => boolean): MatcherData {
  const mutedEntities = new Set(prefs.mutedEntities ?? []);
  const mutedAliases = new Set(prefs.mutedAliases ?? []);
  const userByEntity = new Map<string, Alias[]>();
  for (const u of prefs.userAliases ?? []) {
    const list = userByEntity.get(u.entityId) ?? [];
    list.push({ name: u.name, source: ['user'], match: { case: 'any', context: false, off: false } });
    userByEntity.set(u.entityId, list);
  }

  const data: MatcherData = { version: '', automaton: '', entities: [], rowEntity: [], rowFlags: [], rowCase: [], groupRows: [], related: [] };
  const groupOf = new Map<string, number>();
  const seenRow = new Set<string>();

  entities.forEach((e, ei) => {
    data.entities.push([e.id, e.name, ENTITY_KINDS.indexOf(e.kind as EntityKind), (e.country ?? []).join(',')]);
    if (mutedEntities.has(e.id)) return;
    const canonicalListed = e.aliases.some((a) => a.name === e.name);
    const aliases: Alias[] = canonicalListed ? [...e.aliases] : [{ name: e.name }, ...e.aliases];
    aliases.push(...(userByEntity.get(e.id) ?? []));
    // "SyrianElectronicArmy", "CyberBerkut", "ShinyHunters": a name the data writes run together is written
    // with spaces too; the spaced form gets its own case rule ("Black Cat" only with its capitals).
    const listed = new Set(aliases.map((a) => normaliseName(a.name)));
    for (const a of [...aliases]) {
      const spaced = camelSpaced(a.name);
      if (!spaced || listed.has(normaliseName(spaced))) continue;
      listed.add(normaliseName(spaced));
      aliases.push({ name: spaced, source: a.source, ambiguous: a.ambiguous, match: a.match?.off ? { off: true } : a.match?.namesake ? { namesake: true } : undefined });
    }
    const plainKeys = new Set(aliases.filter((a) => !DOTTED.test(a.name)).map((a) => normaliseName(a.name)));
    for (const a of aliases) {
      const m = effectiveMatch(a, isOrdinary);
      if (m.off || mutedAliases.has(muteKey(e.id, a.name))) continue;
      const key = normaliseName(a.name);
      if (!key) continue;
      const user = a.source?.includes('user') ?? false;
      // (a namesake, "DragonForce", waits like a phrase name for a page that speaks of cyber operations)
      const namesake = a.match?.namesake === true;
      const pageCue = (m.case === 'exact' && !m.context && !user && e.kind !== 'agency' && isOrdinaryPhrase(a.name)) || namesake;
      const flags = (namesake ? FLAG_NAMESAKE : 0) | (m.case === 'exact' ? FLAG_CASE_EXACT : 0) | (m.context ? FLAG_CONTEXT : 0) | (user ? FLAG_USER : 0) | (a.name === e.name ? FLAG_CANONICAL : 0) | (pageCue ? FLAG_PAGE_CUE : 0) | (a.match?.qualified ? FLAG_QUALIFIED : 0) | (DOTTED.test(a.name) && plainKeys.has(key) ? FLAG_DOTTED : 0);
      const letters = m.case === 'exact' ? caseKey(a.name) : '';
      const rowId = `${key}\u0000${ei}\u0000${flags}\u0000${letters}`;
      if (seenRow.has(rowId)) continue;
      seenRow.add(rowId);
      let g = groupOf.get(key);
      if (g === undefined) { g = data.groupRows.length; groupOf.set(key, g); data.groupRows.push([]); }
      data.groupRows[g].push(data.rowEntity.length);
      data.rowEntity.push(ei);
      data.rowFlags.push(flags);
      data.rowCase.push(letters);
    }
  });

  // A group's canonical-name rows first: "Wizard Spider" means the actor of that name before one that also uses it.
  for (const rows of data.groupRows) rows.sort((a, b) => (data.rowFlags[b] & FLAG_CANONICAL) - (data.rowFlags[a] & FLAG_CANONICAL));

  const index = new Map(entities.map((e, i) => [e.id, i]));
  entities.forEach((e, i) => {
    for (const r of e.relations ?? []) {
      const j = index.get(r.id);
      if (j !== undefined && r.type !== 'overlaps') data.related.push(i, j);
    }
  });

  const patterns: PatternInput[] = [];
  // (a Hebrew name written with its article, "המוסד", is reported without it, as "the" is left out in English)
  for (const [key, g] of groupOf) patterns.push({ key, value: g, skip: hebrewArticle(key) });
  // Variants after every base key, so that a variant never takes the place of another group's own key; where it
  // is another group's key ("national cyber security center" of Korea's NCSC and the UK's "...Centre"), that
  // group takes this one's rows too, and the country beside the name says which is meant.
  const shared = new Map<number, number[]>();
  for (const [key, g] of groupOf) for (const v of spellingVariants(key)) {
    if (v === key) continue;
    const h = groupOf.get(v);
    if (h === undefined) patterns.push({ key: v, value: g });
    else if (h !== g) shared.set(h, [...(shared.get(h) ?? []), ...data.groupRows[g]]);
  }
  for (const [h, rows] of shared) for (const r of rows) if (!data.groupRows[h].includes(r)) data.groupRows[h].push(r);
  // "والموساد", "והמוסד": Arabic and Hebrew join small words to the next one; a name (and a cue word, below) is
  // found after them and reported without them (rules: joinedForms; boundariesOk lets them stand before it).
  for (const [key, g] of groupOf) for (const f of joinedForms(key)) patterns.push({ key: f.key, value: g, skip: f.skip });
  const groups = data.groupRows.length;
  CONTEXT_CUES.forEach((cue, i) => {
    const key = normaliseName(cue);
    patterns.push({ key, value: groups + i, skip: hebrewArticle(key) });
    for (const f of joinedForms(key)) patterns.push({ key: f.key, value: groups + i, skip: f.skip });
  });

  data.automaton = bytesToBase64(new Uint8Array(compileAutomaton(patterns)));
  data.version = matcherVersion(datasetVersion, prefs);
  return data;
}

/**
 * What compileMatcher's output means. Raise it whenever the compiled form or the flags' meaning change: the
 * version below carries it, so a matcher stored by an older extension is compiled again after an update
 * instead of being used with rules it was not built for.
 */
export const MATCHER_FORMAT = 20;

/** A matcher's version: the dataset's, plus a hash of the format and of the prefs that shaped it. */
export function matcherVersion(datasetVersion: string, prefs: MatcherPrefs): string {
  return `${datasetVersion}+${hashString(JSON.stringify([MATCHER_FORMAT, prefs.mutedEntities ?? [], prefs.mutedAliases ?? [], prefs.userAliases ?? []]))}`;
}

/** Short stable hash (FNV-1a) for versions. */
export function hashString(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(36);
}
