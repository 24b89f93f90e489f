/**
 * The French and Spanish editions: the language picker
 * goes to the same page in the other language and back (a tool page too, every tool having one in each
 * language), every translated page declares its language and shows no English interface string
 * outside parts marked lang="en", numbers are written the language's way, and a query in French or
 * Spanish puts the translated page first. Axe (tests/browser/a11y.test.ts) and the crawl
 * (tests/site/crawl.test.ts) cover every page of every language.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { basePrefix } from '../../src/core/base';
import { LANGUAGE_NAMES } from '../../src/core/locales';
import { PAGE_BUILDS, useBrowserAndSite } from '../support/harness';

/**
 * What the page says outside the parts marked as written in English: its text (including text for
 * screen readers only) and the labels read aloud or shown on hover (aria-label, title, alt,
 * placeholder), one piece per text node or attribute so words of neighbouring elements do not run together.
 */
const textOutsideEnglish = (page: Page) =>
  page.evaluate(() => {
    const skip = '[lang="en"], script, style, template, noscript';
    const pieces: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(skip)) pieces.push(node.textContent ?? '');
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (element.closest(skip)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) pieces.push(element.getAttribute(name) ?? '');
    }
    return pieces.join('\n');
  });

describe.each(Object.entries(PAGE_BUILDS))('French and Spanish on the %s build', (_name, build) => {
  const ctx = useBrowserAndSite(build);
  const at = (path: string) => `${ctx.site.origin}${basePrefix(build.base)}${path}`;

  it('the language picker goes to the same page in French, then Spanish, then back to English', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(at('/about/theory-of-change/'));
    const picker = page.locator('.ipec-languages').first();
    await picker.getByRole('link', { name: LANGUAGE_NAMES.fr }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${basePrefix(build.base)}/fr/about/theory-of-change/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.locator('.ipec-languages').first().getByRole('link', { name: LANGUAGE_NAMES.es }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${basePrefix(build.base)}/es/about/theory-of-change/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.locator('.ipec-languages').first().getByRole('link', { name: LANGUAGE_NAMES.en }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${basePrefix(build.base)}/about/theory-of-change/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.close();
  });

  it('works without JavaScript, and from a tool page leads to the same tool in that language', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at('/tools/scream/'));
    await page.locator('.ipec-languages').first().getByRole('link', { name: LANGUAGE_NAMES.fr }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${basePrefix(build.base)}/fr/tools/scream/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await context.close();
  });

  it('writes numbers the French and the Spanish way', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(at('/fr/'));
    // « 138 millions », « 27,6 millions »: no English "27.6 million" or "1,234" grouping.
    const french = await textOutsideEnglish(page);
    expect(french).toMatch(/\d+(,\d+)?[\s\u202f\u00a0]millions\b/);
    expect(french).not.toMatch(/\d\.\d+ million|\d,\d{3}\b/);
    await page.goto(at('/es/'));
    const spanish = await textOutsideEnglish(page);
    expect(spanish).toMatch(/\d+(,\d+)?[\s\u00a0]millones\b/);
    expect(spanish).not.toMatch(/\d\.\d+ million/);
    await page.close();
  });

  it.each([
    { lang: 'fr', query: 'théorie du changement', expected: '/fr/about/theory-of-change/' },
    { lang: 'es', query: 'teoría del cambio', expected: '/es/about/theory-of-change/' },
    { lang: 'fr', query: 'glossaire', expected: '/fr/reference/glossary/' },
    { lang: 'es', query: 'glosario', expected: '/es/reference/glossary/' },
  ])('a $lang query, “$query”, puts $expected first', async ({ lang, query, expected }) => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(at(`/${lang}/search/?q=${encodeURIComponent(query)}`));
    const first = page.locator('.search-result h3 a').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href')) ?? '', ctx.site.origin).pathname).toBe(
      `${basePrefix(build.base)}${expected}`,
    );
    await page.close();
  });
});
