/**
 * The chart pages in Chromium, at phone and desktop widths, light and dark: without JavaScript every
 * state and view shows in order under its heading; with it, hover and focus show values (tooltips
 * beside the region's label, never on it), the state and view live in the address and Back restores
 * them, the countries map navigates, and every download is served with its type and the table's numbers.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { csvParse } from 'd3-dsv';
import { BUILDS, useBrowserAndSite } from '../support/harness';
import { PROGRAMME_FILLS } from '../../src/charts/palette';

const sandbox = useBrowserAndSite(BUILDS.root);
const url = (path: string) => new URL(path, sandbox.site.url).href;
/** Every chart page, read from the index: adding a chart adds it to these tests. */
async function chartPages(page: Page): Promise<string[]> {
  await page.goto(url('data/'));
  return page.locator('.ipec-chart-cards h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
const THEMES = ['light', 'dark'] as const;

async function themed(theme: 'light' | 'dark', width: number, javaScriptEnabled = true): Promise<BrowserContext> {
  const context = await sandbox.browser.newContext({
    viewport: VIEWPORTS.find((v) => v.width === width)!,
    colorScheme: theme,
    javaScriptEnabled,
  });
  await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  return context;
}

type Rect = { x: number; y: number; width: number; height: number };
const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('chart pages without JavaScript', () => {
  it('show every state, most recent first, each with its heading, graphic, table and downloads in order', async () => {
    const context = await themed('light', 1280, false);
    const page = await context.newPage();
    const pages = await chartPages(page);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const path of pages) {
      await page.goto(sandbox.site.origin + path);
      await expect.poll(() => page.locator('.ipec-map-controls').first().isVisible(), { message: path }).toBe(false);
      const panels = page.locator('.ipec-map-panel');
      const n = await panels.count();
      expect(n, path).toBeGreaterThanOrEqual(1);
      const years: number[] = [];
      for (let i = 0; i < n; i++) {
        const panel = panels.nth(i);
        await expect.poll(() => panel.isVisible()).toBe(true);
        // Reading order: state heading, then the graphic's heading, then the table's, then downloads.
        const headings = await panel
          .locator('h2, h3')
          .evaluateAll((hs) => hs.map((h) => `${h.tagName} ${h.textContent?.trim()}`));
        expect(headings[0]).toMatch(/^H2 /);
        expect(headings.slice(1, 3)).toEqual([expect.stringMatching(/^H3 (Map|Chart)$/), 'H3 Table']);
        expect(headings).toContain('H3 Download');
        expect(headings).toContain('H3 Cite this chart');
        await expect.poll(() => panel.locator('svg.ipec-map-svg, svg.ipec-chart-svg').first().isVisible()).toBe(true);
        await expect.poll(() => panel.locator('table caption').isVisible()).toBe(true);
        const year = (await panel.getAttribute('data-query'))?.match(/year=(\d{4})/)?.[1];
        if (year) years.push(Number(year));
      }
      expect(years, path).toEqual([...years].sort((a, b) => b - a));
    }
    await context.close();
  });
});

describe('chart pages with JavaScript', () => {
  for (const theme of THEMES) {
    for (const { width } of VIEWPORTS) {
      it(`${width} px, ${theme}: map regions show their value on hover and focus, beside their label`, async () => {
        const context = await themed(theme, width);
        const page = await context.newPage();
        await page.goto(url('data/child-labour-map/?year=2016'));
        const panel = page.locator('.ipec-map-panel:visible');
        expect(await panel.count()).toBe(1);
        expect(await panel.getAttribute('data-query')).toBe('?year=2016');
        const tooltip = panel.locator('.ipec-map-tooltip');
        await panel.locator('svg.ipec-map-svg').scrollIntoViewIfNeeded();
        for (const region of ['Africa', 'Americas']) {
          const area = panel.locator(`.ipec-map-area[data-key="${region}"]`);
          const { valueText, year } = await area.evaluate((el) => ({ ...(el as SVGElement).dataset }));
          const label = panel.locator(`[data-label-for="${region}"]`);
          const labelBox = await label.boundingBox();
          // Hover the label's anchor, a point inside the region's largest land mass (labels let the pointer through).
          const anchor = await label.evaluate((text) => {
            const t = text as SVGTextElement;
            const point = new DOMPoint(Number(t.getAttribute('x')), Number(t.getAttribute('y'))).matrixTransform(
              t.getScreenCTM()!,
            );
            return { x: point.x, y: point.y };
          });
          await page.mouse.move(anchor.x, anchor.y);
          await expect.poll(() => tooltip.isVisible(), { message: `${region} tooltip` }).toBe(true);
          const text = await tooltip.textContent();
          expect(text).toContain(region);
          expect(text).toContain(valueText);
          expect(text).toContain(year);
          expect(intersects((await tooltip.boundingBox())!, labelBox!), `${region} tooltip covers its label`).toBe(
            false,
          );
        }
        await page.mouse.move(0, 0);
        // Keyboard: focus a region, arrows move between regions, the table row is highlighted.
        await panel.locator('.ipec-map-area').first().focus();
        await page.keyboard.press('ArrowRight');
        const focused = await page.evaluate(() => (document.activeElement as SVGElement).dataset.region);
        expect(await tooltip.textContent()).toContain(focused);
        await expect(panel.locator('tr.is-active th').textContent()).resolves.toBe(focused);
        // No horizontal scrolling at any width.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await context.close();
      });

      it(`${width} px, ${theme}: trend points show value, year and source on focus and hover`, async () => {
        const context = await themed(theme, width);
        const page = await context.newPage();
        await page.goto(url('data/child-labour-trend/'));
        const points = page.locator('.ipec-chart-point');
        expect(await points.count()).toBeGreaterThan(3);
        await points.first().focus();
        await page.keyboard.press('ArrowRight');
        const tip = page.locator('.ipec-map-tooltip');
        const text = (await tip.textContent())!;
        expect(text).toMatch(/\b(19|20)\d\d\b/);
        expect(text).toMatch(/million/);
        expect(text).toMatch(/Source: /);
        const second = points.nth(1);
        expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.keyboard.press('Escape');
        const box = (await points.nth(2).locator('.ipec-chart-marker').boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        expect(await tip.textContent()).toBe(await points.nth(2).getAttribute('data-tip'));
        // Each series is named beside its line.
        expect(await page.locator('.ipec-chart-name').count()).toBeGreaterThanOrEqual(1);
        await context.close();
      });
    }
  }

  it('keeps state and view in the address: a copied link reopens them and Back restores the previous view', async () => {
    const context = await themed('light', 1280);
    const page = await context.newPage();
    await page.goto(url('data/child-labour-map/'));
    const first = await page.locator('.ipec-map-panel:visible').getAttribute('data-panel');
    // The page opens on the most recent year whose map has values for all or nearly all regions; the
    // switch says how many regions a partial year covers ("2024 (1 of 5 regions)").
    const labels = await page
      .locator('.ipec-map-switch:not(.ipec-map-views) label')
      .evaluateAll((ls) => ls.map((l) => ({ panel: l.querySelector('input')!.value, text: l.textContent!.trim() })));
    const coverage = labels.map(({ text }) => {
      const partial = /\((\d+) of (\d+) regions\)/.exec(text);
      return partial ? Number(partial[1]) / Number(partial[2]) : 1;
    });
    const opening = coverage.findIndex((c) => c >= 0.8 * Math.max(...coverage));
    expect(first).toBe(labels[opening]!.panel);
    const allYears = await page
      .locator('.ipec-map-panel')
      .evaluateAll((ps) => ps.map((p) => Number(p.dataset.query?.match(/\d{4}/)?.[0])));
    const older = String(Math.min(...allYears));
    await page.locator('.ipec-map-switch label', { hasText: older }).click();
    expect(new URL(page.url()).searchParams.get('year')).toBe(older);
    await page.locator('.ipec-map-views label', { hasText: 'Table' }).click();
    expect(new URL(page.url()).searchParams.get('view')).toBe('table');
    await expect.poll(() => page.locator('.ipec-map-panel:visible table').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.ipec-map-panel:visible svg.ipec-map-svg').isVisible()).toBe(false);
    // A copied link opens the same state and view.
    const copied = page.url();
    const other = await context.newPage();
    await other.goto(copied);
    expect(await other.locator('.ipec-map-panel:visible').getAttribute('data-query')).toBe(`?year=${older}`);
    await expect.poll(() => other.locator('.ipec-map-panel:visible table').isVisible()).toBe(true);
    expect(await other.locator('.ipec-map-views input[value="table"]').isChecked()).toBe(true);
    // Back: first the map view of the older year, then the year the page opened on.
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    await expect.poll(() => page.locator('.ipec-map-panel:visible svg.ipec-map-svg').isVisible()).toBe(true);
    expect(await page.locator('.ipec-map-panel:visible').getAttribute('data-query')).toBe(`?year=${older}`);
    await page.goBack();
    expect(await page.locator('.ipec-map-panel:visible').getAttribute('data-panel')).toBe(first);
    // The forced labour map keeps its indicator in the address.
    await page.goto(url('data/forced-labour-map/?indicator=share'));
    expect(await page.locator('.ipec-map-panel:visible').getAttribute('data-panel')).toMatch(/^forced-labour-share-/);
    await context.close();
  });

  for (const theme of THEMES) {
    it(`countries map (${theme}): a country opens its page by click and by Enter, and stands out from its region`, async () => {
      const context = await themed(theme, 1280);
      const page = await context.newPage();
      await page.goto(url('data/programme-countries/'));
      const countries = page.locator('a.ipec-map-area');
      expect(await countries.count()).toBeGreaterThan(5);
      const fill = await countries
        .locator('.ipec-map-country-listed')
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
      const hex = (rgb: string) =>
        `#${(rgb.match(/\d+/g) ?? [])
          .slice(0, 3)
          .map((n) => Number(n).toString(16).padStart(2, '0'))
          .join('')}`;
      expect(hex(fill)).toBe(PROGRAMME_FILLS[theme].listed);
      const target = await countries.first().getAttribute('href');
      await countries.first().focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname === target);
      expect(await page.locator('h1').textContent()).toBeTruthy();
      await page.goBack();
      const second = countries.nth(1);
      const href = await second.getAttribute('href');
      const box = (await second.locator('path').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForURL((u) => u.pathname !== '/data/programme-countries/');
      expect(new URL(page.url()).pathname.startsWith('/countries/')).toBe(true);
      void href;
      await context.close();
    });
  }
});

describe('downloads', () => {
  it('serve CSV, JSON and SVG with their content types and the numbers of the table', async () => {
    const context = await themed('light', 1280);
    const page = await context.newPage();
    for (const path of await chartPages(page)) {
      await page.goto(sandbox.site.origin + path);
      const panels = page.locator('.ipec-map-panel');
      for (let i = 0; i < (await panels.count()); i++) {
        const panel = panels.nth(i);
        const link = async (kind: string) =>
          new URL((await panel.locator(`a[data-kind="${kind}"]`).getAttribute('href'))!, sandbox.site.origin).href;
        const csvResponse = await page.request.get(await link('csv'));
        expect(csvResponse.headers()['content-type']).toMatch(/^text\/csv/);
        const csvText = await csvResponse.text();
        expect(csvText.charCodeAt(0)).toBe(0xfeff);
        const csv = csvParse(csvText.slice(1));
        const jsonResponse = await page.request.get(await link('json'));
        expect(jsonResponse.headers()['content-type']).toMatch(/^application\/json/);
        const json = await jsonResponse.json();
        for (const key of ['title', 'description', 'unit', 'referenceYear', 'sources', 'notes', 'chartUrl', 'citation'])
          expect(json, key).toHaveProperty(key);
        expect(json.data).toHaveLength(csv.length);
        const svgResponse = await page.request.get(await link('svg'));
        expect(svgResponse.headers()['content-type']).toMatch(/^image\/svg\+xml/);
        expect(await svgResponse.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        if (csv.columns[0] === 'region') {
          // The table shows the value with its unit: each CSV number is in its row, unrounded.
          const tableRows = await panel
            .locator('tbody tr')
            .evaluateAll((trs) =>
              trs.map((tr) => [
                tr.querySelector('th')!.textContent!.trim(),
                tr.querySelector('td')!.textContent!.trim(),
              ]),
            );
          const withValues = tableRows.filter(([, v]) => v !== 'No data');
          expect(csv.map((r) => r.region)).toEqual(withValues.map(([region]) => region));
          csv.forEach((r, j) => expect(withValues[j][1].replace(/,/g, '')).toContain(r.value));
        }
      }
    }
    const figures = await page.request.get(url('data/figures.csv'));
    expect(figures.headers()['content-type']).toMatch(/^text\/csv/);
    const rows = csvParse((await figures.text()).slice(1));
    expect(rows.columns).toEqual(
      expect.arrayContaining(['id', 'value', 'unit', 'reference_year', 'source_title', 'source_url', 'note']),
    );
    const json = await (await page.request.get(url('data/figures.json'))).json();
    expect(json.data).toHaveLength(rows.length);
    await context.close();
  });

  it('draws the PNG in the browser from the SVG', async () => {
    const context = await sandbox.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(url('data/forced-labour-trend/'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.ipec-png-button:visible').first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(1, 4).toString()).toBe('PNG');
    await context.close();
  });
});
