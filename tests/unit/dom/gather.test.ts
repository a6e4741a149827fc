// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gatherText, insideSkipped, isBlock, isSkipped, locate, spanText, TextGatherer, HOST_TAG, GIANT_BLOCK_CHARS } from '../../../src/content/gather';
import { BLOCK_BREAK } from '../../../src/core/normalise';

const B = BLOCK_BREAK;

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}
const textOf = (markup: string) => gatherText(html(markup), document).text;
/** The texts of the chunks a TextGatherer hands out at `size` characters each. */
function chunksOf(body: HTMLElement, size: number): string[] {
  const g = new TextGatherer(body, document);
  const chunks: string[] = [];
  for (let c = g.next(size); c; c = g.next(size)) chunks.push(c.text);
  return chunks;
}

beforeEach(() => { document.body.innerHTML = ''; });

describe('gatherText: what is never read', () => {
  it('skips script, style, noscript, template, code, pre, kbd, samp, textarea, select', () => {
    const t = textOf(`<p>a<script>var APT28 = 1;</script>b<style>.x{}</style>c<code>apt28</code>d<kbd>K</kbd>e<samp>S</samp>f</p>
      <pre>APT28 in pre</pre><textarea>APT28 typed</textarea><select><option>APT28</option></select><noscript>N</noscript><template>T</template><p>z</p>`);
    expect(t.split(B).map((s) => s.trim()).filter(Boolean)).toEqual(['abcdef', 'z']);
  });

  it('reads no value of an input', () => {
    expect(textOf('<p>before <input value="APT28"> after</p>')).toBe('before  after');
  });

  it('skips contenteditable regions, but not contenteditable="false"', () => {
    expect(textOf('<div contenteditable="true">APT28 draft</div><div contenteditable="">also</div><div contenteditable="false">kept</div>')).toBe('kept');
  });

  it('never ends a chunk between a <dt> and its definition or between two cells of a table row', () => {
    const body = html('<p>Intro.</p><dl><dt>NSA</dt><dd>Northern Sky Atlas</dd><dt>SBU</dt><dd>Spectral Binning Unit</dd></dl><table><tr><td>BSI</td><td>Bright Star Index</td></tr><tr><td>PLA</td><td>Polylactic acid</td></tr></table>');
    expect(chunksOf(body, 1)).toEqual(['Intro.', `NSA${B}Northern Sky Atlas`, `SBU${B}Spectral Binning Unit`, `BSI${B}Bright Star Index`, `PLA${B}Polylactic acid`]);
  });

  it('keeps them together across the white space that indented markup puts between them (heldout180)', () => {
    const body = html('<p>Intro.</p><dl>\n  <dt>NSA</dt>\n    <dd>Non-Standard Absence</dd>\n</dl><table><tr>\n <td>BSI</td>\n <td>Bright Star Index</td>\n</tr></table>');
    const chunks = chunksOf(body, 1);
    expect(chunks.some((c) => c.includes('NSA') && c.includes('Non-Standard Absence'))).toBe(true);
    expect(chunks.some((c) => c.includes('BSI') && c.includes('Bright Star Index'))).toBe(true);
  });

  it('skips an inline style="display:none", not other inline styles (heldout175)', () => {
    expect(textOf('<p style="display:none">print-only</p><p style="color: red; DISPLAY : None !important">b</p><p style="display:block">shown</p><p style="--x: display:none-ish">too</p>')).toBe(`shown${BLOCK_BREAK}too`);
  });

  it('skips [hidden] and [aria-hidden="true"] but not aria-hidden="false"', () => {
    expect(textOf('<p hidden>hidden</p><p aria-hidden="true">aria</p><p aria-hidden="false">shown</p><span hidden>x</span>')).toBe('shown');
  });

  it('skips the elements inside a closed <details> but reads its summary', () => {
    expect(textOf('<details><summary>Sum</summary><p>secret APT28</p><span>inline APT28</span></details>')).toBe('Sum');
    expect(textOf('<details open><summary>Sum</summary><p>open APT28</p></details>')).toBe(`Sum${B}open APT28`);
  });

  // Regression, fixed (gather.ts isSkipped/acceptNode): only *element* children of a closed <details> are rejected; a text node
  // that is a direct child of the closed <details> is read although the browser does not show it.
  it('skips loose text directly inside a closed <details>', () => {
    expect(textOf('<details><summary>Sum</summary>loose APT28</details>')).toBe('Sum');
  });
  it('insideSkipped() is true for loose text inside a closed <details>', () => {
    const body = html('<details><summary>Sum</summary>loose APT28</details>');
    const loose = body.querySelector('details')!.lastChild!;
    expect(insideSkipped(loose, body)).toBe(true);
  });

  it('skips our own card host', () => {
    expect(textOf(`<p>page</p><${HOST_TAG}>card APT28</${HOST_TAG}>`)).toBe('page');
  });

  it('skips nested content of skipped elements', () => {
    expect(textOf('<div hidden><p>deep <b>APT28</b></p></div><p>ok</p>')).toBe('ok');
  });

  it('isSkipped / insideSkipped agree with gathering', () => {
    const body = html('<div aria-hidden="true"><p><em>x</em></p></div><p><code><b>y</b></code></p><p><i>z</i></p>');
    const [x, y, z] = ['x', 'y', 'z'].map((s) => [...body.querySelectorAll('em,b,i')].find((e) => e.textContent === s)!.firstChild!);
    expect(insideSkipped(x, body)).toBe(true);
    expect(insideSkipped(y, body)).toBe(true);
    expect(insideSkipped(z, body)).toBe(false);
    expect(isSkipped(body.querySelector('code')!)).toBe(true);
    expect(isSkipped(body.querySelector('i')!)).toBe(false);
  });
});

