import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPageProblems, cspHash, inlineScriptBodies, isScriptableUrl } from '../../../src/guard/built.ts';
import { inlineScriptHashes } from '../../../src/security.config.ts';
import { listFilesDeep } from '../../../src/core/content-files.ts';
import { startTags } from '../../../src/core/html-tree.ts';

describe('post-build page check (inline scripts, event handlers, links)', () => {
  const starlightTheme = 'window.StarlightThemeProvider = 1;';
  const policy = `default-src 'self';script-src 'self' '${cspHash('import("/_astro/a.js")')}' '${cspHash(starlightTheme)}';style-src 'self'`;
  const page = (head: string, body = '') =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>T</title>${head}` +
    `<meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
  const problems = (head: string, body = '', base = '/') => builtPageProblems(page(head, body), base);

  it("accepts the inline scripts the page's policy allows, wherever they stand", () => {
    expect(
      problems(`<script>${starlightTheme}</script>`, '<script type="module">import("/_astro/a.js")</script>'),
    ).toEqual([]);
  });

  it("fails on an inline script the page's policy does not allow, quoting it", () => {
    expect(problems('', '<p>Hello <script>alert(8)</script></p>')).toEqual([
      expect.stringMatching(/^inline <script> "alert\(8\)" is not allowed by the page's Content-Security-Policy/),
    ]);
  });

  it('fails on any inline script in a page without a policy', () => {
    expect(builtPageProblems(`<html><head><script>${starlightTheme}</script></head></html>`)).toHaveLength(1);
  });

  it('ignores JSON data scripts and external scripts', () => {
    expect(problems('<script type="application/ld+json">{}</script><script src="/_astro/a.js"></script>')).toEqual([]);
  });

  it('fails on scripts loaded from anywhere but /_astro/ and /pagefind/ under the base', () => {
    const scripts = ['/x.js', '//evil.example/_astro/a.js', '/\\evil.example/_astro/a.js', 'https://evil.example/a.js'];
    for (const src of scripts)
      expect(problems(`<script src="${src}"></script>`), src).toEqual([
        expect.stringContaining('scripts load only from /_astro/ and /pagefind/'),
      ]);
    expect(problems('<script src="/sub/pagefind/pagefind-ui.js"></script>', '', '/sub/')).toEqual([]);
    expect(problems('<script src="/_astro/a.js"></script>', '', '/sub/')).toHaveLength(1);
  });

  it('fails on <meta http-equiv> other than the policy and content type, on <style>, and on foreign style attributes', () => {
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
    expect(problems('', '<span data-pagefind-filter="topic:Child labour"></span>')).toEqual([]);
    expect(problems('', '<dd data-pagefind-meta="kind">Guide</dd>')).toEqual([]);
    expect(problems('', '<span data-pagefind-filter="topic:&lt;img src=x onerror=alert(1)&gt;"></span>')).toHaveLength(
      1,
    );
    expect(problems('', '<dd data-pagefind-meta="kind">&lt;img src=x onerror=alert(1)&gt;</dd>')).toHaveLength(1);
    expect(problems('', '<span data-pagefind-filter="&lt;b&gt;:x"></span>')).toHaveLength(1);
  });

  it('fails on inline event handlers, naming the attribute and the tag', () => {
    expect(problems('', '<img src="/a.png" ONERROR="alert(1)"><div onmouseover=alert(2)>x</div>')).toEqual([
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
    expect(problems('', '<a href="javascript:alert(1)">x</a>')).toEqual([
      expect.stringMatching(/^href="javascript:alert\(1\)" on <a>: javascript: and data: links are not allowed/),
    ]);
  });

  it('reads "<script>" inside a quoted attribute as text, as a browser does', () => {
    const escapedTitle = '<meta property="og:title" content="x</title><script>alert(1)</script>">';
    expect(startTags(escapedTitle).map((e) => e.name)).toEqual(['meta']);
    expect(problems(escapedTitle)).toEqual([]);
  });
});

describe('inline script hashes for the policy', () => {
  it('reads the is:inline scripts of a component and nothing else', () => {
    const source =
      '---\n---\n<script is:inline>a()</script><script>bundled()</script><script is:inline aria-hidden="true">b()</script>';
    expect(inlineScriptBodies(source)).toEqual(['a()', 'b()']);
  });

  it("hashes exactly the inline scripts of Starlight's components and of the site's components", () => {
    const root = resolve(import.meta.dirname, '../../..');
    const allowed = new Set(inlineScriptHashes(root));
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
