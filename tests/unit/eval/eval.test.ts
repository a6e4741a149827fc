// The matcher on the labelled evaluation pages (happy-dom, same gatherer and matcher as the extension):
// the targets, precision >= 0.99, recall >= 0.98 and no highlight at all on trap pages.
import { beforeAll, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateAll, score, PAGES_DIR } from '../../eval/evaluate';

beforeAll(() => {
  const root = join(import.meta.dirname, '..', '..', '..');
  if (!existsSync(join(root, 'public', 'dataset.json'))) execFileSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/build-dataset.ts'], { cwd: root });
});

it('meets the precision, recall and trap targets on the labelled pages', () => {
  const results = evaluateAll(undefined, PAGES_DIR);
  expect(results.length).toBeGreaterThanOrEqual(50);
  let tp = 0, fp = 0, fn = 0;
  for (const r of results) { tp += r.tp; fp += r.falsePositives.length; fn += r.falseNegatives.length; }
  const s = score(tp, fp, fn);
  const errors = results.flatMap((r) => [...r.falsePositives.map((m) => `FP ${r.page} ${m.text} -> ${m.entity}`), ...r.falseNegatives.map((m) => `FN ${r.page} ${m.text} (${m.entity})`)]);
  expect(s.precision, errors.join('\n')).toBeGreaterThanOrEqual(0.99);
  expect(s.recall, errors.join('\n')).toBeGreaterThanOrEqual(0.98);
  const traps = results.filter((r) => r.style === 'trap');
  expect(traps.length).toBeGreaterThanOrEqual(10);
  expect(traps.flatMap((r) => r.found)).toEqual([]);
});
