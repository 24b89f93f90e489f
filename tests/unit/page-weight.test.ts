/** The page-weight gate's rules fail on pages that break them. */
import { describe, expect, it } from 'vitest';
import { extraJavaScript, overBudget } from '../../scripts/page-weight.mjs';

const page = (js: number, jsFiles: string[]) => ({ html: 9000, css: 11000, js, svg: 200, jsFiles });

describe('page-weight rules', () => {
  it('report a page type over its budget, and pass one within it', () => {
    const budgets = { guidance: { html: 10000, css: 16000, js: 6000, svg: 2000 } };
    expect(overBudget({ guidance: page(4000, []) }, budgets)).toEqual([]);
    expect(overBudget({ guidance: { ...page(4000, []), html: 30000 } }, budgets)).toEqual(['guidance html: 30000 B > budget 10000 B']);
  });

  it('report JavaScript a text page loads beyond bare Starlight', () => {
    const bare = page(4000, ['page.js', 'ui-core.js']);
    expect(extraJavaScript({ guidance: page(4100, ['page.js']) }, bare, ['guidance'])).toEqual([]);
    expect(extraJavaScript({ guidance: page(4100, ['page.js', 'map-tooltip.js']) }, bare, ['guidance'])).toEqual(['guidance: map-tooltip.js']);
    expect(extraJavaScript({ guidance: page(9000, ['page.js']) }, bare, ['guidance'])).toEqual(["guidance: 9000 B of JS > bare Starlight's 4000 B"]);
    expect(extraJavaScript({ guidance: page(4000, ['preload-helper.js']) }, bare, ['guidance'], { allowedChunks: ['preload-helper.js'] })).toEqual([]);
  });
});
