/**
 * The "Sources and methods" page as built: figure tables are labelled and ordered, the counts per
 * source come from the data, the stat cards show value, year and source, and axe finds no WCAG 2.2 AA
 * violations.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGE_BUILDS, useBrowserAndSite } from '../support/harness';
import { axeViolations, formatViolations } from '../support/axe';
import { readFigures } from '../support/figure-files';
import { shortCitation } from '../../src/i18n/format';

const figures = readFigures();

describe.each(Object.entries(PAGE_BUILDS))('Sources and methods page (%s build)', (_name, build) => {
  const ctx = useBrowserAndSite(build);
  let page: Page;

  beforeAll(async () => {
    page = await ctx.browser.newPage({ viewport: { width: 390, height: 900 }, javaScriptEnabled: false });
    const response = await page.goto(`${ctx.site.url}reference/sources/`);
    expect(response?.status()).toBe(200);
  });

  it('shows each series in reference-year order, then by publication year, with captions and header cells', async () => {
    const byId = new Map(figures.map((f) => [f.id, f]));
    const tables = page.locator('.ipec-series');
    expect(await tables.count()).toBeGreaterThan(0);
    for (const table of await tables.all()) {
      await expect(table.locator('caption').textContent()).resolves.toBeTruthy();
      const head = await table.locator('thead th[scope="col"]').allTextContents();
      expect(head[0]).toBe('Reference year');
      expect(head).toEqual(expect.arrayContaining(['Value', 'Source']));
      const rows = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.getAttribute('data-figure') ?? '',
          year: tr.querySelector('th')?.textContent ?? '',
        })),
      );
      const shown = rows.map((r) => {
        const f = byId.get(r.id);
        expect(f, `row for unknown figure "${r.id}"`).toBeDefined();
        expect(r.year, r.id).toContain(String(f!.referenceYear));
        return [f!.referenceYear, f!.source.published];
      });
      expect(shown).toEqual([...shown].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!));
    }
  });

  it('counts every figure in content/figures across the source tables', async () => {
    const totals = await page.locator('.ipec-sources tfoot td:first-of-type').allTextContents();
    expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(figures.length);
  });

  it('shows stat cards with value and one "year · source" line whose note gives the linked source', async () => {
    const byId = new Map(figures.map((f) => [f.id, f]));
    const cards = page.locator('.ipec-stat[data-figure]');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      const f = byId.get((await card.getAttribute('data-figure')) ?? '')!;
      expect(f).toBeDefined();
      await expect(card.locator('.ipec-stat-value').textContent()).resolves.toMatch(/\d/);
      const line = (await card.locator('.ipec-stat-source').textContent()) ?? '';
      expect(line, f.id).toMatch(
        new RegExp(`^${f.referenceYear}\\b.* · ${escapeRegExp(shortCitation(f.source))}Note \\d+$`),
      );
      const noteHref = await card.locator('.ipec-note-ref a').getAttribute('href');
      const note = page.locator(noteHref!);
      await expect(note.textContent()).resolves.toContain(f.source.title);
    }
  });

  it('has no WCAG 2.2 AA violations found by axe', async () => {
    const withJs = await ctx.browser.newPage({ viewport: { width: 390, height: 900 } });
    await withJs.goto(`${ctx.site.url}reference/sources/`);
    const violations = formatViolations('reference/sources/', await axeViolations(withJs));
    await withJs.close();
    expect(violations).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
