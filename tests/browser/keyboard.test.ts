/**
 * Keyboard gate: the skip link is the first Tab stop and takes focus into the main content; every
 * focused link and button shows a visible focus indicator; the sidebar and the search button can be
 * reached with Tab. A fixture page without those shows the gate fails.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BUILDS, ROOT, launchBrowser, serveSite, type StaticSite } from './harness.ts';
import { pageUrl } from './crawl.ts';
import { keyboardProblems } from './keyboard.ts';
import { pageTypes } from '../../scripts/site-files.mjs';

let browser: Browser;
let page: Page;
const guidance = pageTypes(BUILDS.root.dir).guidance ?? 'index.html';

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => browser?.close());

describe('keyboard gate', () => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveSite(BUILDS.root.dir, BUILDS.root.base);
  });
  afterAll(async () => site?.close());

  it(`passes on ${guidance}`, async () => {
    expect(await keyboardProblems(page, site.origin + pageUrl(guidance, BUILDS.root.base))).toEqual([]);
  });

  it('fails on a page without a skip link, search, sidebar or focus styles', async () => {
    const broken = await serveSite(join(ROOT, 'tests/fixtures/keyboard-broken'), '/');
    const problems = await keyboardProblems(page, broken.url, 5);
    await broken.close();
    expect(problems).toEqual([
      'first Tab stop is a "Guidance", not a "Skip to content" link',
      'the search button is not reached within 5 Tab presses',
      'the sidebar is not reached within 5 Tab presses',
      'no visible focus indicator on a "Guidance"',
      'no visible focus indicator on a "Tools"',
    ]);
  });
});
