/**
 * npm run bench: the scanner in real headless Chromium against the bare TreeWalker limit and mark.js.
 * Writes docs/performance.md and docs/perf-chart.svg and prints the same tables.
 *
 * Usage: tsx scripts/bench.ts            (the full run, ~10 minutes on 2 cores)
 *        BENCH_QUICK=1 tsx scripts/bench.ts   (two smaller pages, 2 runs: for development)
 *        BENCH_ONLY=aliases tsx scripts/bench.ts   (only the alias-count-alone table, printed, docs untouched)
 * No timed assertions: this reports, it never fails on a number.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Entity } from '../src/core/dataset/schema';
import { SCAN_FIRST_CHUNK_CHARS } from '../src/core/timing';
import { generatePage, paragraphsHtml } from './bench/generate';
import { aliasSets, pageNames, type AliasSet } from './bench/sets';
import { bundlePage, type Variant } from './bench/bundle';
import { bundleSizes } from './bench/bundle-size';
import { launchChromium, withBench } from './bench/browser';
import { renderChart } from './bench/chart';

const QUICK = process.env.BENCH_QUICK === '1';
/** BENCH_ONLY=aliases: only the alias-count-alone table, printed; docs/performance.md is left alone. */
const ONLY_ALIASES = process.env.BENCH_ONLY === 'aliases';
const ROOT = process.cwd();
const SIZES = ONLY_ALIASES ? [] : (QUICK
  ? [{ label: '100 KB', chars: 100_000 }, { label: '1 MB', chars: 1_000_000 }]
  : [{ label: '100 KB', chars: 100_000 }, { label: '1 MB', chars: 1_000_000 }, { label: '5 MB', chars: 5_000_000 }]);
const RUNS = QUICK ? 2 : 5;
/** mark.js mark(terms): one run may take at most this long before it is terminated and reported as "> N s". */
const MARK_TIMEOUT_MS = 60_000;
/** mark.js markRegExp (plain and acrossElements): the same cap, shorter, to keep the bench under ~10 minutes. */
const REGEXP_TIMEOUT_MS = 12_000;
/** Runs for the secondary comparisons (one-shot, mark.js on the 5 MB page, breakdowns). */
const RUNS_SECONDARY = QUICK ? 2 : 3;
/** mark.js: stop adding runs to a cell once its runs have used this much wall time (n is reported). */
const MARK_CELL_BUDGET_MS = 40_000;
const LIVE_BATCHES = 20;
const SCAN_CHUNK_LABEL = `first (SCAN_FIRST_CHUNK_CHARS, ${SCAN_FIRST_CHUNK_CHARS.toLocaleString('en')}-character, then adaptive)`;
const LIVE_PARAGRAPHS = 50;

const log = (s: string) => process.stderr.write(`${s}\n`);
const median = (xs: number[]) => { if (!xs.length) return NaN; const a = [...xs].sort((x, y) => x - y); const m = a.length >> 1; return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2; };
const pct = (xs: number[], p: number) => { if (!xs.length) return NaN; const a = [...xs].sort((x, y) => x - y); return a[Math.min(a.length - 1, Math.ceil((p / 100) * a.length) - 1)]; };
const f1 = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '–');
const fx = (x: number) => (Number.isFinite(x) ? `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×` : '–');

// ---- matcher data ------------------------------------------------------------------------------------

// ---- pages, server -------------------------------------------------------------------------------

interface PageDoc { label: string; chars: number; html: string; visible: number; hidden: number; names: number; ordinary: number }


function startServer(pages: PageDoc[], bundles: Record<Variant, string>, css: string): Promise<Server> {
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const m = /^\/page\/(\d+)$/.exec(u.pathname);
    if (!m) { res.writeHead(404).end(); return; }
    const p = pages[Number(m[1])];
    const v = (u.searchParams.get('v') ?? 'sliced') as Variant;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(withBench(p.html, css, bundles[v]));
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

// ---- browser helpers -------------------------------------------------------------------------------

let base = '';
let browser: Browser;

async function freshPage(size: number, v: Variant = 'sliced'): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  page.setDefaultTimeout(180_000);
  await page.goto(`${base}/page/${size}?v=${v}`, { waitUntil: 'load', timeout: 180_000 });
  await page.waitForFunction(() => (window as unknown as { tcReady?: boolean }).tcReady === true);
  // Initial style + layout + a frame, so no measurement pays for the page's own first layout.
  await page.evaluate(() => new Promise<void>((r) => { void document.body.offsetHeight; requestAnimationFrame(() => setTimeout(r, 0)); }));
  // Let the previous page's renderer finish shutting down (2 cores), and start from a collected heap.
  await new Promise((r) => setTimeout(r, 100));
  await gc(page);
  return page;
}

/** A full V8 GC in the page (CDP), so no measurement pays for an earlier step's garbage. */
async function gc(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  await cdp.detach().catch(() => undefined);
}

