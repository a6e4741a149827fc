/**
 * A compact Aho-Corasick automaton over UTF-16 code units, serialised into one ArrayBuffer.
 *
 * Why this layout: the background compiles it once per dataset version and every content script
 * receives it as bytes, so it must load without any per-page compile and scan at memory speed.
 *
 * Layout (all little-endian, sections aligned to 4 bytes):
 *   header      Uint32[10] magic, format, states S, transitions T, alphabet A, patterns P, D1, D2, K, 0
 *               States are numbered breadth-first: 0 is the root, 1..D1 are the root's children, D1+1..D1+D2
 *               their children (depth 2). K: the classes of Latin letters, dashes and quotes (denseSymbol; the
 *               alphabet is sorted so that they are 1..K).
 *   alphabet    Uint32[A]  the symbols that occur in any pattern, sorted (denseSymbol first); class = index + 1. A symbol
 *               is a code unit, plus WORD_START (bit 16) where it starts a word
 *   rootNext    Uint32[A+1] dense transitions of the root by class (0 = stay at root)
 *   transStart  Uint32[S+1] transitions of state s >= 1 are transClass[transStart[s] .. transStart[s+1])
 *   transClass  Uint16[T]  sorted by class within a state (binary search). No targets are stored: states are
 *               numbered breadth-first with each state's children in class order, so the target of transition t
 *               is state D1 + 1 + t (the root's children, 1..D1, are in rootNext)
 *   fail        Uint32[S]  failure link
 *   report      Int32[S]   first pattern ending at this state or on its fail chain, or -1
 *   patLen      Uint32[P]  reported length in code units (the pattern's, less a joined prefix it skips)
 *   patValue    Uint32[P]  caller's value for the pattern (an alias-group index)
 *   patNext     Int32[P]   the next pattern on the fail chain of the state where this one ends, or -1
 *
 * The complete rows of the depth-1 and depth-2 states for classes 1..K (below) are not shipped: the constructor
 * derives them from the sparse transitions and the failure links, by copying rows, faster than decoding them.
 *
 * The root is dense and complete, and its children are for classes 1..K (most characters of running text are
 * decided there, without a failure walk; their other letters, of other scripts, take the sparse step, which
 * keeps the rows from growing with every script's alphabet), and so are the depth-2 states for classes 1..K (with 10,000 names most words
 * of running text reach depth 2, where a sparse step and its failure walk cost the most; classes 1..K keep those
 * rows to about 300 KB); deeper states are sparse, which keeps 10,000 names in about 1.6 MB shipped (scripts/bench/sets.ts's set;
 * `npm run bench` prints it) instead of a dense table's tens of MB. Code units outside the alphabet reset the scan to the root.
 *
 * Names and cues match only where a word starts (the matcher drops every hit inside a longer word anyway), so
 * a letter or digit of a spaced script is a different symbol at the start of a word than inside one, in the
 * patterns and in the text alike. Inside a word the root has no transition for it, and the scan stays at the
 * root, one table read per code unit, instead of following the suffixes of each word into the trie ("pla" in
 * "plan", "ice" in "office": with 10,000 names, half the raw hits). Letters of unspaced scripts (Chinese,
 * Japanese, Korean) start no word: their names match anywhere.
 */

import { FOLD_CONTEXT, FOLD_DROP, FOLD_UNKNOWN, foldInContext, isUnspacedScript, isWordChar, learnFold, textFold } from '../normalise';
import { joinedEndingAt } from './rules';

const MAGIC = 0x54434143; // "TCAC"
const FORMAT = 6;

/** Bit of a symbol: the code unit starts a word. */
const WORD_START = 0x10000;
/** 1 = a letter or digit of a spaced script (after folding), 2 = not; 0 = not yet asked. */
const wordTable = new Uint8Array(65536);
function learnWord(f: number): number {
  const w = isWordChar(f) && !isUnspacedScript(f) ? 1 : 2;
  wordTable[f] = w;
  return w;
}

/** An ASCII letter or digit. */
const isAsciiWordUnit = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

