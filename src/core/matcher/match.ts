/**
 * Turns text into mentions: normalise, scan with the automaton, keep the hits that pass the rules
 * (boundaries, case, context), then keep the leftmost-longest non-overlapping ones.
 *
 * A Matcher is created once per content script from MatcherData (no compile). `match` can be called
 * on any piece of text: the whole page, a slice of blocks, or one changed paragraph. Page-level
 * state (entities already anchored by an unambiguous mention) is kept in a MatchContext so that
 * later slices benefit from earlier ones.
 */
import { ENTITY_KINDS, type EntityKind } from '../dataset/kinds';
import { base64ToBytes } from '../base64';
import { BLOCK_BREAK, isLetter, isUnspacedScript, isWordChar } from '../normalise';
import { Automaton } from './automaton';
import { countriesIn, countryAfter, countryBefore, countryOf, startsWithCountry } from './countries';
import type { MatcherData } from './compile';
import { INNER_CAPITAL, organisationAfter, sentenceStart, wordBefore, honorificBefore, cueOfOtherField, materialApposition, thingAround, kindBefore, acronymAsThing, isDigit, namesOnlyBlock, standardUse, deniedBefore, nickname, dottedPersonName, inHanWord, titledGivenName, slavicPassage, glossaryTerm, spelledLaterInSentence, allCapsAround, blockFrom, blockTo, labelBlock, caseEnding, afterHonorific, aloneInBlock, commonNounUse, opensInLowerCase, blockStart, boundariesOk, caseFits, caseKey, currencyUse, followedByProperName, inByline, inLowerRegister, kindBeside, LEGAL_FORM, materialBefore, namesakeBefore, nameLine, initialNameLine, operationName, initialsAfter, definitionBefore, titleBefore, disambiguated, initialsBefore, numberedReference, codeUse, codeWordBefore, postcodeUse, codePlaceAfter, mythicalUse, precededByProperName, groupNounAfter, groupNounBefore, afterThe, initialsLabel, wireTag, inTitleCase, isAllCapsWord, italianElision, lastWord, isCapitalisedWord, isHyphen, isLowerAscii, isQualifier, lowerSchemeName, wordsOfPhrase, ordinaryUse, personBefore, schemePrefix, quotationOpener, saidToBeThing, speakerLabel, FLAG_CASE_EXACT, FLAG_CONTEXT, FLAG_DOTTED, FLAG_NAMESAKE, FLAG_PAGE_CUE, FLAG_QUALIFIED, SCHEME_WORDS, CUE_IN_CAPS, PROPER_WORDS, quotedWord, genitiveS, afterJoinedPrefix, titledTailAfter } from './rules';

/** How far (in characters) a context cue or another mention may be from an ordinary-word name. */
export const CONTEXT_WINDOW = 600;
/** How close a cue must be to a word the page uses as a person's surname for it to be the group. */
const SURNAME_CUE_WINDOW = 32;
/** Unambiguous mentions after which the page has established an ordinary-word entity. */
const ESTABLISHED = 2;
/** "Gareth Conti — “no relation”": right after a person's name, words that set them apart from the group of that name. */
const NO_RELATION = /^[^.!?]{0,24}\bno relation\b/i;
/** "St. Bonaventure, known on campus as ": a capitalised name, then "known (two words at most) as (the)". */
const KNOWN_AS = /(\p{Lu}[\p{L}.’'-]*(?:[ \u00a0]\p{Lu}[\p{L}.’'-]*){0,4}),[ \u00a0]known[ \u00a0](?:\p{Ll}+[ \u00a0]){0,2}as[ \u00a0](?:the[ \u00a0])?$/u;
/** "a lawyer called ", "His dog is called ", "a hamster called ", "the very real surname ": a person or a pet, named. */
const CALLED_PERSON = /(?<![\p{L}\p{N}])(?:(?:an?|one|the)[ \u00a0](?:\p{Ll}+[ \u00a0])?(?:man|woman|boy|girl|guy|lawyer|analyst|colleague|friend|journalist|reporter|detective|officer|teacher|student|neighbour|neighbor|character|dog|cat|horse|puppy|kitten|hamster|greyhound|goldfish|fish|parrot|budgie|rabbit|tortoise|pony|pet|teddy|son|daughter)|(?:dog|cat|horse|puppy|hamster|son|daughter|name)[ \u00a0](?:is|was))[ \u00a0](?:called|named)[ \u00a0]$|(?<![\p{L}\p{N}])(?:surname|(?:family|last|maiden)[ \u00a0]name|(?:calls|called|named|dubbed)[ \u00a0](?:himself|herself)|(?:kalder|kaller|kallar|nennt)[ \u00a0](?:sig|seg|sich)|se[ \u00a0](?:fait[ \u00a0]appeler|hace[ \u00a0]llamar))[ \u00a0]$/u;
/** A role in a byline or a team list, right after a word: "Lead author", "Lead analyst". */
const ROLE_AFTER = /^[ \u00a0](?:author|analyst|researcher|investigator|engineer|editor|writer|designer|developer|architect|consultant|partner|reviewer|contributor|counsel|instructor|maintainer)s?(?![\p{L}\p{N}])/u;
/** A force English names with its nationality ("the Dutch National Police"): officialPrefix keeps the adjective. */
const NATIONAL_POLICE = /^National[ \u00a0]Police$/;
/**
 * "APT 33", "APT-33", "Apt 33" at `s`: the letters apart from a number (an apartment's, or the group written
 * apart), as a cue or as a name. ("APT33" and "APT-C-36" are not.) The first letter is tested before any slice.
 */
