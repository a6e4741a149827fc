// @vitest-environment happy-dom
/**
 * The page scanner reads a page in chunks, a first pass near the viewport, and changed blocks later.
 * Whatever the chunking, it must end with the mentions of one `match` over the whole page text (the
 * one-shot scan the eval measures). Chunk sizes are forced through the timing constants.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { gatherText } from '../../../src/content/gather';
import { Matcher as MatcherClass, newMatchContext, type Matcher } from '../../../src/core/matcher/match';
import { compileMatcher } from '../../../src/core/matcher/compile';
import type { Highlighter } from '../../../src/content/highlighter';
import type { Mention } from '../../../src/content/scanner';
import { loadMatcher } from '../../eval/evaluate';

/** Every chunk holds at least `chunk` characters (whole blocks): 1 means one block per chunk. */
const sizes = vi.hoisted(() => ({ chunk: 1, slice: 24 }));
vi.mock('../../../src/core/timing', async (orig) => {
  const real = await orig<typeof import('../../../src/core/timing')>();
  return {
    ...real,
    get SCAN_FIRST_CHUNK_CHARS() { return sizes.chunk; },
    get SCAN_MIN_CHUNK_CHARS() { return sizes.chunk; },
    get SCAN_MAX_CHUNK_CHARS() { return sizes.chunk; },
    get SCAN_SLICE_MS() { return sizes.slice; },
  };
});
const { Scanner } = await import('../../../src/content/scanner');

/** Records what would be registered with CSS.highlights (happy-dom has no Highlight API). */
class RecordingHighlighter {
  readonly shown = new Set<Range>();
  add(ms: Mention[]): void { for (const m of ms) this.shown.add(m.range); }
  remove(ms: Mention[]): void { for (const m of ms) this.shown.delete(m.range); }
  setActive(): void {}
  clear(): void { this.shown.clear(); }
  dispose(): void {}
}

const matcher: Matcher = loadMatcher();
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const PAGE_DIRS = readdirSync(join(import.meta.dirname, '..', '..', 'fixtures')).filter((d) => d === 'pages' || d.startsWith('heldout'));

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

function oneShot(mt: Matcher = matcher): string[] {
  const matcher = mt;
  const g = gatherText(document.body, document);
  const ctx = newMatchContext();
  const ms = matcher.match(g.text, ctx);
  expect(matcher.settle(ctx).add).toEqual([]); // one call over the whole text leaves nothing to settle
  return ms.map((m) => `${g.text.slice(m.start, m.end)} -> ${matcher.entityId(m.entity)}${m.candidates.length > 1 ? ` (${m.candidates.map((c) => matcher.entityId(c)).join(' ')})` : ''}`);
}

async function scanned(opts: { chunk: number; viewport?: Element; matcher?: Matcher }): Promise<{ list: string[]; hl: RecordingHighlighter; scanner: InstanceType<typeof Scanner> }> {
  sizes.chunk = opts.chunk;
  const hl = new RecordingHighlighter();
  const scanner = new Scanner(opts.matcher ?? matcher, hl as unknown as Highlighter, document);
  const real = document.elementFromPoint;
  if (opts.viewport) document.elementFromPoint = () => opts.viewport!;
  try { await scanner.fullScan(); } finally { document.elementFromPoint = real; }
  const list = scanner.toPageMentions().map((m) => `${m.text} -> ${m.entityId}${m.candidates ? ` (${m.candidates.join(' ')})` : ''}`);
  expect(hl.shown.size).toBe(list.length); // every mention is highlighted, and nothing else is
  return { list, hl, scanner };
}

beforeEach(() => { sizes.chunk = 1; sizes.slice = 24; });

describe('a sliced scan finds what one pass over the whole page finds', () => {
  const files = PAGE_DIRS.flatMap((d) => readdirSync(join(FIXTURES, d)).filter((f) => f.endsWith('.html')).map((f) => join(d, f)));
  const check = async (file: string) => {
    load(readFileSync(join(FIXTURES, file), 'utf8'));
    const want = oneShot();
    expect((await scanned({ chunk: 1 })).list).toEqual(want);
    expect((await scanned({ chunk: 700 })).list).toEqual(want);
    // The first pass reads the block in view with what it alone says, the in-order pass decides.
    const blocks = document.querySelectorAll('p');
    const mid = blocks[blocks.length >> 1];
    if (mid) expect((await scanned({ chunk: 1, viewport: mid })).list).toEqual(want);
  };
  it.each(files)('%s', check);
});

