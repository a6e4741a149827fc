/**
 * npm run dataset: compiles data/*.json into public/dataset.json, the dataset the extension bundles.
 * Fails (exit 1) with every problem listed on a schema error, a duplicate id, an unmarked shared alias,
 * a non-http(s) reference or an entity without a reference. Usage: tsx scripts/build-dataset.ts [dataDir] [outFile]
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { buildDataset } from '../src/core/dataset/build';
import { countDataset } from '../src/core/dataset/stats';

const SOURCES = ['threat-actors.json', 'agencies.json', 'vendors.json', 'products.json'];
const dataDir = resolve(process.argv[2] ?? 'data');
const outFile = resolve(process.argv[3] ?? 'public/dataset.json');

const words = new Set<string>(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
const extraFile = join(dataDir, 'ordinary-words.txt');
if (existsSync(extraFile)) for (const line of readFileSync(extraFile, 'utf8').split('\n')) { const w = line.trim(); if (w && !w.startsWith('#')) words.add(w.toLowerCase()); }

const parts: unknown[][] = [];
for (const f of SOURCES) {
  const p = join(dataDir, f);
  if (!existsSync(p)) continue;
  let parsed: unknown;
  try { parsed = JSON.parse(readFileSync(p, 'utf8')); } catch (e) { console.error(`${f}: not valid JSON: ${(e as Error).message}`); process.exit(1); }
  if (!Array.isArray(parsed)) { console.error(`${f}: must be a JSON array of entities`); process.exit(1); }
  parts.push(parsed);
}
const hintsFile = join(dataDir, 'match-hints.json');
const hints = existsSync(hintsFile) ? Object.fromEntries(Object.entries(JSON.parse(readFileSync(hintsFile, 'utf8')) as Record<string, unknown>).filter(([k]) => !k.startsWith('_'))) : {};
const result = buildDataset(parts, (w) => words.has(w), undefined, hints as never);
if (!result.ok || !result.dataset) {
  console.error(`dataset: ${result.problems.length} problem(s)`);
  for (const p of result.problems.slice(0, 200)) console.error(`  ${p.path}: ${p.message}`);
  process.exit(1);
}
mkdirSync(dirname(outFile), { recursive: true });
const json = JSON.stringify(result.dataset);
writeFileSync(outFile, json);
const c = countDataset(result.dataset.entities);
console.log(`dataset ${result.dataset.version}: ${c.entities} entities (${Object.entries(c.byKind).map(([k, n]) => `${n} ${k}`).join(', ')}), ${c.aliases} distinct names`);
console.log(`wrote ${outFile}: ${(json.length / 1024).toFixed(0)} KiB raw, ${(gzipSync(json).length / 1024).toFixed(0)} KiB gzip`);