const aptApart = (text: string, s: number): boolean => (text.charCodeAt(s) | 0x20) === 0x61 && /^apt[ \u00a0-]\d/i.test(text.slice(s, s + 5));
/** After a cue in capitals: Debian's package tool ("APT package manager", "APT repositories", "APT-get"). */
const PACKAGE_TOOL = /^(?:[ \u00a0](?:package|packages|repository|repositories|repo|repos|mirror|mirrors|source|sources|cache|pinning)(?![A-Za-z])|-(?:get|cache|key)(?![A-Za-z]))/i;
/** CALLED_PERSON's last words: a cheap test first, as its Unicode classes are costly to compile on a fresh page. */
const CALLED_LAST = /(?:called|named|surname|name|himself|herself|sig|seg|sich|appeler|llamar)[ \u00a0]$/;
const OPEN_QUOTE = /^["“‘'«»„]$/;
/** After a quoted acronym: the words that define it as the page's own term ('"SBU" is the number of...'). */
const QUOTED_TERM = /^[ \u00a0](?:is|refers[ \u00a0]to|stands[ \u00a0]for|(?:can[ \u00a0])?(?:also[ \u00a0])?means?)[ \u00a0](?:the[ \u00a0]|an?[ \u00a0])?/;

/** No word runs on from text[outside] into text[inside]: a cue is a whole word (in Chinese, Japanese or Korean, any run of letters). */
function wordEdge(text: string, outside: number, inside: number): boolean {
  if (outside < 0 || outside >= text.length) return true;
  const o = text.charCodeAt(outside);
  return !isWordChar(o) || isUnspacedScript(o) || isUnspacedScript(text.charCodeAt(inside));
}
/** What follows a surname when its person speaks: "Conti said", "Gold, who runs". */
const SPEECH_AFTER = /^,?[ \u00a0](?:said|says|told|tells|added|adds|argued|argues|noted|notes|explained|explains|stressed|stresses|recalled|recalls|warned|warns|replied|replies|asked|asks|wrote|writes|speaks|spoke|remembers|remembered|laughs|laughed|admits|admitted|insists|insisted|who)\b/;

export interface Match {
  /** Offsets in the text given to `match`, end exclusive. */
  start: number;
  end: number;
  /** Entity index into MatcherData.entities; the first candidate. */
  entity: number;
  /** All entities this name may mean (length > 1: ambiguous). */
  candidates: number[];
  /** The alias row that matched (for "why it matched"). */
  row: number;
}

/**
 * What the matcher knows of the page so far. Texts given to `match` with one context are laid end to end,
 * one block break apart, in "page offsets": a page read in chunks gets exactly the decisions of one call on
 * the whole text, provided `settle` is called once it is all read (see `settle`).
 */
export interface MatchContext {
  /** Entities mentioned by a name that needs no context, anywhere on the page so far. */
  anchored: Set<number>;
  /** Entities with an unambiguous accepted mention of any kind (context-vouched ones too), and how many: says
   *  which agency a qualified name without its country means, and when an ordinary-word name is established. */
  named: Map<number, number>;
  /** Page offset of each `named` entity's first unambiguous mention (its earliest, whatever order it was decided in). */
  namedFirst: Map<number, number>;
  /** How many entities `named` counts ESTABLISHED times or more (what `settle` compares). */
  established: number;
  /** Names seen on this page as a person's surname ("Sofia Conti", "Mr. Lazarus", "JUDITH GOLD:"), lower case,
   *  and whether the page had already established the group of that name when the person appeared. */
  persons: Map<string, boolean>;
  /** Those surnames the page has since given words to alone ("Lazarus said"): from then on the bare name is the
   *  person's unless a cue stands beside it, even where the group came first. */
  spoken: Set<string>;
  /** Per group: its hits so far on the page not inside a longer hit (read by addPerson, so that a page read in
   *  chunks decides as one read whole). */
  bareHits: Uint32Array | undefined;
  /** Acronyms the page has defined as something else ("the Metropolitan Police Service (MPS)"), as written. */
  definedElse: Set<string>;
  /** A cue word has been read somewhere on the page so far. */
  cueSeen: boolean;
  /** Page offset of the next text given to `match`. */
  base: number;
  /** Page offsets, ascending: every cue word's start, and every distinctive mention's start. */
  cues: number[];
  strong: number[];
  /** The entities of those distinctive mentions. */
  strongEntities: Set<number>;
  /** Agencies named by a bare acronym ("NSA", "SBU"), which the page may use in another sense. */
  acronymEntities: Set<number>;
  /** Every accepted mention (before leftmost-longest), for "a related entity is named nearby". */
  mentions: { start: number; entity: number; sole: boolean }[];
  mentionsSorted: boolean;
  /** Ordinary-word hits no context has vouched for yet, in page offsets. `settle` decides them. */
  undecided: Undecided[];
  /** Size of `anchored` and `cueSeen` when `settle` last ran: only new page-wide facts make it look again. */
  settledAnchors: number;
  settledNamed: number;
  settledEstablished: number;
  settledCue: boolean;
  settledCyber: boolean;
  /** `base` when `settle` last ran: later text can vouch only for hits within CONTEXT_WINDOW before it. */
  settledBase: number;
}

/**
 * A match in page offsets (see MatchContext), with whatever the caller attached to find it again, and, for a
 * hit still undecided, the overlap cluster it competes in.
 */
export interface PageMatch extends Match { ref?: unknown; cluster?: Cluster }

/**
 * An ordinary-word hit waiting for context. `cluster` is set when it overlaps other candidates of its
 * text: if it is accepted later, leftmost-longest is decided again among them.
 */
export interface Undecided {
  match: PageMatch;
  group: number;
  /** Letters as written, when no row fitted yet (for the case rule that depends on anchors); else ''. */
  letters: string;
  rows: number[];
  /** The country named right before or after the hit, if any (see Matcher.countryRows). */
  country?: string;
  /** Only an entity the page has named unambiguously elsewhere can be meant (ctx.named): a qualified name with
   *  no country beside it, or an ordinary-word name in a title-case headline. */
  namedOnly?: boolean;
  /** A distinctive name that is also a plain capitalised word ("Turla"): needs a page that speaks of cyber operations. */
  pageCue?: boolean;
  /** A qualified agency name with no country beside it or in its paragraph: besides an entity the page has
   *  named, the agency of the one country whose other agencies the page names ("the NIS ... the Defense
   *  Counterintelligence Command" is South Korea's). */
  agencyCountry?: boolean;
  /** Page offsets where the hit's block begins and ends (for agencyCountry hits). */
  blockStart?: number;
  blockEnd?: number;
  /** namedOnly, or context as for any weak hit: a title-case line that lists it beside a distinctive name
   *  ("Akira, Black Basta, Medusa, NoName057(16)") may be a list of groups rather than a headline. */
  listed?: boolean;
}

/** Candidates of one text that overlap one another, with those leftmost-longest kept when it was read. */
export interface Cluster { members: PageMatch[]; kept: Set<PageMatch> }

/** What `settle` changes: matches to add, and kept matches that lost to one of them. */
export interface Settled { add: PageMatch[]; remove: PageMatch[] }

export function newMatchContext(): MatchContext {
  return { anchored: new Set(), named: new Map(), namedFirst: new Map(), established: 0, persons: new Map(), spoken: new Set(), bareHits: undefined, definedElse: new Set(), settledNamed: 0, settledEstablished: 0, cueSeen: false, base: 0, cues: [], strong: [], strongEntities: new Set(), acronymEntities: new Set(), mentions: [], mentionsSorted: true, undecided: [], settledAnchors: 0, settledCue: false, settledCyber: false, settledBase: 0 };
}

interface Hit { start: number; end: number; group: number }

export class Matcher {
  readonly data: MatcherData;
  readonly automaton: Automaton;
  private readonly groups: number;

  constructor(data: MatcherData) {
    this.data = data;
    const bytes = base64ToBytes(data.automaton);
    // A view over a larger buffer (the JS decoder's) is copied; the native decoder's exact buffer is used as is.
    const buf = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    this.automaton = new Automaton(buf as ArrayBuffer);
    this.groups = data.groupRows.length;
    const rel = data.related ?? [];
    for (let i = 0; i + 1 < rel.length; i += 2) {
      this.relatedOf(rel[i]).add(rel[i + 1]);
      this.relatedOf(rel[i + 1]).add(rel[i]);
    }
  }

  private readonly related = new Map<number, Set<number>>();
  private relatedOf(e: number): Set<number> {
    let s = this.related.get(e);
    if (!s) this.related.set(e, (s = new Set()));
    return s;
  }

  entityId(i: number): string { return this.data.entities[i][0]; }
  entityName(i: number): string { return this.data.entities[i][1]; }
  entityKind(i: number): EntityKind { return ENTITY_KINDS[this.data.entities[i][2]]; }

  /**
   * What the scan callback reads, set by match() around each scan: one callback for the Matcher's life, so that the
   * automaton's loop sees one call target (a new closure per text deoptimised it after its first text).
   */
  private scan: { text: string; ctx: MatchContext; base: number; hits: Hit[]; lowerCase: Map<number, boolean> } | undefined;
  private readonly onScanHit = (s: number, e: number, value: number): void => {
    const { text, ctx, base, hits, lowerCase } = this.scan!;
    const groups = this.groups;
    if (value >= groups) {
      // A cue only needs to be a whole word; the URL and identifier checks are for names.
      // "the film, not the spyware": a cue the page denies says nothing of its subject
      // "the standard APT package manager", "apt-get": Debian's tool, not an advanced persistent threat
      if ((wordEdge(text, s - 1, s) || afterJoinedPrefix(text, s)) && wordEdge(text, e, e - 1) && (!CUE_IN_CAPS[value - groups] || (isAllCapsWord(text, s, e) && !PACKAGE_TOOL.test(text.slice(e, e + 14)) && !titleWithDot(text, e) && !aptApart(text, s))) && !deniedBefore(text, s) && !cueOfOtherField(text, s, e)) ctx.cues.push(base + s);
      return;
    }
    // Most raw hits are short names inside longer words ("pla" in "plan"), and many are ordinary words written
    // in lower case ("play", "gold") that only a capitalised spelling names: drop them before they cost anything.
    // (Each test below only drops a hit, so their order is the cheapest first: the case of the letters, then the
    // block's register, then the boundaries, which read the token around the hit.)
    const need = this.caseNeed(value);
    if (need >= 3 && isLowerAscii(text, s, e)) {
      // nor a word hyphen-joined before it ("the x-secret-blizzard header": an identifier), nor a scheme name's
      // words in a phrase of their own ("a fancy bear-skin rug"), even in a block written in lower case
      if ((isHyphen(text.charCodeAt(s - 1)) && isLetter(text.charCodeAt(s - 2))) || (need === 4 && wordsOfPhrase(text, s, e))) return;
      if (!(need === 4 && lowerSchemeName(text, s, e)) && !this.properWordGroup(value) && !this.lowerReadable(value, text, s, lowerCase)) return;
    }
    // "Ice on the roads": a short acronym's letters in title case fit none of its names, anchored or not
    if (need >= 2 && this.shortCapsOnly(value) && isCapitalisedWord(text, s, e) && !italianElision(text, s)) return;
    if (!boundariesOk(text, s, e)) return;
    // "Säpos", "Akiras", not "Plays": a genitive "s" (genitiveS) joined to a name that is no plural of a word
    if (text.charCodeAt(e) === 0x73 && genitiveS(text, s, e) && this.pluralWordGroup(value)) return;
    hits.push({ start: s, end: e, group: value });
  };

  /**
   * The mentions in `text` (offsets in `text`), decided with what `ctx` knows of the page so far. Ordinary-word
   * hits that nothing vouches for yet are kept in `ctx.undecided`, for `settle`.
   */
  match(text: string, ctx: MatchContext = newMatchContext()): Match[] {
    const base = ctx.base;
    ctx.base += text.length + 1;
    const hits: Hit[] = [];
    const lowerCase = new Map<number, boolean>();
    const cuesBefore = ctx.cues.length;
    this.scan = { text, ctx, base, hits, lowerCase };
    this.automaton.scanText(text, this.onScanHit);
    this.scan = undefined;
    if (ctx.cues.length > cuesBefore) {
      ctx.cueSeen = true;
      sortTail(ctx.cues, cuesBefore);
    }
    if (hits.length === 0) return [];

    // Pass 1: hits that need no context. Pass 2: the rest, now that anchors and strong mentions are known.
    const accepted: PageMatch[] = [];
    const weak: Undecided[] = [];
    const titleCase = new Map<number, boolean>();
    // Agency names that are no mention here (another country's agency): the names inside them are none either
    // ("Sudan's National Intelligence and Security Service" is not MI5's "Security Service").
    let blocked: Hit[] | undefined;
    for (const h of hits) {
      if (operationName(text, h.start) || namesakeBefore(text, h.start, h.end) || nickname(text, h.start, h.end) || dottedPersonName(text, h.start, h.end) || inHanWord(text, h.start, h.end) || this.definedAsOther(ctx, text, h, hits)) continue;
      // "the original “Akira” was a film about a city": a one-word name said to be a work or a thing
      // "Lazarus (parable)", "Pegasus the flying horse": glossed as another kind of thing, even on a page that names the group
      if (isCapitalisedWord(text, h.start, h.end) && (saidToBeThing(text, h.end) || disambiguated(text, h.end))) continue;
      // "is military Unit 26165": a lower-case word before capitalised ones describes the name after it, which the
      // page names by the shorter name inside this hit
      if (lowerLead(text, h.start, h.end) && hitsEnding(hits, h.start + 1, h.end).some((o) => o.start > h.start && capitalAt(text, o.start))) continue;
      const tagged = tagRun(text, h, hits, this.actorHit);
      if (!tagged && this.surnameHit(ctx, text, base, h, hits, titleCase)) continue;
      // "COBALT (Secureworks)", "Bronze, Iron, Cobalt": a naming scheme's prefix, not a group
      if (schemePrefix(text, h.start, h.end)) continue;
      if (postcodeUse(text, h.start, h.end)) continue;
      // "INC-24817", "SR-1042": capitals joined by a hyphen to a number are a ticket's or a form's code (a name written
      // so, "APT-28", is an alias of its own and the longer hit)
      if (isHyphen(text.charCodeAt(h.end)) && isDigit(text.charCodeAt(h.end + 1)) && isAllCapsWord(text, h.start, h.end)) continue;
      // "HC-Basin", "HC-Mirage": an ordinary-word name after a code in capitals and a hyphen is the code's part
      // (not "ex-Conti affiliates")
      if (isHyphen(text.charCodeAt(h.start - 1)) && codeBefore(text, h.start - 1) && isCapitalisedWord(text, h.start, h.end) && this.data.groupRows[h.group].every((r) => this.data.rowFlags[r] & FLAG_CONTEXT)) continue;
      if (isAllCapsWord(text, h.start, h.end) && (currencyUse(text, h.start, h.end) || standardUse(text, h.start, h.end) || initialsLabel(text, h.start, h.end) || wireTag(text, h.start, h.end) || materialBefore(text, h.start) || acronymAsThing(text, h.start, h.end))) continue;
      // "P.L.A. blocks from 3-D printers": a dotted acronym is a thing's in the same places (after its last dot)
      if (DOTTED_ACRONYM.test(text.slice(h.start, h.end)) && (materialBefore(text, h.start) || thingAround(text, h.start, h.end))) continue;
      const written = this.needsLetters(h.group) ? text.slice(h.start, h.end) : '';
      const letters = written ? caseKey(written) : '';
      // "SideWinder", "BlackCat": a capital inside a word is a spelling no ordinary word has.
      const camel = letters !== '' && INNER_CAPITAL.test(written);
      const fitting = this.rowsFitting(h.group, letters, undefined, camel, written.includes('.'), italianElision(text, h.start) && isCapitalisedWord(text, h.start, h.end));
      // "an affiliate of alphv", "salt typhoon is inside the telcos": in a block written without capitals
      // (captions, some forum posts) a name that is no plain word fits in lower case, and then waits for
      // context like an ordinary word.
      if (!fitting.length && letters && letters === letters.toLowerCase() && inLowerRegister(text, h.start, lowerCase)) {
        const low = this.lowerFitting(h.group, letters);
        // "a product called pegasus made by the nso group": an ordinary-word name there is the entity only where
        // the page names it elsewhere ("Pegasus, the phone-hacking tool"), not as a common noun ("a paragon of"),
        // and only in a block that opens in lower case, as captions do ("an apex predator" is prose)
        const plain = low.length ? [] : this.lowerPlainWord(h.group, letters);
        if (plain.length) {
          if (!commonNounUse(text, h.start, h.end) && opensInLowerCase(text, h.start)) weak.push({ match: this.toMatch(base + h.start, base + endOf(text, h), h.group, plain), group: h.group, letters: '', rows: plain, namedOnly: true });
          continue;
        }
        const cl = low.length ? this.countryRows(text, h, low) : undefined;
        if (cl && !cl.none && cl.rows.length) weak.push({ match: this.toMatch(base + h.start, base + endOf(text, h), h.group, cl.rows, cl.code), group: h.group, letters: '', rows: cl.rows, country: cl.code });
        if (cl) continue;
      }
      // "If it's pegasus she'd never know": a name that everyday language writes with a capital too (a myth's
      // horse, a man raised from the dead) is, in lower case in prose, the careless spelling of a name the page uses
      const proper = !fitting.length && PROPER_WORDS.has(letters) ? this.lowerPlainWord(h.group, letters) : [];
      if (proper.length) {
        if (!commonNounUse(text, h.start, h.end) && !wordsOfPhrase(text, h.start, h.end) && !quotedWord(text, h.start, h.end)) weak.push({ match: this.toMatch(base + h.start, base + endOf(text, h), h.group, proper), group: h.group, letters: '', rows: proper, namedOnly: true });
        continue;
      }
      const c = this.countryRows(text, h, fitting);
      if (c.none) {
        (blocked ??= []).push(h);
        // "The State Security Department said" with no country beside it: the page's own unambiguous mention of
        // one such agency ("Lithuania's State Security Department", "the VSD") says which one is meant.
        if (c.qualified?.length && !followedByProperName(text, h.end)) weak.push({ match: this.toMatch(base + h.start, base + endOf(text, h), h.group, c.qualified), group: h.group, letters: '', rows: c.qualified, namedOnly: true, agencyCountry: true, blockStart: base + blockFrom(text, h.start, text.length), blockEnd: base + blockTo(text, h.end, text.length) });
        continue;
      }
      const rows = c.rows;
      if (!c.code && rows.length && this.genericAgencyName(text, h, rows) && precededByProperName(text, h.start)) continue;
      // a phrase name beside a kind of thing: "São Paulo's “Cozy Bear” puppet show"
      // (a name with an inner capital only by the word before: "the DragonForce model" is its business model)
      if (rows.length && this.pageCueOnly(rows) && (camel ? kindBefore(text, h.start) : kindBeside(text, h.start, h.end))) continue;
      // an ordinary-word name in a sentence of myths or of the sky: "Bellerophon later rode Pegasus"
      if (rows.length && rows.every((r) => this.data.rowFlags[r] & (FLAG_CONTEXT | FLAG_PAGE_CUE)) && mythicalUse(text, h.start, h.end)) continue;
      // A country named beside an agency's name vouches for it like a cue: "Japan's National Police Agency".
      let strong = (camel && !rows.every((r) => this.data.rowFlags[r] & FLAG_NAMESAKE)) || c.code ? rows : rows.filter((r) => !(this.data.rowFlags[r] & (FLAG_CONTEXT | FLAG_PAGE_CUE)));
      // "North Korea’s Lazarus", "Russia's Sandworm": the group's own country right before vouches for it too
      if (!strong.length && rows.length && !this.agencyGroup(h.group)) {
        const code = countryBefore(text, h.start);
        if (code) strong = rows.filter((r) => this.countriesOf(this.data.rowEntity[r]).includes(code));
      }
      const end = base + this.endOfName(text, h);
      // "Turla the Tortoise": an actor's name written like a plain word (no digits, inner capitals or dashes)
      // waits, like a phrase name, for a page that speaks of cyber operations.
      // In a title-case headline after what may be a given name ("Obituary: Miriam Turla, 84"), only if the page
      // names the group elsewhere.
      const plain = strong.length > 0 && !camel && this.plainWordName(text, h, strong, titleCase);
      // "Turla River", "the Turla Fishermen's Cooperative", and in a ship register "TURLA RIVER": a place's or an
      // organisation's noun after a plain-word name, or after an actor's name in capitals, closes a longer name
      if ((plain || (strong.length && !camel && this.actorGroup(h.group) && everyWord(text, h.start, h.end, isAllCapsWord))) && organisationAfter(text, h.end)) continue;
      // "APT 33" among a brochure's unit codes (an apartment's): "APT" written apart from its number waits, like a
      // phrase name, for a page that speaks of cyber operations ("APT33", "APT-C-36" need none)
      if (strong.length && aptApart(text, h.start)) {
        weak.push({ match: this.toMatch(base + h.start, end, h.group, strong, c.code), group: h.group, letters: '', rows: strong, country: c.code, pageCue: true });
        continue;
      }
      if (plain) {
        // "Sandworm (video game)", "the novel Sandworm": a plain-word name glossed as another kind of thing
        if (disambiguated(text, h.end) || kindBeside(text, h.start, h.end)) continue;
        weak.push({ match: this.toMatch(base + h.start, end, h.group, strong, c.code), group: h.group, letters: '', rows: strong, country: c.code, pageCue: true, namedOnly: (personBefore(text, h.start) && inTitleCase(text, h.start, titleCase)) || undefined });
      } else if (strong.length && !c.code && this.bareAgencyAcronym(text, h, strong)) {
        // "the league's NSA inspectors", "or NSA stock": a bare agency acronym waits for a page that speaks of this
        // field somewhere (a cue, or another distinctive name: it counts as one itself)
        const m = this.toMatch(base + h.start, end, h.group, strong);
        if (m.candidates.length === 1) ctx.acronymEntities.add(m.entity);
        weak.push({ match: m, group: h.group, letters: '', rows: strong, pageCue: true });
      } else if (strong.length) accepted.push(this.toMatch(base + h.start, end, h.group, strong, c.code));
      // "Cobalt Ridge Labs", "Paragon Properties": a one-word name inside a longer proper name is not ours.
      // A phrase name is specific enough to be followed by anything ("How Salt Typhoon Breached...").
      else if (rows.length && ordinaryUse(text, h.start, h.end, rows.every((r) => this.entityKind(this.data.rowEntity[r]) === 'threat-actor')) && !this.vendorAfterFrom(text, h, hits)) continue;
      else {
        // "Harbourline Threat Summit", "Cyber Threat Intelligence Lead": an all-caps name written in title case (SUMMIT,
        // LEAD: it fits once its entity is anchored) after another capitalised word ends a longer proper name
        // (not after a word that opens the sentence: "Formerly Neptunium to Microsoft")
        if (!rows.length && isCapitalisedWord(text, h.start, h.end) && precededByProperName(text, h.start) && !sentenceStart(text, h.start - 1 - wordBefore(text, h.start).length)) continue;
        // "Lead author: Nadia Farrokh": a name that fits only as written in capitals ("LEAD"), in title case before a
        // lower-case role, is a word of the byline, even on a page that names the group
        if (!rows.length && isCapitalisedWord(text, h.start, h.end) && ROLE_AFTER.test(text.slice(h.end, h.end + 24))) continue;
        // "Election Watchdog", "A Fog of Claims": in a title-case headline the capital says nothing, so a one-word
        // ordinary name there is the group only if the page names it elsewhere ("Play Ransomware Gang Hits...").
        // Nor does the capital of the next word: "Lazarus Keeps Laundering" is no longer proper name.
        // So is a phrase name of plain words that is no vendor's scheme name ("Dutch Spies Name a New Russian
        // Hacking Team"), where "Salt Typhoon" or "Cozy Bear" would still be the group.
        // A table cell or list item that holds only the name ("Dark Storm Team"), or only names and countries
        // ("Paragon Solutions (Israel/US) — Graphite"), is no headline: its capitals are the names'.
        // Nor is a name with its tail in headline capitals ("Payroll Restored After Medusa Attack"): that is prose's "Medusa attack".
        const headline = rows.length > 0 && (!this.pageCueOnly(rows) || !SCHEME_WORDS.has(lastWord(text, h.start, h.end))) && inTitleCase(text, h.start, titleCase) && !aloneInBlock(text, h.start, h.end) && !titledTailAfter(text, h.start, h.end);
        const namesOnly = headline && namesOnlyBlock(text, h.start, hits);
        const titled = headline && !namesOnly;
        // An acronym's capitals are its own where the block is not written in capitals ("Agencies: MSS, PLA."): it
        // waits for context like any other, not for the page to name it elsewhere.
        // 'such as "Silence, then the click of a key"': a one-word ordinary name opening a quotation has no capital
        // of its own either, and is the group only where the page names it elsewhere
        const opener = rows.length > 0 && !titled && isCapitalisedWord(text, h.start, h.end) && quotationOpener(text, h.start, h.end);
        // "Subzero (DSIRF), Heliconia (Variston)": a related entity's name in brackets right after says which it is
        const namedOnly = !this.relatedInBrackets(text, h, hits, rows) && (opener || (titled && !(isAllCapsWord(text, h.start, h.end) && !allCapsAround(text, h.end, h.end))));
        // A list of names that holds a distinctive one may be no headline ("Akira, Black Basta, Medusa, NoName057(16)").
        const listed = (namedOnly && (tagged || listWithDistinctive(text, h, hits))) || undefined;
        // "Intellexa S.A.": a vendor's legal form is no longer proper name
        // (the proper name after it may be the next name of such a list: "APT29 Qilin Kimsuky")
        if (titled || namesOnly || this.pageCueOnly(rows) || !followedByProperName(text, h.end, isAllCapsWord(text, h.start, h.end)) || tagged || this.unitAfter(text, h, hits) || (end > base + h.end && this.vendorGroup(h.group))) weak.push({ match: this.toMatch(base + h.start, end, h.group, rows, c.code), group: h.group, letters: rows.length ? '' : letters, rows, country: c.code, namedOnly: namedOnly || undefined, listed });
      }
    }
    this.noteBareHits(ctx, hits);
    if (blocked) {
      const inside = (m: PageMatch) => blocked!.some((b) => base + b.start <= m.start && m.end <= base + b.end && base + b.end - (base + b.start) > m.end - m.start);
      for (let i = accepted.length - 1; i >= 0; i--) if (inside(accepted[i])) accepted.splice(i, 1);
      for (let i = weak.length - 1; i >= 0; i--) if (!weak[i].namedOnly && inside(weak[i].match)) weak.splice(i, 1);
    }
    const strongHits = new Set(accepted);
    const strongBefore = ctx.strong.length;
    for (const m of accepted) {
      if (m.candidates.length === 1) ctx.anchored.add(m.entity);
      // Only a distinctive mention vouches for an ordinary-word one: "Evil Corp" in a film review must not
      // turn "Predator" and "Paragon" next to it into mentions.
      if (this.distinctive(m.row)) { ctx.strong.push(m.start); ctx.strongEntities.add(m.entity); }
    }
    sortTail(ctx.strong, strongBefore);
    this.noteMentions(ctx, accepted);
    const rest = weak.length ? this.decide(ctx, weak, accepted) : weak;
    const candidates = dropDescriptiveTails(text, base, splitQualified(text, base, accepted, strongHits, this.officialPrefix));
    const kept = leftmostLongest([...candidates]);
    // Clusters are built from the same candidates leftmost-longest chose from, so settle decides as this call would.
    if (rest.length) this.keepUndecided(ctx, rest, candidates, kept);
    return kept.map((m) => ({ start: m.start - base, end: m.end - base, entity: m.entity, candidates: m.candidates, row: m.row }));
  }

  /**
   * Decides the undecided hits again with everything the page has said since (anchors, cues, mentions in
   * later chunks). Call it when a page has been read whole, and after each rescan. Only hits it accepts, and
   * kept matches that lose to them, are returned: a page read in chunks and settled ends with the mentions of
   * one `match` over the whole text. Positions older than one context window are forgotten afterwards.
   */
  settle(ctx: MatchContext): Settled {
    const out: Settled = { add: [], remove: [] };
    const news = ctx.anchored.size !== ctx.settledAnchors || ctx.named.size !== ctx.settledNamed || ctx.established !== ctx.settledEstablished || ctx.cueSeen !== ctx.settledCue || speaksCyber(ctx) !== ctx.settledCyber;
    // Without new page-wide facts, only hits near the text read since the last settle can change.
    const since = news ? -Infinity : ctx.settledBase - CONTEXT_WINDOW;
    ctx.settledAnchors = ctx.anchored.size;
    ctx.settledNamed = ctx.named.size;
    ctx.settledEstablished = ctx.established;
    ctx.settledCue = ctx.cueSeen;
    ctx.settledCyber = speaksCyber(ctx);
    ctx.settledBase = ctx.base;
    const open: Undecided[] = [];
    const old: Undecided[] = [];
    for (const w of ctx.undecided) (w.match.end >= since ? open : old).push(w);
    const accepted: PageMatch[] = [];
    if (open.length) {
      const rest = this.decide(ctx, open, accepted);
      ctx.undecided = rest.length ? old.concat(rest) : old;
    }
    this.forgetBefore(ctx, ctx.base - CONTEXT_WINDOW);
    // Leftmost-longest again inside each cluster that gained a member.
    const touched = new Set<Cluster>();
    for (const m of accepted) {
      if (m.cluster) touched.add(m.cluster); else out.add.push(m);
    }
    for (const c of touched) {
      for (const m of accepted) if (m.cluster === c) c.members.push(m);
      const now = new Set(leftmostLongest([...c.members]));
      for (const m of c.kept) if (!now.has(m)) out.remove.push(m);
      for (const m of now) if (!c.kept.has(m)) out.add.push(m);
      c.kept = now;
    }
    return out;
  }

  /**
   * Forgets the page positions before `before` (cues, distinctive and other mentions). Once the text has been
   * settled, hits left undecided can only be vouched for by page-wide facts (anchors, cue seen), so a page that
   * changes forever (a ticker) keeps only the positions near the text it reads next.
   */
  private forgetBefore(ctx: MatchContext, before: number): void {
    const keep = (xs: number[]) => { let i = 0; while (i < xs.length && xs[i] < before) i++; if (i) xs.splice(0, i); };
    keep(ctx.cues);
    keep(ctx.strong);
    ctx.mentions = ctx.mentions.filter((m) => m.start >= before);
  }

  /**
   * Accepts the weak hits that context vouches for, until no more do (a mention accepted here can vouch for a
   * related one), appending them to `accepted`; returns the rest.
   */
  private decide(ctx: MatchContext, weak: Undecided[], accepted: PageMatch[]): Undecided[] {
    let open = weak;
    const plainWords = new Set<PageMatch>();
    // A name inside a longer one that ends with it ("المخابرات العامة" in "جهاز المخابرات العامة") is not the page
    // naming its entity: leftmost-longest drops it. Where each candidate ends, the earliest start.
    // (built on the first such name: most calls decide none)
    let longest: Map<number, number> | undefined;
    const earliestEnding = (end: number): number => {
      if (!longest) {
        longest = new Map();
        for (const list of [accepted, weak.map((w) => w.match)]) for (const m of list) longest.set(m.end, Math.min(longest.get(m.end) ?? m.start, m.start));
      }
      return longest.get(end)!;
    };
    // Names decided by what the page names are noted at once, in page order, as a page read in chunks notes them.
    const noted = new Set<PageMatch>();
    let late = false;
    for (;;) {
      const rest: Undecided[] = [];
      const fresh: PageMatch[] = [];
      let waited = false;
      for (const w of open) {
        let m = w.match;
        let rows = w.rows;
        if (w.namedOnly) {
          let meant = rows.filter((r) => ctx.named.has(this.data.rowEntity[r]));
          // "the State Committee for National Security ... the GKNB" in Bishkek, "Tajikistan's State Committee"
          // paragraphs later: of the agencies a name may mean, those the page names by the end of the hit's block
          // (what a page read in chunks knows there too). While none is, later rounds may name one there; only
          // then does any named one count.
          if (w.blockEnd !== undefined && meant.length && new Set(rows.map((r) => this.data.rowEntity[r])).size > 1) {
            const before = meant.filter((r) => ctx.namedFirst.get(this.data.rowEntity[r])! < w.blockEnd!);
            if (before.length) meant = before;
            else if (!late) { rest.push(w); waited = true; continue; }
          }
          if (!meant.length && w.agencyCountry) meant = this.rowsOfNamedCountry(ctx, rows, w.blockStart!, w.blockEnd!);
          if (meant.length) {
            const x: PageMatch = { ...this.toMatch(m.start, m.end, w.group, meant), ref: m.ref, cluster: m.cluster };
            fresh.push(x);
            noted.add(x);
            if (earliestEnding(x.end) >= x.start) this.noteMentions(ctx, [x]);
            continue;
          }
          if (!w.listed) { rest.push(w); continue; }
          // listed: decided below like any weak hit, too
        }
        if (!rows.length) {
          // An all-caps ordinary-word name in title case ("ZINC" as "Zinc") fits only once its entity is anchored.
          rows = this.rowsFitting(w.group, w.letters, ctx.anchored).filter((r) => (w.country ? this.fitsCountry(this.data.rowEntity[r], w.country) : !(this.data.rowFlags[r] & FLAG_QUALIFIED)));
          if (!rows.length) { rest.push(w); continue; }
          m = { ...this.toMatch(m.start, m.end, w.group, rows, w.country), ref: m.ref, cluster: m.cluster };
        }
        const ents = rows.map((r) => this.data.rowEntity[r]);
        // An entity the page has already named unambiguously ESTABLISHED times ("Predator" in a spyware trial
        // report) needs no cue next to each later mention.
        const ok = ents.some((e) => ctx.anchored.has(e) || (ctx.named.get(e) ?? 0) >= ESTABLISHED) || near(ctx.cues, m.start, m.end)
          || (speaksCyber(ctx) && (w.pageCue || rows.some((r) => this.data.rowFlags[r] & FLAG_PAGE_CUE)))
          // Another mention nearby vouches only on a page that speaks of cyber operations somewhere: a song list
          // naming "Evil Corp", "Candiru" and "Predator" has no cue word at all.
          || (ctx.cueSeen && near(ctx.strong, m.start, m.end)) || this.relatedNear(ctx, ents, m.start);
        if (ok) { fresh.push(m); if (w.pageCue) plainWords.add(m); } else rest.push(w);
      }
      late = !fresh.length;
      if (late && !waited) return rest;
      for (const m of fresh) {
        accepted.push(m);
        // An accepted phrase name anchors like a distinctive one: "Charming Kitten ... Phosphorus".
        const plain = plainWords.has(m);
        if (m.candidates.length === 1 && (plain || this.data.rowFlags[m.row] & FLAG_PAGE_CUE)) ctx.anchored.add(m.entity);
        // in order: near() searches the positions by bisection, and settle decides hits from anywhere on the page
        if (plain) { insertSorted(ctx.strong, m.start); ctx.strongEntities.add(m.entity); }
      }
      this.noteMentions(ctx, fresh.filter((m) => !noted.has(m)));
      open = rest;
    }
  }

  /**
   * The rows whose agency belongs to the one country, among the rows' countries, of which the hit's own block
   * (from `from` to `to`, page offsets) names another agency unambiguously ("Slovakia | NBÚ / SK-CERT" in a
   * table of three countries); failing that, of which the page does; none when no such country or more than one.
   */
  private rowsOfNamedCountry(ctx: MatchContext, rows: number[], from: number, to: number): number[] {
    const inBlock = new Set<string>();
    const list = this.sortedMentions(ctx);
    for (let i = mentionAt(list, from); i < list.length && list[i].start < to; i++) {
      const m = list[i];
      if (m.sole && this.entityKind(m.entity) === 'agency') for (const c of this.countriesOf(m.entity)) inBlock.add(c);
    }
    // (several countries in the block: so the page names several too)
    const country = this.oneCountryIn(rows, inBlock) ?? this.oneCountryIn(rows, this.namedAgencyCountries(ctx));
    return country ? rows.filter((r) => this.countriesOf(this.data.rowEntity[r]).includes(country)) : [];
  }

  /** The one country, among the countries of `rows`' agencies, that `named` holds: undefined when none, null when several. */
  private oneCountryIn(rows: number[], named: Set<string>): string | undefined | null {
    let found: string | undefined;
    for (const r of rows) {
      for (const c of this.countriesOf(this.data.rowEntity[r])) {
        if (!named.has(c) || c === found) continue;
        if (found) return null;
        found = c;
      }
    }
    return found;
  }

  /** The countries of the agencies the page has named unambiguously; `ctx.named` only grows, so its size says when to read it again. */
  private namedCountries: { ctx: MatchContext; size: number; countries: Set<string> } | undefined;
  private namedAgencyCountries(ctx: MatchContext): Set<string> {
    const c = this.namedCountries;
    if (c && c.ctx === ctx && c.size === ctx.named.size) return c.countries;
    const countries = new Set<string>();
    for (const e of ctx.named.keys()) if (this.entityKind(e) === 'agency') for (const code of this.countriesOf(e)) countries.add(code);
    this.namedCountries = { ctx, size: ctx.named.size, countries };
    return countries;
  }

  /** Weak hits still open after their text: kept for `settle`, with the overlap cluster they belong to. */
  private keepUndecided(ctx: MatchContext, rest: Undecided[], accepted: PageMatch[], kept: PageMatch[]): void {
    const all = [...accepted, ...rest.map((w) => w.match)].sort((a, b) => a.start - b.start || b.end - a.end);
    const keptSet = new Set(kept);
    const isRest = new Set(rest.map((w) => w.match));
    // Overlap components; a component with an undecided hit in it becomes a cluster.
    for (let i = 0; i < all.length;) {
      let j = i + 1;
      let end = all[i].end;
      while (j < all.length && all[j].start < end) { end = Math.max(end, all[j].end); j++; }
      if (j - i > 1) {
        const members = all.slice(i, j);
        if (members.some((m) => isRest.has(m))) {
          const cluster: Cluster = { members: members.filter((m) => !isRest.has(m)), kept: new Set(members.filter((m) => keptSet.has(m))) };
          for (const m of members) if (isRest.has(m)) m.cluster = cluster;
        }
      }
      i = j;
    }
    for (const w of rest) ctx.undecided.push(w);
  }

  private noteMentions(ctx: MatchContext, ms: PageMatch[]): void {
    for (const m of ms) {
      ctx.mentions.push({ start: m.start, entity: m.entity, sole: m.candidates.length === 1 });
      if (m.candidates.length === 1) {
        const n = (ctx.named.get(m.entity) ?? 0) + 1;
        ctx.named.set(m.entity, n);
        const first = ctx.namedFirst.get(m.entity);
        if (first === undefined || m.start < first) ctx.namedFirst.set(m.entity, m.start);
        if (n === ESTABLISHED) ctx.established++;
      }
    }
    if (ms.length) ctx.mentionsSorted = false;
  }

  /** "FSB Centre 18", "GRU Unit 26165": right after the name, a name of one of its own units (or another related
   *  entity): two names side by side, not one longer proper name. */
  private unitAfter(text: string, h: Hit, hits: Hit[]): boolean {
    const c = text.charCodeAt(h.end);
    if (c !== 0x20 && c !== 0xa0) return false;
    const mine = this.data.groupRows[h.group].map((r) => this.data.rowEntity[r]);
    return hitsEnding(hits, h.end + 2, h.end + 1 + MAX_HIT).some((o) => o.start === h.end + 1
      && this.data.groupRows[o.group].some((r) => mine.some((e) => this.related.get(e)?.has(this.data.rowEntity[r]))));
  }

  /** Is the hit followed by " (" and another name of one of `rows`' entities, or of a related entity, then ")"? */
  private relatedInBrackets(text: string, h: Hit, hits: Hit[], rows: number[]): boolean {
    if (text.charCodeAt(h.end) !== 0x20 || text.charCodeAt(h.end + 1) !== 0x28 || !rows.length) return false;
    const at = h.end + 2;
    return hitsEnding(hits, at + 1, at + MAX_HIT).some((o) => o.start === at && text.charCodeAt(o.end) === 0x29
      && this.data.groupRows[o.group].some((r) => rows.some((x) => this.data.rowEntity[x] === this.data.rowEntity[r] || this.related.get(this.data.rowEntity[x])?.has(this.data.rowEntity[r]))));
  }

  /** A mention of a related entity (the vendor of this product, say) within the window: "Intellexa sold Predator". */
  /** ctx.mentions in page order (sorted on demand: noteMentions appends them in the order they are decided). */
  private sortedMentions(ctx: MatchContext): MatchContext['mentions'] {
    if (!ctx.mentionsSorted) { ctx.mentions.sort((a, b) => a.start - b.start); ctx.mentionsSorted = true; }
    return ctx.mentions;
  }

  private relatedNear(ctx: MatchContext, ents: number[], start: number): boolean {
    if (!ents.some((e) => this.related.has(e))) return false;
    const list = this.sortedMentions(ctx);
    for (let i = mentionAt(list, start - CONTEXT_WINDOW); i < list.length && list[i].start <= start + CONTEXT_WINDOW; i++) {
      for (const e of ents) if (this.related.get(e)?.has(list[i].entity)) return true;
    }
    return false;
  }

  /** A row that cannot be an ordinary phrase: any-case names ("Kimsuky", "APT28") and capitals-only acronyms ("MSS"). */
  private distinctive(row: number): boolean {
    const f = this.data.rowFlags[row];
    if (!(f & FLAG_CASE_EXACT)) return true;
    const k = this.data.rowCase[row];
    return k.length > 0 && k.length <= 6 && k === k.toUpperCase();
  }

  /**
   * "Ukraine's Security Service", "the Georgian State Security Service", "the Security Service of Ukraine": a
   * country named right before or after an agency's name says which country's agency it is. Agency rows of
   * other countries go; when no row is left, the name is that country's agency we do not know, and no mention
   * (not the UK's MI5 for Ukraine's SBU). Decided from the hit's own text, so a page read in chunks decides the same.
   */
  private countryRows(text: string, h: Hit, rows: number[]): { rows: number[]; code?: string; none: boolean; qualified?: number[] } {
    if (!this.agencyGroup(h.group)) return { rows, none: false };
    const all = this.data.groupRows[h.group];
    // "roughly China's C.I.A.": a comparison names another country's agency by ours
    const before = countryBefore(text, h.start);
    const code = (before && !likenedBefore(text, h.start) ? before : undefined) ?? countryAfter(text, endOf(text, h)) ?? this.passageCountry(text, h, all);
    // Without a country, a qualified row ("Internal Security Agency" of Poland) does not fit by itself
    // (`qualified`: the rows that would, once the page has named their entity).
    if (!code) return all.some((r) => !(this.data.rowFlags[r] & FLAG_QUALIFIED)) ? { rows: rows.filter((r) => !(this.data.rowFlags[r] & FLAG_QUALIFIED)), none: false } : { rows: [], none: true, qualified: rows };
    const keep = (r: number) => this.fitsCountry(this.data.rowEntity[r], code);
    return { rows: rows.filter(keep), code, none: !all.some(keep) };
  }

  /**
   * "the Metropolitan Police Service (MPS)", "Meridian Press Service (MPS)": an acronym in brackets after words
   * whose initials spell it, none of them a name of the acronym's entities, is the page's own abbreviation for
   * something else; there and from then on that acronym is not ours ("MPS officers", not China's MPS). Decided
   * in page order, from the text read so far, so a page read in chunks decides the same.
   */
  private definedAsOther(ctx: MatchContext, text: string, h: Hit, hits: Hit[]): boolean {
    const len = h.end - h.start;
    if (len < 2 || len > 12) return false;
    // "New Student Orientation (N.S.O.)": a dotted acronym is spelt by its letters
    const dotted = DOTTED_ACRONYM.test(text.slice(h.start, h.end));
    if (!dotted && (len > 6 || !isAllCapsWord(text, h.start, h.end))) return false;
    const written = dotted ? text.slice(h.start, h.end).replace(/\./g, '') : text.slice(h.start, h.end);
    if (ctx.definedElse.size && ctx.definedElse.has(written)) return true;
    if ((numberedReference(text, h.end) || codeUse(text, h.start) || codePlaceAfter(text, h.end, written)) && !/\d/.test(written)) return true;
    const own = new Set(this.data.groupRows[h.group].map((r) => this.data.rowEntity[r]));
    const ours = (o: Hit) => this.data.groupRows[o.group].some((r) => own.has(this.data.rowEntity[r]));
    // '"SBU" is the number of single-ballot units': a quoted acronym that a sentence then defines is the page's term,
    // unless what follows is the entity's own name
    if (QUOTES.has(text.charCodeAt(h.start - 1)) && QUOTES.has(text.charCodeAt(h.end))) {
      const def = QUOTED_TERM.exec(text.slice(h.end + 1, h.end + 24));
      if (def) {
        const at = h.end + 1 + def[0].length;
        if (!hitsEnding(hits, at + 1, at + MAX_HIT).some((o) => o.start === at && ours(o))) { ctx.definedElse.add(written); return true; }
      }
    }
    // "the NSO, the National Symphony Orchestra": defined right after, unless the words are the entity's own name
    // "St. Bonaventure, known on campus as SBU": a proper name that is no name of ours, then what it is known as
    // (its Unicode classes are costly to compile on a fresh page: only where "known" is near)
    const known = text.lastIndexOf('known', h.start) > h.start - 40 ? KNOWN_AS.exec(text.slice(Math.max(0, h.start - 90), h.start)) : null;
    if (known) {
      const nameEnd = h.start - known[0].length + known[1].length;
      if (!hitsEnding(hits, nameEnd, nameEnd).length) { ctx.definedElse.add(written); return true; }
    }
    // "the S.B.U. (Student Box-office Union)": after a dotted acronym's last dot; "<dt>SBU</dt><dd>Sensitive but
    // unclassified...": a glossary's term, spelt by the block after it
    const termEnd = dotted && text.charCodeAt(h.end) === 0x2e ? h.end + 1 : h.end;
    let after = aloneInBlock(text, h.start, h.end) ? glossaryTerm(text, termEnd, written) : initialsAfter(text, termEnd, written);
    // "The NSA on my invoice is “nights spent away.”", 'An “NSA” in the paperwork meant a non-storage account':
    // words further on in its sentence
    if (after < 0) after = spelledLaterInSentence(text, termEnd, written, QUOTES.has(text.charCodeAt(h.start - 1)) && QUOTES.has(text.charCodeAt(h.end)));
    if (after >= 0) {
      if (hitsEnding(hits, after + 1, after + MAX_HIT).some((o) => o.start === after && ours(o))) return false;
      ctx.definedElse.add(written);
      return true;
    }
    // "P.L.A., a plant-based plastic": an appositive says what the letters are here, and so on the rest of the page
    // ("P.L.A. is not perfect")
    if (materialApposition(text, termEnd)) { ctx.definedElse.add(written); return true; }
    // "the Culinary Institute of America (CIA)", "... of America — the CIA", "..., or CIA"
    let close = dotted && text.charCodeAt(h.end) === 0x2e ? h.end + 1 : h.end; // "(N.S.O" and its last dot
    // a defined term in quotes: "the Intelligence Services Act 2001 (“ISA”)"
    let from = h.start;
    if (QUOTES.has(text.charCodeAt(h.start - 1)) && text.charCodeAt(h.start - 2) === 0x28 && QUOTES.has(text.charCodeAt(close))) { from--; close++; }
    // "the National Sommelier Association (the N.S.A. to its members)": a bracket that opens with the acronym
    const open = text.charCodeAt(from - 1) === 0x28 ? (text.charCodeAt(close) === 0x29 ? from - 1 : -1)
      : text.slice(from - 5, from) === '(the ' ? from - 5 : definitionBefore(text, h.start);
    // "the Glasgow Rugby and Ice Union (GRU)": in brackets, a capitalised name that spells it loosely will do, or an
    // airport's code ("Rome Ciampino (CIA)")
    if (open < 0) return false;
    const spelt = initialsBefore(text, open, written) || (text.charCodeAt(open) === 0x28 && titleBefore(text, open, written));
    if (!spelt && !codeWordBefore(text, open, written)) return false;
    // "the Ministry of Public Security (MPS)": the words are the entity's own name, so the acronym is ours
    const gap = text.charCodeAt(open - 1) === 0x20 || text.charCodeAt(open - 1) === 0xa0 ? open - 1 : open;
    if (hitsEnding(hits, gap, gap).some((o) => ours(o))) return false;
    // a code stands for its place here only: the page may still name the agency by the same letters
    if (spelt) ctx.definedElse.add(written);
    return true;
  }

  /**
   * "Sofia Conti", "Mr. Lazarus", "Megan Royal": a capitalised name right after a given name or a title is a
   * person's surname, and on the rest of the page that word is the group only with a cue right beside it
   * ("the Conti syndicate", "a ransomware gang called Royal", "the old Conti"), not in "Conti said". Decided in page order.
   */
  private surnameHit(ctx: MatchContext, text: string, base: number, h: Hit, hits: Hit[], titleCase: Map<number, boolean>): boolean {
    const capitalised = isCapitalisedWord(text, h.start, h.end);
    if (!capitalised && !isAllCapsWord(text, h.start, h.end)) return false;
    // "Conti (Wizard Spider)": the group's other name in brackets says it is no person
    if (this.relatedInBrackets(text, h, hits, this.data.groupRows[h.group])) return false;
    // "Akira Sato — Chief Underwriting Officer": a line that opens with a given name and a surname introduces a
    // person; the given name is theirs on the rest of the page too ("Thanks, Akira.").
    // "Wen Lazarus-Tan": a double-barrelled surname is that person's whole name, and only it is theirs later
    const tail = capitalised ? barrelEnd(text, h.end) : -1;
    const key = text.slice(h.start, tail > 0 ? tail : h.end).toLowerCase();
    // "(Lazarus, no relation to the hacking group, joined...)", "a lawyer called Lazarus", "His dog is called
    // Cobalt": a person (or a pet) by that name, set apart from the group or named as one
    // (the name may stand in quotation marks: 'the hacker who calls himself “Hive”')
    const named = OPEN_QUOTE.test(text.charAt(h.start - 1)) ? h.start - 1 : h.start;
    if (capitalised && (NO_RELATION.test(text.slice(h.end, h.end + 48)) || (CALLED_LAST.test(text.slice(Math.max(0, named - 9), named)) && CALLED_PERSON.test(text.slice(Math.max(0, named - 48), named))))) {
      this.addPerson(ctx, text, h, hits, key);
      return true;
    }
    // (not where the words after it are the rest of a longer name of ours: "Paragon Solutions — founded 2019")
    if (capitalised && ((blockStart(text, h.start) && nameLine(text, h.end) && !hitsEnding(hits, h.end + 1, h.start + MAX_HIT).some((o) => o.start === h.start)) || initialNameLine(text, h.start, h.end))) {
      this.addPerson(ctx, text, h, hits, key);
      return true;
    }
    // In a title-case headline every word is capitalised: "How They Used Paragon Spyware" names no person.
    // A byline is no headline: "By Anna Lazarus and Tomasz Wrona" names people.
    const person = capitalised
      // ("Trag Predatora", the trace of Predator: in a Slavic language a declined name after an undeclined word is
      // no surname, which would take the case with its given name; in English "Mihai Stoica" is one)
      ? (personBefore(text, h.start) && !(caseEnding(text, h.start, h.end) && slavicPassage(text, h.start)) && !hitsEnding(hits, h.end, h.start + MAX_HIT).some((o) => o !== h && o.start < h.start) && !this.nameBefore(text, h, hits) && (!inTitleCase(text, h.start, titleCase) || inByline(text, h.start) || labelBlock(text, h.end) || titledGivenName(text, h.start) || honorificBefore(text, h.start))) || citedAuthor(text, h.end)
      : speakerLabel(text, h.start, h.end) || afterHonorific(text, h.start);
    if (person) {
      // "Host: Benedikt Akira Sato": a name between a given name and a surname is a middle name, which the page
      // does not call its person by alone
      if (!capitalised || !followedByProperName(text, tail > 0 ? tail : h.end)) this.addPerson(ctx, text, h, hits, key);
      return true;
    }
    // A surname seen on the page, in either case ("Judith Gold" ... "GOLD"): the group only with a cue beside it.
    const groupFirst = ctx.persons.size === 0 ? undefined : ctx.persons.get(key);
    if (groupFirst === undefined) return false;
    // "DANA CONTI: Welcome ... CONTI: We get that email", "Sgt. Wes Bitter ... Bitter: No comment.": a
    // transcript names its speaker by surname alone later.
    if (text.charCodeAt(h.end) === 0x3a && (!capitalised || blockStart(text, h.start))) return true;
    // "Conti encrypted the ministry ... said Capt. Rafael Conti, no relation ... Conti was run by": on a page that
    // was about the group before the person appeared, the bare name is still the group unless the person speaks.
    if (groupFirst && capitalised && !followedByProperName(text, h.end) && !isHyphen(text.charCodeAt(h.end)) && !ctx.spoken.has(key)) {
      if (!SPEECH_AFTER.test(text.slice(h.end, h.end + 12))) return false;
      ctx.spoken.add(key);
      return true;
    }
    // "Douglas Tick spent his life in signals ... Tick speaks about the GRU hackers": the person speaking, whatever
    // the sentence goes on to say
    if (capitalised && SPEECH_AFTER.test(text.slice(h.end, h.end + 14))) return true;
    return !groupNounAfter(text, h.end) && !groupNounBefore(text, h.start) && !afterThe(text, h.start) && !cueInSentence(ctx.cues, text, base, h) && !this.listedWithActors(ctx, text, h, hits);
  }

  /** "we wrote that Black Basta Conti was": the word before is the end of another group's phrase name, not a given name. */
  private nameBefore(text: string, h: Hit, hits: Hit[]): boolean {
    return hitsEnding(hits, h.start - 1, h.start - 1).some((o) => o.start < h.start - 1 && /[ \u00a0]/.test(text.slice(o.start, o.end)) && this.actorGroup(o.group));
  }

  /** "fragmented: Akira, Qilin, Play and SafePay", "led by Qilin and Akira": listed beside another group's name
   *  (one that is no person's on the page), a name is the group's too. */
  private listedWithActors(ctx: MatchContext, text: string, h: Hit, hits: Hit[]): boolean {
    for (const before of [true, false]) {
      const o = listNeighbour(text, h, hits, before);
      if (o && this.actorGroup(o.group) && !ctx.persons.has(text.slice(o.start, o.end).toLowerCase())) return true;
    }
    return false;
  }

  /** Counts, per group, this text's hits that lie inside no longer hit, for addPerson on later texts. */
  private noteBareHits(ctx: MatchContext, hits: Hit[]): void {
    const counts = (ctx.bareHits ??= new Uint32Array(this.groups));
    for (let i = 0; i < hits.length; i++) if (!insideLonger(hits, i)) counts[hits[i].group]++;
  }

  /** A person of this surname appears; was the group of that name already established on the page? */
  private addPerson(ctx: MatchContext, text: string, h: Hit, hits: Hit[], name: string): void {
    if (ctx.persons.has(name)) return;
    // "a former detective, Gareth Conti — “no relation,” both say": the page sets its person apart from the group,
    // which it goes on to name by the bare name
    if (NO_RELATION.test(text.slice(h.end, h.end + 48))) { ctx.persons.set(name, true); return; }
    // the group named earlier on the page, by this name or another of its names ("Lazarus Group", "Diamond
    // Sleet"), each occurrence not inside a longer one
    // (raw hits, counted alike in earlier texts and this one, so that a page read in chunks decides as one read whole)
    const ents = new Set(this.data.groupRows[h.group].map((r) => this.data.rowEntity[r]));
    const shares = (g: number) => g === h.group || this.data.groupRows[g].some((r) => ents.has(this.data.rowEntity[r]));
    let times = 0;
    const bare = ctx.bareHits;
    if (bare) for (let g = 0; g < bare.length; g++) if (bare[g] && shares(g)) times += bare[g];
    for (let i = 0; i < hits.length; i++) if (hits[i].start < h.start && !insideLonger(hits, i) && shares(hits[i].group)) times++;
    ctx.persons.set(name, times >= ESTABLISHED);
  }

  /**
   * No country beside a name that agencies use only with their country ("the State Security Department, the
   * country's counter-intelligence service"): the one country of those agencies that the paragraph names.
   * Only for names that would otherwise be no mention at all; a name one agency uses plainly ("the Security
   * Service" is MI5) keeps its plain meaning. Decided from the paragraph, which is always whole in one text.
   */
  private passageCountry(text: string, h: Hit, all: number[]): string | undefined {
    if (!all.every((r) => this.data.rowFlags[r] & FLAG_QUALIFIED)) return undefined;
    let from = blockFrom(text, h.start, CONTEXT_WINDOW);
    if (from < 0) from = h.start - CONTEXT_WINDOW;
    let to = blockTo(text, h.end, CONTEXT_WINDOW);
    if (to < 0) to = h.end + CONTEXT_WINDOW;
    // "In Czechia, NÚKIB ... In Slovakia, the National Security Authority runs SK-CERT": the hit's own sentence
    // first, then its paragraph
    const named = (a: number, b: number) => { const c = countriesIn(text, a, h.start); for (const x of countriesIn(text, h.end, b)) c.add(x); return c; };
    const s = sentenceAround(text, h, from, to);
    // (two such countries in the passage: the reader cannot tell either)
    return (this.oneCountryIn(all, named(s.from, s.to)) ?? this.oneCountryIn(all, named(from, to))) ?? undefined;
  }

  /** "U.S. Cyber Command": the country word belongs to the name when the agency's own name begins with that
   *  country's name ("United States Cyber Command"), so it is not split off. */
  private readonly officialPrefix = (e: number, prefix: string, inner: string): boolean => {
    const code = countryOf(prefix);
    // "the Dutch National Police", "Spanish National Police": English names these forces with their nationality,
    // and labellers keep it (19 labels in the held-out sets against at most 6 without)
    return code !== undefined && this.entityKind(e) === 'agency' && (startsWithCountry(this.entityName(e), code) || NATIONAL_POLICE.test(inner));
  };

  private fitsCountry(e: number, code: string): boolean {
    if (this.entityKind(e) !== 'agency') return true;
    const c = this.countriesOf(e);
    return c.length === 0 || c.includes(code);
  }

  private readonly actorGroups = new Map<number, boolean>();
  private actorGroup(g: number): boolean {
    let v = this.actorGroups.get(g);
    if (v === undefined) this.actorGroups.set(g, (v = this.data.groupRows[g].every((r) => this.entityKind(this.data.rowEntity[r]) === 'threat-actor')));
    return v;
  }
  /** actorGroup of a hit's group, as one function for the Matcher's life (tagRun's test, asked for every hit). */
  private readonly actorHit = (o: Hit): boolean => this.actorGroup(o.group);

  private readonly agencyGroups = new Map<number, boolean>();
  /** An agency's acronym of at most five capitals ("NSA", "DGSE"), written bare: no dots, no country beside. */
  private bareAgencyAcronym(text: string, h: Hit, rows: number[]): boolean {
    return h.end - h.start <= 5 && isAllCapsWord(text, h.start, h.end) && rows.every((r) => this.entityKind(this.data.rowEntity[r]) === 'agency');
  }

  /** "Pegasus from NSO Group opened the list": a name followed by "from" and a vendor's name is that vendor's product, not the word. */
  private vendorAfterFrom(text: string, h: Hit, hits: Hit[]): boolean {
    if (!text.startsWith(' from ', h.end)) return false;
    const at = h.end + 6;
    return hits.some((o) => o.start === at && this.data.groupRows[o.group].some((r) => this.entityKind(this.data.rowEntity[r]) === 'vendor'));
  }

  private agencyGroup(g: number): boolean {
    let v = this.agencyGroups.get(g);
    if (v === undefined) this.agencyGroups.set(g, (v = this.data.groupRows[g].some((r) => this.entityKind(this.data.rowEntity[r]) === 'agency')));
    return v;
  }

  private readonly countryCache = new Map<number, string[]>();
  private countriesOf(e: number): string[] {
    let c = this.countryCache.get(e);
    if (!c) this.countryCache.set(e, (c = (this.data.entities[e][3] ?? '').split(',').filter(Boolean)));
    return c;
  }

  /**
   * An actor's name written as one capitalised word of letters ("Turla", "Kimsuky"; not "APT28", "GRU", not a
   * vendor's), or as one all-caps word in a headline written all in capitals ("ON THE TURLA: A SPRING IN THE
   * DNIESTER DELTA"), where the capitals say nothing about the word.
   */
  private plainWordName(text: string, h: Hit, rows: number[], titleCase: Map<number, boolean>): boolean {
    if (!rows.every((r) => this.entityKind(this.data.rowEntity[r]) === 'threat-actor')) return false;
    return everyWord(text, h.start, h.end, isCapitalisedWord) || (everyWord(text, h.start, h.end, isAllCapsWord) && inTitleCase(text, h.start, titleCase));
  }

  /** An agency's name of several plain capitalised words ("Cyber Command", "National Police"), no acronym or own word. */
  private genericAgencyName(text: string, h: Hit, rows: number[]): boolean {
    return rows.every((r) => this.entityKind(this.data.rowEntity[r]) === 'agency' && this.data.rowFlags[r] & FLAG_CASE_EXACT) && text.slice(h.start, h.end).includes(' ') && everyWord(text, h.start, h.end, isCapitalisedWord);
  }

  /** Rows that are all phrase names (FLAG_PAGE_CUE), none a one-word ordinary name. */
  private pageCueOnly(rows: number[]): boolean {
    return rows.length > 0 && rows.every((r) => this.data.rowFlags[r] & FLAG_PAGE_CUE);
  }

  /**
   * Per group: 0 not yet known, 1 no row's case rule needs the letters as written, 2 some row's does, 3 every
   * row's does and every one needs a capital (`caseFits` can never accept a spelling without one), and the group
   * is no agency's (an agency name that is none can still hide the names inside it) or only its acronyms that need
   * context (lowerNeverAgency); 4 the same, but every row is
   * an actor's phrase name, which a lower-case scheme name (lowerSchemeName) fits once the page has anchored its entity.
   */
  private lettersOf: Uint8Array | undefined;
  private caseNeed(group: number): number {
    const known = (this.lettersOf ??= new Uint8Array(this.groups));
    let v = known[group];
    if (v === 0) {
      const rows = this.data.groupRows[group];
      v = rows.some((r) => this.data.rowFlags[r] & (FLAG_CASE_EXACT | FLAG_DOTTED)) ? 2 : 1;
      if (v === 2 && (!this.agencyGroup(group) || this.lowerNeverAgency(rows)) && rows.every((r) => this.data.rowFlags[r] & FLAG_CASE_EXACT && /[A-Z]/.test(this.data.rowCase[r]))) v = 3;
      // Phrase names ("Midnight Blizzard") are kept in lower case too: a forum's "midnight blizzard" on a page
      // that names the group properly is the group (rowsFitting).
      if (v === 3 && this.pageCueOnly(rows) && rows.every((r) => this.entityKind(this.data.rowEntity[r]) === 'threat-actor')) v = 4;
      known[group] = v;
    }
    return v;
  }

  /**
   * An agency's names that no lower-case spelling can fit and that hide no name inside them: acronyms that need
   * context ("SIDE", "ICE": "the other side", "ice on the road"; not "FBI", which a forum's "the fbi" fits once the
   * page has named the bureau, nor "State Security Service", whose words may be another name's).
   */
  private lowerNeverAgency(rows: number[]): boolean {
    return rows.every((r) => {
      const f = this.data.rowFlags[r];
      const k = this.data.rowCase[r];
      return (f & FLAG_CONTEXT) !== 0 && !(f & FLAG_PAGE_CUE) && k.length <= 6 && k === k.toUpperCase();
    });
  }

  /** Per group: 0 not yet known, 1 no, 2 every name is an acronym of at most three capitals, which caseFits takes in
   *  capitals only, never in title case ("ICE", "NSA"; "GOLD" may be written "Gold" once the page has named it). */
  private shortCaps: Uint8Array | undefined;
  private shortCapsOnly(group: number): boolean {
    const known = (this.shortCaps ??= new Uint8Array(this.groups));
    if (known[group] === 0) known[group] = this.data.groupRows[group].every((r) => this.data.rowFlags[r] & FLAG_CASE_EXACT && /^[A-Z0-9]{1,3}$/.test(this.data.rowCase[r])) ? 2 : 1;
    return known[group] === 2;
  }

  private needsLetters(group: number): boolean {
    return this.caseNeed(group) >= 2;
  }

  /**
   * Rows whose case rule the page's spelling (`letters`, caseKey of the hit) fits. An all-caps ordinary-word
   * name written in title case ("DUNE" as "Dune", "ZINC" as "Zinc"), and a phrase name or an acronym that is
   * no word written in lower case ("midnight blizzard", "the fbi" in a forum post), fit only when `anchored`
   * holds their entity.
   */
  private rowsFitting(group: number, letters: string, anchored?: Set<number>, camel = false, dots = true, titledAcronym = false): number[] {
    const rows = this.data.groupRows[group];
    const out: number[] = [];
    for (const r of rows) {
      const f = this.data.rowFlags[r];
      if (f & FLAG_DOTTED && !dots) continue;
      if (f & FLAG_CASE_EXACT) {
        const allowTitle = !(f & FLAG_CONTEXT) || (anchored?.has(this.data.rowEntity[r]) ?? false);
        const want = this.data.rowCase[r];
        // A plural variant ("Fancy Bears") is checked against the name without its "s".
        const got = letters.length === want.length + 1 && letters.endsWith('s') ? letters.slice(0, -1) : letters;
        // "l'Fbi", "dell'Acn" (italianElision): an acronym written in title case after an elided article
        const titled = titledAcronym && want.length >= 3 && /^\p{Lu}+$/u.test(want) && letters.toLowerCase() === want.toLowerCase();
        if (!titled && !caseFits(got, want, allowTitle) && !(camel && letters.toLowerCase() === want.toLowerCase()) && !this.lowerAnchored(r, got, want, anchored)) continue;
      }
      out.push(r);
    }
    return out;
  }

  private vendorGroup(group: number): boolean {
    return this.data.groupRows[group].every((r) => this.entityKind(this.data.rowEntity[r]) === 'vendor');
  }

  /** Where a name ends: endOf, and a vendor's legal form after it is part of its name ("Intellexa S.A."). */
  private endOfName(text: string, h: Hit): number {
    const end = endOf(text, h);
    const c = text.charCodeAt(end);
    if ((c !== 0x20 && c !== 0xa0 && c !== 0x2c) || !this.vendorGroup(h.group)) return end;
    const m = LEGAL_FORM.exec(text.slice(end, end + 16));
    return m ? end + m[0].length : end;
  }

  /** Per group: 0 not yet known, 1 never in lower case, 2 a name that is no plain word, 3 plain-word names only. */
  private lowerOk: Uint8Array | undefined;
  /**
   * May this lower-case hit be a name, in a block written without capitals? Names that are no plain word
   * (lowerFitting), and plain-word names (lowerPlainWord) only where the block opens in lower case: that
   * cheap test goes first, as plain words in lower case are most of the raw hits.
   */
  private lowerReadable(group: number, text: string, s: number, cache: Map<number, boolean>): boolean {
    const known = (this.lowerOk ??= new Uint8Array(this.groups));
    if (known[group] === 0) {
      const rows = this.data.groupRows[group];
      known[group] = rows.some((r) => !(this.data.rowFlags[r] & FLAG_CONTEXT)) ? 2 : rows.some((r) => this.plainWordRow(r)) ? 3 : 1;
    }
    const k = known[group];
    return k !== 1 && (k === 2 || opensInLowerCase(text, s)) && inLowerRegister(text, s, cache);
  }

  /** Rows a lower-case spelling fits in a block without capitals: names that are no plain word (no context rule). */
  private lowerFitting(group: number, letters: string): number[] {
    return this.data.groupRows[group].filter((r) => {
      const f = this.data.rowFlags[r];
      const want = this.data.rowCase[r].toLowerCase();
      return !(f & FLAG_CONTEXT) && (want === letters || (letters.length === want.length + 1 && letters.endsWith('s') && letters.startsWith(want)));
    });
  }

  /** A name that is one capitalised plain word and needs context ("Pegasus", "Graphite"; not "ICE", "Cozy Bear"). */
  private plainWordRow(r: number): boolean {
    const want = this.data.rowCase[r];
    return (this.data.rowFlags[r] & FLAG_CONTEXT) !== 0 && isCapitalisedWord(want, 0, want.length);
  }

  /**
   * Per group: 0 not yet known, 1 no, 2 a name some row of which is an ordinary word that an "s" joined to it makes
   * a plural ("Plays", "Ticks"), not one that everyday language capitalises too ("Akiras": properWordGroup).
   */
  private pluralWord: Uint8Array | undefined;
  private pluralWordGroup(group: number): boolean {
    const known = (this.pluralWord ??= new Uint8Array(this.groups));
    if (known[group] === 0) known[group] = this.data.groupRows[group].some((r) => this.data.rowFlags[r] & FLAG_CONTEXT) && !this.properWordGroup(group) ? 2 : 1;
    return known[group] === 2;
  }

  /** Per group: 0 not yet known, 1 no, 2 a plain-word name that everyday language writes with a capital (PROPER_WORDS). */
  private properWord: Uint8Array | undefined;
  private properWordGroup(group: number): boolean {
    const known = (this.properWord ??= new Uint8Array(this.groups));
    if (known[group] === 0) known[group] = this.data.groupRows[group].some((r) => this.plainWordRow(r) && PROPER_WORDS.has(this.data.rowCase[r].toLowerCase())) ? 2 : 1;
    return known[group] === 2;
  }

  /** Rows a lower-case spelling of a plain-word name fits, in a block without capitals (no plural: "predators"). */
  private lowerPlainWord(group: number, letters: string): number[] {
    return this.data.groupRows[group].filter((r) => this.plainWordRow(r) && this.data.rowCase[r].toLowerCase() === letters);
  }

  /** Lower case fits an anchored entity's scheme name, or its acronym where that spells no word ("fbi", not "raw"). */
  private lowerAnchored(r: number, got: string, want: string, anchored?: Set<number>): boolean {
    if (!anchored?.has(this.data.rowEntity[r])) return false;
    const f = this.data.rowFlags[r];
    // "Salt typhoon", "fancy Bear": a group's scheme name with some of its capitals dropped, as writers whose own
    // language capitalises otherwise write it, on a page that names the group properly. Not an agency's name (in
    // lower case a description: "Czech military intelligence"), nor "... Group" ("the Lazarus group" also reads as
    // "Lazarus" and a word, and a page read in chunks would settle that overlap otherwise than one pass).
    if (got !== want.toLowerCase()) return got.toLowerCase() === want.toLowerCase() && schemePhrase(want) && this.entityKind(this.data.rowEntity[r]) === 'threat-actor';
    // (an acronym in Latin letters only: Ukrainian "гру" is a game, whatever the page said of the ГРУ)
    return (f & FLAG_PAGE_CUE) !== 0 || (!(f & FLAG_CONTEXT) && want.length >= 3 && want === want.toUpperCase() && want.charCodeAt(0) < 0x80);
  }

  /** `country`: the country named next to the hit; agencies of other countries are no candidates. */
  private toMatch(start: number, end: number, group: number, rows: number[], country?: string): PageMatch {
    const candidates: number[] = [];
    for (const r of rows) { const e = this.data.rowEntity[r]; if (!candidates.includes(e)) candidates.push(e); }
    // The group may hold rows that did not fit (case); ambiguity counts every entity using the name.
    for (const r of this.data.groupRows[group]) {
      const e = this.data.rowEntity[r];
      const fits = country ? this.fitsCountry(e, country) : !(this.data.rowFlags[r] & FLAG_QUALIFIED);
      if (!candidates.includes(e) && fits) candidates.push(e);
    }
    return { start, end, entity: candidates[0], candidates, row: rows[0] ?? this.data.groupRows[group][0] };
  }
}

/**
 * Are a name's letters, as caseKey gives them without spaces ("SaltTyphoon"), a phrase (a capital right after a small
 * letter starts a word) whose last word is a naming scheme's other than "Group"?
 */
function schemePhrase(letters: string): boolean {
  const last = /[a-z]([A-Z][a-z]*)$/.exec(letters)?.[1].toLowerCase();
  return last !== undefined && last !== 'group' && SCHEME_WORDS.has(last);
}

/** Does a code in capitals (and digits) end right before `end`: "HC" in "HC-Basin", "UNC5" in "UNC5-Gold"? */
function codeBefore(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && end - i < 8 && isWordChar(text.charCodeAt(i - 1))) i--;
  return end - i >= 2 && !isWordChar(text.charCodeAt(i - 1)) && /^[A-Z0-9]+$/.test(text.slice(i, end)) && /[A-Z]/.test(text.slice(i, end));
}

