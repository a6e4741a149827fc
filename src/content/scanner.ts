/**
 * The page scanner: finds mentions in the document and keeps them current as the page changes.
 *
 * - Full scan: one TreeWalker pass gathered in chunks of whole blocks, each chunk matched and
 *   highlighted at once; the loop yields whenever a slice has run SCAN_SLICE_MS, so no task is long.
 * - Changes: a MutationObserver collects changed nodes; one flush per tick rescans only the blocks
 *   that changed (their old mentions are dropped first). Mutations inside our own layer are ignored.
 * - Mentions live in Ranges registered with the CSS Custom Highlight API: the page's DOM is not touched.
 */
import type { Matcher, MatchContext, Match } from '../core/matcher/match';
import { newMatchContext } from '../core/matcher/match';
import type { PageMention, ScanStats } from '../core/messages';
import { SCAN_FIRST_CHUNK_CHARS, SCAN_MAX_CHUNK_CHARS, SCAN_MIN_CHUNK_CHARS, SCAN_SLICE_MS, SCAN_STEPS_PER_SLICE } from '../core/timing';
import { HOST_TAG, TextGatherer, hiddenByStyle, insideSkipped, isBlock, isSkipped, locate, spanText, type Gathered } from './gather';
import type { Highlighter } from './highlighter';

export interface Mention {
  range: Range;
  entity: number;
  candidates: number[];
  row: number;
  /** Text nodes the mention spans (for hover lookup). The page text is spanText(range, nodes), read on demand:
   *  keeping a slice of the chunk string would keep the whole chunk alive. */
  nodes: Text[];
}

/** Where a match that may be accepted later (MatchContext.undecided, clusters) lies in the page. */
interface Where {
  sNode: Text; sOff: number; eNode: Text; eOff: number;
  /** The text nodes it spans, when more than one (most names lie in one: kept small, there are thousands). */
  nodes?: Text[];
  /** nodeGen of the first node when it was read. A rescan renews every text node of the changed block, and a
   *  name never leaves its block, so a first node rescanned since makes the place stale. */
  gen: number;
}

const now = () => performance.now();

/** Attributes that show or hide text (gather.ts isSkipped, inClosedDetails). */
const REVEALING_ATTRIBUTES = ['open', 'hidden', 'aria-hidden', 'style'];

/** A sentence that takes the matcher through its main paths (names, a cue, an ordinary word, a country, a person). */
const WARM_UP_TEXT = 'Russia\'s GRU and APT28 hackers, said Anna Gold, used the Snake malware; Play ransomware hit the M.S.S.';

/** Yields to the event loop: scheduler.yield where the browser has it, else a macrotask. */
function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((r) => setTimeout(r, 0));
}

export class Scanner {
  mentions: Mention[] = [];
  /** Text node -> mentions that cover part of it. */
  readonly byNode = new Map<Text, Mention[]>();
  complete = false;
  stats: ScanStats = { scanMs: 0, textChars: 0, textNodes: 0, longestSliceMs: 0 };
  private ctx: MatchContext = newMatchContext();
  /** Mentions of the current context by page offset (MatchContext), for what `settle` takes back. */
  private byPageStart = new Map<number, Mention>();
  /** How often each text node has been rescanned after a change. */
  private readonly nodeGen = new WeakMap<Text, number>();
  private observer: MutationObserver | undefined;
  private pendingRoots = new Set<Node>();
  /** Elements whose open or hidden attribute changed since the last flush. */
  private pendingShown = new Set<Element>();
  private flushScheduled = false;
  /** What flushes left to read (a large appended or revealed subtree is read in slices), and whether a drain runs. */
  private toRead: TextGatherer[] = [];
  private draining = false;
  private sawRemoval = false;
  private generation = 0;

  constructor(private matcher: Matcher, private readonly hl: Highlighter, private readonly doc: Document = document) {}

  /** Replaces the matcher (dataset or prefs changed) and rescans. */
  async setMatcher(m: Matcher): Promise<void> {
    this.matcher = m;
    await this.fullScan();
  }

