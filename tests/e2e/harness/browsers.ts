/**
 * One interface over Chromium (playwright-core) and Firefox ESR (puppeteer-core over
 * WebDriver BiDi) with an unpacked MV3 extension loaded. See tests/e2e/harness/README.md.
 *
 *   const b = await launchBrowser('firefox', 'dist/firefox');
 *   const page = await b.newPage(`${srv.url}/article.html`);
 *   await b.sendToTab(srv.url, { type: 'page/title' });
 *   await b.close();
 *
 * Extension-context calls (sendToTab, sendToBackground, tabIdOf) run inside an extension
 * page that the harness keeps open (the manifest's action.default_popup, else
 * options_ui.page / options_page, else the first *.html at the extension root), so the
 * background sees a sender from its own origin. Every wait is a condition with a timeout.
 *
 * Code handed to evaluate/waitForFunction is sent as a string expression
 * `(fn)(...JSON args)`: arguments must be JSON-serialisable, and the function cannot
 * close over test-side variables.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type BrowserName = 'chromium' | 'firefox';
export const ALL_BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface WaitOptions {
  timeout?: number;
  /** Poll interval in ms (default 100). */
  polling?: number;
}

type PageFn<T> = string | ((...args: any[]) => T | Promise<T>);

export interface TestPage {
  readonly browserName: BrowserName;
  /** Evaluate in the page's main world. Functions are serialised; args must be JSON-serialisable. */
  evaluate<T = unknown>(fn: PageFn<T>, ...args: unknown[]): Promise<T>;
  /** Move the mouse to (x, y) in CSS pixels of the viewport (3 intermediate steps). */
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  /** Press a key ('Enter', 'Escape', 'ArrowDown', 'a', ...). */
  press(key: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  click(selector: string): Promise<void>;
  /**
   * Wait until fn(...args) is truthy in the page; returns its value. A trailing
   * `{ timeout?, polling? }` object (only those keys) is taken as options; default 10 s.
   */
  waitForFunction<T = unknown>(fn: PageFn<T>, ...argsAndOptions: unknown[]): Promise<T>;
  screenshot(filePath: string): Promise<void>;
  url(): string;
  /** Bring this tab to the front (Firefox throttles timers/rAF in background tabs). */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** The underlying playwright-core Page (chromium) or puppeteer-core Page (firefox). */
  raw: any;
}

export interface ExtBrowser {
  name: BrowserName;
  /** Extension origin, e.g. chrome-extension://<id> or moz-extension://<uuid> (no trailing slash). */
  extensionOrigin: string;
  /** Parsed manifest.json of the loaded extension. */
  manifest: any;
  /** Milliseconds from launch start to "extension ready". */
  launchMs: number;
  newPage(url: string, opts?: { timeout?: number }): Promise<TestPage>;
  /** Open a page of the extension, path relative to the extension root ('src/ui/popup/index.html?tab=1'). */
  openExtensionPage(extPath: string, opts?: { timeout?: number }): Promise<TestPage>;
  /**
   * browser.tabs.sendMessage to the tab whose URL starts with tabUrlPrefix, from an extension
   * page. Retries while the content script is not listening yet ("Receiving end does not exist").
   */
  sendToTab(tabUrlPrefix: string, message: unknown, opts?: { timeout?: number; frameId?: number }): Promise<unknown>;
  /** runtime.sendMessage from an extension page; resolves with the response. */
  sendToBackground(message: unknown, opts?: { timeout?: number }): Promise<unknown>;
  /** Tab id of the (first) tab whose URL starts with urlPrefix; waits for it to appear. */
  tabIdOf(urlPrefix: string, opts?: { timeout?: number }): Promise<number>;
  /** Evaluate in the harness's own extension page (has chrome.* / browser.*). */
  evaluateInExtension<T = unknown>(fn: PageFn<T>, ...args: unknown[]): Promise<T>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra time allowed for the launch (ms). Default 60 s. */
  launchTimeout?: number;
  /** Extra Chromium args. */
  args?: string[];
  /** Fixed moz-extension UUID for Firefox. */
  firefoxUuid?: string;
  /** Extra Firefox prefs. */
  firefoxPrefs?: Record<string, unknown>;
}

export const DEFAULT_FIREFOX_UUID = '6f1b7c9e-2d4a-4e8b-9c3f-0a1b2c3d4e5f';
const DEFAULT_TIMEOUT = 10_000;
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the build puts each browser's unpacked extension. */
export function distDirs(root = REPO_ROOT): Record<BrowserName, string> {
  return { chromium: path.join(root, 'dist/chrome'), firefox: path.join(root, 'dist/firefox') };
}

/** Browsers selected by E2E_BROWSERS=chromium,firefox (default both). */
export function selectedBrowsers(env = process.env.E2E_BROWSERS): BrowserName[] {
  if (!env?.trim()) return [...ALL_BROWSERS];
  const wanted = env.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = wanted.filter((w) => !(ALL_BROWSERS as readonly string[]).includes(w));
  if (bad.length) throw new Error(`E2E_BROWSERS: unknown browser(s) ${bad.join(', ')}; use chromium,firefox`);
  return ALL_BROWSERS.filter((b) => wanted.includes(b));
}

export function launchBrowser(name: BrowserName, distDir: string, opts: LaunchOptions = {}): Promise<ExtBrowser> {
  return name === 'chromium' ? launchChromium(distDir, opts) : launchFirefox(distDir, opts);
}

/** Launch the selected browsers one after another; the caller must close each one. */
export async function* launchAll(
  dists: Partial<Record<BrowserName, string>> = distDirs(),
  opts: LaunchOptions = {},
): AsyncGenerator<ExtBrowser> {
  for (const name of selectedBrowsers()) {
    const dir = dists[name];
    if (!dir) throw new Error(`launchAll: no extension directory given for ${name}`);
    yield await launchBrowser(name, dir, opts);
  }
}

// ---------------------------------------------------------------------------------------
// helpers

function which(cmd: string): string {
  try {
    const p = execSync(`command -v ${cmd}`, { shell: '/bin/sh', encoding: 'utf8' }).trim();
    if (p) return p;
  } catch {
    /* fallthrough */
  }
  throw new Error(`${cmd} not found on PATH (install Debian's package: apt-get install -y ${cmd})`);
}

export function readManifest(distDir: string): any {
  const file = path.join(distDir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`no manifest.json in ${distDir} (build the extension first?)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The extension page the harness keeps open for chrome.* and browser.* calls. */
export function controlPagePath(manifest: any, distDir: string): string {
  const candidates = [
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    manifest.options_page,
    manifest.side_panel?.default_path,
  ].filter((p): p is string => typeof p === 'string' && p.length > 0);
  if (candidates[0]) return candidates[0].replace(/^\//, '');
  const html = readdirSync(distDir).find((f) => f.endsWith('.html'));
  if (html) return html;
  throw new Error(`no extension page found in ${distDir} (need action.default_popup or an .html file)`);
}

/** Chromium's id for an unpacked extension: sha256(absolute path) -> 32 chars a..p. */
export function chromiumUnpackedId(distDir: string): string {
  const hex = createHash('sha256').update(realpathSync(distDir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll fn until it returns a value other than undefined. Errors with `fatal: true` end the wait at once; others are retried and the last one is reported on timeout. */
async function pollUntil<T>(fn: () => Promise<T | undefined>, timeout: number, what: string, interval = 100): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastErr: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) {
      if ((e as { fatal?: boolean } | null)?.fatal) throw e;
      lastErr = e;
    }
    if (Date.now() > deadline) {
      const detail = lastErr ? `: ${lastErr instanceof Error ? lastErr.message : String(lastErr)}` : '';
      throw new Error(`timed out after ${timeout} ms: ${what}${detail}`);
    }
    await delay(interval);
  }
}

/** `(fn)(...args)` as an expression string; a harmless __name shim covers keepNames transforms. */
/** A page factory that hands out the browser's initial blank tab once, then opens new ones. */
function reuseFirstBlank<P extends { isClosed(): boolean }>(first: P | undefined, open: () => Promise<P>): () => Promise<P> {
  let used = !first;
  return async () => {
    if (!used && !first!.isClosed()) { used = true; return first!; }
    return open();
  };
}

function toExpression(fn: PageFn<unknown>, args: unknown[]): string {
  if (typeof fn === 'string') {
    if (args.length) throw new Error('evaluate: args are only supported with a function');
    return fn;
  }
  return `(() => { const __name = (f) => f; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
}

function splitOptions(argsAndOptions: unknown[]): { args: unknown[]; options: WaitOptions } {
  const last = argsAndOptions[argsAndOptions.length - 1];
  if (
    last &&
    typeof last === 'object' &&
    !Array.isArray(last) &&
    Object.keys(last).length > 0 &&
    Object.keys(last).every((k) => k === 'timeout' || k === 'polling')
  ) {
    return { args: argsAndOptions.slice(0, -1), options: last as WaitOptions };
  }
  return { args: argsAndOptions, options: {} };
}

/** Code run inside the control extension page. Returns JSON so both drivers serialise alike. */
const EXT_API = `(globalThis.browser && globalThis.browser.runtime ? globalThis.browser : globalThis.chrome)`;
function extCall(body: string): string {
  return `(async () => { const api = ${EXT_API};
    try { const v = await (async () => { ${body} })(); return JSON.stringify({ ok: true, v: v === undefined ? null : v, u: v === undefined }); }
    catch (e) { return JSON.stringify({ ok: false, error: String((e && e.message) || e) }); } })()`;
}
interface ExtResult {
  ok: boolean;
  v?: unknown;
  u?: boolean;
  error?: string;
}

// ---------------------------------------------------------------------------------------
// Common driver-independent implementation

interface Driver {
  name: BrowserName;
  extensionOrigin: string;
  manifest: any;
  launchMs: number;
  controlPath: string;
  newRawPage(): Promise<any>;
  gotoPage(raw: any, url: string, timeout: number): Promise<void>;
  gotoExtensionPage(raw: any, url: string, timeout: number): Promise<void>;
  wrap(raw: any, knownUrl?: string): TestPage;
  isClosed(raw: any): boolean;
  shutdown(): Promise<void>;
}

class HarnessBrowser implements ExtBrowser {
  private control: TestPage | undefined;
  private controlOpening: Promise<TestPage> | undefined;
  private closing: Promise<void> | undefined;
  /** Tab ids learned when the harness opened a page (fallback for tabs.query without URL access). */
  private knownTabs = new Map<TestPage, number>();

  constructor(private d: Driver) {}

  get name() {
    return this.d.name;
  }
  get extensionOrigin() {
    return this.d.extensionOrigin;
  }
  get manifest() {
    return this.d.manifest;
  }
  get launchMs() {
    return this.d.launchMs;
  }

  async init(timeout: number) {
    await this.controlPage(timeout);
  }

  private async controlPage(timeout = 30_000): Promise<TestPage> {
    if (this.control && !this.d.isClosed(this.control.raw) && this.control.url().startsWith(this.d.extensionOrigin)) {
      return this.control;
    }
    this.controlOpening ??= (async () => {
      try {
        const raw = await this.d.newRawPage();
        await this.d.gotoExtensionPage(raw, `${this.d.extensionOrigin}/${this.d.controlPath}`, timeout);
        const page = this.d.wrap(raw, `${this.d.extensionOrigin}/${this.d.controlPath}`);
        // The extension API must be there (it is not if the URL was refused).
        await page.waitForFunction(
          `!!(${EXT_API} && ${EXT_API}.runtime && ${EXT_API}.runtime.id)`,
          { timeout },
        );
        this.control = page;
        return page;
      } finally {
        this.controlOpening = undefined;
      }
    })();
    return this.controlOpening;
  }

  private async ext(body: string): Promise<ExtResult> {
    const page = await this.controlPage();
    const json = await page.evaluate<string>(extCall(body));
    return JSON.parse(json) as ExtResult;
  }

  async evaluateInExtension<T = unknown>(fn: PageFn<T>, ...args: unknown[]): Promise<T> {
    const page = await this.controlPage();
    return page.evaluate<T>(fn, ...args);
  }

  private async listTabs(): Promise<{ id: number; url: string | null }[]> {
    const r = await this.ext(
      `const tabs = await api.tabs.query({}); return tabs.map((t) => ({ id: t.id, url: t.url || t.pendingUrl || null }));`,
    );
    if (!r.ok) throw new Error(`tabs.query failed: ${r.error}`);
    return r.v as { id: number; url: string | null }[];
  }

  async newPage(url: string, opts: { timeout?: number } = {}): Promise<TestPage> {
    const timeout = opts.timeout ?? 30_000;
    await this.controlPage();
    const before = new Set((await this.listTabs()).map((t) => t.id));
    const raw = await this.d.newRawPage();
    const page = this.d.wrap(raw);
    try {
      await this.d.gotoPage(raw, url, timeout);
      const fresh = (await this.listTabs()).filter((t) => !before.has(t.id));
      if (fresh.length === 1) this.knownTabs.set(page, fresh[0]!.id);
    } catch (e) {
      await page.close().catch(() => {});
      throw e;
    }
    return page;
  }

  async openExtensionPage(extPath: string, opts: { timeout?: number } = {}): Promise<TestPage> {
    const timeout = opts.timeout ?? 30_000;
    const raw = await this.d.newRawPage();
    const url = `${this.d.extensionOrigin}/${extPath.replace(/^\//, '')}`;
    try {
      await this.d.gotoExtensionPage(raw, url, timeout);
    } catch (e) {
      await raw.close().catch(() => {});
      throw e;
    }
    return this.d.wrap(raw, url);
  }

  async tabIdOf(urlPrefix: string, opts: { timeout?: number } = {}): Promise<number> {
    let seen: { id: number; url: string | null }[] = [];
    try {
      return await pollUntil(
        async () => {
          seen = await this.listTabs();
          const hit = seen.find((t) => t.url === urlPrefix) ?? seen.find((t) => t.url?.startsWith(urlPrefix));
          if (hit) return hit.id;
          // Fallback: the tab URL may be hidden (no "tabs"/host permission); use what we recorded.
          for (const [page, id] of this.knownTabs) {
            if (!this.d.isClosed(page.raw) && page.url().startsWith(urlPrefix) && seen.some((t) => t.id === id)) return id;
          }
          return undefined;
        },
        opts.timeout ?? DEFAULT_TIMEOUT,
        `tab with URL starting ${urlPrefix}`,
      );
    } catch (e) {
      throw new Error(`${(e as Error).message}; tabs seen: ${JSON.stringify(seen)}`);
    }
  }

  async sendToTab(tabUrlPrefix: string, message: unknown, opts: { timeout?: number; frameId?: number } = {}) {
    const timeout = opts.timeout ?? DEFAULT_TIMEOUT;
    const tabId = await this.tabIdOf(tabUrlPrefix, { timeout });
    const sendOpts = opts.frameId === undefined ? '' : `, { frameId: ${JSON.stringify(opts.frameId)} }`;
    let last: ExtResult | undefined;
    return pollUntil(
      async () => {
        last = await this.ext(`return await api.tabs.sendMessage(${tabId}, ${JSON.stringify(message)}${sendOpts});`);
        if (last.ok) return { value: last.u ? undefined : last.v };
        if (NO_RECEIVER.test(last.error ?? '')) return undefined; // content script not ready yet
        throw Object.assign(new Error(`tabs.sendMessage to tab ${tabId} failed: ${last.error}`), { fatal: true });
      },
      timeout,
      `content script in tab ${tabId} (${tabUrlPrefix}) to answer ${JSON.stringify(message)}`,
    ).then((r) => r.value);
  }

  async sendToBackground(message: unknown, opts: { timeout?: number } = {}) {
    const timeout = opts.timeout ?? DEFAULT_TIMEOUT;
    // Retries only while nothing is listening (service worker still starting).
    return pollUntil(
      async () => {
        const r = await this.ext(`return await api.runtime.sendMessage(${JSON.stringify(message)});`);
        if (r.ok) return { value: r.u ? undefined : r.v };
        if (NO_RECEIVER.test(r.error ?? '')) return undefined;
        throw Object.assign(new Error(`runtime.sendMessage failed: ${r.error}`), { fatal: true });
      },
      timeout,
      `background to answer ${JSON.stringify(message)}`,
    ).then((r) => r.value);
  }

  close(): Promise<void> {
    this.closing ??= this.d.shutdown();
    return this.closing;
  }
}

// ---------------------------------------------------------------------------------------
// Chromium (playwright-core)

export async function launchChromium(distDir: string, opts: LaunchOptions = {}): Promise<ExtBrowser> {
  const { chromium } = await import('playwright-core');
  const dist = path.resolve(distDir);
  const manifest = readManifest(dist);
  const executablePath = which('chromium');
  const launchTimeout = opts.launchTimeout ?? 60_000;
  const t0 = Date.now();
  const profile = mkdtempSync(path.join(tmpdir(), 'e2e-chromium-'));
  let ctx: import('playwright-core').BrowserContext | undefined;
  const cleanup = async () => {
    if (ctx) {
      const c = ctx;
      ctx = undefined;
      await withTimeout(c.close(), 15_000, 'chromium close').catch(() => {
        // A stuck browser: the process handle is not public for persistent contexts; kill via the profile lock owner.
        killByProfile(profile);
      });
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  try {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      timeout: launchTimeout,
      viewport: { width: 1280, height: 800 },
      args: [
        `--disable-extensions-except=${dist}`,
        `--load-extension=${dist}`,
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-default-browser-check',
        ...(opts.args ?? []),
      ],
    });
    let id: string;
    if (manifest.background?.service_worker) {
      const worker =
        ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
        (await ctx.waitForEvent('serviceworker', {
          predicate: (w) => w.url().startsWith('chrome-extension://'),
          timeout: launchTimeout,
        }));
      id = new URL(worker.url()).host;
    } else {
      id = chromiumUnpackedId(dist);
    }
    const c = ctx;
    const driver: Driver = {
      name: 'chromium',
      extensionOrigin: `chrome-extension://${id}`,
      manifest,
      launchMs: 0,
      controlPath: controlPagePath(manifest, dist),
      newRawPage: () => c.newPage(),
      gotoPage: async (raw, url, timeout) => {
        await raw.goto(url, { timeout, waitUntil: 'load' });
      },
      gotoExtensionPage: async (raw, url, timeout) => {
        await raw.goto(url, { timeout, waitUntil: 'load' });
      },
      wrap: (raw) => wrapPlaywright(raw),
      isClosed: (raw) => raw.isClosed(),
      shutdown: cleanup,
    };
    // Reuse the initial about:blank tab for the control page.
    driver.newRawPage = reuseFirstBlank(c.pages().find((p) => p.url() === 'about:blank'), () => c.newPage());
    const b = new HarnessBrowser(driver);
    await b.init(launchTimeout);
    driver.launchMs = Date.now() - t0;
    return b;
  } catch (e) {
    await cleanup().catch(() => {});
    throw e;
  }
}

function killByProfile(profile: string) {
  try {
    // SingletonLock is a symlink "<host>-<pid>".
    const lock = readlinkSafe(path.join(profile, 'SingletonLock'));
    const pid = Number(lock?.split('-').pop());
    if (pid > 0) process.kill(pid, 'SIGKILL');
  } catch {
    /* ignore */
  }
}
function readlinkSafe(p: string): string | undefined {
  try {
    return readlinkSync(p);
  } catch {
    return undefined;
  }
}

function wrapPlaywright(raw: import('playwright-core').Page): TestPage {
  const page: TestPage = {
    browserName: 'chromium',
    raw,
    evaluate: (fn, ...args) => raw.evaluate(toExpression(fn, args)) as Promise<any>,
    mouseMove: (x, y, steps = 3) => raw.mouse.move(x, y, { steps }),
    press: (key) => raw.keyboard.press(key),
    keyboard: { press: (key) => raw.keyboard.press(key) },
    click: (selector) => raw.click(selector, { timeout: DEFAULT_TIMEOUT }),
    waitForFunction: async (fn, ...rest) => {
      const { args, options } = splitOptions(rest);
      // Polls with evaluate (CDP Runtime.evaluate) rather than raw.waitForFunction: the latter compiles the
      // predicate inside the page, which an extension page's CSP (no 'unsafe-eval') refuses.
      const expr = toExpression(fn, args);
      const timeout = options.timeout ?? DEFAULT_TIMEOUT;
      const deadline = Date.now() + timeout;
      let last: unknown;
      for (;;) {
        last = await raw.evaluate(expr).catch((e: Error) => { if (/Execution context was destroyed|navigation/i.test(e.message)) return undefined; throw e; });
        if (last) return last as any;
        if (Date.now() > deadline) throw new Error(`waitForFunction timed out after ${timeout} ms`);
        await new Promise((r) => setTimeout(r, options.polling ?? 100));
      }
    },
    screenshot: async (p) => {
      await raw.screenshot({ path: p });
    },
    url: () => raw.url(),
    bringToFront: () => raw.bringToFront(),
    close: async () => {
      if (!raw.isClosed()) await raw.close();
    },
  };
  return page;
}

// ---------------------------------------------------------------------------------------
// Firefox ESR (puppeteer-core, WebDriver BiDi)

export async function launchFirefox(distDir: string, opts: LaunchOptions = {}): Promise<ExtBrowser> {
  const puppeteer = (await import('puppeteer-core')).default;
  const dist = path.resolve(distDir);
  const manifest = readManifest(dist);
  const geckoId: string | undefined =
    manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  if (!geckoId) throw new Error(`${dist}/manifest.json has no browser_specific_settings.gecko.id (Firefox MV3 needs one)`);
  const uuid = opts.firefoxUuid ?? DEFAULT_FIREFOX_UUID;
  const executablePath = which('firefox-esr');
  const launchTimeout = opts.launchTimeout ?? 60_000;
  const t0 = Date.now();
  let browser: import('puppeteer-core').Browser | undefined;
  const cleanup = async () => {
    if (!browser) return;
    const b = browser;
    browser = undefined;
    const proc = b.process();
    await withTimeout(b.close(), 15_000, 'firefox close').catch(() => {
      proc?.kill('SIGKILL');
    });
    // puppeteer removes its temporary profile on close.
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      timeout: launchTimeout,
      protocolTimeout: 60_000,
      defaultViewport: { width: 1280, height: 800 },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        ...opts.firefoxPrefs,
      },
    });
    const b = browser;
    await withTimeout(b.installExtension(dist), launchTimeout, 'firefox installExtension');
    const driver: Driver = {
      name: 'firefox',
      extensionOrigin: `moz-extension://${uuid}`,
      manifest,
      launchMs: 0,
      controlPath: controlPagePath(manifest, dist),
      newRawPage: () => b.newPage(),
      gotoPage: async (raw, url, timeout) => {
        await raw.goto(url, { timeout, waitUntil: 'load' });
      },
      // goto of a moz-extension: URL is refused or never resolves over BiDi: fire it and poll.
      gotoExtensionPage: async (raw, url, timeout) => {
        const target = url.split('#')[0]!;
        raw.goto(url, { timeout }).catch(() => {});
        await pollUntil(
          async () => {
            const ok = await raw.evaluate(
              `location.href.split('#')[0] === ${JSON.stringify(target)} && document.readyState === 'complete'`,
            );
            return ok ? true : undefined;
          },
          timeout,
          `extension page ${url} to load`,
        );
      },
      wrap: (raw, knownUrl) => wrapPuppeteer(raw, knownUrl),
      isClosed: (raw) => raw.isClosed(),
      shutdown: cleanup,
    };
    driver.newRawPage = reuseFirstBlank((await b.pages()).find((p) => p.url() === 'about:blank'), () => b.newPage());
    const hb = new HarnessBrowser(driver);
    await hb.init(launchTimeout);
    driver.launchMs = Date.now() - t0;
    return hb;
  } catch (e) {
    await cleanup().catch(() => {});
    throw e;
  }
}

function wrapPuppeteer(raw: import('puppeteer-core').Page, knownUrl?: string): TestPage {
  // Firefox throttles timers and stops rAF in background tabs: input goes to the front tab.
  const front = () => raw.bringToFront().catch(() => {});
  const page: TestPage = {
    browserName: 'firefox',
    raw,
    evaluate: (fn, ...args) => raw.evaluate(toExpression(fn, args)) as Promise<any>,
    mouseMove: async (x, y, steps = 3) => {
      await front();
      await raw.mouse.move(x, y, { steps });
    },
    press: async (key) => {
      await front();
      await raw.keyboard.press(key as any);
    },
    keyboard: { press: (key) => page.press(key) },
    click: async (selector) => {
      await front();
      const el = await raw.waitForSelector(selector, { timeout: DEFAULT_TIMEOUT });
      if (!el) throw new Error(`click: no element ${selector}`);
      await el.click();
      await el.dispose();
    },
    waitForFunction: async (fn, ...rest) => {
      const { args, options } = splitOptions(rest);
      const handle = await raw.waitForFunction(toExpression(fn, args), {
        timeout: options.timeout ?? DEFAULT_TIMEOUT,
        polling: options.polling ?? 100,
      });
      const v = await handle.jsonValue().catch(() => true);
      await handle.dispose().catch(() => {});
      return v as any;
    },
    screenshot: async (p) => {
      await raw.screenshot({ path: p as `${string}.png` });
    },
    // puppeteer does not see the fire-and-poll navigation to a moz-extension: page and
    // keeps reporting about:blank; fall back to the URL the harness navigated to.
    url: () => {
      const u = raw.url();
      return knownUrl && (u === 'about:blank' || u === '') ? knownUrl : u;
    },
    bringToFront: () => raw.bringToFront(),
    close: async () => {
      if (!raw.isClosed()) await raw.close();
    },
  };
  return page;
}
