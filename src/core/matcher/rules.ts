/**
 * The rules that decide whether an occurrence of a name in page text is a mention:
 * letter case, word and token boundaries, and context cues for names that are ordinary words.
 * Plain functions over strings; the matcher (match.ts) applies them to automaton hits.
 */
import type { Alias, AliasMatch } from '../dataset/schema';
import { isLetter, isUnspacedScript, isWordChar, BLOCK_BREAK, BLOCK_BREAK_CODE, ARABIC_CLITICS, ARABIC_CLITIC_CODES, HEBREW_PREFIXES, isArabicLetter, isHebrewLetter } from '../normalise';
import { countryOf, isCountryAdjective } from './countries';

export const FLAG_CASE_EXACT = 1;
export const FLAG_CONTEXT = 2;
export const FLAG_USER = 4;
/** The row is the entity's canonical name: it leads when a name is ambiguous. */
export const FLAG_CANONICAL = 8;
/**
 * A name of several ordinary words ("Charming Kitten", "Peach Sandstorm", "Cozy Bear") that is not an agency's:
 * in its exact case it matches only on a page that speaks of cyber operations somewhere (a cue word, or two
 * different distinctive names such as "APT28" and "GRU", anywhere), or where its entity is named otherwise.
 * A county-fair report's "Charming Kitten" or a teddy bear's "Fancy Bear" is not a mention; in a cyber story,
 * the name needs no cue next to it.
 */
export const FLAG_PAGE_CUE = 16;
/** The alias is `qualified` (AliasMatch): it fits only where a country named next to it is its entity's. */
export const FLAG_QUALIFIED = 32;
/** A dotted spelling ("P.L.A.") of a name the entity also lists without dots ("PLA"): it fits only text written
 *  with the dots, so that the plain spelling's stricter rule (context for "PLA") holds for plain text. */
export const FLAG_DOTTED = 64;
/** The alias is a `namesake` (AliasMatch): its inner capital does not make it distinctive ("DragonForce", a band's too). */
export const FLAG_NAMESAKE = 128;

/** A lower-case letter then a capital, with only invisible characters (soft hyphen, zero-width) between: "Side\u00adWinder". */
export const INNER_CAPITAL = /\p{Ll}[\u00ad\u200b-\u200d\u2060\ufeff]*\p{Lu}/u;
/** "P.L.A.", "N. Korea": letters separated by dots. */
export const DOTTED = /\p{L}\.[ \u00a0]?\p{L}/u;

/** Does an exact-case, no-context alias of a non-agency qualify for FLAG_PAGE_CUE (several words, no digit or symbol)? */
export function isOrdinaryPhrase(name: string): boolean {
  return /\p{L}[^\p{L}\p{N}]+\p{L}/u.test(name) && !/[\p{N}$@&+#]/u.test(name);
}

/** Letters and digits of a name in their written case, accents folded: "M.S.S." -> "MSS", "Salt Typhoon" -> "SaltTyphoon", "Vojenské" -> "Vojenske". */
export function caseKey(name: string): string {
  let s = '';
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80) ascii = false;
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) s += name[i];
  }
  if (ascii) return s; // the common case, without a regex per character
  s = '';
  // Accents folded, as the automaton folds them: "Doppelgänger" fits the case of "Doppelganger"; so are full-width
  // forms ("ＦＢＩ" is "FBI"), which is all NFKD adds here for names
  for (const ch of name.normalize('NFKD')) if (WORDISH.test(ch)) s += ch;
  return s.normalize('NFC');
}
const WORDISH = /[\p{L}\p{N}]/u;

/** The matching rule of an alias as the matcher applies it (`qualified` is read from the alias as written). */
export type EffectiveMatch = Required<Pick<AliasMatch, 'case' | 'context' | 'off'>>;

/**
 * The effective matching rule of an alias: explicit hints win, the rest is derived from the name's shape.
 * `isOrdinary(word)` says whether a lower-case word is an ordinary dictionary word; without a dictionary
 * (imports at run time) every Latin word counts as ordinary, which only makes matching stricter.
 */
export function effectiveMatch(alias: Alias, isOrdinary: (w: string) => boolean = () => true): EffectiveMatch {
  const d = deriveMatch(alias.name, isOrdinary);
  const m = alias.match ?? {};
  return { case: m.case ?? d.case, context: m.context ?? d.context, off: m.off ?? d.off };
}

export function deriveMatch(name: string, isOrdinary: (w: string) => boolean): EffectiveMatch {
  const key = caseKey(name);
  if (!key) return { case: 'exact', context: false, off: true };
  const latin = /[A-Za-z]/.test(key);
  if (!latin) {
    // 国家安全部, 정찰총국: case plays no part. A Cyrillic or Greek acronym is one in capitals only: "ГРУ", "СБУ",
    // not Ukrainian "гру" (a game) or "сбу"
    const cased = key !== key.toLowerCase();
    return { case: cased && key === key.toUpperCase() && key.length <= 6 && !/\s/.test(name.trim()) ? 'exact' : 'any', context: false, off: false };
  }
  const hasDigit = /\p{N}/u.test(key);
  const words = name.split(/[^\p{L}\p{N}'’.]+/u).filter(Boolean).map((w) => w.replace(/[.'’]/g, ''));
  if (hasDigit || /[$@&+#]/.test(name)) {
    // "APT28", "Unit 8200", "Storm-0558", "LAPSUS$": a digit or a symbol makes a name no ordinary word.
    return { case: 'any', context: false, off: !/\p{L}/u.test(key) };
  }
  const upper = key === key.toUpperCase();
  if (upper && key.length <= 5 && words.length === 1) {
    // Acronyms: MSS, GRU, NSA. In capitals only; acronyms that are words ("RAW", "ZINC") need context too.
    const letters = key.length;
    return { case: 'exact', context: isOrdinary(key.toLowerCase()) || letters <= 2, off: letters < 2 };
  }
  // "Lebanese Cedar", "Indian Cyber Force": a nationality is as plain a word as any ("a plank of Lebanese cedar")
  const ordinary = words.map((w) => isOrdinary(w.toLowerCase()) || (words.length > 1 && isCountryAdjective(w)));
  if (words.length === 1) return ordinary[0] ? { case: 'exact', context: true, off: false } : { case: 'any', context: false, off: false };
  if (ordinary.every(Boolean)) return { case: 'exact', context: false, off: false };
  return { case: 'any', context: false, off: false };
}

/** text[s, e) is all ASCII, with a lower-case letter and no capital: a spelling no capitalised alias fits. */
export function isLowerAscii(text: string, s: number, e: number): boolean {
  let lower = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return false;
    if (c >= 0x61 && c <= 0x7a) lower = true;
  }
  return lower;
}

/** Last words of vendors' naming schemes (CrowdStrike's animals, Microsoft's weather, Unit 42's constellations, "Group"): "Fancy Bear", "Salt Typhoon". */
export const SCHEME_WORDS: ReadonlySet<string> = new Set(['bear', 'panda', 'kitten', 'spider', 'chollima', 'jackal', 'tiger', 'leopard', 'buffalo', 'group', 'typhoon', 'blizzard', 'sandstorm', 'sleet', 'tempest', 'hail', 'dust', 'cyclone', 'flood', 'tsunami', 'rain',
  // Unit 42's constellations: "Fighting Ursa", "Muddled Libra", "Stately Taurus", "Jumpy Pisces", "Boggy Serpens"
  'ursa', 'libra', 'taurus', 'pisces', 'serpens', 'scorpius']);

/** Lower-case nouns after an acronym that make it a thing's: "the ASIO output option", "an ISA account". */
const ACRONYM_THINGS = new Set(['output', 'driver', 'drivers', 'interface', 'format', 'file', 'files', 'standard', 'protocol', 'port', 'ports', 'cable', 'chip', 'mode', 'setting', 'settings', 'account', 'accounts', 'allowance', 'savings', 'rate', 'rates', 'bus', 'slot', 'card', 'cards', 'plug', 'socket', 'codec', 'license', 'licence', 'exam', 'exams', 'score', 'scores', 'diploma', 'curriculum', 'triad',
  // "PLA plastics", "PLA filament": the material
  'plastic', 'plastics', 'filament', 'resin', 'pellets',
  // "ICE Brent", "ICE cotton futures": an exchange's contracts
  'brent', 'futures', 'cotton', 'cocoa', 'sugar', 'coffee', 'gasoil',
  // "an RGB keyboard", "RGB lighting"
  'keyboard', 'keyboards', 'lighting', 'lights', 'backlight', 'strip', 'strips', 'monitor', 'monitors', 'display', 'displays', 'palette', 'colour', 'colours', 'color', 'colors', 'value', 'values']);
const PRINTING = /\b3-?D[ \u00a0-]?print/i;
/** Nouns of materials that an appositive after an acronym names ("PLA, a plant-based plastic"). */
const MATERIALS = new Set(['plastic', 'plastics', 'polymer', 'polymers', 'resin', 'material', 'materials', 'filament', 'fibre', 'fiber', 'compound', 'chemical', 'acid', 'alloy', 'coating', 'solvent', 'fertiliser', 'fertilizer', 'pesticide', 'drug', 'medicine', 'supplement', 'vitamin', 'hormone', 'protein', 'enzyme']);
/** Does an appositive that names a material start at `e`: ", a plant-based plastic", ", the polymer" (its noun within four words)? */
export function materialApposition(text: string, e: number): boolean {
  const m = /^,[ \u00a0](?:an?|the)[ \u00a0]([^,.;:()]{1,60})/u.exec(text.slice(e, e + 64));
  if (!m) return false;
  return m[1].split(/[ \u00a0-]+/).slice(0, 5).some((w) => MATERIALS.has(w.toLowerCase()));
}
const MUSIC = /\b(?:cellist|violinist|violist|pianist|oboist|flautist|soloist|conductor|orchestra|symphony|philharmonic|concertmaster|choir)\b/i;
/** Words that cannot follow an acronym used as a noun's modifier ("a GRU officer"): "an ISA she had saved". */
const AFTER_COMMON_NOUN = new Set(['she', 'he', 'they', 'we', 'i', 'you', 'it', 'that', 'which', 'who', 'and', 'or', 'but', 'with', 'for', 'to', 'in', 'on', 'at', 'of', 'from', 'is', 'was', 'had', 'has']);

/** "a former cellist with the NSO", "the NSO's principal conductor": an orchestra; "PLA blocks from 3-D printers": a printer's plastic. */
export function thingAround(text: string, s: number, e: number): boolean {
  const around = text.slice(Math.max(0, s - 40), Math.min(text.length, e + 40));
  return MUSIC.test(around) || PRINTING.test(around);
}

/**
 * "the ASIO output option", "an ISA she had been building up": an acronym used as a thing's name, or as a common
 * noun after "a"/"an" (an agency is "the NSA"; "a GRU officer" is a modifier and stays ours).
 */
export function acronymAsThing(text: string, s: number, e: number): boolean {
  // "HALVORSEN FREIGHT SYSTEMS, INC.": a company's legal form
  if (/^(?:INC|LTD|LLC|PLC|CORP)$/.test(text.slice(s, e)) && (text.charCodeAt(e) === 0x2e || /,[ \u00a0]$/.test(text.slice(s - 2, s)))) return true;
  const next = /^[ \u00a0](\p{Ll}+)/u.exec(text.slice(e, e + 16))?.[1];
  if (next !== undefined && ACRONYM_THINGS.has(next)) return true;
  // "RGB-protocol wallets", "an ISA-account holder": the same noun joined by a hyphen
  const joined = /^-(\p{Ll}+)/u.exec(text.slice(e, e + 16))?.[1];
  if (joined !== undefined && ACRONYM_THINGS.has(joined)) return true;
  // "the CIA Triad", "Choosing an ISA Account": the same nouns capitalised, as a title-case heading writes them
  const titled = /^[ \u00a0](\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(text.slice(e, e + 16))?.[1];
  if (titled !== undefined && ACRONYM_THINGS.has(titled.toLowerCase())) return true;
  if (airportCode(text, e)) return true;
  // "the bond ETF known by its ticker BND", "(NYSE: CIA)": a security's ticker
  // "whose NYSE ticker is CIA", "the Vanguard Total Bond Market ETF (BND)": a fund's or a listed company's
  if (/(?:(?:ticker|symbol)(?:[ \u00a0](?:is|was))?|NYSE:|NASDAQ:|Nasdaq:)[ \u00a0]$/.test(text.slice(Math.max(0, s - 18), s))) return true;
  if (text.charCodeAt(e) === 0x29 && /(?:ETF|ETN|Fund|Trust|Inc\.?|Corp\.?|plc|PLC|Ltd\.?|Holdings|Bancorp)[ \u00a0]\($/.test(text.slice(Math.max(0, s - 12), s))) return true;
  if (thingAround(text, s, e)) return true;
  if (!/(?:^|[^\p{L}])an?[ \u00a0]$/u.test(text.slice(Math.max(0, s - 4), s))) return false;
  // "a KNBSZ is": in Hungarian "a" is "the"
  if (hungarianPassage(text, s)) return false;
  // "NÚKIB a BIS", "SVR a FSB": between two names "a" is the Czech and Slovak "and", not the article
  if (text.charCodeAt(s - 2) === 0x61 && /(?:^|[^\p{L}\p{N}])\p{Lu}[\p{L}\p{N}-]*[ \u00a0]$/u.test(text.slice(Math.max(0, s - 40), s - 2))) return false;
  return next === undefined ? /^[ \u00a0]?[.,;:!?)]/.test(text.slice(e, e + 2)) : AFTER_COMMON_NOUN.has(next);
}

const NAMESAKE_LAST = new Set(['from', 'after', 'for', 'borrows']);
const SHIP_PREFIXES = new Set(['MV', 'MT', 'MS', 'SS', 'RV', 'FV', 'HMS', 'USS', 'USNS', 'HMAS', 'HMCS', 'HMNZS', 'RMS', 'INS']);
/**
 * "takes its name from Handala, the refugee boy", "named after Pegasus", "the MV Pegasus Star": what follows is a
 * namesake, not the entity. Not a group's phrase name, which only a group bears ("borrowed its name from Scattered
 * Spider, Lapsus$ and ShinyHunters").
 */
export function namesakeBefore(text: string, s: number, e: number): boolean {
  const before = wordBefore(text, s);
  // "the MV Fancy Bear", "HMS Sandworm": a ship's name
  if (SHIP_PREFIXES.has(before) || (before === 'V' && text.startsWith('M/V', s - 4))) return true;
  if (!NAMESAKE_LAST.has(before.toLowerCase()) || !isCapitalisedWord(text, s, e)) return false; // nearly every hit: one word read, no regex
  return /(?:name(?: and (?:logo|image|icon))? from|named (?:after|for)|branding borrows|name comes from|name derives from)[ \u00a0]$/i.test(text.slice(Math.max(0, s - 28), s));
}

/** "made from PLA", "3D-printed in PLA": an acronym after these words is a material's. */
export function materialBefore(text: string, s: number): boolean {
  return /(?:made (?:from|of|in)|printed (?:in|from|with)|moulded (?:in|from)|molded (?:in|from)|cast in)[ \u00a0]$/i.test(text.slice(Math.max(0, s - 14), s));
}

/**
 * "Bronze, Iron, Cobalt, Nickel, Gold (Secureworks)", "Cobalt for Iran": the prefixes written in title case, listed
 * together or given a country, are the scheme, not one group.
 */
function titleCasePrefix(text: string, s: number, e: number, word: string): boolean {
  const upper = word.toUpperCase();
  if (!ELEMENT_PREFIXES.has(upper) || word !== upper[0] + upper.slice(1).toLowerCase()) return false;
  if (/^[ \u00a0]for[ \u00a0]\p{Lu}/u.test(text.slice(e, e + 6))) return true;
  const around = text.slice(Math.max(0, s - 30), Math.min(text.length, e + 30));
  const re = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(?=,[ \u00a0]|[ \u00a0](?:and|or)[ \u00a0])|(?<=,[ \u00a0]|(?:and|or)[ \u00a0])(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;
  for (let m = re.exec(around); m; m = re.exec(around)) {
    const w = m[1] ?? m[2];
    if (w !== word && ELEMENT_PREFIXES.has(w.toUpperCase())) return true;
  }
  return false;
}

/** Secureworks' element prefixes, and the bare element names Microsoft once gave groups. */
const ELEMENT_PREFIXES = new Set(['BRONZE', 'IRON', 'COBALT', 'NICKEL', 'GOLD', 'TUNGSTEN', 'PLATINUM', 'ALUMINUM', 'ALUMINIUM', 'CARBON', 'COPPER', 'ZINC', 'TIN', 'SILVER', 'LEAD']);

/**
 * "Secureworks: BRONZE (China), IRON (Russia), COBALT (Iran)", "Secureworks uses COBALT, and Proofpoint...": a bare
 * element word glossed by a bracket, listed beside another bare one, named as what a vendor uses or called a prefix, is the
 * naming scheme's prefix, not one group.
 */
export function schemePrefix(text: string, s: number, e: number): boolean {
  if (e - s > 9) return false; // longer than ALUMINIUM: most hits, decided without a slice
  const word = text.slice(s, e);
  if (!ELEMENT_PREFIXES.has(word)) return titleCasePrefix(text, s, e, word);
  if (text.charCodeAt(e) === 0x20 && text.charCodeAt(e + 1) === 0x28) return true;
  // "GOLD BAR CON", "GOLD BLADE": a scheme name we do not know, or a caps headline, not the bare alias
  if ((text.charCodeAt(e) === 0x20 || text.charCodeAt(e) === 0xa0) && /^[A-Z]{2}/.test(text.slice(e + 1, e + 3))) return true;
  if (/(?:uses|use|prefix|prefixes|label|labels|under|with)[ \u00a0]$/.test(text.slice(Math.max(0, s - 10), s))) return true;
  // "Secureworks’ NICKEL prefix denotes North Korea"
  if (/^[ \u00a0](?:prefix|prefixes|label|labels)(?![\p{L}\p{N}])/u.test(text.slice(e, e + 10))) return true;
  // within the block: what a neighbouring table cell holds depends on where the text was cut into chunks
  const from = blockFrom(text, s, 40);
  const to = blockTo(text, e, 40);
  const around = text.slice(from < 0 ? s - 40 : from, to < 0 ? e + 40 : to);
  const re = /(?<![\p{L}\p{N}])([A-Z]{3,9})(?![\p{L}\p{N}])(?![ \u00a0][A-Z]{2})/gu;
  for (let m = re.exec(around); m; m = re.exec(around)) if (m[1] !== word && ELEMENT_PREFIXES.has(m[1])) return true;
  return false;
}

/**
 * A scheme name written in lower case as one name ("midnight blizzard did it", "the lazarus group"), not as
 * words of a phrase ("a fancy bear-skin rug", "an actual midnight blizzard"): only this can be the group, and
 * only on a page that names it properly (see Matcher.rowsFitting).
 */
export function lowerSchemeName(text: string, s: number, e: number): boolean {
  let sp = e - 1;
  while (sp > s && !isSpace(text.charCodeAt(sp))) sp--;
  if (sp <= s || !SCHEME_WORDS.has(text.slice(sp + 1, e))) return false;
  return !wordsOfPhrase(text, s, e);
}

/** "a fancy bear-skin rug", "an actual midnight blizzard": lower-case words that belong to a phrase of their own. */
export function wordsOfPhrase(text: string, s: number, e: number): boolean {
  if (isHyphen(text.charCodeAt(e)) && isLetter(text.charCodeAt(e + 1))) return true;
  const before = wordBefore(text, s).toLowerCase();
  return before === 'a' || before === 'an';
}

/** ISO 4217 codes (and the crypto tickers) that newspapers write in currency pairs. */
const CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CNH', 'RMB', 'INR', 'ILS', 'NIS', 'RUB', 'KRW', 'KPW', 'CHF', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'TWD', 'BRL', 'MXN', 'ZAR', 'TRY', 'SAR', 'AED', 'QAR', 'KWD', 'IRR', 'PKR', 'UAH', 'PLN', 'CZK', 'HUF', 'SEK', 'NOK', 'DKK', 'THB', 'IDR', 'MYR', 'PHP', 'VND', 'NGN', 'KES', 'EGP', 'MAD', 'BTC', 'ETH', 'XMR', 'USDT', 'USDC']);

/** An amount written with a separator or a magnitude ("5,000", "84.21", "120 crore", "5 million"), not a bare number ("GRU 26165"). */
const AMOUNT = String.raw`(?:\d{1,3}(?:[,.]\d+)+|\d+(?:[.,]\d+)?[ \u00a0]?(?:million|billion|trillion|bn|mn|m|k|crore|lakh|thousand)\b)`;
const AMOUNT_AFTER = new RegExp(`^[ \u00a0]?${AMOUNT}`);
const AMOUNT_BEFORE = new RegExp(`${AMOUNT}[ \u00a0]$`);

/**
 * "NIS 5 million" (Israeli shekels), "INR 120 crore", "USD/INR 84.21", "5,000 MAD": a three-letter code beside
 * an amount, or in a currency pair, is money, not the agency that shares the letters.
 */
export function currencyUse(text: string, s: number, e: number): boolean {
  if (e - s !== 3) return false;
  // a pair needs a currency on the other side: "USD/INR", not "CISA/FBI" or "FBI/NSA"
  if (text.charCodeAt(e) === 0x2f && CURRENCIES.has(text.slice(e + 1, e + 4)) && !isLetter(text.charCodeAt(e + 4))) return true;
  if (text.charCodeAt(s - 1) === 0x2f && s >= 4 && CURRENCIES.has(text.slice(s - 4, s - 1)) && !isLetter(text.charCodeAt(s - 5))) return true;
  return AMOUNT_AFTER.test(text.slice(e, e + 24)) || AMOUNT_BEFORE.test(text.slice(Math.max(0, s - 24), s));
}

/**
 * Letters with the spellings that differ between house styles made one: "Center" as "Centre", "Organization"
 * as "Organisation", "Defense" as "Defence", "CyberSecurity" as "Cybersecurity" (the automaton already finds
 * these variants; the case rule must not then reject them).
 */
const STYLE_VARIANT = /[Cc]ent(?:er|re)|rgani[sz]ation|efen[cs]e|[Cc]yber[SCsc](?:ecurity|rime|pace)/;
function styleFold(letters: string): string {
  return letters.replace(/([Cc])enter/g, '$1entre').replace(/([Oo])rganization/g, '$1rganisation').replace(/([Dd])efense/g, '$1efence').replace(/([Cc]yber)([SC])(ecurity|rime|pace)/g, (_m, a: string, b: string, c: string) => a + b.toLowerCase() + c);
}

/** Does the page's spelling fit an exact-case alias? Exact letters, all capitals, or Title Case of an all-caps name. */
export function caseFits(pageLetters: string, aliasKey: string, allowTitle = true): boolean {
  if (pageLetters === aliasKey) return true;
  if (Math.abs(pageLetters.length - aliasKey.length) <= 1 && STYLE_VARIANT.test(aliasKey) && styleFold(pageLetters) === styleFold(aliasKey)) return true;
  if (pageLetters === pageLetters.toUpperCase() && pageLetters.toLowerCase() === aliasKey.toLowerCase()) return true;
  // "National Centre Against Organised Crime" for "National Centre against Organised Crime": title case
  if (allowTitle && minorWordsTitled(pageLetters, aliasKey)) return true;
  if (allowTitle && aliasKey === aliasKey.toUpperCase() && aliasKey.length >= 4 && pageLetters.toLowerCase() === aliasKey.toLowerCase()) {
    // "STRONTIUM" written "Strontium"; "HIDDEN COBRA" as "Hidden Cobra": the first letter must be a capital.
    const first = pageLetters.charAt(0);
    return first === first.toUpperCase() && first !== first.toLowerCase();
  }
  return false;
}

/** Minor words that names write in lower case and headlines and title case capitalise. */
const TITLED_MINOR = ['against', 'and', 'for', 'the', 'of', 'on', 'in', 'to', 'at', 'by', 'with'];

/** Do the letters differ from the alias's only where the page capitalises a minor word the alias writes in lower case? */
function minorWordsTitled(page: string, alias: string): boolean {
  if (page.length !== alias.length || page.toLowerCase() !== alias.toLowerCase()) return false;
  for (let i = 0; i < alias.length; i++) {
    if (page[i] === alias[i]) continue;
    // a minor word in the alias: lower case, after a letter, and followed by a capital or the end
    const w = TITLED_MINOR.find((m) => alias.startsWith(m, i) && i > 0 && (i + m.length === alias.length || /\p{Lu}/u.test(alias[i + m.length])));
    if (!w || page[i] !== alias[i].toUpperCase() || page.slice(i + 1, i + w.length) !== alias.slice(i + 1, i + w.length)) return false;
    i += w.length - 1;
  }
  return true;
}

const TOKEN_LIMIT = 256;
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isUpperLatin = (c: number) => c >= 0x41 && c <= 0x5a;
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === BLOCK_BREAK_CODE || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);

/**
 * Arabic writes "and", "by", "for", "as" and "so" (و ب ل ك ف) joined to the next word, drawn out with a tatweel or
 * not; Hebrew "and", "in", "to", "from", "that", "as" and the article (ו ב ל מ ש כ ה). One or two of them open the
 * word: "والموساد", "وبـAPT34", "והמוסד", "בFBI". A name or cue word is found after them (compile: joinedForms)
 * and the mention leaves them out, as a Hebrew name's article ("המוסד" is reported as "מוסד", as "the" is left
 * out in English). The letters are in normalise.ts, with the folds.
 */
const HEBREW_PREFIX_CODES = new Set(HEBREW_PREFIXES.map((c) => c.charCodeAt(0)));
const TATWEEL = 0x640;
/** One or two of `codes`, opening their word, right before `s` (a tatweel after each, where `tatweel`)? */
function prefixesBefore(text: string, s: number, codes: ReadonlySet<number>, tatweel: boolean): boolean {
  let i = s - 1;
  if (tatweel && text.charCodeAt(i) === TATWEEL) i--;
  let n = 0;
  while (n < 2 && i >= 0 && codes.has(text.charCodeAt(i))) { n++; i--; if (tatweel && text.charCodeAt(i) === TATWEEL) i--; }
  return n > 0 && (i < 0 || !isWordChar(text.charCodeAt(i)));
}
/** Is the letter at `s` (of any script: "وOilRig") right after prefixes that Arabic or Hebrew join to it? */
export function afterJoinedPrefix(text: string, s: number): boolean {
  return s > 0 && isLetter(text.charCodeAt(s)) && (prefixesBefore(text, s, ARABIC_CLITIC_CODES, true) || prefixesBefore(text, s, HEBREW_PREFIX_CODES, false));
}
/** The Hebrew prefixes joined before a word: one, or "and" or "that" and one more ("וה", "שב"). */
const HEBREW_JOINED: readonly string[] = [...HEBREW_PREFIXES, ...['\u05d5', '\u05e9'].flatMap((a) => HEBREW_PREFIXES.filter((b) => b !== a && b !== '\u05d5').map((b) => a + b))];
/** 1 when a Hebrew key is written with its article ("המוסד"), which the mention leaves out; else 0. */
export function hebrewArticle(key: string): number {
  return key.charCodeAt(0) === 0x05d4 && key.length >= 4 && isHebrewLetter(key.charCodeAt(1)) ? 1 : 0;
}
/**
 * The other forms a folded name or cue word `key` takes in text, with prefixes its script joins before it, each
 * with the code units its pattern skips (reported without): "و" + key, "וה" + key... (none for other scripts).
 */
export function joinedForms(key: string): { key: string; skip: number }[] {
  const c = key.charCodeAt(0);
  if (isArabicLetter(c)) return ARABIC_CLITICS.map((p) => ({ key: p + key, skip: 1 }));
  if (!isHebrewLetter(c)) return [];
  const article = hebrewArticle(key);
  // (the article is no second time before a key that has it: "ההמוסד")
  return HEBREW_JOINED.filter((p) => !(article && p.endsWith('\u05d4'))).map((p) => ({ key: p + key, skip: p.length + article }));
}

/**
 * "Akiras läckagesajt", "Säpos lägesbild": the Nordic (and German) genitive, an "s" joined to a capitalised
 * one-word name. The mention is the name without it. Names that are ordinary words never take it (matcher:
 * "Plays", "Ticks" are words). Swedish puts a colon before it after an acronym ("GRU:s rapport"): colonEnding.
 */
export function genitiveS(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(e) !== 0x73 || e - s < 3 || !isUpperLetter(text.charCodeAt(s))) return false;
  // one word, not in capitals: "Muddy Waters", "Black Cats", "SBUs", "NCSCs" are another name or a plural
  // ("E-tjenestens": a hyphen between letters is part of the one word)
  for (let i = s + 1; i < e; i++) { const c = text.charCodeAt(i); if (!(isLetter(c) || (c === 0x2d && i < e - 1 && isLetter(text.charCodeAt(i - 1)))) || (i === e - 1 && isUpperLetter(c))) return false; }
  const last = text.charCodeAt(e - 1);
  return isLetter(last) && last !== 0x73 && last !== 0x53 && !isWordChar(text.charCodeAt(e + 1));
}

