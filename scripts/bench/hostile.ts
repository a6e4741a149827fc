/**
 * The matcher on hostile text shapes, outside the browser: each shape is one text of N and of 2N code units
 * (no block breaks but where the shape has them, so a whole shape is one block, the worst case for rules that
 * look around a hit), matched with the real dataset. Prints ms per MB against ordinary prose measured in the
 * same run, and the growth from N to 2N (2.0 is linear; 4.0 would be quadratic). Best of `runs`.
 * Usage: tsx scripts/bench/hostile.ts [N=100000] [runs=3]
 */
import { readFileSync } from 'node:fs';
import type { Entity } from '../../src/core/dataset/schema';
import { compileMatcher } from '../../src/core/matcher/compile';
import { Matcher, newMatchContext } from '../../src/core/matcher/match';
import { BLOCK_BREAK } from '../../src/core/normalise';

const N = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);
const ds = JSON.parse(readFileSync('public/dataset.json', 'utf8')) as { version: string; entities: Entity[] };
const m = new Matcher(compileMatcher(ds.entities, ds.version));

const shapes: Record<string, string> = {
  'prose, in paragraphs': `Hackers linked to the GRU and Fancy Bear breached the network, the FBI said on Tuesday. ${BLOCK_BREAK}`,
  'prose, one block': 'Hackers linked to the GRU and Fancy Bear breached the network, the FBI said on Tuesday. ',
  'title case': 'Hackers Linked To The GRU And Fancy Bear Breached The Network Lazarus Gold Silence ',
  'plain words, lower case': 'the gold and silence of the sandworm in play with mercury and ice and the predator ',
  'plain words, capitalised': 'Gold Silence Sandworm Play Mercury Ice Predator Lazarus Conti Akira Snake Tick ',
  'plain words, capitals': 'GOLD SILENCE SANDWORM PLAY MERCURY ICE PREDATOR LAZARUS CONTI AKIRA SNAKE TICK MSS NSA ',
  'acronyms and brackets': 'the MSS, the NSA (NSA) and the FSB (FSB) with CIA CIA CIA NSO NSO ',
  'defined acronyms': 'the Meridian Press Service (MPS) and MPS and the National Symphony Orchestra (NSO) NSO ',
  'surnames': 'Mr. Lazarus and Anna Conti met Ben Gold. Lazarus said Conti and Gold hackers. ',
  'dotted abbreviations': 'the M.S.S. and N.S.A. and C.I.A. and F.B.I. hackers ',
  'one long word': 'a'.repeat(5000) + ' ',
  'a name per block': `GRU${BLOCK_BREAK}`,
  'countries and agencies': "Russia's Lithuania's Poland's State Security Department and National Security Agency of Iran and China ",
  'Cyrillic': 'хакеры ГРУ и ФСБ и СВР атаковали ',
};

function time(text: string): { ms: number; mentions: number } {
  let ms = Infinity;
  let mentions = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const ctx = newMatchContext();
    mentions = m.match(text, ctx).length + m.settle(ctx).add.length;
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, mentions };
}

const of = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
let base = 0;
console.log(`N = ${N} code units; ms per MB of text, and the ratio to prose in paragraphs measured in this run`);
for (const [name, unit] of Object.entries(shapes)) {
  const a = time(of(unit, N));
  const b = time(of(unit, 2 * N));
  const perMb = (b.ms / (2 * N)) * 1e6;
  if (!base) base = perMb;
  console.log(`${name.padEnd(26)} ${perMb.toFixed(0).padStart(6)} ms/MB  ${(perMb / base).toFixed(1).padStart(5)}x prose  N -> 2N: ${(b.ms / a.ms).toFixed(1)}x  (${b.mentions} mentions at 2N)`);
}