/** The symbols of a folded key: each word's first code unit carries WORD_START. */
function symbolsOf(key: string): number[] {
  const out: number[] = [];
  let prevWord = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const word = (wordTable[c] || learnWord(c)) === 1;
    out.push(word && !prevWord ? c | WORD_START : c);
    prevWord = word;
  }
  return out;
}
/** Code units whose classes get dense rows at depths 1 and 2: Latin letters (ASCII and accented) and the dashes and
 *  quotes of running text ("APT28’s", "Storm‑0558"). They sort first, so their classes are 1..K. */
const denseSymbol = (c: number) => { const u = c & 0xffff; return u < 0x250 || (u >= 0x2010 && u <= 0x201f); };
const symbolOrder = (a: number, b: number) => (denseSymbol(a) ? 0 : 1) - (denseSymbol(b) ? 0 : 1) || a - b;

export interface PatternInput {
  /** The folded pattern (normaliseName output). */
  key: string;
  value: number;
  /** Code units at the key's start that are matched but not reported (a joined prefix: "و" in "والموساد"). */
  skip?: number;
}

/** Builds the automaton. Duplicate keys keep the first value. */
export function compileAutomaton(patterns: PatternInput[]): ArrayBuffer {
  // Alphabet.
  const symbols = patterns.map((p) => symbolsOf(p.key));
  const chars = new Set<number>();
  for (const syms of symbols) for (const c of syms) chars.add(c);
  const alphabet = Uint32Array.from([...chars].sort(symbolOrder));
  const classOf = new Map<number, number>();
  alphabet.forEach((c, i) => classOf.set(c, i + 1));

  // Trie with Map children.
  const children: Map<number, number>[] = [new Map()];
  const outPattern: number[] = [-1];
  const patLen: number[] = [];
  const patValue: number[] = [];
  const seen = new Map<string, number>();
  patterns.forEach((p, pi) => {
    if (!p.key || p.key.length > MAX_PATTERN || seen.has(p.key)) return;
    let s = 0;
    for (const sym of symbols[pi]) {
      const cls = classOf.get(sym)!;
      let nx = children[s].get(cls);
      if (nx === undefined) {
        nx = children.length;
        children.push(new Map());
        outPattern.push(-1);
        children[s].set(cls, nx);
      }
      s = nx;
    }
    const id = patLen.length;
    seen.set(p.key, id);
    patLen.push(p.key.length - (p.skip ?? 0));
    patValue.push(p.value);
    outPattern[s] = id;
  });

  const S = children.length;
  const fail = new Uint32Array(S);
  const report = new Int32Array(S).fill(-1); // first pattern on the fail chain, the state's own included
  const patNext = new Int32Array(patLen.length).fill(-1);
  // BFS for fail links, each state's children in class order: then the children of the n-th state are numbered
  // right after those of the states before it, and a transition's target is implied by its position.
  const sortedKids = (s: number) => [...children[s]].sort((a, b) => a[0] - b[0]);
  const queue: number[] = [];
  const depth = new Uint32Array(S);
  for (const [, nx] of sortedKids(0)) { fail[nx] = 0; queue.push(nx); depth[nx] = 1; }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi];
    const f = fail[s];
    report[s] = outPattern[s] >= 0 ? outPattern[s] : report[f];
    if (outPattern[s] >= 0) patNext[outPattern[s]] = report[f];
    for (const [cls, nx] of sortedKids(s)) {
      let g = f;
      let target = 0;
      for (;;) {
        const t = children[g].get(cls);
        if (t !== undefined) { target = t; break; }
        if (g === 0) break;
        g = fail[g];
      }
      fail[nx] = target;
      depth[nx] = depth[s] + 1;
      queue.push(nx);
    }
  }

  // Breadth-first numbering: the root's children become 1..D1, theirs D1+1..D1+D2.
  const D1 = children[0].size;
  let D2 = 0;
  for (const old of queue) if (depth[old] === 2) D2++;
  let K = 0;
  while (K < alphabet.length && denseSymbol(alphabet[K])) K++;
  const newId = new Uint32Array(S);
  queue.forEach((old, i) => { newId[old] = i + 1; });
  const order = [0, ...queue]; // new id -> old id
  const A = alphabet.length;
  let T = 0;
  for (let n = 1; n < S; n++) T += children[order[n]].size;
  const P = patLen.length;
  const layout = sections(S, T, A, P);
  const buf = new ArrayBuffer(layout.total);
  const v = views(buf, layout, S, T, A, P);
  v.header.set([MAGIC, FORMAT, S, T, A, P, D1, D2, K, 0]);
  v.alphabet.set(alphabet);
  for (const [cls, nx] of children[0]) v.rootNext[cls] = newId[nx];
  let t = 0;
  for (let n = 0; n < S; n++) {
    v.transStart[n] = t;
    const old = order[n];
    v.fail[n] = newId[fail[old]] ?? 0;
    v.report[n] = report[old];
    if (n === 0) continue; // dense
    for (const [cls, nx] of sortedKids(old)) {
      if (newId[nx] !== D1 + 1 + t) throw new Error('automaton: numbering'); // the invariant the layout relies on
      v.transClass[t++] = cls;
    }
  }
  v.transStart[S] = t;
  v.fail[0] = 0;
  v.report[0] = -1;
  v.patLen.set(patLen);
  v.patValue.set(patValue);
  v.patNext.set(patNext);
  return buf;
}

