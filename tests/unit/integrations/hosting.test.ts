import { describe, expect, it } from 'vitest';
import { CACHE, headersFile } from '../../../src/integrations/headers-file.ts';

/** The header block for one path of a generated _headers file. */
function rule(file: string, path: string): string | undefined {
  return file.split('\n\n').find((block) => block.split('\n').some((line) => line === path));
}

describe('_headers file', () => {
  const files = [
    'index.html',
    '404.html',
    'about/index.html',
    '_astro/page.Ab12.js',
    'favicon.svg',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.en_5781e747fb.pf_meta',
    'pagefind/fragment/en_255a488.pf_fragment',
    'pagefind/wasm.en.pagefind',
    'pagefind/filter/en_44494eb.pf_filter',
  ];

  it('puts every rule under the base path', () => {
    const text = headersFile(files, '/ipec-plus');
    const paths = text.split('\n').filter((line) => line.startsWith('/'));
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) expect(path.startsWith('/ipec-plus/')).toBe(true);
  });

  it('caches hashed files for a year and revalidates HTML and unhashed Pagefind files', () => {
    const text = headersFile(files, '/');
    expect(rule(text, '/_astro/*')).toContain(CACHE.immutable);
    expect(rule(text, '/pagefind/fragment/*')).toContain(CACHE.immutable);
    expect(rule(text, '/pagefind/pagefind.en_5781e747fb.pf_meta')).toContain(CACHE.immutable);
    expect(rule(text, '/pagefind/pagefind-entry.json')).toContain(CACHE.revalidate);
    expect(rule(text, '/pagefind/pagefind.js')).toContain(CACHE.revalidate);
    expect(rule(text, '/about/*')).toContain(CACHE.revalidate);
    expect(rule(text, '/')).toContain(CACHE.revalidate);
  });

  it('gives every file the build writes exactly one Cache-Control rule', () => {
    const built = [
      ...files,
      'robots.txt',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'og-image.png',
      'data/figures.csv',
      'data/figures.json',
      'data/child-labour-map/index.html',
      'data/child-labour-map.svg',
      'tools/audience/governments/index.html',
      'pagefind/index/en_1.pf_index',
    ];
    const text = headersFile(built, '/');
    const cacheRules = text
      .split('\n\n')
      .filter((b) => b.includes('Cache-Control'))
      .map((b) => b.split('\n')[0]!);
    const matches = (rule: string, path: string) =>
      rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path;
    for (const file of built) {
      const matching = cacheRules.filter((rule) => matches(rule, `/${file}`));
      expect(matching, file).toHaveLength(1);
    }
    expect(rule(text, '/robots.txt')).toContain(CACHE.revalidate);
    expect(rule(text, '/og-image.png')).toContain(CACHE.revalidate);
    expect(rule(text, '/data/*')).toContain(CACHE.revalidate);
  });

  it('sends HSTS, COOP and a Permissions-Policy without the obsolete interest-cohort', () => {
    const all = rule(headersFile(files, '/'), '/*')!;
    expect(all).toMatch(/Strict-Transport-Security: max-age=\d{8,}/);
    expect(all).toContain('Cross-Origin-Opener-Policy: same-origin');
    expect(all).toMatch(/Permissions-Policy: .*camera=\(\)/);
    expect(all).not.toContain('interest-cohort');
  });

  it('sandboxes the downloads under /data/ (SVG, JSON, CSV) and nothing else', () => {
    const text = headersFile(
      [...files, 'data/chart.svg', 'data/chart.csv', 'data/x/preview.svg', 'data/x/embed/index.html'],
      '/sub/',
    );
    for (const file of ['data/chart.svg', 'data/chart.csv', 'data/x/preview.svg'])
      expect(text).toContain(`/sub/${file}\n  Content-Security-Policy: default-src 'none'; sandbox`);
    expect(text.match(/sandbox/g)).toHaveLength(3);
  });

  it('sets security headers once, on /*, and Cache-Control never there', () => {
    const text = headersFile(files, '/');
    const all = rule(text, '/*')!;
    expect(all).toContain('X-Content-Type-Options: nosniff');
    expect(all).toContain("frame-ancestors 'none'");
    expect(all).not.toContain('Cache-Control');
    expect(text.match(/X-Frame-Options/g)).toHaveLength(1);
  });

  it('lets other sites frame the chart embeds of every language, and nothing else', () => {
    const built = [
      ...files,
      'data/child-labour-map/index.html',
      'data/child-labour-map/embed/index.html',
      'data/forced-labour-map/embed/index.html',
      'fr/data/child-labour-map/embed/index.html',
      'es/data/child-labour-map/embed/index.html',
    ];
    const text = headersFile(built, '/ipec-plus');
    const framed = text.split('\n\n').filter((b) => b.includes('frame-ancestors *'));
    expect(framed.map((b) => b.split('\n')[0])).toEqual([
      '/ipec-plus/data/*/embed/',
      '/ipec-plus/es/data/*/embed/',
      '/ipec-plus/fr/data/*/embed/',
    ]);
    for (const block of framed) {
      // The site-wide framing headers are detached before the embed's own policy is attached.
      expect(block).toContain('  ! X-Frame-Options');
      expect(block).toContain('  ! Content-Security-Policy');
      expect(block).not.toContain('Cache-Control');
    }
    expect(rule(text, '/ipec-plus/*')).toContain("frame-ancestors 'none'");
    expect(rule(headersFile(files, '/'), '/*')).toBeDefined();
    expect(headersFile(files, '/')).not.toContain('frame-ancestors *');
  });
});
