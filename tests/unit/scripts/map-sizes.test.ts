import { describe, expect, it } from 'vitest';
import { BUDGET, measurePage } from '../../../scripts/map-sizes.mjs';
import { gzipSize } from '../../../scripts/site-files.mjs';

const files: Record<string, string> = {
  '/_astro/site.js': 'import "./shared.js"; console.log("site");',
  '/_astro/shared.js': 'export const x = 1;',
  '/_astro/map.js': 'import "./shared.js"; export function map() {}',
};
const read = (src: string) => files[src];
const page = (scripts: string, body = '') => `<html><head>${scripts}</head><body>${body}</body></html>`;

describe('map-sizes', () => {
  it('counts only the scripts that pages without maps do not load, following imports once', () => {
    const baseline = [page('<script type="module" src="/_astro/site.js"></script>')];
    const html = page(
      '<script type="module" src="/_astro/site.js"></script><script type="module" src="/_astro/map.js"></script><script type="module">enhance()</script>',
    );
    const r = measurePage(html, baseline, read);
    expect(r.extraScripts).toEqual(['/_astro/map.js', 'inline module']);
    expect(r.jsGzip).toBe(gzipSize(files['/_astro/map.js']) + gzipSize('enhance()'));
    expect(r.problems).toEqual([]);
  });

  it('measures each map SVG and reports one over budget', () => {
    // Random digits do not compress: enough of them exceed the SVG budget.
    let noise = '';
    for (let i = 0; noise.length < BUDGET.svgGzip * 3; i++) noise += Math.random().toString(36).slice(2);
    const svg = (label: string, d: string) =>
      `<svg class="ipec-map-svg" viewBox="0 0 8 4" aria-label="${label}"><path d="${d}"/></svg>`;
    const r = measurePage(page('', svg('Small map', 'M0,0L1,1Z') + svg('Region&#39;s big map', noise)), [], read);
    expect(r.svgs.map((s: { name: string }) => s.name)).toEqual(['Small map', "Region's big map"]);
    expect(r.svgs[0].gzip).toBeLessThan(200);
    // Over the budget of one SVG, and so also over the budget of the page's SVG in all.
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toContain("Region's big map");
    expect(r.problems[1]).toMatch(/in all is over/);
  });

  it('adds up the SVGs of a page: several under the one-SVG budget can be over the page budget', () => {
    const noise = (n: number) => {
      let text = '';
      for (let i = 0; text.length < n; i++) text += Math.random().toString(36).slice(2);
      return text;
    };
    const svg = (label: string) =>
      `<svg class="ipec-map-svg" viewBox="0 0 8 4" aria-label="${label}"><path d="${noise(BUDGET.pageSvgGzip * 0.8)}"/></svg>`;
    const r = measurePage(page('', svg('One') + svg('Two') + svg('Three')), [], read);
    expect(r.svgs.every((s: { gzip: number }) => s.gzip < BUDGET.svgGzip)).toBe(true);
    expect(r.svgGzip).toBe(r.svgs.reduce((sum: number, s: { gzip: number }) => sum + s.gzip, 0));
    expect(r.problems).toEqual([expect.stringMatching(/in all is over 25\.0 KB/)]);
  });
});
