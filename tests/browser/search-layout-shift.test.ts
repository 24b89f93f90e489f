/**
 * The search page holds still while its results arrive: the cumulative layout shift of /search/ opened
 * with a query, measured with the browser's own layout-shift entries (the numbers Lighthouse adds up),
 * stays below 0.1 (the "good" threshold of Core Web Vitals), for a query with results and one without,
 * on a phone and on a wide screen. Pagefind is held back for a moment so the page is painted before the
 * results come, as on a slow connection; otherwise everything could land before the first paint and no
 * shift would ever be seen.
 */
import { describe, expect, it } from 'vitest';
import { BUILDS, useBrowserAndSite } from '../support/harness.ts';

const GOOD_SHIFT = 0.1;
const PAGEFIND_DELAY_MS = 800;
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const QUERIES = [
  { query: 'cocoa', done: '.search-result' },
  { query: 'zqxwvy', done: '.search-empty:not([hidden])' },
];

const sandbox = useBrowserAndSite(BUILDS.root);

describe.each(VIEWPORTS)('the search page at $width px', (viewport) => {
  it.each(QUERIES)('does not shift while the results for "$query" arrive', async ({ query, done }) => {
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
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((wait) => setTimeout(wait, PAGEFIND_DELAY_MS));
      await route.continue();
    });
    await page.goto(`${sandbox.site.url}search/?q=${query}`);
    await page.locator(done).first().waitFor();
    await expect.poll(() => page.locator('.search-status').textContent()).not.toBe('');
    // Two frames after the last change, so its shift (if any) is recorded.
    await page.evaluate(() => new Promise((next) => requestAnimationFrame(() => requestAnimationFrame(next))));
    const shift = await page.evaluate(
      () => (window as unknown as { layoutShift: { value: number; sources: string[] } }).layoutShift,
    );
    await context.close();
    console.log(`[${viewport.width} px, "${query}"] cumulative layout shift ${shift.value.toFixed(3)}`);
    expect(shift.value, `shifted: ${shift.sources.join(', ')}`).toBeLessThan(GOOD_SHIFT);
  });
});
