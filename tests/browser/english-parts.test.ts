/**
 * English text the browser adds to French and Spanish pages is marked lang="en" (WCAG 3.1.2, language
 * of parts), and nothing else is: the tools the catalogue's filter finds (copies of its template) carry
 * the mark on their title and description, not on their facts; on the search page, the results from
 * the English index carry it on their title and excerpt, not on the facts line in the page's language.
 * On English pages nothing is marked.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/harness';

const ctx = useBrowserAndSite();
const at = (path: string) => `${ctx.site.origin}${path}`;

/** For each matching element: its own lang, and whether it sits inside an element marked lang="en". */
const marks = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) =>
    elements.map((e) => ({ lang: e.getAttribute('lang'), inEnglish: e.closest('[lang="en"]') !== null })),
  );

describe('English parts added by the browser', () => {
  it.each(['fr', 'es'])(
    'the catalogue filter marks a found tool’s title and description on /%s/tools/',
    async (lang) => {
      const page = await ctx.browser.newPage();
      await page.goto(at(`/${lang}/tools/?q=toolkit`));
      await page.locator('#tool-result-list .tool-entry').first().waitFor();
      const titles = await marks(page, '#tool-result-list .tool-title');
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.every((m) => m.lang === 'en')).toBe(true);
      expect((await marks(page, '#tool-result-list .tool-desc')).every((m) => m.lang === 'en')).toBe(true);
      expect((await marks(page, '#tool-result-list .tool-facts')).some((m) => m.inEnglish)).toBe(false);
      await page.close();
    },
  );

  it('the English catalogue marks nothing', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(at('/tools/?q=toolkit'));
    await page.locator('#tool-result-list .tool-entry').first().waitFor();
    expect(await page.locator('#tool-results [lang]').count()).toBe(0);
    await page.close();
  });

  it('a French search marks the English results’ titles and excerpts, not their facts', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(at('/fr/search/?q=toolkit'));
    const english = '.search-results-english .search-result';
    await page.locator(`${english} h3 a`).first().waitFor();
    const titles = await marks(page, `${english} h3 a`);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((m) => m.lang === 'en')).toBe(true);
    expect((await marks(page, `${english} .search-result-excerpt`)).every((m) => m.lang === 'en')).toBe(true);
    expect((await marks(page, `${english} .search-result-facts`)).some((m) => m.inEnglish)).toBe(false);
    await page.close();
  });
});
