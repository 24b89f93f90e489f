/**
 * No text of a chart is drawn over another, at phone and desktop widths, in every language: every
 * chart page (read from each language's index of charts) at 320, 390 and 1280 px, with the boxes the
 * browser gives each visible text of the chart in view.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILDS, useBrowserAndSite } from '../support/harness';

const sandbox = useBrowserAndSite(BUILDS.root);
const url = (path: string) => new URL(path, sandbox.site.url).href;
const WIDTHS = [320, 390, 1280];
const LANG_PREFIX = { en: '', fr: 'fr/', es: 'es/' } as const;

interface TextBox {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The visible texts of the charts in the open panel, with their boxes on the page. */
function chartTexts(page: Page): Promise<TextBox[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '.ipec-map-panel:not([hidden]) svg.ipec-map-svg, .ipec-map-panel:not([hidden]) svg.ipec-chart-svg',
      ),
    ]
      .flatMap((svg) => [...svg.querySelectorAll('text')])
      .filter((t) => getComputedStyle(t).display !== 'none' && getComputedStyle(t).visibility !== 'hidden')
      .map((t) => {
        const b = t.getBoundingClientRect();
        return { text: t.textContent ?? '', left: b.left, top: b.top, right: b.right, bottom: b.bottom };
      })
      .filter((b) => b.right > b.left && b.bottom > b.top),
  );
}

/** Pairs of texts whose boxes overlap by more than a pixel (the halo around a label may touch). */
function overlapping(boxes: TextBox[]): string[] {
  const found: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
        found.push(`"${a.text}" × "${b.text}"`);
  return found;
}

describe('chart labels', () => {
  for (const [lang, prefix] of Object.entries(LANG_PREFIX)) {
    it(`never overlap at 320, 390 and 1280 px (${lang})`, async () => {
      const page = await sandbox.browser.newPage();
      await page.goto(url(`${prefix}data/`));
      const pages = await page
        .locator('.ipec-chart-cards h2 a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(pages.length).toBeGreaterThan(0);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        for (const path of pages) {
          await page.goto(sandbox.site.origin + path);
          await expect.poll(() => page.locator('.ipec-map-controls').isVisible()).toBe(true);
          const boxes = await chartTexts(page);
          expect(boxes.length, `${path} at ${width}px`).toBeGreaterThan(0);
          expect(overlapping(boxes), `${path} at ${width}px`).toEqual([]);
        }
      }
      await page.close();
    });
  }
});
