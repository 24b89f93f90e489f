/**
 * The printable handbook (issue 27): in every language and in both builds it holds every guidance page
 * the sidebar lists, under that page's own title, in the sidebar's order, and every chart those pages
 * show; printed to PDF (as `npm run handbook:pdf` does) it starts each chapter on a page of its own,
 * with each chart drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, useBrowserAndSite, type Build } from '../support/harness.ts';
import { elementsOf, attributeOf, parseDocument, plainText } from '../../src/core/html-tree.ts';
import { pdfFigureCount, pdfPageCount, printHandbook } from '../../scripts/handbook-pdf.mjs';

/** Sidebar links to pages that are not guidance: the collections, search and the handbook itself. */
const NOT_GUIDANCE = new Set(['tools', 'conventions', 'priorities', 'countries', 'search', 'handbook']);
/** A chart page (/data/<chart>/, one per file in content/charts/), listed in the Data section: not guidance. */
const CHART_PAGE = /^data\/[^/]+\/$/;
const LANG_PREFIXES = { en: '', fr: 'fr/', es: 'es/' } as const;

const read = (build: Build, path: string) => readFileSync(join(build.dir, path, 'index.html'), 'utf8');
const classOf = (e: ReturnType<typeof elementsOf>[number]) => attributeOf(e, 'class')?.split(/\s+/) ?? [];

/** The guidance pages the sidebar of a language's "about" page lists, in order, as paths below the base ("fr/about/"). */
function sidebarGuidance(build: Build, prefix: string): string[] {
  const list = elementsOf(parseDocument(read(build, `${prefix}about/`))).find(
    (e) => e.tagName === 'ul' && classOf(e).includes('top-level'),
  );
  if (!list) throw new Error(`${prefix}about/: no sidebar`);
  return elementsOf(list)
    .filter((e) => e.tagName === 'a')
    .map((a) => attributeOf(a, 'href')!.slice(build.base.length))
    .map((path) => path.slice(prefix.length))
    .filter((path) => !NOT_GUIDANCE.has(path.split('/')[0]!) && !CHART_PAGE.test(path))
    .map((path) => prefix + path);
}

const h1Of = (html: string) => plainText(elementsOf(parseDocument(html)).find((e) => e.tagName === 'h1')!).trim();

/** Charts a built page shows (each a figure with its map or chart drawn as SVG). */
const chartsOf = (html: string) =>
  elementsOf(parseDocument(html)).filter((e) => e.tagName === 'figure' && classOf(e).includes('ipec-map')).length;

describe.each([
  ['root', BUILDS.root],
  ['sub-path', BUILDS.sub],
] as const)('the handbook (%s build)', (_name, build: Build) => {
  it.each(Object.entries(LANG_PREFIXES))(
    '%s: holds every guidance page, titled as the page, in sidebar order',
    (_lang, prefix) => {
      const pages = sidebarGuidance(build, prefix);
      expect(pages.length).toBeGreaterThan(5);
      const handbook = elementsOf(parseDocument(read(build, `${prefix}handbook/`)));
      const chapters = handbook
        .filter((e) => classOf(e).includes('handbook-chapter-title'))
        .map((e) => plainText(e).trim());
      expect(chapters).toEqual(pages.map((path) => h1Of(read(build, path))));
      const charts = pages.reduce((sum, path) => sum + chartsOf(read(build, path)), 0);
      expect(charts).toBeGreaterThan(0);
      expect(handbook.filter((e) => e.tagName === 'figure' && classOf(e).includes('ipec-map'))).toHaveLength(charts);
    },
  );

  it('is linked from the home page and from the sidebar in every language', () => {
    for (const prefix of Object.values(LANG_PREFIXES)) {
      const target = `${build.base}${prefix}handbook/`;
      const links = (path: string) =>
        elementsOf(parseDocument(read(build, path))).filter(
          (e) => e.tagName === 'a' && attributeOf(e, 'href') === target,
        );
      // The home page (a splash page, without sidebar) among its hero's links; a guidance page in its sidebar.
      expect(links(prefix).length, `${prefix || 'home'}`).toBeGreaterThanOrEqual(1);
      expect(links(`${prefix}about/`).length, `${prefix}about/`).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the English handbook printed to PDF', () => {
  const ctx = useBrowserAndSite(BUILDS.root);

  it('starts each chapter on a new page and draws every chart', { timeout: 180_000 }, async () => {
    const page = await ctx.browser.newPage();
    const pdf = await printHandbook(page, `${ctx.site.url}handbook/`, 'A4');
    const chapters = await page.locator('.handbook-chapter').count();
    const pages = pdfPageCount(pdf);
    console.log(`English handbook, A4: ${pages} pages, ${chapters} chapters`);
    // A cover, the contents, then each chapter from the top of a page; none runs to hundreds of pages.
    expect(pages).toBeGreaterThanOrEqual(chapters + 2);
    expect(pages).toBeLessThan(chapters * 20);
    // In print, every chart's picture is laid out at a readable size (none hidden or collapsed).
    const sizes = await page
      .locator('figure.ipec-map')
      .evaluateAll((figures) =>
        figures.map((f) => f.querySelector('svg[role="group"]')?.getBoundingClientRect().width ?? 0),
      );
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((width) => width < 300)).toEqual([]);
    // And the PDF holds each of them: every figure of the page (the charts among them) is in its structure.
    expect(pdfFigureCount(pdf)).toBe(await page.locator('figure').count());
    expect(pdfFigureCount(pdf)).toBeGreaterThanOrEqual(sizes.length);
    await page.close();
  });
});
