/**
 * Pages hold still while their scripts run: the cumulative layout shift, measured with the browser's own
 * layout-shift entries (the numbers Lighthouse adds up), stays below 0.1 (the "good" threshold of Core Web
 * Vitals) on a phone and on a wide screen, for the search page opened with a query (with results and
 * without) and for a chart page (whose script hides the states it does not open on). The script or index is
 * held back for a moment so the page is painted before it runs, as on a slow connection; otherwise
 * everything could land before the first paint and no shift would ever be seen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILDS, useBrowserAndSite } from '../support/harness.ts';

const GOOD_SHIFT = 0.1;
const DELAY_MS = 800;
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const QUERIES = [
  { query: 'cocoa', done: '.search-result' },
  { query: 'zqxwvy', done: '.search-empty:not([hidden])' },
];
const CHART_PAGE = 'data/child-labour-map/';

const sandbox = useBrowserAndSite(BUILDS.root);

/**
 * Opens `path` with the requests matching `held` delayed, waits for `ready`, and returns the layout shift
 * recorded from the first paint to two frames after it, with the elements that moved.
 */
async function layoutShift(
  viewport: { width: number; height: number },
  path: string,
  held: string,
  ready: (page: Page) => Promise<unknown>,
) {
  const context = await sandbox.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const total = { value: 0, sources: [] as string[] };
    (window as unknown as { layoutShift: typeof total }).layoutShift = total;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        total.value += entry.value;
        for (const source of entry.sources ?? []) {
          const node = source.node;
          total.sources.push(node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : 'text');
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route(held, async (route) => {
    await new Promise((wait) => setTimeout(wait, DELAY_MS));
    await route.continue();
  });
  await page.goto(`${sandbox.site.url}${path}`);
  await ready(page);
  // Two frames after the last change, so its shift (if any) is recorded.
  await page.evaluate(() => new Promise((next) => requestAnimationFrame(() => requestAnimationFrame(next))));
  const shift = await page.evaluate(
    () => (window as unknown as { layoutShift: { value: number; sources: string[] } }).layoutShift,
  );
  await context.close();
  console.log(`[${viewport.width} px, /${path}] cumulative layout shift ${shift.value.toFixed(3)}`);
  return shift;
}

describe.each(VIEWPORTS)('at $width px', (viewport) => {
  it.each(QUERIES)('the search page does not shift while the results for "$query" arrive', async ({ query, done }) => {
    const shift = await layoutShift(viewport, `search/?q=${query}`, '**/pagefind/pagefind.js', async (page) => {
      await page.locator(done).first().waitFor();
      await expect.poll(() => page.locator('.search-status').textContent()).not.toBe('');
    });
    expect(shift.value, `shifted: ${shift.sources.join(', ')}`).toBeLessThan(GOOD_SHIFT);
  });

  it('a chart page does not shift when its script shows the state it opens on', async () => {
    const shift = await layoutShift(viewport, CHART_PAGE, '**/_astro/*.js', (page) =>
      page.locator('figure[data-enhanced]').first().waitFor(),
    );
    expect(shift.value, `shifted: ${shift.sources.join(', ')}`).toBeLessThan(GOOD_SHIFT);
  });
});