describe('context that arrives in a later chunk', () => {
  const filler = ' The council met on Tuesday to discuss the budget for roads and parks.';
  it('a cue word in the next block vouches for an ordinary-word name', async () => {
    load(`<body><p>The phone was infected with Predator.</p><p>Researchers said the spyware was sold to governments.${filler}</p></body>`);
    const want = oneShot();
    expect(want).toEqual(['Predator -> product/predator']);
    expect((await scanned({ chunk: 1 })).list).toEqual(want);
  });
  it('an unambiguous mention further down anchors an earlier ordinary-word one', async () => {
    load(`<body><p>Lazarus was named again.</p>${`<p>${filler}</p>`.repeat(20)}<p>The Lazarus Group hackers deny it.</p></body>`);
    const want = oneShot();
    expect(want).toEqual(['Lazarus -> actor/lazarus-group', 'Lazarus Group -> actor/lazarus-group']);
    expect((await scanned({ chunk: 1 })).list).toEqual(want);
  });
  it('a name far from any cue stays unmarked', async () => {
    load(`<body><p>The phone was infected with Predator.</p>${`<p>${filler}</p>`.repeat(12)}<p>Researchers said the spyware was sold.</p></body>`);
    expect(oneShot()).toEqual([]);
    expect((await scanned({ chunk: 1 })).list).toEqual([]);
  });
});

describe('overlapping names decided late', () => {
  it('a name vouched for later displaces the one it overlaps, and a name that one hid comes back', async () => {
    // "Alpha Beta" needs context; "Beta Gamma" and "Gamma Delta" need none (any case). Read alone, the first block
    // keeps "Beta gamma" (leftmost-longest hides "gamma delta"); once "WZ-9000" far below anchors Alpha Beta's
    // entity, the one-shot answer is "Alpha Beta" and "gamma delta".
    const U = '2026-12-01';
    const ref = [{ url: 'https://example.org/' }];
    const mt = new MatcherClass(compileMatcher([
      { id: 'actor/alpha', kind: 'threat-actor', name: 'WZ-9000', aliases: [{ name: 'Alpha Beta', match: { case: 'exact', context: true } }], references: ref, updated: U },
      { id: 'actor/beta', kind: 'threat-actor', name: 'Beta Gamma', aliases: [{ name: 'Beta Gamma', match: { case: 'any', context: false } }], references: ref, updated: U },
      { id: 'actor/gamma', kind: 'threat-actor', name: 'Gamma Delta', aliases: [{ name: 'Gamma Delta', match: { case: 'any', context: false } }], references: ref, updated: U },
    ], 'v'));
    load(`<body><p>Alpha Beta gamma delta.</p>${'<p>The council met on Tuesday to discuss the budget for roads and parks.</p>'.repeat(12)}<p>WZ-9000 struck.</p></body>`);
    const want = oneShot(mt);
    expect(want).toEqual(['Alpha Beta -> actor/alpha', 'gamma delta -> actor/gamma', 'WZ-9000 -> actor/alpha']);
    expect((await scanned({ chunk: 1, matcher: mt })).list).toEqual(want);
  });
});

describe('changes after the scan', () => {
  const tick = () => new Promise((r) => setTimeout(r, 0));
  it('an appended anchor vouches for a name read before; appended text is found once', async () => {
    load('<body><main><p>Lazarus was named again in the report.</p></main></body>');
    const { scanner } = await scanned({ chunk: 1 });
    expect(scanner.toPageMentions()).toEqual([]);
    const ac = new AbortController();
    scanner.observe(ac.signal);
    const p = document.createElement('p');
    p.textContent = 'Analysts tie the theft to Lazarus Group hackers.';
    document.querySelector('main')!.append(p);
    await vi.waitFor(() => expect(scanner.toPageMentions().map((m) => m.text)).toEqual(['Lazarus', 'Lazarus Group']));
    ac.abort();
  });
  it('a rescanned paragraph drops what it no longer says, and a stale hit is never revived', async () => {
    load('<body><main><p id="a">Lazarus was named in the report.</p><p id="b">Nothing here.</p></main></body>');
    const { scanner, hl } = await scanned({ chunk: 1 });
    const ac = new AbortController();
    scanner.observe(ac.signal);
    document.getElementById('a')!.firstChild!.textContent = 'Nobody was named in the report.';
    await tick();
    document.getElementById('b')!.textContent = 'The Lazarus Group hackers struck.';
    await vi.waitFor(() => expect(scanner.toPageMentions().map((m) => m.text)).toEqual(['Lazarus Group']));
    expect(hl.shown.size).toBe(1);
    ac.abort();
  });
});

