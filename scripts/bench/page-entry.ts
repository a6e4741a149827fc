/**
 * The page side of the benchmark, bundled by scripts/bench/bundle.ts into one IIFE and injected into
 * each fresh page. Uses the real matcher, highlighter and scanner from src/ (unchanged), plus mark.js
 * as the baseline. Every function reports times from the page's own clock (performance.now()).
 */
import { Matcher } from '../../src/core/matcher/match';
import type { MatcherData } from '../../src/core/matcher/compile';
import { Highlighter } from '../../src/content/highlighter';
import { Scanner, type Mention } from '../../src/content/scanner';
import { SCAN_SLICE_MS } from '../../src/core/timing';

/** Chunk size for the stage breakdown (the scanner itself adapts its chunks). */
const BREAKDOWN_CHUNK_CHARS = 32_768;
import { TextGatherer, isSkipped, locate, type Gathered } from '../../src/content/gather';
import { newMatchContext } from '../../src/core/matcher/match';
import { Automaton } from '../../src/core/matcher/automaton';
import { base64ToBytes } from '../../src/core/base64';
// The package's ES build (UMD wrapper, default export is the Mark constructor).
import Mark from 'mark.js/dist/mark.es6.js';

/** Highlighter that records when ranges reach CSS.highlights (for the live-page latency). */
class TimedHighlighter extends Highlighter {
  lastAddAt = 0;
  added = 0;
  override add(ms: Mention[]): void {
    super.add(ms);
    if (ms.length) { this.lastAddAt = performance.now(); this.added += ms.length; }
  }
}

let matcher: Matcher | undefined;
let hl: TimedHighlighter | undefined;
let scanner: Scanner | undefined;
let abort: AbortController | undefined;

const w = window as unknown as Record<string, unknown>;

w.tcSliceMs = SCAN_SLICE_MS;

/** A highlighter that registers nothing: isolates what CSS.highlights costs the page between slices. */
class UnregisteredHighlighter extends TimedHighlighter {
  override add(ms: Mention[]): void { if (ms.length) { this.lastAddAt = performance.now(); this.added += ms.length; } }
}

/** Constructs the matcher (automaton load), highlighter and scanner. `register: false`: ranges never reach CSS.highlights. */
w.tcLoad = (data: MatcherData, opts: { register?: boolean } = {}) => {
  const t0 = performance.now();
  matcher = new Matcher(data);
  const loadMs = performance.now() - t0;
  hl?.dispose();
  hl = opts.register === false ? new UnregisteredHighlighter() : new TimedHighlighter();
  scanner = new Scanner(matcher, hl);
  return { loadMs, states: matcher.automaton.states, bytes: matcher.automaton.byteLength };
};

/** One full scan; then the layout read that follows it. */
w.tcScan = async () => {
  if (!scanner) throw new Error('tcLoad first');
  const t0 = performance.now();
  await scanner.fullScan();
  const ms = performance.now() - t0;
  const l0 = performance.now();
  void document.body.offsetHeight;
  const layoutMs = performance.now() - l0;
  return { ms, busyMs: scanner.stats.scanMs, longestSliceMs: scanner.stats.longestSliceMs, mentions: scanner.mentions.length, textChars: scanner.stats.textChars, textNodes: scanner.stats.textNodes, layoutMs };
};

/** The bare limit: a TreeWalker over every text node of body, reading .data lengths. */
w.walkOnly = () => {
  const t0 = performance.now();
  const tw = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let n = tw.nextNode(); n; n = tw.nextNode()) { chars += (n as Text).data.length; nodes++; }
  return { ms: performance.now() - t0, chars, nodes };
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * mark.js markRegExp with one alternation of every alias (longest first), word-bounded, case-insensitive.
 * `unicode`: boundaries that hold in every script. JavaScript's \\b knows only ASCII word characters, so the plain
 * form can never find "ГРУ" or "国家安全部" as a whole word; the Unicode form finds what a reader expects, at a price.
 */
w.markRegExp = (aliases: string[], acrossElements: boolean, unicode = false) => {
  const sorted = [...aliases].sort((a, b) => b.length - a.length);
  const t0 = performance.now();
  const alt = sorted.map(escapeRe).join('|');
  const re = unicode ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu') : new RegExp(`\\b(?:${alt})\\b`, 'gi');
  return new Promise((resolve) => {
    new Mark(document.body).markRegExp(re, {
      acrossElements,
      done: (n: number) => {
        const ms = performance.now() - t0;
        const l0 = performance.now();
        void document.body.offsetHeight;
        resolve({ ms, matches: n, layoutMs: performance.now() - l0 });
      },
    });
  });
};

/**
 * Terms per mark() call. mark.js handles a call's terms by recursion (each term's end calls the next), so one
 * call with more than about 1,000 terms overflows the stack (issue #5); each batch starts from a timer, on an
 * empty stack.
 */
const MARK_TERMS_BATCH = 500;

