/**
 * Layout on phones (320 and 390 px) and a desktop (1280 px), for one page of every kind: nothing makes the
 * page scroll sideways, a section heading (h2) is clearly larger than a subsection (h3), a page
 * with no headings of its own has no "On this page" box, and the conventions table laid out as blocks on
 * a phone is still a table to assistive technology (it carries no ARIA table roles, which are invalid on
 * the parts of a plain <table>).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idFromPath, isDraft, listFiles, parseYamlFile } from '../../src/core/content-files';
import { BUILDS, ROOT, useBrowserAndSite } from '../support/harness';

/** The first published entry of a collection (not a draft), whatever the collection holds today. */
const firstOf = (folder: string) =>
  idFromPath(
    listFiles(join(ROOT, 'content', folder), ['.yaml']).find((path) => !isDraft(parseYamlFile(ROOT, path).data))!,
  );

const SAMPLE = [
  '',
  'about/',
  'about/history/',
  'about/contact/',
  'reference/glossary/',
  'tools/',
  `tools/${firstOf('tools')}/`,
  'conventions/',
  `conventions/${firstOf('conventions')}/`,
  'priorities/',
  `priorities/${firstOf('priorities')}/`,
  'countries/',
  `countries/${firstOf('countries')}/`,
  'data/',
  'search/',
];

describe('layout on the root build', () => {
  const ctx = useBrowserAndSite(BUILDS.root);

  it.each([320, 390, 1280])('no page scrolls sideways at %i px', async (width) => {
    const page = await ctx.browser.newPage({ viewport: { width, height: 800 } });
    const overflowing: string[] = [];
    for (const path of SAMPLE) {
      await page.goto(`${ctx.site.url}${path}`, { waitUntil: 'load' });
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) overflowing.push(`/${path} is ${scroll} px wide in a ${client} px window`);
    }
    await page.close();
    expect(overflowing).toEqual([]);
  });

  it.each([390, 1280])('h2 is clearly larger than h3 at %i px', async (width) => {
    const page = await ctx.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${ctx.site.url}about/history/`);
    const size = (selector: string) =>
      page
        .locator(`main .sl-markdown-content ${selector}`)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const [h2, h3] = [await size('h2'), await size('h3')];
    await page.close();
    expect(h2 / h3, `h2 ${h2} px, h3 ${h3} px`).toBeGreaterThanOrEqual(1.25);
  });

  it('shows no "On this page" box on a page without headings of its own', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const withoutHeadings: string[] = [];
    for (const path of SAMPLE) {
      await page.goto(`${ctx.site.url}${path}`, { waitUntil: 'domcontentloaded' });
      if ((await page.locator('main .sl-markdown-content :is(h2, h3)').count()) > 0) continue;
      withoutHeadings.push(path);
      expect(await page.locator('starlight-toc, mobile-starlight-toc').count(), `/${path}`).toBe(0);
    }
    await page.close();
    expect(withoutHeadings.length, 'the sample has a page without headings').toBeGreaterThan(0);
  });

  it.each([390, 1280])('keeps the conventions table a table with row headers and cells at %i px', async (width) => {
    const page = await ctx.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${ctx.site.url}conventions/`);
    const table = page.locator('table.convention-table').first();
    const display = await table.evaluate((el) => getComputedStyle(el).display);
    // What the accessibility tree says, whatever the CSS display of the table's parts.
    const tree = await table.ariaSnapshot();
    await page.close();
    expect(display).toBe(width < 800 ? 'block' : 'table');
    // Lines of the snapshot are quoted when their name holds a colon ("- 'cell "Fundamental: Yes"'").
    for (const role of ['table', 'columnheader', 'rowheader', 'cell'])
      expect(tree).toMatch(new RegExp(`^\\s*- '?${role} "`, 'm'));
  });
});
