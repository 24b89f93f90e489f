/**
 * The one browser-and-server fixture for tests against a built site: Debian's Chromium driven by
 * playwright-core, and the project's static server (scripts/static-server.mjs, sirv) serving a build at
 * the root or under a sub-path, as a CDN would.
 */
import { join, resolve } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serveStatic } from '../../scripts/static-server.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The two builds `npm test` makes before site and browser tests: at the root and under /ipec-plus/. */
export const BUILDS = {
  root: { dir: join(ROOT, 'dist'), base: '/' },
  sub: { dir: join(ROOT, 'dist-sub'), base: '/ipec-plus/' },
} as const;

/**
 * The builds that tests of what pages show and do run on: the root build alone. The sub-path build holds
 * the same pages with the same markup once its base is taken out of their addresses
 * (tests/site/sub-path.test.ts), so it is tested where the base matters: links and assets (crawl),
 * search result addresses, the service worker's scope, embeds.
 */
export const PAGE_BUILDS = { root: BUILDS.root } as const;

export interface Build {
  dir: string;
  base: string;
}

export interface StaticSite {
  /** Origin plus base, ending in "/": e.g. http://127.0.0.1:41234/ipec-plus/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/**
 * For a describe block (or a whole file): starts Chromium and serves `build` before its tests, closes
 * both after them. `build` may be a function, for a site built by an earlier beforeAll. Read `browser`
 * and `site` inside tests (they are set in beforeAll); `serve` serves one more folder (a broken fixture
 * for a gate's self-test), closed with the rest.
 */
export function useBrowserAndSite(build: Build | (() => Build) = BUILDS.root) {
  const extraSites: StaticSite[] = [];
  const context = {
    serve: async (dir: string, base = '/'): Promise<StaticSite> => {
      const site = await serveStatic(dir, { base });
      extraSites.push(site);
      return site;
    },
  } as { browser: Browser; site: StaticSite; serve: (dir: string, base?: string) => Promise<StaticSite> };
  beforeAll(async () => {
    const { dir, base } = typeof build === 'function' ? build() : build;
    context.site = await serveStatic(dir, { base });
    context.browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all([context.site?.close(), ...extraSites.map((site) => site.close())]);
    await context.browser?.close();
  });
  return context;
}

/**
 * Follows a page's requests so a test can wait until the page has settled: loaded, idle once (Starlight
 * loads Pagefind's UI when the browser is idle), and every request it started finished or failed. The
 * condition is checked again and again, never guessed with a fixed delay.
 */
export function trackRequests(page: Page) {
  const pending = new Set<Request>();
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  return {
    settled: async () => {
      await page.waitForLoadState('load');
      await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 5_000 })));
      await expect.poll(() => pending.size, { timeout: 60_000, message: 'requests still in flight' }).toBe(0);
    },
  };
}
