import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedInlineScriptHashes } from '../../../src/integrations/csp-inline-hashes.ts';
import { listFilesDeep } from '../../../src/utils/content-files.ts';
import { cspHash, inlineScriptBodies, isScriptableUrl, securePage } from '../../../src/utils/csp-inline.ts';
import { startTags } from '../../../src/utils/html.ts';
import { CACHE, headersFile } from '../../../src/utils/headers-file.ts';

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

describe('post-build page check (inline scripts, event handlers, links, CSP position)', () => {
  const astroHash = cspHash('import("/_astro/a.js")');
  const policy = `default-src 'self'; script-src 'self' ${astroHash}; style-src 'self'`;
  const page = (head: string, body = '') =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>T</title>${head}` +
    `<meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
  const starlightTheme = 'window.StarlightThemeProvider = 1;';
  const allowed = new Set([cspHash(starlightTheme)]);

  it('adds the hash of an allow-listed inline script and keeps the scripts Astro hashed', () => {
    const { html, problems } = securePage(
      page(`<script>${starlightTheme}</script><script type="module">import("/_astro/a.js")</script>`),
      allowed,
    );
    expect(problems).toEqual([]);
    expect(html).toContain(`script-src 'self' ${astroHash} ${cspHash(starlightTheme)}`);
  });

  it("fails on an inline script that is neither Astro's nor on the allow-list, quoting it", () => {
    const { problems } = securePage(page('', '<p>Hello <script>alert(8)</script></p>'), allowed);
    expect(problems).toEqual([
      expect.stringMatching(/^inline <script> "alert\(8\)" is not on the allow-list of inline scripts/),
    ]);
  });

  it('never adds the hash of a script it rejects', () => {
    const { html } = securePage(page('', '<script>alert(8)</script>'), allowed);
    expect(html).not.toContain(cspHash('alert(8)'));
  });

  it('ignores JSON data scripts and external scripts', () => {
    const { problems } = securePage(
      page('<script type="application/ld+json">{}</script><script src="/_astro/a.js"></script>'),
      allowed,
    );
    expect(problems).toEqual([]);
  });

  it('fails on scripts loaded from anywhere but /_astro/ and /pagefind/ under the base', () => {
    const scripts = ['/x.js', '//evil.example/_astro/a.js', '/\\evil.example/_astro/a.js', 'https://evil.example/a.js'];
    for (const src of scripts)
      expect(securePage(page(`<script src="${src}"></script>`), allowed).problems, src).toEqual([
        expect.stringContaining('scripts load only from /_astro/ and /pagefind/'),
      ]);
    expect(securePage(page('<script src="/sub/pagefind/pagefind-ui.js"></script>'), allowed, '/sub/').problems).toEqual(
      [],
    );
    expect(securePage(page('<script src="/_astro/a.js"></script>'), allowed, '/sub/').problems).toHaveLength(1);
  });

  it('fails on <meta http-equiv> other than the policy and content type, on <style>, and on foreign style attributes', () => {
    const problems = (head: string, body = '') => securePage(page(head, body), allowed).problems;
    expect(problems('<meta http-equiv="Refresh" content="0; url=https://evil.example/">')).toEqual([
      expect.stringContaining('<meta http-equiv="Refresh">: only the Content-Security-Policy and content type'),
    ]);
    expect(problems('<meta http-equiv="content-type" content="text/html; charset=utf-8">')).toEqual([]);
    expect(problems('<style>body{display:none}</style>')).toEqual([
      expect.stringContaining('no page carries a <style>'),
    ]);
    expect(problems('', '<p style="position:fixed;inset:0">x</p>')).toEqual([
      expect.stringContaining("on <p>: not a style the site's components write"),
    ]);
    expect(problems('', '<p style="--x: url(https://evil.example/)">x</p>')).toHaveLength(1);
    expect(problems('', '<span style="--sl-icon-size: 1em;"></span><dialog style="padding:0"></dialog>')).toEqual([]);
  });

  it('fails on Pagefind filters and metadata that hold markup, in the attribute or in the text', () => {
    const problems = (body: string) => securePage(page('', body), allowed).problems;
    expect(problems('<span data-pagefind-filter="topic:Child labour"></span>')).toEqual([]);
    expect(problems('<dd data-pagefind-meta="kind">Guide</dd>')).toEqual([]);
    expect(problems('<span data-pagefind-filter="topic:&lt;img src=x onerror=alert(1)&gt;"></span>')).toHaveLength(1);
    expect(problems('<dd data-pagefind-meta="kind">&lt;img src=x onerror=alert(1)&gt;</dd>')).toHaveLength(1);
    expect(problems('<span data-pagefind-filter="&lt;b&gt;:x"></span>')).toHaveLength(1);
  });

  it('fails on inline event handlers, naming the attribute and the tag', () => {
    const { problems } = securePage(
      page('', '<img src="/a.png" ONERROR="alert(1)"><div onmouseover=alert(2)>x</div>'),
      allowed,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^inline event handler onerror= on <img>/),
      expect.stringMatching(/^inline event handler onmouseover= on <div>/),
    ]);
  });

  it('fails on javascript: and data: links however they are spelt', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,<b>x</b>',
    ]) {
      expect(isScriptableUrl(href), href).toBe(true);
    }
    for (const href of ['https://www.ilo.org/', '/tools/', '#note-1', 'mailto:ipec@ilo.org', 'notes/javascript:x']) {
      expect(isScriptableUrl(href), href).toBe(false);
    }
    const { problems } = securePage(page('', '<a href="javascript:alert(1)">x</a>'), allowed);
    expect(problems).toEqual([
      expect.stringMatching(/^href="javascript:alert\(1\)" on <a>: javascript: and data: links are not allowed/),
    ]);
  });

  it('reads "<script>" inside a quoted attribute as text, as a browser does', () => {
    const escapedTitle = '<meta property="og:title" content="x</title><script>alert(1)</script>">';
    expect(startTags(escapedTitle).map((e) => e.name)).toEqual(['meta']);
    expect(securePage(page(escapedTitle), allowed).problems).toEqual([]);
  });

  it('moves the CSP <meta> to the first place after <meta charset>', () => {
    const { html } = securePage(page('<link rel="canonical" href="/"><meta name="description" content="d">'), allowed);
    expect(html).toMatch(
      /<head><meta charset="utf-8"\/><meta http-equiv="content-security-policy" content="[^"]+"><title>/,
    );
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
  });

  it('leaves pages without a CSP meta unchanged', () => {
    const html = '<script>alert(1)</script>';
    expect(securePage(html, allowed)).toEqual({ html, problems: [] });
  });

  it('reads the is:inline scripts of a component and nothing else', () => {
    const source =
      '---\n---\n<script is:inline>a()</script><script>bundled()</script><script is:inline aria-hidden="true">b()</script>';
    expect(inlineScriptBodies(source)).toEqual(['a()', 'b()']);
  });

  it("allows exactly the inline scripts of the listed Starlight components and of the site's components", () => {
    const root = resolve(import.meta.dirname, '../../..');
    const allowed = allowedInlineScriptHashes(root);
    const starlight = dirname(createRequire(join(root, 'package.json')).resolve('@astrojs/starlight/components'));
    const theme = inlineScriptBodies(readFileSync(join(starlight, 'components/ThemeProvider.astro'), 'utf8'));
    expect(theme.length).toBeGreaterThan(0);
    const site = listFilesDeep(join(root, 'src/components'), ['.astro']).flatMap((f) =>
      inlineScriptBodies(readFileSync(f, 'utf8')),
    );
    for (const body of [...theme, ...site]) expect(allowed.has(cspHash(body))).toBe(true);
    expect(allowed.has(cspHash('alert(8)'))).toBe(false);
  });
});
