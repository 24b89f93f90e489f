/**
 * The sub-path build is the root build with its addresses under /ipec-plus/: every page holds the same
 * markup once the base is taken out of its site addresses (and the names that hash them: asset file
 * names, CSP hashes, Starlight's sidebar state hash). So what a page shows and how it behaves is tested
 * once, on the root build, and the sub-path build is tested where the base matters: links and assets
 * (crawl), search result addresses, the service worker's scope, the catalogue's data, embeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS } from '../support/harness.ts';
import { htmlFiles } from '../support/crawl.ts';
import { elementsOf, parseDocument, serializeHtml } from '../../src/core/html-tree.ts';

const SITE_URL = process.env.SITE_URL ?? 'https://ipec-plus.example';

/** A page's markup with the base taken out of site addresses, and build-specific hashes blanked. */
export function withoutBase(html: string, base: string): string {
  const document = parseDocument(html);
  // Attribute order can differ where a Markdown plugin adds the base to a link (it sets href again).
  for (const element of elementsOf(document)) element.attrs.sort((a, b) => a.name.localeCompare(b.name));
  const site = SITE_URL.replace(/\/$/, '');
  return serializeHtml(document)
    .replaceAll(`${site}${base}`, `${site}/`)
    .replace(new RegExp(`(["'(=]|&quot;)${base}`, 'g'), '$1/')
    .replace(/(\/_astro\/[^"'\s)]*?)\.[\w-]{8}\.(js|css)/g, '$1.$2')
    .replace(/'sha256-[^']+'/g, "'sha256'")
    .replace(/data-hash="[^"]*"/g, 'data-hash=""');
}

describe('the sub-path build', () => {
  it('tells a page with a different text from one that differs only by its base (the check can fail)', () => {
    const root = '<p><a href="/tools/">Tools</a> <img src="/_astro/logo.AbCdEf12.svg"></p>';
    expect(withoutBase(root.replace('href="/', 'href="/ipec-plus/'), '/ipec-plus/')).toBe(withoutBase(root, '/'));
    expect(withoutBase(root.replace('Tools', 'Tool'), '/')).not.toBe(withoutBase(root, '/'));
    // An external address that holds the base's words is not a site address.
    const external = '<a href="https://example.org/ipec-plus/x">x</a>';
    expect(withoutBase(external, '/ipec-plus/')).toContain('https://example.org/ipec-plus/x');
  });

  it('has the same pages as the root build, with the same markup once the base is taken out', () => {
    const rootFiles = htmlFiles(BUILDS.root.dir);
    expect(htmlFiles(BUILDS.sub.dir)).toEqual(rootFiles);
    const differing = rootFiles.filter(
      (file) =>
        withoutBase(readFileSync(join(BUILDS.sub.dir, file), 'utf8'), BUILDS.sub.base) !==
        withoutBase(readFileSync(join(BUILDS.root.dir, file), 'utf8'), BUILDS.root.base),
    );
    expect(differing).toEqual([]);
  });
});
