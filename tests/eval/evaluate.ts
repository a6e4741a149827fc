/**
 * The matcher's evaluation on the labelled pages in tests/fixtures/pages: the same gatherer and
 * matcher the extension runs, on happy-dom. Used by `npm run eval` (prints) and tests/unit/eval.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Dataset } from '../../src/core/dataset/schema';
import { compileMatcher } from '../../src/core/matcher/compile';
import { Matcher, newMatchContext } from '../../src/core/matcher/match';
import { gatherText } from '../../src/content/gather';
import { findMentions } from '../../src/content/mentions';

export interface Expected { text: string; entity: string }
export interface PageResult {
  page: string;
  style: string;
  expected: Expected[];
  found: Expected[];
  tp: number;
  falsePositives: Expected[];
  falseNegatives: Expected[];
}

export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

export function loadMatcher(datasetFile = join(import.meta.dirname, '..', '..', 'public', 'dataset.json')): Matcher {
  const ds = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset;
  return new Matcher(compileMatcher(ds.entities, ds.version));
}

export function mentionsOfHtml(matcher: Matcher, html: string): Expected[] {
  const window = new Window({ url: 'http://127.0.0.1/' });
  window.document.write(html);
  const g = gatherText(window.document.body as unknown as Node, window.document as unknown as Document);
  const found = findMentions(matcher, g.text, newMatchContext()).map((m) => ({ text: g.text.slice(m.start, m.end), entity: matcher.entityId(m.entity) }));
  window.close();
  return found;
}

export function evaluatePage(matcher: Matcher, file: string): PageResult {
  const html = readFileSync(join(PAGES_DIR, file), 'utf8');
  const exp = JSON.parse(readFileSync(join(PAGES_DIR, file.replace(/\.html$/, '.expected.json')), 'utf8')) as { style: string; mentions: Expected[] };
  const found = mentionsOfHtml(matcher, html);
  const key = (m: Expected) => `${m.entity}\u0000${m.text}`;
  const pool = new Map<string, number>();
  for (const m of exp.mentions) pool.set(key(m), (pool.get(key(m)) ?? 0) + 1);
  const falsePositives: Expected[] = [];
  let tp = 0;
  for (const m of found) {
    const n = pool.get(key(m)) ?? 0;
    if (n > 0) { pool.set(key(m), n - 1); tp++; } else falsePositives.push(m);
  }
  const falseNegatives: Expected[] = [];
  for (const m of exp.mentions) { const n = pool.get(key(m)) ?? 0; if (n > 0) { pool.set(key(m), n - 1); falseNegatives.push(m); } }
  return { page: file, style: exp.style, expected: exp.mentions, found, tp, falsePositives, falseNegatives };
}

export function evaluateAll(matcher = loadMatcher()): PageResult[] {
  return readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort().map((f) => evaluatePage(matcher, f));
}

export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
