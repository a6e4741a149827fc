/**
 * The matcher's evaluation on the labelled pages in tests/fixtures/pages: the same gatherer and
 * matcher the extension runs, on happy-dom. Used by `npm run eval` (prints) and tests/unit/eval.test.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Dataset } from '../../src/core/dataset/schema';
import { compileMatcher, spellingVariants } from '../../src/core/matcher/compile';
import { Matcher, newMatchContext } from '../../src/core/matcher/match';
import { gatherText, locate, type Gathered } from '../../src/content/gather';
import { namesOf } from '../../src/core/dataset/validate';
import { foldKey, normaliseName } from '../../src/core/normalise';

export interface Expected { text: string; entity: string }
/** Held-out pages name the entity by a common name instead of an id; it is resolved through the dataset. */
export interface ExpectedByName { text: string; entity?: string; name?: string }
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

const DATASET_FILE = join(import.meta.dirname, '..', '..', 'public', 'dataset.json');

export function loadMatcher(datasetFile = DATASET_FILE): Matcher {
  const ds = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset;
  return new Matcher(compileMatcher(ds.entities, ds.version));
}

/** folded name -> entity ids that use it, for held-out labels given by name. */
export function nameResolver(datasetFile = DATASET_FILE): (name: string) => string[] {
  const ds = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset;
  const byKey = new Map<string, string[]>();
  // Spelling variants too: a label written "Centre" names the entity whose name says "Center".
  for (const e of ds.entities) for (const n of namesOf(e)) for (const v of spellingVariants(normaliseName(n))) { const k = foldKey(v); const l = byKey.get(k) ?? []; if (!l.includes(e.id)) l.push(e.id); byKey.set(k, l); }
  return (name) => byKey.get(foldKey(name)) ?? [];
}

export function mentionsOfHtml(matcher: Matcher, html: string): Expected[] {
  const window = new Window({ url: 'http://127.0.0.1/' });
  window.document.write(html);
  // A closed <details> is read when the reader opens it (the scanner watches its "open" attribute, tested in
  // tests/e2e/core-flow.e2e.ts): its text is what the reader can read, so it is scored as opened.
  for (const d of window.document.querySelectorAll('details')) d.setAttribute('open', '');
  const g = gatherText(window.document.body as unknown as Node, window.document as unknown as Document);
  const ctx = newMatchContext();
  const ms = [...matcher.match(g.text, ctx), ...matcher.settle(ctx).add].sort((a, b) => a.start - b.start);
  const found = ms.map((m) => ({ text: domText(g, m.start, m.end), entity: matcher.entityId(m.entity) }));
  window.close();
  return found;
}

/**
 * The text a highlight of gathered offsets [start, end) covers in the DOM, as Range.toString() gives it: the
 * text nodes' data only, without the separators the gatherer puts between blocks and for <br>.
 */
function domText(g: Gathered, start: number, end: number): string {
  let out = '';
  for (let i = locate(g, start).index; i < g.nodes.length; i++) {
    const a = g.starts[i];
    const b = a + g.nodes[i].data.length;
    if (b <= start) continue;
    if (a >= end) break;
    out += g.nodes[i].data.slice(Math.max(0, start - a), Math.min(b, end) - a);
  }
  return out;
}

export function evaluatePage(matcher: Matcher, file: string, dir = PAGES_DIR, resolve?: (name: string) => string[]): PageResult {
  const html = readFileSync(join(dir, file), 'utf8');
  const exp = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.expected.json')), 'utf8')) as { style: string; mentions: ExpectedByName[] };
  const found = mentionsOfHtml(matcher, html);
  // An expected mention is met by a found one with the same text and an acceptable entity.
  // Held-out labels name an entity in the labeller's own taxonomy: a found entity that carries the very
  // text as one of its names (e.g. "APT42" labelled as Charming Kitten) counts, and is reported as a naming difference.
  const ok = (want: ExpectedByName, got: Expected) => want.text === got.text && (want.entity ? want.entity === got.entity : (resolve?.(want.name ?? '') ?? []).includes(got.entity) || (resolve?.(want.text) ?? []).includes(got.entity));
  const open = [...exp.mentions];
  const falsePositives: Expected[] = [];
  let tp = 0;
  for (const m of found) {
    const i = open.findIndex((w) => ok(w, m));
    if (i >= 0) { open.splice(i, 1); tp++; } else falsePositives.push(m);
  }
  const label = (w: ExpectedByName): Expected => ({ text: w.text, entity: w.entity ?? `${w.name} (${(resolve?.(w.name ?? '') ?? []).join(', ') || 'not in dataset'})` });
  return { page: file, style: exp.style, expected: exp.mentions.map(label), found, tp, falsePositives, falseNegatives: open.map(label) };
}

export function evaluateAll(matcher = loadMatcher(), dir = PAGES_DIR): PageResult[] {
  if (!existsSync(dir)) return [];
  const resolve = dir === PAGES_DIR ? undefined : nameResolver();
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => evaluatePage(matcher, f, dir, resolve));
}

export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
