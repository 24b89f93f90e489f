/**
 * The home page orients: its headline figures are the newest world
 * values in content/figures, each with its year and a link to its chart; the country count is the
 * country files' count; each role's way in lands on guidance that exists, on tools written for it and on
 * its audience's tool list; the figures and every role are on the first screen at 1280 px and within two
 * screens at 390 px, where the language and theme switches are on screen too; a labour inspector reaches
 * the forced labour indicators in at most two clicks; and every page carries the site footer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isDraft, listFiles } from '../../src/core/content-files';
import { AUDIENCES } from '../../src/schemas/vocab';
import { readFigures } from '../support/figure-files';
import { PAGE_BUILDS, ROOT, useBrowserAndSite } from '../support/harness';

const figures = readFigures();
/** The newest world figure of an indicator: latest reference year, then latest publication. */
const newest = (indicator: string) =>
  figures
    .filter((f) => f.indicator === indicator && f.area === 'World')
    .sort((a, b) => b.referenceYear - a.referenceYear || b.source.published - a.source.published)[0];

const HEADLINES = ['child-labour-children', 'hazardous-work-children', 'forced-labour-people'];
const CHART_PAGES = [
  'child-labour-map',
  'forced-labour-map',
  'child-labour-trend',
  'forced-labour-trend',
  'programme-countries',
];
/** Each reader the issue names, and the audience of the tool list they should land on. */
const ROLES: Record<string, string> = {
  Governments: 'governments',
  'Labour inspectors and law enforcement': 'labour-inspectors',
  'Employers and business': 'employers',
  "Workers' organizations": 'workers',
  'Civil society': 'civil-society',
  'Researchers and journalists': 'researchers',
};
/** The audiences of each tool, from content/tools. */
const toolAudiences = new Map(
  listFiles(join(ROOT, 'content/tools'), ['.yaml']).map((file) => [
    file
      .split('/')
      .pop()!
      .replace(/\.yaml$/, ''),
    parse(readFileSync(file, 'utf8')) as { title: string; audiences: string[] },
  ]),
);
/** The forced labour indicators: the tool for labour inspectors whose title names the indicators. */
const indicatorsTool = [...toolAudiences].find(
  ([, tool]) => tool.audiences.includes('labour-inspectors') && /indicators of forced labour/i.test(tool.title),
)?.[0];