describe('gatherText: block breaks', () => {
  it('puts a BLOCK_BREAK between blocks', () => {
    expect(textOf('<h1>Title</h1><p>One</p><ul><li>a</li><li>b</li></ul><table><tr><td>c</td><td>d</td></tr></table>')).toBe(
      ['Title', 'One', 'a', 'b', 'c', 'd'].join(B),
    );
  });

  it('reads a <br> as a space, and a <wbr> as nothing', () => {
    expect(textOf('<table><tr><th>Other names</th><td>UNC1151<br>Storm\u20110257<br><em>TA445</em></td></tr></table>')).toBe(`Other names${B}UNC1151 Storm\u20110257 TA445`);
    expect(textOf('<p>Side<wbr>Winder</p>')).toBe('SideWinder');
    expect(textOf('<td>Bronze <br>Silhouette</td>')).toBe('Bronze Silhouette');
  });

  it('puts none between inline elements', () => {
    expect(textOf('<p>Salt <em>Ty</em><b>ph</b><span><a href="#">oon</a></span>\u2019s <i>hackers</i></p>')).toBe('Salt Typhoon\u2019s hackers');
  });

  it('reads the edge between two touching links (tag chips) as a space', () => {
    expect(textOf('<p class="tags"><a href="/t/apt29">APT29</a><a href="/t/svr">SVR</a><a href="/t/cert-ua"><b>CERT-UA</b></a></p>')).toBe('APT29 SVR CERT-UA');
    expect(textOf('<p><a href="#a">Salt</a> <a href="#b">Typhoon</a>, <a href="#c">Dragon</a><em>Force</em></p>')).toBe('Salt Typhoon, DragonForce');
    // one link's markup split in two is still one name: the same target, or no target
    expect(textOf('<p><a href="/t/dragonforce">Dragon</a><a href="/t/dragonforce">Force</a> and <a>Salt Ty</a><a>phoon</a></p>')).toBe('DragonForce and Salt Typhoon');
  });

  it('reads the edge between two touching elements where the letters change shape as a space (heldout210)', () => {
    // cards and lists rendered without white space: their style sets the items apart
    expect(textOf('<li><a href="#">MOIS</a><small>Ministry</small></li>')).toBe('MOIS Ministry');
    expect(textOf('<li><a>Charming Kitten</a><small>Threat group</small></li>')).toBe('Charming Kitten Threat group');
    expect(textOf('<li><span>Harbour Post</span><a href="/s">FBI says</a><time>5 days ago</time></li>')).toBe('Harbour Post FBI says 5 days ago');
    // formatting alone parts nothing: "<span>Harbour Post</span><b>FBI</b>" is how a split name would be written too
    expect(textOf('<li><span>Harbour Post</span><b>FBI says</b></li>')).toBe('Harbour PostFBI says');
    expect(textOf('<li><a>APT33</a><small>Threat group</small></li>')).toBe('APT33 Threat group');
    // a name split by markup, even in two touching elements, stays whole
    expect(textOf('<p>Side<b>Winder</b>, <b>Sand</b><i>worm</i>, <b>Dragon</b><i>Force</i>, <b>APT</b><i>28</i>, Black<wbr>Cat</p>')).toBe('SideWinder, Sandworm, DragonForce, APT28, BlackCat');
  });

  it('breaks when text resumes in the outer block after a nested block', () => {
    expect(textOf('<div>before<p>inner</p>after</div>')).toBe(`before${B}inner${B}after`);
  });

  it('never starts with a break and never doubles one for empty blocks', () => {
    const t = textOf('<div><p></p><p>One</p><div></div><p>Two</p></div>');
    expect(t).toBe(`One${B}Two`);
  });

  it('treats buttons and labels as blocks, spans and links as inline', () => {
    expect(isBlock(document.createElement('button'))).toBe(true);
    expect(isBlock(document.createElement('label'))).toBe(true);
    expect(isBlock(document.createElement('span'))).toBe(false);
    expect(isBlock(document.createElement('a'))).toBe(false);
  });

  it('reports nodes and starts that rebuild the text', () => {
    const g = gatherText(html('<p>ab<em>cd</em></p><p>ef</p>'), document);
    expect(g.nodes.map((n) => n.data)).toEqual(['ab', 'cd', 'ef']);
    expect(g.starts).toEqual([0, 2, 5]);
    g.nodes.forEach((n, i) => expect(g.text.slice(g.starts[i], g.starts[i] + n.data.length)).toBe(n.data));
  });

  it('an empty or fully skipped root gives empty text', () => {
    expect(gatherText(html(''), document)).toEqual({ text: '', nodes: [], starts: [] });
    expect(gatherText(html('<script>x</script>'), document).text).toBe('');
  });
});