async function closePage(page: Page): Promise<void> {
  await page.context().close().catch(() => undefined);
}

/** page.evaluate with a deadline: on timeout the page's script is terminated (CDP) and the page closed. */
async function evalCapped<T>(page: Page, fn: string, arg: unknown, ms: number): Promise<T | { timedOut: true }> {
  const cdp = await page.context().newCDPSession(page);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<{ timedOut: true }>((r) => { timer = setTimeout(() => r({ timedOut: true }), ms); });
  const run = page.evaluate(([f, a]) => (window as unknown as Record<string, (...xs: unknown[]) => unknown>)[f as string](...(a as unknown[])), [fn, arg] as const) as Promise<T>;
  const out = await Promise.race([run, deadline]);
  clearTimeout(timer);
  if ((out as { timedOut?: boolean }).timedOut) {
    await cdp.send('Runtime.terminateExecution').catch(() => undefined);
    run.catch(() => undefined);
  }
  await cdp.detach().catch(() => undefined);
  return out;
}

// ---- measurements ----------------------------------------------------------------------------------

interface ScanResult { ms: number; busyMs: number; longestSliceMs: number; mentions: number; textChars: number; textNodes: number; layoutMs: number }
interface LoadResult { loadMs: number; states: number; bytes: number }
interface MarkResult { ms: number; matches: number; layoutMs?: number; error?: string; skipped?: number }

interface Cell {
  size: string; aliases: number;
  ours: number[]; busy: number[]; slice: number[]; layout: number[]; mentions: number; load: number[];
  oneshot: number[]; oneshotMentions: number;
  regexp: number[]; regexpMatches: number; regexpLayout: number[]; regexpNote: string;
  across: number[]; acrossMatches: number; acrossNote: string;
  uni: number[]; uniMatches: number; uniNote: string;
  terms: number[]; termsMatches: number; termsNote: string;
}

async function scanRun(size: number, set: AliasSet, v: Variant, register = true): Promise<{ load: LoadResult; scan: ScanResult }> {
  const page = await freshPage(size, v);
  const load = await page.evaluate(([d, r]) => (window as unknown as { tcLoad: (x: unknown, o: unknown) => LoadResult }).tcLoad(d, { register: r }), [set.data, register] as const);
  await gc(page); // the MatcherData copy passed in is garbage now
  const scan = await page.evaluate(() => (window as unknown as { tcScan: () => Promise<ScanResult> }).tcScan());
  await closePage(page);
  return { load, scan };
}

/** Runs a mark.js method up to RUNS times, capped per run and per cell. */
async function markRuns(size: number, fn: string, args: unknown[], runs: number, timeoutMs: number, budgetMs: number): Promise<{ ms: number[]; matches: number; note: string; layout: number[] }> {
  const ms: number[] = [];
  const layout: number[] = [];
  let matches = 0;
  let note = '';
  const t0 = Date.now();
  for (let i = 0; i < runs; i++) {
    const page = await freshPage(size);
    const r = await evalCapped<MarkResult>(page, fn, args, timeoutMs);
    await closePage(page);
    if ('timedOut' in r) { note = `> ${timeoutMs / 1000} s (timed out)`; break; }
    if (r.error) { note = `failed after ${f1(r.ms)} ms: ${/stack overflow/i.test(r.error) ? 'stack overflow (RangeError while compiling a term regex)' : r.error.slice(0, 80).replace(/\|/g, '\\|')}`; break; }
    ms.push(r.ms);
    if (r.layoutMs !== undefined) layout.push(r.layoutMs);
    matches = r.matches;
    if (r.skipped) note = `(${r.skipped} terms mark.js cannot compile left out)`;
    if (Date.now() - t0 > budgetMs && i + 1 < runs) { note = `${note ? `${note}, ` : ''}n=${ms.length} (cell budget)`; break; }
  }
  return { ms, matches, note, layout };
}

async function heapRun(size: number, set: AliasSet): Promise<{ before: number; matcher: number; scanned: number; mentions: number }> {
  const page = await freshPage(size);
  const cdp = await page.context().newCDPSession(page);
  const used = async () => { await cdp.send('HeapProfiler.collectGarbage'); await cdp.send('HeapProfiler.collectGarbage'); return (await cdp.send('Runtime.getHeapUsage')).usedSize; };
  const before = await used();
  await page.evaluate((d) => (window as unknown as { tcLoad: (x: unknown) => LoadResult }).tcLoad(d), set.data);
  const matcher = await used();
  const scan = await page.evaluate(() => (window as unknown as { tcScan: () => Promise<ScanResult> }).tcScan());
  const scanned = await used();
  await cdp.detach();
  await closePage(page);
  return { before, matcher: matcher - before, scanned: scanned - before, mentions: scan.mentions };
}

