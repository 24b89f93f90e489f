/**
 * Page-weight gate: gzip bytes per page type within budgets (set from measurements with headroom),
 * and text pages (no maps, no charts) ship no JavaScript beyond a bare Starlight page's bundles.
 * Measuring code: scripts/page-weight.mjs (also `npm run page-weight`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILDS } from '../support/harness.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  extraChrome,
  extraJavaScript,
  formatChromeTable,
  formatTable,
  measureBareStarlight,
  measurePage,
  measureSite,
  OFFLINE_SCRIPT,
  offlineScriptWeight,
  overBudget,
} from '../../scripts/page-weight.mjs';
import { measurePage as measureMapPage, pageSvgs } from '../../scripts/map-sizes.mjs';
import { htmlFiles, pageTypes } from '../../scripts/site-files.mjs';

/** What scripts/page-weight.mjs measures for a page (its JSDoc types). */
type Weight = ReturnType<typeof measurePage>;
const KB = 1024;

/** Budgets in gzip bytes; a type missing from the build is not checked. */
const BUDGETS: Record<string, { html: number; css: number; js: number; svg: number }> = {
  home: { html: 15 * KB, css: 16 * KB, js: 6 * KB, svg: 2 * KB },
  guidance: { html: 25 * KB, css: 16 * KB, js: 6 * KB, svg: 2 * KB },
  // Issue 17: a tool page ≤ 10 KB and the catalogue's first response ≤ 60 KB, at any catalogue size (the
  // catalogue holds one page of 50 tools; scripts/bench-build.mjs measures them at 10,000 tools).
  tool: { html: 10 * KB, css: 16 * KB, js: 6 * KB, svg: 2 * KB },
  catalogue: { html: 60 * KB, css: 16 * KB, js: 10 * KB, svg: 2 * KB },
  'tool-list': { html: 60 * KB, css: 16 * KB, js: 6 * KB, svg: 2 * KB },
  convention: { html: 25 * KB, css: 16 * KB, js: 6 * KB, svg: 2 * KB },
  // A chart page draws its map or chart as SVG in the HTML (readable without JavaScript); every
  // chart page is also checked below against the limits on inline SVG and extra JavaScript.
  map: { html: 90 * KB, css: 18 * KB, js: 24 * KB, svg: 2 * KB },
  // The index of chart cards: text and small preview pictures.
  'data-index': { html: 30 * KB, css: 16 * KB, js: 6 * KB, svg: 40 * KB },
  search: { html: 25 * KB, css: 16 * KB, js: 12 * KB, svg: 2 * KB },
  // Issue 27: the printable handbook holds every guidance page (measured 177 KB of HTML, 39 KB of chart
  // previews, gzip), so it is read once, not on every visit; it grows with the guidance.
  handbook: { html: 250 * KB, css: 18 * KB, js: 8 * KB, svg: 50 * KB },
  'not-found': { html: 25 * KB, css: 16 * KB, js: 6 * KB, svg: 2 * KB },
};
/**
 * Vite's shared runtime chunk for dynamic imports: once any page (a map) uses it, Vite splits it out of
 * Starlight's page.js, so text pages load it under its own name. It is Starlight's code, re-chunked;
 * the byte comparison below still catches growth.
 */
const VITE_RUNTIME_CHUNKS = ['preload-helper.js'];
/**
 * Issue 27: every page loads one small script that registers the service worker and drives "Save this
 * site for offline use" (src/client/offline.ts, with the chunk it imports). It is the one script text
 * pages may carry beyond Starlight's, within this budget; the comparison with bare Starlight allows
 * exactly its measured bytes on top of the usual slack.
 */
const OFFLINE_SCRIPT_BUDGET = 2 * KB;
/** Page types that must carry no JavaScript of their own. */
const TEXT_PAGES = ['home', 'guidance', 'tool', 'tool-list', 'convention', 'data-index', 'not-found'];
/** Limits for each chart page under /data/ (gzip): inline SVG, and JavaScript beyond a text page. */
const CHART_PAGE = { svg: 80 * KB, extraJs: 15 * KB };

let site: Record<string, Weight>;
let bare: Weight;
let offline: ReturnType<typeof offlineScriptWeight>;

beforeAll(() => {
  site = measureSite(BUILDS.root.dir, BUILDS.root.base);
  bare = measureBareStarlight();
  offline = offlineScriptWeight(BUILDS.root.dir);
  console.log(`offline reading script: ${offline.gzip} B gzip (${offline.files.join(', ')})`);
  console.log(formatTable({ ...site, 'bare Starlight': bare }));
  console.log(formatChromeTable({ ...site, 'bare Starlight': bare }));
});

describe('page weight (root build, gzip)', () => {
  it('measures the home page and at least one text page', () => {
    expect(Object.keys(site)).toEqual(expect.arrayContaining(['home', 'guidance']));
  });

  it('keeps every page type within its budget', () => {
    expect(overBudget(site, BUDGETS)).toEqual([]);
  });

  it('keeps the HTML outside <main> on text pages within 3 KB of a bare Starlight page', () => {
    expect(extraChrome(site, bare, TEXT_PAGES, 3 * KB)).toEqual([]);
  });

  it('ships on text pages only JavaScript that a bare Starlight page ships, and the offline script', () => {
    // Same bundle names could still hide added code: 512 B allows for hash and path differences.
    const allowedChunks = [...VITE_RUNTIME_CHUNKS, ...offline.files];
    expect(extraJavaScript(site, bare, TEXT_PAGES, { allowedChunks, slack: 512 + offline.gzip })).toEqual([]);
  });

  it('loads the offline script on every page type, within its budget', () => {
    expect(Object.entries(site).filter(([, weight]) => !weight.jsFiles.includes(OFFLINE_SCRIPT))).toEqual([]);
    expect(offline.gzip).toBeGreaterThan(0);
    expect(offline.gzip).toBeLessThanOrEqual(OFFLINE_SCRIPT_BUDGET);
  });

  it('keeps every chart page within the inline SVG and extra JavaScript limits', () => {
    const charts = htmlFiles(BUILDS.root.dir).filter((f) => /^data\/[^/]+\/index\.html$/.test(f));
    expect(charts.length).toBeGreaterThan(0);
    const over: string[] = [];
    const read = (file: string) => readFileSync(join(BUILDS.root.dir, file), 'utf8');
    // Script files by their address; inline module scripts count too.
    const readAsset = (src: string) => {
      const path = join(BUILDS.root.dir, src.slice(src.indexOf('/_astro/') + 1));
      return src.includes('/_astro/') && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    };
    const textPage = read(pageTypes(BUILDS.root.dir).guidance!);
    for (const file of charts) {
      const html = read(file);
      const svg = pageSvgs(html).reduce((sum: number, s: { gzip: number }) => sum + s.gzip, 0);
      const js = measureMapPage(html, [textPage], readAsset).jsGzip;
      console.log(
        `${file}: HTML ${(measurePage(BUILDS.root.dir, file, BUILDS.root.base).html / KB).toFixed(1)} KB, inline SVG ${(svg / KB).toFixed(1)} KB, extra JS ${(js / KB).toFixed(1)} KB (gzip)`,
      );
      if (svg > CHART_PAGE.svg) over.push(`${file}: inline SVG ${svg} B > ${CHART_PAGE.svg} B`);
      if (js > CHART_PAGE.extraJs) over.push(`${file}: extra JS ${js} B > ${CHART_PAGE.extraJs} B`);
    }
    expect(over).toEqual([]);
  });
});
