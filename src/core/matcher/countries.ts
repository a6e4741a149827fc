/**
 * Country words as newspapers put them next to an agency's name ("Ukraine's Security Service", "the Georgian
 * State Security Service", "the Security Service of Ukraine"), by ISO 3166 code: the matcher uses them to tell
 * which country's agency a generic name means (match.ts, countryRows), and, for adjectives only, to leave a
 * nationality out of a mention (rules.ts, isNationality: "the *Russian* Foreign Intelligence Service", while
 * "United States Cyber Command" is the name).
 * Each country: its names ("Ukraine", "North Korea"; possessives are derived) and its adjectives ("Ukrainian",
 * "North Korean", "U.S.").
 */

import { ARABIC_CLITIC_CODES, isLetter } from '../normalise';

const COUNTRIES: Record<string, [names: string[], adjectives: string[]]> = {
  AE: [['Emirates', 'United Arab Emirates'], ['UAE', 'Emirati']],
  AF: [['Afghanistan'], ['Afghan']],
  BO: [['Bolivia'], ['Bolivian']],
  CM: [['Cameroon'], ['Cameroonian']],
  EC: [['Ecuador'], ['Ecuadorian']],
  ER: [['Eritrea'], ['Eritrean']],
  AL: [['Albania'], ['Albanian']],
  AM: [['Armenia'], ['Armenian']],
  AR: [['Argentina'], ['Argentine', 'Argentinian']],
  AT: [['Austria'], ['Austrian']],
  AU: [['Australia'], ['Australian']],
  AZ: [['Azerbaijan'], ['Azerbaijani']],
  BD: [['Bangladesh'], ['Bangladeshi']],
  BE: [['Belgium'], ['Belgian']],
  BG: [['Bulgaria'], ['Bulgarian']],
  BH: [['Bahrain'], ['Bahraini']],
  BR: [['Brazil'], ['Brazilian']],
  BY: [['Belarus'], ['Belarusian']],
  CA: [['Canada'], ['Canadian']],
  CH: [['Switzerland'], ['Swiss']],
  CL: [['Chile'], ['Chilean']],
  CN: [['China', 'Beijing'], ['Chinese']],
  CO: [['Colombia'], ['Colombian']],
  CU: [['Cuba'], ['Cuban']],
  CY: [['Cyprus'], ['Cypriot']],
  CZ: [['Czechia', 'Czech Republic'], ['Czech']],
  DE: [['Germany', 'East Germany'], ['German', 'East German', 'West German']],
  DK: [['Denmark'], ['Danish']],
  DZ: [['Algeria'], ['Algerian']],
  EE: [['Estonia'], ['Estonian']],
  EG: [['Egypt'], ['Egyptian']],
  ES: [['Spain'], ['Spanish']],
  ET: [['Ethiopia'], ['Ethiopian']],
  FI: [['Finland'], ['Finnish']],
  FR: [['France'], ['French']],
  GB: [['Britain', 'Great Britain', 'United Kingdom'], ['UK', 'U.K.', 'British', 'English', 'Scottish', 'Welsh']],
  GE: [['Georgia'], ['Georgian']],
  GH: [['Ghana'], ['Ghanaian']],
  GR: [['Greece'], ['Greek']],
  GT: [['Guatemala'], ['Guatemalan']],
  HN: [['Honduras'], ['Honduran']],
  HR: [['Croatia'], ['Croatian']],
  HU: [['Hungary'], ['Hungarian']],
  ID: [['Indonesia'], ['Indonesian']],
  IE: [['Ireland'], ['Irish']],
  IL: [['Israel'], ['Israeli']],
  IN: [['India'], ['Indian']],
  IQ: [['Iraq'], ['Iraqi']],
  IR: [['Iran', 'Tehran'], ['Iranian']],
  IS: [['Iceland'], ['Icelandic']],
  IT: [['Italy'], ['Italian']],
  JO: [['Jordan'], ['Jordanian']],
  JP: [['Japan'], ['Japanese']],
  KE: [['Kenya'], ['Kenyan']],
  KG: [['Kyrgyzstan'], ['Kyrgyz']],
  KH: [['Cambodia'], ['Cambodian']],
  KP: [['North Korea', 'Pyongyang'], ['North Korean']],
  KR: [['South Korea', 'Seoul'], ['South Korean']],
  KW: [['Kuwait'], ['Kuwaiti']],
  KZ: [['Kazakhstan'], ['Kazakh']],
  LA: [['Laos'], ['Lao']],
  LB: [['Lebanon'], ['Lebanese']],
  LT: [['Lithuania'], ['Lithuanian']],
  LU: [['Luxembourg'], ['Luxembourgish']],
  LV: [['Latvia'], ['Latvian']],
  LY: [['Libya'], ['Libyan']],
  MA: [['Morocco'], ['Moroccan']],
  MD: [['Moldova'], ['Moldovan']],
  ME: [['Montenegro'], ['Montenegrin']],
  MK: [['North Macedonia'], ['Macedonian']],
  MM: [['Myanmar', 'Burma'], ['Burmese']],
  MN: [['Mongolia'], ['Mongolian']],
  MT: [['Malta'], ['Maltese']],
  MX: [['Mexico'], ['Mexican']],
  MY: [['Malaysia'], ['Malaysian']],
  NG: [['Nigeria'], ['Nigerian']],
  NI: [['Nicaragua'], ['Nicaraguan']],
  NP: [['Nepal'], ['Nepali']],
  PA: [['Panama'], ['Panamanian']],
  NL: [['Netherlands', 'Holland'], ['Dutch']],
  NO: [['Norway'], ['Norwegian']],
  NZ: [['New Zealand'], []],
  OM: [['Oman'], ['Omani']],
  PE: [['Peru'], ['Peruvian']],
  PH: [['Philippines'], ['Philippine', 'Filipino']],
  PK: [['Pakistan'], ['Pakistani']],
  PL: [['Poland'], ['Polish']],
  PS: [['Palestine'], ['Palestinian']],
  PT: [['Portugal'], ['Portuguese']],
  QA: [['Qatar'], ['Qatari']],
  RO: [['Romania'], ['Romanian']],
  RS: [['Serbia'], ['Serbian']],
  RU: [['Russia', 'Moscow', 'Kremlin', 'Soviet Union', 'USSR'], ['Russian', 'Soviet']],
  RW: [['Rwanda'], ['Rwandan']],
  SA: [['Saudi Arabia'], ['Saudi']],
  SE: [['Sweden'], ['Swedish']],
  SG: [['Singapore'], ['Singaporean']],
  SI: [['Slovenia'], ['Slovenian']],
  SK: [['Slovakia'], ['Slovak']],
  SY: [['Syria'], ['Syrian']],
  SO: [['Somalia'], ['Somali']],
  SD: [['Sudan'], ['Sudanese']],
  SV: [['El Salvador'], ['Salvadoran']],
  TH: [['Thailand'], ['Thai']],
  TJ: [['Tajikistan'], ['Tajik']],
  TM: [['Turkmenistan'], ['Turkmen']],
  UY: [['Uruguay'], ['Uruguayan']],
  XK: [['Kosovo'], ['Kosovar']],
  ZM: [['Zambia'], ['Zambian']],
  TN: [['Tunisia'], ['Tunisian']],
  TR: [['Turkey', 'Türkiye'], ['Turkish']],
  TW: [['Taiwan', 'Taipei'], ['Taiwanese']],
  UA: [['Ukraine', 'Kyiv'], ['Ukrainian']],
  UG: [['Uganda'], ['Ugandan']],
  US: [['United States', 'America', 'Washington'], ['US', 'U.S.', 'American']],
  UZ: [['Uzbekistan'], ['Uzbek']],
  VE: [['Venezuela'], ['Venezuelan']],
  VN: [['Vietnam', 'Viet Nam', 'Hanoi'], ['Vietnamese']],
  YE: [['Yemen'], ['Yemeni']],
  ZA: [['South Africa'], ['South African']],
  ZW: [['Zimbabwe'], ['Zimbabwean']],
};

