/**
 * Country profiles: every country page lists the five child labour
 * and forced labour instruments; each ratification year in content/countries is shown with a link to
 * the ILO page that states it; an instrument without a sourced entry reads "no record found", never
 * "not ratified"; and no fact is shown as a bare "Yes".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isDraft, listFiles } from '../../src/core/content-files';
import { PROFILE_INSTRUMENTS } from '../../src/schemas/ratification';
import { PAGE_BUILDS, ROOT, useBrowserAndSite } from '../support/harness';

interface Entry {
  instrument: string;
  year?: number;
  notRatified?: boolean;
  source?: string;
}
const countries = listFiles(join(ROOT, 'content/countries'), ['.yaml']).flatMap((file) => {
  const data = parse(readFileSync(file, 'utf8'));
  return isDraft(data)
    ? []
    : [
        {
          id: file
            .split('/')
            .pop()!
            .replace(/\.yaml$/, ''),
          ratifications: (data.ratifications ?? []) as Entry[],
        },
      ];
});

describe.each(Object.entries(PAGE_BUILDS))('country profiles on the %s build', (_name, build) => {
  const ctx = useBrowserAndSite(build);

  it('shows each sourced ratification year with a link to its source, and "no record found" otherwise', async () => {
    const sourced = countries.filter((c) => c.ratifications.some((r) => r.year !== undefined));
    expect(sourced.length, 'a country with sourced ratification years').toBeGreaterThan(0);
    const page = await ctx.browser.newPage();
    for (const country of countries) {
      await page.goto(`${ctx.site.url}countries/${country.id}/`);
      const items = page.locator('.country-ratifications li');
      expect(await items.count(), country.id).toBe(PROFILE_INSTRUMENTS.length);
      for (const instrument of PROFILE_INSTRUMENTS) {
        const item = page.locator(`.country-ratifications li[data-instrument="${instrument}"]`);
        const text = (await item.textContent())!;
        const entry = country.ratifications.find((r) => r.instrument === instrument);
        if (entry?.year !== undefined) {
          expect(text, `${country.id} ${instrument}`).toContain(`ratified in ${entry.year}`);
          expect(await item.locator('a.ratification-source').getAttribute('href')).toBe(entry.source);
        } else if (entry?.notRatified) {
          expect(text).toContain('not ratified');
          expect(await item.locator('a.ratification-source').getAttribute('href')).toBe(entry.source);
        } else {
          expect(text, `${country.id} ${instrument}`).toContain('no record found');
          expect(text).not.toContain('not ratified');
        }
      }
      const bareYes = await page
        .locator('main :is(dd, td, li, p)')
        .evaluateAll((els) => els.filter((el) => el.textContent!.trim() === 'Yes').length);
      expect(bareYes, `${country.id} shows a bare "Yes"`).toBe(0);
    }
    await page.close();
  });
});
