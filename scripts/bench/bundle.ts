/**
 * Bundles scripts/bench/page-entry.ts with vite's build API (lib mode, IIFE) into a temp dir.
 * Two variants from the same unchanged sources:
 * - 'sliced':  as shipped (SCAN_SLICE_MS from src/core/timing.ts);
 * - 'oneshot': the same code with SCAN_SLICE_MS replaced by 1e9 at build time (a load hook on
 *              src/core/timing.ts), so fullScan never yields. Nothing in src/ is edited.
 */
import { build, type Plugin } from 'vite';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type Variant = 'sliced' | 'oneshot';

function oneShot(): Plugin {
  return {
    name: 'bench-oneshot',
    enforce: 'pre',
    load(id) {
      if (!id.replace(/\\/g, '/').endsWith('src/core/timing.ts')) return null;
      const src = readFileSync(id, 'utf8');
      const out = src.replace(/export const SCAN_SLICE_MS\s*=\s*[^;]+;/, 'export const SCAN_SLICE_MS = 1e9;');
      if (out === src) throw new Error('bench: SCAN_SLICE_MS not found in src/core/timing.ts');
      return out;
    },
  };
}

export async function bundlePage(variant: Variant, root = process.cwd(), minify = true): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `tc-bench-${variant}-`));
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: variant === 'oneshot' ? [oneShot()] : [],
    build: {
      outDir,
      emptyOutDir: true,
      minify,
      target: 'es2022',
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: resolve(root, 'scripts/bench/page-entry.ts'), formats: ['iife'], name: 'tcBench', fileName: () => 'bench.js' },
    },
  });
  const file = readdirSync(outDir).find((f) => f.endsWith('.js'));
  if (!file) throw new Error(`bench: no bundle in ${outDir}`);
  return readFileSync(join(outDir, file), 'utf8');
}
