/**
 * Offline reading (issue 27): a reader saves the site in each language with the control on the page,
 * goes offline, opens pages never visited in three languages and searches (the search page and
 * Starlight's dialog); then a changed build is deployed at the same address, the page offers the update,
 * and the new content shows. No CSP violation anywhere. Under /ipec-plus/, where the service worker's
 * scope and every address it caches carry the base, a reader saves the English site and reads it offline;
 * the rest is the same code on the same markup (tests/site/sub-path.test.ts), tested at the root.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILDS, ROOT, useBrowserAndSite, type Build } from '../support/harness.ts';
import { htmlFiles, pageUrl } from '../../scripts/site-files.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { writeServiceWorker } from '../../src/integrations/offline.ts';

/** The text of a built page's <h1>, as a reader sees it. */
function heading(dir: string, file: string): string {
  const html = readFileSync(join(dir, file), 'utf8');
  const inner = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return inner
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A context whose pages report CSP violations into `violations`. */
async function watchedContext(ctx: { browser: import('playwright-core').Browser }, violations: string[]) {
  const context = await ctx.browser.newContext();
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`),
    ),
  );
  context.on('console', (message) => {
    if (message.text().startsWith('CSP ')) violations.push(message.text());
  });
  return context;
}

/** Opens the page's save control, checks it names a size, saves, and waits until it says the site is saved. */
async function saveThisLanguage(page: Page) {
  const control = page.locator('details[data-offline]');
  await expect.poll(() => control.isVisible()).toBe(true);
  await control.locator('summary').click();
  await expect.poll(() => control.locator('[data-offline-size]').textContent()).toMatch(/\d.*MB/);
  const size = Number(
    /([\d.,]+)\s*MB/.exec((await control.locator('[data-offline-size]').textContent())!)![1]!.replace(',', '.'),
  );
  expect(size).toBeGreaterThan(0);
  expect(size).toBeLessThan(15);
  const strings = JSON.parse((await control.getAttribute('data-strings'))!) as { saved: string };
  await control.locator('[data-offline-start]').click();
  await expect
    .poll(() => control.locator('[data-offline-status]').textContent(), { timeout: 90_000 })
    .toBe(strings.saved);
}

/** Pages in the saved languages (three at the root, English under the sub-path) never opened before going offline. */
function neverVisited(dir: string, languages: readonly string[]): string[] {
  const files = htmlFiles(dir);
  const first = (pattern: RegExp) => {
    const found = files.find((file) => pattern.test(file));
    if (!found) throw new Error(`no built page matches ${pattern}`);
    return found;
  };
  return [
    ...(languages.includes('fr/') ? [first(/^fr\/conventions\/[^/]+\/index\.html$/)] : []),
    ...(languages.includes('es/') ? [first(/^es\/countries\/[^/]+\/index\.html$/)] : []),
    first(/^tools\/(?!page\/|data\/)[^/]+\/index\.html$/),
    first(/^child-labour\/[^/]+\/index\.html$/),
  ];
}

describe.each([
  ['root', BUILDS.root, ['', 'fr/', 'es/']],
  ['sub-path', BUILDS.sub, ['']],
] as const)('offline reading (%s build)', (_name, build: Build, languages: readonly string[]) => {
  const ctx = useBrowserAndSite(build);
  const violations: string[] = [];
  let context: BrowserContext;
  afterAll(() => context?.close());

  it(
    'saves the site, then opens never-visited pages and searches with no connection',
    { timeout: 300_000 },
    async () => {
      context = await watchedContext(ctx, violations);
      const page = await context.newPage();
      for (const prefix of languages) {
        await page.goto(`${ctx.site.url}${prefix}`);
        await saveThisLanguage(page);
      }
      // The connection drops while a page is open: the notice says so.
      await context.setOffline(true);
      await expect.poll(() => page.locator('[data-offline-message="offline"]').isVisible()).toBe(true);

      for (const file of neverVisited(build.dir, languages)) {
        const response = await page.goto(ctx.site.origin + pageUrl(file, build.base));
        expect(response?.ok(), file).toBe(true);
        expect((await page.locator('h1').first().textContent())?.replace(/\s+/g, ' ').trim(), file).toBe(
          heading(build.dir, file),
        );
      }

      // The French search page, from its address, and Starlight's dialog on a Spanish page (or an English one).
      if (languages.includes('fr/')) {
        await page.goto(`${ctx.site.url}fr/search/?q=travail`);
        await expect.poll(() => page.locator('.search-result-list li').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      }
      const spanish = languages.includes('es/');
      await page.goto(`${ctx.site.url}${spanish ? 'es/' : ''}`);
      await page.click('button[data-open-modal]');
      await page.keyboard.type(spanish ? 'trabajo' : 'labour');
      await page.waitForSelector('.pagefind-ui__result', { timeout: 30_000 });
      await page.goto(`${ctx.site.url}search/?q=labour`);
      await expect.poll(() => page.locator('.search-result-list li').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(violations).toEqual([]);
    },
  );
});

describe.each([['root', BUILDS.root]] as const)(
  'a new build deployed at the same address (%s build)',
  (_name, build: Build) => {
    const deployed = mkdtempSync(join(tmpdir(), 'ipec-offline-'));
    const violations: string[] = [];
    let context: BrowserContext;
    const ctx = useBrowserAndSite(() => {
      cpSync(build.dir, deployed, { recursive: true });
      return { dir: deployed, base: build.base };
    });
    afterAll(async () => {
      await context?.close();
      rmSync(deployed, { recursive: true, force: true });
    });

    it(
      'offers the update, and shows the new content after the reload, online and offline',
      { timeout: 180_000 },
      async () => {
        context = await watchedContext(ctx, violations);
        const page = await context.newPage();
        const changed = 'about/index.html';
        const url = ctx.site.origin + pageUrl(changed, build.base);
        await page.goto(url);
        await saveThisLanguage(page);

        // The next build: one page's heading changes, and the build step writes the service worker again.
        const port = Number(new URL(ctx.site.origin).port);
        await ctx.site.close();
        const file = join(deployed, changed);
        writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1\b[^>]*>)/, '$1Revised: '));
        await writeServiceWorker(deployed, build.base, ROOT);
        ctx.site = await serveStatic(deployed, { base: build.base, port });

        await page.reload();
        const update = page.locator('[data-offline-message="update"]');
        await expect.poll(() => update.isVisible(), { timeout: 60_000 }).toBe(true);
        await update.locator('button').click();
        await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 30_000 }).toMatch(/^Revised: /);

        await context.setOffline(true);
        await page.goto(url);
        expect(await page.locator('h1').first().textContent()).toMatch(/^Revised: /);
        expect(violations).toEqual([]);
      },
    );
  },
);
