/**
 * The tools catalogue in Chromium. JavaScript off: /tools/ holds the first page of all tools by title
 * and its "Next page" links reach every tool once; each audience, topic, kind and category has a static
 * list (/tools/<facet>/<value>/, paginated) holding exactly its tools. JavaScript on: the facet and
 * text filters (loading the catalogue in JSON chunks) narrow the list, update the counts and the
 * address, survive a reload, clear, and work from the keyboard; results are on the first screen.
 * Expected tools come from content/tools, not from the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { PAGE_BUILDS, BUILDS, ROOT, useBrowserAndSite, type StaticSite } from '../support/harness';
import { FACETS, byTitle, facetValues, type CatalogueTool } from '../../src/catalogue/catalogue';
import { FACET_VOCAB, LIST_PAGE_SIZE } from '../../src/catalogue/facets';
import { isDraft } from '../../src/core/content-files';

// Drafts (draft: true) are not published.
const TOOLS: CatalogueTool[] = byTitle(
  readdirSync(join(ROOT, 'content/tools'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      id: basename(name, '.yaml'),
      ...parse(readFileSync(join(ROOT, 'content/tools', name), 'utf8')),
    }))
    .filter((tool) => !isDraft(tool)),
);
const TOTAL = TOOLS.length;
const ids = (tools: CatalogueTool[]) => tools.map((t) => t.id).sort();

/** Tool ids linked from the visible list entries of the page. */
const listedIds = (page: Page) =>
  page.$$eval('.tool-entry a.tool-title', (links) =>
    links.filter((a) => !a.closest('[hidden]')).map((a) => a.getAttribute('href')!.split('/').filter(Boolean).at(-1)!),
  );
/** Every tool id of a paginated list, following its "Next page" links. */
async function wholeList(page: Page, url: string): Promise<string[]> {
  const found: string[] = [];
  for (let next: string | null = url, pages = 0; next && pages < 500; pages++) {
    await page.goto(next);
    found.push(...(await listedIds(page)));
    const href = await page.evaluate(() => document.querySelector('a[rel="next"]')?.getAttribute('href') ?? null);
    next = href ? new URL(href, page.url()).href : null;
  }
  return found;
}

