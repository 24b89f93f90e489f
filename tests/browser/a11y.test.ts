/**
 * Accessibility gate: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in the light theme, and its colour rules
 * in the dark theme (each page loaded once, then switched as Starlight's theme menu switches it: only
 * colours change), must
 * report 0 violations on every English guidance and chart page and on one page of every other template
 * in every language (tests/support/page-sample.ts), as Starlight tests its own templates: pages of one
 * template share their markup, and their content is checked page by page by the HTML validity, crawl and
 * language tests. The sub-path build has the same markup. A fixture page with known faults shows the
 * gate can fail.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join, resolve } from 'node:path';
import { BUILDS, ROOT, useBrowserAndSite } from '../support/harness.ts';
import { htmlFiles, pageUrl } from '../support/crawl.ts';
import { samplePages } from '../support/page-sample.ts';
import { COLOUR_RULES, axeViolations, formatViolations } from '../support/axe.ts';

const TABS = 4;
const sandbox = useBrowserAndSite(BUILDS.root);

/**
 * Switches an open page to `theme` as Starlight's theme menu does (its `data-theme` attribute), with the
 * browser's colour scheme to match, so each page is loaded once for both themes. The stored choice is
 * left alone: the tabs share it, and another tab may be loading a page in the light theme.
 */
async function switchTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((value) => {
    document.documentElement.dataset.theme = value;
  }, theme);
}

describe('axe-core', () => {
  it('finds the known faults of the fixture page (the gate can fail)', async () => {
    const fixture = await sandbox.serve(resolve(import.meta.dirname, '../fixtures/a11y-broken'));
    const context = await sandbox.browser.newContext();
    const page = await context.newPage();
    await page.goto(fixture.url);
    const ids = (await axeViolations(page)).map((v) => v.id);
    const colourIds = (await axeViolations(page, COLOUR_RULES)).map((v) => v.id);
    await context.close();
    expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'image-alt', 'button-name']));
    expect(colourIds).toEqual(['color-contrast']);
  });

  it('reports no WCAG A/AA violation on the sampled pages, in the light and the dark theme', async () => {
    const files = samplePages(htmlFiles(BUILDS.root.dir), join(ROOT, 'content/docs'));
    expect(files.length).toBeGreaterThan(1);
    const report: string[] = [];
    const context = await sandbox.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    // A few tabs at once: axe takes about a second per page.
    const tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
    const queue = [...files];
    await Promise.all(
      tabs.map(async (page) => {
        for (let file = queue.shift(); file; file = queue.shift()) {
          await page.emulateMedia({ colorScheme: 'light' });
          await page.goto(sandbox.site.origin + pageUrl(file, BUILDS.root.base), { waitUntil: 'load' });
          for (const theme of ['light', 'dark'] as const) {
            if (theme !== 'light') await switchTheme(page, theme);
            const current = await page.evaluate(() => document.documentElement.dataset.theme);
            if (current !== theme) report.push(`${theme} ${file}: page shown in the ${current} theme`);
            // Every rule in the light theme; in the dark one, the rules colours decide (the markup is the same).
            const rules = theme === 'light' ? undefined : COLOUR_RULES;
            report.push(...formatViolations(`${theme} ${file}`, await axeViolations(page, rules)));
          }
        }
      }),
    );
    await context.close();
    report.sort();
    if (report.length) console.log(report.join('\n'));
    expect(report.join('\n')).toBe('');
  }, 1_200_000);

  it('a page opens in the theme the reader chose before (Starlight keeps it)', async () => {
    const context = await sandbox.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    const page = await context.newPage();
    await page.goto(sandbox.site.url);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();
  });
});
