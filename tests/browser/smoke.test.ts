/**
 * Both builds load in Chromium: the home page renders, and no request for the page or its assets
 * fails (the favicon included).
 */
import { describe, expect, it } from 'vitest';
import { BUILDS, trackRequests, useBrowserAndSite } from '../support/harness';

describe.each(Object.entries(BUILDS))('%s build', (_name, build) => {
  const ctx = useBrowserAndSite(build);

  it('serves the home page with all its assets', async () => {
    const { browser, site } = ctx;
    const page = await browser.newPage();
    const requests = trackRequests(page);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    await page.goto(site.url);
    await requests.settled();
    expect(await page.title()).toContain('IPEC+');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('IPEC+');
    const favicon = await page.locator('link[rel~="icon"]').getAttribute('href');
    expect(favicon).toBe(`${build.base}favicon.svg`);
    expect((await page.request.get(new URL(favicon!, site.origin).href)).status()).toBe(200);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('serves the 404 page for unknown addresses', async () => {
    const { browser, site } = ctx;
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Page not found');
    await page.close();
  });
});
