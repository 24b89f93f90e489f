/**
 * Search, end to end, on the root build and the /ipec-plus/ build: queries written from the seed
 * documents must put the right page first (in Starlight's dialog and on /search/), filters must
 * narrow results, the /search/ address must round-trip, keyboard-only use must work, and a query
 * must stay cheap on the network.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BUILDS, launchBrowser, serveSite, type StaticSite } from './harness';

type Via = 'dialog button' | 'dialog Ctrl+K' | 'search page';
interface Case {
  query: string;
  expected: string;
  type: 'Guidance' | 'Tool' | 'Convention' | 'Priority' | 'Country' | 'Data' | 'Glossary';
  via: Via;
}

/** Queries a reader of the seed documents would type, and the page that must come first. */
const CASES: Case[] = [
  { query: 'forced labour indicators', expected: '/forced-labour/indicators/', type: 'Guidance', via: 'search page' },
  { query: 'Alliance 8.7', expected: '/partnerships/alliance-8-7/', type: 'Guidance', via: 'dialog button' },
  { query: 'pathfinder country strategy', expected: '/tools/pathfinder-country-strategy/', type: 'Tool', via: 'search page' },
  { query: 'Better Work', expected: '/flagships/better-work/', type: 'Guidance', via: 'dialog Ctrl+K' },
  { query: 'Durban Call to Action', expected: '/child-labour/ilo-response/', type: 'Guidance', via: 'search page' },
  { query: 'Regional Initiative', expected: '/partnerships/regional-initiative-lac/', type: 'Guidance', via: 'dialog button' },
  { query: 'Accelerator Lab', expected: '/about/accelerator-lab/', type: 'Guidance', via: 'search page' },
  { query: 'funding IPEC+', expected: '/funding/', type: 'Guidance', via: 'dialog Ctrl+K' },
  { query: 'Impact Bond', expected: '/tools/impact-bond-child-labour/', type: 'Tool', via: 'search page' },
  { query: 'Hard to see, harder to count', expected: '/tools/hard-to-see-harder-to-count/', type: 'Tool', via: 'dialog button' },
  { query: 'Fair Recruitment Initiative', expected: '/tools/fair-recruitment-initiative/', type: 'Tool', via: 'search page' },
  { query: 'SCREAM', expected: '/tools/scream/', type: 'Tool', via: 'dialog Ctrl+K' },
  { query: 'C182', expected: '/conventions/c182/', type: 'Convention', via: 'dialog button' },
  { query: 'Worst Forms of Child Labour Convention', expected: '/conventions/c182/', type: 'Convention', via: 'search page' },
  { query: 'supply chains', expected: '/priorities/supply-chains/', type: 'Priority', via: 'search page' },
  { query: 'Nepal', expected: '/countries/npl/', type: 'Country', via: 'dialog Ctrl+K' },
  { query: 'Côte d’Ivoire', expected: '/countries/civ/', type: 'Country', via: 'search page' },
  { query: 'cocoa', expected: '/tools/impact-bond-child-labour/', type: 'Tool', via: 'dialog button' },
  { query: 'data and maps', expected: '/data/', type: 'Data', via: 'search page' },
  { query: 'glossary', expected: '/reference/glossary/', type: 'Glossary', via: 'dialog button' },
  { query: 'tripartite constituents', expected: '/reference/glossary/', type: 'Glossary', via: 'search page' },
];