describe.each(Object.entries(PAGE_BUILDS))('home page on the %s build', (_name, build) => {
  const ctx = useBrowserAndSite(build);
  /** The built file an internal href resolves to. */
  const builtFile = (href: string) => join(build.dir, href.slice(build.base.length).split('#')[0], 'index.html');

  it('shows the newest world figure for each headline, with its year, linking to its chart page', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.site.url);
    const cards = await page.locator('.ipec-headline').evaluateAll((els) =>
      els.map((el) => ({
        indicator: el.getAttribute('data-indicator'),
        figure: el.querySelector('[data-figure]')?.getAttribute('data-figure'),
        value: el.querySelector('data')?.getAttribute('value'),
        text: el.textContent ?? '',
        link: el.querySelector('a.ipec-headline-link')?.getAttribute('href'),
      })),
    );
    await page.close();
    expect(cards.map((c) => c.indicator)).toEqual(HEADLINES);
    for (const card of cards) {
      const expected = newest(card.indicator!);
      expect(card.figure, card.indicator!).toBe(expected.id);
      expect(Number(card.value), card.indicator!).toBe(expected.value);
      expect(card.text).toContain(String(expected.referenceYear));
      expect(card.text).toContain(expected.label);
      expect(CHART_PAGES.map((chart) => `${build.base}data/${chart}/`)).toContain(card.link);
    }
  });

  it('counts the countries from the country files', async () => {
    const listed = listFiles(join(ROOT, 'content/countries'), ['.yaml']).filter((file) => {
      const data = parse(readFileSync(file, 'utf8'));
      return data.listedFebruary2024 === true && !isDraft(data);
    }).length;
    const page = await ctx.browser.newPage();
    await page.goto(ctx.site.url);
    const count = page.locator('section[aria-labelledby="glance-countries"] a').first();
    expect(await count.textContent()).toBe(`${listed} countries`);
    expect(await count.getAttribute('href')).toBe(`${build.base}countries/`);
    await page.close();
  });

  it('gives each role a way in: guidance pages that exist and its audience’s tool list', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.site.url);
    const roles = await page.locator('.ipec-roles > li').evaluateAll((els) =>
      els.map((el) => ({
        name: el.querySelector('h3')!.textContent!.trim(),
        hrefs: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
      })),
    );
    await page.close();
    expect(roles.map((r) => r.name)).toEqual(Object.keys(ROLES));
    for (const role of roles) {
      const toolLists = role.hrefs.filter((href) => href.startsWith(`${build.base}tools/audience/`));
      const tools = role.hrefs.filter((href) => !toolLists.includes(href) && href.startsWith(`${build.base}tools/`));
      const guidance = role.hrefs.filter((href) => !toolLists.includes(href) && !tools.includes(href));
      expect(toolLists, role.name).toContain(`${build.base}tools/audience/${ROLES[role.name]}/`);
      for (const href of toolLists) expect(AUDIENCES).toContain(href.split('/').at(-2));
      expect(guidance.length, `${role.name} has no guidance link`).toBeGreaterThan(0);
      for (const href of guidance) expect(existsSync(builtFile(href)), `${role.name} → ${href}`).toBe(true);
      // The tools named under a role are tools for that role's audiences (src/catalogue/audience-tools.ts).
      const audiences = toolLists.map((href) => href.split('/').at(-2)!);
      for (const href of tools) {
        const tool = toolAudiences.get(href.split('/').at(-2)!);
        expect(tool, `${role.name} → ${href}`).toBeDefined();
        expect(
          tool!.audiences.some((a) => audiences.includes(a)),
          `${href} is not for ${role.name}`,
        ).toBe(true);
      }
    }
  });

  it('shows the headline figures and every role on the first screen at 1280 px, within two screens at 390 px', async () => {
    for (const [width, height, screens] of [
      [1280, 800, 1],
      [390, 844, 2],
    ]) {
      const page = await ctx.browser.newPage({ viewport: { width, height } });
      await page.goto(ctx.site.url);
      const fold = height * screens;
      const figures = await page.locator('.ipec-stat-grid').boundingBox();
      expect(figures!.y + figures!.height, `headline figures at ${width} px`).toBeLessThanOrEqual(fold);
      const roles = await page
        .locator('.ipec-roles > li h3')
        .evaluateAll((els) => els.map((el) => [el.textContent!.trim(), el.getBoundingClientRect().bottom] as const));
      expect(roles).toHaveLength(Object.keys(ROLES).length);
      for (const [name, bottom] of roles) expect(bottom, `${name} at ${width} px`).toBeLessThanOrEqual(fold);
      await page.close();
    }
  });

  it('has the language and theme switches on screen at 390 px, on the home page and on an inner page', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const path of ['', 'about/history/']) {
      await page.goto(`${ctx.site.url}${path}`);
      // An inner page has them in the menu, as Starlight places them; the home page has no menu.
      const menu = page.getByRole('button', { name: 'Menu' });
      if (await menu.isVisible()) await menu.click();
      const french = page.getByRole('link', { name: 'Français', exact: true });
      await expect.poll(() => french.isVisible(), { message: `language switch on /${path}` }).toBe(true);
      expect(await page.getByRole('combobox', { name: 'Select theme' }).isVisible(), `theme on /${path}`).toBe(true);
      if (path === '') {
        await french.click();
        await page.waitForURL(`${ctx.site.url}fr/`);
      }
    }
    await page.close();
  });

  it('takes a labour inspector from the home page to the forced labour indicators in at most two clicks', async () => {
    expect(indicatorsTool, 'a tool for labour inspectors titled "… Indicators of Forced Labour"').toBeDefined();
    const target = `${build.base}tools/${indicatorsTool}/`;
    for (const width of [1280, 390]) {
      const page = await ctx.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(ctx.site.url);
      const card = page.locator('.ipec-roles > li').filter({ hasText: 'Labour inspectors and law enforcement' });
      /** The links a reader can see and click in `scope`. */
      const visibleLinks = (scope: typeof card) =>
        scope
          .locator('a[href]')
          .evaluateAll((els) =>
            els.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('href')!),
          );
      const first = await visibleLinks(card);
      let clicks = first.includes(target) ? 1 : 0;
      for (const href of clicks ? [] : first) {
        await page.goto(`${ctx.site.origin}${href}`);
        if ((await visibleLinks(page.locator('main'))).includes(target)) {
          clicks = 2;
          break;
        }
      }
      expect(clicks, `clicks at ${width} px`).toBeGreaterThan(0);
      expect(clicks).toBeLessThanOrEqual(2);
      await page.close();
    }
  });

  it('has the site footer with sources and contact on the home page and on an inner page', async () => {
    const page = await ctx.browser.newPage();
    for (const path of ['', 'about/history/']) {
      await page.goto(`${ctx.site.url}${path}`);
      const footer = page.locator('.ipec-site-footer');
      expect(await footer.textContent()).toContain('IPEC+');
      for (const name of ['Sources and methods', 'Contact']) {
        const href = await footer.getByRole('link', { name, exact: true }).getAttribute('href');
        expect(existsSync(builtFile(href!)), `${name} → ${href}`).toBe(true);
      }
    }
    await page.close();
  });
});
