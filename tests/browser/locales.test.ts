/**
 * The French and Spanish editions: the language picker
 * goes to the same page in the other language and back (a tool page too, every tool having one in each
 * language), every translated page declares its language and shows no English interface string
 * outside parts marked lang="en", numbers are written the language's way, and a query in French or
 * Spanish puts the translated page first. Axe (tests/browser/a11y.test.ts) and the crawl
 * (tests/site/crawl.test.ts) cover every page of every language.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { listFilesDeep } from '../../src/utils/content-files';
import { basePrefix } from '../../src/utils/base';
import { LANGUAGE_NAMES, type Lang } from '../../src/utils/locales';
import { STAT_AREAS } from '../../src/schemas/vocab';
import { PAGE_BUILDS, ROOT, useBrowserAndSite } from '../support/harness';

type Translated = Exclude<Lang, 'en'>;
const TRANSLATED: Translated[] = ['fr', 'es'];

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
/** Starlight's own strings for a language (the ones the site does not override). */
const starlightStrings = async (lang: Lang) =>
  (
    (await import(`../../node_modules/@astrojs/starlight/dist/translations/${lang}.js`)) as {
      default: Record<string, string>;
    }
  ).default;

/**
 * Pieces of English interface text that must not be seen on a page in `lang`: each interface string
 * (the site's and Starlight's) whose translation differs, cut at its placeholders and markup, keeping
 * pieces of two words or more, or one word of five letters or more (shorter ones, such as "Data",
 * can be words of the other language too).
 */
async function englishInterfacePieces(lang: Translated): Promise<string[]> {
  const english = { ...(await starlightStrings('en')), ...readJson(join(ROOT, 'content/i18n/en.json')) };
  const translated = { ...(await starlightStrings(lang)), ...readJson(join(ROOT, `content/i18n/${lang}.json`)) };
  const pieces = new Set<string>();
  for (const [key, text] of Object.entries(english)) {
    if (key.startsWith('expressiveCode.') || key.startsWith('search.devWarning') || key.startsWith('page.draft'))
      continue;
    if (!translated[key] || translated[key] === text) continue;
    // A one-word region name ("Africa") is also part of country names, which stay English ("South Africa").
    if ((STAT_AREAS as readonly string[]).includes(text) && !text.includes(' ')) continue;
    for (const piece of text.split(/\{\{[^}]*\}\}|<\/?\d>|[:;,.()"“”«»?!]/)) {
      const words = piece.trim();
      if (words.split(/\s+/).length >= 2 || words.length >= 5) pieces.add(words);
    }
  }
  // A piece that is also part of the translation (a name, "IPEC+") is not English only.
  return [...pieces].filter((piece) => !Object.values(translated).some((t) => t.includes(piece)));
}

/** Paths (without base) of the pages translated into `lang`: its docs pages and the collection pages with translated text. */
function translatedPaths(lang: Translated): string[] {
  const docs = listFilesDeep(join(ROOT, 'content/docs', lang), ['.md', '.mdx']).map((file) => {
    const slug = relative(join(ROOT, 'content/docs'), file)
      .replace(/\.mdx?$/, '')
      .replace(/(^|\/)index$/, '');
    return `/${slug}/`;
  });
  const ids = (folder: string) =>
    listFilesDeep(join(ROOT, 'content', folder), ['.yaml']).map((file) =>
      relative(join(ROOT, 'content', folder), file).replace(/\.yaml$/, ''),
    );
  return [
    ...docs,
    `/${lang}/data/`,
    ...ids('charts').map((id) => `/${lang}/data/${id}/`),
    `/${lang}/conventions/`,
    ...ids('conventions').map((id) => `/${lang}/conventions/${id}/`),
    `/${lang}/priorities/`,
    ...ids('priorities').map((id) => `/${lang}/priorities/${id}/`),
    `/${lang}/tools/`,
    `/${lang}/search/`,
  ].filter((path, index, all) => all.indexOf(path) === index);
}

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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

  for (const lang of TRANSLATED) {
    it(`every ${LANGUAGE_NAMES[lang]} page declares its language and shows no English interface text`, async () => {
      const pieces = await englishInterfacePieces(lang);
      expect(pieces.length).toBeGreaterThan(20);
      const pattern = new RegExp(`(?<![\\p{L}])(${pieces.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
      const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const report: string[] = [];
      for (const path of translatedPaths(lang)) {
        const response = await page.goto(at(path));
        if (response?.status() !== 200) {
          report.push(`${path}: status ${response?.status()}`);
          continue;
        }
        const declared = await page.locator('html').getAttribute('lang');
        if (declared !== lang) report.push(`${path}: <html lang="${declared}">`);
        const found = pattern.exec(await textOutsideEnglish(page));
        if (found) report.push(`${path}: English interface text "${found[1]}"`);
      }
      await page.close();
      expect(report.join('\n')).toBe('');
    }, 300_000);
  }

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