describe('TextGatherer chunks', () => {
  it('ends chunks at block boundaries and their concatenation is the whole text', () => {
    const body = html(Array.from({ length: 10 }, (_, i) => `<p>para ${i} <em>x</em></p>`).join(''));
    const whole = gatherText(body, document).text;
    const g = new TextGatherer(body, document);
    const chunks: string[] = [];
    for (let c = g.next(20); c; c = g.next(20)) {
      expect(c.text.length).toBeGreaterThanOrEqual(Math.min(20, c.text.length));
      expect(c.text.startsWith(B)).toBe(false);
      chunks.push(c.text);
    }
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join(B)).toBe(whole);
    expect(g.next()).toBeNull();
  });
});

describe('TextGatherer on a giant block', () => {
  // One element with tens of thousands of characters and no block inside it (a feed or log with only <br>s): read as
  // several blocks, so the matcher's work per block is bounded and a scan can yield inside it.
  const giant = (n: number, piece: (i: number) => string) => html(`<div>${Array.from({ length: n }, (_, i) => piece(i)).join('')}</div>`);
  it('cuts it where words part, after GIANT_BLOCK_CHARS, the same whatever the chunk size', () => {
    const body = giant(3000, (i) => `<b>word${i}</b> and `);
    const whole = gatherText(body, document).text;
    const pieces = whole.split(B);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces.slice(0, -1)) expect(p.length).toBeGreaterThanOrEqual(GIANT_BLOCK_CHARS);
    for (const p of pieces) expect(p.length).toBeLessThan(GIANT_BLOCK_CHARS + 20);
    // every cut falls between words: nothing of "wordN" is split
    for (const p of pieces) expect(p).toMatch(/^(?:word\d+| and )+$/);
    expect(pieces.join('')).toBe(whole.replaceAll(B, ''));
    for (const size of [500, 5000, 40000]) {
      expect(chunksOf(body, size).join(B), `chunks of ${size}`).toBe(whole);
    }
  });
  it('cuts at a <br> where the text has no white space, and at any node past twice the limit', () => {
    const brs = gatherText(giant(4000, (i) => `x${i}<br>`), document).text.split(B);
    expect(brs.length).toBeGreaterThan(1);
    for (const p of brs) expect(p.length).toBeLessThan(GIANT_BLOCK_CHARS + 20);
    const solid = gatherText(giant(12000, () => '<i>xyz</i>'), document).text.split(B);
    expect(solid.length).toBeGreaterThan(1);
    for (const p of solid) expect(p.length).toBeLessThanOrEqual(2 * GIANT_BLOCK_CHARS + 3);
  });
  it('leaves a long ordinary block whole', () => {
    const text = gatherText(giant(500, (i) => `<b>word${i}</b> and `), document).text;
    expect(text.includes(B)).toBe(false);
  });
});