/** Does text[s, e) open with a lower-case word and go on with a capitalised one ("military Unit 26165")? */
function lowerLead(text: string, s: number, e: number): boolean {
  const c = text[s];
  if (c === c.toUpperCase()) return false; // not a lower-case letter
  for (let i = s + 1; i < e; i++) if (!isLetter(text.charCodeAt(i))) return i + 1 < e && capitalAt(text, i + 1) && text.charCodeAt(i) === 0x20;
  return false;
}
const capitalAt = (text: string, i: number) => { const c = text[i]; return c !== c.toLowerCase(); };

/** Longer than any hit (patterns are at most 255 code units). */
const MAX_HIT = 256;

/**
 * The hits that end in [lo, hi]. Hits come in order of their end (the automaton reports them so), so this is a
 * binary search, not a pass over every hit of the text: rules that look for a neighbour of each hit stay linear
 * on a page dense with names.
 */
function hitsEnding(hits: Hit[], lo: number, hi: number): Hit[] {
  return hits.slice(firstEnding(hits, lo), firstEnding(hits, hi + 1));
}
/** The index of the first hit that ends at `end` or later (hits.length if none). */
function firstEnding(hits: Hit[], end: number): number {
  let a = 0;
  let b = hits.length;
  while (a < b) { const m = (a + b) >>> 1; if (hits[m].end < end) a = m + 1; else b = m; }
  return a;
}