  /** Scans the whole body in slices. A later call supersedes an unfinished one. */
  async fullScan(): Promise<void> {
    const gen = ++this.generation;
    const first = !this.scannedOnce;
    this.scannedOnce = true;
    this.clear();
    this.complete = false;
    const root = this.doc.body;
    if (!root) return;
    const t0 = now();
    let sliceStart = t0;
    let longest = 0;
    let busy = 0;
    let chars = 0;
    let nodes = 0;
    // Chunk size adapts to the measured speed, so a slice ends near SCAN_SLICE_MS even while the JIT is cold.
    let chunkChars = SCAN_FIRST_CHUNK_CHARS;
    // Ranges are registered in batches: every registration makes the browser repaint all highlights in
    // the next pause, so adding them chunk by chunk costs more than the scan (see docs/performance.md).
    this.deferHighlights = true;
    let shown = false;
    /** Ends the slice and yields; false when a later scan superseded this one meanwhile. */
    const endSlice = async (): Promise<boolean> => {
      const t = now();
      longest = Math.max(longest, t - sliceStart);
      busy += t - sliceStart;
      await yieldToPage();
      sliceStart = now();
      return gen === this.generation;
    };
    // What the reader sees is read first (on the first scan: later the hit test would force a layout), with a
    // context of its own. The whole body is then read in order with a fresh one, as a one-shot scan would read it:
    // it confirms or replaces the first pass's mentions, so the result does not depend on the first pass.
    if (first) {
      // The first call of the matcher's code compiles it: on a short text, in a slice of its own.
      this.matcher.match(WARM_UP_TEXT, newMatchContext());
      if (!(await endSlice())) return;
    }
    const inView = first ? this.viewportRoot(root) : undefined;
    const passes = inView ? [new TextGatherer(inView, this.doc), new TextGatherer(root, this.doc)] : [new TextGatherer(root, this.doc)];
    let early: Set<Mention> | undefined;
    for (const g of passes) {
      if (g !== passes[0]) {
        chunkChars = SCAN_FIRST_CHUNK_CHARS;
        early = new Set(this.mentions);
        this.ctx = newMatchContext();
        this.byPageStart.clear();
      }
      for (;;) {
        const c0 = now();
        const chunk = g.next(chunkChars);
        if (!chunk) break;
        if (g === passes[passes.length - 1]) { chars += chunk.text.length; nodes += chunk.nodes.length; }
        this.addChunk(chunk, early);
        const t = now();
        const rate = chunk.text.length / Math.max(0.05, t - c0); // chars per ms
        // At most twice the last chunk: on a fresh page the next chunk may meet code and regexes not compiled
        // yet, and a rate measured on a cheap chunk would size it past the slice.
        chunkChars = Math.max(SCAN_MIN_CHUNK_CHARS, Math.min(SCAN_MAX_CHUNK_CHARS, 2 * chunkChars, Math.round((rate * SCAN_SLICE_MS) / SCAN_STEPS_PER_SLICE)));
        // Yield unless the next chunk, at the speed just measured (or as slow as this one), still fits the slice.
        if (t - sliceStart + Math.max(t - c0, chunkChars / rate) >= SCAN_SLICE_MS) {
          if (!shown) { this.showPending(); shown = true; } // the first screenful appears at once
          if (!(await endSlice())) return; // superseded
        }
      }
    }
    // Settling and registering the held-back ranges take a few ms on a long page: in a slice of their own
    // when this one is already half used.
    if (now() - sliceStart >= SCAN_SLICE_MS / 2 && !(await endSlice())) return;
    // First-pass mentions the in-order pass did not find again (it knew more of the page) go.
    if (early?.size) this.drop(early);
    this.settle();
    this.deferHighlights = false;
    this.showPending();
    const end = now();
    longest = Math.max(longest, end - sliceStart);
    busy += end - sliceStart;
    this.stats = { scanMs: round(busy), textChars: chars, textNodes: nodes, longestSliceMs: round(longest) };
    this.complete = true;
  }

  private deferHighlights = false;
  private pending: Mention[] = [];
  private scannedOnce = false;

  private showPending(): void {
    if (this.pending.length) this.hl.add(this.pending);
    this.pending = [];
  }

