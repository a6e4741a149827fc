/**
 * Size of the content script as shipped in dist/chrome: the files listed in manifest.json content_scripts,
 * plus every chunk they load (static `from "./x.js"`, side-effect `import "./x.js"`, dynamic `import("./x.js")`
 * and the crx loader's `chrome.runtime.getURL("assets/x.js")`), each gzipped with node:zlib (level 9).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  ok: boolean;
  note?: string;
  files: { file: string; raw: number; gzip: number }[];
  totalRaw: number;
  totalGzip: number;
  cssGzip: number;
}

const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*|getURL\(\s*)(["'`])((?:\.{1,2}\/|\/|assets\/)[^"'`]+?\.js)\1/g;

export function bundleSizes(distDir: string): BundleSizes {
  const empty: BundleSizes = { ok: false, files: [], totalRaw: 0, totalGzip: 0, cssGzip: 0 };
  const manifestFile = join(distDir, 'manifest.json');
  if (!existsSync(manifestFile)) return { ...empty, note: `${manifestFile} not found (run \`npm run build\` first)` };
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { content_scripts?: { js?: string[]; css?: string[] }[] };
  const entries = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  if (!entries.length) return { ...empty, note: 'manifest.json has no content_scripts js' };
  const seen = new Set<string>();
  const queue = entries.map((e) => resolve(distDir, e));
  const files: BundleSizes['files'] = [];
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    if (!existsSync(f)) return { ...empty, note: `${relative(distDir, f)} is referenced but missing` };
    const buf = readFileSync(f);
    files.push({ file: relative(distDir, f), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
    for (const m of buf.toString('utf8').matchAll(IMPORT_RE)) {
      const spec = m[2];
      queue.push(spec.startsWith('.') ? resolve(dirname(f), spec) : resolve(distDir, spec.replace(/^\//, '')));
    }
  }
  let cssGzip = 0;
  for (const c of (manifest.content_scripts ?? []).flatMap((x) => x.css ?? [])) {
    const p = resolve(distDir, c);
    if (existsSync(p)) cssGzip += gzipSync(readFileSync(p), { level: 9 }).length;
  }
  return { ok: true, files, totalRaw: files.reduce((n, x) => n + x.raw, 0), totalGzip: files.reduce((n, x) => n + x.gzip, 0), cssGzip };
}