/**
 * Is hits[i] inside a longer hit ("Lazarus" in "Lazarus Group")? Hits come in the order their ends are read, and a
 * pattern is at most 255 units long, so only neighbours ending within that distance can contain it.
 */
function insideLonger(hits: Hit[], i: number): boolean {
  const o = hits[i];
  for (let j = i - 1; j >= 0 && o.end - hits[j].end < MAX_HIT; j--) if (holdsHit(hits[j], o)) return true;
  for (let j = i + 1; j < hits.length && hits[j].end - o.end < MAX_HIT; j++) if (holdsHit(hits[j], o)) return true;
  return false;
}

/** Does hit `l` hold hit `o` and more? */
const holdsHit = (l: Hit, o: Hit) => l.start <= o.start && l.end >= o.end && l.end - l.start > o.end - o.start;

/**
 * Where a hit ends in the page text. "the M.S.S." / "by the F.B.I.": the abbreviation's last dot belongs to
 * the name, only when the name ends in a dotted single letter ("S" of "M.S.S"), never after "28" or "Periscope".
 */
function endOf(text: string, h: Hit): number {
  const end = h.end;
  if (text.charCodeAt(end) === 0x2e && end - 2 >= h.start && text.charCodeAt(end - 2) === 0x2e && isLetter(text.charCodeAt(end - 1)) && !isWordChar(text.charCodeAt(end + 1))) return end + 1;
  return end + caseEnding(text, h.start, end);
}

