/**
 * Privacy and CSP gate: on each page type (and with the search dialog open and queried), every
 * request goes to the site's own origin, and Chromium reports no Content-Security-Policy violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BUILDS, launchBrowser, serveSite, type StaticSite } from './harness.ts';
import { pageUrl } from './crawl.ts';
import { pageTypes } from '../../scripts/site-files.mjs';

let browser: Browser;
let site: StaticSite;
const types = Object.entries(pageTypes(BUILDS.sub.dir));

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveSite(BUILDS.sub.dir, BUILDS.sub.base);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens `url`, runs `act`, and returns the requests made and the CSP violations reported. */
async function visit(url: string, act: (page: Page) => Promise<void> = async () => {}) {
  const page = await browser.newPage();
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
  await page.goto(url, { waitUntil: 'networkidle' });
  await act(page);
  await page.close();
  return { requests, violations };
}

async function search(page: Page) {
  await page.click('button[data-open-modal]');
  await page.keyboard.type('labour');
  await page.waitForSelector('.pagefind-ui__result', { timeout: 10_000 });
}

describe('requests and CSP (sub-path build)', () => {
  it('covers several page types', () => {
    expect(types.map(([type]) => type)).toEqual(expect.arrayContaining(['home', 'guidance', 'not-found']));
  });

  it.each(types)('the %s page loads only from its own origin, with no CSP violation', async (_type, file) => {
    const { requests, violations } = await visit(site.origin + pageUrl(file, BUILDS.sub.base));
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((url) => new URL(url).origin !== site.origin)).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('search (Pagefind, WebAssembly) finds pages with no outside request and no CSP violation', async () => {
    const { requests, violations } = await visit(site.url, search);
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(requests.filter((url) => new URL(url).origin !== site.origin)).toEqual([]);
    expect(violations).toEqual([]);
  });
});
