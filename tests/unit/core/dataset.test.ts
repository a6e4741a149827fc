import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/dataset/schema';
import { isHttpUrl, validateEntity } from '../../../src/core/dataset/schema';
import { namesOf, validateDataset } from '../../../src/core/dataset/validate';
import { bakeHints, buildDataset, deriveOverlaps } from '../../../src/core/dataset/build';
import { countDataset } from '../../../src/core/dataset/stats';
import { effectiveMatch } from '../../../src/core/matcher/rules';
import { ROOT, isOrdinary, readFixture } from './small-matcher';

const run = promisify(execFile);
const U = '2026-11-22';
const entity = (id: string, name: string, aliases: string[] = [], extra: Partial<Entity> = {}): Entity => ({
  id, kind: id.startsWith('actor/') ? 'threat-actor' : (id.split('/')[0] as Entity['kind']), name,
  aliases: aliases.map((n) => ({ name: n })), references: [{ url: `https://example.org/${id}` }], updated: U, ...extra,
});

/** Refusals: fixture file -> what the problem message must name. */
const REFUSALS: [string, RegExp, RegExp][] = [
  ['bad-schema.json', /kind must be one of/, /\.kind$/],
  ['duplicate-id.json', /duplicate id actor\/apt28/, /^actor\/apt28$/],
  ['shared-alias-unmarked.json', /name "fancybear" is also used by actor\/(apt28|salt-typhoon).*ambiguous/, /^actor\/(apt28|salt-typhoon)$/],
  ['bad-reference-url.json', /reference must be an http\(s\) URL/, /\.references\[[01]\]\.url$/],
  ['no-reference.json', /at least one reference is required/, /\.references$/],
];