/**
 * The same countries as the European-language press names them ("la Russie", "los Estados Unidos", "de Britse
 * National Crime Agency"): names in French, Spanish, Italian, German, Dutch and Portuguese (and, for some, Czech,
 * Slovak, Hungarian and Greek), and the Dutch
 * adjectives, which are capitalised (the others are written in lower case, and a capital is what countriesIn reads).
 */
const OTHER_LANGUAGES: Record<string, [names: string[], adjectives: string[]]> = {
  RU: [['Russie', 'Rusia', 'Russland', 'Rusland', 'Rússia', 'Moscou', 'Moskau', 'Moscú', 'Rusko', 'Ruska', 'Rusku', 'Oroszország', 'Oroszországból', 'Ρωσία', 'Ρωσίας'], ['Russische']],
  CN: [['Chine', 'Cina', 'Pékin', 'Pekín', 'Peking', 'Pequim', 'Čína', 'Číny', 'Číně', 'Kína', 'Kínából', 'Κίνα', 'Κίνας'], []],
  GB: [['Royaume-Uni', 'Reino Unido', 'Regno Unito', 'Großbritannien', 'Verenigd Koninkrijk', 'Groot-Brittannië'], ['Britse', 'Engelse']],
  US: [['États-Unis', 'Estados Unidos', 'Stati Uniti', 'Vereinigte Staaten', 'Verenigde Staten', 'Amerika'], ['Amerikaanse']],
  DE: [['Allemagne', 'Alemania', 'Germania', 'Deutschland', 'Duitsland', 'Alemanha'], ['Duitse']],
  FR: [['Frankreich', 'Frankrijk', 'Francia', 'França'], ['Franse']],
  UA: [['Ucrania', 'Ucraina', 'Oekraïne', 'Ucrânia', 'Kiev', 'Kyjiw'], ['Oekraïense']],
  IR: [['Irán', 'Irão'], ['Iraanse']],
  KP: [['Corée du Nord', 'Corea del Norte', 'Corea del Nord', 'Nordkorea', 'Noord-Korea', 'Coreia do Norte'], ['Noord-Koreaanse']],
  IL: [['Israël', 'Israele'], ['Israëlische']],
  NL: [['Pays-Bas', 'Países Bajos', 'Paesi Bassi', 'Niederlande', 'Nederland', 'Países Baixos'], ['Nederlandse']],
  BE: [['Belgique', 'Bélgica', 'Belgio', 'Belgien', 'België'], ['Belgische']],
  ES: [['Espagne', 'España', 'Spagna', 'Spanien', 'Spanje', 'Espanha', 'Ισπανία', 'Ισπανίας', 'Španělsko', 'Španělsku', 'Spanyolország', 'Spanyolországban'], ['Spaanse']],
  IT: [['Italie', 'Italia', 'Italien', 'Italië', 'Itália'], ['Italiaanse']],
  PT: [[], ['Portugese']],
  // the names in Hungarian, Czech, Slovak and Greek, in the cases the press puts them in ("Magyarországon", "v Česku")
  HU: [['Magyarország', 'Magyarországon', 'Magyarországot', 'Magyarországra', 'Magyarországról', 'Magyarországnak', 'Maďarsko', 'Ουγγαρία'], []],
  CZ: [['Česko', 'Česka', 'Česku', 'Českem', 'Česká republika', 'České republiky', 'České republice', 'Českou republikou'], []],
  SK: [['Slovensko', 'Slovenska', 'Slovensku', 'Slovenskom', 'Slovenskem', 'Slovenská republika', 'Slovenskej republiky'], []],
  GR: [['Ελλάδα', 'Ελλάδας', 'Görögország', 'Görögországban', 'Řecko'], []],
};

