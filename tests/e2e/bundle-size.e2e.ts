/**
 * The content script as built (issue 5: under 60 KB gzipped on every page; the card's view and the clipping
 * code load when first needed). Sizes in bytes, gzip level 9, measured by the same code as `npm run bench`.
 * Bytes, not time: a deterministic property of the build, so it belongs in the suite.
 */
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../scripts/bench/bundle-size';
import { distDirs } from './harness/browsers';

for (const [browser, dir] of Object.entries(distDirs())) {
  describe(`content-script bundle (${browser})`, () => {
    const sizes = bundleSizes(dir);
    it('is built', () => expect(sizes.note).toBeUndefined());
    it('loads under 60,000 bytes of gzipped JS on every page', () => {
      expect(sizes.ok).toBe(true);
      expect(sizes.eagerGzip).toBeGreaterThan(10_000); // the walk found the matcher's chunks, not just the loader
      expect(sizes.eagerGzip).toBeLessThan(60_000);
    });
    it('loads the card view and the clipping code only through a dynamic import', () => {
      const lazy = sizes.files.filter((f) => f.lazy).map((f) => f.file);
      expect(lazy.some((f) => /\/card-view-/.test(f))).toBe(true);
      expect(lazy.some((f) => /\/clip-/.test(f))).toBe(true);
      expect(sizes.files.filter((f) => !f.lazy).some((f) => /\/(card-view|clip)-/.test(f.file))).toBe(false);
    });
  });
}