describe('locate', () => {
  const setup = () => gatherText(html('<p>Salt <em>Typhoon</em>\u2019s</p><p>APT28</p>'), document);
  // text: "Salt " [0,5) | "Typhoon" [5,12) | "’s" [12,14) | B at 14 | "APT28" [15,20)

  it('maps offsets inside a node', () => {
    const g = setup();
    expect(locate(g, 2)).toEqual({ node: g.nodes[0], offset: 2, index: 0 });
    expect(locate(g, 8)).toEqual({ node: g.nodes[1], offset: 3, index: 1 });
    expect(locate(g, 17)).toEqual({ node: g.nodes[3], offset: 2, index: 3 });
  });

  it('at a node boundary, a start goes to the next node and an end to the previous one', () => {
    const g = setup();
    expect(locate(g, 5)).toEqual({ node: g.nodes[1], offset: 0, index: 1 });
    expect(locate(g, 5, true)).toEqual({ node: g.nodes[0], offset: 5, index: 0 });
    expect(locate(g, 12)).toEqual({ node: g.nodes[2], offset: 0, index: 2 });
    expect(locate(g, 12, true)).toEqual({ node: g.nodes[1], offset: 7, index: 1 });
  });

  it('maps the first and last offsets', () => {
    const g = setup();
    expect(locate(g, 0)).toEqual({ node: g.nodes[0], offset: 0, index: 0 });
    expect(locate(g, 0, true)).toEqual({ node: g.nodes[0], offset: 0, index: 0 });
    expect(locate(g, 20, true)).toEqual({ node: g.nodes[3], offset: 5, index: 3 });
    expect(locate(g, 15)).toEqual({ node: g.nodes[3], offset: 0, index: 3 });
  });

  it('builds a DOM range that holds exactly the gathered slice, for every start/end pair', () => {
    const g = setup();
    for (let s = 0; s <= g.text.length; s++) {
      for (let e = s + 1; e <= g.text.length; e++) {
        const slice = g.text.slice(s, e);
        if (slice.includes(B)) continue;
        const a = locate(g, s);
        const b = locate(g, e, true);
        const r = document.createRange();
        r.setStart(a.node, a.offset);
        r.setEnd(b.node, b.offset);
        expect(r.toString(), `${s}-${e}`).toBe(slice);
      }
    }
  });
});