/** The Nordic names, and the adjectives, which open a sentence with a capital ("Finske Supo har pekt på..."). */
const NORDIC: Record<string, [names: string[], adjectives: string[]]> = {
  FI: [['Suomi'], ['Finske', 'Finska', 'Finsk']],
  SE: [['Sverige'], ['Svenske', 'Svenska', 'Svensk']],
  NO: [['Norge'], ['Norske', 'Norska', 'Norsk']],
  DK: [['Danmark'], ['Danske', 'Danska', 'Dansk']],
  CN: [['Kina'], ['Kinesiske', 'Kinesiska', 'Kinesisk']],
  RU: [['Ryssland'], ['Russiske', 'Ryska', 'Russisk', 'Rysk']],
  US: [[], ['Amerikanske', 'Amerikanska', 'Amerikansk']],
  GB: [['Storbritannien', 'Storbritannia'], ['Britiske', 'Brittiska', 'Britisk', 'Brittisk']],
  IR: [[], ['Iranske', 'Iranska', 'Iransk']],
  KP: [[], ['Nordkoreanske', 'Nordkoreanska', 'Nordkoreansk']],
};

/**
 * The countries as the Arabic press names them: the name, and the adjective with the article in both genders
 * ("مصر", "المصري", "المصرية"). Arabic has no capitals: countriesIn and countryAfter read these words whole, with
 * a clitic joined before them or not ("وإيران", "بمصر"). ("عمان" is left out: it is Oman and Jordan's capital.)
 */
