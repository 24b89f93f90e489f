/**
 * Chart embeds as a newsroom uses them: a page on another origin frames /data/<chart>/embed/ (every
 * chart, every language) and sees the chart with its source and a link back, while the site's other
 * pages refuse to be framed. The site is served with its own _headers applied (scripts/static-server.mjs);
 * the other origin is a second static server on another port. Also: an embed without JavaScript, and
 * the embed code each chart page offers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { BUILDS, type StaticSite } from '../support/harness';
import { serveStatic } from '../../scripts/static-server.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { siteUrl } from '../../src/site.config';

const LANG_PREFIX = { en: '', fr: 'fr/', es: 'es/' } as const;
let browser: Browser;
let site: StaticSite;
let other: StaticSite;
const hostDir = mkdtempSync(join(tmpdir(), 'ipec-embed-host-'));

beforeAll(async () => {
  site = await serveStatic(BUILDS.root.dir, { base: BUILDS.root.base, headers: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await Promise.all([site?.close(), other?.close(), browser?.close()]);
  rmSync(hostDir, { recursive: true, force: true });
});

/** The chart pages of a language, read from its index of charts. */
async function chartPages(page: Page, prefix: string): Promise<string[]> {
  await page.goto(new URL(`${prefix}data/`, site.url).href);
  return page.locator('.ipec-chart-cards h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}

/** The frame an <iframe> of the host page shows, once it has loaded or been refused. */
async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`#${id}`).elementHandle())!.contentFrame();
  return frame!;
}

describe('chart embeds', () => {
  it('show inside an <iframe> on another origin, in every language; the chart pages refuse to be framed', async () => {
    const page = await browser.newPage();
    const frames: { id: string; src: string; embed: boolean }[] = [];
    for (const prefix of Object.values(LANG_PREFIX)) {
      for (const path of await chartPages(page, prefix)) {
        const n = frames.length;
        frames.push({ id: `f${n}`, src: `${site.origin}${path}embed/`, embed: true });
        frames.push({ id: `f${n + 1}`, src: `${site.origin}${path}`, embed: false });
      }
    }
    expect(frames.length).toBeGreaterThanOrEqual(6 * 3 * 2);
    writeFileSync(
      join(hostDir, 'index.html'),
      `<!doctype html><html lang="en"><title>Host</title>${frames
        .map((f) => `<iframe id="${f.id}" src="${f.src}" width="800" height="600"></iframe>`)
        .join('')}</html>`,
    );
    other = await serveStatic(hostDir);
    expect(new URL(other.url).origin).not.toBe(site.origin);
    await page.goto(other.url);
    await page.waitForLoadState('load');
    for (const f of frames) {
      const frame = await frameOf(page, f.id);
      if (f.embed) {
        await expect
          .poll(() => frame.locator('svg.ipec-map-svg, svg.ipec-chart-svg').count(), { message: f.src })
          .toBeGreaterThan(0);
        expect(await frame.locator('.ipec-map-source').count(), f.src).toBe(1);
        // The link back opens the chart's page, outside the frame.
        const back = frame.locator('.ipec-map-more a');
        expect(new URL((await back.getAttribute('href'))!, f.src).pathname, f.src).toBe(
          new URL(f.src).pathname.replace(/embed\/$/, ''),
        );
        expect(await frame.locator('base').getAttribute('target')).toBe('_blank');
      } else {
        // A refused frame shows Chromium's error page, never the site's page.
        await expect.poll(() => frame.url(), { message: f.src }).toMatch(/^chrome-error:/);
        expect(await frame.locator('[data-ipec-map]').count(), f.src).toBe(0);
      }
    }
    await page.close();
  });

  it('show the chart, its source line and the link back without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [lang, prefix] of Object.entries(LANG_PREFIX)) {
      await page.goto(new URL(`${prefix}data/child-labour-trend/embed/`, site.url).href);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await expect.poll(() => page.locator('svg.ipec-chart-svg').first().isVisible()).toBe(true);
      expect(await page.locator('.ipec-map-source').first().isVisible()).toBe(true);
      expect(await page.locator('.ipec-map-more a').isVisible()).toBe(true);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    }
    await context.close();
  });

  it('are offered on each chart page as <iframe> code to copy, in its language', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    for (const prefix of Object.values(LANG_PREFIX)) {
      await page.goto(new URL(`${prefix}data/child-labour-map/`, site.url).href);
      const code = await page.locator('#embed-code').inputValue();
      const src = code.match(/<iframe src="([^"]+)"/)?.[1];
      // Absolute when the build knows its address (SITE_URL), the path otherwise.
      expect(src).toBe(`${siteUrl(process.env.SITE_URL) ?? ''}/${prefix}data/child-labour-map/embed/`);
      await page.locator('button[data-copy="embed-code"]').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    }
    await context.close();
  });
});
