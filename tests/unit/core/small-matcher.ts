/**
 * Test helper: the small fixture dataset (tests/fixtures/datasets/small.json) built the way
 * `npm run dataset` builds the real one (hints baked with the English word list), then compiled.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Dataset } from '../../../src/core/dataset/schema';
import { buildDataset } from '../../../src/core/dataset/build';
import { compileMatcher } from '../../../src/core/matcher/compile';
import { Matcher } from '../../../src/core/matcher/match';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'datasets');

export function readFixture(name: string): Dataset {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Dataset;
}

let words: Set<string> | undefined;
/** The dictionary the build script uses: an-array-of-english-words plus data/ordinary-words.txt. */
export function ordinaryWords(): Set<string> {
  if (words) return words;
  words = new Set<string>(createRequire(join(ROOT, 'package.json'))('an-array-of-english-words') as string[]);
  for (const line of readFileSync(join(ROOT, 'data', 'ordinary-words.txt'), 'utf8').split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) words.add(w.toLowerCase());
  }
  return words;
}
export const isOrdinary = (w: string) => ordinaryWords().has(w);

export function smallDataset(): Dataset {
  const raw = readFixture('small.json');
  const built = buildDataset([raw.entities], isOrdinary, raw.version);
  if (!built.ok || !built.dataset) throw new Error(`small.json does not build: ${JSON.stringify(built.problems)}`);
  return built.dataset;
}

export function smallMatcher(): Matcher {
  const ds = smallDataset();
  return new Matcher(compileMatcher(ds.entities, ds.version));
}
