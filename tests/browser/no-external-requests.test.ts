/**
 * Privacy and CSP gate: on each page type (and with the search dialog open and queried), every
 * request goes to the site's own origin, and Chromium reports no Content-Security-Policy violation.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILDS, trackRequests, useBrowserAndSite } from '../support/harness.ts';
import { pageUrl } from '../support/crawl.ts';
import { pageTypes } from '../../scripts/site-files.mjs';

const ctx = useBrowserAndSite(BUILDS.sub);
const types = Object.entries(pageTypes(BUILDS.sub.dir));

/** Opens `url`, runs `act`, and returns the requests made and the CSP violations reported. */
async function visit(url: string, act: (page: Page) => Promise<void> = async () => {}) {
  const page = await ctx.browser.newPage();
  const inFlight = trackRequests(page);
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.text().startsWith('CSP ')) violations.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`),
    ),
  );
  await page.goto(url);
  await inFlight.settled();
  await act(page);
  await inFlight.settled();
  await page.close();
  return { requests, violations };
}

async function search(page: Page) {
  await page.click('button[data-open-modal]');
  await page.keyboard.type('labour');
  await page.waitForSelector('.pagefind-ui__result', { timeout: 30_000 });
}

describe('requests and CSP (sub-path build)', () => {
  it('covers several page types', () => {
    expect(types.map(([type]) => type)).toEqual(expect.arrayContaining(['home', 'guidance', 'not-found']));
  });

  it.each(types)('the %s page loads only from its own origin, with no CSP violation', async (_type, file) => {
    const { requests, violations } = await visit(ctx.site.origin + pageUrl(file, BUILDS.sub.base));
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((url) => new URL(url).origin !== ctx.site.origin)).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('search (Pagefind, WebAssembly) finds pages with no outside request and no CSP violation', async () => {
    const { requests, violations } = await visit(ctx.site.url, search);
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(requests.filter((url) => new URL(url).origin !== ctx.site.origin)).toEqual([]);
    expect(violations).toEqual([]);
  });
});
