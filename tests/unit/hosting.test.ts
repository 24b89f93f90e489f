import { describe, expect, it } from 'vitest';
import { addInlineHashes, cspHash } from '../../src/utils/csp-inline.ts';
import { CACHE, headersFile } from '../../src/utils/headers-file.ts';

/** The header block for one path of a generated _headers file. */
function rule(file: string, path: string): string | undefined {
  return file.split('\n\n').find((block) => block.split('\n').some((line) => line === path));
}

describe('_headers file', () => {
  const files = [
    'index.html', '404.html', 'about/index.html', '_astro/page.Ab12.js', 'favicon.svg',
    'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.en_5781e747fb.pf_meta',
    'pagefind/fragment/en_255a488.pf_fragment', 'pagefind/wasm.en.pagefind',
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

  it('sets security headers once, on /*, and Cache-Control never there', () => {
    const text = headersFile(files, '/');
    const all = rule(text, '/*')!;
    expect(all).toContain('X-Content-Type-Options: nosniff');
    expect(all).toContain("frame-ancestors 'none'");
    expect(all).not.toContain('Cache-Control');
    expect(text.match(/X-Frame-Options/g)).toHaveLength(1);
  });
});

describe('CSP hashes for inline scripts', () => {
  const page = (meta: string) =>
    `<head><meta http-equiv="content-security-policy" content="${meta}"><script>alert(1)</script>` +
    `<script type="application/ld+json">{}</script><script src="/a.js"></script></head>`;

  it('adds the hash of an inline script missing from script-src', () => {
    const html = addInlineHashes(page("default-src 'self'; script-src 'self'; style-src 'self'"));
    expect(html).toContain(`script-src 'self' ${cspHash('alert(1)')}`);
    expect(html).not.toContain(cspHash('{}'));
  });

  it('leaves pages without a CSP meta unchanged', () => {
    const html = '<script>alert(1)</script>';
    expect(addInlineHashes(html)).toBe(html);
  });
});