const ARABIC: Record<string, string[]> = {
  EG: ['مصر', 'المصري', 'المصرية', 'القاهرة'],
  JO: ['الأردن', 'الأردني', 'الأردنية'],
  SD: ['السودان', 'السوداني', 'السودانية', 'الخرطوم'],
  SA: ['السعودية', 'السعودي', 'الرياض'],
  AE: ['الإمارات', 'الإماراتي', 'الإماراتية', 'أبوظبي'],
  QA: ['قطر', 'القطري', 'القطرية', 'الدوحة'],
  KW: ['الكويت', 'الكويتي', 'الكويتية'],
  BH: ['البحرين', 'البحريني', 'البحرينية'],
  IR: ['إيران', 'الإيراني', 'الإيرانية', 'طهران'],
  IL: ['إسرائيل', 'الإسرائيلي', 'الإسرائيلية'],
  SY: ['سوريا', 'سورية', 'السوري', 'السورية', 'دمشق'],
  IQ: ['العراق', 'العراقي', 'العراقية', 'بغداد'],
  LB: ['لبنان', 'اللبناني', 'اللبنانية', 'بيروت'],
  YE: ['اليمن', 'اليمني', 'اليمنية'],
  MA: ['المغرب', 'المغربي', 'المغربية'],
  DZ: ['الجزائر', 'الجزائري', 'الجزائرية'],
  TN: ['تونس', 'التونسي', 'التونسية'],
  LY: ['ليبيا', 'الليبي', 'الليبية'],
  TR: ['تركيا', 'التركي', 'التركية'],
  RU: ['روسيا', 'الروسي', 'الروسية', 'موسكو'],
  CN: ['الصين', 'الصيني', 'الصينية', 'بكين'],
  US: ['أمريكا', 'أميركا', 'الأمريكي', 'الأمريكية', 'الأميركي', 'الأميركية', 'الولايات المتحدة', 'واشنطن'],
  GB: ['بريطانيا', 'البريطاني', 'البريطانية', 'المملكة المتحدة', 'لندن'],
  FR: ['فرنسا', 'الفرنسي', 'الفرنسية'],
  DE: ['ألمانيا', 'الألماني', 'الألمانية'],
  KP: ['كوريا الشمالية', 'الكوري الشمالي', 'بيونغ يانغ'],
  KR: ['كوريا الجنوبية', 'الكوري الجنوبي'],
  PS: ['فلسطين', 'الفلسطيني', 'الفلسطينية'],
  PK: ['باكستان', 'الباكستاني', 'الباكستانية'],
  IN: ['الهند', 'الهندي', 'الهندية'],
  UA: ['أوكرانيا', 'الأوكراني', 'الأوكرانية'],
};
/** Arabic country word (one or two words) -> code. */
const ARABIC_WORD = new Map<string, string>();
for (const [code, words] of Object.entries(ARABIC)) for (const w of words) ARABIC_WORD.set(w, code);
const ARABIC_WORD_RE = /[\u0621-\u064a]+/g;

/** The country of the Arabic word(s) `w` ("مصر", "وإيران", "وبإيران", "كوريا الشمالية"), with up to two clitics before it. */
function arabicCountry(w: string): string | undefined {
  for (let i = 0; i <= 2; i++) {
    const code = ARABIC_WORD.get(i ? w.slice(i) : w);
    if (code || !ARABIC_CLITIC_CODES.has(w.charCodeAt(i))) return code;
  }
  return undefined;
}

/** The Arabic country words in `slice`, one word or two. */
function arabicCountriesIn(slice: string, out: Set<string>): void {
  const words = [...slice.matchAll(ARABIC_WORD_RE)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const two = next && next.index === w.index + w[0].length + 1 ? arabicCountry(`${w[0]} ${next[0]}`) : undefined;
    const code = two ?? arabicCountry(w[0]);
    if (code) out.add(code);
    if (two) i++;
  }
}

