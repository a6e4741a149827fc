/** npm run eval: precision, recall and F1 of the matcher on tests/fixtures/pages, per kind and per page, with every error listed. */
import { evaluateAll, score, loadMatcher } from '../tests/eval/evaluate';

const matcher = loadMatcher();
const kindOf = (id: string) => id.split('/')[0];
const results = evaluateAll(matcher);
const byKind = new Map<string, { tp: number; fp: number; fn: number }>();
const bump = (k: string, f: 'tp' | 'fp' | 'fn') => { const v = byKind.get(k) ?? { tp: 0, fp: 0, fn: 0 }; v[f]++; byKind.set(k, v); };
let tp = 0, fp = 0, fn = 0, trapHits = 0;
const pct = (x: number) => x.toFixed(3);
console.log('page'.padEnd(44), 'style'.padEnd(12), 'exp', 'found', ' P      R      F1');
for (const r of results) {
  const s = score(r.tp, r.falsePositives.length, r.falseNegatives.length);
  tp += s.tp; fp += s.fp; fn += s.fn;
  if (r.style === 'trap') trapHits += r.found.length;
  r.found.forEach((m) => { if (!r.falsePositives.includes(m)) bump(kindOf(m.entity), 'tp'); });
  r.falsePositives.forEach((m) => bump(kindOf(m.entity), 'fp'));
  r.falseNegatives.forEach((m) => bump(kindOf(m.entity), 'fn'));
  console.log(r.page.padEnd(44), r.style.padEnd(12), String(r.expected.length).padStart(3), String(r.found.length).padStart(5), ` ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`);
  for (const m of r.falsePositives) console.log(`    FP  ${JSON.stringify(m.text)} -> ${m.entity}`);
  for (const m of r.falseNegatives) console.log(`    FN  ${JSON.stringify(m.text)} (${m.entity})`);
}
console.log('\nper kind');
for (const [k, v] of [...byKind].sort()) { const s = score(v.tp, v.fp, v.fn); console.log(`  ${k.padEnd(8)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${v.tp}, fp ${v.fp}, fn ${v.fn})`); }
const all = score(tp, fp, fn);
console.log(`\nall: ${results.length} pages, precision ${pct(all.precision)}, recall ${pct(all.recall)}, F1 ${pct(all.f1)} (tp ${tp}, fp ${fp}, fn ${fn}); highlights on trap pages: ${trapHits}`);