/**
 * "the Chinese Ministry of State Security", "Soviet KGB", "Europol's European Cybercrime Centre": a nationality
 * or an owner's possessive before another name of the same entity. The longer name says which entity (the
 * Chinese MSS, not North Korea's); the mention is the name without the qualifier, as newspapers' style guides
 * and annotators treat it, and an owner that is a name itself ("Europol") is a mention of its own. Both must
 * need no context (pass 1), so a page read in chunks decides the same.
 */
function splitQualified(text: string, base: number, accepted: PageMatch[], strong: Set<PageMatch>, official: (entity: number, prefix: string, inner: string) => boolean): PageMatch[] {
  if (accepted.length < 2) return accepted;
  // Matches by end: a qualified name and the name inside it end together (one pass, not a search per match).
  const byEnd = new Map<number, PageMatch[]>();
  for (const m of accepted) { const l = byEnd.get(m.end); if (l) l.push(m); else byEnd.set(m.end, [m]); }
  const replaced = new Map<PageMatch, PageMatch>();
  const gone = new Set<PageMatch>();
  for (const [, same] of byEnd) {
    if (same.length < 2) continue;
    for (const m of same) {
      if (!strong.has(m) || gone.has(m)) continue;
      const o = same.find((x) => x !== m && !gone.has(x) && !replaced.has(x) && strong.has(x) && x.start > m.start && x.candidates.includes(m.entity) && isQualifier(text.slice(m.start - base, x.start - base)) && !official(m.entity, text.slice(m.start - base, x.start - base), text.slice(x.start - base, x.end - base)));
      if (!o) continue;
      const n = { ...o, entity: m.entity, candidates: m.candidates, row: m.row };
      strong.add(n);
      replaced.set(m, n);
      gone.add(o);
    }
  }
  if (!replaced.size) return accepted;
  const out: PageMatch[] = [];
  for (const m of accepted) if (!gone.has(m)) out.push(replaced.get(m) ?? m);
  return out;
}

