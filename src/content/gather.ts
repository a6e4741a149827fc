/**
 * Gathers the visible text of a DOM subtree into one string for the matcher, with a segment table
 * that maps string offsets back to text nodes.
 *
 * - Text of inline elements is joined as it is, so a name split across markup ("Salt <em>Typhoon</em>") reads whole.
 * - Between text of different blocks (p, li, h2, td...) a BLOCK_BREAK is inserted: no name crosses it.
 *   A <br> reads as a space ("UNC1151<br>Storm-0257" is two names, "Bronze<br>Silhouette" one), and so does the
 *   edge between two touching links to different places (tag chips: "<a href=...>APT29</a><a href=...>SVR</a>"),
 *   and between two touching elements where the letters change shape ("<a>MOIS</a><small>Ministry</small>").
 * - Never read: script, style, noscript, template, code, pre, kbd, samp, textarea, input, select, svg,
 *   math, iframe, contenteditable regions, [hidden], [aria-hidden="true"], an inline style="display:none", the
 *   content of closed <details>, and our own card host.
 * Block-ness comes from the tag name, not computed style, so gathering forces no style or layout work.
 * Plain DOM code with no extension API: unit-tested in happy-dom and used by the eval script.
 */
import { BLOCK_BREAK } from '../core/normalise';

export const HOST_TAG = 'threat-context-layer';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', HOST_TAG.toUpperCase()]);
const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'MAIN', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'FORM', 'FIELDSET', 'LEGEND', 'ADDRESS', 'HR', 'BODY', 'HTML', 'DETAILS', 'SUMMARY', 'DIALOG', 'MENU', 'CENTER', 'BUTTON', 'LABEL', 'OPTGROUP', 'HGROUP', 'SEARCH',
  // Footnote marks and indices: "Volt Typhoon<sup>1</sup>" must not read as "Typhoon1".
  'SUP', 'SUB', 'RT', 'RP']);

// tagName is upper case for HTML elements and as written for others (svg, math, XHTML): look up both, never convert.
for (const set of [SKIP, BLOCKS]) for (const t of [...set]) set.add(t.toLowerCase());

export interface Gathered {
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in text. */
  starts: number[];
}

/** Should this element's subtree be skipped entirely? */
export function isSkipped(el: Element): boolean {
  const parent = el.parentElement;
  return skippedHere(el, el.tagName, !!parent && isClosedDetails(parent));
}

/** isSkipped, with the element's tag and whether its parent is a closed <details> already known. */
function skippedHere(el: Element, tag: string, parentClosed: boolean): boolean {
  if (SKIP.has(tag)) return true;
  if (parentClosed && tag !== 'SUMMARY' && tag !== 'summary') return true;
  if (!el.hasAttributes()) return false; // most elements: one call instead of three attribute lookups
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (hiddenByStyle(el.getAttribute('style'))) return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

/** `style="display: none"`, as written in the element's own style attribute: read as text, no style is computed. */
const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!\s*important\s*)?(?:;|$)/i;
export function hiddenByStyle(style: string | null): boolean {
  return style !== null && style.length >= 12 && DISPLAY_NONE.test(style);
}

/**
 * Blocks a chunk never ends between: a <dt> and the block after it (its definition), two cells of one table row.
 * The matcher reads a glossary's term with the definition that follows it ("<dt>SBU</dt><dd>Sensitive but
 * unclassified</dd>"), so every way of chunking the page must hand it both (rules.ts glossaryTerm).
 */
function heldTogether(prev: Element | null, next: Element | null): boolean {
  if (!prev || !next) return false;
  const tag = prev.tagName;
  // a <dd> never opens a chunk (the white space between </dt> and <dd> is the <dl>'s own text)
  if (tag === 'DT' || tag === 'dt' || next.tagName === 'DD' || next.tagName === 'dd') return true;
  // nor does what follows a cell, or the row's own white space, inside the same row
  const row = tag === 'TR' || tag === 'tr' ? prev : tag === 'TD' || tag === 'TH' || tag === 'td' || tag === 'th' ? prev.parentElement : null;
  return !!row && row.contains(next);
}

const isClosedDetails = (el: Element) => (el.tagName === 'DETAILS' || el.tagName === 'details') && !el.hasAttribute('open');

/** Loose text directly inside a closed <details> (not in its <summary>) is not shown. */
function inClosedDetails(t: Text): boolean {
  const p = t.parentElement;
  return !!p && isClosedDetails(p);
}