interface Layout { offsets: number[]; total: number }

function sections(S: number, T: number, A: number, P: number): Layout {
  const sizes = [10 * 4, A * 4, (A + 1) * 4, (S + 1) * 4, T * 2, S * 4, S * 4, P * 4, P * 4, P * 4];
  const offsets: number[] = [];
  let o = 0;
  for (const sz of sizes) { offsets.push(o); o += Math.ceil(sz / 4) * 4; }
  return { offsets, total: o };
}

function views(buf: ArrayBuffer, l: Layout, S: number, T: number, A: number, P: number) {
  const o = l.offsets;
  return {
    header: new Uint32Array(buf, o[0], 10),
    alphabet: new Uint32Array(buf, o[1], A),
    rootNext: new Uint32Array(buf, o[2], A + 1),
    transStart: new Uint32Array(buf, o[3], S + 1),
    transClass: new Uint16Array(buf, o[4], T),
    fail: new Uint32Array(buf, o[5], S),
    report: new Int32Array(buf, o[6], S),
    patLen: new Uint32Array(buf, o[7], P),
    patValue: new Uint32Array(buf, o[8], P),
    patNext: new Int32Array(buf, o[9], P),
  };
}

/** Longest pattern kept (schema names are at most 200 characters): scanText remembers this many positions. */
const MAX_PATTERN = 255;
const RING = 256;
/** Bits of a code unit's entry in Automaton.unit (classes: bits 0-13 inside a word, 14-27 at its start). */
const U_KNOWN = 1 << 30;
const U_SPACE = 1 << 29;
const U_WORD = 1 << 28;
const U_SLOW = -1;
const U_MAX_CLASS = 0x3fff;

/** Called for every pattern occurrence: [start, end) in the scanned code units, and the pattern's value. */
export type OnMatch = (start: number, end: number, value: number) => void;

export class Automaton {
  readonly states: number;
  readonly patterns: number;
  readonly byteLength: number;
  private readonly v: ReturnType<typeof views>;
  /**
   * code unit -> class inside a word, and at a word's start (0 = in no pattern there). 128 KB each, filled from
   * the short alphabet in well under 1 ms.
   */
  private readonly classOf: Uint16Array;
  private readonly startClassOf: Uint16Array;
  private readonly d1: number;
  /** Last depth-2 state (D1 + D2) and the number of classes (1..K) the dense rows cover. */
  private readonly d12: number;
  private readonly k: number;
  private readonly ring = new Uint32Array(RING);
  private readonly dense1: Uint32Array;
  private readonly dense2: Uint32Array;

