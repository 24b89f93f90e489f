/**
 * The home page orients, at the root and under /ipec-plus/: its headline figures are the newest world
 * values in content/figures, each with its year and a link to its chart; the country count is the
 * country files' count; each role's way in lands on guidance that exists and on its audience's tool list;
 * and every page carries the site footer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isDraft, listFiles } from '../../src/utils/content-files';
import { AUDIENCES } from '../../src/schemas/vocab';
import { readFigures } from '../support/figure-files';
import { BUILDS, ROOT, useBrowserAndSite } from '../support/harness';

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
  'Employers and business': 'employers',
  "Workers' organizations": 'workers',
  'Researchers and statisticians': 'researchers',
  Journalists: 'media',
};

describe.each(Object.entries(BUILDS))('home page on the %s build', (_name, build) => {
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
      const guidance = role.hrefs.filter((href) => !toolLists.includes(href));
      expect(toolLists, role.name).toContain(`${build.base}tools/audience/${ROLES[role.name]}/`);
      for (const href of toolLists) expect(AUDIENCES).toContain(href.split('/').at(-2));
      expect(guidance.length, `${role.name} has no guidance link`).toBeGreaterThan(0);
      for (const href of guidance) expect(existsSync(builtFile(href)), `${role.name} → ${href}`).toBe(true);
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
