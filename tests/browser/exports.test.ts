/**
 * The exported pictures as a reader gets them: every SVG file (each chart state, each language, each
 * export size) drawn by Chromium with every text box inside the frame and none over another, the pages
 * handing out the files of their own language, and the PNG drawn in the browser at twice the SVG's size.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, useBrowserAndSite } from '../support/harness';
import { EXPORT_SIZES } from '../../src/charts/standalone';

const sandbox = useBrowserAndSite(BUILDS.root);
const url = (path: string) => new URL(path, sandbox.site.url).href;
const exported = readdirSync(join(BUILDS.root.dir, 'data')).filter((name) => name.endsWith('.svg'));
const LANG_PREFIX = { en: '', fr: 'fr/', es: 'es/' } as const;

interface Box {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

describe('exported pictures', () => {
  it('come in every language and both sizes for each chart state', () => {
    const english = exported.filter((name) => /^[^.]+\.svg$/.test(name));
    expect(english.length).toBeGreaterThan(0);
    for (const name of english) {
      const stem = name.slice(0, -'.svg'.length);
      for (const variant of ['square', 'fr', 'fr.square', 'es', 'es.square'])
        expect(exported, stem).toContain(`${stem}.${variant}.svg`);
    }
  });

  it('keep every text box inside the frame and clear of the others, in every language and size', async () => {
    const page = await sandbox.browser.newPage({ viewport: { width: 1300, height: 1300 } });
    for (const name of exported) {
      await page.goto(url(`data/${name}`));
      const { frame, boxes, lang, leftOut } = await page.evaluate(() => {
        const root = document.documentElement as unknown as SVGSVGElement;
        const r = root.getBoundingClientRect();
        const texts = [...root.querySelectorAll('text')].map((t) => {
          const b = t.getBoundingClientRect();
          return { text: t.textContent ?? '', left: b.left, top: b.top, right: b.right, bottom: b.bottom };
        });
        return {
          frame: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
          // Texts hidden by the file's styles (the phone-only short labels) take no room.
          boxes: texts.filter((b) => b.right > b.left),
          lang: root.getAttribute('lang'),
          // Values of the map labels left out at this width (hidden by the file's styles).
          leftOut: [...root.querySelectorAll('text.ipec-dropped-wide .ipec-map-label-value')].map(
            (t) => t.textContent ?? '',
          ),
        };
      });
      const size = name.includes('.square.') ? EXPORT_SIZES.square : EXPORT_SIZES.wide;
      expect(frame.right - frame.left, name).toBe(size.width);
      expect(frame.bottom - frame.top, name).toBeGreaterThanOrEqual(size.height);
      expect(lang, name).toBe(name.match(/\.(fr|es)\./)?.[1] ?? 'en');
      expect(boxes.length, name).toBeGreaterThan(3);
      const outside = boxes.filter(
        (b: Box) =>
          b.left < frame.left - 0.5 ||
          b.top < frame.top - 0.5 ||
          b.right > frame.right + 0.5 ||
          b.bottom > frame.bottom + 0.5,
      );
      expect(outside, name).toEqual([]);
      const overlapping = boxes.flatMap((a: Box, i: number) =>
        boxes
          .slice(i + 1)
          .filter(
            (b: Box) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1,
          )
          .map((b: Box) => `"${a.text}" × "${b.text}"`),
      );
      expect(overlapping, name).toEqual([]);
      // What a left-out label said is written below the chart.
      const spaced = (text: string) => text.replace(/\s+/g, ' ');
      const written = spaced(boxes.map((b: Box) => b.text).join(' '));
      for (const value of leftOut) expect(written, name).toContain(spaced(value));
    }
    await page.close();
  });

  it('are handed out by each page in its own language', async () => {
    const page = await sandbox.browser.newPage();
    for (const [lang, prefix] of Object.entries(LANG_PREFIX)) {
      await page.goto(url(`${prefix}data/child-labour-trend/`));
      const heading = (await page.locator('h1').textContent())!.trim();
      for (const kind of ['svg', 'svg-square']) {
        const href = await page.locator(`a[data-kind="${kind}"]`).first().getAttribute('href');
        const file = await (await page.request.get(new URL(href!, sandbox.site.origin).href)).text();
        expect(file, `${lang} ${kind}`).toContain(`lang="${lang}"`);
        expect(file, `${lang} ${kind}`).toContain(`<title>${heading}`);
      }
    }
    await page.close();
  });

  it('are drawn as PNG in the browser at twice the size of the SVG, in each language', async () => {
    const context = await sandbox.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    for (const [lang, prefix] of Object.entries(LANG_PREFIX)) {
      await page.goto(url(`${prefix}data/child-labour-trend/`));
      const buttons = page.locator('.ipec-png-button');
      await expect.poll(() => buttons.first().isVisible()).toBe(true);
      for (const [i, size] of [EXPORT_SIZES.wide, EXPORT_SIZES.square].entries()) {
        const [download] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
        expect(download.suggestedFilename(), lang).toMatch(lang === 'en' ? /^[^.]+(\.square)?\.png$/ : `.${lang}.`);
        const chunks: Buffer[] = [];
        for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
        const png = Buffer.concat(chunks);
        expect(png.subarray(1, 4).toString(), lang).toBe('PNG');
        // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], lang).toEqual([size.width * 2, size.height * 2]);
      }
    }
    await context.close();
  });
});