export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.tagName);
}

/** True when a text node sits inside something we never read (walks ancestors up to `root`). */
export function insideSkipped(node: Node, root: Node): boolean {
  if (node.nodeType === 3 && inClosedDetails(node as Text)) return true;
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
    if (el === root) break;
  }
  if ((node as Text).parentElement?.isContentEditable) return true;
  return false;
}

/**
 * Reads the text under `root` in chunks: each `next(maxChars)` continues the same TreeWalker and returns
 * the text of whole blocks, at least `maxChars` long (unless the subtree ends first), or null when done.
 * This lets the content script gather and match a huge page in time slices.
 */
export class TextGatherer {
  private readonly walker: TreeWalker;
  private readonly root: Node;
  private lastBlock: Element | null = null;
  /** The last text node's parent, and what was decided for it: consecutive text nodes often share one. */
  private lastParent: Element | null | undefined = undefined;
  private lastParentBlock: Element | null | false = null;
  private pending: Text | null = null;
  private done = false;
  /** Code units read since the current block began (across chunks), and the last code unit read. */
  private blockChars = 0;
  private lastCode = 0x20;
  /** The last text node's data (what partedAt reads before the next one). */
  private lastData = '';

  /**
   * The ancestors of the last text node's parent, outermost (`root`, or the top element) first, so that chain[d]
   * is the ancestor at depth d; with, for each, whether its subtree is unread, its block, and whether it is a closed
   * <details>. The next text node's parent shares most of them (document order): only the elements entered since
   * are decided. No per-element cache: on a 5 MB page a Map of every element cost more than the decisions.
   */
  private readonly chain: Element[] = [];
  private readonly chainSkip: boolean[] = [];
  private readonly chainBlock: (Element | null)[] = [];
  private readonly chainClosed: boolean[] = [];
  /** The elements entered since the last text node, innermost first (reused). */
  private readonly fresh: Element[] = [];
  /** The nearest block above the chain's top (outside `root`), found once. */
  private aboveTop: Element | null | undefined = undefined;

  constructor(root: Node, doc: Document = root.ownerDocument ?? (root as Document)) {
    // Text nodes only, with no NodeFilter: a JS callback per node costs more than the walk itself.
    // Whether a node is readable is decided from its parent's ancestors (the chain above).
    this.walker = doc.createTreeWalker(root, 0x4 /* text */);
    this.root = root;
  }

  /** Text directly under `parent`: false when it is never read (skipped, or loose in a closed <details>), else its block. */
  private decide(parent: Element | null): Element | null | false {
    const { chain, fresh } = this;
    fresh.length = 0;
    let shared = -1; // index in chain of the nearest ancestor the last parent shares
    let top: Element | null = null;
    outer: for (let el = parent; el; el = el.parentElement) {
      // Mostly within the chain's last few entries; else find it by depth, so a hostile page nested thousands
      // deep costs one walk to the top, not a search of the chain per level.
      for (let k = chain.length - 1, lim = Math.max(0, chain.length - 8); k >= lim; k--) if (chain[k] === el) { shared = k; break outer; }
      fresh.push(el);
      top = el;
      if (el === this.root) break;
      if (fresh.length === 8 && el.parentElement) { [shared, top] = this.sharedByDepth(el.parentElement, top); break; }
    }
    chain.length = this.chainSkip.length = this.chainBlock.length = this.chainClosed.length = shared + 1;
    let skip = false;
    let block: Element | null;
    let closed = false;
    if (shared >= 0) {
      skip = this.chainSkip[shared];
      block = this.chainBlock[shared];
      closed = this.chainClosed[shared];
    } else {
      // The chain starts again from the top: what lies above it (outside root) was decided by no one.
      if (this.aboveTop === undefined) {
        this.aboveTop = null;
        for (let el = top?.parentElement ?? null; el; el = el.parentElement) if (isBlock(el)) { this.aboveTop = el; break; }
      }
      block = this.aboveTop;
      const above = top?.parentElement;
      closed = !!above && isClosedDetails(above);
    }
    for (let i = fresh.length - 1; i >= 0; i--) {
      const el = fresh[i];
      const tag = el.tagName;
      skip ||= skippedHere(el, tag, closed);
      closed = (tag === 'DETAILS' || tag === 'details') && !el.hasAttribute('open');
      if (BLOCKS.has(tag)) block = el;
      chain.push(el);
      this.chainSkip.push(skip);
      this.chainBlock.push(block);
      this.chainClosed.push(closed);
    }
    return skip || closed ? false : block;
  }

