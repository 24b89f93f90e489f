/**
 * A deployed build names its own address, never the development server's: with SITE_URL set (npm test
 * sets it for both builds), no file in dist/ or dist-sub/ may mention localhost, and the canonical
 * link, sitemap and robots.txt use SITE_URL. (Without SITE_URL the build writes none of those and says
 * so in one info line; tests/unit/charts/registry.test.ts checks that citations then give paths.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/site.config';
import { BUILDS } from '../support/harness';

const TEXT = new Set(['.html', '.xml', '.txt', '.json', '.js', '.mjs', '.css', '.csv', '.svg', '']);

describe.each(Object.values(BUILDS))('the build in $dir', ({ dir, base }) => {
  it('never mentions localhost and names SITE_URL in robots.txt, the sitemap and canonical links', () => {
    expect(
      process.env.SITE_URL,
      'npm test builds with SITE_URL set; set it when running this file on its own',
    ).toBeTruthy();
    const origin = siteUrl(process.env.SITE_URL);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && TEXT.has(extname(e.name)),
    );
    expect(files.length).toBeGreaterThan(10);
    const mentioning = files
      .map((e) => join(e.parentPath, e.name))
      .filter((file) => /localhost|127\.0\.0\.1/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(dir, file));
    expect(mentioning).toEqual([]);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}${base}sitemap-index.xml`);
    expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${origin}${base}</loc>`);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${origin}${base}"`);
  });

  it('tells search engines not to index the not-found page', () => {
    expect(readFileSync(join(dir, '404.html'), 'utf8')).toMatch(/<meta name="robots" content="noindex"/);
  });
});
