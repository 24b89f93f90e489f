/**
 * The tools catalogue in Chromium: with JavaScript off every tool is listed and linked; with
 * JavaScript the facet and text filters narrow the list, update the count and the address, survive a
 * reload, clear, and work from the keyboard. Expected numbers come from content/tools, not from the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { BUILDS, ROOT, launchBrowser, serveSite, type StaticSite } from './harness';

interface ToolFile {
  id: string;
  title: string;
  description: string;
  kind: string;
  topics: string[];
  pillars: string[];
}
const TOOLS: ToolFile[] = readdirSync(join(ROOT, 'content/tools'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: basename(name, '.yaml'), ...parse(readFileSync(join(ROOT, 'content/tools', name), 'utf8')) }));
const TOTAL = TOOLS.length;

/** Ids of the entries a reader can see (an entry or one of its groups may be hidden). */
const visibleIds = (page: Page) =>
  page.$$eval('[data-tool]', (els) => [
    ...new Set(els.filter((el) => !el.closest('[hidden]')).map((el) => (el as HTMLElement).dataset.tool!)),
  ]);
const status = (page: Page) => page.locator('#tool-status').textContent();
const sorted = (ids: string[]) => [...ids].sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(Object.entries(BUILDS))('tools catalogue, %s build, JavaScript off', (_name, build) => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveSite(build.dir, build.base);
  });
  afterAll(async () => site?.close());

  it('lists and links every tool, and shows no filter form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}tools/`);
    const links = await page.$$eval('a.tool-title', (els) =>
      els.map((a) => ({ text: a.textContent?.trim(), href: a.getAttribute('href') })),
    );
    for (const tool of TOOLS) {
      expect(links, tool.id).toContainEqual({ text: tool.title, href: `${build.base}tools/${tool.id}/` });
    }
    expect(await page.locator('#tool-filters').isVisible()).toBe(false);
    expect(await status(page)).toBe(`${TOTAL} of ${TOTAL} tools shown`);
    // A tool filed under two categories is listed under both.
    const twoPillars = TOOLS.filter((t) => t.pillars.length === 2);
    expect(links.length).toBe(TOTAL + twoPillars.length);
    for (const tool of TOOLS) {
      const response = await page.request.get(`${site.origin}${build.base}tools/${tool.id}/`);
      expect(response.status(), tool.id).toBe(200);
    }
    await context.close();
  });
});

