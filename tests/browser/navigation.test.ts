/**
 * Navigation in the built sites, at the root and under /ipec-plus/: the sidebar lists every page of
 * content/docs under its folder's group in frontmatter order, no group is empty, Previous/Next walk the
 * whole sidebar in order, a guidance page says where it is, and a page without headings of its own has
 * no "On this page" box.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFilesDeep } from '../../src/utils/content-files';
import { BUILDS, ROOT, useBrowserAndSite } from '../support/harness';
import { isLang } from '../../src/utils/locales';

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

describe.each(Object.entries(BUILDS))('navigation on the %s build', (_name, build) => {
  const ctx = useBrowserAndSite(build);
  const url = (slug: string) => `${build.base}${slug}/`;

  /** The sidebar as rendered on a page: each group's label and link hrefs, in order. */
  async function renderedSidebar(path: string) {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.site.origin}${path}`);
    const groups = await page.locator('#starlight__sidebar ul.top-level > li > details').evaluateAll((els) =>
      els.map((el) => ({
        label: el.querySelector('summary')!.textContent!.trim(),
        hrefs: [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
      })),
    );
    await page.close();
    return groups;
  }

  it('lists every page of content/docs in the sidebar, by folder, in sidebar.order, with no empty group', async () => {
    const groups = await renderedSidebar(url(docsPages[0].slug));
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

  it('Previous/Next walk the whole sidebar in order; a page without headings has no "On this page"', async () => {
    const hrefs = (await renderedSidebar(url(docsPages[0].slug))).flatMap((g) => g.hrefs);
    const page = await ctx.browser.newPage();
    const visited: string[] = [];
    let previous: string | null = null;
    let next: string | null = hrefs[0];
    while (next && visited.length <= hrefs.length) {
      await page.goto(`${ctx.site.origin}${next}`, { waitUntil: 'domcontentloaded' });
      visited.push(next);
      expect(
        await page
          .locator('.pagination-links a[rel="prev"]')
          .getAttribute('href')
          .catch(() => null),
        `Previous on ${next}`,
      ).toBe(previous);
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
    await page.close();
    expect(visited).toEqual(hrefs);
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
