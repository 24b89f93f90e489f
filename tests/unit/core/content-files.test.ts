/**
 * Reading content files: which files the collections load (one definition for Astro's globs and the
 * guard), strict UTF-8 with a byte-order mark accepted, and the routes internal links are checked against.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, matchesGlob, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COLLECTION_FILES,
  collectionGlob,
  contentFileRole,
  firstInvalidUtf8Byte,
  parseFrontmatterFile,
  type ContentCollection,
} from '../../../src/core/content-files';
import { validateContent } from '../../../src/guard/index';
import { formatProblem } from '../../../src/core/content-problem';
import { docsSlug, internalLinkProblem, siteRoutes } from '../../../src/navigation/site-routes';
import { siteWith } from '../../support/fixture-site';

const root = resolve(import.meta.dirname, '../../..');

describe('collection files', () => {
  const samples = [
    'docs/index.mdx',
    'docs/.hidden.mdx',
    'docs/about/history.mdx',
    'docs/about/history.md',
    'docs/a/b/c.mdx',
    'docs/page.MDX',
    'docs/page.markdown',
    'docs/x.yml',
    'tools/x.yaml',
    'tools/x.yml',
    'tools/x.YAML',
    'tools/sub/x.yaml',
    'tools/x.yaml.txt',
    'tools/page.mdx',
    'figures/f.yaml',
    'i18n/en.json',
    'i18n/en.yaml',
    'tool/x.yaml',
    'x.yaml',
  ];

  it("Astro's glob for each collection loads exactly the files the guard says it loads", () => {
    for (const collection of Object.keys(COLLECTION_FILES) as ContentCollection[]) {
      const { pattern } = collectionGlob(collection);
      const folder = `${COLLECTION_FILES[collection].folder}/`;
      for (const path of samples.filter((p) => p.startsWith(folder))) {
        const role = contentFileRole(path);
        const loadedByGuard = role.kind === 'collection' && role.collection === collection;
        expect(matchesGlob(path.slice(folder.length), pattern), `${path} against ${pattern}`).toBe(loadedByGuard);
      }
    }
  });

  it('allows the reference tables, .gitkeep and OS folder metadata, and nothing else outside the collections', () => {
    expect(contentFileRole('reference/ilo-regions.csv').kind).toBe('reference');
    expect(contentFileRole('tools/.gitkeep').kind).toBe('ignored');
    expect(contentFileRole('tools/.DS_Store').kind).toBe('ignored');
    expect(contentFileRole('reference/notes.txt').kind).toBe('problem');
    expect(contentFileRole('tools/.hidden.yaml').kind).toBe('problem');
    expect(contentFileRole('notes.txt').kind).toBe('problem');
  });
});

describe('strict UTF-8', () => {
  it('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8Byte(Buffer.from('plain ascii'))).toBe(-1);
    expect(firstInvalidUtf8Byte(Buffer.from('Côte d’Ivoire, 中文, 😀'))).toBe(-1);
    expect(firstInvalidUtf8Byte(Buffer.from('caf\xe9', 'latin1'))).toBe(3);
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8Byte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1); // cut short
  });

  it('accepts a byte-order mark before the frontmatter', () => {
    const dir = siteWith();
    writeFileSync(
      join(dir, 'content/docs/bom.mdx'),
      '\uFEFF---\ntitle: Saved with a byte-order mark\ntranslation: { pending: "a page of a test site" }\n---\n\nText.\n',
    );
    expect(parseFrontmatterFile(dir, join(dir, 'content/docs/bom.mdx')).data).toEqual({
      title: 'Saved with a byte-order mark',
      translation: { pending: 'a page of a test site' },
    });
    expect(validateContent(dir).map(formatProblem)).toEqual([]);
  });
});

describe('routes for internal links', () => {
  const ids = { tools: new Set(['hard-to-see']), conventions: new Set(['c29']) };

  it('derives pages from content/docs and src/pages, with collection ids for [id] routes', () => {
    const routes = siteRoutes(root, ['', 'about', 'about/history'], ids);
    expect(internalLinkProblem('/', routes)).toBeUndefined();
    expect(internalLinkProblem('/about/history/#origins', routes)).toBeUndefined();
    expect(internalLinkProblem('/tools/', routes)).toBeUndefined();
    expect(internalLinkProblem('/tools/hard-to-see/', routes)).toBeUndefined();
    expect(internalLinkProblem('/conventions/c29/', routes)).toBeUndefined();
    expect(internalLinkProblem('/robots.txt', routes)).toBeUndefined();
    expect(internalLinkProblem('/favicon.svg', routes)).toBeUndefined();
    expect(internalLinkProblem('/tools/no-such-tool/', routes)).toMatch(/leads to no page/);
    expect(internalLinkProblem('/about/histroy/', routes)).toMatch(/leads to no page/);
    expect(internalLinkProblem('/about/history', routes)).toMatch(/must end with "\/"/);
  });

  it('accepts any value of a dynamic route it cannot list, by prefix, and picks up new page files', () => {
    const dir = siteWith();
    mkdirSync(join(dir, 'src/pages/tools/[facet]'), { recursive: true });
    writeFileSync(join(dir, 'src/pages/tools/[facet]/[value].astro'), '---\n---\n');
    mkdirSync(join(dir, 'src/pages/data'), { recursive: true });
    writeFileSync(join(dir, 'src/pages/data/[name].csv.ts'), '');
    const routes = siteRoutes(dir, [''], ids);
    expect(internalLinkProblem('/tools/audience/governments/', routes)).toBeUndefined();
    expect(internalLinkProblem('/data/figures.csv', routes)).toBeUndefined();
    expect(internalLinkProblem('/data/figures.json', routes)).toMatch(/leads to no page/);
    expect(internalLinkProblem('/tools/audience/', routes)).toMatch(/leads to no page/);
  });

  it('gives a docs page the address of its path', () => {
    expect(docsSlug('index.mdx')).toBe('');
    expect(docsSlug('about/index.mdx')).toBe('about');
    expect(docsSlug('about/history.mdx')).toBe('about/history');
  });

  it('fails a page whose address a file in src/pages also makes', () => {
    const dir = siteWith();
    mkdirSync(join(dir, 'src/pages/tools'), { recursive: true });
    writeFileSync(join(dir, 'src/pages/tools/index.astro'), '---\n---\n');
    mkdirSync(join(dir, 'content/docs/tools'), { recursive: true });
    writeFileSync(
      join(dir, 'content/docs/tools/index.mdx'),
      '---\ntranslation: { pending: "a page of a test site" }\ntitle: Tools\n---\n\nText.\n',
    );
    expect(validateContent(dir).map(formatProblem)).toEqual([
      'content/docs/tools/index.mdx → (file name): its address is also made by src/pages/tools/index.astro; rename the page',
    ]);
  });
});