describe('tools catalogue, JavaScript on', () => {
  let site: StaticSite;
  let page: Page;
  beforeAll(async () => {
    site = await serveSite(BUILDS.root.dir, BUILDS.root.base);
  });
  afterAll(async () => site?.close());

  it('filters by facet and text, keeps the state in the address and across a reload, and clears', async () => {
    page = await browser.newPage();
    await page.goto(`${site.url}tools/`);
    await expect(page.locator('#tool-filters').isVisible()).resolves.toBe(true);
    expect(await status(page)).toBe(`${TOTAL} of ${TOTAL} tools shown`);

    const toolkits = TOOLS.filter((t) => t.kind === 'toolkit');
    await page.getByRole('checkbox', { name: /^Toolkit \(\d+\)$/ }).check();
    expect(sorted(await visibleIds(page))).toEqual(sorted(toolkits.map((t) => t.id)));
    expect(await status(page)).toBe(`${toolkits.length} of ${TOTAL} tools shown`);
    expect(new URL(page.url()).search).toBe('?kind=toolkit');

    const forcedToolkits = toolkits.filter((t) => t.topics.includes('forced-labour'));
    await page.getByRole('checkbox', { name: /^Forced labour \(\d+\)$/ }).check();
    expect(sorted(await visibleIds(page))).toEqual(sorted(forcedToolkits.map((t) => t.id)));
    // Counts show what each option would give with the other filters kept.
    await expect(page.getByRole('checkbox', { name: `Child labour (${toolkits.filter((t) => t.topics.includes('child-labour')).length})` }).count()).resolves.toBe(1);
    // Groups with nothing left to show are hidden.
    const knowledge = page.locator('section:has(> #pillar-knowledge-data)');
    expect(await knowledge.isVisible()).toBe(forcedToolkits.some((t) => t.pillars.includes('knowledge-data')));

    await page.reload();
    expect(new URL(page.url()).search).toBe('?topic=forced-labour&kind=toolkit');
    expect(await page.getByRole('checkbox', { name: /^Toolkit/ }).isChecked()).toBe(true);
    expect(sorted(await visibleIds(page))).toEqual(sorted(forcedToolkits.map((t) => t.id)));
    expect(await status(page)).toBe(`${forcedToolkits.length} of ${TOTAL} tools shown`);

    await page.getByLabel('Filter by words in the title or description').fill('Recruitment');
    const withWord = forcedToolkits.filter((t) => `${t.title} ${t.description}`.toLowerCase().includes('recruitment'));
    expect(withWord.length).toBeGreaterThan(0);
    expect(withWord.length).toBeLessThan(forcedToolkits.length);
    expect(sorted(await visibleIds(page))).toEqual(sorted(withWord.map((t) => t.id)));
    expect(new URL(page.url()).search).toBe('?topic=forced-labour&kind=toolkit&q=Recruitment');

    await page.getByLabel('Filter by words in the title or description').fill('no such words anywhere');
    expect(await status(page)).toBe(`0 of ${TOTAL} tools shown`);
    expect(await page.locator('#tool-none').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await status(page)).toBe(`${TOTAL} of ${TOTAL} tools shown`);
    expect(new URL(page.url()).search).toBe('');
    expect((await visibleIds(page)).length).toBe(TOTAL);
    await page.close();
  });

  it('opens a shared filtered address with the filter applied', async () => {
    page = await browser.newPage();
    await page.goto(`${site.url}tools/?pillar=knowledge-data&audience=media`);
    const expected = TOOLS.filter((t) => t.pillars.includes('knowledge-data'));
    const shown = await visibleIds(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(expected.length);
    for (const id of shown) expect(expected.map((t) => t.id)).toContain(id);
    // Only the copies under the chosen category stay visible.
    const otherGroups = await page.$$eval('[data-tool]', (els) =>
      els.filter((el) => !el.closest('[hidden]') && (el as HTMLElement).dataset.group !== 'knowledge-data').length,
    );
    expect(otherGroups).toBe(0);
    await page.close();
  });

  it('can be used with the keyboard alone: Tab reaches a checkbox and Space toggles it', async () => {
    page = await browser.newPage();
    await page.goto(`${site.url}tools/`);
    const target = page.locator('input[name="topic"][value="child-labour"]');
    let reached = false;
    for (let i = 0; i < 150 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Space');
    expect(await target.isChecked()).toBe(true);
    const childLabour = TOOLS.filter((t) => t.topics.includes('child-labour'));
    expect(await status(page)).toBe(`${childLabour.length} of ${TOTAL} tools shown`);
    expect(new URL(page.url()).search).toBe('?topic=child-labour');
    await page.keyboard.press('Space');
    expect(await target.isChecked()).toBe(false);
    expect(await status(page)).toBe(`${TOTAL} of ${TOTAL} tools shown`);
    await page.close();
  });

  it('folds the facets on a phone until asked, and opens them for a shared filtered address', async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.url}tools/`);
    const facets = page.locator('#tool-filters details');
    expect(await facets.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await page.getByLabel('Filter by words in the title or description').isVisible()).toBe(true);
    await page.getByText('Filter by topic, category, kind and audience').click();
    expect(await page.getByRole('checkbox', { name: /^Toolkit/ }).isVisible()).toBe(true);
    await page.goto(`${site.url}tools/?kind=toolkit`);
    expect(await facets.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await page.close();
  });
});