/** The Turkish names, with the possessive suffix that follows an apostrophe left to countryBefore ("Rusya'nın GRU'su"). */
const TURKISH: Record<string, [names: string[], adjectives: string[]]> = {
  US: [['ABD', 'Amerika Birleşik Devletleri'], []],
  RU: [['Rusya'], []],
  CN: [['Çin'], []],
  IR: [['İran'], []],
  IL: [['İsrail'], []],
  KP: [['Kuzey Kore'], []],
  GB: [['İngiltere', 'Birleşik Krallık'], []],
  TR: [['Türkiye'], []],
};

/** lower-cased name or adjective ("north korea", "russian") -> code. The dataset files the Soviet and East German
 *  services under RU and DE (it has no codes for states that are gone), so those words map there. */
const BY_WORD = new Map<string, string>();
/** lower-cased adjectives. */
const ADJECTIVES = new Set<string>();
for (const [code, [names, adjectives]] of [...Object.entries(COUNTRIES), ...Object.entries(OTHER_LANGUAGES), ...Object.entries(NORDIC), ...Object.entries(TURKISH)]) {
  for (const w of [...names, ...adjectives]) BY_WORD.set(w.toLowerCase(), code);
  for (const w of adjectives) ADJECTIVES.add(w.toLowerCase());
}

/** Is `words` ("Russian", "North Korean", "U.S.") a country's adjective? */
export function isCountryAdjective(words: string): boolean {
  return ADJECTIVES.has(words.toLowerCase());
}

const isArabicAt = (text: string, i: number) => { const c = text.charCodeAt(i); return c >= 0x621 && c <= 0x64a; };
const isJsSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isNameUnit = (c: number) => c === 0x2e || isLetter(c);
const isCapital = (c: number) => { const ch = String.fromCharCode(c); return ch === ch.toUpperCase() && ch !== ch.toLowerCase(); };

/**
 * One to three capitalised words (a capital, then letters and dots; one white-space character between them) that end
 * right before a possessive and white space, or a white space and a bracket, at `at`, within the 40 code units before
 * it: what /((?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*)(?:(?:['’]s?)?\s+|\s\()$/u finds there, read in code (that
 * regex's Unicode classes cost about a millisecond to compile on every fresh page).
 */
function capitalisedBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 40);
  let end: number;
  if (text.charCodeAt(at - 1) === 0x28 && at - 2 >= from && isJsSpace(text.charCodeAt(at - 2))) end = at - 2;
  else {
    end = at;
    while (end > from && isJsSpace(text.charCodeAt(end - 1))) end--;
    if (end === at) return undefined;
    const q = text.charCodeAt(end - 1);
    if (q === 0x27 || q === 0x2019) end--;
    else if (q === 0x73 && end - 2 >= from && (text.charCodeAt(end - 2) === 0x27 || text.charCodeAt(end - 2) === 0x2019)) end -= 2;
  }
  let start = -1;
  for (let e = end, n = 0; n < 3; n++) {
    let r = e;
    while (r > from && isNameUnit(text.charCodeAt(r - 1))) r--;
    let p = r;
    while (p < e && !isCapital(text.charCodeAt(p))) p++;
    if (p === e) break; // no capital: the words end here
    start = p;
    if (p > r || r - 1 < from || !isJsSpace(text.charCodeAt(r - 1))) break;
    e = r - 1;
  }
  return start < 0 ? undefined : text.slice(start, end);
}

/**
 * The country named right before offset `at` in `text`, as "<Country>'s ", "<Adjective> " or "the <Adjective> "
 * (one to three words, each capitalised), or undefined.
 */
export function countryBefore(text: string, at: number): string | undefined {
  if (!capitalBefore(text, at)) return undefined;
  // "North Korea's RGB", "the Georgian SSG", "North Korea (RGB)"
  const named = capitalisedBefore(text, at);
  if (named === undefined) return undefined;
  const words = named.split(/\s+/);
  // The longest tail of the words that is a country: "Moldova's", "North Korea's", "the Georgian".
  for (let i = 0; i < words.length; i++) {
    const code = BY_WORD.get(words.slice(i).join(' ').toLowerCase());
    if (code) return code;
  }
  return undefined;
}

