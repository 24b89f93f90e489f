/**
 * Guidance leads to tools: every English guidance page of
 * content/docs ends with a section of the tools that serve it and the catalogue's list for its topics,
 * every tool named there exists, and the forced labour overview leads to every forced labour tool for
 * labour inspectors and law enforcement (the indicators, the handbooks, the e-learning).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFiles, listFilesDeep } from '../../src/core/content-files';
import { isLang } from '../../src/core/locales';
import { PAGE_BUILDS, ROOT, useBrowserAndSite } from '../support/harness';

const docsDir = join(ROOT, 'content/docs');
/** English guidance pages: pageType guidance (the default), not the splash home page. */
const guidancePages = listFilesDeep(docsDir, ['.md', '.mdx'])
  .filter((file) => !isLang(relative(docsDir, file).split('/')[0]))
  .flatMap((file) => {
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]);
    if ((data.pageType ?? 'guidance') !== 'guidance' || data.template === 'splash' || data.draft) return [];
    const slug = relative(docsDir, file)
      .replace(/\.mdx?$/, '')
      .replace(/(^|\/)index$/, '');
    return [{ slug, topics: (data.topics ?? []) as string[] }];
  });
/** Forced labour tools for labour inspectors and law enforcement, from content/tools. */
const inspectorTools = listFiles(join(ROOT, 'content/tools'), ['.yaml']).flatMap((file) => {
  const data = parse(readFileSync(file, 'utf8'));
  return data.audiences.includes('labour-inspectors') && data.topics.includes('forced-labour') && !data.draft
    ? [
        file
          .split('/')
          .pop()!
          .replace(/\.yaml$/, ''),
      ]
    : [];
});

describe.each(Object.entries(PAGE_BUILDS))('guidance leads to tools on the %s build', (_name, build) => {
  const ctx = useBrowserAndSite(build);
  const builtFile = (href: string) => join(build.dir, href.slice(build.base.length), 'index.html');

  it('ends every guidance page with the tools that serve it, each of which exists', async () => {
    expect(guidancePages.length).toBeGreaterThan(0);
    const page = await ctx.browser.newPage();
    for (const { slug, topics } of guidancePages) {
      await page.goto(`${ctx.site.url}${slug}/`);
      const section = page.locator('main section.ipec-guidance-tools');
      if (topics.length === 0 && (await section.count()) === 0) continue;
      expect(await section.count(), `tools section on /${slug}/`).toBe(1);
      // Last in the content, before the source notes only.
      const after = await section.evaluate((el) =>
        [...el.parentElement!.children].slice([...el.parentElement!.children].indexOf(el) + 1).map((e) => e.className),
      );
      expect(
        after.filter((c) => !c.includes('ipec-page-notes')),
        `content after the tools on /${slug}/`,
      ).toEqual([]);
      const hrefs = await section.locator('a[href]').evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, `/${slug}/ leads to no tool`).toBeGreaterThan(0);
      for (const href of hrefs) expect(existsSync(builtFile(href)), `/${slug}/ → ${href}`).toBe(true);
    }
    await page.close();
  });

  it('leads from the forced labour overview to every forced labour tool for labour inspectors', async () => {
    expect(inspectorTools.length).toBeGreaterThanOrEqual(3);
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.site.url}forced-labour/`);
    const hrefs = await page
      .locator('main section.ipec-guidance-tools a[href]')
      .evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
    expect(inspectorTools.filter((id) => !hrefs.includes(`${build.base}tools/${id}/`))).toEqual([]);
    await page.close();
  });
});
