import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawlSite, pageUrl } from '../support/crawl.ts';

// A three-file site with one of each fault the crawl gate must catch (tests/fixtures/broken-site/).
const brokenSite = resolve(import.meta.dirname, '../fixtures/broken-site');

describe('site crawler', () => {
  it('maps built files to the URLs a static host serves them at', () => {
    expect(pageUrl('index.html', '/')).toBe('/');
    expect(pageUrl('about/index.html', '/ipec-plus/')).toBe('/ipec-plus/about/');
    expect(pageUrl('404.html', '/ipec-plus')).toBe('/ipec-plus/404.html');
  });

  it('reports broken links, missing anchors, missing assets and missing Pagefind files', () => {
    const problems = crawlSite(brokenSite, { base: '/' }).map((p) => `${p.kind} ${p.page} ${p.url}`);
    expect(problems.sort()).toEqual(
      [
        'broken-link guide/index.html /ipec-plus/guide/',
        'broken-link index.html /nowhere/',
        'missing-anchor index.html /guide/#no-such-step',
        'missing-asset index.html /missing-icon.svg',
        'missing-asset index.html /chart.png',
        'missing-asset pagefind /pagefind/pagefind.en_0000000000.pf_meta',
      ].sort(),
    );
  });

  it('reports links that leave the base path of a sub-path build', () => {
    const outside = crawlSite(brokenSite, { base: '/ipec-plus/' }).filter((p) => p.kind === 'outside-base');
    expect(outside.map((p) => p.url)).toContain('/guide/#first-step');
    expect(outside.map((p) => p.url)).toContain('/site.css');
  });
});