describe('validateDataset', () => {
  it('accepts the small fixture', () => {
    const r = validateDataset(readFixture('small.json'));
    expect(r.ok ? [] : r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  for (const [file, message, path] of REFUSALS) {
    it(`refuses ${file} and names the cause`, () => {
      const r = validateDataset(readFixture(file));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problems.length).toBeGreaterThan(0);
      const hit = r.problems.find((p) => message.test(p.message));
      expect(hit, JSON.stringify(r.problems)).toBeDefined();
      expect(hit!.path).toMatch(path);
    });
  }

  it('reports both bad URLs (javascript: and ftp:)', () => {
    const r = validateDataset(readFixture('bad-reference-url.json'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.filter((p) => /http\(s\) URL/.test(p.message)).map((p) => p.path).sort()).toEqual(
      [expect.stringMatching(/references\[0\]\.url$/), expect.stringMatching(/references\[1\]\.url$/)],
    );
  });

  it('reports an unmarked shared alias on both entities', () => {
    const r = validateDataset(readFixture('shared-alias-unmarked.json'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path).sort()).toEqual(['actor/apt28', 'actor/salt-typhoon']);
  });

  it('accepts a shared alias once it is marked ambiguous on both sides, and not on one side only', () => {
    const a = entity('actor/a', 'Alpha', ['Shared Name']);
    const b = entity('actor/b', 'Beta', ['shared-name']);
    const ds = (x: Entity, y: Entity) => ({ schemaVersion: 1, version: 'v', entities: [x, y] });
    expect(validateDataset(ds(a, b)).ok).toBe(false);
    const am = { ...a, aliases: [{ name: 'Shared Name', ambiguous: ['actor/b'] }] };
    const bm = { ...b, aliases: [{ name: 'shared-name', ambiguous: ['actor/a'] }] };
    expect(validateDataset(ds(am, b)).ok).toBe(false);
    expect(validateDataset(ds(am, bm)).ok).toBe(true);
  });

  it('refuses relations and ambiguity marks that point at unknown entities', () => {
    const r1 = validateDataset({ schemaVersion: 1, version: 'v', entities: [entity('actor/a', 'Alpha', [], { relations: [{ type: 'sponsor', id: 'agency/nope' }] })] });
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.problems[0].message).toMatch(/unknown entity agency\/nope/);
    const r2 = validateDataset({ schemaVersion: 1, version: 'v', entities: [{ ...entity('actor/a', 'Alpha'), aliases: [{ name: 'A1', ambiguous: ['actor/zz'] }] }] });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.problems[0].message).toMatch(/ambiguous with unknown entity actor\/zz/);
  });

  it('refuses non-objects, a wrong schema version and a bad version string', () => {
    for (const bad of [null, [], 'x', 42]) expect(validateDataset(bad).ok).toBe(false);
    const r = validateDataset({ schemaVersion: 2, version: 'has space', entities: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path).sort()).toEqual(['schemaVersion', 'version']);
    expect(validateDataset({ schemaVersion: 1, version: 'v' }).ok).toBe(false);
  });

  it('checks entity shapes: id prefix, dates, countries, match hints, names without letters', () => {
    const paths = (e: unknown) => validateEntity(e, 'e').map((p) => p.path);
    expect(paths(entity('agency/x', 'X'))).toEqual([]);
    expect(paths({ ...entity('agency/x', 'X'), kind: 'vendor' })).toEqual(['e.id']);
    expect(paths({ ...entity('actor/x', 'X'), updated: '22/11/2026' })).toEqual(['e.updated']);
    expect(paths({ ...entity('actor/x', 'X'), country: ['ru'] })).toEqual(['e.country[0]']);
    expect(paths({ ...entity('actor/x', 'X'), firstSeen: '2021-3' })).toEqual(['e.firstSeen']);
    expect(paths({ ...entity('actor/x', 'X'), aliases: [{ name: 'Y', match: { case: 'upper' } }] })).toEqual(['e.aliases[0].match.case']);
    expect(paths({ ...entity('actor/x', 'X'), aliases: [{ name: 'Y', match: { namesake: 'yes' } }] })).toEqual(['e.aliases[0].match.namesake']);
    expect(paths({ ...entity('actor/x', 'X'), aliases: [{ name: 'Y', match: { context: 'yes' } }] })).toEqual(['e.aliases[0].match.context']);
    expect(paths({ ...entity('actor/x', 'X'), id: 'actor/Has Caps' })).toEqual(['e.id']);
    expect(paths('nope')).toEqual(['e']);
    const r = validateDataset({ schemaVersion: 1, version: 'v', entities: [entity('actor/x', 'X', ['---'])] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/no letters or digits/);
  });

  it('isHttpUrl accepts only http(s) URLs with a host', () => {
    for (const u of ['https://example.org/', 'http://x.y/z?q=1']) expect(isHttpUrl(u), u).toBe(true);
    for (const u of ['javascript:alert(1)', 'ftp://example.org/x', 'data:text/html,hi', 'file:///etc/passwd', 'example.org', '', 42, 'https://' + 'a'.repeat(2050)]) expect(isHttpUrl(u), String(u).slice(0, 40)).toBe(false);
  });
});

describe('scripts/build-dataset.ts', () => {
  const dirs: string[] = [];
  afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  async function build(entities: unknown): Promise<{ code: number; stdout: string; stderr: string; out: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'tc-build-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'threat-actors.json'), JSON.stringify(entities));
    const out = join(dir, 'out', 'dataset.json');
    try {
      const r = await run(tsx, ['scripts/build-dataset.ts', dir, out], { cwd: ROOT });
      return { code: 0, stdout: r.stdout, stderr: r.stderr, out };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr, out };
    }
  }

  it('builds the small fixture and writes a valid dataset', async () => {
    const r = await build(readFixture('small.json').entities);
    expect(r.stderr).not.toMatch(/problem/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/14 entities/);
    const written = JSON.parse(readFileSync(r.out, 'utf8'));
    expect(validateDataset(written).ok).toBe(true);
    expect(written.entities.map((e: Entity) => e.id)).toEqual([...written.entities.map((e: Entity) => e.id)].sort());
  }, 60_000);

  for (const [file, message] of REFUSALS) {
    it(`exits non-zero on ${file} and names the cause on stderr`, async () => {
      const r = await build(readFixture(file).entities);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/dataset: \d+ problem\(s\)/);
      expect(r.stderr).toMatch(message);
      expect(existsSync(r.out)).toBe(false);
    }, 60_000);
  }

  it('exits non-zero on a file that is not JSON or not an array', async () => {
    const r1 = await build({ not: 'an array' });
    expect(r1.code).not.toBe(0);
    expect(r1.stderr).toMatch(/must be a JSON array/);
    const dir = mkdtempSync(join(tmpdir(), 'tc-build-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'agencies.json'), '[{');
    const r2 = await run(tsx, ['scripts/build-dataset.ts', dir, join(dir, 'o.json')], { cwd: ROOT }).then(() => ({ code: 0, stderr: '' }), (e) => e as { code: number; stderr: string });
    expect(r2.code).not.toBe(0);
    expect(r2.stderr).toMatch(/agencies\.json: not valid JSON/);
  }, 60_000);
});

describe('countDataset', () => {
  it('counts folded names once across spellings and entities', () => {
    const es = [
      entity('actor/apt28', 'APT28', ['APT 28', 'apt-28', 'A.P.T. 28', 'Fancy Bear']),
      entity('actor/other', 'Other', ['FANCY BEAR', 'fancy-bear']),
      entity('agency/cn-mss', 'MSS', ['M.S.S.', 'mss']),
    ];
    const c = countDataset(es);
    expect(c.entities).toBe(3);
    expect(c.aliases).toBe(4); // apt28, fancybear, other, mss
    expect(c.byKind).toEqual({ 'threat-actor': 2, agency: 1, vendor: 0, product: 0 });
  });

  it('counts the small fixture', () => {
    const es = readFixture('small.json').entities;
    const c = countDataset(es);
    expect(c.entities).toBe(es.length);
    const keys = new Set(es.flatMap((e) => namesOf(e)).map((n) => n.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
    expect(c.aliases).toBe(keys.size);
  });
});

describe('bakeHints and buildDataset', () => {
  it('keeps an author\'s qualified mark when it writes the derived rule', () => {
    const e = { id: 'agency/pl-abw', kind: 'agency' as const, name: 'ABW', country: ['PL'], aliases: [{ name: 'Internal Security Agency', match: { qualified: true } }], references: [{ url: 'https://example.org/' }], updated: '2026-12-01' };
    const baked = bakeHints(e, () => true);
    expect(baked.aliases.find((a) => a.name === 'Internal Security Agency')?.match).toEqual({ case: 'exact', context: false, off: false, qualified: true });
  });
  const pegasus = entity('product/pegasus', 'Pegasus');
  it('gives "Pegasus" the context rule when the word list knows "pegasus"', () => {
    const baked = bakeHints(pegasus, (w) => w === 'pegasus');
    const rows = [{ name: baked.name }, ...baked.aliases].filter((a) => a.name === 'Pegasus');
    // The baked alias (or the canonical name when no alias is written) needs context and the exact case.
    const rule = effectiveMatch(baked.aliases.find((a) => a.name === 'Pegasus') ?? rows[0]);
    expect(rule).toEqual({ case: 'exact', context: true, off: false });
  });
  it('writes an explicit "any case, no context" hint when the word list does not know the name', () => {
    const baked = bakeHints(pegasus, () => false);
    expect(baked.aliases[0]).toEqual({ name: 'Pegasus', match: { case: 'any', context: false, off: false } });
    // At run time (no dictionary) that hint is what keeps the name from needing context.
    expect(effectiveMatch(baked.aliases[0])).toEqual({ case: 'any', context: false, off: false });
  });
  it('keeps a complete explicit hint as it is', () => {
    const e = { ...pegasus, aliases: [{ name: 'Pegasus', match: { case: 'any' as const, context: true, off: false } }] };
    expect(bakeHints(e, (w) => w === 'pegasus').aliases[0].match).toEqual({ case: 'any', context: true, off: false });
  });
  it('completes a partial hint from the dictionary', () => {
    const e = { ...pegasus, aliases: [{ name: 'Pegasus', match: { case: 'exact' as const } }] };
    expect(bakeHints(e, () => false).aliases[0].match).toEqual({ case: 'exact', context: false, off: false });
    expect(bakeHints(e, (w) => w === 'pegasus').aliases[0].match).toEqual({ case: 'exact', context: true, off: false });
  });
  it('with the real word list: Pegasus/Predator/Lazarus need context, Intellexa does not', () => {
    const ds = readFixture('small.json');
    const built = buildDataset([ds.entities], isOrdinary, 'v');
    expect(built.ok).toBe(true);
    const rule = (id: string, name: string) => {
      const e = built.dataset!.entities.find((x) => x.id === id)!;
      return effectiveMatch(e.aliases.find((a) => a.name === name) ?? { name });
    };
    expect(rule('product/pegasus', 'Pegasus').context).toBe(true);
    expect(rule('product/predator', 'Predator').context).toBe(true);
    expect(rule('actor/lazarus-group', 'Lazarus').context).toBe(true);
    expect(rule('vendor/intellexa', 'Intellexa')).toEqual({ case: 'any', context: false, off: false });
    expect(rule('actor/salt-typhoon', 'GhostEmperor')).toEqual({ case: 'any', context: false, off: false });
  });
  it('buildDataset refuses the bad fixtures and versions the good one from its content', () => {
    for (const [file] of REFUSALS) expect(buildDataset([readFixture(file).entities], isOrdinary).ok, file).toBe(false);
    const es = readFixture('small.json').entities;
    const a = buildDataset([es], isOrdinary);
    const b = buildDataset([[...es].reverse()], isOrdinary);
    expect(a.ok && b.ok).toBe(true);
    expect(a.dataset!.version).toBe(b.dataset!.version);
    expect(a.dataset!.version).toMatch(/^2026\.11\.22-[0-9a-z]+$/);
  });
});

describe('deriveOverlaps', () => {
  it('relates two actors that share a name, on both sides, once', () => {
    const base = { kind: 'threat-actor' as const, references: [{ url: 'https://example.org/' }], updated: '2026-01-01' };
    const out = deriveOverlaps([
      { ...base, id: 'actor/a', name: 'A', aliases: [{ name: 'Shared', ambiguous: ['actor/b'] }, { name: 'Shared Too', ambiguous: ['actor/b'] }] },
      { ...base, id: 'actor/b', name: 'B', aliases: [{ name: 'Shared', ambiguous: ['actor/a'] }] },
      { ...base, id: 'actor/c', name: 'C', aliases: [] },
    ]);
    expect(out[0].relations).toEqual([{ type: 'overlaps', id: 'actor/b', note: 'both go by "Shared"' }]);
    expect(out[1].relations).toEqual([{ type: 'overlaps', id: 'actor/a', note: 'both go by "Shared"' }]);
    expect(out[2].relations).toBeUndefined();
  });
});