  /** Continues decide's walk up from `el` (not yet in fresh) knowing depths: chain[d] is the ancestor at depth d. */
  private sharedByDepth(el: Element, top: Element): [number, Element] {
    let depth = 0;
    for (let a = el; a !== this.root && a.parentElement; a = a.parentElement) depth++;
    for (let a: Element | null = el; a; a = a.parentElement, depth--) {
      if (depth < this.chain.length && this.chain[depth] === a) return [depth, top];
      this.fresh.push(a);
      top = a;
      if (a === this.root) break;
    }
    return [-1, top];
  }

  next(maxChars = Infinity): Gathered | null {
    if (this.done) return null;
    const nodes: Text[] = [];
    const starts: number[] = [];
    const parts: string[] = [];
    let len = 0;
    for (;;) {
      const t = this.pending ?? (this.walker.nextNode() as Text | null);
      this.pending = null;
      if (!t) { this.done = true; break; }
      const data = t.data;
      if (data.length === 0) continue;
      const parent = t.parentElement;
      if (parent !== this.lastParent) {
        this.lastParentBlock = this.decide(parent);
        this.lastParent = parent;
      }
      const block = this.lastParentBlock;
      if (block === false) continue;
      const sameBlock = block === this.lastBlock;
      const white = isWhite(this.lastCode) || isWhite(data.charCodeAt(0));
      // A block that runs on for GIANT_BLOCK_CHARS (a feed or a log with only <br>s, one element holding a whole
      // book) is read as several, cut where words part (white space or a <br>) or, past twice that, at any node:
      // the matcher's work per block stays bounded and a scan still yields between slices. Where it is cut
      // depends on the block alone, never on the chunk size, so every way of reading the page cuts the same.
      const giant = sameBlock && this.blockChars >= GIANT_BLOCK_CHARS && (this.blockChars >= 2 * GIANT_BLOCK_CHARS || white || partedBefore(t));
      if (!sameBlock || giant) {
        if (len > 0) {
          // end the chunk at a block boundary, but not inside a glossary entry or a table row (see heldTogether)
          if (len >= maxChars && !heldTogether(this.lastBlock, block)) { this.pending = t; break; }
          parts.push(BLOCK_BREAK);
          len += 1;
        }
        this.blockChars = 0;
      } else if (len > 0 && !white && partedAt(this.lastData, data, t)) {
        // "UNC1151<br>Storm-0257": a line break parts words like a space (and, like one, not a name:
        // "Bronze<br>Silhouette" still reads as the name); so does the edge between two links, and between two
        // touching elements where the letters change shape ("<a>MOIS</a><small>Ministry</small>")
        parts.push(' ');
        len += 1;
        this.blockChars += 1;
      }
      this.lastBlock = block;
      nodes.push(t);
      starts.push(len);
      parts.push(data);
      len += data.length;
      this.blockChars += data.length;
      this.lastCode = data.charCodeAt(data.length - 1);
      this.lastData = data;
    }
    if (nodes.length === 0) return null;
    return { text: parts.join(''), nodes, starts };
  }
}

/** Longest stretch of one block read as one (see TextGatherer.next): far beyond any paragraph. */
export const GIANT_BLOCK_CHARS = 16_384;

/** White space in a text node (what a <br> next to it already parts words with). */
const isWhite = (c: number) => c === 0x20 || c === 0xa0 || (c >= 0x09 && c <= 0x0d);

/**
 * Does a <br> come right before this text node (or before the inline element it opens), or does the node open a
 * link right after a link to somewhere else? Tag chips are written as touching links ("<a href="/t/apt29">APT29</a>
 * <a href="/t/svr">SVR</a>") that the page's style sets apart; no name is split across two links' targets.
 */
function partedBefore(t: Text): boolean {
  let n: Node = t;
  for (let depth = 0; depth < 3; depth++) {
    const prev = n.previousSibling;
    if (prev) return prev.nodeType === 1 && (isTag(prev as Element, 'BR') || (n.nodeType === 1 && twoLinks(prev as Element, n as Element)));
    const parent = n.parentNode;
    if (!parent || parent.nodeType !== 1) return false;
    n = parent;
  }
  return false;
}
const isTag = (el: Element, tag: string) => el.tagName.toUpperCase() === tag;

