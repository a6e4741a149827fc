/**
 * Gathers the visible text of a DOM subtree into one string for the matcher, with a segment table
 * that maps string offsets back to text nodes.
 *
 * - Text of inline elements is joined as it is, so a name split across markup ("Salt <em>Typhoon</em>") reads whole.
 * - Between text of different blocks (p, li, h2, td...) a BLOCK_BREAK is inserted: no name crosses it.
 *   A <br> reads as a space ("UNC1151<br>Storm-0257" is two names, "Bronze<br>Silhouette" one), and so does the
 *   edge between two touching links to different places (tag chips: "<a href=...>APT29</a><a href=...>SVR</a>").
 * - Never read: script, style, noscript, template, code, pre, kbd, samp, textarea, input, select, svg,
 *   math, iframe, contenteditable regions, [hidden], [aria-hidden="true"], the content of closed <details>,
 *   and our own card host.
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
  const tag = el.tagName;
  if (SKIP.has(tag)) return true;
  const parent = el.parentElement;
  if (parent && parent.tagName === 'DETAILS' && !parent.hasAttribute('open') && tag !== 'SUMMARY') return true;
  if (!el.hasAttributes()) return false; // most elements: one call instead of three attribute lookups
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  return false;
}

/** Loose text directly inside a closed <details> (not in its <summary>) is not shown. */
function inClosedDetails(t: Text): boolean {
  const p = t.parentElement;
  return !!p && p.tagName === 'DETAILS' && !p.hasAttribute('open');
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
  private readonly blockOf = new Map<Element, Element | null>();
  private lastBlock: Element | null = null;
  /** The last text node's parent, and what was decided for it: consecutive text nodes mostly share one. */
  private lastParent: Element | null | undefined = undefined;
  private lastParentBlock: Element | null | false = null;
  private pending: Text | null = null;
  private done = false;

  /** Element -> is its subtree unread (skipped itself or inside something skipped)? Filled lazily. */
  private readonly skipOf = new Map<Element, boolean>();
  private readonly root: Node;

  constructor(root: Node, doc: Document = root.ownerDocument ?? (root as Document)) {
    // Text nodes only, with no NodeFilter: a JS callback per node costs more than the walk itself.
    // Whether a node is readable is decided from its parent, cached per element.
    this.walker = doc.createTreeWalker(root, 0x4 /* text */);
    this.root = root;
  }

  private skipped(start: Element | null): boolean {
    // Iterative, so a hostile page nested thousands deep cannot overflow the stack.
    const chain: Element[] = [];
    let v = false;
    for (let el = start; el; el = el.parentElement) {
      const hit = this.skipOf.get(el);
      if (hit !== undefined) { v = hit; break; }
      chain.push(el);
      if (el === this.root) break;
    }
    // Walk back down: an element is skipped if it is, or its parent was.
    for (let i = chain.length - 1; i >= 0; i--) {
      v = v || isSkipped(chain[i]);
      this.skipOf.set(chain[i], v);
    }
    return v;
  }

  private findBlock(el: Element | null): Element | null {
    const chain: Element[] = [];
    let found: Element | null = null;
    while (el) {
      const cached = this.blockOf.get(el);
      if (cached !== undefined) { found = cached; break; }
      chain.push(el);
      if (isBlock(el)) { found = el; break; }
      el = el.parentElement;
    }
    for (const c of chain) this.blockOf.set(c, found);
    return found;
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
        // false: the parent's text is never read (skipped, or loose text in a closed <details>)
        this.lastParentBlock = this.skipped(parent) || inClosedDetails(t) ? false : this.findBlock(parent);
        this.lastParent = parent;
      }
      const block = this.lastParentBlock;
      if (block === false) continue;
      if (block !== this.lastBlock && len > 0) {
        if (len >= maxChars) { this.pending = t; break; } // end the chunk at a block boundary
        parts.push(BLOCK_BREAK);
        len += 1;
      } else if (len > 0 && !isWhite(parts[parts.length - 1].charCodeAt(parts[parts.length - 1].length - 1)) && !isWhite(data.charCodeAt(0)) && partedBefore(t)) {
        // "UNC1151<br>Storm-0257": a line break parts words like a space (and, like one, not a name:
        // "Bronze<br>Silhouette" still reads as the name); so does the edge between two links
        parts.push(' ');
        len += 1;
      }
      this.lastBlock = block;
      nodes.push(t);
      starts.push(len);
      parts.push(data);
      len += data.length;
    }
    if (nodes.length === 0) return null;
    return { text: parts.join(''), nodes, starts };
  }
}

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
    if (i > 0 && out && data && !isWhite(out.charCodeAt(out.length - 1)) && !isWhite(data.charCodeAt(0)) && partedBefore(t)) out += ' ';
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
