/**
 * Text the build writes itself, as built: no page title repeats the site name,
 * country names read in natural order, and generated sentences keep their capitals (IPEC+, month names).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isDraft, listFiles, listFilesDeep } from '../../src/core/content-files';
import { readRegionTable } from '../../src/figures/region-table';
import { PAGE_BUILDS, ROOT } from '../support/harness';

const countryIso = new Set(
  listFiles(join(ROOT, 'content/countries'), ['.yaml'])
    .map((p) => parse(readFileSync(p, 'utf8')))
    .filter((data) => !isDraft(data))
    .map((data) => String(data.iso3)),
);
/** Reference-table names that are inverted for sorting ("Congo, Democratic Republic of the"), for our countries. */
const invertedNames = readRegionTable(join(ROOT, 'content/reference/ilo-regions.csv'))
  .filter((r) => countryIso.has(r.iso3) && /,\s.+\bof(?: the)?$/.test(r.country))
  .map((r) => r.country);

for (const [name, build] of Object.entries(PAGE_BUILDS)) {
  describe(`generated text (${name} build)`, () => {
    const pages = listFilesDeep(build.dir, ['.html']).map((file) => ({
      where: relative(build.dir, file),
      html: readFileSync(file, 'utf8'),
    }));

    it('has pages to check', () => {
      expect(pages.length).toBeGreaterThan(0);
    });

    it('never repeats the site name in a page title', () => {
      const doubled = pages.filter(({ html }) => {
        const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
        const parts = title.split(' | ');
        return parts.length > 1 && new Set(parts).size < parts.length;
      });
      expect(doubled.map((p) => p.where)).toEqual([]);
    });

    it('writes country names in natural order, never inverted as in the reference table', () => {
      const found = pages.flatMap(({ where, html }) =>
        invertedNames
          .filter((n) => html.includes(n.replace(/'/g, '&#39;')) || html.includes(n))
          .map((n) => `${where}: ${n}`),
      );
      expect(found).toEqual([]);
    });

    it('keeps the capitals of IPEC+ and month names in generated labels', () => {
      const found = pages.flatMap(({ where, html }) =>
        [
          ...html.matchAll(
            /ipec\+ countries|\((?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4}\)/g,
          ),
        ].map((m) => `${where}: ${m[0]}`),
      );
      expect(found).toEqual([]);
    });
  });
}