const KB = 1024;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const [name, build] of Object.entries(BUILDS)) {
  describe(`search on the ${name} build (base ${build.base})`, () => {
    let site: StaticSite;
    const at = (path: string) => `${build.base.replace(/\/$/, '')}${path}`;
    const newPage = async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (error) => errors.push(error.message));
      return page;
    };
    const errors: string[] = [];
    afterEach(() => {
      expect(errors.splice(0), 'script errors on the page').toEqual([]);
    });

    beforeAll(async () => {
      site = await serveSite(build.dir, build.base);
    });
    afterAll(async () => {
      await site?.close();
    });

    it('covers every result type with at least one query', () => {
      expect(new Set(CASES.map((c) => c.type)).size).toBe(7);
    });

    it.each(CASES)('“$query” puts $expected first ($type, $via)', async ({ query, expected, type, via }) => {
      const page = await newPage();
      const first = via === 'search page' ? await firstOnSearchPage(page, site, query) : await firstInDialog(page, site, query, via);
      await page.close();
      expect(first.path, `first result for “${query}”`).toBe(at(expected));
      expect(first.type).toBe(type);
    });

    it('a filter narrows the results to pages carrying it, and its count is right', async () => {
      const page = await newPage();
      await page.goto(`${site.url}search/?q=child+labour`);
      const before = await resultCount(page);
      const facet = page.locator('fieldset[data-filter="type"] li[data-value="Convention"]');
      const announced = Number((await facet.locator('.facet-count').textContent())?.replace(/\D/g, ''));
      await facet.locator('input').check();
      await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('1 filter'));
      const after = await resultCount(page);
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThan(before);
      expect(after).toBe(announced);
      const types = await page.locator('.search-result-facts').evaluateAll((els) => els.map((el) => el.textContent?.split(' · ')[0]));
      expect(types.length).toBeGreaterThan(0);
      expect(new Set(types)).toEqual(new Set(['Convention']));
      expect(new URL(page.url()).search).toBe('?q=child+labour&type=Convention');
      await page.close();
    });

    it('restores query, checked filters and results from the address, and keeps the address in step', async () => {
      const page = await newPage();
      await page.goto(`${site.url}search/?q=forced+labour&type=Country&region=Africa`);
      const count = await resultCount(page);
      expect(count).toBeGreaterThan(0);
      expect(await page.locator('input[name="q"]').inputValue()).toBe('forced labour');
      const checked = await page.locator('.search-facets input:checked').evaluateAll((els) =>
        els.map((el) => `${(el as HTMLInputElement).name}=${(el as HTMLInputElement).value}`),
      );
      expect(checked.sort()).toEqual(['region=Africa', 'type=Country']);
      const types = await page.locator('.search-result-facts').evaluateAll((els) => els.map((el) => el.textContent?.split(' · ')[0]));
      expect(new Set(types)).toEqual(new Set(['Country']));
      await page.locator('input[name="q"]').fill('child labour');
      await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('“child labour”'));
      expect(new URL(page.url()).search).toBe('?q=child+labour&type=Country&region=Africa');
      await page.close();
    });

    it('says something helpful when nothing matches', async () => {
      const page = await newPage();
      await page.goto(`${site.url}search/?q=xylophonist&type=Tool`);
      await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.startsWith('0 results'));
      const help = page.locator('.search-empty');
      await expect.poll(() => help.isVisible(), { timeout: 5000 }).toBe(true);
      expect(await help.textContent()).toMatch(/remove a filter/);
      expect(await help.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        at('/tools/'),
        at('/reference/glossary/'),
      ]);
      await page.close();
    });

    it('keyboard: Ctrl+K opens the dialog with focus in its input; Escape closes it and gives focus back', async () => {
      const page = await newPage();
      await page.goto(site.url);
      await pagefindUiReady(page);
      await page.keyboard.press('Tab');
      const before = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
      await page.keyboard.press('Control+k');
      await page.waitForSelector('#starlight__search .pagefind-ui__search-input');
      await expect.poll(() => page.evaluate(() => document.activeElement?.matches('#starlight__search .pagefind-ui__search-input') ?? false), { timeout: 5000 }).toBe(true);
      expect(await page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(before);
      // Opened from its button with Enter, the dialog returns focus to the button.
      await page.locator('button[data-open-modal]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.matches('#starlight__search .pagefind-ui__search-input') ?? false), { timeout: 5000 }).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.matches('button[data-open-modal]'))).toBe(true);
      await page.close();
    });

    it('keyboard: on /search/ Tab reaches the input, then the filters, then the results; Space toggles a filter', async () => {
      const page = await newPage();
      await page.goto(`${site.url}search/?q=forced+labour`);
      await resultCount(page);
      const reached: string[] = [];
      for (let i = 0; i < 120 && !reached.includes('result'); i++) {
        await page.keyboard.press('Tab');
        const where = await page.evaluate(() => {
          const el = document.activeElement;
          if (el?.matches('search-page input[name="q"]')) return 'input';
          if (el?.matches('.search-facets input')) return 'facet';
          if (el?.matches('.search-result a')) return 'result';
          return 'other';
        });
        if (where !== 'other' && reached.at(-1) !== where) reached.push(where);
        if (where === 'facet' && !reached.includes('toggled')) {
          const before = new URL(page.url()).search;
          await page.keyboard.press('Space');
          await expect.poll(() => new URL(page.url()).search).not.toBe(before);
          await page.keyboard.press('Space');
          await expect.poll(() => new URL(page.url()).search).toBe(before);
          reached.push('toggled', 'facet');
        }
      }
      expect(reached.slice(0, 4)).toEqual(['input', 'facet', 'toggled', 'facet']);
      expect(reached.at(-1)).toBe('result');
      await page.close();
    });

    it('fetches at most 150 KB of index for a query’s first results', async () => {
      const page = await newPage();
      const sizes: Promise<{ url: string; bytes: number; atQuery: boolean }>[] = [];
      let typing = false;
      page.on('response', (response) => {
        if (!new URL(response.url()).pathname.startsWith(at('/pagefind/'))) return;
        const atQuery = typing;
        sizes.push(response.body().then((body) => ({ url: response.url(), bytes: body.length, atQuery }), () => ({ url: response.url(), bytes: 0, atQuery })));
      });
      await page.goto(`${site.url}search/`);
      await page.waitForSelector('.search-facets:not([hidden])');
      typing = true;
      await page.locator('input[name="q"]').pressSequentially('forced labour', { delay: 20 });
      await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('“forced labour”'));
      await page.waitForSelector('.search-result');
      const all = await Promise.all(sizes);
      const query = all.filter((r) => r.atQuery).reduce((n, r) => n + r.bytes, 0);
      const total = all.reduce((n, r) => n + r.bytes, 0);
      console.log(
        `[${name}] pagefind bytes for “forced labour”: ${(query / KB).toFixed(1)} KB from typing to results ` +
          `(${all.filter((r) => r.atQuery).length} files); ${(total / KB).toFixed(1)} KB including loading the engine on page load ` +
          `(${all.length} files, uncompressed: the test server does not gzip)`,
      );
      expect(query).toBeGreaterThan(0);
      expect(query).toBeLessThanOrEqual(150 * KB);
      await page.close();
    });
  });
}

