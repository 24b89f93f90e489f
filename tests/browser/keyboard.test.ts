/**
 * Keyboard gate: the skip link is the first Tab stop and takes focus into the main content; every
 * focused link and button shows a visible focus indicator; the sidebar and the search button can be
 * reached with Tab. A fixture page without those shows the gate fails.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILDS, ROOT, useBrowserAndSite } from '../support/harness.ts';
import { pageUrl } from '../support/crawl.ts';
import { keyboardProblems } from '../support/keyboard.ts';
import { pageTypes } from '../../scripts/site-files.mjs';

const guidance = pageTypes(BUILDS.root.dir).guidance ?? 'index.html';

describe('keyboard gate', () => {
  const ctx = useBrowserAndSite(BUILDS.root);
  let page: Page;
  beforeAll(async () => {
    page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  it(`passes on ${guidance}`, async () => {
    expect(await keyboardProblems(page, ctx.site.origin + pageUrl(guidance, BUILDS.root.base))).toEqual([]);
  });

  it('fails on a page without a skip link, search, sidebar or focus styles', async () => {
    const broken = await ctx.serve(join(ROOT, 'tests/fixtures/keyboard-broken'), '/');
    const problems = await keyboardProblems(page, broken.url, 5);
    expect(problems).toEqual([
      'first Tab stop is a "Guidance", not a "Skip to content" link',
      'the search button is not reached within 5 Tab presses',
      'the sidebar is not reached within 5 Tab presses',
      'no visible focus indicator on a "Guidance"',
      'no visible focus indicator on a "Tools"',
    ]);
  });
});