  /**
   * Per code unit of the text, learnt on first sight: its fold's classes (in a word, at a word's start), whether
   * it folds to a space or to a letter or digit; U_SLOW where the fold needs context or drops the unit (or the
   * alphabet is too large to pack). One table read instead of three, and no branch on the script.
   */
  private readonly unit = new Int32Array(65536);
  /**
   * 1 for a code unit that, inside a word and with the scan at the root, leaves it there: a letter or digit of a
   * spaced script (not Hebrew or Arabic, after which another script starts a word) whose in-word class the root has
   * no transition for. Most of running text; scanText skips a run of them in a loop that reads only this table.
   * Learnt with `unit`.
   */
  private readonly stay = new Uint8Array(65536);
  private learnUnit(c: number): number {
    let f = textFold[c];
    if (f === FOLD_UNKNOWN) f = learnFold(c);
    let e = U_SLOW;
    if (f >= 0 && this.v.alphabet.length < U_MAX_CLASS) {
      e = U_KNOWN | (this.startClassOf[f] << 14) | this.classOf[f];
      if (f === 0x20) e |= U_SPACE;
      if ((wordTable[f] || learnWord(f)) === 1) {
        e |= U_WORD;
        if ((c < 0x590 || c > 0x6ff) && this.v.rootNext[this.classOf[f]] === 0) this.stay[c] = 1;
      }
    }
    this.unit[c] = e;
    return e;
  }

  constructor(buf: ArrayBuffer) {
    if (buf.byteLength < 40) throw new Error('automaton: buffer too short');
    const h = new Uint32Array(buf, 0, 10);
    if (h[0] !== MAGIC || h[1] !== FORMAT) throw new Error('automaton: unknown format');
    const [S, T, A, P, D1, D2, K] = [h[2], h[3], h[4], h[5], h[6], h[7], h[8]];
    if (D1 + D2 >= S || K > A) throw new Error('automaton: bad header');
    const layout = sections(S, T, A, P);
    if (layout.total !== buf.byteLength) throw new Error('automaton: size mismatch');
    this.v = views(buf, layout, S, T, A, P);
    if (this.v.transStart[S] !== T) throw new Error('automaton: bad transitions');
    this.d1 = D1;
    this.d12 = D1 + D2;
    this.k = K;
    this.states = S;
    this.patterns = P;
    this.byteLength = buf.byteLength;
    this.classOf = new Uint16Array(65536);
    this.startClassOf = new Uint16Array(65536);
    const alpha = this.v.alphabet;
    for (let i = 0; i < alpha.length; i++) (alpha[i] & WORD_START ? this.startClassOf : this.classOf)[alpha[i] & 0xffff] = i + 1;
    [this.dense1, this.dense2] = this.denseRows();
  }

  /**
   * The complete rows of the depth-1 and depth-2 states for classes 1..K, derived here rather than shipped (they
   * are a third of the table at 10,000 names, and copying a row is cheaper than decoding it): a state's row is its
   * failure state's (the root, or a depth-1 state, already complete) with its own transitions written over it.
   */
  private denseRows(): [Uint32Array, Uint32Array] {
    const { rootNext, transStart, transClass, fail } = this.v;
    const w = this.k + 1;
    const d1 = this.d1;
    const dense1 = new Uint32Array(d1 * w);
    const dense2 = new Uint32Array((this.d12 - d1) * w);
    const root = rootNext.subarray(0, w);
    for (let n = 1; n <= this.d12; n++) {
      const f = fail[n];
      if (n > d1 && f > d1) throw new Error('automaton: bad failure link');
      const rows = n <= d1 ? dense1 : dense2;
      const row = (n <= d1 ? n - 1 : n - d1 - 1) * w;
      rows.set(n <= d1 || f === 0 ? root : dense1.subarray((f - 1) * w, f * w), row);
      const end = Math.min(transStart[n + 1], transClass.length);
      for (let t = transStart[n]; t < end; t++) {
        const cls = transClass[t];
        if (cls <= this.k) rows[row + cls] = d1 + 1 + t;
      }
    }
    return [dense1, dense2];
  }

