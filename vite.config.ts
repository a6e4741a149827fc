/**
 * Builds dist/chrome and dist/firefox from the one manifest.json: `vite build --mode chrome|firefox`.
 * Every per-browser difference is applied in manifestFor() below, and nowhere else.
 */
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';

type Target = 'chrome' | 'firefox';

function manifestFor(target: Target): ManifestV3Export {
  const m = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
  if (target === 'firefox') {
    // Firefox ESR runs MV3 backgrounds as event pages (scripts), not service workers.
    m.background = { scripts: [m.background.service_worker], type: 'module' };
  } else {
    delete m.browser_specific_settings;
  }
  return m;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target })],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      minify: true,
      // The content script's lazy chunk (the card view) must load without vite's preload helper, which adds
      // <link rel="modulepreload"> elements to the page's own <head>: we never touch the page's DOM.
      modulePreload: false,
    },
    legacy: { skipWebSocketTokenCheck: true },
  };
});
