/**
 * The data page's maps in Chromium: readable without JavaScript (every region drawn, every table
 * present), keyboard focus shows the tooltip, and each CSV download has the numbers of its table.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { csvParse } from 'd3';
import { BUILDS, useBrowserAndSite } from './harness';

const sandbox = useBrowserAndSite(BUILDS.root);

const dataPage = () => new URL('data/', sandbox.site.url).href;

describe('data page maps', () => {
  it('without JavaScript shows a path for every region of every map, and all tables', async () => {
    const context = await sandbox.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(dataPage());
    const panels = page.locator('[data-ipec-map] .ipec-map-panel');
    expect(await panels.count()).toBeGreaterThanOrEqual(8);
    for (const id of ['child-labour-map', 'forced-labour-map']) {
      const maps = page.locator(`#${id} .ipec-map-panel`);
      for (let i = 0; i < (await maps.count()); i++) {
        const regions = await maps.nth(i).locator(".ipec-map-area").evaluateAll((ps) => ps.map((p) => p.getAttribute('data-region')));
        // Five ILO regions, or six when the Americas are split into their two parts.
        expect(regions.length === 5 || regions.length === 6).toBe(true);
        expect(regions.some((r) => r?.startsWith('Africa'))).toBe(true);
        await expect(maps.nth(i).locator('svg.ipec-map-svg').isVisible()).resolves.toBe(true);
        await expect(maps.nth(i).locator('table caption').isVisible()).resolves.toBe(true);
      }
    }
    // Every panel is shown and has its table; the controls stay hidden without the script.
    expect(await page.locator('.ipec-map-panel table th[scope="row"]').count()).toBeGreaterThan(30);
    expect(await page.locator('.ipec-map-controls').first().isVisible()).toBe(false);
    await context.close();
  });

  it('with JavaScript, focusing a region by keyboard shows its tooltip with value and year', async () => {
    const page: Page = await sandbox.browser.newPage();
    await page.goto(dataPage());
    const figure = page.locator('#forced-labour-map');
    await expect(figure.locator('.ipec-map-controls').isVisible()).resolves.toBe(true);
    const visiblePanels = figure.locator('.ipec-map-panel:visible');
    expect(await visiblePanels.count()).toBe(1);
    const first = visiblePanels.locator(".ipec-map-area").first();
    const { region, valueText, year } = await first.evaluate((el) => ({ ...(el as SVGElement).dataset }) as Record<string, string>);
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    const tooltip = visiblePanels.locator('.ipec-map-tooltip');
    await expect(tooltip.isVisible()).resolves.toBe(true);
    const text = await tooltip.textContent();
    expect(text).toContain(region);
    expect(text).toContain(valueText);
    expect(text).toContain(year);
    expect(await page.evaluate(() => (document.activeElement as SVGElement).dataset.region)).toBe(region);
    // The matching table row is highlighted.
    await expect(visiblePanels.locator(`tr.is-active th`).textContent()).resolves.toBe(region);
    // The Map/Table toggle swaps the views.
    const toggle = figure.locator('.ipec-map-view-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect(visiblePanels.locator('table').isVisible()).resolves.toBe(true);
    await expect(visiblePanels.locator('svg.ipec-map-svg').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('each CSV download has the same numbers as its table', async () => {
    const page = await sandbox.browser.newPage();
    await page.goto(dataPage());
    const panels = page.locator('#child-labour-map .ipec-map-panel, #forced-labour-map .ipec-map-panel');
    const n = await panels.count();
    expect(n).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < n; i++) {
      const panel = panels.nth(i);
      const href = await panel.locator('a.ipec-map-csv').getAttribute('href');
      const csv = csvParse(await (await page.request.get(new URL(href!, sandbox.site.origin).href)).text());
      expect(csv.columns).toEqual(['region', 'indicator', 'value', 'unit', 'reference_year', 'source_title', 'source_url']);
      const tableRows = await panel.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]),
      );
      const withValues = tableRows.filter(([, v]) => v !== 'No data');
      expect(csv.map((r) => r.region)).toEqual(withValues.map(([region]) => region));
      // The table shows the value with its unit: the CSV number must be in it, unrounded.
      csv.forEach((r, j) => expect(withValues[j][1].replace(/,/g, '')).toContain(r.value));
    }
    await page.close();
  });
});