/** Organisational nouns that, written in lower case after a name, describe it rather than belong to it. */
const DESCRIPTIVE_TAILS = new Set(['group', 'ransomware', 'spyware', 'alliance', 'consortium', 'team', 'gang', 'crew', 'collective', 'network', 'syndicate', 'cartel', 'organisation', 'organization', 'loader', 'implant', 'platform']);

/**
 * "the Intellexa alliance", "the Lazarus group": when a name ends in such a noun written in lower case, the
 * part before it is the mention: the shorter name when it is one of its own (another accepted match from the
 * same start), else the same name cut before its tail ("the Pravda network" is Portal Kombat, written
 * "Pravda"). "Intellexa Alliance" and "Lazarus Group", capitalised, stay whole.
 */
function dropDescriptiveTails(text: string, base: number, accepted: PageMatch[]): PageMatch[] {
  const out: PageMatch[] = [];
  for (const m of accepted) {
    const s = m.start - base;
    const e = m.end - base;
    let t = e;
    while (t > s && isLetter(text.charCodeAt(t - 1))) t--;
    // no lower-case tail (the set is lower case), or no space before it; in capitals only "RANSOMWARE" and
    // "SPYWARE" are plainly description ("QILIN RANSOMWARE" is Qilin; "LAZARUS GROUP" may be the name)
    const tail = text.slice(t, e);
    // (nor is "Ransomware" in a title-case headline: "Members of Conti Ransomware Gang Charged")
    const capsTail = ((tail === 'RANSOMWARE' || tail === 'SPYWARE') && isAllCapsWord(text, s, t - 1)) || tail === 'Ransomware' || tail === 'Spyware';
    if (t === e || t - 1 <= s || !(DESCRIPTIVE_TAILS.has(tail) || capsTail) || !(text.charCodeAt(t - 1) === 0x20 || text.charCodeAt(t - 1) === 0xa0)) { out.push(m); continue; }
    // all in lower case ("the lazarus group" of a forum post), the tail's case says nothing
    const head = text.slice(s, t - 1);
    if (!capsTail && head === head.toLowerCase()) { out.push(m); continue; }
    if (accepted.some((o) => o !== m && o.start === m.start && o.end - base <= t - 1)) continue;
    // A name that is only known with its tail ("Pravda network", "Lynx ransomware"): the mention is the part before it.
    out.push({ ...m, end: base + t - 1 });
  }
  return out;
}