  /**
   * Reports every occurrence of every pattern in page text, as [start, end) in `text`. The text is folded
   * as it is read (the loop of normaliseText: textFold, foldInContext, one space per run), so it is read once
   * and no folded copy is written; occurrences are those in normaliseText(text), mapped back through its map
   * (tested), that start a word (see the top of this file) and that no ASCII letter or digit runs on from. Code
   * units outside the alphabet reset the automaton to the root.
   */
  scanText(text: string, onMatch: OnMatch): void {
    const { rootNext, transStart, transClass, fail, report, patLen, patValue, patNext } = this.v;
    const { dense1, dense2 } = this;
    const classOf = this.classOf;
    const startClassOf = this.startClassOf;
    const d1 = this.d1;
    const d12 = this.d12;
    const k = this.k;
    const w2 = k + 1;
    const at = this.ring; // text offset of each of the last RING folded code units read inside the automaton
    const n = text.length;
    let len = 0;
    let prevSpace = false;
    let prevWord = false;
    // "وOilRig", "בFBI": a letter of another script right after a Hebrew or Arabic one starts a word (their prefixes join names)
    let prevRtl = false;
    let s = 0;
    const unit = this.unit;
    const stay = this.stay;
    for (let i = 0; i < n; i++) {
      if (s === 0 && prevWord && !prevRtl) {
        // inside a word at the root: the rest of the word stays there (no name starts inside a word), unread
        while (i < n && stay[text.charCodeAt(i)] === 1) i++;
        if (i === n) break;
      }
      const c = text.charCodeAt(i);
      let e = unit[c];
      if (e === 0) e = this.learnUnit(c);
      let space: boolean;
      let word: boolean;
      let cls: number;
      if (e > 0) {
        // the common case: a code unit whose fold needs no context
        space = (e & U_SPACE) !== 0;
        word = (e & U_WORD) !== 0;
        cls = word && (!prevWord || (prevRtl && (c < 0x590 || c > 0x6ff))) ? (e >>> 14) & U_MAX_CLASS : e & U_MAX_CLASS;
      } else {
        let f = textFold[c];
        if (f === FOLD_CONTEXT) f = foldInContext(text, i, c);
        if (f === FOLD_DROP) continue;
        space = f === 0x20;
        word = (wordTable[f] || learnWord(f)) === 1;
        cls = word && (!prevWord || (prevRtl && (c < 0x590 || c > 0x6ff))) ? startClassOf[f] : classOf[f];
      }
      prevRtl = c >= 0x590 && c <= 0x6ff;
      if (space) {
        if (prevSpace) continue;
        prevSpace = true;
      } else prevSpace = false;
      prevWord = word;
      // A code unit read at the root that leads nowhere is in no occurrence (every occurrence is a path from the
      // root that starts after it): it needs no place in the ring, which then holds only units that can be.
      if (cls === 0) { s = 0; continue; }
      if (s === 0) {
        // inside a word, most code units: the root has no transition for them
        s = rootNext[cls];
        if (s === 0) continue;
      } else for (;;) {
        if (s === 0) { s = rootNext[cls]; break; }
        if (s <= d1) { if (cls <= k) { s = dense1[(s - 1) * w2 + cls]; break; } }
        else if (s <= d12 && cls <= k) { s = dense2[(s - d1 - 1) * w2 + cls]; break; }
        let lo = transStart[s];
        let hi = transStart[s + 1] - 1;
        let found = -1;
        while (lo <= hi) {
          const mid = (lo + hi) >>> 1;
          const t = transClass[mid];
          if (t === cls) { found = mid; break; }
          if (t < cls) lo = mid + 1; else hi = mid - 1;
        }
        if (found >= 0) { s = d1 + 1 + found; break; }
        s = fail[s];
      }
      at[len & (RING - 1)] = i;
      len++;
      let p = report[s];
      // An occurrence that a Latin letter or digit runs on from ("pla" in "plan", "fe" in "fed") ends inside a word:
      // the matcher drops it (boundariesOk, wordEdge), so it is not reported. With 10,000 names these are most of
      // the raw hits; after a letter of an unspaced script (Thai, Lao and Myanmar lie below U+1100) or any code unit
      // from U+1100 on, any letter may follow.
      // (but for a genitive "s" or a case ending that ends the word, "Säpos", "Pegasusa", which the matcher decides)
      if (p >= 0 && i + 1 < n && c < 0x1100 && !isUnspacedScript(c) && isAsciiWordUnit(text.charCodeAt(i + 1)) && !joinedEndingAt(text, i + 1)) continue;
      while (p >= 0) {
        onMatch(at[(len - patLen[p]) & (RING - 1)], i + 1, patValue[p]);
        p = patNext[p];
      }
    }
  }
}