describe('a large subtree appended or revealed at once', () => {
  it('is read in slices that yield, and ends with the mentions of one pass over the page', async () => {
    const pages = ['heldout85', 'heldout86'].flatMap((d) => readdirSync(join(FIXTURES, d)).filter((f) => f.endsWith('.html') && !f.includes('trap')).slice(0, 2).map((f) => join(FIXTURES, d, f)));
    const bodies = pages.map((f) => new DOMParser().parseFromString(readFileSync(f, 'utf8'), 'text/html').body.innerHTML);
    // The whole page as it ends, read in one pass: what the scanner must end with.
    load(`<body><main id="feed">${bodies.join('')}</main></body>`);
    const want = oneShot();
    expect(want.length).toBeGreaterThan(100);
    load('<body><main id="feed"></main></body>');
    const { scanner } = await scanned({ chunk: 1 });
    const ac = new AbortController();
    scanner.observe(ac.signal);
    sizes.slice = 0; // every chunk ends a slice
    let yields = 0;
    const real = globalThis.setTimeout;
    globalThis.setTimeout = ((fn: () => void, ms?: number) => { yields++; return real(fn, ms); }) as typeof setTimeout;
    try {
      const box = document.createElement('div');
      box.innerHTML = bodies.join(''); // our own test pages
      document.getElementById('feed')!.append(...box.childNodes);
      await vi.waitFor(() => expect(scanner.toPageMentions().length).toBe(want.length), { timeout: 20_000 });
    } finally { globalThis.setTimeout = real; }
    expect(yields).toBeGreaterThan(10); // the flush yielded between chunks instead of reading it all in one task
    expect(scanner.toPageMentions().map((m) => `${m.text} -> ${m.entityId}${m.candidates ? ` (${m.candidates.join(' ')})` : ''}`)).toEqual(want);
    ac.abort();
  });
});

describe('text the reader reveals', () => {
  it('an opened <details> and a section shown by removing hidden or aria-hidden are read then, once', async () => {
    load('<body><main><p>The hackers struck.</p><details id="d"><summary>Who was it?</summary><p>APT28, says the GRU.</p>Also Volt Typhoon.</details><div id="h" hidden><p>Salt Typhoon too.</p></div><div id="a" aria-hidden="true"><p>And Kimsuky.</p></div></main></body>');
    const { scanner, hl } = await scanned({ chunk: 1 });
    expect(scanner.toPageMentions()).toEqual([]);
    const ac = new AbortController();
    scanner.observe(ac.signal);
    (document.getElementById('d') as HTMLDetailsElement).setAttribute('open', '');
    await vi.waitFor(() => expect(scanner.toPageMentions().map((m) => m.text)).toEqual(['APT28', 'GRU', 'Volt Typhoon']));
    document.getElementById('h')!.removeAttribute('hidden');
    document.getElementById('a')!.setAttribute('aria-hidden', 'false');
    await vi.waitFor(() => expect(scanner.toPageMentions().map((m) => m.text)).toEqual(['APT28', 'GRU', 'Volt Typhoon', 'Salt Typhoon', 'Kimsuky']));
    // toggling again does not duplicate anything
    document.getElementById('d')!.removeAttribute('open');
    document.getElementById('d')!.setAttribute('open', '');
    await new Promise((r) => setTimeout(r, 0));
    expect(scanner.toPageMentions().map((m) => m.text)).toEqual(['APT28', 'GRU', 'Volt Typhoon', 'Salt Typhoon', 'Kimsuky']);
    expect(hl.shown.size).toBe(5);
    // hidden again: its mentions go
    document.getElementById('h')!.hidden = true;
    await vi.waitFor(() => expect(scanner.toPageMentions().map((m) => m.text)).toEqual(['APT28', 'GRU', 'Volt Typhoon', 'Kimsuky']));
    document.getElementById('d')!.removeAttribute('open');
    await vi.waitFor(() => expect(scanner.toPageMentions().map((m) => m.text)).toEqual(['Kimsuky']));
    expect(hl.shown.size).toBe(1);
    ac.abort();
  });
});

