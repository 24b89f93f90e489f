/**
 * The sub-path build is the root build with its addresses under /ipec-plus/: every page holds the same
 * markup once the base is taken out of its site addresses (and the names that hash them: asset file
 * names, CSP hashes, Starlight's sidebar state hash), and every other file the same text. So what a page
 * shows and how it behaves is tested once, on the root build, and the sub-path build is tested where the
 * base matters: links and assets (crawl), search result addresses, the service worker's scope, the
 * catalogue's data, embeds.
 *
 * It also shows the build is reproducible without a third build: the two builds `npm test` makes are
 * independent runs, so a timestamp, an unordered index or a random id in any file would differ here.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
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

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

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

  it('tells another file that differs from one that differs only by its base (the check can fail)', () => {
    const dirs = ['/', '/ipec-plus/'].map((base) => {
      const dir = mkdtempSync(join(tmpdir(), 'ipec-sub-path-'));
      made.push(dir);
      const data = { url: `${base}tools/`, source: 'https://www.ilo.org/ipec-plus/', built: '2026-01-01' };
      writeFileSync(join(dir, 'a.json'), JSON.stringify(data));
      return dir;
    });
    expect(differingFiles(otherFiles(dirs[0]!, '/'), otherFiles(dirs[1]!, '/ipec-plus/'))).toEqual([]);
    writeFileSync(join(dirs[1]!, 'a.json'), readFileSync(join(dirs[1]!, 'a.json'), 'utf8').replace('01-01', '01-02'));
    expect(differingFiles(otherFiles(dirs[0]!, '/'), otherFiles(dirs[1]!, '/ipec-plus/'))).toEqual(['a.json']);
  });

  it('holds the same other files: the same text once the base and the hashes in names are taken out', () => {
    const differing = differingFiles(otherFiles(BUILDS.root.dir, '/'), otherFiles(BUILDS.sub.dir, BUILDS.sub.base));
    expect(differing).toEqual([]);
  });
});

/** Pagefind's binary index files: they hold no address (those are in the fragments), and are named by hash. */
const PAGEFIND_BINARY = /^pagefind\/.*\.(pf_index|pf_meta|pf_filter|pagefind)$|\.wasm\./;
/** Content hashes in file names: Astro's assets ("page.cNngjUgL.js"), Pagefind's files ("en_4f3a2b1.pf_fragment"). */
const NAME_HASH = /([._])[\w-]{7,}(\.(?:js|css|pf_fragment|pf_index|pf_meta|pf_filter|pagefind)\b)/g;

/**
 * Every file of a build but its pages, by a name without hashes, as comparable text: the base taken out
 * of addresses and hashes out of the names it holds; Pagefind's fragments unzipped (they hold the pages'
 * addresses); Pagefind's binary index files counted, not read.
 */
function otherFiles(dir: string, base: string): Map<string, string[]> {
  const site = SITE_URL.replace(/\/$/, '');
  const files = new Map<string, string[]>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.html')) continue;
    const path = relative(dir, join(entry.parentPath, entry.name));
    const bytes = readFileSync(join(dir, path));
    const text = PAGEFIND_BINARY.test(path)
      ? 'binary index file'
      : path === 'sw.js'
        ? // Minified, with content hashes as revisions: what it precaches, in its order.
          [...bytes.toString('utf8').matchAll(/url:"([^"]*)"/g)].map((m) => m[1]).join('\n')
        : (path.endsWith('.pf_fragment') ? gunzipSync(bytes) : bytes).toString('utf8');
    const comparable = text
      .replaceAll(`${site}${base}`, `${site}/`)
      // A site address starts a string or an attribute; an external one holding the base's words does not.
      .replace(new RegExp(`(^|["'\`(=\\s,])${base}`, 'gm'), '$1/')
      .replace(NAME_HASH, '$1#$2')
      // Sizes of files that hold addresses, and Pagefind's hashes of each language's index.
      .replace(/"(bytes|hash)":("[^"]*"|\d+)/g, '"$1":#');
    const key = path.replace(NAME_HASH, '$1#$2');
    files.set(key, [...(files.get(key) ?? []), comparable].sort());
  }
  return files;
}

/** The names whose files differ (or are in one build only). */
function differingFiles(a: Map<string, string[]>, b: Map<string, string[]>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((key) => JSON.stringify(a.get(key)) !== JSON.stringify(b.get(key)))
    .sort();
}
