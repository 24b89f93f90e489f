/**
 * Accessibility gate: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in the light and the dark theme must
 * report 0 violations on every English guidance and chart page and on one page of every other template
 * in every language (tests/support/page-sample.ts), as Starlight tests its own templates: pages of one
 * template share their markup, and their content is checked page by page by the HTML validity, crawl and
 * language tests. The sub-path build has the same markup. A fixture page with known faults shows the
 * gate can fail.
 */
import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { BUILDS, ROOT, useBrowserAndSite } from '../support/harness.ts';
import { htmlFiles, pageUrl } from '../support/crawl.ts';
import { samplePages } from '../support/page-sample.ts';
import { axeViolations, formatViolations } from '../support/axe.ts';

const TABS = 4;
const sandbox = useBrowserAndSite(BUILDS.root);

/**
 * One browser context per theme, reused for every page (a fresh context per page is much slower). The
 * pages keep their Content-Security-Policy: @axe-core/playwright runs axe without a script tag.
 */
async function themedPage(theme: 'light' | 'dark') {
  const context = await sandbox.browser.newContext({ colorScheme: theme });
  await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  return { context, page: await context.newPage() };
}

describe('axe-core', () => {
  it('finds the known faults of the fixture page (the gate can fail)', async () => {
    const fixture = await sandbox.serve(resolve(import.meta.dirname, '../fixtures/a11y-broken'));
    const context = await sandbox.browser.newContext();
    const page = await context.newPage();
    await page.goto(fixture.url);
    const ids = (await axeViolations(page)).map((v) => v.id);
    await context.close();
    expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'image-alt', 'button-name']));
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`reports no WCAG A/AA violation on the sampled pages in the ${theme} theme`, async () => {
      const files = samplePages(htmlFiles(BUILDS.root.dir), join(ROOT, 'content/docs'));
      expect(files.length).toBeGreaterThan(1);
      const report: string[] = [];
      const { context, page: first } = await themedPage(theme);
      // A few tabs at once: axe takes about a second per page.
      const tabs = [first, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => context.newPage())))];
      const queue = [...files];
      await Promise.all(
        tabs.map(async (page) => {
          for (let file = queue.shift(); file; file = queue.shift()) {
            await page.goto(sandbox.site.origin + pageUrl(file, BUILDS.root.base), { waitUntil: 'load' });
            const current = await page.evaluate(() => document.documentElement.dataset.theme);
            if (current !== theme) report.push(`${theme} ${file}: page opened in the ${current} theme`);
            report.push(...formatViolations(`${theme} ${file}`, await axeViolations(page)));
          }
        }),
      );
      await context.close();
      report.sort();
      if (report.length) console.log(report.join('\n'));
      expect(report.join('\n')).toBe('');
    }, 1_200_000);
  }
});
