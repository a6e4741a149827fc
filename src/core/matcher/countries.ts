/**
 * Country words as newspapers put them before an agency's name ("Ukraine's Security Service", "the Georgian
 * State Security Service", "North Korea's Ministry of State Security"), by ISO 3166 code. The matcher uses
 * them to tell which country's agency a generic name means (see match.ts, countryRows).
 * Each entry: the country's short names (possessive forms are derived) and its adjectives.
 */
const COUNTRIES: Record<string, string[]> = {
  AE: ['UAE', 'Emirates', 'United Arab Emirates', 'Emirati'], AF: ['Afghanistan', 'Afghan'], AL: ['Albania', 'Albanian'],
  AM: ['Armenia', 'Armenian'], AR: ['Argentina', 'Argentine', 'Argentinian'], AT: ['Austria', 'Austrian'], AU: ['Australia', 'Australian'],
  AZ: ['Azerbaijan', 'Azerbaijani'], BD: ['Bangladesh', 'Bangladeshi'], BE: ['Belgium', 'Belgian'], BG: ['Bulgaria', 'Bulgarian'],
  BH: ['Bahrain', 'Bahraini'], BR: ['Brazil', 'Brazilian'], BY: ['Belarus', 'Belarusian'], CA: ['Canada', 'Canadian'],
  CH: ['Switzerland', 'Swiss'], CL: ['Chile', 'Chilean'], CN: ['China', 'Chinese', 'Beijing'], CO: ['Colombia', 'Colombian'],
  CU: ['Cuba', 'Cuban'], CY: ['Cyprus', 'Cypriot'], CZ: ['Czechia', 'Czech Republic', 'Czech'], DE: ['Germany', 'German'],
  DK: ['Denmark', 'Danish'], DZ: ['Algeria', 'Algerian'], EE: ['Estonia', 'Estonian'], EG: ['Egypt', 'Egyptian'],
  ES: ['Spain', 'Spanish'], ET: ['Ethiopia', 'Ethiopian'], FI: ['Finland', 'Finnish'], FR: ['France', 'French'],
  GB: ['Britain', 'Great Britain', 'United Kingdom', 'UK', 'U.K.', 'British'], GE: ['Georgia', 'Georgian'], GH: ['Ghana', 'Ghanaian'],
  GR: ['Greece', 'Greek'], HR: ['Croatia', 'Croatian'], HU: ['Hungary', 'Hungarian'], ID: ['Indonesia', 'Indonesian'],
  IE: ['Ireland', 'Irish'], IL: ['Israel', 'Israeli'], IN: ['India', 'Indian'], IQ: ['Iraq', 'Iraqi'], IR: ['Iran', 'Iranian', 'Tehran'],
  IS: ['Iceland', 'Icelandic'], IT: ['Italy', 'Italian'], JO: ['Jordan', 'Jordanian'], JP: ['Japan', 'Japanese'], KE: ['Kenya', 'Kenyan'],
  KG: ['Kyrgyzstan', 'Kyrgyz'], KH: ['Cambodia', 'Cambodian'], KP: ['North Korea', 'North Korean', 'Pyongyang'],
  KR: ['South Korea', 'South Korean', 'Seoul'], KW: ['Kuwait', 'Kuwaiti'], KZ: ['Kazakhstan', 'Kazakh'], LB: ['Lebanon', 'Lebanese'],
  LT: ['Lithuania', 'Lithuanian'], LU: ['Luxembourg', 'Luxembourgish'], LV: ['Latvia', 'Latvian'], LY: ['Libya', 'Libyan'],
  MA: ['Morocco', 'Moroccan'], MD: ['Moldova', 'Moldovan'], ME: ['Montenegro', 'Montenegrin'], MK: ['North Macedonia', 'Macedonian'],
  MM: ['Myanmar', 'Burma', 'Burmese'], MN: ['Mongolia', 'Mongolian'], MT: ['Malta', 'Maltese'], MX: ['Mexico', 'Mexican'],
  MY: ['Malaysia', 'Malaysian'], NG: ['Nigeria', 'Nigerian'], NL: ['Netherlands', 'Holland', 'Dutch'], NO: ['Norway', 'Norwegian'],
  NZ: ['New Zealand'], OM: ['Oman', 'Omani'], PE: ['Peru', 'Peruvian'], PH: ['Philippines', 'Philippine', 'Filipino'],
  PK: ['Pakistan', 'Pakistani'], PL: ['Poland', 'Polish'], PS: ['Palestine', 'Palestinian'], PT: ['Portugal', 'Portuguese'],
  QA: ['Qatar', 'Qatari'], RO: ['Romania', 'Romanian'], RS: ['Serbia', 'Serbian'], RU: ['Russia', 'Russian', 'Moscow', 'Kremlin'],
  RW: ['Rwanda', 'Rwandan'], SA: ['Saudi Arabia', 'Saudi'], SE: ['Sweden', 'Swedish'], SG: ['Singapore', 'Singaporean'],
  SI: ['Slovenia', 'Slovenian'], SK: ['Slovakia', 'Slovak'], SY: ['Syria', 'Syrian'], TH: ['Thailand', 'Thai'],
  TJ: ['Tajikistan', 'Tajik'], TN: ['Tunisia', 'Tunisian'], TR: ['Turkey', 'Türkiye', 'Turkish'], TW: ['Taiwan', 'Taiwanese', 'Taipei'],
  UA: ['Ukraine', 'Ukrainian', 'Kyiv'], UG: ['Uganda', 'Ugandan'], US: ['United States', 'America', 'US', 'U.S.', 'American', 'Washington'],
  UZ: ['Uzbekistan', 'Uzbek'], VE: ['Venezuela', 'Venezuelan'], VN: ['Vietnam', 'Viet Nam', 'Vietnamese', 'Hanoi'],
  YE: ['Yemen', 'Yemeni'], ZA: ['South Africa', 'South African'], ZW: ['Zimbabwe', 'Zimbabwean'],
};

/** lower-cased word or phrase ("north korea", "russian") -> code. */
const BY_WORD = new Map<string, string>();
for (const [code, words] of Object.entries(COUNTRIES)) for (const w of words) BY_WORD.set(w.toLowerCase(), code);

/**
 * The country named right before offset `at` in `text`, as "<Country>'s ", "<Adjective> " or "the <Adjective> "
 * (one to three words, each capitalised), or undefined.
 */
export function countryBefore(text: string, at: number): string | undefined {
  const m = /((?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*)(?:['’]s?)?\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  // The longest tail of the words that is a country: "Moldova's", "North Korea's", "the Georgian".
  for (let i = 0; i < words.length; i++) {
    const code = BY_WORD.get(words.slice(i).join(' ').toLowerCase());
    if (code) return code;
  }
  return undefined;
}

/** The country named right after offset `at` as " of <Country>" or " of the <Country>" ("the State Security Service of Georgia"). */
export function countryAfter(text: string, at: number): string | undefined {
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