/**
 * Names are declined, and the mention spans the whole word. Russian, Ukrainian, Serbian and Bulgarian: "с Европолом", "Європолу",
 * "о Киберпартизанах", only for a capitalised name ("на солнцепёке", in the blazing sun, is the plain word, not
 * the group «Солнцепёк»).
 */
const CYRILLIC_ENDINGS = new Set(['а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'і', 'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ої', 'ах', 'ях', 'ам', 'ям', 'ов', 'ев', 'ів', 'ові', 'еві', 'ами', 'ями',
  // and Bulgarian's article joined to the name ("Предаторът", "Пегасусът"), Serbian's instrumental ("Предатором")
  'ът', 'ят', 'та', 'то', 'те']);
/**
 * Polish, Czech and Slovak decline foreign names too, joining the ending to a capitalised Latin name that ends in a
 * consonant: "Pegasusa", "z Pegasusem", "Europolu", "Cozy Beara", "LockBita", "Sandwormowi" ("y" is none:
 * "Predatory" is an English word; nor is "s", the genitiveS); Romanian joins its article the same way
 * ("Pegasusul", "Predatorului").
 */
const LATIN_CASE_ENDINGS = new Set(['a', 'u', 'em', 'ie', 'owi', 'ovi', 'om', 'ami', 'ach', 'ów', 'ul', 'ului']);
/**
 * Turkish joins its case suffixes to a name of several words that ends in a possessive vowel, without the
 * apostrophe it puts after other names: "Emniyet Genel Müdürlüğünün", "Siber Suçlarla Mücadele Daire Başkanlığına".
 */
const TURKISH_ENDINGS = new Set(['nın', 'nin', 'nun', 'nün', 'na', 'ne', 'nda', 'nde', 'ndan', 'nden', 'yla', 'yle']);
const isCyrillic = (c: number) => c >= 0x0400 && c <= 0x04ff;
const isCyrillicCapital = (c: number) => (c >= 0x0400 && c <= 0x042f) || c === 0x0490;
const isLowerConsonant = (c: number) => c >= 0x61 && c <= 0x7a && c !== 0x61 && c !== 0x65 && c !== 0x69 && c !== 0x6f && c !== 0x75 && c !== 0x79;
const isTurkishPossessiveVowel = (c: number) => c === 0x131 || c === 0x69 || c === 0x75 || c === 0xfc; // ı i u ü
/** The length of an ending of `endings` that starts at `at` and ends the word (0: none). */
function endingIn(endings: ReadonlySet<string>, text: string, at: number, longest = 4): number {
  // The endings are letters, so only the whole run of word characters from `at` can be one: one lookup, and none
  // for a run longer than any ending (most of the automaton's hits inside a longer word ask this).
  let k = 0;
  while (k <= longest && at + k < text.length && isWordChar(text.charCodeAt(at + k))) k++;
  return k >= 1 && k <= longest && endings.has(text.slice(at, at + k)) ? k : 0;
}
/**
 * Hungarian joins its case suffixes to any name, and lengthens a final "a" or "e" before them: "Pegasust",
 * "Akirához" (folded, "Akirá" reads as "Akira"), "Lazarusnak", "Alkotmányvédelmi Hivataltól"; "with" doubles the
 * last consonant ("NSO Grouppal", "Pegasusszal"). Only in a passage written in Hungarian (see hungarianPassage):
 * elsewhere "Tick" and "et" would make "Ticket". A suffix after a hyphen ("az NBSZ-t") is not part of the name.
 */
const HUNGARIAN_ENDINGS = new Set(['t', 'ot', 'et', 'öt', 'at', 'nak', 'nek', 'ban', 'ben', 'ba', 'be', 'ból', 'ből', 'ra', 're', 'ról', 'ről', 'on', 'en', 'ön', 'n',
  'hoz', 'hez', 'höz', 'tól', 'től', 'nál', 'nél', 'val', 'vel', 'ért', 'ig', 'ként', 'ja', 'je', 'ját', 'jét', 'jának', 'jével', 'jával']);
/** Letters only Hungarian writes: "ő", "ű". */
const isHungarianLetter = (c: number) => c === 0x151 || c === 0x171 || c === 0x150 || c === 0x170;
/** Letters only Czech and Slovak write: "ě", "ř", "ů", "ľ", "ĺ", "ŕ", "ť", "ď", "ň". */
const isCzechLetter = (c: number) => c === 0x11b || c === 0x159 || c === 0x16f || c === 0x13e || c === 0x13a || c === 0x155 || c === 0x165 || c === 0x10f || c === 0x148;
/**
 * The block around `at` (between BLOCK_BREAKs) and the letters it holds that say its language: Hungarian, Czech or
 * Slovak, a Latin-script Slavic language, Finnish. A property of the block alone, so every way of reading a page in
 * chunks decides the same. The last block asked about is kept: the automaton asks for each name that letters run
 * on from, and each block is read once.
 */
const blockLetters = { text: '', from: 0, to: -1, hungarian: false, czech: false, slavic: false, finnish: false, estonian: false };
/** Letters of the Latin-script Slavic languages (and the Baltic ones), which decline surnames: "č", "ć", "š", "ž", "đ". */
const isSlavicLetter = (c: number) => c === 0x10d || c === 0x10c || c === 0x107 || c === 0x106 || c === 0x161 || c === 0x160 || c === 0x17e || c === 0x17d || c === 0x111 || c === 0x110;
function lettersOfBlock(text: string, at: number): typeof blockLetters {
  const b = blockLetters;
  if (b.text === text && at >= b.from && at <= b.to) return b;
  let from = at;
  while (from > 0 && text.charCodeAt(from - 1) !== BLOCK_BREAK_CODE) from--;
  let to = at;
  while (to < text.length && text.charCodeAt(to) !== BLOCK_BREAK_CODE) to++;
  let hungarian = false;
  let czech = false;
  let slavic = false;
  // Finnish writes "ä" and "ö" but neither "ü" nor "ß" (German) nor "å" (Swedish, Norwegian, Danish)
  let umlaut = false;
  let notFinnish = false;
  // Estonian writes "õ", which no other language with case endings joined to names does (Portuguese has it, but
  // joins none)
  let otilde = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc4) continue;
    if (c === 0xe4 || c === 0xf6 || c === 0xc4 || c === 0xd6) { umlaut = true; continue; }
    if (c === 0xfc || c === 0xdc || c === 0xdf || c === 0xe5 || c === 0xc5) { notFinnish = true; continue; }
    if (c === 0xf5 || c === 0xd5) { otilde = true; continue; }
    hungarian ||= isHungarianLetter(c);
    czech ||= isCzechLetter(c);
    slavic ||= isSlavicLetter(c);
  }
  Object.assign(b, { text, from, to, hungarian, czech, slavic, finnish: umlaut && !notFinnish && !hungarian, estonian: otilde && !hungarian });
  return b;
}
/** Is the block at `at` written in Hungarian (it holds "ő" or "ű")? */
const hungarianPassage = (text: string, at: number) => lettersOfBlock(text, at).hungarian;
const czechPassage = (text: string, at: number) => lettersOfBlock(text, at).czech;
/** Is the block at `at` written in a Latin-script Slavic (or Baltic) language, which declines names? */
export const slavicPassage = (text: string, at: number) => lettersOfBlock(text, at).slavic;
const isLowerLatin = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x17f && (c & 1) === 1);
/** The length of a Hungarian suffix at `at`, joined to a name whose last letter is text[at - 1], that ends the word (0: none). */
function hungarianEndingAt(text: string, at: number): number {
  if (!isLowerLatin(text.charCodeAt(at))) return 0;
  let n = 0;
  const last = text.charCodeAt(at - 1);
  // "with", the last consonant doubled: "Grouppal", "Pegasusszal" (an "s" read as Hungarian "sz")
  if (isLowerConsonant(last)) {
    for (let d = last === 0x73 ? 2 : 1; d >= 1 && !n; d--) {
      const vowel = text.charCodeAt(at + d);
      if (text.charCodeAt(at) === last && (d === 1 || text.charCodeAt(at + 1) === 0x7a) && (vowel === 0x61 || vowel === 0x65) && text.charCodeAt(at + d + 1) === 0x6c && !isWordChar(text.charCodeAt(at + d + 2))) n = d + 2;
    }
  }
  n ||= endingIn(HUNGARIAN_ENDINGS, text, at, 5);
  return n && hungarianPassage(text, at) ? n : 0;
}
/**
 * Finnish joins its case endings to a name ("Akiran", "Supolle", "Sandwormin", "LockBitillä", "Intellexaan"), in a
 * block written in Finnish (see lettersOfBlock); after an acronym or a number it puts a colon first ("APT31:n",
 * "KRP:n"), which colonEnding reads.
 */
const FINNISH_ENDINGS = new Set(['n', 'in', 'a', 'ä', 'ia', 'iä', 'ta', 'tä', 'ssa', 'ssä', 'issa', 'issä', 'sta', 'stä', 'ista', 'istä', 'lle', 'ille', 'lla', 'llä', 'illa', 'illä',
  'lta', 'ltä', 'ilta', 'iltä', 'iin', 'an', 'en', 'on', 'un', 'än', 'ön', 'aan', 'ään', 'een', 'hin', 'hun', 'ksi', 'iksi', 'na', 'nä', 'ina', 'inä']);
/**
 * Estonian, Finnish's neighbour, joins its endings to a foreign name too, most often after a genitive "i"
 * ("Sandwormi", "Sandwormiga", "Fancy Beariks", "Midnight Blizzardiks", "Gamaredoni") and a partitive "t"
 * ("Turlat"), in a block with "õ" (one with "ä" or "ö" alone reads as Finnish: Swedish "Säkerhetspolisens" keeps its
 * genitive "s" outside).
 */
const ESTONIAN_ENDINGS = new Set(['i', 't', 'd', 'id', 'ide', 'ga', 'iga', 'ks', 'iks', 'le', 'ile', 'l', 'il', 'lt', 'ilt', 'st', 'ist', 's', 'is', 'sse', 'isse', 'ni', 'ini', 'na', 'ina', 'ta', 'ita']);
function finnicEndingAt(text: string, at: number): number {
  if (!isLowerLatin(text.charCodeAt(at))) return 0;
  const b = lettersOfBlock(text, at);
  return b.estonian ? endingIn(ESTONIAN_ENDINGS, text, at) : b.finnish ? endingIn(FINNISH_ENDINGS, text, at) : 0;
}
/**
 * "APT31:n", "KRP:n kanssa", "NoName057(16):n", "GRU:lle", Swedish "GRU:s rapport": a case ending after a colon,
 * joined to an acronym, a code or a number, is no part of the name and no identifier ("x:y").
 */
export function colonEnding(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(e) !== 0x3a) return false;
  const last = text.charCodeAt(e - 1);
  if (!isUpperLetter(last) && !isDigit(last) && last !== 0x29) return false;
  let k = e + 1;
  while (k < text.length && k - e <= 5 && isLowerLatin(text.charCodeAt(k))) k++;
  return k > e + 1 && k - e <= 5 && !isWordChar(text.charCodeAt(k));
}

/** Czech and Slovak decline an acronym by joining the ending to it: "NÚKIBu", "s NÚKIBem", "BISky" is none. */
const ACRONYM_ENDINGS = new Set(['u', 'em', 'a', 'ovi', 'om', 'ou']);

/** The length of the case ending joined to the name at [s, e) (0: none). */
export function caseEnding(text: string, s: number, e: number): number {
  const first = text.charCodeAt(s);
  const last = text.charCodeAt(e - 1);
  if (isCyrillicCapital(first) && isCyrillic(last) && isCyrillic(text.charCodeAt(e))) return endingIn(CYRILLIC_ENDINGS, text, e);
  if (!isLowerLatin(text.charCodeAt(e)) || !isUpperLetter(first)) return 0;
  const hu = hungarianEndingAt(text, e) || finnicEndingAt(text, e);
  if (hu) return hu;
  if (e - s >= 3 && isUpperLetter(last) && text.slice(s, e) === text.slice(s, e).toUpperCase() && czechPassage(text, e)) return endingIn(ACRONYM_ENDINGS, text, e);
  if (first < 0x41 || first > 0x5a) return 0;
  if (isLowerConsonant(last)) return endingIn(LATIN_CASE_ENDINGS, text, e);
  // (a name of several words only: "Başkanlığına", not the one-word "Conti" and "na")
  return isTurkishPossessiveVowel(last) && text.slice(s, e).includes(' ') ? endingIn(TURKISH_ENDINGS, text, e) : 0;
}
/** The length of a Latin-script case ending (Polish, Czech, Turkish) that starts at `at` and ends the word, whatever precedes it. */
export function latinEndingAt(text: string, at: number): number {
  return endingIn(LATIN_CASE_ENDINGS, text, at) || endingIn(TURKISH_ENDINGS, text, at);
}
/**
 * What ASCII letters may run on from a name and still end its word: a genitive "s" or a Latin case ending. The
 * automaton reports such an occurrence; the matcher decides it (genitiveS, caseEnding).
 */
export function joinedEndingAt(text: string, at: number): number {
  return text.charCodeAt(at) === 0x73 && !isWordChar(text.charCodeAt(at + 1)) ? 1 : latinEndingAt(text, at) || hungarianEndingAt(text, at) || finnicEndingAt(text, at);
}

/**
 * Word and token boundaries around text[s, e): never inside a longer word, identifier, file name,
 * URL or e-mail address. Names in unspaced scripts (Chinese, Japanese, Korean) need no word boundary, and
 * their letters make one for a name in another script.
 */