describe('spanText: the text of a mention as the gatherer read it', () => {
  const span = (markup: string, start: number, end: number) => {
    const g = gatherText(html(markup), document);
    const s = locate(g, start);
    const e = locate(g, end, true);
    const r = document.createRange();
    r.setStart(s.node, s.offset);
    r.setEnd(e.node, e.offset);
    return { got: spanText(r, g.nodes.slice(s.index, e.index + 1)), want: g.text.slice(start, end), dom: r.toString() };
  };

  it('a <br> inside a name reads as the space it stands for, where Range#toString has none', () => {
    const x = span('<p>And then Salt<br>Typhoon was inside.</p>', 9, 21);
    expect(x).toEqual({ got: 'Salt Typhoon', want: 'Salt Typhoon', dom: 'SaltTyphoon' });
  });

  it('leaves out hidden text inside the name, as the gatherer does', () => {
    const x = span('<p>Volt <span hidden>XX</span>Typhoon</p>', 0, 12);
    expect(x.got).toBe('Volt Typhoon');
    expect(x.got).toBe(x.want);
  });

  it('reads a name in one node or split by inline markup like Range#toString', () => {
    for (const [markup, s, e] of [['<p>Hi APT28 there</p>', 3, 8], ['<p>Salt <em>Typhoon</em>\u2019s</p>', 0, 12], ['<p>a <b>Sand</b><i>worm</i> b</p>', 2, 10]] as const) {
      const x = span(markup, s, e);
      expect(x.got).toBe(x.want);
      expect(x.got).toBe(x.dom);
    }
  });
});

describe('TextGatherer on random deep trees: the same text as deciding every node from its ancestors', () => {
  // The gatherer decides only the elements entered since the last text node (its chain of ancestors, with a
  // by-depth fallback past 8 levels); this reference decides every text node from scratch with the exported
  // per-node rules. Trees nest up to about 40 deep and jump between deep branches, so both paths of decide run.
  const TAGS = ['span', 'em', 'div', 'p', 'b', 'details', 'summary', 'code', 'li', 'a'];
  const tree = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('x', 'Salt ', 'Typhoon', ' '),
      fc.record({ tag: fc.constantFrom(...TAGS), attr: fc.constantFrom('', ' hidden', ' aria-hidden="true"', ' open'), kids: fc.array(tie('node'), { maxLength: 3 }) })),
  })).node;
  type T = string | { tag: string; attr: string; kids: T[] };
  const render = (t: T): string => typeof t === 'string' ? t : `<${t.tag}${t.attr}>${t.kids.map(render).join('')}</${t.tag}>`;
  /** A spine nested `n` deep, with the tree at its bottom and text at every few levels. */
  const spine = (n: number, inner: string) => {
    let s = inner;
    for (let i = 0; i < n; i++) { const tag = i % 13 === 12 ? 'div' : 'span'; s = `<${tag}>${i === 0 ? 'w ' : ''}${s}</${tag}>${i % 11 === 10 ? 'y' : ''}`; }
    return s;
  };
  function reference(root: HTMLElement): string {
    const tw = document.createTreeWalker(root, 4);
    let out = '';
    let last: Element | null | undefined;
    for (let t = tw.nextNode() as Text | null; t; t = tw.nextNode() as Text | null) {
      if (!t.data || insideSkipped(t, root)) continue;
      let block: Element | null = t.parentElement;
      while (block && !isBlock(block)) block = block.parentElement;
      if (last !== undefined && block !== last) out += B;
      last = block;
      out += t.data;
    }
    return out;
  }
  const strip = (s: string) => s.replace(/ /g, '');
  it('matches the reference (spaces aside: <br> and link edges are not in these trees)', () => {
    fc.assert(fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 30 }), (parts, deep) => {
      const root = html(`<div>${parts.map((p, i) => spine(i % 2 ? deep : 0, render(p as T))).join('')}</div>`);
      expect(strip(gatherText(root, document).text)).toBe(strip(reference(root)));
    }), { numRuns: 300 });
  });
});
