/**
 * Crawl gate: every HTML page of both builds, 0 broken internal links or anchors, 0 missing assets
 * (scripts, styles, images, icons, social image, Pagefind files), and in the sub-path build every
 * internal URL stays under /ipec-plus/. tests/unit/crawl.test.ts shows the crawler failing on a
 * deliberately broken fixture site.
 */
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/site.config.ts';
import { BUILDS } from '../support/harness.ts';
import { crawlSite, formatProblems, htmlFiles } from '../support/crawl.ts';

const siteOrigin = siteUrl(process.env.SITE_URL);

describe.each(Object.entries(BUILDS))('crawl of the %s build', (_name, { dir, base }) => {
  it('has pages to crawl', () => {
    expect(htmlFiles(dir).length).toBeGreaterThan(1);
  });

  it('has no broken link, missing anchor, missing asset or link outside the base', () => {
    const problems = crawlSite(dir, { base, siteOrigin });
    // Compared as text so a failure lists each problem on one line.
    expect(formatProblems(problems)).toBe('');
  });
});