/** Runs `query` on /search/?q=… and returns the first result's path and type. */
async function firstOnSearchPage(page: Page, site: StaticSite, query: string) {
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await resultCount(page);
  const first = page.locator('.search-result').first();
  return {
    path: new URL((await first.locator('h3 a').getAttribute('href')) ?? '', site.origin).pathname,
    type: (await first.locator('.search-result-facts').textContent())?.split(' · ')[0],
  };
}

/** Opens Starlight's search dialog (button or Ctrl+K), types `query`, returns the first result's path and type. */
async function firstInDialog(page: Page, site: StaticSite, query: string, via: Via) {
  await page.goto(site.url);
  await pagefindUiReady(page);
  if (via === 'dialog button') await page.locator('button[data-open-modal]').click();
  else await page.keyboard.press('Control+k');
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  await input.waitFor();
  await input.pressSequentially(query, { delay: 10 });
  await page.waitForFunction(
    (q) => document.querySelector('#starlight__search .pagefind-ui__message')?.textContent?.includes(q),
    query,
  );
  const first = page.locator('#starlight__search .pagefind-ui__result').first();
  const link = first.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > a');
  await link.waitFor();
  return {
    path: new URL((await link.getAttribute('href')) ?? '', site.origin).pathname,
    type: (await first.locator('[data-pagefind-ui-meta="type"]').textContent())?.replace(/^Type:\s*/, '').trim(),
  };
}

/**
 * Waits until Starlight's dialog can take a query: its button is enabled and Pagefind's UI (loaded
 * when the browser is idle after page load) has put its input in the dialog. Before that, Ctrl+K
 * opens an empty dialog and focus stays on the page: Starlight's behaviour, not tested here.
 */
async function pagefindUiReady(page: Page) {
  await page.waitForSelector('button[data-open-modal]:not([disabled])');
  await page.waitForSelector('#starlight__search .pagefind-ui__search-input', { state: 'attached' });
}

/** Waits for the search page to announce its results and returns the count it announced. */
async function resultCount(page: Page): Promise<number> {
  await page.waitForFunction(() => /^\d+ results?/.test(document.querySelector('.search-status')?.textContent ?? ''));
  const status = (await page.locator('.search-status').textContent()) ?? '';
  return Number(status.match(/^(\d+)/)?.[1]);
}