describe('a modal dialog that sets aria-hidden on the page behind it', () => {
  it('keeps the mentions while it is open, and reads nothing again when it closes', async () => {
    load('<body><main id="app"><p>APT28 and the GRU struck.</p></main><div id="modal"></div></body>');
    const { scanner, hl } = await scanned({ chunk: 1 });
    const before = [...hl.shown];
    expect(scanner.toPageMentions().map((m) => m.text)).toEqual(['APT28', 'GRU']);
    const ac = new AbortController();
    scanner.observe(ac.signal);
    const app = document.getElementById('app')!;
    app.setAttribute('aria-hidden', 'true');
    await new Promise((r) => setTimeout(r, 0));
    expect(scanner.toPageMentions().map((m) => m.text)).toEqual(['APT28', 'GRU']);
    app.removeAttribute('aria-hidden');
    await new Promise((r) => setTimeout(r, 0));
    expect([...hl.shown]).toEqual(before); // the same ranges: nothing was dropped and read again
    ac.abort();
  });
});

describe('a page that changes forever', () => {
  it('keeps bounded state: a ticker rewritten 300 times holds its mentions and a window of positions', async () => {
    load('<body><main><p id="t">Hackers: APT28 and Predator, tick 0</p><p>The Lazarus group was named.</p></main></body>');
    const { scanner } = await scanned({ chunk: 1 });
    const ac = new AbortController();
    scanner.observe(ac.signal);
    const t = document.getElementById('t')!;
    const held = () => {
      const ctx = (scanner as unknown as { ctx: { cues: number[]; strong: number[]; mentions: unknown[]; undecided: unknown[] } }).ctx;
      return ctx.cues.length + ctx.strong.length + ctx.mentions.length + ctx.undecided.length;
    };
    const sizes: number[] = [];
    for (let i = 1; i <= 300; i++) {
      t.firstChild!.textContent = `Hackers: APT28 and Predator, tick ${i}`;
      await new Promise((r) => setTimeout(r, 0));
      if (i === 150 || i === 300) sizes.push(held());
    }
    await vi.waitFor(() => expect(scanner.toPageMentions().map((m) => m.text)).toEqual(['APT28', 'Predator', 'Lazarus']));
    // only the positions within one context window of the newest text are kept: no growth with the updates
    expect(sizes[1]).toBeLessThanOrEqual(sizes[0]);
    expect(sizes[1]).toBeLessThan(100);
    ac.abort();
  });
});

describe('properties', () => {
  const BLOCKS = [
    'Hackers from APT28 struck.', 'The Predator spyware was found.', 'Lazarus was named.', 'The Lazarus Group denied it.',
    'Gold prices rose on Monday.', 'Sandworm hit the grid.', 'The film Dune has a sandworm.', 'The M.S.S. ran Salt <em>Typhoon</em>.',
    'Intellexa sold Predator to a ministry.', 'Play ransomware hit a city.', 'We went to play football.', 'Pegasus was a winged horse.',
    'Cyber Centre staff met.', 'Nothing to see in this paragraph at all, only roads and parks and weather.',
    'The Chinese Ministry of State Security said so.', "Europol's European Cybercrime Centre helped.", 'The Lazarus group was named.',
    'The Predator Sports Bar opened.', 'Charming Kitten won best in show.', 'The SideWinder crew returned.', 'Soviet KGB files.',
  ];
  it('any page built from these blocks, any chunk size: the one-shot mentions', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom(...BLOCKS), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 400 }), async (blocks, chunk) => {
      load(`<body>${blocks.map((b) => `<p>${b}</p>`).join('')}</body>`);
      const want = oneShot();
      expect((await scanned({ chunk })).list).toEqual(want);
    }), { numRuns: 300 });
  });
});