/**
 * countryBefore's regex needs, right before `at`, white space (or white space and "("), an optional possessive
 * and a run of letters with a capital in it. Most names follow a lower-case word ("of the RGB"): this says no
 * to them without running the regex. True whenever the regex may match (non-ASCII letters are left to it).
 */
function capitalBefore(text: string, at: number): boolean {
  let i = at - 1;
  let c = text.charCodeAt(i);
  if (c === 0x28) c = text.charCodeAt(--i);
  if (c > 0x7f) return true;
  if (c !== 0x20 && !(c >= 0x09 && c <= 0x0d)) return false;
  while (i > 0 && (c === 0x20 || (c >= 0x09 && c <= 0x0d))) c = text.charCodeAt(--i);
  if (c > 0x7f) return true; // a curly possessive, or a letter of another script
  if (c === 0x73 && text.charCodeAt(i - 1) === 0x27) i -= 2; // 's
  else if (c === 0x27) i--;
  for (; i >= 0; i--) {
    c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
    if (c > 0x7f) return true;
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x2e)) return false;
  }
  return false;
}

/** The country named right after offset `at` as " of <Country>" or " of the <Country>" ("the State Security Service of Georgia"). */
export function countryAfter(text: string, at: number): string | undefined {
  // "جهاز المخابرات العامة المصري", "... في مصر": the adjective after the name, or "in" and the country
  if (isArabicAt(text, at + 1)) {
    const a = /^\s(?:في\s)?([\u0621-\u064a]+)(?:\s([\u0621-\u064a]+))?/.exec(text.slice(at, at + 48));
    return a ? (a[2] ? arabicCountry(`${a[1]} ${a[2]}`) : undefined) ?? arabicCountry(a[1]) : undefined;
  }
  const m = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})/u.exec(text.slice(at, at + 48));
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  // The longest head of the words that is a country: "of Georgia", "of the United Kingdom", "of Ukraine said".
  for (let i = words.length; i > 0; i--) {
    const code = BY_WORD.get(words.slice(0, i).join(' ').toLowerCase());
    if (code) return code;
  }
  return undefined;
}

/**
 * The countries named in `text` between `from` and `to` (names and adjectives, capitalised, possessives
 * allowed): the passage before a generic agency name whose country is not written beside it ("Lithuania's
 * carriers were told... The State Security Department, the country's counter-intelligence service, said").
 */
export function countriesIn(text: string, from: number, to: number): Set<string> {
  const out = new Set<string>();
  const re = /\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}/gu;
  const slice = text.slice(Math.max(0, from), to);
  if (/[\u0621-\u064a]/.test(slice)) arabicCountriesIn(slice, out);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (!/\s/.test(m[0])) { const code = BY_WORD.get(m[0].toLowerCase()); if (code) out.add(code); continue; } // one word: most
    const words = m[0].split(/\s/);
    for (let i = 0; i < words.length; i++) {
      for (let j = words.length; j > i; j--) {
        const code = BY_WORD.get(words.slice(i, j).join(' ').toLowerCase());
        if (code) { out.add(code); i = j - 1; break; }
      }
    }
  }
  return out;
}

/** The country of "U.S.", "Danish", "New Zealand's" (a name or adjective, possessive allowed), or undefined. */
export function countryOf(words: string): string | undefined {
  return BY_WORD.get(words.trim().replace(/['’]s?$/u, '').toLowerCase());
}

/**
 * Does `name` begin with the name, the initials or the adjective of country `code`? "United States Cyber
 * Command", "New Zealand Security Intelligence Service", "UAE Cyber Security Council" and "Estonian Foreign
 * Intelligence Service" do: an agency's canonical name keeps its country only where that is its official
 * name (the dataset writes the others as "Ministry of State Security (North Korea)").
 */
export function startsWithCountry(name: string, code: string): boolean {
  const words = name.split(/\s+/);
  const names = [...(COUNTRIES[code]?.[0] ?? []), ...(COUNTRIES[code]?.[1] ?? []).filter((w) => w.length > 1)];
  for (let k = 1; k <= Math.min(3, words.length - 1); k++) if (names.includes(words.slice(0, k).join(' '))) return true;
  return false;
}
