/**
 * Keyboard gate: the skip link is the first Tab stop and takes focus into the main content; every
 * focused link and button shows a visible focus indicator; the sidebar and the search button can be
 * reached with Tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BUILDS, launchBrowser, serveSite, type StaticSite } from './harness.ts';
import { pageUrl } from './crawl.ts';
import { pageTypes } from '../../scripts/site-files.mjs';

let browser: Browser;
let site: StaticSite;
let page: Page;
const guidance = pageTypes(BUILDS.root.dir).guidance ?? 'index.html';

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveSite(BUILDS.root.dir, BUILDS.root.base);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Focused {
  tag: string;
  text: string;
  inMain: boolean;
  inSidebar: boolean;
  isSearch: boolean;
  indicator: boolean;
}

/** Presses Tab and describes the newly focused element. */
async function tab(): Promise<Focused> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 40),
      inMain: !!el.closest('main'),
      inSidebar: !!el.closest('#starlight__sidebar'),
      isSearch: el.matches('button[data-open-modal]'),
      indicator: outline || style.boxShadow !== 'none',
    };
  });
}

describe(`keyboard use of ${guidance}`, () => {
  it('starts with a skip link that moves focus into the main content', async () => {
    await page.goto(site.origin + pageUrl(guidance, BUILDS.root.base));
    const first = await tab();
    expect(first.tag).toBe('a');
    expect(first.text).toMatch(/skip to content/i);
    await page.keyboard.press('Enter');
    const next = await tab();
    expect(next.inMain).toBe(true);
  });

  it('reaches the search button and the sidebar, with a visible focus indicator on each stop', async () => {
    await page.goto(site.origin + pageUrl(guidance, BUILDS.root.base));
    const stops: Focused[] = [];
    for (let i = 0; i < 40; i++) stops.push(await tab());
    expect(stops.some((s) => s.isSearch)).toBe(true);
    expect(stops.some((s) => s.inSidebar)).toBe(true);
    const invisible = stops.filter((s) => ['a', 'button'].includes(s.tag) && !s.indicator);
    expect(invisible.map((s) => `${s.tag} "${s.text}"`)).toEqual([]);
  });
});
