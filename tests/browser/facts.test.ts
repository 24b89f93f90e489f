/**
 * What the fact-checking work promises a reader, checked with JavaScript off (on the root build: tests/site/sub-path.test.ts): the
 * conventions index is never clipped (phone and desktop), every tool page either links to the resource
 * or says plainly that no address could be verified and offers a citation, every key provision names
 * its Article and links to the copy it was checked against, and ratification counts are listed newest
 * first.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_BUILDS, ROOT, useBrowserAndSite } from '../support/harness';
import { isDraft, listFiles, parseYamlFile } from '../../src/core/content-files';
import { readFigures } from '../support/figure-files';

// Drafts (draft: true) are not published.
const toolFiles = listFiles(join(ROOT, 'content/tools'), ['.yaml'])
  .map((path) => parseYamlFile(ROOT, path))
  .filter((f) => !isDraft(f.data));
const tools = toolFiles.map((f) => ({
  id: f.file.replace(/^.*\//, '').replace(/\.yaml$/, ''),
  url: (f.data as { url?: string }).url,
}));
const conventionIds = readdirSync(join(ROOT, 'content/conventions'))
  .filter((name) => !isDraft(parseYamlFile(ROOT, join(ROOT, 'content/conventions', name)).data))
  .map((name) => name.replace(/\.yaml$/, ''));
const referenceYear = new Map(readFigures().map((f) => [f.id, f.referenceYear]));

describe.each(Object.entries(PAGE_BUILDS))('facts (%s build)', (_name, build) => {
  const ctx = useBrowserAndSite(build);

  it.each([390, 1280])('shows the conventions tables without clipping at %ipx', async (width) => {
    const page = await ctx.browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: false });
    await page.goto(`${ctx.site.url}conventions/`);
    const tables = await page.locator('table.convention-table').evaluateAll((els) =>
      els.map((t) => ({
        table: t.scrollWidth,
        room: t.parentElement!.clientWidth,
        visible: t.getBoundingClientRect().right <= innerWidth + 1,
      })),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(t.table).toBeLessThanOrEqual(t.room + 1);
      expect(t.visible).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.close();
  });

  it('gives the child labour instruments a key ages column whose ages cite an Article', async () => {
    const page = await ctx.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${ctx.site.url}conventions/`);
    const table = page.locator('table.convention-table', { has: page.locator('th', { hasText: 'Key ages' }) });
    await expect(table.count()).resolves.toBe(1);
    const ages = await table.locator('.key-ages li').allTextContents();
    expect(ages.length).toBeGreaterThan(0);
    for (const age of ages) expect(age).toMatch(/^\d+ .+\((Article|Paragraph) \d/);
    await page.close();
  });

  it('leads every tool page to the resource, or says why not and offers a citation', async () => {
    const page = await ctx.browser.newPage({ javaScriptEnabled: false });
    for (const tool of tools) {
      await page.goto(`${ctx.site.url}tools/${tool.id}/`);
      const access = page.locator('.tool-access');
      if (tool.url) {
        await expect(access.locator('.tool-access-link a').getAttribute('href'), tool.id).resolves.toBe(tool.url);
        await expect(access.textContent(), tool.id).resolves.not.toMatch(/Checked on|stored copy/);
      } else {
        await expect(access.locator('a').count(), tool.id).resolves.toBe(0);
        await expect(access.textContent(), tool.id).resolves.toMatch(/could not verify an address/);
        await expect(access.locator('[data-citation]').textContent(), tool.id).resolves.toMatch(
          /\((\d{4}|n\.d\.)\)\. (.+\. )?Named in: /,
        );
        await expect(access.textContent(), tool.id).resolves.not.toMatch(/Publisher not stated/);
      }
    }
    await page.close();
  });

  it('ties every key provision to its Article, never names the copy it was checked against, and lists counts newest first', async () => {
    const page = await ctx.browser.newPage({ javaScriptEnabled: false });
    for (const id of conventionIds) {
      await page.goto(`${ctx.site.url}conventions/${id}/`);
      const provisions = page.locator('ul.provisions > li');
      for (const li of await provisions.all()) {
        const ref = (await li.locator('.provision-ref').textContent())!.replace(/\s+/g, ' ').trim();
        expect(ref, id).toMatch(/^\((Article|Paragraph)s? \d/);
        for (const href of await li.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
          expect(href, id).toMatch(/^https?:\/\//);
        await expect(li.getByText(/checked|unofficial|stored copy/i).count(), id).resolves.toBe(0);
      }
      const counts = await page
        .locator('.ratification-series [data-figure]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')!));
      const years = counts.map((c) => referenceYear.get(c)!);
      expect(years, id).toEqual([...years].sort((a, b) => b - a));
      await expect(page.getByText(/current (ratification )?count/i).count(), id).resolves.toBe(0);
    }
    await page.close();
  });
});
