/** The page-weight gate's rules fail on pages that break them. */
import { describe, expect, it } from 'vitest';
import { chromeWeight, extraChrome, extraJavaScript, overBudget } from '../../../scripts/page-weight.mjs';

const page = (js: number, jsFiles: string[]) => ({ html: 9000, css: 11000, js, svg: 200, jsFiles });

describe('page-weight rules', () => {
  it('report a page type over its budget, and pass one within it', () => {
    const budgets = { guidance: { html: 10000, css: 16000, js: 6000, svg: 2000 } };
    expect(overBudget({ guidance: page(4000, []) }, budgets)).toEqual([]);
    expect(overBudget({ guidance: { ...page(4000, []), html: 30000 } }, budgets)).toEqual([
      'guidance html: 30000 B > budget 10000 B',
    ]);
  });

  it('report JavaScript a text page loads beyond bare Starlight', () => {
    const bare = page(4000, ['page.js', 'ui-core.js']);
    expect(extraJavaScript({ guidance: page(4100, ['page.js']) }, bare, ['guidance'])).toEqual([]);
    expect(extraJavaScript({ guidance: page(4100, ['page.js', 'map-tooltip.js']) }, bare, ['guidance'])).toEqual([
      'guidance: map-tooltip.js',
    ]);
    expect(extraJavaScript({ guidance: page(9000, ['page.js']) }, bare, ['guidance'])).toEqual([
      "guidance: 9000 B of JS > bare Starlight's 4000 B",
    ]);
    expect(
      extraJavaScript({ guidance: page(4000, ['preload-helper.js']) }, bare, ['guidance'], {
        allowedChunks: ['preload-helper.js'],
      }),
    ).toEqual([]);
  });

  it('measure the HTML outside <main> and report a text page whose chrome outgrows bare Starlight', () => {
    const filler = (n: number) =>
      Array.from({ length: n }, (_, i) => `<a href="/p${i * 7919}/">Page ${(i * 104729) % 9973}</a>`).join('');
    const html = (sidebar: number) =>
      `<html><head><title>T</title></head><body><header class="header">Site</header><nav class="sidebar">${filler(sidebar)}</nav>` +
      `<main>${filler(400)}</main></body></html>`;
    const lean = chromeWeight(html(5));
    const heavy = chromeWeight(html(300));
    // The page body is left out: a long <main> does not count as chrome.
    expect(lean.outsideMain).toBeLessThan(400);
    expect(heavy.sidebar).toBeGreaterThan(lean.sidebar + 1000);
    const bare = { chrome: lean };
    expect(extraChrome({ guidance: { chrome: lean } }, bare, ['guidance'], 1024)).toEqual([]);
    expect(extraChrome({ guidance: { chrome: heavy } }, bare, ['guidance'], 1024)).toEqual([
      `guidance: ${heavy.outsideMain} B outside <main> > bare Starlight's ${lean.outsideMain} B + 1024 B`,
    ]);
  });
});
