/**
 * The "Sources and methods" page as built: figure tables are labelled and ordered, the counts per
 * source come from the data, the stat cards show value, year and source, and axe finds no WCAG 2.2 AA
 * violations. Run on both builds (root and /ipec-plus/).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILDS, useBrowserAndSite } from '../support/harness';
import { axeViolations, formatViolations } from '../support/axe';
import { readFigures } from '../support/figure-files';

const figures = readFigures();

describe.each(Object.entries(BUILDS))('Sources and methods page (%s build)', (_name, build) => {
  const ctx = useBrowserAndSite(build);
  let page: Page;

  beforeAll(async () => {
    page = await ctx.browser.newPage({ viewport: { width: 390, height: 900 }, javaScriptEnabled: false });
    const response = await page.goto(`${ctx.site.url}reference/sources/`);
    expect(response?.status()).toBe(200);
  });

  it('shows the world child labour series in reference-year order, with captions and header cells', async () => {
    const table = page.locator('.ipec-series', { has: page.locator('caption', { hasText: 'Children in child labour in the world' }) });
    const ids = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-figure')));
    expect(ids).toEqual([
      'cl-2000-world-children',
      'cl-2004-world-children-first-estimate',
      'cl-2004-world-children',
      'cl-2008-world-children',
      'cl-2012-world-children',
      'cl-2016-world-children',
      'cl-2020-world-children',
      'cl-2024-world-children',
    ]);
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual(['Reference year', 'Value', 'Source']);
    expect(await table.locator('tbody tr').first().locator('td').first().textContent()).toContain('246 million');
  });

  it('counts every figure in content/figures across the source tables', async () => {
    const totals = await page.locator('.ipec-sources tfoot td:first-of-type').allTextContents();
    expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(figures.length);
  });

  it('shows stat cards with value and one "year · source" line whose note gives the linked source', async () => {
    const card = page.locator('[data-figure="fl-2021-world-people"].ipec-stat');
    await expect(card.locator('.ipec-stat-value').textContent()).resolves.toBe('27.6 million');
    await expect(card.locator('.ipec-stat-source').textContent()).resolves.toMatch(/^2021 · ILO, Walk Free and IOM, 2022Note \d+$/);
    const noteHref = await card.locator('.ipec-note-ref a').getAttribute('href');
    const note = page.locator(noteHref!);
    await expect(note.textContent()).resolves.toContain('Global Estimates of Modern Slavery');
    await expect(note.locator('cite').locator('..').getAttribute('href')).resolves.toMatch(/^https:\/\/www\.ilo\.org\//);
  });

  it('has no WCAG 2.2 AA violations found by axe', async () => {
    const withJs = await ctx.browser.newPage({ viewport: { width: 390, height: 900 } });
    await withJs.goto(`${ctx.site.url}reference/sources/`);
    const violations = formatViolations('reference/sources/', await axeViolations(withJs));
    await withJs.close();
    expect(violations).toEqual([]);
  });
});
