/**
 * The charts read by keyboard and screen reader, in every language: the focused point's accessible
 * name (read from the accessibility tree) gives its series, year, value and source, the arrow keys move
 * to the next point, and the focused point shows the same text in the tooltip a mouse would. The regions
 * of the maps say their name, value, year and source the same way.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILDS, useBrowserAndSite } from '../support/harness';

const sandbox = useBrowserAndSite(BUILDS.root);
const url = (path: string) => new URL(path, sandbox.site.url).href;
const LANG_PREFIX = { en: '', fr: 'fr/', es: 'es/' } as const;
const TREND_PAGES = ['data/child-labour-trend/', 'data/forced-labour-trend/'];

/** The accessible name of the focused element, as the accessibility tree gives it. */
async function focusedName(page: Page): Promise<string> {
  const snapshot = await page.locator(':focus').ariaSnapshot();
  // "- img "…"", quoted again in YAML ('…') when the name holds a colon.
  const name = snapshot.match(/^- '?img "(.*)"'?$/)?.[1];
  expect(name, snapshot).toBeDefined();
  return name!.replace(/\\"/g, '"').replace(/''/g, "'");
}

/** Text with its no-break spaces as plain ones, as the accessibility tree gives them. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('trend points by keyboard and screen reader', () => {
  for (const [lang, prefix] of Object.entries(LANG_PREFIX)) {
    it(`announce series, year, value and source, and show the tooltip on focus (${lang})`, async () => {
      const page = await sandbox.browser.newPage();
      for (const path of TREND_PAGES) {
        await page.goto(url(`${prefix}${path}`));
        await expect.poll(() => page.locator('.ipec-map-controls').isVisible()).toBe(true);
        const panel = page.locator('.ipec-map-panel:not([hidden])');
        const rows = await panel
          .locator('tbody tr')
          .evaluateAll((trs) =>
            trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]),
          );
        const series = (await panel.locator('.ipec-chart-series-1 .ipec-chart-name').textContent())!;
        await panel.locator('.ipec-chart-point[tabindex="0"]').focus();
        for (const [year, value] of rows.slice(0, 2)) {
          const name = await focusedName(page);
          // The series' name as written beside its line (one word a line there).
          expect(name.replace(/\s+/g, ''), `${lang} ${path}`).toContain(series.replace(/\s+/g, ''));
          expect(name, `${lang} ${path}`).toContain(year);
          expect(name, `${lang} ${path}`).toContain(value.replace(/\*$/, ''));
          expect(name, `${lang} ${path}`).toMatch(/(Source|Fuente) ?: .+\(\d{4}\)/);
          const tooltip = panel.locator('.ipec-map-tooltip');
          await expect.poll(() => tooltip.isVisible()).toBe(true);
          // The accessibility tree gives no-break spaces (French « 2000 : ») as plain ones.
          expect(spaced((await tooltip.textContent())!)).toBe(spaced(name));
          await page.keyboard.press('ArrowRight');
        }
      }
      await page.close();
    });
  }
});

describe('map regions by keyboard and screen reader', () => {
  for (const [lang, prefix] of Object.entries(LANG_PREFIX)) {
    it(`announce region, value, year and source, and show them in the tooltip on focus (${lang})`, async () => {
      const page = await sandbox.browser.newPage();
      for (const path of ['data/child-labour-map/', 'data/forced-labour-map/']) {
        await page.goto(url(`${prefix}${path}`));
        await expect.poll(() => page.locator('.ipec-map-controls').isVisible()).toBe(true);
        const panel = page.locator('.ipec-map-panel:not([hidden])');
        const area = panel.locator('.ipec-map-area:not([data-value=""])').first();
        const [region, value, year] = await area.evaluate((el) => [
          el.getAttribute('data-region')!,
          el.getAttribute('data-value-text')!,
          el.getAttribute('data-year')!,
        ]);
        await area.focus();
        const name = await focusedName(page);
        for (const part of [region, value, year]) expect(spaced(name), `${lang} ${path}`).toContain(spaced(part));
        expect(name, `${lang} ${path}`).toMatch(/(Source|Fuente) ?: .+\(\d{4}\)$/);
        const tooltip = panel.locator('.ipec-map-tooltip');
        await expect.poll(() => tooltip.isVisible()).toBe(true);
        const tip = (await tooltip.textContent())!;
        for (const part of [region, value, year]) expect(tip, `${lang} ${path}`).toContain(part);
        expect(tip, `${lang} ${path}`).toMatch(/\(\d{4}\)$/);
      }
      await page.close();
    });
  }
});
