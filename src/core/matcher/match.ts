/**
 * Turns text into mentions: normalise, scan with the automaton, keep the hits that pass the rules
 * (boundaries, case, context), then keep the leftmost-longest non-overlapping ones.
 *
 * A Matcher is created once per content script from MatcherData (no compile). `match` can be called
 * on any piece of text: the whole page, a slice of blocks, or one changed paragraph. Page-level
 * state (entities already anchored by an unambiguous mention) is kept in a MatchContext so that
 * later slices benefit from earlier ones.
 */
import { ENTITY_KINDS, type EntityKind } from '../dataset/schema';
import { base64ToBytes } from '../base64';
import { isLetter, isWordChar, normaliseText, type NormalisedText } from '../normalise';
import { Automaton } from './automaton';
import type { MatcherData } from './compile';
import { boundariesOk, caseFits, caseKey, followedByProperName, FLAG_CASE_EXACT, FLAG_CONTEXT } from './rules';

/** How far (in characters) a context cue or another mention may be from an ordinary-word name. */
export const CONTEXT_WINDOW = 600;

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

export interface MatchContext {
  /** Entities mentioned by a name that needs no context, anywhere on the page so far. */
  anchored: Set<number>;
  /** A cue word has been read somewhere on the page so far. */
  cueSeen: boolean;
}

export function newMatchContext(): MatchContext {
  return { anchored: new Set(), cueSeen: false };
}

interface Hit { start: number; end: number; group: number }

export class Matcher {
  readonly data: MatcherData;
  readonly automaton: Automaton;
  private readonly groups: number;
  private scratch: NormalisedText | undefined;

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

  match(text: string, ctx: MatchContext = newMatchContext()): Match[] {
    const norm = normaliseText(text, this.scratch);
    if (norm.codes.length > (this.scratch?.codes.length ?? 0)) this.scratch = norm;
    const hits: Hit[] = [];
    const cues: number[] = []; // original offsets of cue words
    const groups = this.groups;
    const map = norm.map;
    this.automaton.scan(norm.codes, 0, norm.length, (ns, ne, value) => {
      const s = map[ns];
      const e = map[ne - 1] + 1;
      if (value >= groups) {
        // A cue only needs to be a whole word; the URL and identifier checks are for names.
        if (!(s > 0 && isWordChar(text.charCodeAt(s - 1))) && !(e < text.length && isWordChar(text.charCodeAt(e)))) cues.push(s);
        return;
      }
      hits.push({ start: s, end: e, group: value });
    });
    if (cues.length) ctx.cueSeen = true;
    if (hits.length === 0) return [];

    // Pass 1: hits that need no context. Pass 2: the rest, now that anchors and strong mentions are known.
    const accepted: Match[] = [];
    const weak: { hit: Hit; rows: number[] }[] = [];
    for (const h of hits) {
      if (!boundariesOk(text, h.start, h.end)) continue;
      const rows = this.rowsFitting(text, h);
      const strong = rows.filter((r) => !(this.data.rowFlags[r] & FLAG_CONTEXT));
      if (strong.length) accepted.push(this.toMatch(text, h, strong));
      else weak.push({ hit: h, rows });
    }
    for (const m of accepted) if (m.candidates.length === 1) ctx.anchored.add(m.entity);
    if (weak.length) {
      cues.sort((a, b) => a - b);
      // Only a distinctive mention vouches for an ordinary-word one: "Evil Corp" in a film review must not
      // turn "Predator" and "Paragon" next to it into mentions.
      const strongStarts = accepted.filter((m) => this.distinctive(m.row)).map((m) => m.start).sort((a, b) => a - b);
      for (const w of weak) {
        const hit = w.hit;
        const rows = w.rows.length ? w.rows : this.rowsFitting(text, hit, ctx.anchored);
        if (!rows.length || followedByProperName(text, hit.end)) continue;
        const ents = rows.map((r) => this.data.rowEntity[r]);
        // Another mention nearby vouches only on a page that speaks of cyber operations somewhere: a song list
        // naming "Evil Corp", "Candiru" and "Predator" has no cue word at all.
        const ok = ents.some((e) => ctx.anchored.has(e)) || near(cues, hit.start, hit.end) || (ctx.cueSeen && near(strongStarts, hit.start, hit.end)) || this.relatedNear(accepted, ents, hit);
        if (ok) accepted.push(this.toMatch(text, hit, rows));
      }
    }
    return leftmostLongest(accepted);
  }

  /** A mention of a related entity (the vendor of this product, say) within the window: "Intellexa sold Predator". */
  private relatedNear(accepted: Match[], ents: number[], hit: Hit): boolean {
    for (const m of accepted) {
      if (Math.abs(m.start - hit.start) > CONTEXT_WINDOW) continue;
      for (const e of ents) if (this.related.get(e)?.has(m.entity)) return true;
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
   * Rows whose case rule the page's spelling fits. An all-caps ordinary-word name written in title case
   * ("DUNE" as "Dune", "ZINC" as "Zinc") fits only when `anchored` holds its entity.
   */
  private rowsFitting(text: string, h: Hit, anchored?: Set<number>): number[] {
    const rows = this.data.groupRows[h.group];
    let letters: string | undefined;
    const out: number[] = [];
    for (const r of rows) {
      const f = this.data.rowFlags[r];
      if (f & FLAG_CASE_EXACT) {
        letters ??= caseKey(text.slice(h.start, h.end));
        const allowTitle = !(f & FLAG_CONTEXT) || (anchored?.has(this.data.rowEntity[r]) ?? false);
        const want = this.data.rowCase[r];
        // A plural variant ("Fancy Bears") is checked against the name without its "s".
        const got = letters.length === want.length + 1 && letters.endsWith('s') ? letters.slice(0, -1) : letters;
        if (!caseFits(got, want, allowTitle)) continue;
      }
      out.push(r);
    }
    return out;
  }

  private toMatch(text: string, h: Hit, rows: number[]): Match {
    let end = h.end;
    // "the M.S.S." / "by the F.B.I.": the abbreviation's last dot belongs to the name.
    // Only when the name ends in a dotted single letter ("S" of "M.S.S"), never after "28" or "Periscope".
    if (text.charCodeAt(end) === 0x2e && end - 2 >= h.start && text.charCodeAt(end - 2) === 0x2e && isLetter(text.charCodeAt(end - 1)) && !isWordChar(text.charCodeAt(end + 1))) end++;
    const candidates: number[] = [];
    for (const r of rows) { const e = this.data.rowEntity[r]; if (!candidates.includes(e)) candidates.push(e); }
    // The group may hold rows that did not fit (case); ambiguity counts every entity using the name.
    for (const r of this.data.groupRows[h.group]) { const e = this.data.rowEntity[r]; if (!candidates.includes(e)) candidates.push(e); }
    return { start: h.start, end, entity: candidates[0], candidates, row: rows[0] };
  }
}

/**
 * Is there a position in sorted `positions` within CONTEXT_WINDOW of the hit, outside the hit itself
 * (a name that contains a cue word, "Cyber Centre", does not vouch for itself)? Block breaks do not stop
 * it: a passage spans paragraphs.
 */
function near(positions: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (positions[mid] < start - CONTEXT_WINDOW) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < positions.length && positions[i] <= end + CONTEXT_WINDOW; i++) {
    if (positions[i] < start || positions[i] >= end) return true;
  }
  return false;
}

/** Sort by start, longer first, and keep matches that do not overlap an earlier kept one. */
export function leftmostLongest(ms: Match[]): Match[] {
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  let lastEnd = -1;
  for (const m of ms) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