/** mark.js mark(terms): its documented use with an array of keywords (whole names, exact word accuracy). */
w.markTerms = (aliases: string[]) => {
  const opts = { separateWordSearch: false, accuracy: 'exactly' as const };
  // Terms mark.js cannot compile (building its regex overflows the stack) would fail a whole call: they are
  // found first, untimed, on an empty element (mark.js compiles a term before it walks anything), and left out.
  const probe = new Mark(document.createElement('div'));
  const skipped: string[] = [];
  const terms = aliases.filter((a) => { try { probe.mark(a, opts); return true; } catch { skipped.push(a); return false; } });
  const t0 = performance.now();
  const mark = new Mark(document.body);
  let matches = 0;
  return new Promise((resolve) => {
    const next = (from: number) => {
      if (from >= terms.length) { resolve({ ms: performance.now() - t0, matches, skipped: skipped.length }); return; }
      try {
        mark.mark(terms.slice(from, from + MARK_TERMS_BATCH), { ...opts, done: (n: number) => { matches += n; setTimeout(() => next(from + MARK_TERMS_BATCH), 0); } });
      } catch (e) {
        resolve({ ms: performance.now() - t0, matches, error: String((e as Error)?.message ?? e) });
      }
    };
    next(0);
  });
};

/** Starts watching the page (after a full scan). */
w.tcObserve = () => {
  if (!scanner) throw new Error('tcLoad first');
  abort?.abort();
  abort = new AbortController();
  scanner.observe(abort.signal);
};

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Appends `html` (a batch of paragraphs) to the first article's parent and measures, in the page's clock,
 * the time until the last of the new ranges was added to CSS.highlights (TimedHighlighter.add), and the
 * synchronous cost of the append itself.
 */
w.tcAppend = async (html: string) => {
  if (!hl || !scanner) throw new Error('tcLoad first');
  const host = document.querySelector('main') ?? document.body;
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const frag = tpl.content;
  const before = hl.added;
  const t0 = performance.now();
  host.append(frag);
  const appendMs = performance.now() - t0;
  // The scanner flushes in a microtask after the MutationObserver callback: wait one macrotask, then read.
  await tick();
  const added = hl.added - before;
  const latency = added ? hl.lastAddAt - t0 : NaN;
  return { latency, appendMs, added, mentions: scanner.mentions.length };
};

/** Same append on a page without the scanner (for the append cost with and without live ranges). */
w.plainAppend = async (html: string) => {
  const host = document.querySelector('main') ?? document.body;
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const t0 = performance.now();
  host.append(tpl.content);
  const appendMs = performance.now() - t0;
  await tick();
  return { appendMs };
};

/**
 * Where the automaton load goes: src's base64ToBytes, then `new Automaton` on the copy, against native
 * decoders (atob + charCodeAt, and Uint8Array.fromBase64 where the browser has it). Run on a fresh page.
 */
w.tcLoadBreakdown = (data: MatcherData) => {
  const t0 = performance.now();
  const bytes = base64ToBytes(data.automaton).slice();
  const t1 = performance.now();
  new Automaton(bytes.buffer as ArrayBuffer);
  const t2 = performance.now();
  const bin = atob(data.automaton);
  const u8 = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
  const t3 = performance.now();
  const fromB64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  let nativeMs = NaN;
  if (fromB64) { const a = performance.now(); fromB64(data.automaton); nativeMs = performance.now() - a; }
  return { base64Ms: t1 - t0, automatonMs: t2 - t1, atobMs: t3 - t2, fromBase64Ms: nativeMs, bytes: bytes.length };
};

/**
 * Where the scan time goes, each stage timed separately on a fresh page (cold code, like a content script):
 * the filtered TreeWalker alone (same NodeFilter as TextGatherer), the gather (TextGatherer chunks),
 * the matcher on those chunks, Range creation, and Highlight.add.
 */
w.tcBreakdown = () => {
  if (!matcher) throw new Error('tcLoad first');
  const body = document.body;
  let t = performance.now();
  const tw = document.createTreeWalker(body, 0x1 | 0x4, { acceptNode: (n: Node) => (n.nodeType === 1 ? (isSkipped(n as Element) ? 2 : 3) : 1) });
  let c = 0;
  for (let n = tw.nextNode(); n; n = tw.nextNode()) c += (n as Text).data.length;
  const filteredWalkMs = performance.now() - t;
  t = performance.now();
  const g = new TextGatherer(body, document);
  const chunks: Gathered[] = [];
  for (let ch = g.next(BREAKDOWN_CHUNK_CHARS); ch; ch = g.next(BREAKDOWN_CHUNK_CHARS)) chunks.push(ch);
  const gatherMs = performance.now() - t;
  t = performance.now();
  const ctx = newMatchContext();
  const found = chunks.map((ch) => matcher!.match(ch.text, ctx));
  const matchMs = performance.now() - t;
  t = performance.now();
  const ranges: Range[] = [];
  chunks.forEach((ch, i) => {
    for (const m of found[i]) {
      const s = locate(ch, m.start);
      const e = locate(ch, m.end, true);
      const r = document.createRange();
      r.setStart(s.node, s.offset);
      r.setEnd(e.node, e.offset);
      ranges.push(r);
    }
  });
  const rangeMs = performance.now() - t;
  t = performance.now();
  const h = new Highlight();
  CSS.highlights.set('bench-breakdown', h);
  for (const r of ranges) h.add(r);
  const highlightMs = performance.now() - t;
  CSS.highlights.delete('bench-breakdown');
  return { filteredWalkMs, gatherMs, matchMs, rangeMs, highlightMs, chunks: chunks.length, chars: c, ranges: ranges.length };
};

w.tcReady = true;