interface LiveResult { aliases: number; latency: number[]; append: number[]; plainAppend: number[]; added: number; missing: number; initialMentions: number }

async function liveRun(size: number, set: AliasSet, names: string[]): Promise<LiveResult> {
  const batches = Array.from({ length: LIVE_BATCHES }, (_, i) => paragraphsHtml(LIVE_PARAGRAPHS, names, 1000 + i));
  // Baseline: the same appends on the same page without the scanner (no live ranges, no observer).
  const plain = await freshPage(size);
  const plainAppend: number[] = [];
  for (const b of batches) plainAppend.push((await plain.evaluate((h) => (window as unknown as { plainAppend: (x: string) => Promise<{ appendMs: number }> }).plainAppend(h), b)).appendMs);
  await closePage(plain);

  const page = await freshPage(size);
  await page.evaluate((d) => (window as unknown as { tcLoad: (x: unknown) => LoadResult }).tcLoad(d), set.data);
  const scan = await page.evaluate(() => (window as unknown as { tcScan: () => Promise<ScanResult> }).tcScan());
  await page.evaluate(() => (window as unknown as { tcObserve: () => void }).tcObserve());
  const latency: number[] = [];
  const append: number[] = [];
  let added = 0;
  let missing = 0;
  for (const b of batches) {
    const r = await page.evaluate((h) => (window as unknown as { tcAppend: (x: string) => Promise<{ latency: number; appendMs: number; added: number }> }).tcAppend(h), b);
    if (Number.isFinite(r.latency)) latency.push(r.latency); else missing++;
    append.push(r.appendMs);
    added += r.added;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  await closePage(page);
  return { aliases: set.count, latency, append, plainAppend, added, missing, initialMentions: scan.mentions };
}

// ---- main ----------------------------------------------------------------------------------------

/**
 * Alias count alone: one 1 MB page whose inserted names are all in the smallest set, so every set finds the
 * same names and only the automaton (and the names it holds that the page does not use) grows.
 */
async function aliasCountAlone(pages: PageDoc[], sets: AliasSet[], names: string[]): Promise<{ fixedPage: number; fixed: { aliases: number; ms: number[]; busy: number[]; mentions: number }[] }> {
  log('bench: same names, growing alias set');
  const small = new Set(sets[0].names);
  const sameNames = [...new Set([...names.filter((n) => small.has(n)), ...sets[0].names.filter((_, i) => i % 3 === 0)])];
  // No dotted abbreviations either: the generator's "the M.S.S." and "the F.B.I." are not in the smallest set.
  const g1 = generatePage({ visibleChars: 1_000_000, names: sameNames, dotted: [], seed: 0x5a3e });
  pages.push({ label: '1 MB (names in every set)', chars: 1_000_000, html: g1.html, visible: g1.visibleChars, hidden: g1.hiddenChars, names: g1.namesInserted, ordinary: g1.ordinaryWordsInserted });
  const fixedPage = pages.length - 1;
  const fixed = sets.map((set) => ({ aliases: set.count, ms: [] as number[], busy: [] as number[], mentions: 0 }));
  // Round robin over the sets, so that a machine getting busier or calmer during the runs shifts every set alike.
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < sets.length; k++) {
      const { scan } = await scanRun(fixedPage, sets[k], 'sliced');
      const r = fixed[k];
      r.ms.push(scan.ms); r.busy.push(scan.busyMs); r.mentions = scan.mentions;
    }
  }
  for (const r of fixed) log(`bench: same names, ${r.aliases} aliases: ${f1(median(r.ms))} ms (busy ${f1(median(r.busy))}), ${r.mentions} mentions`);
  return { fixedPage, fixed };
}

