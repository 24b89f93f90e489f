/**
 * Navigation in the built site: the sidebar puts its sections task
 * first (the two overviews, tools, data, conventions, countries, then the programme), lists every page of
 * content/docs under its folder's group in frontmatter order and every chart and priority page, no group
 * is empty, Previous/Next walk each section in order and never cross into another, a guidance page says
 * where it is, and a page without headings of its own has no "On this page" box.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFilesDeep } from '../../src/core/content-files';
import { PAGE_BUILDS, ROOT, useBrowserAndSite } from '../support/harness';
import { isLang } from '../../src/core/locales';

const docsDir = join(ROOT, 'content/docs');
/** The pages of content/docs with their folder and sidebar order; the home page left out. */
const docsPages = listFilesDeep(docsDir, ['.md', '.mdx'])
  .filter((file) => !file.split('/').pop()!.startsWith('_'))
  // Translations (content/docs/fr/…) hold the English page's place; tests/browser/locales.test.ts covers them.
  .filter((file) => !isLang(relative(docsDir, file).split('/')[0]))
  .map((file) => {
    const path = relative(docsDir, file);
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]);
    const slug = path.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
    return {
      slug,
      folder: slug.split('/')[0],
      title: data.title as string,
      order: (data.sidebar?.order ?? Infinity) as number,
    };
  })
  .filter((page) => page.slug !== '');

describe.each(Object.entries(PAGE_BUILDS))('navigation on the %s build', (_name, build) => {
  const ctx = useBrowserAndSite(build);
  const url = (slug: string) => `${build.base}${slug}/`;

  /**
   * The sidebar as rendered on a page: each top-level section (a group, or a single link) with its label
   * and link hrefs, in order.
   */
  async function renderedSections(path: string) {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.site.origin}${path}`);
    const sections = await page.locator('#starlight__sidebar ul.top-level > li').evaluateAll((els) =>
      els.map((el) => {
        const group = el.querySelector(':scope > details');
        return {
          label: (group ? group.querySelector('summary')! : el.querySelector('a')!).textContent!.trim(),
          hrefs: [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
        };
      }),
    );
    await page.close();
    return sections;
  }
  /** The groups of the sidebar (sections of more than one page). */
  const renderedSidebar = async (path: string) =>
    (await renderedSections(path)).filter((section) => section.hrefs.length > 1);
  const english = JSON.parse(readFileSync(join(ROOT, 'content/i18n/en.json'), 'utf8')) as Record<string, string>;

  it('puts the sections task first: overviews, tools, data, conventions, countries, then the programme', async () => {
    const labels = (await renderedSections(url(docsPages[0].slug))).map((s) => s.label);
    const expected = [
      'childLabour',
      'forcedLabour',
      'tools',
      'data',
      'conventions',
      'countries',
      'priorities',
      'flagships',
      'partnerships',
      'funding',
      'about',
    ].map((key) => english[`site.sidebar.${key}`]);
    expect(labels.slice(0, expected.length)).toEqual(expected);
  });

  it('links every chart page, every priority page and every collection index from the sidebar', async () => {
    const all = (await renderedSections(url(docsPages[0].slug))).flatMap((s) => s.hrefs);
    const ids = (folder: string) =>
      listFilesDeep(join(ROOT, 'content', folder), ['.yaml']).map((f) =>
        f
          .split('/')
          .pop()!
          .replace(/\.yaml$/, ''),
      );
    const expected = [
      ...ids('charts').map((id) => url(`data/${id}`)),
      ...ids('priorities').map((id) => url(`priorities/${id}`)),
      ...['tools', 'conventions', 'countries', 'priorities'].map(url),
    ];
    expect(expected.filter((href) => !all.includes(href))).toEqual([]);
  });

  it('lists every page of content/docs in the sidebar, by folder, in sidebar.order, with no empty group', async () => {
    const groups = await renderedSections(url(docsPages[0].slug));
    expect(groups.length).toBeGreaterThan(0);
    expect(
      groups.filter((g) => g.hrefs.length === 0).map((g) => g.label),
      'empty groups',
    ).toEqual([]);
    const all = groups.flatMap((g) => g.hrefs);
    expect(
      docsPages.filter((p) => !all.includes(url(p.slug))).map((p) => p.slug),
      'pages missing from the sidebar',
    ).toEqual([]);

    for (const folder of new Set(docsPages.map((p) => p.folder))) {
      const inFolder = docsPages.filter((p) => p.folder === folder);
      const holding = groups.filter((g) => inFolder.some((p) => g.hrefs.includes(url(p.slug))));
      if (inFolder.length === 1) continue;
      expect(
        holding.map((g) => g.label),
        `pages of content/docs/${folder} are split across groups`,
      ).toHaveLength(1);
      const rendered = holding[0].hrefs.filter((href) => inFolder.some((p) => url(p.slug) === href));
      const expected = [...inFolder]
        .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
        .map((p) => url(p.slug));
      expect(rendered, `order of content/docs/${folder}`).toEqual(expected);
    }
  });

  it('Previous/Next walk each section in order and never leave it; a page without headings has no "On this page"', async () => {
    const sections = await renderedSections(url(docsPages[0].slug));
    const page = await ctx.browser.newPage();
    for (const section of sections) {
      const visited: string[] = [];
      let previous: string | null = null;
      let next: string | null = section.hrefs[0];
      while (next && visited.length <= section.hrefs.length) {
        await page.goto(`${ctx.site.origin}${next}`, { waitUntil: 'domcontentloaded' });
        visited.push(next);
        const prevLink = page.locator('.pagination-links a[rel="prev"]');
        expect((await prevLink.count()) ? await prevLink.getAttribute('href') : null, `Previous on ${next}`).toBe(
          previous,
        );
        if ((await page.locator('main .sl-markdown-content :is(h2, h3)').count()) === 0) {
          expect(
            await page.locator('starlight-toc, mobile-starlight-toc').count(),
            `"On this page" on ${next}, which has no headings`,
          ).toBe(0);
        }
        previous = next;
        next = (await page.locator('.pagination-links a[rel="next"]').count())
          ? await page.locator('.pagination-links a[rel="next"]').getAttribute('href')
          : null;
      }
      expect(visited, `Previous/Next through "${section.label}"`).toEqual(section.hrefs);
    }
    await page.close();
  });

  it('shows where a guidance page is: Home, then its section linked to the section’s first page', async () => {
    const groups = await renderedSidebar(url(docsPages[0].slug));
    const section = groups.find((g) => g.hrefs.length > 1 && docsPages.some((p) => url(p.slug) === g.hrefs[1]))!;
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.site.origin}${section.hrefs[1]}`);
    const trail = page.getByRole('navigation', { name: 'You are here' }).getByRole('link');
    expect(await trail.evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
      ['Home', build.base],
      [section.label, section.hrefs[0]],
    ]);
    await page.close();
  });
});