describe.each(Object.entries(PAGE_BUILDS))('tools catalogue, %s build, JavaScript off', (_name, build) => {
  const ctx = useBrowserAndSite(build);
  let site: StaticSite;
  let page: Page;
  beforeAll(async () => {
    site = ctx.site;
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('shows the first page of all tools by title, no filter form, and its pages reach every tool once', async () => {
    await page.goto(`${site.url}tools/`);
    await expect.poll(() => page.locator('#tool-filters').isVisible()).toBe(false);
    expect(await listedIds(page)).toEqual(TOOLS.slice(0, LIST_PAGE_SIZE).map((t) => t.id));
    const links = await page.$$eval('a.tool-title', (els) => els.map((a) => a.getAttribute('href')));
    expect(links[0]).toBe(`${build.base}tools/${TOOLS[0]!.id}/`);
    const all = await wholeList(page, `${site.url}tools/`);
    expect(all).toEqual(TOOLS.map((t) => t.id));
    for (const tool of TOOLS) {
      const response = await page.request.get(`${site.origin}${build.base}tools/${tool.id}/`);
      expect(response.status(), tool.id).toBe(200);
    }
  });

  it('has a static list for every audience, topic, kind and category, holding exactly its tools', async () => {
    await page.goto(`${site.url}tools/`);
    const browse = await page.$$eval('#tool-browse a', (els) => els.map((a) => a.getAttribute('href')!));
    let lists = 0;
    for (const facet of FACETS) {
      for (const value of FACET_VOCAB[facet]) {
        const having = TOOLS.filter((t) => facetValues(t, facet).includes(value));
        const url = `${build.base}tools/${facet}/${value}/`;
        if (having.length === 0) {
          expect(browse, url).not.toContain(url);
          continue;
        }
        expect(browse, url).toContain(url);
        expect((await wholeList(page, `${site.origin}${url}`)).sort(), url).toEqual(ids(having));
        lists++;
      }
    }
    expect(lists).toBeGreaterThan(FACETS.length);
  });
});

describe('tools catalogue, JavaScript on', () => {
  const ctx = useBrowserAndSite(BUILDS.root);
  let site: StaticSite;
  let browser: Browser;
  beforeAll(() => {
    ({ site, browser } = ctx);
  });

  const WORDS_LABEL = 'Filter by words: title, description, audience, topic or kind';
  const status = (page: Page) => page.locator('#tool-status').textContent();
  const done = (page: Page) =>
    page.waitForFunction(() => / tools match$/.test(document.querySelector('#tool-status')?.textContent ?? ''));
  const shownIds = async (page: Page) => (await listedIds(page)).sort();
  const firstPage = (tools: CatalogueTool[]) => ids(byTitle(tools).slice(0, LIST_PAGE_SIZE));

  it('filters by facet and text, keeps the state in the address and across a reload, and clears', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}tools/`);
    await expect.poll(() => page.locator('#tool-filters').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#tool-browse').isVisible()).toBe(false);
    // On a wide screen the facets are open from the start.
    expect(await page.locator('details.tool-facets').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);

    const toolkits = TOOLS.filter((t) => t.kind === 'toolkit');
    await page.getByRole('checkbox', { name: /^Toolkit \(\d+\)$/ }).check();
    await done(page);
    expect(await shownIds(page)).toEqual(firstPage(toolkits));
    expect(await status(page)).toBe(`${toolkits.length} of ${TOTAL} tools match`);
    expect(new URL(page.url()).search).toBe('?kind=toolkit');
    await expect.poll(() => page.locator('#tool-catalogue').isVisible()).toBe(false);

    const forcedToolkits = toolkits.filter((t) => t.topics.includes('forced-labour'));
    await page.getByRole('checkbox', { name: /^Forced labour \(\d+\)$/ }).check();
    await done(page);
    expect(await shownIds(page)).toEqual(firstPage(forcedToolkits));
    // Counts show what each option would give with the other filters kept.
    const childToolkits = toolkits.filter((t) => t.topics.includes('child-labour')).length;
    expect(await page.getByRole('checkbox', { name: `Child labour (${childToolkits})` }).count()).toBe(1);

    await page.reload();
    await done(page);
    expect(new URL(page.url()).search).toBe('?topic=forced-labour&kind=toolkit');
    expect(await page.getByRole('checkbox', { name: /^Toolkit/ }).isChecked()).toBe(true);
    expect(await shownIds(page)).toEqual(firstPage(forcedToolkits));

    await page.getByLabel(WORDS_LABEL).fill('Recruitment');
    const withWord = forcedToolkits.filter((t) => `${t.title} ${t.description}`.toLowerCase().includes('recruitment'));
    expect(withWord.length).toBeGreaterThan(0);
    expect(withWord.length).toBeLessThan(forcedToolkits.length);
    await expect.poll(() => shownIds(page)).toEqual(firstPage(withWord));
    expect(new URL(page.url()).search).toBe('?q=Recruitment&topic=forced-labour&kind=toolkit');

    await page.getByLabel(WORDS_LABEL).fill('no such words anywhere');
    await expect.poll(() => status(page)).toBe(`0 of ${TOTAL} tools match`);
    await expect.poll(() => page.locator('#tool-none').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('#tool-catalogue').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#tool-results').isVisible()).toBe(false);
    expect(new URL(page.url()).search).toBe('');
    expect(await shownIds(page)).toEqual(firstPage(TOOLS));
    await page.close();
  });

  it('opens a shared filtered address with the filter applied, showing at most one page and a way to more', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}tools/?topic=child-labour`);
    await done(page);
    const expected = TOOLS.filter((t) => t.topics.includes('child-labour'));
    expect(await shownIds(page)).toEqual(firstPage(expected));
    await expect.poll(() => page.locator('#tool-more').isVisible()).toBe(expected.length > LIST_PAGE_SIZE);
    expect(await page.locator('details.tool-facets').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);

    await page.goto(`${site.url}tools/?pillar=knowledge-data&audience=media`);
    await done(page);
    const both = TOOLS.filter((t) => t.pillars.includes('knowledge-data') && t.audiences.includes('media'));
    expect(await shownIds(page)).toEqual(firstPage(both));
    await page.close();
  });

  it('finds tools by meaning: "inspection" and "inspector" find at least 3 inspection tools, best first', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}tools/`);
    await expect.poll(() => page.locator('#tool-filters').isVisible()).toBe(true);
    for (const word of ['inspection', 'inspector']) {
      await page.getByLabel(WORDS_LABEL).fill(word);
      await done(page);
      await expect.poll(() => page.url()).toContain(`q=${word}`);
      const found = await listedIds(page);
      expect(found.length, word).toBeGreaterThanOrEqual(3);
      // Every tool found mentions inspection in what the catalogue shows of it.
      for (const id of found) {
        const tool = TOOLS.find((t) => t.id === id)!;
        expect(`${tool.title} ${tool.description} ${tool.audiences.join(' ')}`, id).toMatch(/inspect/i);
      }
    }
    await page.close();
  });

  it('sorts the matches by relevance, title or year, and keeps the order in the address', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}tools/?q=forced+labour`);
    await done(page);
    const titles = () => page.locator('#tool-result-list .tool-title').allTextContents();
    await page.getByLabel('Sort by').selectOption('title');
    await expect.poll(() => page.url()).toContain('sort=title');
    const byTitleOrder = await titles();
    expect(byTitleOrder).toEqual([...byTitleOrder].sort((a, b) => a.localeCompare(b, 'en')));
    await page.getByLabel('Sort by').selectOption('year');
    await expect.poll(() => page.url()).toContain('sort=year');
    const years = (await titles()).map((title) => TOOLS.find((t) => t.title === title)?.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    await page.reload();
    await done(page);
    expect(await page.getByLabel('Sort by').inputValue()).toBe('year');
    await page.close();
  });

  it('folds the facets on a phone, so the list stays on the first screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}tools/`);
    await expect.poll(() => page.locator('#tool-filters').isVisible()).toBe(true);
    expect(await page.locator('details.tool-facets').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await page.close();
  });

  it('can be used with the keyboard alone: the facets open and a checkbox toggles', async () => {
    // On a phone, where the facets start folded.
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}tools/`);
    await expect.poll(() => page.locator('#tool-filters').isVisible()).toBe(true);
    const focusOn = async (selector: string) => {
      for (let i = 0; i < 80; i++) {
        if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return true;
        await page.keyboard.press('Tab');
      }
      return false;
    };
    expect(await focusOn('details.tool-facets > summary')).toBe(true);
    await page.keyboard.press('Enter');
    const target = 'input[name="topic"][value="child-labour"]';
    expect(await focusOn(target)).toBe(true);
    await page.keyboard.press('Space');
    await done(page);
    expect(await page.locator(target).isChecked()).toBe(true);
    const childLabour = TOOLS.filter((t) => t.topics.includes('child-labour'));
    expect(await status(page)).toBe(`${childLabour.length} of ${TOTAL} tools match`);
    expect(new URL(page.url()).search).toBe('?topic=child-labour');
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.close();
  });

  it.each([320, 390, 1280])(
    'shows results on the first screen at %i px, with every fact label on one line',
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${site.url}tools/`);
      await expect.poll(() => page.locator('#tool-filters').isVisible()).toBe(true);
      // Facets open on a wide screen (from 72rem = 1152 px, beside the list), folded on a narrower one.
      expect(await page.locator('details.tool-facets').evaluate((d: HTMLDetailsElement) => d.open)).toBe(width >= 1152);
      const top = await page
        .locator('#tool-catalogue .tool-entry')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(800);
      // "For:" once wrapped to "Fo / r:" on phones: a label's text must sit on one line.
      const wrapped = await page.$$eval('.tool-facts dt', (dts) =>
        dts
          .filter((dt) => {
            const range = document.createRange();
            range.selectNodeContents(dt);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
          })
          .map((dt) => dt.textContent),
      );
      expect(wrapped).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      await page.close();
    },
  );
});
