/**
 * English text the browser adds to French and Spanish pages is marked lang="en" (WCAG 3.1.2, language
 * of parts), and nothing else is: a tool the catalogue's filter finds (a copy of its template) carries
 * the same marks on its title and description as the tool's own page, none on its facts; search results
 * are pages of the search page's language. On English pages nothing is marked.
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
  it.each(['fr', 'es'])('the catalogue filter marks a found tool as its page does, on /%s/tools/', async (lang) => {
    const page = await ctx.browser.newPage();
    await page.goto(at(`/${lang}/tools/?q=toolkit`));
    await page.locator('#tool-result-list .tool-entry').first().waitFor();
    const found = await page.$$eval('#tool-result-list .tool-entry', (entries) =>
      entries.slice(0, 3).map((entry) => ({
        href: entry.querySelector('a.tool-title')!.getAttribute('href')!,
        titleLang: entry.querySelector('.tool-title')!.getAttribute('lang'),
        descriptionLang: entry.querySelector('.tool-desc')!.getAttribute('lang'),
      })),
    );
    expect(found.length).toBeGreaterThan(0);
    expect((await marks(page, '#tool-result-list .tool-facts')).some((m) => m.inEnglish)).toBe(false);
    for (const tool of found) {
      expect(tool.href.startsWith(`/${lang}/tools/`), tool.href).toBe(true);
      const own = await ctx.browser.newPage();
      await own.goto(at(tool.href));
      expect(tool.titleLang, tool.href).toBe(await own.locator('h1').getAttribute('lang'));
      expect(tool.descriptionLang, tool.href).toBe(await own.locator('.tool-lead').getAttribute('lang'));
      await own.close();
    }
    await page.close();
  });

  it('the English catalogue marks nothing', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(at('/tools/?q=toolkit'));
    await page.locator('#tool-result-list .tool-entry').first().waitFor();
    expect(await page.locator('#tool-results [lang]').count()).toBe(0);
    await page.close();
  });

  it('a French search lists French pages only', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(at('/fr/search/?q=recrutement'));
    await page.locator('.search-result h3 a').first().waitFor();
    const links = await page.locator('.search-result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link, String(link)).toMatch(/^\/fr\//);
    await page.close();
  });
});