  /**
   * The block around the middle of the viewport, widened up to about three screens of content, or
   * undefined when that is the whole body anyway (or the page is inside a skipped region).
   */
  private viewportRoot(body: HTMLElement): Element | undefined {
    const view = this.doc.defaultView;
    if (!view) return undefined;
    let el = this.doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2);
    if (!el || el === body || !body.contains(el) || insideSkipped(el, body) || isSkipped(el)) return undefined;
    while (!isBlock(el) && el.parentElement && el.parentElement !== body) el = el.parentElement; // a name never crosses a block
    if (!isBlock(el)) return undefined;
    const limit = view.innerHeight * 3;
    while (el.parentElement && el.parentElement !== body && el.parentElement.getBoundingClientRect().height < limit) el = el.parentElement;
    return el === body ? undefined : el;
  }

  /** Matches a chunk; `early`: first-pass mentions, confirmed here when found again (see fullScan). */
  private addChunk(g: Gathered, early?: Set<Mention>): void {
    const base = this.ctx.base;
    const undecidedBefore = this.ctx.undecided.length;
    const found = this.matcher.match(g.text, this.ctx);
    // Hits that context may vouch for later, and the candidates they compete with: remember where they are.
    for (let i = undecidedBefore; i < this.ctx.undecided.length; i++) {
      const u = this.ctx.undecided[i];
      u.match.ref = this.where(g, u.match.start - base, u.match.end - base);
      for (const c of u.match.cluster?.members ?? []) c.ref ??= this.where(g, c.start - base, c.end - base);
    }
    if (!found.length) return;
    const added: Mention[] = [];
    for (const m of found) {
      const s = locate(g, m.start);
      const e = locate(g, m.end, true);
      // A block can be read twice (the page changed during a full scan, or the first pass read it): one mention per place.
      const same = this.byNode.get(s.node)?.find((x) => x.range.startContainer === s.node && x.range.startOffset === s.offset && x.range.endContainer === e.node && x.range.endOffset === e.offset);
      // A first-pass mention is confirmed only if the in-order pass means the same by it (more anchors can add candidates).
      if (same && (!early?.has(same) || sameMeaning(same, m))) {
        if (early?.delete(same)) this.byPageStart.set(base + m.start, same);
        continue;
      }
      const mention = this.toMention(m, s.node, s.offset, e.node, e.offset, g.nodes.slice(s.index, e.index + 1));
      this.byPageStart.set(base + m.start, mention);
      added.push(mention);
    }
    this.show(added);
  }

  private show(added: Mention[]): void {
    for (const m of added) this.mentions.push(m);
    if (this.deferHighlights) { for (const m of added) this.pending.push(m); } else this.hl.add(added);
  }

  private where(g: Gathered, start: number, end: number): Where {
    const s = locate(g, start);
    const e = locate(g, end, true);
    const w: Where = { sNode: s.node, sOff: s.offset, eNode: e.node, eOff: e.offset, gen: this.nodeGen.get(s.node) ?? 0 };
    if (e.index > s.index) w.nodes = g.nodes.slice(s.index, e.index + 1);
    return w;
  }

  /** Applies what the matcher decides now that more of the page is known (MatchContext.undecided). */
  private settle(): void {
    const { add, remove } = this.matcher.settle(this.ctx);
    if (!add.length && !remove.length) return;
    const gone = new Set<Mention>();
    for (const r of remove) { const m = this.byPageStart.get(r.start); if (m) { gone.add(m); this.byPageStart.delete(r.start); } }
    if (gone.size) this.drop(gone);
    const added: Mention[] = [];
    for (const a of add) {
      const w = a.ref as Where | undefined;
      if (!w || !this.fresh(w)) continue;
      const mention = this.toMention(a, w.sNode, w.sOff, w.eNode, w.eOff, w.nodes ?? [w.sNode]);
      this.byPageStart.set(a.start, mention);
      added.push(mention);
    }
    this.show(added);
  }

  /** A place read before its nodes changed is stale: the rescan of those nodes decided them anew. */
  private fresh(w: Where | undefined): w is Where {
    return !!w && w.sNode.isConnected && w.eNode.isConnected && (this.nodeGen.get(w.sNode) ?? 0) === w.gen;
  }

  /** Forgets mentions: highlights, node index and list. */
  private drop(dropped: Set<Mention>): void {
    this.hl.remove([...dropped]);
    for (const m of dropped) for (const n of m.nodes) {
      const list = this.byNode.get(n);
      if (!list) continue;
      const rest = list.filter((x) => x !== m);
      if (rest.length) this.byNode.set(n, rest); else this.byNode.delete(n);
    }
    this.mentions = this.mentions.filter((m) => !dropped.has(m));
    this.pending = this.pending.filter((m) => !dropped.has(m));
  }

  private toMention(m: Match, sNode: Text, sOff: number, eNode: Text, eOff: number, nodes: Text[]): Mention {
    const range = this.doc.createRange();
    range.setStart(sNode, sOff);
    range.setEnd(eNode, eOff);
    const mention: Mention = { range, entity: m.entity, candidates: m.candidates, row: m.row, nodes };
    for (const n of nodes) {
      const list = this.byNode.get(n);
      if (list) list.push(mention); else this.byNode.set(n, [mention]);
    }
    return mention;
  }

  /** Highlighting switched off: forget every mention; a later setMatcher scans again. */
  disable(): void {
    this.generation++; // stops a scan under way
    this.clear();
    this.complete = true;
  }

  private clear(): void {
    this.toRead = [];
    this.hl.clear();
    this.pending = [];
    this.mentions = [];
    this.byNode.clear();
    this.byPageStart.clear();
    this.ctx = newMatchContext();
  }

  /** Starts watching the page for changes. */
  observe(signal: AbortSignal): void {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    // Text the reader could not see is not read (gather.ts); opening a <details> or revealing a hidden section
    // ("Show more", a tab) changes only an attribute, and must be read then.
    this.observer.observe(this.doc.documentElement, { childList: true, characterData: true, subtree: true, attributes: true, attributeOldValue: true, attributeFilter: REVEALING_ATTRIBUTES });
    signal.addEventListener('abort', () => this.observer?.disconnect(), { once: true });
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.target;
      if (isOurs(target)) continue;
      if (r.type === 'characterData') { this.pendingRoots.add(target); this.sawRemoval = true; }
      else if (r.type === 'attributes') {
        // Most style changes (animations, layout scripts) hide and show nothing: only a display:none set or removed counts.
        if (r.attributeName === 'style' && hiddenByStyle(r.oldValue) === hiddenByStyle((target as Element).getAttribute('style'))) continue;
        // aria-hidden hides nothing from sight: a modal dialog sets it on the whole page behind it, and its
        // removal needs a read only where nothing was read (the page was aria-hidden when it loaded).
        if (r.attributeName === 'aria-hidden') { if (!this.holdsMention(target as Element)) this.pendingRoots.add(target); }
        else { this.pendingRoots.add(target); this.pendingShown.add(target as Element); } // read if shown now, its mentions dropped if hidden
      }
      else {
        for (const n of r.addedNodes) if (!isOurs(n)) this.pendingRoots.add(n);
        if (r.removedNodes.length) { this.pendingRoots.add(target); this.sawRemoval = true; } // the block around a removal may read differently now
      }
    }
    if (this.pendingRoots.size && !this.flushScheduled) {
      this.flushScheduled = true;
      // One flush for a burst of mutations: after the page's own task, before the next frame.
      queueMicrotask(() => this.flush());
    }
  }

  /** Rescans the blocks around every changed node; drops mentions whose text left the page. */
  flush(): void {
    this.flushScheduled = false;
    const roots = this.scanRoots([...this.pendingRoots]);
    this.pendingRoots.clear();
    // Sections the reader can no longer see: their mentions go, and nothing in them is read.
    const body = this.doc.body ?? this.doc.documentElement;
    const hidden = [...this.pendingShown].filter((el) => el.isConnected && (isSkipped(el) || insideSkipped(el, body)));
    this.pendingShown.clear();
    if (!roots.length && !hidden.length) return;
    // Drop the mentions inside the roots (they are rescanned), and, after removals, those whose text left the page.
    const dropped = new Set<Mention>();
    for (const r of [...roots, ...hidden]) {
      const w = this.doc.createTreeWalker(r, 0x4 /* text */);
      for (let t = w.nextNode(); t; t = w.nextNode()) {
        this.nodeGen.set(t as Text, (this.nodeGen.get(t as Text) ?? 0) + 1);
        for (const m of this.byNode.get(t as Text) ?? []) dropped.add(m);
      }
    }
    if (this.sawRemoval) for (const m of this.mentions) if (m.nodes.some((n) => !n.isConnected)) dropped.add(m);
    this.sawRemoval = false;
    if (dropped.size) this.drop(dropped);
    // Hits read before a change are decided again by the rescan: forget the stale ones.
    this.ctx.undecided = this.ctx.undecided.filter((u) => this.fresh(u.match.ref as Where | undefined));
    for (const r of roots) this.toRead.push(new TextGatherer(r, this.doc));
    void this.drain();
  }

  /**
   * Reads what flushes queued. A batch of new paragraphs is read at once, in the flush's own task; a large
   * subtree appended or revealed at once (an infinite feed's page, a "Show all" of a long article) is read in
   * slices of SCAN_SLICE_MS like a full scan, in page order with the same context. A block the page changes
   * meanwhile is queued again by its flush; addChunk keeps one mention per place when it is read twice.
   */
  private async drain(): Promise<void> {
    if (this.draining) return; // the running drain reads what was just queued
    this.draining = true;
    const gen = this.generation;
    let sliceStart = now();
    try {
      while (this.toRead.length) {
        const chunk = this.toRead[0].next(SCAN_MIN_CHUNK_CHARS * 8); // a few ms of matching
        if (!chunk) { this.toRead.shift(); continue; }
        this.addChunk(chunk);
        if (now() - sliceStart >= SCAN_SLICE_MS && this.toRead.length) {
          this.settle(); // what is read so far is shown
          await yieldToPage();
          if (gen !== this.generation) return; // a full scan or disable() took over
          sliceStart = now();
        }
      }
      // New anchors and cues may vouch for names read earlier ("Lazarus" above, "Lazarus Group" just appended).
      this.settle();
    } finally {
      this.draining = false;
    }
  }

  /** The smallest set of readable block elements that contain every changed node. */
  private scanRoots(changed: Node[]): Element[] {
    const roots = new Set<Element>();
    for (const n of changed) {
      if (!n.isConnected) continue;
      let el: Element | null = n.nodeType === 1 ? (n as Element) : n.parentElement;
      if (!el || insideSkipped(n, this.doc.body ?? this.doc.documentElement) || (n.nodeType === 1 && isSkipped(n as Element))) continue;
      // Climb to a block, so names split across inline siblings are read whole.
      while (el && !isBlock(el) && el.parentElement) el = el.parentElement;
      if (el) roots.add(el);
    }
    const list = [...roots];
    return list.filter((r) => !list.some((o) => o !== r && o.contains(r)));
  }

  /** Does any mention start inside `el`? */
  private holdsMention(el: Element): boolean {
    return this.mentions.some((m) => el.contains(m.range.startContainer));
  }

  /** Mentions in document order, as `page/mentions` answers them. */
  ordered(): Mention[] {
    const list = [...this.mentions];
    // By start node, then offset: compareDocumentPosition rather than Range#compareBoundaryPoints, which happy-dom
    // answers inconsistently across subtrees (-1 both ways for a <main> and an <aside> hashtag, heldout81).
    list.sort((a, b) => {
      const x = a.range.startContainer;
      const y = b.range.startContainer;
      if (x === y) return a.range.startOffset - b.range.startOffset;
      return x.compareDocumentPosition(y) & 4 /* FOLLOWING */ ? -1 : 1;
    });
    this.mentions = list;
    return list;
  }

  toPageMentions(): PageMention[] {
    return this.ordered().map((m) => {
      const out: PageMention = { entityId: this.matcher.entityId(m.entity), name: this.matcher.entityName(m.entity), kind: this.matcher.entityKind(m.entity), text: spanText(m.range, m.nodes) };
      if (m.candidates.length > 1) out.candidates = m.candidates.map((c) => this.matcher.entityId(c));
      return out;
    });
  }

  get currentMatcher(): Matcher { return this.matcher; }
}

function sameMeaning(x: Mention, m: Match): boolean {
  return x.entity === m.entity && x.row === m.row && x.candidates.length === m.candidates.length && x.candidates.every((c, i) => c === m.candidates[i]);
}

function isOurs(n: Node): boolean {
  for (let x: Node | null = n; x; x = x.parentNode) if (x.nodeType === 1 && (x as Element).tagName === HOST_TAG.toUpperCase()) return true;
  return false;
}

const round = (x: number) => Math.round(x * 100) / 100;