export function boundariesOk(text: string, s: number, e: number): boolean {
  const first = text.charCodeAt(s);
  const last = text.charCodeAt(e - 1);
  const before = s > 0 ? text.charCodeAt(s - 1) : 0x20;
  const after = e < text.length ? text.charCodeAt(e) : 0x20;
  // "MirrorFaceによる", "由APT41发起": a Latin name beside Chinese, Japanese or Korean letters is a word of its own
  if (!isUnspacedScript(first) && isWordChar(before) && !isUnspacedScript(before) && !afterJoinedPrefix(text, s)) return false;
  if (!isUnspacedScript(last) && isWordChar(after) && !isUnspacedScript(after) && !caseEnding(text, s, e) && !genitiveS(text, s, e)) return false;
  if (before === 0x5f || after === 0x5f || before === 0x40 || after === 0x40) return false; // _ @
  // "the Northern Prudential Authority (NPA-R)": an acronym with one more capital after a hyphen is another code
  if (after === 0x2d && isUpperLatin(last) && e + 1 < text.length && isUpperLatin(text.charCodeAt(e + 1)) && !(e + 2 < text.length && isWordChar(text.charCodeAt(e + 2))) && isUpperLatin(text.charCodeAt(e - 2))) return false;
  if (before === 0x2f || before === 0x5c || after === 0x5c) { if (looksLikeUrlOrPath(text, s, e)) return false; }
  // "x.apt28" or "apt28.exe" / "apt28.example.com": a dot joined to word characters on both sides.
  if (before === 0x2e && s > 1 && isWordChar(text.charCodeAt(s - 2))) return false;
  // A digit after the dot is a footnote or a list ("Volt Typhoon.1"), not a file name.
  if ((after === 0x2e || after === 0x2f || after === 0x3a) && e + 1 < text.length && isWordChar(text.charCodeAt(e + 1)) && !isUnspacedScript(text.charCodeAt(e + 1)) && !(after === 0x2e && isDigit(text.charCodeAt(e + 1)) && text.charCodeAt(e - 2) !== 0x2e) && !colonEnding(text, s, e)) {
    if (after !== 0x2f || looksLikeUrlOrPath(text, s, e)) return false;
  }
  return !looksLikeUrlOrPath(text, s, e);
}

const FILE_EXTENSION = /^\.(?:txt|exe|dll|ps1|bat|cmd|vbs|js|lnk|zip|rar|7z|iso|docx?|xlsx?|pdf|html?|sh|py|bin|dat|log|sys)[)"”.,;:]*$/i;

