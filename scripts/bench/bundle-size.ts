/**
 * Size of the content script as shipped in dist/chrome: the files listed in manifest.json content_scripts,
 * plus every chunk they load (static `from "./x.js"`, side-effect `import "./x.js"`, dynamic `import("./x.js")`
 * and the crx loader's `chrome.runtime.getURL("assets/x.js")`), each gzipped with node:zlib (level 9).
 * A chunk reached only through a dynamic `import()` is `lazy`: every page loads the others (`eagerGzip`), and it
 * only when the page needs it (the hover card's view, on the first card).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  ok: boolean;
  note?: string;
  files: { file: string; raw: number; gzip: number; lazy: boolean }[];
  totalRaw: number;
  totalGzip: number;
  /** The chunks every page loads (the rest are lazy). */
  eagerGzip: number;
  cssGzip: number;
}

const IMPORT_RE = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s*|getURL\(\s*)(["'`])((?:\.{1,2}\/|\/|assets\/)[^"'`]+?\.js)\2/g;

export function bundleSizes(distDir: string): BundleSizes {
  const empty: BundleSizes = { ok: false, files: [], totalRaw: 0, totalGzip: 0, eagerGzip: 0, cssGzip: 0 };
  const manifestFile = join(distDir, 'manifest.json');
  if (!existsSync(manifestFile)) return { ...empty, note: `${manifestFile} not found (run \`npm run build\` first)` };
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { content_scripts?: { js?: string[]; css?: string[] }[] };
  const entries = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  if (!entries.length) return { ...empty, note: 'manifest.json has no content_scripts js' };
  // Breadth-first from the entries, eager edges first: a chunk an eager chunk imports statically is eager.
  const lazyOf = new Map<string, boolean>();
  const queue: [string, boolean][] = entries.map((e) => [resolve(distDir, e), false]);
  const found: { f: string; buf: Buffer }[] = [];
  while (queue.length) {
    queue.sort((a, b) => Number(a[1]) - Number(b[1]));
    // (eager chunks are all read before the first lazy one, and only they queue eager edges: the first visit decides)
    const [f, lazy] = queue.shift()!;
    if (lazyOf.has(f)) continue;
    lazyOf.set(f, lazy);
    if (!existsSync(f)) return { ...empty, note: `${relative(distDir, f)} is referenced but missing` };
    const buf = readFileSync(f);
    found.push({ f, buf });
    for (const m of buf.toString('utf8').matchAll(IMPORT_RE)) {
      const spec = m[3];
      const dynamic = /^import\s*\(/.test(m[1]);
      queue.push([spec.startsWith('.') ? resolve(dirname(f), spec) : resolve(distDir, spec.replace(/^\//, '')), lazy || dynamic]);
    }
  }
  const files: BundleSizes['files'] = found.map(({ f, buf }) => ({ file: relative(distDir, f), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, lazy: lazyOf.get(f)! }));
  let cssGzip = 0;
  for (const c of (manifest.content_scripts ?? []).flatMap((x) => x.css ?? [])) {
    const p = resolve(distDir, c);
    if (existsSync(p)) cssGzip += gzipSync(readFileSync(p), { level: 9 }).length;
  }
  return { ok: true, files, totalRaw: files.reduce((n, x) => n + x.raw, 0), totalGzip: files.reduce((n, x) => n + x.gzip, 0), eagerGzip: files.reduce((n, x) => n + (x.lazy ? 0 : x.gzip), 0), cssGzip };
}