/**
 * Is the edge before `t` a parting of words, `before` being the text node read last? A <br> or two links (see
 * partedBefore); or two touching elements, one an item of its own, where the text changes shape as no word does
 * inside: "<a>MOIS</a><small>Ministry</small>", "<span>Harbour Post</span><a>FBI says</a>", "<a>Salt
 * Typhoon</a><time>2 days ago</time>" (cards and lists rendered without white space, which their style parts).
 * A name split by markup inside one element keeps reading whole: "Side<b>Winder</b>", "<b>Sand</b><i>worm</i>".
 */
function partedAt(before: string, data: string, t: Text): boolean {
  return partedBefore(t) || (shapeBreak(before, data) && touchingElements(t));
}

const ITEMS = new Set(['TIME', 'SMALL', 'CITE', 'DATA', 'time', 'small', 'cite', 'data']);
const isItem = (el: Element) => ITEMS.has(el.tagName) || (isTag(el, 'A') && el.hasAttribute('href'));
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isAsciiUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
/**
 * Capitals, then a capitalised word ("MOIS|Ministry"): no name is written so. A small letter then a capital, or
 * a letter against a digit, where a text on either side holds words of its own ("Harbour Post|FBI says", "Salt
 * Typhoon|2 days ago"); a camel-case name split in two ("Dragon|Force") has no space on either side.
 */
function shapeBreak(before: string, data: string): boolean {
  const a = before.charCodeAt(before.length - 1);
  const b = data.charCodeAt(0);
  if (isAsciiUpper(a) && isAsciiUpper(b) && isAsciiLower(data.charCodeAt(1))) return true;
  const shifts = isAsciiUpper(b) ? isAsciiLower(a) || isAsciiDigit(a) : isAsciiDigit(b) && (isAsciiLower(a) || isAsciiUpper(a));
  return shifts && (/\s/.test(before) || /\s/.test(data));
}

/**
 * Does the text node open an element that touches the element before it (no text between them), one of the two
 * an item of its own: a link somewhere, a date, a side note or a citation? Formatting alone (b, i, em, span, a
 * link to nowhere) never parts a name, however the text is cut into it.
 */
function touchingElements(t: Text): boolean {
  let n: Node = t;
  for (let depth = 0; depth < 3; depth++) {
    const prev = n.previousSibling;
    if (prev) return n.nodeType === 1 && prev.nodeType === 1 && (isItem(prev as Element) || isItem(n as Element));
    const parent = n.parentNode;
    if (!parent || parent.nodeType !== 1) return false;
    n = parent;
  }
  return false;
}
/** Two links to different places are two items, however the markup joins them. */
function twoLinks(a: Element, b: Element): boolean {
  if (!isTag(a, 'A') || !isTag(b, 'A')) return false;
  const h = b.getAttribute('href');
  return h !== null && a.getAttribute('href') !== h;
}

/**
 * A mention's text as the gatherer read it: Range#toString, except that a <br> between two of its text nodes
 * reads as the space it stands for ("Salt<br>Typhoon" is "Salt Typhoon", the name the card and popup show).
 * `nodes` are the text nodes the range spans, in order, the first and last holding its ends.
 */
export function spanText(range: Range, nodes: readonly Text[]): string {
  if (nodes.length < 2) return range.toString();
  let out = '';
  for (let i = 0; i < nodes.length; i++) {
    const t = nodes[i];
    const data = i === 0 ? t.data.slice(range.startOffset) : i === nodes.length - 1 ? t.data.slice(0, range.endOffset) : t.data;
    if (i > 0 && out && data && !isWhite(out.charCodeAt(out.length - 1)) && !isWhite(data.charCodeAt(0)) && partedAt(nodes[i - 1].data, data, t)) out += ' ';
    out += data;
  }
  return out;
}

/** All the text under `root` at once. */
export function gatherText(root: Node, doc?: Document): Gathered {
  return new TextGatherer(root, doc).next() ?? { text: '', nodes: [], starts: [] };
}

/** Maps an offset in gathered text to (node, offset). `end` picks the end of the previous node at a boundary. */
export function locate(g: Gathered, offset: number, end = false): { node: Text; offset: number; index: number } {
  let lo = 0;
  let hi = g.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = g.starts[mid];
    if (s < offset || (!end && s === offset)) lo = mid; else hi = mid - 1;
  }
  const node = g.nodes[lo];
  return { node, offset: Math.min(Math.max(0, offset - g.starts[lo]), node.data.length), index: lo };
}