/** Is every space-separated word of text[s, e) one that `test` accepts ("Silent Chollima", "SILENT CHOLLIMA")? */
function everyWord(text: string, s: number, e: number, test: (text: string, s: number, e: number) => boolean): boolean {
  let a = s;
  for (let i = s; i <= e; i++) {
    const c = i < e ? text.charCodeAt(i) : 0x20;
    if (c !== 0x20 && c !== 0xa0) continue;
    if (!test(text, a, i)) return false;
    a = i + 1;
  }
  return true;
}

/**
 * "the song APT. in Thai", "APT. เวอร์ชันไทย": a word in capitals with a dot that the sentence goes on after (a
 * small letter, or a letter of a script without capitals) is a title written so, not the end of a sentence.
 */
function titleWithDot(text: string, e: number): boolean {
  if (text.charCodeAt(e) !== 0x2e || (text.charCodeAt(e + 1) !== 0x20 && text.charCodeAt(e + 1) !== 0xa0)) return false;
  const c = text.charAt(e + 2);
  return c !== '' && isLetter(c.charCodeAt(0)) && c === c.toLowerCase();
}

/** The page speaks of cyber operations somewhere: a cue word, or a distinctive mention ("APT28", "GRU"). */
function speaksCyber(ctx: MatchContext): boolean {
  // One distinctive name is not enough: a racehorse called "Silent Chollima" must not turn the other horses'
  // names into mentions. Two different ones are a page about this field, and so is one with a bare agency acronym
  // ("APT28 ... the GRU"); acronyms alone are not: "GRU" (an airport), "NCA" (cheerleading) and "SBU" (a
  // university) on a sports page.
  if (ctx.cueSeen || ctx.strongEntities.size >= 2) return true;
  if (ctx.strongEntities.size === 0) return false;
  for (const e of ctx.acronymEntities) if (!ctx.strongEntities.has(e)) return true;
  return false;
}