async function main(): Promise<void> {
  const started = Date.now();
  const datasetFile = resolve(ROOT, 'public/dataset.json');
  if (!existsSync(datasetFile)) execFileSync('npx', ['tsx', 'scripts/build-dataset.ts'], { stdio: 'inherit' });
  const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as { version: string; entities: Entity[] };
  const css = readFileSync(resolve(ROOT, 'src/content/highlight.css'), 'utf8');

  log('bench: compiling matcher data');
  const sets = aliasSets(dataset);
  const names = pageNames(dataset.entities);
  log('bench: generating pages');
  const pages: PageDoc[] = SIZES.map((s, i) => {
    const g = generatePage({ visibleChars: s.chars, names, seed: 0xbe7c + i });
    return { label: s.label, chars: s.chars, html: g.html, visible: g.visibleChars, hidden: g.hiddenChars, names: g.namesInserted, ordinary: g.ordinaryWordsInserted };
  });
  log('bench: bundling the page side (vite, lib mode, IIFE)');
  const bundles: Record<Variant, string> = { sliced: await bundlePage('sliced', ROOT), oneshot: await bundlePage('oneshot', ROOT) };
  const server = await startServer(pages, bundles, css);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await launchChromium();
  const chromiumVersion = browser.version();
  log(`bench: Chromium ${chromiumVersion}`);

  if (ONLY_ALIASES) {
    const { fixed } = await aliasCountAlone(pages, sets, names);
    for (const r of fixed) console.log(`${r.aliases} aliases: ${f1(median(r.ms))} ms, busy ${f1(median(r.busy))} ms, ${r.mentions} mentions, change vs ${fixed[0].aliases}: ${(100 * (median(r.ms) / median(fixed[0].ms) - 1)).toFixed(0)}% (busy ${(100 * (median(r.busy) / median(fixed[0].busy) - 1)).toFixed(0)}%)`);
    await browser.close();
    server.close();
    return;
  }

  const cells: Cell[] = [];
  const walk: { size: string; ms: number[]; chars: number; nodes: number }[] = [];
  const sliceMs = await (async () => { const p = await freshPage(0); const v = await p.evaluate(() => (window as unknown as { tcSliceMs: number }).tcSliceMs); await closePage(p); return v; })();

  for (let si = 0; si < pages.length; si++) {
    const p = pages[si];
    // The bare limit, on its own fresh pages.
    const wr = { size: p.label, ms: [] as number[], chars: 0, nodes: 0 };
    for (let i = 0; i < RUNS; i++) {
      const page = await freshPage(si);
      const r = await page.evaluate(() => (window as unknown as { walkOnly: () => { ms: number; chars: number; nodes: number } }).walkOnly());
      await closePage(page);
      wr.ms.push(r.ms); wr.chars = r.chars; wr.nodes = r.nodes;
    }
    walk.push(wr);
    log(`bench: ${p.label}: walk-only ${f1(median(wr.ms))} ms (${wr.nodes} text nodes, ${wr.chars} chars)`);

    for (const set of sets) {
      const c: Cell = { size: p.label, aliases: set.count, ours: [], busy: [], slice: [], layout: [], mentions: 0, load: [], oneshot: [], oneshotMentions: 0, regexp: [], regexpMatches: 0, regexpLayout: [], regexpNote: '', across: [], acrossMatches: 0, acrossNote: '', uni: [], uniMatches: 0, uniNote: '', terms: [], termsMatches: 0, termsNote: 'not run (capped: 100 KB page only)' };
      for (let i = 0; i < RUNS; i++) {
        const { load, scan } = await scanRun(si, set, 'sliced');
        c.ours.push(scan.ms); c.busy.push(scan.busyMs); c.slice.push(scan.longestSliceMs); c.layout.push(scan.layoutMs); c.mentions = scan.mentions; c.load.push(load.loadMs);
      }
      for (let i = 0; i < RUNS_SECONDARY; i++) {
        const { scan } = await scanRun(si, set, 'oneshot');
        c.oneshot.push(scan.ms); c.oneshotMentions = scan.mentions;
      }
      const markRunsN = si === pages.length - 1 && pages.length > 2 ? RUNS_SECONDARY : RUNS;
      const re = await markRuns(si, 'markRegExp', [set.names, false], markRunsN, REGEXP_TIMEOUT_MS, MARK_CELL_BUDGET_MS);
      c.regexp = re.ms; c.regexpMatches = re.matches; c.regexpNote = re.note; c.regexpLayout = re.layout;
      const ac = await markRuns(si, 'markRegExp', [set.names, true], markRunsN, REGEXP_TIMEOUT_MS, MARK_CELL_BUDGET_MS);
      c.across = ac.ms; c.acrossMatches = ac.matches; c.acrossNote = ac.note;
      const un = await markRuns(si, 'markRegExp', [set.names, false, true], markRunsN, REGEXP_TIMEOUT_MS, MARK_CELL_BUDGET_MS);
      c.uni = un.ms; c.uniMatches = un.matches; c.uniNote = un.note;
      if (si === 0) {
        const tr = await markRuns(si, 'markTerms', [set.names], RUNS, MARK_TIMEOUT_MS, 20_000);
        c.terms = tr.ms; c.termsMatches = tr.matches; c.termsNote = tr.note;
      }
      cells.push(c);
      log(`bench: ${p.label} × ${set.count}: ours ${f1(median(c.ours))} ms (slice ≤ ${f1(Math.max(...c.slice))}), one-shot ${f1(median(c.oneshot))}, markRegExp ${f1(median(c.regexp))} ${c.regexpNote}, across ${f1(median(c.across))} ${c.acrossNote}, unicode ${f1(median(c.uni))} ${c.uniNote}${si === 0 ? `, mark(terms) ${f1(median(c.terms))} ${c.termsNote}` : ''}  [${((Date.now() - started) / 1000).toFixed(0)} s]`);
    }
  }

  log('bench: stage breakdown and automaton load breakdown');
  type Breakdown = { filteredWalkMs: number; gatherMs: number; matchMs: number; rangeMs: number; highlightMs: number; chunks: number; ranges: number };
  const breakdown: { size: string; aliases: number; runs: Breakdown[] }[] = [];
  const unregistered: { size: string; aliases: number; reg: ScanResult[]; unreg: ScanResult[] }[] = [];
  for (let si = 0; si < pages.length; si++) {
    for (const set of [sets[1]]) {
      const runs: Breakdown[] = [];
      for (let i = 0; i < RUNS_SECONDARY; i++) {
        const page = await freshPage(si);
        await page.evaluate((d) => (window as unknown as { tcLoad: (x: unknown) => unknown }).tcLoad(d), set.data);
        await gc(page);
        runs.push(await page.evaluate(() => (window as unknown as { tcBreakdown: () => Breakdown }).tcBreakdown()));
        await closePage(page);
      }
      breakdown.push({ size: pages[si].label, aliases: set.count, runs });
      if (si > 0) {
        // Sliced scans with and without ranges registered in CSS.highlights: what the page does between slices.
        const u = { size: pages[si].label, aliases: set.count, reg: [] as ScanResult[], unreg: [] as ScanResult[] };
        for (let i = 0; i < RUNS_SECONDARY; i++) {
          u.unreg.push((await scanRun(si, set, 'sliced', false)).scan);
          u.reg.push((await scanRun(si, set, 'sliced', true)).scan);
        }
        unregistered.push(u);
      }
    }
  }
  type LoadBreakdown = { base64Ms: number; automatonMs: number; atobMs: number; fromBase64Ms: number; bytes: number };
  const loadBreakdown: { aliases: number; runs: LoadBreakdown[] }[] = [];
  for (const set of sets) {
    const runs: LoadBreakdown[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await freshPage(0);
      runs.push(await page.evaluate((d) => (window as unknown as { tcLoadBreakdown: (x: unknown) => LoadBreakdown }).tcLoadBreakdown(d), set.data));
      await closePage(page);
    }
    loadBreakdown.push({ aliases: set.count, runs });
  }

  log('bench: heap');
  const big = pages.length - 1;
  const set10k = sets[sets.length - 1];
  const heap = await heapRun(big, set10k);
  log('bench: live page');
  const liveSize = pages.findIndex((p) => p.label === '1 MB');
  const live: LiveResult[] = [];
  for (const set of [sets[1], sets[2]]) live.push(await liveRun(liveSize, set, names));
  const { fixedPage, fixed } = await aliasCountAlone(pages, sets, names);
  await browser.close();
  server.close();

  const distDir = resolve(ROOT, 'dist/chrome');
  const sizes = bundleSizes(distDir);

  // ---- report ---------------------------------------------------------------------------------------
  const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown').trim();
  const lines: string[] = [];
  const L = (s = '') => lines.push(s);
  L('# Performance');
  L();
  L('Generated by `npm run bench` (scripts/bench.ts). **Ratios, not absolute times, are the claims**: absolute times depend on the machine; the ratios to the bare TreeWalker walk and to mark.js on the same page in the same browser are what the numbers support.');
  L();
  L(`- Machine: ${cpu}, ${cpus().length} cores; Chromium ${chromiumVersion} (headless=new, playwright-core); node ${process.version}`);
  L(`- Date: ${new Date().toISOString().slice(0, 10)}; command: \`npm run bench\`${QUICK ? ' (BENCH_QUICK=1: reduced run)' : ''}; total bench time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  L(`- Each figure is the median of ${RUNS} runs (one-shot scans, stage breakdowns and mark.js on the largest page: ${RUNS_SECONDARY}), each on a fresh page (new browser context, page served over local HTTP, first layout done before timing). Times are the page's own \`performance.now()\`.`);
  L(`- Pages: generated news markup (scripts/bench/generate.ts, seeded): ${pages.map((p) => `${p.label} = ${(p.visible / 1e6).toFixed(2)} M visible chars, ${p.names} names inserted, ${p.ordinary} ordinary-word sentences, ${(p.html.length / 1e6).toFixed(1)} MB HTML`).join('; ')}.`);
  L(`- Alias sets: ${sets.map((s) => `${s.count.toLocaleString('en')}${s.synthetic ? ` (${(s.count - s.synthetic).toLocaleString('en')} real + ${s.synthetic.toLocaleString('en')} synthetic)` : ' (real dataset, first names in order)'}: automaton ${(s.data.automaton.length * 0.75 / 1024).toFixed(0)} KiB, MatcherData JSON ${(s.jsonBytes / 1024).toFixed(0)} KiB, compile ${f1(s.compileMs)} ms in node`).join('; ')}.`);
  L(`- SCAN_SLICE_MS = ${sliceMs}. "ours" = \`Scanner.fullScan()\` wall time (gather + match + Ranges + CSS.highlights, including its yields); "walk" = bare TreeWalker over every text node reading \`.data\`; mark.js 8.11.1 \`markRegExp\` with one word-bounded, case-insensitive alternation of all aliases; "across" = the same with \`acrossElements: true\`; "Unicode" = the same alternation with boundaries that hold in every script (\`(?<![\\p{L}\\p{N}])…(?![\\p{L}\\p{N}])\`, flags \`giu\`): JavaScript's \`\\b\` knows only ASCII letters, so the plain form never finds "ГРУ" or "国家安全部" as a word.`);
  L();
  L('## Full scan');
  L();
  L('| page | aliases | ours ms | walk ms | ours/walk | markRegExp ms | mark/walk | mark/ours | across ms | across/ours | Unicode ms | Unicode/ours | longest slice ms | ours matches | markRegExp matches | across matches | Unicode matches |');
  L('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of cells) {
    const w = median(walk.find((x) => x.size === c.size)!.ms);
    const o = median(c.ours);
    const m = median(c.regexp);
    const a = median(c.across);
    const mCell = c.regexp.length ? `${f1(m)}${c.regexpNote ? ` (${c.regexpNote})` : ''}` : c.regexpNote;
    const aCell = c.across.length ? `${f1(a)}${c.acrossNote ? ` (${c.acrossNote})` : ''}` : c.acrossNote;
    const u = median(c.uni);
    const uCell = c.uni.length ? `${f1(u)}${c.uniNote ? ` (${c.uniNote})` : ''}` : c.uniNote;
    L(`| ${c.size} | ${c.aliases.toLocaleString('en')} | ${f1(o)} | ${f1(w)} | ${fx(o / w)} | ${mCell} | ${fx(m / w)} | ${fx(m / o)} | ${aCell} | ${fx(a / o)} | ${uCell} | ${fx(u / o)} | ${f1(Math.max(...c.slice))} | ${c.mentions} | ${c.regexpMatches || '–'} | ${c.acrossMatches || '–'} | ${c.uniMatches || '–'} |`);
  }
  L();
  L('Matches differ by design: ours skips hidden, aria-hidden and closed-<details> text, needs context for ordinary-word names (gold, play, silence) and applies case rules; the regex baselines match every alias anywhere in any case (plain `markRegExp` also misses names split across elements).');
  L();
  L('### Alias count alone');
  L();
  L(`In the table above a larger alias set also finds more of the page's names (the pages carry names sampled from the whole dataset), so its time includes more mentions. Here one ${f1(pages[fixedPage].visible / 1e6)} M-character page carries only names that all three sets contain (${pages[fixedPage].names} inserted), so each set finds the same mentions and only the automaton grows. Sliced scan, median of ${RUNS} fresh pages, the sets taken in turn (one run of each, then the next round).`);
  L();
  L('| aliases | ours ms | busy ms | mentions | change vs 300 |');
  L('|---:|---:|---:|---:|---:|');
  for (const r of fixed) L(`| ${r.aliases.toLocaleString('en')} | ${f1(median(r.ms))} | ${f1(median(r.busy))} | ${r.mentions} | ${r === fixed[0] ? '–' : `${(100 * (median(r.ms) / median(fixed[0].ms) - 1)).toFixed(0)}%`} |`);
  L();
  L('## mark.js `mark(terms)` (its documented use: an array of keywords), 100 KB page only');
  L();
  L('| aliases | mark(terms) ms | matches | ours ms (same page) | mark(terms)/ours |');
  L('|---:|---:|---:|---:|---:|');
  for (const c of cells.filter((x) => x.size === pages[0].label)) {
    const t = median(c.terms);
    L(`| ${c.aliases.toLocaleString('en')} | ${c.terms.length ? f1(t) : ''}${c.termsNote ? ` ${c.termsNote}` : ''} | ${c.terms.length ? c.termsMatches : '–'} | ${f1(median(c.ours))} | ${c.terms.length ? fx(t / median(c.ours)) : (c.termsNote.startsWith('>') ? `> ${fx(MARK_TIMEOUT_MS / median(c.ours))}` : '–')} |`);
  }
  L();
  L(`Options: \`{ separateWordSearch: false, accuracy: 'exactly' }\`, the terms given 500 per \`mark()\` call, each call started from a timer (mark.js walks a call's terms by recursion, so one call with more than about 1,000 terms overflows the stack), after leaving out any term mark.js cannot compile (found untimed on an empty element; a row's note says how many, and no note means none). Capped at ${MARK_TIMEOUT_MS / 1000} s per run (markRegExp and acrossElements: ${REGEXP_TIMEOUT_MS / 1000} s) (the script is terminated through CDP \`Runtime.terminateExecution\`), and not run on the larger pages.`);
  L();
  L('## Scanner details');
  L();
  L('| page | aliases | busy ms (sum of slices) | longest slice ms | sliced total ms | one-shot total ms | sliced/one-shot | layout read after highlight ms | layout read after markRegExp ms | automaton load ms |');
  L('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of cells) {
    L(`| ${c.size} | ${c.aliases.toLocaleString('en')} | ${f1(median(c.busy))} | ${f1(median(c.slice))} (max ${f1(Math.max(...c.slice))}) | ${f1(median(c.ours))} | ${f1(median(c.oneshot))} | ${fx(median(c.ours) / median(c.oneshot))} | ${f1(median(c.layout))} | ${c.regexpLayout.length ? f1(median(c.regexpLayout)) : '–'} | ${f1(median(c.load))} |`);
  }
  L();
  L('- One-shot: the same bundle built with `SCAN_SLICE_MS` replaced by 1e9 at bundle time (a vite load hook on src/core/timing.ts; src/ is not edited), so `fullScan` never yields.');
  L('- Layout read: `document.body.offsetHeight` right after the scan (the page was laid out before). Highlights do not change layout; mark.js inserts `<mark>` elements, which does.');
  L('- Automaton load: `new Matcher(data)` in the page (base64 decode + typed-array views + the 64K class table), median over all runs of that alias count.');
  L();
  const loads = sets.map((s) => ({ count: s.count, ms: median(cells.filter((c) => c.aliases === s.count).flatMap((c) => c.load)) }));
  L('Stage breakdown (each stage timed alone on a fresh page, median of 3; the stages add up to more than a full scan\'s busy time because each starts cold):');
  L();
  L('| page | aliases | filtered TreeWalker alone ms | gather (TextGatherer) ms | match ms | Ranges ms | Highlight.add ms | chunks | ranges |');
  L('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const b of breakdown) {
    const m = (k: keyof Breakdown) => f1(median(b.runs.map((r) => r[k])));
    L(`| ${b.size} | ${b.aliases.toLocaleString('en')} | ${m('filteredWalkMs')} | ${m('gatherMs')} | ${m('matchMs')} | ${m('rangeMs')} | ${m('highlightMs')} | ${b.runs[0].chunks} | ${b.runs[0].ranges} |`);
  }
  L();
  L('Sliced scan with and without the ranges registered in `CSS.highlights` (a Highlighter subclass whose `add` registers nothing), median of the runs. "between slices" = wall time − busy time: what the browser does in the yields (rendering updates).');
  L();
  L('| page | aliases | registered: total ms | busy ms | between slices ms | unregistered: total ms | busy ms | between slices ms |');
  L('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const u of unregistered) {
    const m = (xs: ScanResult[], k: 'ms' | 'busyMs') => median(xs.map((r) => r[k]));
    const gap = (xs: ScanResult[]) => median(xs.map((r) => r.ms - r.busyMs));
    L(`| ${u.size} | ${u.aliases.toLocaleString('en')} | ${f1(m(u.reg, 'ms'))} | ${f1(m(u.reg, 'busyMs'))} | ${f1(gap(u.reg))} | ${f1(m(u.unreg, 'ms'))} | ${f1(m(u.unreg, 'busyMs'))} | ${f1(gap(u.unreg))} |`);
  }
  L();
  L('Automaton load breakdown (fresh page, median of the runs): src `base64ToBytes` + copy, then `new Automaton`, against native decoders of the same string.');
  L();
  L('| aliases | automaton bytes | base64ToBytes + slice ms | new Automaton ms | atob + charCodeAt ms | Uint8Array.fromBase64 ms |');
  L('|---:|---:|---:|---:|---:|---:|');
  for (const b of loadBreakdown) {
    const m = (k: keyof LoadBreakdown) => f1(median(b.runs.map((r) => r[k])));
    L(`| ${b.aliases.toLocaleString('en')} | ${b.runs[0].bytes} | ${m('base64Ms')} | ${m('automatonMs')} | ${m('atobMs')} | ${m('fromBase64Ms')} |`);
  }
  L();
  L(`Automaton load (target < 5 ms): ${loads.map((l) => `${l.count.toLocaleString('en')} aliases ${f1(l.ms)} ms`).join(', ')}.`);
  L();
  L('## Memory');
  L();
  L(`${pages[big].label} page, ${set10k.count.toLocaleString('en')} aliases, V8 heap used (CDP \`Runtime.getHeapUsage\` after two \`HeapProfiler.collectGarbage\`): +${(heap.matcher / 1048576).toFixed(1)} MiB after \`tcLoad\` (Matcher + Highlighter + Scanner), +${(heap.scanned / 1048576).toFixed(1)} MiB after the full scan (${heap.mentions} mentions, their Ranges' JS wrappers, the node map). Blink-side Range objects live outside the V8 heap and are not counted. Mentions keep no slice of the gathered text (their text is read from the Range on demand), so chunk strings are not retained.`);
  L();
  L('## Live page');
  L();
  L(`${pages[liveSize].label} page, scanned and observed (\`scanner.observe\`); ${LIVE_BATCHES} appends of ${LIVE_PARAGRAPHS} paragraphs with names each. Latency = page clock from just before \`append()\` to the last \`Highlighter.add\` of the new ranges (a Highlighter subclass in the page entry records it).`);
  L();
  L('| aliases | mentions before | latency p50 ms | latency p95 ms | append() ms with scanner, p50 | append() ms without scanner, p50 | new mentions | batches with no new ranges |');
  L('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const l of live) L(`| ${l.aliases.toLocaleString('en')} | ${l.initialMentions} | ${f1(median(l.latency))} | ${f1(pct(l.latency, 95))} | ${f1(median(l.append))} | ${f1(median(l.plainAppend))} | ${l.added} | ${l.missing} |`);
  L();
  L('## Observations');
  L();
  {
    const maxSlice = Math.max(...cells.flatMap((c) => c.slice));
    const over = cells.filter((c) => Math.max(...c.slice) > sliceMs).length;
    const over50 = cells.filter((c) => Math.max(...c.slice) > 50).length;
    L(`- Longest slice: ${f1(maxSlice)} ms; ${over} of ${cells.length} cells have a slice over SCAN_SLICE_MS = ${sliceMs} ms, ${over50} one over 50 ms. The scan begins with a warm-up slice (the first call of the matcher's code compiles it), then a ${SCAN_CHUNK_LABEL} chunk; a slice ends when the next chunk at the measured speed would not fit, but a chunk once started runs whole, so a garbage collection or a slower stretch inside it can carry a slice past the budget.`);
    const u = unregistered[unregistered.length - 1];
    if (u) L(`- Between slices (${u.size}, ${u.aliases.toLocaleString('en')} aliases): ${f1(median(u.reg.map((r) => r.ms - r.busyMs)))} ms with ranges registered in CSS.highlights, ${f1(median(u.unreg.map((r) => r.ms - r.busyMs)))} ms without: the rendering updates in the yields grow with the ranges registered so far.`);
    L(`- Automaton load: ${loads.map((l) => `${f1(l.ms)} ms`).join(' / ')} for ${sets.map((s) => s.count.toLocaleString('en')).join(' / ')} aliases (target < 5 ms); base64 decoding dominates (see the breakdown).`);
  }
  L();
  L('## Content-script bundle');
  L();
  if (sizes.ok) {
    const lazy = sizes.files.filter((f) => f.lazy).map((f) => f.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')).join(', ');
    L(`dist/chrome, from manifest.json content_scripts and the imports they load: **${(sizes.eagerGzip / 1024).toFixed(1)} KiB gzip** (${sizes.eagerGzip.toLocaleString('en-US')} bytes) JS that every page loads (target < 60 KB), and ${((sizes.totalGzip - sizes.eagerGzip) / 1024).toFixed(1)} KiB gzip loaded through a dynamic \`import()\` when first needed (the hover card's preact view on the first card, the clipping code on the first save: ${lazy}); ${(sizes.totalRaw / 1024).toFixed(1)} KiB raw in all${sizes.cssGzip ? `, plus ${(sizes.cssGzip / 1024).toFixed(1)} KiB gzip CSS` : ''}.`);
    L();
    L('| file | loaded | raw bytes | gzip bytes |');
    L('|---|---|---:|---:|');
    for (const f of sizes.files) L(`| ${f.file} | ${f.lazy ? 'first card' : 'every page'} | ${f.raw} | ${f.gzip} |`);
  } else L(`Not measured: ${sizes.note}`);
  L();
  L('![ours vs walk vs mark.js](perf-chart.svg)');
  L();

  const md = lines.join('\n');
  writeFileSync(resolve(ROOT, 'docs/performance.md'), md);
  writeFileSync(resolve(ROOT, 'docs/perf-chart.svg'), renderChart({
    sizes: pages.slice(0, fixedPage).map((p) => p.label),
    aliasCounts: sets.map((s) => s.count),
    value: (size, aliases, series) => {
      if (series === 'walk') return median(walk.find((x) => x.size === size)!.ms);
      const c = cells.find((x) => x.size === size && x.aliases === aliases)!;
      const xs = series === 'ours' ? c.ours : series === 'markRegExp' ? c.regexp : c.across;
      return xs.length ? median(xs) : NaN;
    },
    timedOut: (size, aliases, series) => {
      const c = cells.find((x) => x.size === size && x.aliases === aliases)!;
      return series === 'markRegExp' ? c.regexpNote.startsWith('>') : series === 'across' ? c.acrossNote.startsWith('>') : false;
    },
    caption: `Chromium ${chromiumVersion}, ${cpu}, ${cpus().length} cores; median of ${RUNS} fresh-page runs; log scale`,
  }));
  process.stdout.write(`${md}\n`);
  log(`bench: wrote docs/performance.md and docs/perf-chart.svg in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((e) => { console.error(e); process.exit(1); });