/** Is the white-space-delimited token around text[s, e) a URL, an e-mail address, a path or a file's name? */
function looksLikeUrlOrPath(text: string, s: number, e: number): boolean {
  let a = s;
  while (a > 0 && s - a < TOKEN_LIMIT && !isSpace(text.charCodeAt(a - 1))) a--;
  let b = e;
  while (b < text.length && b - e < TOKEN_LIMIT && !isSpace(text.charCodeAt(b))) b++;
  if (a === s && b === e) return false;
  // Every form below needs one of : @ \ / [, a leading "www." or a file extension: most tokens have none, and need no regex.
  let marks = false;
  let bracket = false;
  let dot = -1;
  for (let i = a; i < b && !marks; i++) { const c = text.charCodeAt(i); marks = c === 0x3a || c === 0x40 || c === 0x5c || c === 0x2f; bracket ||= c === 0x5b; if (c === 0x2e) dot = i; }
  // "the filename INC-README.txt": a file's name
  if (!marks && dot >= e && FILE_EXTENSION.test(text.slice(dot, b))) return true;
  const www = b - a > 4 && text.slice(a, a + 4).toLowerCase() === 'www.';
  if (!marks && !bracket && !www) return false;
  const token = text.slice(a, b);
  // "seedworm-cdn[.]net", "hxxps://files.mango-sandstorm[.]info": an indicator written defanged is a domain or URL
  if (/\[\.\]|\[dot\]|^hxxps?:/i.test(token)) return true;
  if (!marks && !www) return false;
  // "(joint CISA/FBI/HHS/MS-ISAC)": acronyms joined by slashes are a list, not a path
  if (/^[("“]?[A-Z][A-Z0-9.-]*(?:\/[A-Z][A-Z0-9.-]*)+[)"”.,;:]*$/.test(token)) return false;
  return /[a-z][a-z0-9+.-]*:\/\/|^(www\.)|[^\s@]+@[^\s@]+\.[a-z]|[\\]|\/[^\s/]*\/|\.[a-z]{2,24}\//i.test(token);
}

/**
 * Words that say a passage is about cyber operations or intelligence. An ordinary-word name
 * (Predator, Silence, Gold) counts as a mention only near one of these, or near another mention.
 * A cue written here in capitals counts only in capitals ("APT", not "an apt week").
 */
export const CONTEXT_CUES: readonly string[] = [
  'hacker', 'hackers', 'hacking', 'hacked', 'hacktivist', 'hacktivists',
  'cyber', 'cyberattack', 'cyberattacks', 'cyber attack', 'cyber attacks', 'cybersecurity', 'cyber security', 'cyberespionage', 'cyber espionage', 'cybercrime', 'cybercriminal', 'cybercriminals', 'cyber operations',
  'spyware', 'malware', 'ransomware', 'stalkerware', 'backdoor', 'backdoors', 'botnet', 'botnets', 'rootkit', 'infostealer',
  'APT', 'advanced persistent threat', 'threat actor', 'threat actors', 'threat group', 'threat intelligence', 'state sponsored', 'nation state', 'state backed',
  'espionage', 'spyware vendor', 'surveillance', 'intelligence agency', 'intelligence agencies', 'intelligence service', 'intelligence services', 'intelligence officers', 'intelligence community', 'spy agency', 'spy agencies',
  'data breach', 'breached', 'intrusion', 'intrusions', 'infiltrated', 'exfiltrated', 'exfiltration',
  'phishing', 'spear phishing', 'exploit chain', 'zero day', 'zero days', 'zero click', 'vulnerability', 'vulnerabilities', 'CVE', 'command and control',
  // the defender's words: what a detection rule, a changelog or an advisory says it catches
  'wiper', 'wipers', 'web shell', 'web shells', 'webshell', 'webshells', 'keylogger', 'lateral movement', 'credential dumping', 'yara rule', 'yara rules', 'sigma rule', 'sigma rules', 'detection rule', 'detection rules', 'indicators of compromise', 'IOCs',
  // the ransomware trade's own words ("the leak site", "its encryptor", "a double extortion")
  'leak site', 'leak sites', 'double extortion', 'encryptor', 'encryptors', 'decryptor', 'decryptors', 'initial access broker', 'initial access brokers', 'ransom payment', 'ransom payments', 'ransom demand', 'ransom demands',
  'citizen lab', 'amnesty tech', 'mercenary spyware', 'commercial spyware', 'targeted attack', 'targeted attacks', 'ddos', 'denial of service',
  // influence operations, named as such ("disinformation" alone is any politics page's word)
  'influence operation', 'influence operations', 'disinformation campaign', 'disinformation campaigns', 'campagne de désinformation', 'campagnes de désinformation', 'opération d’influence', 'opérations d’influence', 'ingérence numérique', 'ingérences numériques', 'campaña de desinformación', 'desinformationskampagne',
  // threat-intelligence companies, whose names stand where their research is cited ("which Symantec caught", "Check Point linked")
  'symantec', 'mandiant', 'crowdstrike', 'kaspersky', 'proofpoint', 'secureworks', 'check point', 'recorded future', 'sentinelone', 'trend micro', 'palo alto networks', 'sygnia', 'eset',
  // the same in the European languages news is most often read in
  'cyberattaque', 'cyberattaques', 'pirates informatiques', 'piratage', 'logiciel espion', 'logiciels espions', 'rançongiciel', 'rançongiciels', 'espionnage', 'cybercriminels', 'cybersécurité', 'logiciel malveillant',
  'ciberataque', 'ciberataques', 'piratas informáticos', 'programa espía', 'software espía', 'ciberespionaje', 'ciberdelincuentes', 'ciberseguridad', 'espionaje',
  'cyberangriff', 'cyberangriffe', 'hackerangriff', 'hackergruppe', 'spionage', 'schadsoftware', 'erpressersoftware', 'cyberspionage', 'cybersicherheit', 'cyberkriminelle', 'staatstrojaner',
  'spionagesoftware', 'spähsoftware', 'hackerangriffe', 'cyberattacke', 'cyberattacken', 'erpressergruppe', 'datenleck', 'sicherheitslücke', 'sicherheitslücken',
  'attacco informatico', 'attacchi informatici', 'pirati informatici', 'spionaggio', 'cyberspionaggio', 'criminali informatici', 'sicurezza informatica',
  'cyberaanval', 'cyberaanvallen', 'hackersgroep', 'hackersgroepen', 'cybercriminelen', 'gijzelsoftware', 'inlichtingendienst', 'inlichtingendiensten', 'cyberveiligheid',
  'pirates informàtics', 'ciberatac', 'ciberatacs', 'programari espia', 'programari maliciós', 'ciberseguretat', 'ciberespionatge', 'espionatge',
  'ataque informático', 'ataques informáticos', 'espionagem', 'ciberespionagem', 'software espião', 'cibercriminosos', 'cibersegurança',
  'hakerzy', 'hakerów', 'hakerska', 'hakerskie', 'cyberatak', 'cyberataki', 'cyberataku', 'cyberbezpieczeństwo', 'cyberbezpieczeństwa', 'szpiegostwo', 'złośliwe oprogramowanie', 'oprogramowanie szpiegujące',
  'hackeři', 'hackerů', 'hackerská', 'hackerské', 'kybernetická bezpečnost', 'kybernetickej bezpečnosti', 'kybernetický', 'kybernetické', 'špionáž', 'škodlivý software',
  'hackerům', 'hackery', 'hackerov', 'kybernetický útok', 'kybernetické útoky', 'kybernetických útoků', 'kyberútok', 'kyberútoky', 'kyberútoku', 'kyberútoků', 'kyberšpionáž',
  'kyberbezpečnost', 'kyberbezpečnosti', 'vyděračský software', 'škodlivý kód', 'špionážní software', 'špehovací software', 'škodlivý softvér', 'špionážny softvér',
  // Serbian, Croatian and Bosnian (Latin and Cyrillic), and Bulgarian: hackers, cyber attack, spyware, malware, ransomware, espionage
  'hakeri', 'hakera', 'hakerima', 'hakerski', 'hakerske', 'hakerskih', 'hakerskog', 'špijunski softver', 'špijunskog softvera', 'špijunski program', 'špijunskog programa',
  'kibernetički napad', 'kibernetičkih napada', 'kibernetičke sigurnosti', 'kibernetička sigurnost', 'sajber napad', 'sajber napada', 'sajber napadi', 'zlonamjerni softver', 'zlonamerni softver',
  'ransomver', 'špijunaža', 'špijunaže', 'шпијунски софтвер', 'шпијунског софтвера', 'сајбер напад', 'сајбер напада', 'сајбер напади', 'хакерски', 'хакерска', 'хакерске',
  'хакерската', 'хакерските', 'кибератаката', 'кибератаките', 'киберсигурност', 'киберсигурността', 'шпионски софтуер', 'шпионския софтуер', 'зловреден софтуер', 'рансъмуер',
  // Finnish: hackers, cyber attack(s), cyber security, data breach, malware, ransomware, spyware, espionage, DDoS, phishing
  'hakkeri', 'hakkerit', 'hakkereiden', 'hakkerien', 'hakkeriryhmä', 'hakkeriryhmän', 'kyberhyökkäys', 'kyberhyökkäykset', 'kyberhyökkäyksen', 'kyberhyökkäyksiä', 'kyberturvallisuus',
  'kyberturvallisuuden', 'tietomurto', 'tietomurron', 'tietomurrot', 'haittaohjelma', 'haittaohjelman', 'haittaohjelmat', 'kiristyshaittaohjelma', 'kiristyshaittaohjelman', 'kiristyshaittaohjelmat',
  'vakoiluohjelma', 'vakoiluohjelman', 'vakoiluohjelmat', 'vakoilu', 'vakoilun', 'kybervakoilu', 'palvelunestohyökkäys', 'palvelunestohyökkäykset', 'tietojenkalastelu', 'kyberrikolliset',
  'kiristysryhmä', 'kiristysryhmän', 'kiristysryhmät', 'kiristysryhmiä', 'kiristysryhmien', 'kiristyshaittaohjelmaryhmä', 'kaksoiskiristys', 'kiristysviesti',
  // Hungarian: hackers, cyber attack, cyber security, spyware, ransomware, espionage, malware, phishing
  'hackerek', 'hackerei', 'hackereket', 'hekker', 'hekkerek', 'kibertámadás', 'kibertámadások', 'kibertámadást', 'kiberbiztonság', 'kiberbiztonsági', 'kémprogram', 'kémprogramot',
  'kémprogramja', 'kémprogramok', 'kémszoftver', 'zsarolóvírus', 'zsarolóvírusos', 'zsarolóvírust', 'kémkedés', 'kiberkémkedés', 'kártevő', 'kártevőt', 'adathalász', 'adathalászat',
  // Greek: hackers, cyber attack(s), cyber security, spyware, malware, espionage, wiretaps, ransomware
  'χάκερ', 'χάκερς', 'κυβερνοεπίθεση', 'κυβερνοεπιθέσεις', 'κυβερνοεπιθέσεων', 'κυβερνοασφάλεια', 'κυβερνοασφάλειας', 'κατασκοπευτικό λογισμικό', 'κατασκοπευτικού λογισμικού',
  'κακόβουλο λογισμικό', 'κακόβουλου λογισμικού', 'λογισμικό κατασκοπείας', 'κατασκοπεία', 'κατασκοπείας', 'υποκλοπές', 'υποκλοπών', 'λυτρισμικό',
  'atac cibernetic', 'atacuri cibernetice', 'atacul cibernetic', 'hackeri', 'hackerii', 'securitate cibernetică', 'securității cibernetice', 'spionaj', 'criminalitate informatică',
  'siber', 'bilgisayar korsanları', 'bilgisayar korsanı', 'casusluk', 'casus yazılım', 'fidye yazılımı', 'zararlı yazılım',
  // Indonesian and Malay ("siber" above is theirs too): hacker, hacking, hacked, malware, ransomware, espionage, intelligence, data leak
  'peretas', 'peretasan', 'diretas', 'penggodam', 'penggodaman', 'digodam', 'perisian hasad', 'perisian tebusan', 'spionase', 'perisikan', 'intelijen', 'kebocoran data',
  'хакеры', 'хакерская', 'хакерской', 'хакерские', 'хакерских', 'кибератака', 'кибератаки', 'кибершпионаж', 'шпионаж', 'шпионское', 'вредоносное',
  'хакери', 'хакерів', 'хакерська', 'хакерське', 'кібератака', 'кібератаки', 'кібершпигунство', 'шпигунство', 'шпигунське', 'шкідливе', 'кіберзлочинці',
  // the same words in the cases running text puts them in (a cue is a whole word): hacker(s), hacktivists, cyber
  // attacks, cyber crime and security, extortionists (ransomware crews), spyware, phishing, break-ins, special services
  'хакер', 'хакера', 'хакеров', 'хакерам', 'хакерами', 'хакерах', 'хакерский', 'хакерскую', 'хакерским', 'хакерскими', 'хакерское', 'хакерского',
  'хактивисты', 'хактивистов', 'хактивистами', 'кибератак', 'кибератаку', 'кибератакой', 'кибератаками', 'кибератаках', 'кибершпионажа', 'кибершпионажем',
  'киберпреступники', 'киберпреступников', 'киберпреступность', 'кибербезопасность', 'кибербезопасности', 'вымогатели', 'вымогателей', 'вымогателями', 'программа-вымогатель', 'программы-вымогатели',
  'шпионская программа', 'шпионской программы', 'шпионские программы', 'шпионских программ', 'шпионского', 'вредоносного', 'вредоносные', 'вредоносных', 'вредоносной',
  'фишинг', 'фишинга', 'фишинговые', 'фишинговых', 'взлом', 'взлома', 'взломали', 'спецслужбы', 'спецслужб', 'спецслужба', 'спецслужбам', 'спецслужбами',
  'хакерські', 'хакерських', 'хактивісти', 'хактивістів', 'кібератак', 'кібератаку', 'кібератаці', 'кібербезпека', 'кібербезпеки', 'кібершпигунства',
  'вимагачі', 'вимагачів', 'фішинг', 'злам', 'зламали', 'спецслужби',
  // Chinese, Japanese and Korean: hacker, cyberattack, espionage, malware, ransomware
  '黑客', '网络攻击', '网络间谍', '间谍软件', '恶意软件', '勒索软件', 'ハッカー', 'サイバー攻撃', 'サイバー', 'スパイ', 'マルウェア', 'ランサムウェア', '해킹', '해커', '사이버', '악성코드', '랜섬웨어',
  // Hindi: hacker, hackers, cyber, spyware, espionage
  'हैकर', 'हैकरों', 'साइबर', 'स्पाइवेयर', 'जासूसी', 'हैकर्स', 'हैकिंग', 'रैनसमवेयर', 'मैलवेयर', 'फ़िशिंग', 'फिशिंग', 'साइबर हमला', 'साइबर हमले', 'साइबर हमलों',
  // Swedish, Danish and Norwegian: hackers, cyber attack, data intrusion, malware, ransomware and its compounds
  'hackare', 'hackarna', 'hackere', 'hackerne', 'hackergrupp', 'hackergruppen', 'cyberattacker', 'cyberangreb', 'cyberangrep', 'dataintrång', 'dataangrep', 'dataangreb', 'it-angreb', 'it-attack', 'it-attacker',
  'skadlig kod', 'skadlig programvara', 'skadevare', 'cybersäkerhet', 'cybersikkerhed', 'cybersikkerhet', 'ransomwaregrupp', 'ransomwaregruppen', 'ransomwaregruppe', 'ransomwaregrupper', 'ransomwareangreb', 'ransomwareangrep', 'ransomwareattack', 'ransomwareattacken', 'löseprogram', 'løsepengevirus', 'overbelastningsangreb', 'överbelastningsattacker',
  // Vietnamese: hackers, cyber attack, malware, spyware, espionage, cyber security
  'tin tặc', 'tấn công mạng', 'mã độc', 'mã độc tống tiền', 'phần mềm gián điệp', 'gián điệp', 'an ninh mạng', 'an toàn thông tin',
  // Arabic (each also with the clitics joined before it: compile), Persian and Hebrew: hackers, hacking, espionage,
  // spyware, cyber, malware, ransomware, phishing, cyber attack
  'قراصنة', 'القراصنة', 'قرصنة', 'القرصنة', 'هاكرز', 'اختراق', 'الاختراق', 'اختراقات', 'تجسس', 'التجسس', 'برنامج تجسس', 'برامج التجسس', 'برنامج التجسس', 'برمجيات التجسس', 'سيبراني', 'السيبراني', 'سيبرانية', 'السيبرانية',
  'هجوم إلكتروني', 'هجمات إلكترونية', 'الهجمات الإلكترونية', 'الهجوم الإلكتروني', 'برمجيات خبيثة', 'البرمجيات الخبيثة', 'برامج الفدية', 'برمجيات الفدية', 'التصيد الاحتيالي',
  'هکر', 'هکرها', 'جاسوسی', 'سایبری', 'بدافزار', 'باج‌افزار',
  // Urdu: hacker(s), hacking, cyber, cyber attack(s), spyware, ransomware, malware, phishing
  'ہیکر', 'ہیکرز', 'ہیکنگ', 'سائبر', 'سائبر حملہ', 'سائبر حملے', 'سائبر حملوں', 'جاسوسی سافٹ ویئر', 'اسپائی ویئر', 'رینسم ویئر', 'میلویئر', 'مالویئر', 'فشنگ',
  // Hebrew: hackers, cyber, espionage, spyware, ransomware
  'האקרים', 'סייבר', 'ריגול', 'רוגלה', 'תוכנת ריגול', 'כופרה',
];
/** CUE_IN_CAPS[i]: CONTEXT_CUES[i] counts only written in capitals. */
export const CUE_IN_CAPS: readonly boolean[] = CONTEXT_CUES.map((c) => c !== c.toLowerCase());


/** Words that may follow an ordinary-word name in title case without making it part of a longer proper name. */
const NAME_TAILS = new Set(['spyware', 'malware', 'ransomware', 'group', 'team', 'gang', 'hackers', 'actor', 'apt', 'campaign', 'operators', 'implant', 'backdoor', 'exploit', 'attacks', 'attack', 'infections', 'operation', 'ioc', 'iocs', 'ttps', 'c2']);

/** A company's legal form after its name: "Intellexa S.A.", "Cytrox Holdings Zrt", "Saito Tech Ltd.". */
export const LEGAL_FORM = /^[ \u00a0,]{1,2}(?:S\.A\.(?:L\.)?|SA|SAL|AG|AD|Zrt\.?|Kft\.?|Ltd\.?|LTD\.?|Limited|LIMITED|Inc\.?|INC\.?|LLC|GmbH|S\.r\.l\.|Srl|SRL|B\.V\.|BV|Pte\.? Ltd\.?|Co\., Ltd\.|PLC|plc|Corp\.?|S\.p\.A\.|SpA|OOO|ООО|d\.o\.o\.)(?![\p{L}\p{N}])/u;

/**
 * "Cobalt Ridge Labs", "Paragon Properties", "Pegasus String Quartet": an ordinary-word name directly
 * followed by another capitalised word is part of a longer proper name, not ours; an acronym (`acronym`) before
 * an office's title is not.
 */
export function followedByProperName(text: string, e: number, acronym = false): boolean {
  let i = e;
  if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0xa0) return false;
  i++;
  const c = text.charCodeAt(i);
  if (c < 0x80 && !(c >= 0x41 && c <= 0x5a)) return false; // not a capital: the common case, no regex
  // "после атак Conti Коста-Рика объявила": a word in another alphabet starts no longer name with this one
  if (!sameAlphabet(text.charCodeAt(e - 1), c)) return false;
  const m = /^[\p{Lu}][\p{L}\p{N}'’-]*/u.exec(text.slice(i, i + 40));
  if (!m) return false;
  const word = m[0].replace(/['’]s$/, '');
  if (word === word.toUpperCase() && word.length > 1 && allCapsAround(text, e, i)) return false; // an all-caps headline
  const lower = word.toLowerCase();
  // "Hermit Android spyware", "Predator iOS implant": a platform between a name and its kind
  if (PLATFORMS.has(lower)) return !NAME_TAILS.has(/^[ \u00a0](\p{L}+)/u.exec(text.slice(i + word.length, i + word.length + 16))?.[1]?.toLowerCase() ?? '');
  // "ASD Director-General Lachlan Birrell-Sato", "FBI Director Kash Patel": an agency's acronym before an office
  return !NAME_TAILS.has(lower) && !(acronym && OFFICES.has(lower));
}
const OFFICES = new Set(['director', 'director-general', 'deputy', 'chief', 'head', 'commissioner', 'spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'chair', 'chairman', 'agent', 'agents', 'officer', 'officers', 'analyst', 'analysts', 'official', 'officials']);
const PLATFORMS = new Set(['android', 'ios', 'iphone', 'windows', 'linux', 'macos', 'mobile']);

/**
 * Is the block written in capitals around a name that ends at `e` and the word after it at `next`: 40 characters
 * either side, within the block ("LAZARUS LEDGER" is a headline; "[00:00:04] AKIRA TANABE: Welcome" is a
 * speaker's label in a sentence). Bounded by the block, so a page read block by block decides the same.
 */
export function allCapsAround(text: string, e: number, next: number): boolean {
  let before = text.slice(Math.max(0, e - 40), e);
  before = before.slice(before.lastIndexOf(BLOCK_BREAK) + 1);
  let after = text.slice(next, next + 40);
  const end = after.indexOf(BLOCK_BREAK);
  if (end >= 0) after = after.slice(0, end);
  return before === before.toUpperCase() && after === after.toUpperCase();
}

/** Is `text[s, e)` all the block holds, but for spaces and punctuation (a table cell, a list item)? */
export function aloneInBlock(text: string, s: number, e: number): boolean {
  for (let i = s - 1; i >= 0 && text.charCodeAt(i) !== BLOCK_BREAK_CODE; i--) if (isWordChar(text.charCodeAt(i))) return false;
  for (let i = e; i < text.length && text.charCodeAt(i) !== BLOCK_BREAK_CODE; i++) if (isWordChar(text.charCodeAt(i))) return false;
  return true;
}

/**
 * "Paragon Solutions (Israel/US) — Graphite": does the block around `at` hold nothing but names (`spans`, the raw
 * hits read there), countries and minor words? Such a list item or cell is no title-case headline: its capitals
 * are the names' own. A headline has words of its own ("Play Ransomware Gang Hits Dallas").
 */
export function namesOnlyBlock(text: string, at: number, spans: readonly { start: number; end: number }[]): boolean {
  const from = blockFrom(text, at, SHORT_BLOCK);
  if (from < 0) return false;
  for (let i = from; i < text.length && text.charCodeAt(i) !== BLOCK_BREAK_CODE;) {
    if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
    const w = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    // minor words in lower case only: "THE MONSTER FROM DUNE" is a headline in capitals
    if (spans.some((h) => h.start <= w && i <= h.end) || MINOR_WORDS.has(text.slice(w, i)) || countryOf(text.slice(w, i))) continue;
    return false;
  }
  return true;
}

const DENIED = /[,(—–][ \u00a0]?not[ \u00a0](?:(?:the|an?)[ \u00a0])?$/;

/** Words before "surveillance" that make it another field's: markets', medicine's ("Market Surveillance System"). */
const SURVEILLANCE_OF = new Set(['market', 'markets', 'trade', 'trading', 'transaction', 'transactions', 'disease', 'diseases', 'health', 'public-health', 'epidemiological', 'syndromic', 'sentinel', 'wastewater', 'post-market', 'medical', 'patient', 'cancer', 'influenza', 'flu', 'avian', 'veterinary', 'pharmacovigilance',
  // an epidemiologist's and an ecologist's: "tick surveillance", "wastewater surveillance", "bird surveillance"
  'tick', 'mosquito', 'vector', 'pest', 'bird', 'wildlife', 'outbreak', 'genomic', 'laboratory', 'lab', 'polio', 'measles', 'covid', 'food', 'quality', 'traffic', 'weather']);
/** Is the cue at [s, e) a word of another field here ("the exchange's Market Surveillance System")? */
export function cueOfOtherField(text: string, s: number, e: number): boolean {
  if (e - s === 12 && text.slice(s, e).toLowerCase() === 'surveillance' && SURVEILLANCE_OF.has(wordBefore(text, s).toLowerCase())) return true;
  // "the force's Mobile Surveillance Squad (MSS)": a capitalised cue inside a name that the page spells out before
  // its acronym is that body's word, whatever the body does (a name of ours there is a mention of its own); not
  // "cyber" and "hack", which say what any body so named does ("our Cyber Defence Unit (CDU)")
  return isUpperLatin(text.charCodeAt(s)) && !/^(?:cyber|hack)/i.test(text.slice(s, e)) && spelledOutName(text, s, e);
}

/** The rest of a capitalised name after a word, then its acronym in brackets: " Squad (MSS)". */
const NAME_AFTER = /^((?:[ \u00a0](?:of|and|for|on|the|\p{Lu}[\p{L}'’-]*)){0,5})[ \u00a0]\((\p{Lu}{2,6})\)/u;
/**
 * Is the word at [s, e) inside a capitalised name whose initials (initialsBefore) are the acronym in brackets right
 * after it? The name's capitalised words after it must be fewer than the acronym's letters, so that it is one of the
 * words spelt ("the force's Mobile Surveillance Squad (MSS)").
 */
function spelledOutName(text: string, s: number, e: number): boolean {
  const after = NAME_AFTER.exec(text.slice(e, e + 90));
  if (!after) return false;
  let later = 0;
  for (const w of after[1].split(/[ \u00a0]/)) if (w && isUpperLatin(w.charCodeAt(0))) later++;
  return later < after[2].length && initialsBefore(text, e + after[1].length + 1, after[2]);
}

/**
 * "the film, not the spyware", "(not the malware)": a cue word at `s` that the words right before set aside, as
 * the thing the page is not about. A plain negation still speaks of it ("is not a hacktivist group").
 */
export function deniedBefore(text: string, s: number): boolean {
  return DENIED.test(text.slice(Math.max(0, s - 12), s));
}

/** A letter with a lower-case form of its own (a capital of a cased script). */
const isUpperLetter = (c: number) => { const ch = String.fromCharCode(c); return ch !== ch.toLowerCase(); };

const QUOTE_OPEN = new Set([0x22, 0x27, 0x201c, 0x2018]);

/**
 * Chinese words that hold a name's characters and mean something else: Formula One ("一级方程式") and formula
 * racing, the Sidewinder missile ("响尾蛇导弹"). Chinese writes no spaces, so the word around the name is read here.
 */
const HAN_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['方程式', ['一级方程式', '方程式赛车', '方程式赛事', '方程式大奖赛']],
  ['响尾蛇', ['响尾蛇导弹', '响尾蛇空空导弹', '响尾蛇”空空导弹', '响尾蛇"空空导弹']],
]);
/** Is the name at [s, e) part of one of HAN_WORDS's words for it? */
export function inHanWord(text: string, s: number, e: number): boolean {
  const words = HAN_WORDS.get(text.slice(s, e));
  if (!words) return false;
  for (const w of words) {
    const at = w.indexOf(text.slice(s, e));
    if (text.startsWith(w, s - at)) return true;
  }
  return false;
}

/** The dots that Chinese writes between the given name and the surname of a foreign person ("拉撒路·琼斯"). */
const isNameDot = (c: number) => c === 0xb7 || c === 0x2027;
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
/**
 * "拉撒路·琼斯", "马库斯·拉撒路": a name in Chinese characters joined by a name dot to more of them is one part of a
 * foreign person's name. (Korean lists names with the same dot: "라자루스·안다리엘".)
 */
export function dottedPersonName(text: string, s: number, e: number): boolean {
  if (!isHan(text.charCodeAt(s))) return false;
  return (isNameDot(text.charCodeAt(e)) && isHan(text.charCodeAt(e + 1))) || (isNameDot(text.charCodeAt(s - 1)) && isHan(text.charCodeAt(s - 2)));
}

/**
 * 'Teresa "Turla" Turla-Reyes', 'Joaquin “Tick” Santos': a capitalised word in quotes between a given name and a
 * surname is a person's nickname. The word before is a whole capitalised word of letters only (no "Russia's", no
 * acronym, no 'pro-Russian “hacktivists” Solntsepek').
 */
export function nickname(text: string, s: number, e: number): boolean {
  if (quotedNickname(text, s, e)) return true;
  // and the surname after one is a surname: 'Teresa "Turla" Turla-Reyes'
  if (!isSpace(text.charCodeAt(s - 1)) || !QUOTES_CLOSE.has(text.charCodeAt(s - 2))) return false;
  let q = s - 2;
  while (q > 0 && isLetter(text.charCodeAt(q - 1))) q--;
  return q < s - 2 && quotedNickname(text, q, s - 2);
}

function quotedNickname(text: string, s: number, e: number): boolean {
  if (!QUOTE_OPEN.has(text.charCodeAt(s - 1)) || !isSpace(text.charCodeAt(s - 2)) || !QUOTES_CLOSE.has(text.charCodeAt(e))) return false;
  if (!isUpperLetter(text.charCodeAt(s)) || !isSpace(text.charCodeAt(e + 1)) || !isUpperLetter(text.charCodeAt(e + 2))) return false;
  for (let i = s; i < e; i++) if (!isLetter(text.charCodeAt(i))) return false;
  let b = s - 2;
  while (b > 0 && isLetter(text.charCodeAt(b - 1))) b--;
  return s - 2 - b >= 2 && (b === 0 || isSpace(text.charCodeAt(b - 1))) && isUpperLetter(text.charCodeAt(b)) && !isUpperLetter(text.charCodeAt(b + 1));
}

/** Does the block around `at` open with a lower-case letter ("[14:12:29] with predator in egypt"), as captions do and prose never does? */
export function opensInLowerCase(text: string, at: number): boolean {
  const from = blockFrom(text, at, SHORT_BLOCK);
  if (from < 0) return false; // a block this long is prose
  for (let i = from; i < at; i++) {
    if (!isLetter(text.charCodeAt(i))) continue;
    const c = text[i];
    return c !== c.toUpperCase();
  }
  return false;
}

/**
 * Ordinary-word names that everyday language writes with a capital as well: a myth's winged horse, the man raised
 * from the dead, a film, a centipede's genus. In lower case in mixed-case prose ("If it's pegasus she'd never know")
 * they are a careless spelling of the name, not a common noun ("predator", "sandworm", "play" are not here).
 */
export const PROPER_WORDS = new Set(['pegasus', 'lazarus', 'akira', 'rhysida']);

/** A word in quotation marks of its own, as one writes of the word itself: “predator” and “pegasus,” are words. */
export function quotedWord(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(e);
  return QUOTE_OPEN.has(text.charCodeAt(s - 1)) && (QUOTES_CLOSE.has(c) || ((c === 0x2c || c === 0x2e) && QUOTES_CLOSE.has(text.charCodeAt(e + 1))));
}

/** A lower-case word used as a common noun: "a paragon of", "came into play", "the gold of". */
export function commonNounUse(text: string, s: number, e: number): boolean {
  const before = wordBefore(text, s).toLowerCase();
  return before === 'a' || before === 'an' || before === 'into' || /^[ \u00a0]of[ \u00a0]/.test(text.slice(e, e + 4));
}

/** Is `prefix` (the text before a name, with its trailing space) one or two words naming a country ("Russian ", "North Korean ")? */
export function isNationality(prefix: string): boolean {
  if (!/\s$/.test(prefix)) return false;
  const words = prefix.trim().split(/\s+/);
  return words.length <= 2 && isCountryAdjective(words.join(' '));
}

/** A nationality ("Russian ", "North Korean ") or an owner's possessive of one to three capitalised words ("Europol's ", "New Zealand's "). */
export function isQualifier(prefix: string): boolean {
  return isNationality(prefix) || /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}['’]s\s+$/u.test(prefix);
}

/** Words a title-case headline leaves in lower case. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'into', 'onto', 'over', 'via', 'vs', 'per', 'up', 'off', 'out', 'is', 'are', 'be', 's']);

/**
 * Is the block around `at` written without capitals, as auto-generated captions and some forum posts are ("for a
 * couple of years they were an affiliate of alphv")? At least 8 words, and at most one in 25 capitalised. Reads
 * at most 600 characters either side; `cache` (by block start) keeps one call per block.
 */
export function inLowerRegister(text: string, at: number, cache: Map<number, boolean>): boolean {
  const from = blockFrom(text, at, 600);
  const hit = from >= 0 ? cache.get(from) : undefined;
  if (hit !== undefined) return hit;
  const to = blockTo(text, at, 600);
  let words = 0;
  let capitals = 0;
  for (let i = from >= 0 ? from : at - 600, end = to >= 0 ? to : at + 600; i < end;) {
    if (!isLetter(text.charCodeAt(i)) || (i > 0 && isLetter(text.charCodeAt(i - 1)))) { i++; continue; }
    const first = text[i];
    const w = i;
    while (i < end && isLetter(text.charCodeAt(i))) i++;
    // "is that just for the US campus??": an acronym in capitals is how such writers spell it too; it says nothing of the register
    if (first.toLowerCase() !== first.toUpperCase() && !(i - w > 1 && isAllCapsWord(text, w, i))) {
      words++;
      if (first !== first.toLowerCase() && ++capitals * 25 > words + 50) break; // prose: its sentence capitals end this early
    }
  }
  const v = words >= 8 && capitals * 25 <= words;
  if (from >= 0) cache.set(from, v);
  return v;
}

/**
 * Is the block around offset `at` (the text between BLOCK_BREAKs) written in title case: at least three words,
 * every word capitalised except minor ones ("Russian Military Hackers Targeted Election Watchdog, Britain Says")?
 * `cache` (by block start) keeps one call per block. Ordinary prose answers at its first lower-case word.
 */
export function inTitleCase(text: string, at: number, cache: Map<number, boolean>): boolean {
  const from = blockFrom(text, at, SHORT_BLOCK);
  if (from < 0) return false; // no headline is this long
  const hit = cache.get(from);
  if (hit !== undefined) return hit;
  let words = 0;
  let caseless = 0;
  let title = true;
  for (let i = from; i < text.length && text.charCodeAt(i) !== BLOCK_BREAK_CODE;) {
    if (!isLetter(text.charCodeAt(i))) { i++; continue; }
    let j = i;
    while (j < text.length && isLetter(text.charCodeAt(j))) j++;
    // "Hack-and-leak Persona": a word joined by a hyphen to the one before takes that word's capital or not
    if (i - from >= 2 && isHyphen(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i - 2))) { i = j; continue; }
    const first = text[i];
    const lower = first.toLowerCase();
    if (lower !== first.toUpperCase()) {
      if (first !== lower) words++;
      else if (!MINOR_WORDS.has(text.slice(i, j))) { title = false; break; }
    } else caseless++; // a caseless script's word says nothing either way
    i = j;
  }
  // "3분기 랜섬웨어 동향: Qilin·Akira·LockBit": a line mostly in a script without capitals has no title case, and
  // the capitals of the Latin names in it are their own
  const v = title && words >= 3 && caseless < words;
  cache.set(from, v);
  return v;
}

/** Titles that are written abbreviated, with a dot: "Mr.", "Gen.", "St.". */
const ABBREVIATED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st']);
/** Titles written before a person's surname ("Mr. Lazarus", "Senator Conti"). Lower case, without the dot. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'judge', 'justice', 'gen', 'general', 'lt', 'col', 'colonel', 'capt', 'captain', 'sgt', 'sergeant', 'sir', 'dame', 'lord', 'lady', 'minister', 'president', 'chancellor', 'director', 'inspector', 'detective', 'officer', 'chief', 'commissioner', 'mayor', 'father', 'mother', 'sister', 'brother', 'uncle', 'aunt', 'saint', 'st']);
/** Number words: groups take them as names (Twelve), and they count what follows ("Seven Kimsuky lures", "Twelve hours later"). */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'hundred', 'thousand']);
/** Capitalised words before a name that are not given names ("The Conti gang", "Former Conti members", "Seven Kimsuky lures"). */
const NOT_GIVEN = new Set([...MINOR_WORDS, ...NUMBER_WORDS, 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'how', 'why', 'when', 'where', 'what', 'who', 'which', 'after', 'before', 'since', 'while', 'like', 'unlike', 'both', 'former', 'ex', 'new', 'old', 'then', 'also', 'so', 'yet', 'if', 'although', 'because', 'meanwhile', 'even', 'only', 'not', 'no', 'every', 'each', 'all', 'some', 'many', 'most', 'other', 'another', 'such', 'rival', 'notorious', 'infamous', 'defunct', 'ransomware', 'hacker', 'hackers', 'group', 'gang', 'crew', 'actor', 'called', 'dubbed', 'named', 'known', 'said', 'says', 'with', 'without', 'against', 'under', 'was', 'were', 'has', 'had', 'have', 'did', 'does', 'do', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'see', 'read', 'related', 'about', 'tags', 'topics', 'more', 'latest', 'update', 'updated', 'breaking', 'exclusive', 'analysis', 'opinion', 'inside', 'behind', 'beyond', 'through', 'during', 'until', 'among', 'between', 'versus', 'including', 'alias', 'aka', 'operation', 'project', 'team',
  // "Besides Qilin, recent attacks...": prepositions and conjunctions that open a sentence
  // "Real Pegasus infections are silent", "Fake Lazarus pop-ups": an adjective opening a sentence
  'real', 'fake', 'true', 'genuine', 'actual', 'early', 'recent', 'typical', 'classic', 'suspected', 'alleged', 'confirmed', 'public', 'commercial', 'mercenary',
  // "Grupo Qilin reivindica invasão": "group" and "team" in other languages
  'grupo', 'groupe', 'gruppe', 'gruppo', 'groep', 'grupa', 'grup', 'gruppen', 'grupp', 'gruppa', 'ransomwaregruppen', 'ransomwaregruppe', 'ransomwaregrupp', 'hackergruppen', 'hackergruppe', 'hackergrupp', 'aktøren', 'aktören', 'trusselaktøren', 'hotaktören', 'equipo', 'equipe', 'équipe', 'banda', 'bande',
  // "Includes Rhysida, BianLian", "Blames Sandworm for the outage": a verb in the third person opening a line or a sentence
  'includes', 'targets', 'blames', 'names', 'features', 'covers', 'adds', 'lists', 'tracks', 'links', 'hits', 'joins', 'claims', 'warns', 'urges', 'sanctions', 'charges', 'indicts', 'exposes', 'shows', 'involves', 'contains', 'mentions', 'cites', 'accuses', 'attributes', 'resembles', 'overlaps', 'mirrors', 'uses', 'replaces', 'becomes', 'follows',
  // "Pick Sandworm or APT29 and read everything": a verb in the imperative opening a sentence
  'pick', 'take', 'watch', 'ask', 'expect', 'compare', 'consider', 'blame', 'meet', 'remember', 'forget', 'choose', 'tell', 'try', 'let', 'check', 'study', 'treat', 'assume', 'imagine', 'ignore', 'beware',
  'besides', 'beside', 'except', 'despite', 'whether', 'either', 'neither', 'unless', 'though', 'amid', 'upon', 'via', 'plus', 'regarding', 'concerning', 'following', 'once',
  // "Symantec Seedworm", "CrowdStrike's Static Kitten", "Check Point Manticore": the security company whose name it is.
  'microsoft', 'symantec', 'broadcom', 'crowdstrike', 'mandiant', 'fireeye', 'secureworks', 'proofpoint', 'kaspersky', 'eset', 'talos', 'cisco', 'sophos', 'trellix', 'point', 'future', 'alto', 'micro', 'sentinelone', 'dragos', 'fortinet', 'accenture', 'deloitte', 'lumen', 'volexity', 'cybereason', 'bitdefender', 'avast', 'zscaler', 'netscout', 'qianxin', 'sangfor', 'cloudflare', 'akamai', 'lookout', 'intezer', 'huntress', 'rapid7', 'elastic', 'recorded', 'thales', 'yoroi', 'checkpoint',
  // words that open sentences in French, Spanish, German and Italian ("Mais Viginum...", "Laut BSI...")
  'mais', 'selon', 'pour', 'dans', 'avec', 'comme', 'comment', 'après', 'avant', 'depuis', 'chez', 'sans', 'lors', 'ainsi', 'aussi', 'puis', 'donc', 'quand', 'si', 'lorsque', 'alors', 'enfin', 'puisque', 'et', 'ou', 'le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
  'pero', 'según', 'segun', 'para', 'como', 'desde', 'tras', 'sin', 'con', 'cuando', 'también', 'el', 'los', 'las', 'una', 'del', 'este', 'esta', 'estos', 'su', 'sus',
  // and in Polish ("Według Europolu...", "Komunikat Europolu podaje")
  'według', 'zdaniem', 'komunikat', 'raport', 'mimo', 'choć', 'chociaż', 'jednak', 'także', 'również', 'dlatego', 'ponadto', 'oprócz', 'wobec', 'przez', 'przed', 'podczas', 'dla', 'oraz', 'ale', 'gdy', 'kiedy', 'jeśli', 'jak', 'czy', 'ten', 'tym', 'tej', 'ta',
  'aber', 'laut', 'nach', 'wie', 'seit', 'auch', 'bei', 'mit', 'ohne', 'wenn', 'als', 'und', 'oder', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'sein', 'seine', 'ihr', 'ihre',
  'ma', 'secondo', 'dopo', 'prima', 'senza', 'anche', 'quando', 'il', 'lo', 'gli', 'uno', 'questo', 'questa', 'nel', 'nella', 'della', 'dal', 'dalla',
  // "Caso Paragon, il software Graphite", "Affaire Pegasus": the affair of, in the languages that put it first
  'caso', 'su', 'sul', 'sulla', 'contro', 'tra', 'fra', 'come', 'dove', 'cosa', 'perché', 'ecco', 'nuovo', 'nuova', 'affare', 'scandalo', 'inchiesta', 'escándalo', 'affaire', 'scandale',
  // Dutch and Portuguese ("En Sandworm, de groep...", "Het Team High Tech Crime", "Segundo a PJ...")
  'de', 'het', 'een', 'en', 'dat', 'dit', 'deze', 'maar', 'ook', 'volgens', 'bij', 'voor', 'door', 'met', 'naar', 'tegen', 'sinds',
  // ("Na Pegasus kwam Graphite", "Wie in Europa Predator koopt"; not "Dan", a given name)
  'na', 'nadat', 'om', 'als', 'toen', 'wie', 'wat', 'waar', 'hoe', 'waarom', 'nu', 'want', 'omdat', 'zoals', 'over', 'onder', 'naast', 'tussen', 'zonder', 'tot',
  'uit', 'aan', 'op', 'of', 'die', 'hij', 'zij', 'ze', 'wij', 'er', 'hier', 'daar', 'toch', 'dus', 'terwijl', 'ondanks', 'behalve', 'vooral', 'zelfs', 'alleen',
  // Russian and Ukrainian ("Про Турлу будет пост", "После Конти", "Группировка Killnet")
  'про', 'по', 'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'от', 'до', 'из', 'за', 'для', 'при', 'после', 'перед', 'через', 'если', 'когда', 'как', 'что', 'это',
  'но', 'и', 'а', 'или', 'также', 'однако', 'хотя', 'пока', 'где', 'кто', 'почему', 'сейчас', 'теперь', 'тогда', 'потом', 'ещё', 'еще', 'уже', 'даже', 'только',
  'между', 'против', 'без', 'кроме', 'среди', 'вместо', 'согласно', 'группировка', 'группа', 'хакеры',
  'після', 'якщо', 'коли', 'як', 'що', 'це', 'але', 'і', 'й', 'та', 'або', 'також', 'проте', 'хоча', 'де', 'хто', 'чому', 'зараз', 'тепер', 'тоді', 'потім', 'ще',
  'вже', 'навіть', 'лише', 'між', 'проти', 'серед', 'замість', 'згідно', 'угруповання', 'група', 'хакери',
  // Hungarian ("Az Akira és a VPN-ek", "Az Europol szerint") and Greek articles and openers
  'az', 'egy', 'és', 'hogy', 'mert', 'ha', 'amikor', 'után', 'szerint', 'sem', 'már', 'még', 'csak', 'ez', 'ezt', 'azt', 'mint', 'vagy', 'nem', 'is',
  'ο', 'η', 'το', 'οι', 'τα', 'του', 'της', 'των', 'τον', 'την', 'στο', 'στη', 'στην', 'στον', 'και', 'όπως', 'μετά', 'πριν', 'για', 'από', 'με', 'σε', 'ότι', 'αλλά',
  // Czech and Slovak ("Kdyby Play zaútočila dnes", "Podle NÚKIBu")
  'kdyby', 'když', 'pokud', 'podle', 'také', 'protože', 'proto', 'však', 'jako', 'že', 'který', 'která', 'které', 'se', 've', 'na', 'do', 'od', 'po', 'pro', 'při', 'před',
  'za', 'ze', 'aby', 'ani', 'jen', 'už', 'ještě', 'tedy', 'takže', 'zatímco', 'vedle', 'kromě', 'mezi', 'proti', 'bez', 'skupina', 'skupiny', 'skupinu', 'podľa', 'keď', 'ako', 'aj',
  // Romanian ("Grupul Lazarus", "Potrivit SRI")
  'grupul', 'gruparea', 'grupării', 'grupului', 'potrivit', 'după', 'înainte', 'pentru', 'dar', 'iar', 'și', 'sau', 'că', 'când', 'dacă', 'cum', 'care', 'acest', 'această',
  'aceste', 'la', 'în', 'din', 'pe', 'cu', 'despre', 'prin', 'între', 'spre', 'fără', 'deși', 'astfel', 'totuși', 'însă', 'apoi', 'atunci', 'acum', 'ieri',
  // Finnish ("Erityisesti Akira on näkynyt", "Myös Sandworm")
  'erityisesti', 'myös', 'kun', 'jos', 'että', 'mutta', 'ja', 'tai', 'sekä', 'koska', 'vaikka', 'kuten', 'eli', 'siis', 'nyt', 'sitten', 'esimerkiksi', 'lisäksi', 'kuitenkin',
  'ryhmä', 'ryhmän', 'hakkeriryhmä', 'kiristysryhmä', 'mukaan', 'jälkeen', 'ennen', 'traficomin',
  // German nouns that name a kind of company or group before its name ("den Konkurrenten Candiru", "zur Allianz
  // Intellexa", "des Herstellers Cytrox", "die Gruppierung Play"): German writes every noun with a capital
  'firma', 'hersteller', 'herstellers', 'anbieter', 'anbieters', 'konzern', 'konzerns', 'unternehmen', 'allianz', 'konkurrent', 'konkurrenten', 'gruppierung',
  'spionagesoftware', 'spähsoftware', 'software', 'trojaner', 'staatstrojaner', 'schadsoftware', 'erpressergruppe', 'erpresserbande', 'tätergruppe', 'sanktionen',
  // and the German prepositions and openers the earlier list lacked ("Zwischen Play und NoName", "Neben Play")
  'zwischen', 'neben', 'gegen', 'durch', 'über', 'unter', 'vor', 'für', 'von', 'zur', 'zum', 'beim', 'vom', 'aus', 'auf', 'dass', 'ob', 'weil', 'obwohl', 'während',
  'trotz', 'wegen', 'dann', 'doch', 'noch', 'schon', 'erst', 'nur', 'heute', 'gestern', 'jetzt', 'anders', 'zudem', 'außerdem', 'denn',
  // continents, which no country table holds
  'europa', 'europe', 'afrika', 'africa', 'azië', 'amerika', 'oceanië',
  'os', 'um', 'uma', 'segundo', 'também', 'mas', 'pelo', 'pela', 'com', 'sobre', 'contra', 'entre',
  // Indonesian and Malay ("Dari Bjorka ke Brain Cipher", "Bukan Bjorka", "Kelompok Lazarus"); not the words that are
  // also given names ("Dan", "Oleh", "Yang", "Ala")
  'dari', 'ke', 'di', 'untuk', 'dengan', 'pada', 'dalam', 'kepada', 'tentang', 'terhadap', 'bukan', 'ini', 'itu', 'sosok', 'nama', 'bernama', 'seperti', 'kelompok', 'kumpulan', 'geng', 'peretas', 'penggodam', 'akun', 'jejak', 'kasus', 'serangan', 'versi', 'buru',
  // "In February Europol said", "On Tuesday Conti posted": dates, not given names. Not the months that are
  // also given names (April, May, June, August) nor short forms ("Jan Lazarus", a Europol spokesman).
  'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // "Now Graphite is for whom?", "Today Conti posted": words that open sentences and are nobody's given name.
  'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'here', 'there', 'later', 'earlier', 'still', 'instead', 'last',
  'next', 'once', 'just', 'perhaps', 'maybe', 'thus', 'hence', 'indeed', 'however', 'yes', 'whether', 'unless', 'whereas',
  'am', 'been', 'ask', 'tell', 'blame', 'thank', 'thanks', 'use', 'stop', 'let', 'trust', 'expect', 'imagine',
  'consider', 'remember', 'again', 'already', 'soon', 'first', 'second', 'third',
  // a transcript's openers: "Fair. Say Europol and friends.", "Look, Conti was..."
  'say', 'call', 'meet', 'hear', 'watch', 'take', 'give', 'forget', 'welcome', 'sorry', 'okay', 'ok', 'well', 'oh',
  'hey', 'look', 'listen', 'right', 'sure', 'exactly', 'though']);

/** Given names that end like a verb form or an adverb ("Ahmed", "Kelly"). */
const GIVEN_LIKE_VERBS = new Set(['ahmed', 'mohammed', 'muhammed', 'mehmed', 'oded', 'fred', 'ted', 'ned', 'jed', 'jared', 'reed', 'saeed', 'rasheed', 'khaled', 'majed', 'hamed', 'javed', 'naveed', 'waheed', 'zahed', 'syed', 'sayed', 'emily', 'kelly', 'shelly', 'holly', 'molly', 'sally', 'billy', 'lily', 'lilly', 'beverly', 'stanley', 'bradley', 'ashley', 'shirley', 'kimberly', 'wesley', 'riley', 'dudley', 'sterling', 'irving', 'ming', 'jing', 'ling', 'ying', 'xing', 'qing', 'bing', 'ping']);

/** "Dr Ralph Tick", "Mr. John Conti": a title before the given name before `s` (a person even in title case). */
export function titledGivenName(text: string, s: number): boolean {
  let i = s - 1;
  if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0xa0) return false;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  return i < s - 2 && isUpperLatin(text.charCodeAt(i)) && afterHonorific(text, i);
}

/** "Mr. CONTI.", "Ms. TICK": a title right before the name (a hearing transcript's speaker). */
export function afterHonorific(text: string, s: number): boolean {
  const m = /(?:^|[^\p{L}])(\p{L}+)\.?[ \u00a0]$/u.exec(text.slice(Math.max(0, s - 14), s));
  return m !== null && HONORIFICS.has(m[1].toLowerCase());
}

/**
 * The title written right before `s` ("Mr. ", "Saint ", "director "), as it stands in the text, or '' where there is
 * none. With a dot, only an abbreviated title counts: "hackers in general. Lazarus has been around" ends a sentence.
 */
function titleWordBefore(text: string, s: number): string {
  let i = s - 1;
  if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0xa0) return '';
  i--;
  const dot = text.charCodeAt(i) === 0x2e;
  if (dot) i--;
  const end = i + 1;
  while (i >= 0 && isLetter(text.charCodeAt(i))) i--;
  const word = text.slice(i + 1, end);
  const lower = word.toLowerCase();
  return HONORIFICS.has(lower) && (!dot || ABBREVIATED_TITLES.has(lower)) ? word : '';
}

/** "Saint Lazarus", "Mr. Conti": a capitalised title right before, which says a person even in a title-case line. */
export function honorificBefore(text: string, s: number): boolean {
  const t = titleWordBefore(text, s);
  return t !== '' && isUpperLetter(t.charCodeAt(0));
}

/**
 * "Sofia Conti", "Mr. Lazarus", "Megan Royal": the capitalised word at `s` is a person's surname when a given
 * name (a capitalised word that is no function word and no country) or a title comes right before it.
 */
export function personBefore(text: string, s: number): boolean {
  let i = s - 1;
  const sp = text.charCodeAt(i);
  if (sp !== 0x20 && sp !== 0xa0) return false;
  i--;
  if (text.charCodeAt(i) === 0x2e) i--; // "Mr." "Dr."
  const end = i + 1;
  while (i >= 0 && (isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2d)) i--;
  const word = text.slice(i + 1, end);
  if (!word) return false;
  const lower = word.toLowerCase();
  if (titleWordBefore(text, s)) return true;
  // "Хакеры Killnet атаковали", "Если Sandworm —": a given name is written in its surname's alphabet
  if (!sameAlphabet(word.charCodeAt(0), text.charCodeAt(s))) return false;
  if (text.charCodeAt(end) === 0x2e) {
    // "— R. Mercury, Bristol": a capital and its dot alone are a given name's initial (not "U.S. Conti"), unless a
    // sentence opens with them ("Q. And Kimsuky? A. Kimsuky is the one": an interview's answer)
    const c = text.charCodeAt(i);
    // ("Photo: Bulwark/M. Tick": a photo credit's agency and photographer)
    return end - i === 2 && word !== word.toLowerCase() && (c === 0x20 || c === 0xa0 || c === 0x28 || c === 0x2f) && !sentenceStart(text, i + 1);
  }
  if (!givenNameShape(word) || NOT_GIVEN.has(lower) || PLATFORMS.has(lower)) return false; // not "Android Pegasus infections"
  if (NOT_GIVEN_ENDING.test(lower)) return false;
  // "Suomessa Kyberturvallisuuskeskus", "Kiristyshaittaohjelmaryhmä Akira": in Finnish, a word in a place case or a
  // compound group noun (in a block written in Finnish: "Vanessa" elsewhere is a given name)
  if (/(?:ssa|ssä|sta|stä|lla|llä|lle|lta|ltä|ksi|ryhmä)$/.test(lower) && lettersOfBlock(text, s).finnish) return false;
  // "Mapping Predator infrastructure", "Targeted", "Newly": a verb form or adverb opening a sentence or a quoted
  // title ('Mandiant, “Unraveling Sandworm’s Ties...”'); mid-sentence a capitalised word is a name ("Oded Lazarus"),
  // and some given names end like verbs wherever they stand.
  if (/(?:ing|ed|ly)$/.test(lower) && (sentenceStart(text, i + 1) || QUOTE_OPEN.has(text.charCodeAt(i))) && !GIVEN_LIKE_VERBS.has(lower)) return false;
  // names and adjectives alike, but for countries that are given names too ("chemistry student Jordan Tick")
  if (countryOf(word) !== undefined && !GIVEN_COUNTRIES.has(lower)) return false;
  // "Pro-Russian Killnet", "Russian-speaking LockBit": a hyphenated word with a country's adjective in it
  if (word.includes('-') && word.split('-').some((p) => p.length > 2 && countryOf(p) !== undefined)) return false;
  // "The North Korean Kimsuky is": the second word of a country's adjective or name ("South Korean", "New Zealand")
  const prev = /(\p{Lu}\p{Ll}+)[ \u00a0]$/u.exec(text.slice(Math.max(0, i - 15), i + 1));
  return !prev || countryOf(`${prev[1]} ${word}`) === undefined;
}

const GIVEN_COUNTRIES = new Set(['jordan', 'chad']);
/**
 * Word endings no given name has: a Russian or Ukrainian plural ("Специалисты Госспецсвязи говорят"), a Czech or
 * Slovak adjective ("Tichá Turla", the quiet Turla), a Romanian plural with its article ("Scandalurile Pegasus").
 */
const NOT_GIVEN_ENDING = /(?:ы|á|ý|urile|ările|ării)$/;

/** The alphabet of a letter: Latin, Greek, Cyrillic, or (for the rest) its Unicode block of 256. */
const alphabetOf = (c: number) => (c < 0x370 || (c >= 0x1e00 && c < 0x1f00) ? 0 : c < 0x400 || (c >= 0x1f00 && c < 0x2000) ? 1 : c < 0x530 ? 2 : c >> 8);
/** Two letters in one alphabet; anything that is no letter (a digit, a mark) fits either. */
export const sameAlphabet = (a: number, b: number) => !isLetter(a) || !isLetter(b) || alphabetOf(a) === alphabetOf(b);

/**
 * "D. Conti" alone in its block (a comment's author, a signature): an initial and a surname are a person; not
 * a chapter's Roman numeral ("V. Handala", a section heading).
 */
export function initialNameLine(text: string, s: number, e: number): boolean {
  if (s < 3 || text.charCodeAt(s - 2) !== 0x2e || !isSpace(text.charCodeAt(s - 1)) || !isUpperLatin(text.charCodeAt(s - 3)) || 'IVX'.includes(text[s - 3])) return false;
  if (s > 3 && text.charCodeAt(s - 4) !== BLOCK_BREAK_CODE) return false;
  let i = e;
  while (i < text.length && (text.charCodeAt(i) === 0x2c || text.charCodeAt(i) === 0x2e || text.charCodeAt(i) === 0x20)) i++;
  return i >= text.length || text.charCodeAt(i) === BLOCK_BREAK_CODE;
}

/** Lower-case nouns right after a surname-like name that say it is the group after all ("the Conti syndicate"). */
const GROUP_NOUNS = new Set([...NAME_TAILS, 'syndicate', 'affiliate', 'affiliates', 'veterans', 'members', 'leaks', 'leak', 'chats', 'logs', 'crew', 'brand', 'operation', 'cartel', 'collective', 'negotiators', 'developers', 'site', 'operators', 'operator', 'member', 'rebrand', 'offshoot', 'splinter']);

/** The next word after `e`, if it is lower case. */
function nextLowerWord(text: string, e: number): string | undefined {
  if (text.charCodeAt(e) !== 0x20 && text.charCodeAt(e) !== 0xa0) return undefined;
  const end = runEnd(text, e + 1, e + 24, true);
  return end > e + 1 ? text.slice(e + 1, end) : undefined;
}

/** A lower-case letter (\p{Ll}: one with a capital of its own), tested in code: a regex's Unicode class is costly to compile on a fresh page. */
function isLowerLetter(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (!isLetter(c)) return false;
  const ch = String.fromCharCode(c);
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

/** "Anna", "Jean-Luc": a capital and lower-case letters, once or twice joined by a hyphen. */
function givenNameShape(word: string): boolean {
  const parts = word.split('-');
  if (parts.length > 2) return false;
  for (const p of parts) {
    if (p.length < 2 || !isUpperLetter(p.charCodeAt(0))) return false;
    for (let i = 1; i < p.length; i++) if (!isLowerLetter(p.charCodeAt(i))) return false;
  }
  return true;
}

/** Where the run of letters (lower-case ones only, with `lower`) from `i` ends, reading no further than `limit`. */
function runEnd(text: string, i: number, limit: number, lower: boolean): number {
  const stop = Math.min(limit, text.length);
  while (i < stop && (lower ? isLowerLetter(text.charCodeAt(i)) : isLetter(text.charCodeAt(i)))) i++;
  return i;
}

/** Is the word right after `e` one of GROUP_NOUNS, in lower case ("Conti syndicate", "Royal ransomware")? */
export function groupNounAfter(text: string, e: number): boolean {
  const next = nextLowerWord(text, e);
  return next !== undefined && GROUP_NOUNS.has(next);
}

/** Where the run of letters that ends at `end` begins (`end` itself when there is none). */
function lettersStart(text: string, end: number): number {
  let a = end;
  while (a > 0 && isLetter(text.charCodeAt(a - 1))) a--;
  return a;
}

/**
 * In a title-case headline, is the word right after the name at [s, e) a capitalised NAME_TAILS word ("School
 * District Restores Payroll After Medusa Attack", "Hospital Hit by Qilin Ransomware")? The capital is the
 * headline's; the word is the same tail as in prose's "Medusa attack".
 */
export function titledTailAfter(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(e) !== 0x20 && text.charCodeAt(e) !== 0xa0) return false;
  const c = text.charCodeAt(e + 1);
  if (!(c >= 0x41 && c <= 0x5a)) return false;
  const end = runEnd(text, e + 2, e + 24, true);
  const tail = text.slice(e + 1, end).toLowerCase();
  // a campaign, a team or an operation is anyone's ("Braces for Bitter Campaign")
  if (!NAME_TAILS.has(tail) || TITLED_TAIL_NOT.has(tail) || isLetter(text.charCodeAt(end))) return false;
  // after an article the name may be an adjective ("Faces a Bitter Attack"), and where it opens the headline a
  // verb ("Silence Ransomware Gangs, Minister Urges")
  const before = wordBefore(text, s).toLowerCase();
  return before !== 'a' && before !== 'an' && !sentenceStart(text, s);
}
const TITLED_TAIL_NOT = new Set(['campaign', 'team', 'operation']);

/** The word of letters right before `s`, across one space ("group" in "group Tick"), or ''. */
export function wordBefore(text: string, s: number): string {
  const e = s - 1;
  if (e < 1 || (text.charCodeAt(e) !== 0x20 && text.charCodeAt(e) !== 0xa0)) return '';
  return text.slice(lettersStart(text, e), e);
}

/** Is the word right before `s` one of GROUP_NOUNS, in lower case ("the unrelated group Tick", "the gang Conti")? */
export function groupNounBefore(text: string, s: number): boolean {
  const word = wordBefore(text, s);
  if (word === 'of' || word === 'to') return /(?:rebrand|rebranding|offshoot|successor|splinter|remnants?|spin-?off|affiliates?|members?) (?:of|to)[ \u00a0]$/.test(text.slice(Math.max(0, s - 20), s)); // "a rebrand of Royal"
  return word !== '' && word === word.toLowerCase() && GROUP_NOUNS.has(word);
}

/** Words between "the" and a name that leave it a description of degree ("the most Lazarus-like career"). */
const DEGREE_WORDS = new Set(['most', 'more', 'least', 'less', 'very', 'so', 'too']);

/**
 * "the Conti chats", "the old Conti": a person's surname does not follow "the" (with at most one lower-case
 * word between), so there the word names something else, the group on a page about one.
 */
export function afterThe(text: string, s: number): boolean {
  const w = wordBefore(text, s);
  if (w === 'the' || w === 'The') return true;
  if (!w || w !== w.toLowerCase() || DEGREE_WORDS.has(w)) return false;
  const w2 = wordBefore(text, s - w.length - 1);
  return w2 === 'the' || w2 === 'The';
}

/** Words an expansion of an acronym may hold without an initial of their own ("Ministry *of* Public Security"). */
const EXPANSION_MINOR = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', 'de', 'la', 'le', 'du', 'des', 'del', 'der', 'für', '&']);

/**
 * Do these words, in reading order, spell `acronym` by their initials, minor words ("of", "the") aside? The
 * initials are all capitals ("Metropolitan Police Service"), or, where `lower` allows, all lower case
 * ("critical national infrastructure").
 */
function spellsAcronym(words: string[], acronym: string, lower: boolean, sentence = false, mixed = false): boolean {
  let caps = 0;
  let small = 0;
  // a definition that opens as a sentence does ("Propellant loading authority"): its first capital says nothing
  for (let i = sentence ? 1 : 0; i < words.length; i++) {
    const w = words[i];
    if (EXPANSION_MINOR.has(w)) continue;
    if (w[0] === w[0].toLowerCase()) small++; else caps++;
  }
  return (small === 0 || (lower && (caps === 0 || mixed))) && spells(words, 0, acronym, 0);
}

/** Do words[i..] spell acronym[k..] by their initials, each minor word spelling its letter or none ("in case of
 *  emergency" is ICE: "in" spells I, "of" nothing)? */
function spells(words: string[], i: number, acronym: string, k: number): boolean {
  if (i === words.length) return k === acronym.length;
  const w = words[i];
  const fits = k < acronym.length && w[0].toUpperCase() === acronym[k].toUpperCase();
  if (EXPANSION_MINOR.has(w)) return spells(words, i + 1, acronym, k) || (fits && spells(words, i + 1, acronym, k + 1));
  return fits && spells(words, i + 1, acronym, k + 1);
}

/** Do the words' initials, minor words too, spell the acronym, the other words capitalised ("Dance in Action")? */
function spellsEveryWord(words: string[], acronym: string): boolean {
  return words.length === acronym.length && words.every((w, k) => w[0].toUpperCase() === acronym[k].toUpperCase() && (EXPANSION_MINOR.has(w) || w[0] !== w[0].toLowerCase()));
}

/** The word of an expansion that ends at `i` ("Collector’s" reads as "Collector"), and where it starts. */
function expansionWordBefore(text: string, i: number): { word: string; start: number } {
  // "the Collector’s Special Edition (CSE)": a possessive's 's is part of its word
  if ((text.charCodeAt(i - 1) === 0x73 || text.charCodeAt(i - 1) === 0x53) && (text.charCodeAt(i - 2) === 0x27 || text.charCodeAt(i - 2) === 0x2019) && isLetter(text.charCodeAt(i - 3))) i -= 2;
  // "the National Students' Association (NSA)": so is a plural's apostrophe
  else if ((text.charCodeAt(i - 1) === 0x27 || text.charCodeAt(i - 1) === 0x2019) && (text.charCodeAt(i - 2) === 0x73 || text.charCodeAt(i - 2) === 0x53)) i -= 1;
  let a = i;
  while (a > 0 && (isLetter(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 0x26)) a--;
  return { word: text.slice(a, i), start: a };
}

const isWordSeparator = (c: number) => c === 0x20 || c === 0xa0 || c === 0x2d;

/**
 * "the Metropolitan Police Service (MPS)", "critical national infrastructure (CNI)": do the words right
 * before the bracket at `open` spell the acronym by their initials?
 */
export function initialsBefore(text: string, open: number, acronym: string): boolean {
  let i = open;
  if (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0xa0) i--;
  // "the Intelligence Services Act 2001 (“ISA”)": a year after the words is not spelt
  const year = /[ \u00a0]\d{4}$/.exec(text.slice(Math.max(0, i - 5), i));
  if (year) i -= year[0].length;
  const words: string[] = [];
  let letters = 0;
  let joined = false;
  while (letters < acronym.length && i > 0 && words.length < 12) {
    const { word, start } = expansionWordBefore(text, i);
    if (!word) return false;
    // "sub-Saharan Africa (SSA)": a prefix in lower case hyphen-joined to a capitalised word is written as it is
    // by rule, and spells its letter as a capitalised word would
    const next = words[words.length - 1];
    words.push(joined && next[0] !== next[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word);
    if (!EXPANSION_MINOR.has(word)) letters++;
    i = start;
    if (letters < acronym.length) {
      if (!isWordSeparator(text.charCodeAt(i - 1))) return false;
      joined = text.charCodeAt(i - 1) === 0x2d;
      i--;
    }
  }
  return spellsAcronym(words.reverse(), acronym, true);
}

/**
 * "the Culinary Institute of America — the CIA", "..., or CIA", "..., the CIA": where the words that may spell the
 * acronym at `s` end (the separator's first character, as initialsBefore takes it), or -1.
 */
export function definitionBefore(text: string, s: number): number {
  // ", or" is matched from its comma: the words that may spell the acronym end right before it
  // "The Sports Betting Unit, our SBU, found"
  const m = /(?:[ \u00a0][—–-]|,?[ \u00a0]or|,)[ \u00a0](?:(?:the|our|their|its)[ \u00a0])?$/.exec(text.slice(Math.max(0, s - 11), s));
  return m ? s - m[0].length : -1;
}

/**
 * "<dt>SBU</dt><dd>Sensitive but unclassified, a marking...</dd>", "<td>NSA</td><td>Northern Sky Atlas</td>": an
 * acronym alone in its block, ending at `e`, whose next block (in this text) opens with words spelling it, in any
 * case, is a glossary's term. Returns where those words start, or -1. The gatherer never ends a chunk between a
 * <dt> and its <dd> or between two cells of one table row (gather.ts), so a page read in chunks sees the
 * definitions a one-pass read does.
 */
const GLOSSARY = '—glossary';
export function glossaryTerm(text: string, e: number, acronym: string): number {
  let i = e;
  while (i < text.length && text.charCodeAt(i) !== BLOCK_BREAK_CODE && !isWordChar(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== BLOCK_BREAK_CODE) return -1;
  i++;
  // an opening quote or bracket before the words: '<dd>“No Spoilers Allowed”'
  while (i < text.length && (isSpace(text.charCodeAt(i)) || QUOTE_OPEN.has(text.charCodeAt(i)) || text.charCodeAt(i) === 0x28)) i++;
  return spelledAfter(text, GLOSSARY, i, acronym);
}

/**
 * Further on in an acronym's sentence (from `e`, right after it), a verb that defines and words that spell it, in any
 * case, say what the page means by it: a quoted phrase ("The NSA on my cat-sitter's invoice is “nights spent away.”",
 * "the GRU on the vet card is shorthand for “general recheck, urgent”"), or, after an acronym the page itself puts
 * in quotes, plain words ('An “NSA” in the paperwork meant a non-storage account', '“SBU” meant
 * supervised-by-understanding'; each part of a hyphenated word spells a letter), or after an acronym and a comma,
 * capitalised words ("SBU, for those who asked, is our Saturday Beginners’ Unit"). Returns where the words start, or -1.
 */
const DEFINING_VERB = /[ \u00a0](?:meant|means|stood[ \u00a0]for|stands[ \u00a0]for|referred[ \u00a0]to|refers[ \u00a0]to|was|is|for)[ \u00a0](?:(?:a|an|the|our|their|its)[ \u00a0])?/g;
export function spelledLaterInSentence(text: string, e: number, acronym: string, quotedTerm: boolean): number {
  let sentence = text.slice(e, e + 120);
  const stop = sentence.search(/[.!?\uffff]/);
  if (stop >= 0) sentence = sentence.slice(0, stop);
  // "SBU, for those who asked, is our Saturday Beginners’ Unit": after a comma, capitalised words that spell it
  const interjected = !quotedTerm && text.charCodeAt(e) === 0x2c;
  // most acronyms: no quote further on, no comma after them, and no verb search for them
  if (!quotedTerm && !interjected && !sentence.includes('“') && !sentence.includes('"')) return -1;
  for (const m of sentence.matchAll(DEFINING_VERB)) {
    const from = e + m.index + m[0].length;
    const open = text.charCodeAt(from);
    if (open === 0x201c || open === 0x22) {
      const close = text.slice(from + 1, from + 62).search(/["”\uffff]/);
      if (close >= 3 && spellsAcronym(wordsOf(text.slice(from + 1, from + 1 + close)), acronym, true)) return from + 1;
    } else if (quotedTerm || interjected) {
      const words = wordsOf(text.slice(from, from + 80));
      for (let n = acronym.length; n <= Math.min(words.length, acronym.length + 3); n++) if (spellsAcronym(words.slice(0, n), acronym, quotedTerm)) return from;
    }
  }
  return -1;
}
const wordsOf = (s: string) => s.split(/[^\p{L}]+/u).filter(Boolean);

/**
 * "the NSO, the National Symphony Orchestra", "the PLA (Pakistan Library Association)": the words right after an
 * acronym, set off by a comma, a dash or a bracket, whose initials spell it (after a dash or a bracket, in lower case
 * too: "ABW (alcohol by weight)"). Returns where those words start, or -1.
 */
export function initialsAfter(text: string, e: number, acronym: string): number {
  const c0 = text.charCodeAt(e);
  if (c0 !== 0x2c && c0 !== 0x3a && c0 !== 0x3f && c0 !== 0x20 && c0 !== 0xa0 && c0 !== 0x2014 && c0 !== 0x2013) return -1; // most acronyms: no definition follows
  // "the NSO, the National...", "ICE (in case of emergency)", "The NSA is the National Students’ Assembly"
  // "SBU — our Strategic Business Unit", "SBU is a Strategic Business Unit", "SBU: Separation Bolt Unit"
  // 'NSA = “No Spoilers Allowed”'
  // "The GRU count (games requiring umpire)": one lower-case word between the acronym and its bracket
  // "What is the N.S.A.? The Noise Sensitive Area ...": a question about the letters, answered (in an FAQ, in the
  // block after it)
  // "A GRU — our nickname for the Generator & Rigging Unit —": what the letters are a name for
  const m = /^(?:,|:|\?[\uffff\s]{0,16}|[ \u00a0][—–=-]|[—–]|[ \u00a0]\(|[ \u00a0][a-z]+[ \u00a0]\(|[ \u00a0]or|[ \u00a0](?:is|stands[ \u00a0]for|means|refers[ \u00a0]to))[ \u00a0]?(?:(?:[Tt]he|[Oo]ur|[Tt]heir|[Aa]n?)[ \u00a0])?(?:(?:nickname|name|shorthand|abbreviation|short)[ \u00a0]for[ \u00a0](?:the[ \u00a0])?)?["“]?/.exec(text.slice(e, e + 64));
  if (!m) return -1;
  const from = e + m[0].length;
  const spelt = spelledAfter(text, m[0], from, acronym);
  return spelt >= 0 || !m[0].includes('(') ? spelt : bracketedTitle(text, from, acronym);
}

/**
 * "NSA (North of England Sound Alliance)": a bracket right after an acronym that holds only a capitalised name
 * whose initials spell the acronym loosely (titleSpells) is what the page means by it.
 */
function bracketedTitle(text: string, from: number, acronym: string): number {
  const close = text.indexOf(')', from);
  if (close < 0 || close - from > 80) return -1;
  const words = text.slice(from, close).split(/[ \u00a0]+/);
  if (words.some((w) => !/^\p{L}[\p{L}’'-]*$/u.test(w))) return -1;
  return titleSpells(words, acronym) ? from : -1;
}

/**
 * "São Paulo–Guarulhos (GRU)", "Rome Ciampino (CIA)": a three-letter code made of letters of the capitalised word
 * right before the bracket at `open`, in order and from its first, as airports' codes are.
 */
export function codeWordBefore(text: string, open: number, acronym: string): boolean {
  if (acronym.length !== 3 || text.charCodeAt(open) !== 0x28 || !isSpace(text.charCodeAt(open - 1))) return false;
  const e = open - 1;
  let s = e;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  return spellsCode(text.slice(s, e), acronym);
}

/** Is `word` a capitalised word of four letters or more with the code's letters in order from its first ("Guarulhos": GRU)? */
function spellsCode(word: string, acronym: string): boolean {
  if (word.length < 4 || word[0] !== acronym[0] || word.slice(1) !== word.slice(1).toLowerCase()) return false;
  const want = acronym.toLowerCase();
  let k = 1;
  for (let i = 1; i < word.length && k < want.length; i++) if (word[i] === want[k]) k++;
  return k === want.length;
}

/**
 * "Glasgow Rugby and Ice Union (GRU)": the capitalised words right before the bracket at `open`, from some word on,
 * spell the acronym loosely (titleSpells). A made-up club's or firm's acronym often skips a word of its name.
 */
export function titleBefore(text: string, open: number, acronym: string): boolean {
  let i = open;
  if (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0xa0) i--;
  const run: string[] = [];
  while (run.length < acronym.length + 6 && i > 0) {
    const { word, start } = expansionWordBefore(text, i);
    if (!word || (!EXPANSION_MINOR.has(word) && !/^\p{Lu}/u.test(word))) break;
    run.unshift(word);
    i = start;
    if (!isWordSeparator(text.charCodeAt(i - 1))) break;
    i--;
  }
  for (let k = 0; k < run.length; k++) if (!EXPANSION_MINOR.has(run[k]) && titleSpells(run.slice(k), acronym)) return true;
  return false;
}

/**
 * Do capitalised words (minor words aside) spell `acronym` loosely: the first word's initial is its first letter,
 * the last word's its last, the others in order among them, with at most two words it skips?
 */
function titleSpells(words: string[], acronym: string): boolean {
  const initials = words.filter((w) => !EXPANSION_MINOR.has(w)).map((w) => w[0] ?? '');
  if (initials.length < acronym.length || initials.length > acronym.length + 2 || !initials.every((c) => /\p{Lu}/u.test(c))) return false;
  const a = acronym.toUpperCase();
  if (initials[0] !== a[0] || initials[initials.length - 1] !== a[a.length - 1]) return false;
  let k = 0;
  for (const c of initials) if (c === a[k]) k++;
  return k === a.length;
}

/** initialsAfter's words from `from` on: do they spell `acronym`? */
function spelledAfter(text: string, lead: string, from: number, acronym: string): number {
  const whole = spelledFrom(text, lead, from, acronym, false);
  // "NSA (no-sugar-added)", "NSA — no-show allowance": failing that, each part of a hyphenated word spells a letter
  // (read again only where a hyphen before a small letter was read as joining: elsewhere both readings are one)
  return whole >= 0 || !hyphenJoins(text, from, from + 200) ? whole : spelledFrom(text, lead, from, acronym, true);
}

/** A hyphen before a lower-case letter in text[from, to): where spelledFrom reads hyphenated words whole. */
function hyphenJoins(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf('-', from); i >= 0 && i < to; i = text.indexOf('-', i + 1)) if (isLowerLetter(text.charCodeAt(i + 1))) return true;
  return false;
}

function spelledFrom(text: string, lead: string, from: number, acronym: string, split: boolean): number {
  const setOff = /[—–:=]/.test(lead) || lead === GLOSSARY;
  let i = from;
  const words: string[] = [];
  let letters = 0;
  while (letters < acronym.length && i < text.length && words.length < 12) {
    let b = i;
    while (b < text.length && (isLetter(text.charCodeAt(b)) || text.charCodeAt(b) === 0x26)) b++;
    // "North Car-park Annexe (NCA)": a hyphen and a word in lower case go on the same word
    while (!split && text.charCodeAt(b) === 0x2d && isLowerLetter(text.charCodeAt(b + 1))) { b++; while (b < text.length && isLetter(text.charCodeAt(b))) b++; }
    if (b === i) return -1;
    const word = text.slice(i, b);
    words.push(word);
    if (!EXPANSION_MINOR.has(word)) letters++;
    // "the National Students’ Assembly": a possessive ends its word
    if ((text.charCodeAt(b) === 0x27 || text.charCodeAt(b) === 0x2019) && !isLetter(text.charCodeAt(b + 1))) b++;
    else if ((text.charCodeAt(b) === 0x27 || text.charCodeAt(b) === 0x2019) && text.charCodeAt(b + 1) === 0x73 && !isLetter(text.charCodeAt(b + 2))) b += 2;
    i = b;
    if (letters < acronym.length) {
      // "DIA (Dance in Action)": the words end before the acronym is spelt without its minor words; with them, it is
      if (!isWordSeparator(text.charCodeAt(i))) return (lead.includes('(') && (spellsEveryWord(words, acronym) || spellsAcronym(words, acronym, true))) || (setOff && spellsWithCompound(words, acronym)) ? from : -1;
      i++;
    }
  }
  // set off by a dash, a bracket or a glossary's colon, the words may be in lower case too ("5.8% ABW – alcohol by
  // weight", "NSA: nominal separation altitude")
  // after a dash, the words may mix cases too ("SBU — the Sunday brunch upsell")
  return spellsAcronym(words, acronym, lead.includes('(') || /[—–:-]/.test(lead), lead === GLOSSARY, /[—–]/.test(lead)) || (setOff && spellsWithCompound(words, acronym)) ? from : -1;
}

/**
 * "SBU: standby unit", "PSU — powerstation unit": a glossary's words in lower case where a compound word spells
 * two letters, its initial and a letter inside it, in order. Fewer words than letters, then, and only where a colon
 * or a dash sets the words off as the acronym's definition (elsewhere "FBI, federal agents" could spell too much).
 */
function spellsWithCompound(words: string[], acronym: string): boolean {
  for (let n = 1; n < acronym.length && n <= words.length; n++) {
    const ws = words.slice(0, n);
    if (ws.every((w) => EXPANSION_MINOR.has(w) || w === w.toLowerCase()) && spellsInside(ws, 0, acronym.toLowerCase(), 0)) return true;
  }
  return false;
}

/** spells, where a word may also spell the letters after its initial by letters inside it, in order. */
function spellsInside(words: string[], i: number, acronym: string, k: number): boolean {
  if (i === words.length) return k === acronym.length;
  const w = words[i];
  if (EXPANSION_MINOR.has(w) && spellsInside(words, i + 1, acronym, k)) return true;
  if (k >= acronym.length || w[0] !== acronym[k]) return false;
  // the initial spells acronym[k]; then letters inside the word spell acronym[k + 1 .. j)
  let j = k + 1;
  let at = 1;
  for (;;) {
    if (spellsInside(words, i + 1, acronym, j)) return true;
    if (j >= acronym.length) return false;
    at = w.indexOf(acronym[j], at);
    if (at < 0) return false;
    at++;
    j++;
  }
}

/** codeUse's words: a code's ("trade code NSA") and travel's ("flights to", "flew out of", "landed at", "flying home via"). */
const CODE_WORDS = '(?:code|codes|ticker|IATA|ICAO)[ \u00a0:]*$';
const TRAVEL_WORDS = '(?:[Ff](?:lights?|lew|ly|lying|lies)|[Cc]onnecting|[Dd]epart(?:ing|s)|[Aa]rriv(?:ing|es)|[Ll]and(?:ed|ing|s))[ \u00a0](?:(?:home|back|out)[ \u00a0])?(?:to|from|into|out[ \u00a0]of|at|via)[ \u00a0]';
/** Each first without its Unicode boundary (cheap to compile), then whole: most acronyms have neither before them. */
const CODE_BEFORE = [new RegExp(CODE_WORDS), new RegExp(`(?<![\\p{L}\\p{N}])${CODE_WORDS}`, 'u')];
const TRAVEL_BEFORE = [new RegExp(TRAVEL_WORDS), new RegExp(`(?<![\\p{L}\\p{N}])${TRAVEL_WORDS}(?:\\p{Lu}[\\p{L}.'’-]*[ \u00a0–-]?){0,4}\\(?$`, 'u')];

/**
 * "trade code NSA", "Flew out of GRU last month", "three weekly flights to São Paulo–Guarulhos (GRU)", "service to
 * Rome Ciampino (CIA)": an acronym that is a code (a port's, an airport's, a ticker) where the words before say so.
 */
export function codeUse(text: string, s: number): boolean {
  const before = text.slice(Math.max(0, s - 64), s);
  if (CODE_BEFORE.every((re) => re.test(before))) return true;
  // travel: "flights to", "flew out of", "landed at", optionally a place's capitalised name and a bracket
  return TRAVEL_BEFORE.every((re) => re.test(before));
}

/**
 * "routed through GRU (São Paulo–Guarulhos)": a three-letter code followed by a bracketed place name of two words or
 * more, one of whose capitalised words has the code's letters in order from its first (the airport's code, as
 * codeWordBefore reads it the other way round).
 */
export function codePlaceAfter(text: string, e: number, acronym: string): boolean {
  if (acronym.length !== 3 || !isSpace(text.charCodeAt(e)) || text.charCodeAt(e + 1) !== 0x28) return false;
  const close = text.indexOf(')', e + 2);
  if (close < 0 || close - e > 60) return false;
  const words = text.slice(e + 2, close).split(/[\s–—-]+/);
  // a place's name has more than one word here; one word may be the agency's own ("BND (Bundesnachrichtendienst)")
  return words.length > 1 && words.some((w) => spellsCode(w, acronym));
}

/** "London, EC3", "EC3V 4AB": a London postal district (or a full UK postcode), not Europol's EC3. */
export function postcodeUse(text: string, s: number, e: number): boolean {
  // every hit passes here: most are decided by their length and their second code unit, with no slice
  if (e - s < 2 || e - s > 4 || !(isDigit(text.charCodeAt(s + 1)) || isDigit(text.charCodeAt(s + 2)))) return false;
  if (!/^[A-Z]{1,2}\d{1,2}[A-Z]?$/.test(text.slice(s, e))) return false;
  return /London,?[ \u00a0]$/.test(text.slice(Math.max(0, s - 8), s)) || /^[ \u00a0]\d[A-Z]{2}(?![\p{L}\p{N}])/u.test(text.slice(e, e + 5));
}

/** "manuscripts (MSS 14–22)", "Form DIA 12": an acronym right before a small number is a catalogue's or a form's. */
export function numberedReference(text: string, e: number): boolean {
  const c = text.charCodeAt(e);
  if ((c !== 0x20 && c !== 0xa0) || !isDigit(text.charCodeAt(e + 1))) return false;
  let i = e + 1;
  while (i < e + 5 && isDigit(text.charCodeAt(i))) i++;
  // "the CISA 24/7 line": round the clock, not a number
  if (text.startsWith('24/7', e + 1)) return false;
  return i - e - 1 <= 3 && !isLetter(text.charCodeAt(i));
}

/** "ISO 27001-certified", "ISO/IEC 27002", "an ISO-certified supplier": the standards body's letters, not Uganda's ISO. */
export function standardUse(text: string, s: number, e: number): boolean {
  return text.startsWith('ISO', s) && e === s + 3 && /^(?:[ \u00a0]\d{3,5}(?!\d)|\/IEC|[- \u00a0]certifi|[ \u00a0]standards?(?![\p{L}\p{N}]))/u.test(text.slice(e, e + 12));
}

/**
 * "the state's new Texas Cyber Command", "Army Cyber Command": a capitalised word right before a generic agency
 * name (no function word, country or nationality) makes it part of another body's proper name.
 */
export function precededByProperName(text: string, s: number): boolean {
  const word = wordBefore(text, s);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !NOT_GIVEN.has(lower) && !HONORIFICS.has(lower) && countryOf(word) === undefined;
}

/**
 * After a given name at `e`: a surname, then a dash or a colon, as transcripts and cast lists introduce people
 * ("Akira Sato — Chief Underwriting Officer"); not the comma of prose ("Akira Tanaka, a spokesman, said").
 */
export function nameLine(text: string, e: number): boolean {
  const m = /^[ \u00a0](\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?(?:[ \u00a0][—–-][ \u00a0]|:)/u.exec(text.slice(e, e + 40));
  return m !== null && !GROUP_NOUNS.has(m[1].toLowerCase()); // not "Conti Gang — a history"
}

/** "Mercury to touch 47C in Al Ain", "Mercury hits 40°C": a weather headline's thermometer. */
function temperatureReading(text: string, e: number): boolean {
  return /^[ \u00a0](?:to[ \u00a0])?(?:touch|hit|cross|soar|climb|top|reach|rise|dip|drop|fall|plunge|hover)(?:e?s)?(?:[ \u00a0](?:to|past|above|below|over|near|around))?[ \u00a0]\d{1,3}(?:[.,]\d)?[ \u00a0]?(?:°|º|C\b|F\b|deg)/.test(text.slice(e, e + 40));
}

/**
 * "GRU, São Paulo’s main airport", "DIA (Denver International Airport)": an acronym glossed as an airport is its
 * code. The gloss must follow at once, so "the GRU hacked the airport" stays the agency.
 */
function airportCode(text: string, e: number): boolean {
  return /^(?:,[ \u00a0]|[ \u00a0]?\(|[ \u00a0]?[–—:-][ \u00a0]?|[ \u00a0])?(?:\p{Lu}[\p{L}’'–-]*[ \u00a0]){0,4}(?:(?:main|international|busiest|biggest|largest)[ \u00a0])?[Aa]irport/u.test(text.slice(e, e + 60));
}

/** "Operation Endgame", "Operation MEDUSA": a name right after "Operation" is the operation's, an event's name. */
export function operationName(text: string, s: number): boolean {
  return s >= 10 && text.startsWith('Operation', s - 10) && (text.charCodeAt(s - 1) === 0x20 || text.charCodeAt(s - 1) === 0xa0) && (s === 10 || !isLetter(text.charCodeAt(s - 11)));
}

/** Does the block around `at` open as a byline ("By Anna Lazarus and...", "Reporting by ...")? */
export function inByline(text: string, at: number): boolean {
  const from = blockFrom(text, at, SHORT_BLOCK);
  if (from >= 0 && /^\s*(?:(?:Reporting|Written|Words|Text|Photos?|Edited|Additional reporting|Interview|Interviewed|Compiled|Produced|Hosted|Story|Analysis) )?[Bb]y /.test(text.slice(from, from + 24))) return true;
  // "Updated 2025-10-21 · by Priya Conti": a byline after a date and a separator; "Approved by R. Paragon, Chief
  // Information Security Officer": a sign-off
  return /(?:[·|•—–]\s*|(?:Approved|Signed|Reviewed|Prepared|Issued|Posted|Authored|Submitted|Presented|Moderated) )[Bb]y\s+(?:\p{Lu}\p{Ll}+|\p{Lu}\.)\s+$/u.test(text.slice(Math.max(from, at - 40, 0), at));
}

/**
 * "AW: Both, in different ways.": two capitals and a colon opening a block are an interviewee's initials, not
 * an agency's acronym.
 */
export function initialsLabel(text: string, s: number, e: number): boolean {
  return e - s === 2 && text.charCodeAt(e) === 0x3a && blockStart(text, s);
}

/** A wire story's dateline: a place in capitals ("LONDON/WASHINGTON", "SAN JOSE, Costa Rica"), maybe a date, then a
 *  space; not a term of three letters before its transliteration ("ГРУ (GRU) – Russia's military intelligence"). */
const DATELINE = /^\p{Lu}[\p{Lu} .\/'’-]*(?:,[ \u00a0]\p{Lu}[\p{L}.]*(?:[ \u00a0]\p{Lu}[\p{L}.]*)?)?(?:,?[ \u00a0]\p{Lu}\p{Ll}{2,8}\.?[ \u00a0]\d{1,2})?[ \u00a0]$/u;

/**
 * "(LEAD) NIS says ...", "10-21 09:55 (LEAD) Seoul, Tokyo ...": a word in capitals in brackets that opens a headline,
 * after nothing but a date or a time, is a wire service's tag for the story, not a name.
 */
export function wireTag(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(s - 1) !== 0x28 || text.charCodeAt(e) !== 0x29) return false;
  // "LONDON/WASHINGTON, Dec 22 (MPS) - State-backed spies...": the tag after a dateline that opens the story
  if (/^[ \u00a0][-–—][ \u00a0]/.test(text.slice(e + 1, e + 4))) {
    // ("(MFS) — There is a particular tone...": or that opens the story's paragraph with no dateline at all)
    const from = blockFrom(text, s, 64);
    if (from < 0) return false;
    const lead = text.slice(from, s - 1);
    return (DATELINE.test(lead) && !/^\S{1,3}[ \u00a0]$/.test(lead)) || lead.trim() === '';
  }
  if (!/^[ \u00a0]\p{Lu}/u.test(text.slice(e + 1, e + 3))) return false;
  let i = s - 2;
  while (i >= 0 && s - i < 24 && text.charCodeAt(i) !== BLOCK_BREAK_CODE) {
    if (isLetter(text.charCodeAt(i))) return false;
    i--;
  }
  return i < 0 || text.charCodeAt(i) === BLOCK_BREAK_CODE;
}

/**
 * Where the block around `at` begins (just after the BLOCK_BREAK before `at`, or 0), looking back at most `limit`
 * code units; -1 when it began farther back. Rules that read "the block" must not read a whole giant one for
 * every hit: a page with a megabyte in one paragraph would cost megabytes per name (quadratic).
 */
export function blockFrom(text: string, at: number, limit: number): number {
  for (let i = at - 1, stop = Math.max(0, at - limit - 1); i >= stop; i--) if (text.charCodeAt(i) === BLOCK_BREAK_CODE) return i + 1;
  return at <= limit ? 0 : -1;
}

/** Where the block around `at` ends (the next BLOCK_BREAK at or after `at`, or text.length), at most `limit` ahead; -1 when farther. */
export function blockTo(text: string, at: number, limit: number): number {
  for (let i = at, stop = Math.min(text.length - 1, at + limit); i <= stop; i++) if (text.charCodeAt(i) === BLOCK_BREAK_CODE) return i;
  return text.length - at <= limit ? text.length : -1;
}

/**
 * Does the block around `at` end in a colon, within 120 characters: a speaker's label in a transcript ("Q (Marcus
 * Play, WNCR-TV):"), capitalised word by word like a headline but naming a person?
 */
export function labelBlock(text: string, at: number): boolean {
  let end = blockTo(text, at, 120);
  if (end < 0) return false;
  while (end > at && isSpace(text.charCodeAt(end - 1))) end--;
  return text.charCodeAt(end - 1) === 0x3a;
}

/** How far back the block rules below look for a block's start: no headline, caption or byline is longer. */
const SHORT_BLOCK = 1000;

/** Does a block (a paragraph, a cell, a heading) begin at `s`? */
export function blockStart(text: string, s: number): boolean {
  return s === 0 || text.charCodeAt(s - 1) === BLOCK_BREAK_CODE;
}

/** The last word of text[s, e), lower case ("typhoon" of "Salt Typhoon"). */
export function lastWord(text: string, s: number, e: number): string {
  return text.slice(Math.max(s, lettersStart(text, e)), e).toLowerCase();
}

/**
 * "JUDITH GOLD: Thanks for having me.": an all-caps word after another all-caps word and before a colon is the
 * surname in a transcript's speaker label.
 */
export function speakerLabel(text: string, s: number, e: number): boolean {
  // "DANA CONTI:", and as radio transcripts write it, "RACHEL GOLD, HOST:"
  if (!isAllCapsWord(text, s, e)) return false;
  // "[00:00:04] AKIRA TANABE: Welcome": a given name before the speaker's surname, and what they say after it
  // (not a caps headline, "PEGASUS SCANDAL: WHAT WE KNOW")
  const label = /^[ \u00a0](\p{Lu}[\p{Lu}'’-]+):[ \u00a0]+[^\uffff]{0,20}\p{Ll}/u.exec(text.slice(e, e + 60)); // \uffff: BLOCK_BREAK
  if (label && !GROUP_NOUNS.has(label[1].toLowerCase()) && !NOT_GIVEN.has(text.slice(s, e).toLowerCase())) return true;
  // (or the speaker's role in brackets before the colon: "MARCUS TURLA (CEO, Harbor City Lightning):")
  if (!(text.charCodeAt(e) === 0x3a || /^, [A-Z][A-Z ]{1,24}:/.test(text.slice(e, e + 28)) || /^[ \u00a0]\([^()\uffff]{1,60}\):/.test(text.slice(e, e + 66)))) return false;
  const word = wordBefore(text, s);
  return isAllCapsWord(word, 0, word.length) && !NOT_GIVEN.has(word.toLowerCase()) && countryOf(word) === undefined;
}

/** Is `text[s, e)` one word of capital letters only ("GOLD")? */
export function isAllCapsWord(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) { if (c < 0x41 || c > 0x5a) return false; continue; } // (ASCII: a capital, without a string per letter)
    const d = text[i];
    if (!isLetter(c) || d !== d.toUpperCase() || d === d.toLowerCase()) return false;
  }
  return true;
}

/** Italian articles and prepositions that elide before a vowel: "l'Fbi", "dell'Acn", "all'Aisi". */
const ITALIAN_ELISION = /(?<![\p{L}\p{N}])(?:[lL]|[dDaAnNsS]ell|[dD]all|[cC]oll|[qQ]uell)['\u2019]$/u;
/**
 * Is the word at `s` right after an elided Italian article ("l'Fbi", "dell'Acn")? Italian house style writes
 * acronyms in title case, and there a title-case spelling of an acronym is the acronym: no word that is also
 * an acronym's letters takes that article so ("l'Ice" is the agency, the ice is "il ghiaccio").
 */
export function italianElision(text: string, s: number): boolean {
  const q = text.charCodeAt(s - 1);
  return (q === 0x27 || q === 0x2019) && ITALIAN_ELISION.test(text.slice(Math.max(0, s - 7), s));
}

/** Is `text[s, e)` one capitalised word in lower case after its capital ("Conti", "Lazarus"; not "APT28", "SideWinder")? */
export function isCapitalisedWord(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  const c = text[s];
  if (c === c.toLowerCase()) return false;
  for (let i = s + 1; i < e; i++) {
    const d = text[i];
    if (!isLetter(text.charCodeAt(i)) || d !== d.toLowerCase()) return false;
  }
  return true;
}

/** Does a sentence (or a block) begin at `s`: only opening quotes or brackets between it and a full stop, "?", "!" or the block's start? */
export function sentenceStart(text: string, s: number): boolean {
  let i = s - 1;
  while (i >= 0 && /["'“‘(\[]/.test(text[i])) i--;
  if (i < 0 || text.charCodeAt(i) === BLOCK_BREAK_CODE) return true;
  if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0xa0) return false;
  i--;
  // "¶ A. Intellexa ¶ B. NSO Group": a block that opens after a space (the markup's whitespace between blocks)
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i--;
  if (i < 0 || text.charCodeAt(i) === BLOCK_BREAK_CODE) return true;
  // "▶ Play episode", "• Silence from...": a bullet or a player's arrow opening the block
  if (i >= 0 && BULLETS.test(text[i]) && (i === 0 || text.charCodeAt(i - 1) === BLOCK_BREAK_CODE)) return true;
  while (i >= 0 && /["'”’)\]]/.test(text[i])) i--;
  return text[i] === '.' || text[i] === '?' || text[i] === '!';
}
const BULLETS = /[▶►▸•·‣◆■▪→»]/;

/**
 * Does a one-word name at [s, e) open a quotation that goes on in lower case ("such as “Silence, then the click of
 * a key”")? Its capital is the quotation's, not a name's. A name quoted alone ("the group “Silence”") is not; nor,
 * here, one after a full stop or a colon, where a sentence or a list about the group so often opens with its name
 * ("Candiru sold its tools...", "three named an attacker: Qilin (...)").
 */
export function quotationOpener(text: string, s: number, e: number): boolean {
  if (!/^,?[ \u00a0]\p{Ll}/u.test(text.slice(e, e + 3))) return false;
  const q = text[s - 1];
  if (q !== '"' && q !== '“') return false;
  // after a space, or where a block opens ("<blockquote>“Silence is no longer an option,” said...")
  const c = text.charCodeAt(s - 2);
  return s < 2 || c === 0x20 || c === 0xa0 || c === BLOCK_BREAK_CODE;
}

/** Words after a sentence-initial ordinary word that show it is the word ("Silence from the vendor", "Play it straight"). */
/** What the rest of a sentence says of a group, after "<Name> is": its kind, its deeds, its origin, its being back. */
const GROUP_CLAUSE = /(?<![\p{L}\p{N}])(?:group|gang|crew|actor|hack\p{L}*|ransom\p{L}*|APT|threat|cyber\p{L}*|operat\p{L}*|affiliat\p{L}*|malware|spyware|tools?|implant|brand|cluster|campaign|banks?|attack\p{L}*|breach\p{L}*|victims?|active|prolific|behind|responsible|linked|tied|attribut\p{L}*|believed|suspected|known|back|still|now|also|Russia\p{L}*|Chin\p{L}*|Iran\p{L}*|Korea\p{L}*|state|leak\p{L}*|extort\p{L}*|encrypt\p{L}*|steal\p{L}*|stole|targets?|targeting|name|named|called)(?![\p{L}\p{N}])/iu;
const ORDINARY_FOLLOWERS = new Set(['from', 'at', 'of', 'on', 'over', 'across', 'around', 'along', 'it', 'them', 'that', 'him', 'her', 'me', 'us', 'you', 'your', 'our', 'their', 'this', 'these', 'those', 'its', 'my', 'his', 'the', 'a', 'an',
  // a player's button: "▶ Play episode 1:22:07", "Play video"
  'episode', 'video', 'audio', 'trailer', 'clip', 'recording']);
/** Of ORDINARY_FOLLOWERS, those that show the word after a colon too. */
const COLON_FOLLOWERS = new Set(['from', 'at', 'on', 'over', 'across', 'around', 'along']);
/** Lower-case nouns after an ordinary-word group name that make it a malware name ("its Snake implant"). */
const MALWARE_NOUNS = new Set(['implant', 'implants', 'malware', 'backdoor', 'backdoors', 'trojan', 'loader', 'rootkit', 'wiper', 'stealer', 'dropper', 'payload', 'payloads', 'sample', 'samples', 'binary', 'binaries', 'variant', 'variants', 'framework', 'toolkit']);

export const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011;
/** A capital then lower-case letters, from `i` on ("Moore" in "Graphite-Moore"). */
function capitalisedFrom(text: string, i: number): boolean {
  const c = text[i];
  const d = text[i + 1];
  return c !== undefined && d !== undefined && c !== c.toLowerCase() && d !== d.toUpperCase();
}

/** "Celeste Graphite-Moore", "Lloyd-Conti": a word joined by a hyphen to another capitalised word is part of a double-barrelled name. */
function inDoubleBarrelled(text: string, s: number, e: number): boolean {
  if (isHyphen(text.charCodeAt(e)) && capitalisedFrom(text, e + 1)) return true;
  if (s < 3 || !isHyphen(text.charCodeAt(s - 1))) return false;
  const a = lettersStart(text, s - 1);
  return a < s - 1 && capitalisedFrom(text, a);
}

/** What a reference work writes in brackets after a name that is not ours: "see Predator (film)". */
/** Kinds of thing that carry names like ours, for a reference work's brackets and for a word beside a name. */
const THINGS = ['film', 'movie', 'novel', 'book', 'band', 'album', 'song', 'musical', 'opera', 'character', 'constellation', 'star', 'planet', 'moon', 'mineral', 'genus', 'horse', 'racehorse', 'ship', 'yacht', 'aircraft', 'drone', 'missile', 'rocket', 'river', 'mountain'];
const DISAMBIGUATORS = new Set([...THINGS, 'single', 'play', 'tv series', 'series', 'video game', 'game', 'comics', 'mythology', 'element', 'animal', 'plant', 'car', 'company', 'brand', 'surname', 'given name', 'name', 'disambiguation',
  'parable', 'ide', 'software', 'programming language', 'taxon', 'saint', 'island', 'village', 'town', 'city', 'actor', 'actress', 'singer', 'rapper', 'musician', 'footballer', 'painting', 'sculpture', 'poem']);

/** "Predator (film)": a name followed by a bracketed kind of thing that is not ours; or "Pegasus the flying horse",
 *  "Dante the poet": the same kind right after "the". (With a comma, "These names: Pegasus, the winged horse."
 *  glosses the product's own name, and stays a mention.) */
export function disambiguated(text: string, e: number): boolean {
  // "Pegasus the flying horse", "talking about Pegasus: the winged-horse fountain"
  const at = text.charCodeAt(e) === 0x3a ? e + 1 : e;
  const apposition = isSpace(text.charCodeAt(at)) && text.startsWith('the', at + 1) && isSpace(text.charCodeAt(at + 4)) && /^:?[ \u00a0]the[ \u00a0]((?:\p{Ll}+(?:-\p{Ll}+)?[ \u00a0]){0,2}\p{Ll}+(?:-\p{Ll}+)?)(?![\p{L}\p{N}])/u.exec(text.slice(e, e + 48));
  if (apposition) return apposition[1].split(/[ \u00a0-]/).some((w) => THINGS.includes(w) || KINDS_BEFORE.has(w) || KINDS_AFTER.has(w));
  if (text.charCodeAt(e) !== 0x20 || text.charCodeAt(e + 1) !== 0x28) return false;
  const close = text.indexOf(')', e + 2);
  if (close < 0 || close - e > 40) return false;
  const inside = text.slice(e + 2, close).toLowerCase();
  if (DISAMBIGUATORS.has(inside)) return true;
  // "Paragon (a character archetype)", "Pegasus (the winged horse)": an article, then a kind of thing
  const words = /^(?:a|an|the) (.+)$/.exec(inside)?.[1].split(' ');
  return words !== undefined && words.length <= 3 && words.some((w) => DISAMBIGUATORS.has(w) || KINDS_BEFORE.has(w));
}

const QUOTES_CLOSE = new Set([0x22, 0x27, 0x201d, 0x2019]);

/**
 * "the original “Akira” was a film about a city", "Akira is also the title of a celebrated 1988 film": the words
 * after a name say it is a work or another kind of thing (THINGS, KINDS_BEFORE), not a group.
 */
export function saidToBeThing(text: string, e: number): boolean {
  // most names: no "is"/"was" right after, and no slice or regex for them
  const i = QUOTES_CLOSE.has(text.charCodeAt(e)) ? e + 1 : e;
  if (!text.startsWith(' is ', i) && !text.startsWith(' was ', i) && !text.startsWith('\u00a0is', i) && !text.startsWith('\u00a0was', i)) return false;
  const m = /^["”’']?[ \u00a0](?:is|was)[ \u00a0](?:also[ \u00a0])?(?:the[ \u00a0](?:title|name)[ \u00a0]of[ \u00a0])?(?:an?|the)[ \u00a0]((?:[\p{Ll}\d-]+[ \u00a0]){0,3}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(text.slice(e, e + 80));
  // "Play is also the name of a ransomware crew" names the group
  return !!m && m[1].split(/[ \u00a0]/).some((w) => THINGS.includes(w) || KINDS_BEFORE.has(w));
}

/**
 * A person by what they are in a story, a school, a family or a team, right before a one-word name: "the Japanese
 * student Akira", "her daughter Lazarus" (English and the Nordic languages; not "son", Spanish for "are"). Not "hacker",
 * "actor" or "operator", which personas are, nor "sister" or "cousin", which groups are called ("its cousin Fancy Bear").
 */
const PERSON_NOUNS = new Set(['student', 'pupil', 'schoolboy', 'schoolgirl', 'teenager', 'classmate', 'teacher', 'professor', 'detective', 'inspector', 'constable', 'sergeant', 'nurse', 'doctor', 'protagonist', 'hero', 'narrator',
  'daughter', 'wife', 'husband', 'boyfriend', 'girlfriend', 'uncle', 'aunt', 'grandson', 'granddaughter', 'singer', 'rapper', 'guitarist', 'drummer', 'striker', 'goalkeeper', 'midfielder', 'winger', 'jockey',
  'studerende', 'elev', 'eleven', 'lærer', 'lärare', 'betjent', 'betjenten', 'kommissær', 'kommissæren', 'kommissarie', 'kommissarien', 'detektiv', 'detektiven', 'datter', 'dotter', 'sønn', 'søn', 'sønnen', 'hovedperson', 'hovedpersonen', 'huvudperson', 'huvudpersonen']);

/** Kinds of thing written in lower case right before or after a name that is theirs, not ours: "the constellation Pegasus", "Predator drones". */
const KINDS_BEFORE = new Set([...THINGS, 'callsign', 'game', 'shooter', 'comic', 'cartoon', 'villain', 'heroine', 'poet', 'painter', 'composer', 'novelist', 'saint', 'prophet', 'goddess', 'colt', 'filly', 'mare', 'stallion', 'bull', 'dog', 'trio', 'duo', 'quartet', 'vessel', 'tug', 'tugboat', 'tanker', 'freighter', 'trawler', 'ferry', 'barge', 'carrier', 'frigate', 'destroyer', 'submarine', 'cutter', 'dredger', 'schooner', 'icebreaker', 'lifeboat', 'species', 'genus', 'butterfly', 'moth', 'cocktail', 'restaurant']);
/** Laboratory instruments, a kind of thing even a word later: "the Paragon tube furnace", "a Pegasus battery cycler". */
const INSTRUMENTS = ['furnace', 'furnaces', 'porosimeter', 'cycler', 'cyclers', 'analyser', 'analyzer', 'spectrometer', 'microscope', 'diffractometer', 'centrifuge', 'balance', 'glovebox'];
const INSTRUMENT = new Set(INSTRUMENTS);
const KINDS_AFTER = new Set(['drone', 'drones', 'aircraft', 'missile', 'missiles', 'jet', 'jets', 'helicopter', 'helicopters', 'rocket', 'rockets', 'tank', 'tanks', 'satellite', 'satellites', 'constellation', 'film', 'films', 'movie', 'movies', 'franchise', 'sequel', 'sequels', 'trilogy', 'trilogies', 'novel', 'novels', 'comics', 'butterfly', 'butterflies', 'moth', 'moths',
  // a colour or a finish ("the Graphite frame"), a show or a toy ("the “Cozy Bear” puppet show"), a season or a food
  'colour', 'colours', 'color', 'colors', 'finish', 'paint', 'frame', 'model', 'models',
  'puppet', 'puppets', 'show', 'exhibit', 'exhibition', 'costume', 'costumes', 'toy', 'toys', 'plush', 'mascot',
  'season', 'seasons', 'gourd', 'gourds', 'melon', 'melons', 'larva', 'larvae', 'badge', 'badges', 'tier',
  // a dish on a menu: "a Fancy Bear biscuit", "the Cozy Bear pancake stack", "Charming Kitten cupcakes"
  'biscuit', 'biscuits', 'pancake', 'pancakes', 'cupcake', 'cupcakes', 'cake', 'cakes', 'cookie', 'cookies', 'muffin', 'muffins', 'cocktail', 'cocktails', 'sundae', 'dessert',
  // a picture house: "the old Zarya cinema"
  'cinema', 'cinemas',
  // a band or a club: "Cozy Bear Club — Bristol indie four-piece", "the Black Basta Brass Band"
  // a laboratory's instrument: "the Paragon furnace", "the Paragon balance"
  ...INSTRUMENTS,
  'club', 'band', 'brass', 'quartet', 'trio', 'duo', 'soundsystem', 'ensemble', 'four-piece', 'five-piece',
  // footwear and kit: "Adidas Predator boots", "the Predator boot bundle"
  'boot', 'boots', 'shoe', 'shoes', 'trainers', 'sneakers', 'cleats',
  // a product range: "the Mercury range of desk lamps" (not "line": "a note on the Play line" of a claims table)
  'range', 'series',
  // a device's parts and finishes, a setting: "a Graphite chassis", "the Pegasus wireless speakers", "a "Charming Kitten" preset"
  'chassis', 'colourway', 'colorway', 'speaker', 'speakers', 'headphones', 'earbuds', 'laptop', 'laptops', 'preset', 'presets', 'edition', 'wireless',
  // a vehicle: "the Pegasus e-bike", "Predator scooters"
  'bike', 'bikes', 'e-bike', 'e-bikes', 'bicycle', 'bicycles', 'scooter', 'scooters', 'e-scooter', 'e-scooters', 'motorbike', 'motorbikes',
  // a landmark or a place in town: "the Pegasus fountain", "the Sandworm carousel", "Royal Oak pub"
  'fountain', 'fountains', 'statue', 'statues', 'carousel', 'carousels', 'mural', 'murals', 'sculpture', 'sculptures', 'monument', 'playground', 'pub', 'inn', 'diner', 'bakery', 'café', 'cafe', 'stables',
  // a society page: "Royal garden party washout", "the Royal wedding"; the state: "Royal decree creates the authority"
  'wedding', 'weddings', 'garden', 'gardens', 'party', 'parties', 'household', 'tour', 'visit', 'baby', 'decree', 'decrees', 'charter', 'assent', 'navy',
  // a material or a commodity: "Graphite prices", "gold futures", "the Copper mine"
  'price', 'prices', 'futures', 'mine', 'mines', 'mining', 'miners', 'ore', 'deposit', 'deposits', 'reserves', 'pencil', 'pencils',
  // a chemical or its industry: "Mercury compounds: new restrictions", "Graphite anode glut", "cobalt smelters"
  'compound', 'compounds', 'anode', 'anodes', 'cathode', 'cathodes', 'electrode', 'electrodes', 'ingot', 'ingots', 'bullion', 'smelter', 'smelters', 'smelting', 'refinery', 'refineries', 'glut',
  // a meeting's business: "Agenda item 3", "the consent agenda items"
  'item', 'items']);

/** Words before "of" that make what follows a work's title: "a screening of Inception", "a reissue of Akira". */
const WORK_OF = new Set(['screening', 'screenings', 'reissue', 'remake', 'remakes', 'sequel', 'premiere', 'rerun', 'staging', 'production', 'adaptation', 'trailer', 'poster', 'soundtrack', 'performance']);

/**
 * A kind of thing named right beside a name, so that the name is the thing's: "the constellation Pegasus",
 * "a screening of Inception", "Predator drones", "São Paulo's “Cozy Bear” puppet show", and in a headline's
 * capitals too ("Predator Drones and the New Border").
 */
/** Figures of myth and words of the sky (not "myth" or "legend" alone, which explain a group's namesake too). */
const MYTH_OR_SKY_STEMS = ['Perseus', 'Zeus', 'Bellerophon', 'Poseidon', 'Athena', 'Hermes', 'Olympus', 'gorgons?', 'Titans?', 'planets?', 'orbits?', 'winged[ \u00a0]horse', 'goddess', 'the[ \u00a0]Sun', 'astronom\\p{Ll}*', 'telescopes?', 'stargaz\\p{Ll}*', 'night[ \u00a0]sky'];
const MYTH_OR_SKY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${MYTH_OR_SKY_STEMS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** The same words without boundaries or endings: a cheap test first, as the Unicode classes are costly to compile. */
const MYTH_OR_SKY_WORDS = new RegExp(MYTH_OR_SKY_STEMS.map((w) => w.replace(/\\p\{Ll\}\*|s\?$/g, '')).join('|'));
const sentenceBreak = (c: number) => c === 0x2e || c === 0x3f || c === 0x21 || c === BLOCK_BREAK_CODE;
/** Where the sentence that goes on at `e` ends (its full stop, ? or !, or its block), reading at most `limit` code units. */
function sentenceEnd(text: string, e: number, limit: number): number {
  let b = e;
  while (b < text.length && b - e < limit && !sentenceBreak(text.charCodeAt(b))) b++;
  return b;
}
/** Words that bring a sentence back to the field ("In Greek myth Pegasus was a horse; the spyware is no gift"). */
const FIELD_WORDS = /spyware|hack|malware|cyber|ransom|exploit|phone|surveil|espionage|group|gang|crew|victim|actor|operator/i;

/**
 * An ordinary-word name in a sentence about myths or the sky, with no word of the field in it: the figure or the
 * planet, not the group ("Bellerophon later rode Pegasus against the Chimera"); a question's answer reads with it.
 */
export function mythicalUse(text: string, s: number, e: number): boolean {
  if (!isCapitalisedWord(text, s, e)) return false;
  let a = s;
  while (a > 0 && s - a < 200 && !sentenceBreak(text.charCodeAt(a - 1))) a--;
  // an answer goes with its question: "Which planet is closest to the Sun? Answer: Mercury."
  if (text.charCodeAt(a - 1) === 0x3f) for (a--; a > 0 && s - a < 400 && !sentenceBreak(text.charCodeAt(a - 1)); a--);
  const sentence = text.slice(a, sentenceEnd(text, e, 200));
  // "Medusa, like the Gorgon of myth, tends to leave its victims frozen": a group compared with its namesake
  return MYTH_OR_SKY_WORDS.test(sentence) && MYTH_OR_SKY.test(sentence) && !FIELD_WORDS.test(sentence);
}

/** "the power-metal band DragonForce", "the film Sandworm": the word before names a kind of thing. */
export const kindBefore = (text: string, s: number): boolean => KINDS_BEFORE.has(wordBefore(text, s));

/** An organisation's, a team's or a place's noun that closes a longer proper name. */
const ORGANISATION_NOUNS = 'Gaming|Esports|eSports|FC|United|Athletic|Racing|Studios?|Games|Records|Entertainment|Co-?operative|Association|Society|Council|Trust|Foundation|Church|Parish|School|Academy|College|Hospital|Clinic|Farms?|Fisheries|Brewery|Winery|Hotel|Museum|Library|Choir|Orchestra|Company|Partnership|Federation|Minerals|Mining|Metals|Resources|Exploration|River|Valley|Lake|Street|Road';
const ORGANISATION_AFTER = new RegExp(String.raw`^(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,3}?[ \u00a0](?:${ORGANISATION_NOUNS})(?![\p{L}\p{N}])`, 'u');
/**
 * The noun in capitals right after a name in capitals: "TURLA RIVER" in a ship register. Only right after: in a
 * headline in capitals the words between are a sentence ("AKIRA HITS COUNTY HOSPITAL").
 */
const ORGANISATION_AFTER_CAPS = new RegExp(String.raw`^[ \u00a0](?:${ORGANISATION_NOUNS.toUpperCase()})(?![\p{L}\p{N}])`, 'u');
/**
 * "the local Turla Fishermen’s Cooperative", "the Lazarus Family Trust", "folk duo Turla River", "beating Turla
 * Gaming 4-2", "Cozy Bear FC": capitalised words after a plain-word name that end in an organisation's, a team's or
 * a place's noun make it part of that name. Only that
 * noun, up to three words on: a plain capitalised word after a group's name is as often its malware or a
 * platform ("Turla Kazuar backdoor").
 */
export const organisationAfter = (text: string, e: number): boolean => (text.charCodeAt(e) === 0x20 || text.charCodeAt(e) === 0xa0) && (ORGANISATION_AFTER.test(text.slice(e, e + 64)) || (isUpperLatin(text.charCodeAt(e - 1)) && isUpperLatin(text.charCodeAt(e - 2)) && ORGANISATION_AFTER_CAPS.test(text.slice(e, e + 64))));

export function kindBeside(text: string, s: number, e: number): boolean {
  const before = wordBefore(text, s);
  if (KINDS_BEFORE.has(before)) return true;
  if (before === 'of' && WORK_OF.has(wordBefore(text, s - 3).toLowerCase())) return true;
  // "leaks Sandworm: Tides of Ash build", "Review bombing hits Predator: Hunting Grounds": inside a sentence, a
  // name with a capitalised subtitle after its colon is a work's title
  if (text.charCodeAt(e) === 0x3a) return workSubtitle(text, e) && !sentenceStart(text, s);
  // the next word, a hyphenated second part, and a lower-case word after them (within 40 code units)
  const limit = e + 40;
  let i = e;
  const q = text.charCodeAt(i);
  if (q === 0x22 || q === 0x201d || q === 0x2019 || q === 0x27) i++;
  if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0xa0) return false;
  const w1 = runEnd(text, i + 1, limit, false);
  if (w1 === i + 1) return false;
  const first = text.slice(i + 1, w1);
  let j = w1;
  let second: string | undefined;
  if (text.charCodeAt(j) === 0x2d && j + 1 < limit) {
    const w2 = runEnd(text, j + 1, limit, false);
    if (w2 > j + 1) { second = text.slice(j + 1, w2); j = w2; }
  }
  let third: string | undefined;
  if ((text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0) && j + 1 < limit) {
    const w3 = runEnd(text, j + 1, limit, true);
    if (w3 > j + 1) third = text.slice(j + 1, w3);
  }
  const word = first.toLowerCase();
  if (third !== undefined && INSTRUMENT.has(third) && word === first) return true;
  // "Predator drone-maker", and "the Pegasus e-bike" (a hyphenated kind)
  return KINDS_AFTER.has(word) || (second !== undefined && KINDS_AFTER.has(`${word}-${second.toLowerCase()}`));
}

/**
 * After the colon at `colon`: two or more capitalised words (minor words between them) and then the sentence going
 * on in lower case ("Sandworm: Tides of Ash build", "Sandworm: Tides of Ash, due next spring"). A title-case
 * headline goes on capitalised ("After Pegasus: How the Spyware Market Outlived...") and is not one.
 */
function workSubtitle(text: string, colon: number): boolean {
  const m = /^:[ \u00a0]((?:\p{Lu}\p{Ll}+[ \u00a0](?:(?:of|the|and|in|on|at|to|for|from|with|a|an)[ \u00a0])?){1,5}?\p{Lu}\p{Ll}+),?[ \u00a0](\p{Ll}+)/u.exec(text.slice(colon, colon + 80));
  return m !== null && !MINOR_WORDS.has(m[2]);
}

/** "the Predator 16 in Graphite", "Korvan's Predator 16's cooling": a product's model number right after the word. */
function modelNumberAfter(text: string, e: number): boolean {
  // most names have no digit after them: the regex (costly to compile on a fresh page) runs only where one does
  if (!isSpace(text.charCodeAt(e)) || !isDigit(text.charCodeAt(e + 1))) return false;
  return /^[ \u00a0]\d{1,3}(?:['’]s(?![\p{L}\p{N}])|[.,](?!\d)|(?![\p{L}\p{N}.,:%]))/u.test(text.slice(e, e + 8));
}

/** "MQ-1 Predator", "MQ-9 Reaper": a name right after a model number is the model's name. */
function afterModelNumber(text: string, s: number): boolean {
  if (s < 4 || (text.charCodeAt(s - 1) !== 0x20 && text.charCodeAt(s - 1) !== 0xa0)) return false;
  let a = s - 1;
  while (a > 0 && s - 1 - a < 10 && !isSpace(text.charCodeAt(a - 1))) a--;
  return /^[A-Z]{1,4}[-‑]\d{1,4}[A-Z]?$/.test(text.slice(a, s - 1));
}

/** Lower-case words that, joined by a hyphen after an ordinary-word name, make a compound of words ("Tick-box", "Gold-plated", "Ice-cold"); never "-linked" or "-backed". */
const COMPOUND_SECOND = new Set(['and', 'or', 'to', 'for', 'of', 'in', 'on', 'off', 'out', 'up', 'by', 'proof', 'box', 'boxes', 'tock', 'plated', 'leaf', 'foil', 'smith', 'smiths', 'fish', 'ware', 'work', 'works', 'field', 'house', 'berry', 'mark', 'marks', 'rush', 'standard', 'medal', 'medallist', 'medalist', 'coloured', 'colored', 'rimmed', 'free', 'cold', 'cream', 'cube', 'cubes', 'skating', 'age', 'bound', 'tone', 'toned', 'grey', 'gray', 'white', 'dust', 'bite', 'bitten', 'pick', 'breaker', 'breakers', 'cap', 'bird', 'birds', 'charmer', 'skin', 'oil', 'pit', 'eye', 'eyes', 'tail', 'shaped', 'exclusion', 'resistant']);

/**
 * "like a Sandworm in Dune", "an Equation, as the suspect calls it", "som en Sandworm i Dune": an indefinite article
 * before a one-word name, and a preposition or punctuation after it ("an Akira affiliate", "a Play attack", "a
 * Pegasus that cannot travel" name the group or the product), is one of a kind of thing. The Nordic
 * "en", which is "in" in Spanish and French, counts only before a Nordic preposition.
 */
export function aThing(text: string, s: number, e: number): boolean {
  const before = wordBefore(text, s).toLowerCase();
  if (before !== 'a' && before !== 'an' && before !== 'en' && before !== 'ett' && before !== 'ei') return false;
  const after = /^(?:[,;:.!?)]|[ \u00a0](\p{Ll}+)(?![\p{L}\p{N}]))/u.exec(text.slice(e, e + 12));
  if (!after) return false;
  if (before === 'en') return after[1] !== undefined && NORDIC_AFTER_THING.has(after[1]);
  // "a" is "to" or "the" in Spanish, Italian and Portuguese ("se atribuyó a Lazarus.", "Já a Paragon,"): only
  // "an" may stand before punctuation, and "a" only before an English preposition
  return after[1] === undefined ? before === 'an' : ENGLISH_AFTER_THING.has(after[1]);
}
const ENGLISH_AFTER_THING = new Set(['in', 'from', 'with', 'on', 'at', 'as', 'like']);
const NORDIC_AFTER_THING = new Set(['i', 'fra', 'från', 'af', 'av', 'som', 'med', 'på']);

/**
 * Groups named like their own malware, whose name before "implant" or "loader" is the malware's ("its Snake
 * implant", "the Silence trojan"); other groups' names before such a noun are the group's ("a new Sandworm wiper
 * sample", "the Turla backdoor").
 */
const MALWARE_NAMED = new Set(['snake', 'silence', 'ryuk', 'emotet', 'trickbot', 'qakbot', 'dridex', 'blackenergy', 'carbanak', 'winnti', 'plugx', 'shadowpad', 'hive', 'play', 'conti', 'akira', 'royal', 'medusa', 'cactus', 'agenda', 'clop', 'lockbit', 'ragnar', 'maze', 'egregor', 'phobos']);

/**
 * An ordinary-word name used as the word, or as the name of the malware rather than the group:
 * "Silence from one persona rarely means...", "Play it straight", "its Snake implant", "Celeste Graphite-Moore",
 * "see Predator (film)", "the MQ-1 Predator", "the constellation Pegasus", "Predator drones", "a Silence-and-wait
 * strategy", "Predator-class aircraft".
 */
export function ordinaryUse(text: string, s: number, e: number, actorOnly: boolean): boolean {
  if (!isCapitalisedWord(text, s, e)) return false; // one word: phrase names are names
  if (inDoubleBarrelled(text, s, e) || disambiguated(text, e) || afterModelNumber(text, s) || kindBeside(text, s, e) || temperatureReading(text, e) || aThing(text, s, e) || PERSON_NOUNS.has(wordBefore(text, s))) return true;
  // "a Silence-and-wait strategy", "Predator-class aircraft": a compound of words, not the name
  if (isHyphen(text.charCodeAt(e)) && COMPOUND_SECOND.has(/^\p{Ll}+(?![\p{L}\p{N}])/u.exec(text.slice(e + 1, e + 14))?.[0] ?? '')) return true; // "Play-in tournament", "Predator-proof", "Tick-box"
  if (isHyphen(text.charCodeAt(e)) && text.startsWith('class', e + 1) && KINDS_AFTER.has(nextLowerWord(text, e + 6) ?? '')) return true; // not "a Pegasus-class exploit"
  if (text.charCodeAt(s - 1) !== 0x23 && modelNumberAfter(text, e)) return true; // not "#Graphite 251 people"
  // "s.mercury: Silence from the SBU is telling": what follows a speaker's or a label's colon opens like a sentence
  const afterColon = text.charCodeAt(s - 1) === 0x20 && text.charCodeAt(s - 2) === 0x3a;
  const start = sentenceStart(text, s);
  // "Silence is a virtue in this business", "Silence was the right answer", "Silence, in this area, mostly helps the
  // other side", "Hungary: Silence": the abstract noun opening a sentence says nothing of the group unless the rest of
  // the sentence does ("Silence is a Russian-speaking group", "Silence hit banks in Bangladesh")
  // (a term alone in its block, a glossary's or a table's "Silence", is the group's name)
  if (text.slice(s, e) === 'Silence' && (afterColon || start) && !aloneInBlock(text, s, e) && !GROUP_CLAUSE.test(text.slice(e, sentenceEnd(text, e, 120)))) return true;
  const next = nextLowerWord(text, e);
  if (next === undefined) return false;
  if (actorOnly && MALWARE_NOUNS.has(next) && MALWARE_NAMED.has(text.slice(s, e).toLowerCase())) return true;
  // "Twelve hours later", "Twelve lots go under the hammer": a number opening a sentence counts what follows.
  if (NUMBER_WORDS.has(text.slice(s, e).toLowerCase()) && start && !GROUP_NOUNS.has(next)) return true;
  // the rest reads a word opening a sentence, or after a colon before a preposition ("Silence from the SBU is
  // telling"; "the naming hazard: Predator the spyware" names it)
  if (!start && !afterColon) return false;
  // "Play is never the answer", "Silence is golden", "Silence is not the same as safety": a saying about the word, not
  // about a group ("Akira is not the only crew" is); for "Silence" the rule above already holds
  if (next === 'is' && /^[ \u00a0]is[ \u00a0](?:never|rarely|seldom|golden|no[ \u00a0]longer|not[ \u00a0](?:always|enough|consent|the[ \u00a0]same[ \u00a0]as|(?:an?[ \u00a0]|the[ \u00a0])?(?:option|strategy|answer)))(?![\p{L}\p{N}])/u.test(text.slice(e, e + 32))) return true;
  // (a name everyday language writes with a capital anyway, "Pegasus on the school gate", is no common noun there;
  // but "Lazarus of Bethany" and "Pegasus from Greek myth" are the man and the horse by where they come from)
  return (start ? ORDINARY_FOLLOWERS : COLON_FOLLOWERS).has(next) && (next === 'of' || next === 'from' || !PROPER_WORDS.has(text.slice(s, e).toLowerCase()));
}