/** Inserts `v` into the ascending `list` at its place. */
function insertSorted(list: number[], v: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid] <= v) lo = mid + 1; else hi = mid; }
  list.splice(lo, 0, v);
}

/** Sorts list[from..] in place: each text's positions arrive in scan order, all after the earlier texts' (`base` only grows). */
function sortTail(list: number[], from: number): void {
  let sorted = true;
  for (let i = Math.max(1, from); i < list.length && sorted; i++) if (list[i] < list[i - 1]) sorted = false;
  if (sorted) return;
  const tail = list.splice(from).sort((a, b) => a - b);
  for (const x of tail) list.push(x);
}

/**
 * Is there a position in sorted `positions` within CONTEXT_WINDOW of the hit, outside the hit itself
 * (a name that contains a cue word, "Cyber Centre", does not vouch for itself)? Block breaks do not stop
 * it: a passage spans paragraphs.
 */
function near(positions: number[], start: number, end: number, window = CONTEXT_WINDOW, accept?: (p: number) => boolean): boolean {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (positions[mid] < start - window) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < positions.length && positions[i] <= end + window; i++) {
    if ((positions[i] < start || positions[i] >= end) && (!accept || accept(positions[i]))) return true;
  }
  return false;
}

/**
 * A cue within SURNAME_CUE_WINDOW of the hit and in its sentence: "by hackers. Royal admitted she had never
 * heard of them" puts the cue in the sentence before, about someone else.
 */
function cueInSentence(cues: number[], text: string, base: number, h: Hit): boolean {
  return near(cues, base + h.start, base + h.end, SURNAME_CUE_WINDOW, (at) => {
    const p = at - base;
    return p >= 0 && !SENTENCE_END.test(p < h.start ? text.slice(p, h.start) : text.slice(h.end, p));
  });
}
/** The hit that ends, or starts, a list separator away from `h` ("Akira, Qilin"), the longest if several. */
function listNeighbour(text: string, h: Hit, hits: Hit[], before: boolean): Hit | undefined {
  let best: Hit | undefined;
  for (const o of before ? hitsEnding(hits, h.start - 6, h.start) : hitsEnding(hits, h.end + 1, h.end + 6 + MAX_HIT)) {
    const gap = before ? (o.end <= h.start && o.end >= h.start - 6 ? text.slice(o.end, h.start) : undefined) : o.start >= h.end && o.start <= h.end + 6 ? text.slice(h.end, o.start) : undefined;
    if (gap !== undefined && LIST_GAP.test(gap) && (!best || o.end - o.start > best.end - best.start)) best = o;
  }
  return best;
}

/** The hit right before or after `h` with a single space between (none: undefined). */
function spaceNeighbour(text: string, h: Hit, hits: Hit[], before: boolean): Hit | undefined {
  // (a loop over the few hits in reach, not hitsEnding's copy: this runs for every group's hit, tagRun)
  const c = text.charCodeAt(before ? h.start - 1 : h.end);
  if (c !== 0x20 && c !== 0xa0) return undefined;
  if (before) {
    for (let i = firstEnding(hits, h.start - 1); i < hits.length && hits[i].end === h.start - 1; i++) if (hits[i].start < h.start - 1) return hits[i];
    return undefined;
  }
  let last: Hit | undefined;
  for (let i = firstEnding(hits, h.end + 2); i < hits.length && hits[i].end <= h.end + 1 + MAX_HIT; i++) if (hits[i].start === h.end + 1) last = hits[i];
  return last;
}

/**
 * Is `h` in a run of three or more groups' names with only spaces between, one of them distinctive (distinctiveName):
 * a tag list ("TAGS Akira Cl0p Play Medusa Qilin")? Its capitals say nothing of given names and
 * surnames. `isActor` tells a group's hit.
 */
function tagRun(text: string, h: Hit, hits: Hit[], isActor: (o: Hit) => boolean): boolean {
  if (!isActor(h)) return false;
  let n = 1;
  let distinctive = false;
  for (let side = 0; side < 2; side++) {
    let o: Hit | undefined = h;
    for (let steps = 0; steps < 12 && (o = spaceNeighbour(text, o, hits, side === 0)) && isActor(o); steps++) {
      n++;
      distinctive ||= distinctiveName(text, o);
    }
  }
  return n >= 3 && (distinctive || distinctiveName(text, h));
}

/** A name no ordinary word or person has: digits, inner capitals or a vendor's scheme name ("NoName057(16)", "BlackCat", "Volt Typhoon"). */
function distinctiveName(text: string, o: Hit): boolean {
  const w = text.slice(o.start, o.end);
  return /\d/.test(w) || INNER_CAPITAL.test(w) || (/[ \u00a0]/.test(w) && SCHEME_WORDS.has(lastWord(text, o.start, o.end)));
}

/** Is `h` in a run of names joined by commas or "and" of which one is distinctive (distinctiveName)? Such a run is a list of groups. */
function listWithDistinctive(text: string, h: Hit, hits: Hit[]): boolean {
  for (const before of [true, false]) {
    let o: Hit | undefined = h;
    for (let steps = 0; steps < 12 && (o = listNeighbour(text, o, hits, before)); steps++) if (distinctiveName(text, o)) return true;
  }
  return false;
}

/** "roughly China's C.I.A.", "functions roughly as China's", "like Iran's own": a likeness before a country's name
 *  (only asked where the country is not the agency's own: "as China's MSS" needs no answer). */
function likenedBefore(text: string, s: number): boolean {
  return /(?<![\p{L}\p{N}])(?:roughly|equivalent of|version of|answer to|akin to|counterpart to|like|as)(?:[ \u00a0]as)?[ \u00a0](?:the[ \u00a0])?\p{Lu}[\p{L}.]*(?:[ \u00a0]\p{Lu}[\p{L}.]*)?['’]s?[ \u00a0](?:own[ \u00a0])?$/u.test(text.slice(Math.max(0, s - 60), s));
}
/** "Lazarus-Tan": the end of a capitalised word joined by a hyphen right after `e` (a double-barrelled surname), or -1. */
function barrelEnd(text: string, e: number): number {
  if (!isHyphen(text.charCodeAt(e))) return -1;
  const m = /^\p{Lu}\p{Ll}+/u.exec(text.slice(e + 1, e + 40));
  return m ? e + 1 + m[0].length : -1;
}

/** "Lazarus, R. (2022)", "Royal, M., “Weather...”", "Lazarus, op. cit.": a cited author's surname and initials. */
function citedAuthor(text: string, e: number): boolean {
  return /^,[ \u00a0](?:\p{Lu}\.(?:[ \u00a0]?\p{Lu}\.)*(?=[ \u00a0,(;:]|$)|op\.[ \u00a0]cit|ibid)/u.test(text.slice(e, e + 16));
}
const QUOTES = new Set([0x22, 0x27, 0x201c, 0x201d, 0x2018, 0x2019]);
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){1,5}\p{Lu}\.?$/u;
const LIST_GAP = /^(?:,|,?[ \u00a0](?:and|or|&)|;)[ \u00a0]$/;
const SENTENCE_END = new RegExp(`[.!?]["'”’)]*\\s|${BLOCK_BREAK}`);

const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');

/** The sentence around hit `h` within `from`..`to` (see SENTENCE_END): after the last end before it, up to the first after it. */
function sentenceAround(text: string, h: Hit, from: number, to: number): { from: number; to: number } {
  const start = Math.max(0, from);
  let a = start;
  for (const m of text.slice(start, h.start).matchAll(SENTENCE_ENDS)) a = start + m.index + m[0].length;
  const end = SENTENCE_END.exec(text.slice(h.end, to));
  return { from: a, to: end ? h.end + end.index : to };
}

/** The index of the first mention in `list` (sorted by start) that starts at `at` or later. */
function mentionAt(list: { start: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < at) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Sort by start, longer first, and keep matches that do not overlap an earlier kept one. */
export function leftmostLongest<M extends Match>(ms: M[]): M[] {
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: M[] = [];
  let lastEnd = -1;
  for (const m of ms) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

