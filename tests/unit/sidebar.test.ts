/**
 * The sidebar lists every guidance page in content/docs, under its section, in frontmatter order; no
 * group is empty; every folder has a deliberate label; a page outside every folder is listed under
 * "More pages"; draft and hidden pages are left out.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFilesDeep } from '../../src/utils/content-files';
import {
  BROWSE_GROUP_LABEL,
  BROWSE_ITEMS,
  SECTIONS,
  TRAILING_SECTIONS,
  buildSidebar,
  readDocsPages,
  sidebar,
  type DocsPage,
  type SidebarGroup,
} from '../../src/sidebar';

const root = join(import.meta.dirname, '../..');
const docsDir = join(root, 'content/docs');

/** Every page file the docs collection loads, as Starlight slugs; the home page (content/docs/index) excluded. */
const docFiles = listFilesDeep(docsDir, ['.md', '.mdx'])
  .filter((file) => !file.split('/').pop()!.startsWith('_'))
  .map((file) => {
    const path = relative(docsDir, file);
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]);
    const unlisted = frontmatter.draft === true || frontmatter.sidebar?.hidden === true;
    return {
      path,
      slug: path.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''),
      order: frontmatter.sidebar?.order as number | undefined,
      unlisted,
    };
  })
  .filter((page) => page.slug !== '' && !page.unlisted);

const slugsIn = (group: SidebarGroup) => group.items.flatMap((item) => ('slug' in item ? [item.slug] : []));

describe('sidebar', () => {
  it('reads the docs folder', () => {
    expect(docFiles.length).toBeGreaterThan(0);
  });

  it('has no empty group', () => {
    const empty = sidebar.filter((group) => group.items.length === 0).map((group) => group.label);
    expect(empty).toEqual([]);
  });

  it('lists every page of content/docs exactly once', () => {
    const listed = sidebar.flatMap(slugsIn);
    const missing = docFiles.filter((page) => !listed.includes(page.slug)).map((page) => page.path);
    expect(missing, 'pages missing from the sidebar').toEqual([]);
    expect(listed.length, 'pages listed more than once').toBe(new Set(listed).size);
  });

  it('puts each page of a section folder in one group with its folder siblings, in sidebar.order', () => {
    for (const group of sidebar) {
      const slugs = slugsIn(group);
      if (slugs.length < 2) continue;
      const folders = new Set(slugs.map((slug) => slug.split('/')[0]));
      expect(folders.size, `${group.label} mixes folders ${[...folders].join(', ')}`).toBe(1);
      const orders = slugs.map(
        (slug) => docFiles.find((page) => page.slug === slug)!.order ?? Number.POSITIVE_INFINITY,
      );
      expect(orders, `${group.label} is out of sidebar.order`).toEqual([...orders].sort((a, b) => a - b));
    }
  });

  const page = (path: string, order?: number): DocsPage => {
    const parts = path.split('/');
    return {
      file: `content/docs/${path}`,
      slug: path.replace(/\.mdx$/, '').replace(/(^|\/)index$/, ''),
      directory: parts.length > 1 ? parts[0] : '',
      title: path,
      order,
    };
  };
  const everySection = docFiles.map((p) => page(p.path, p.order));

  it('gives every folder of content/docs a label and a place in SECTIONS', () => {
    const named = [...SECTIONS, ...TRAILING_SECTIONS].map((s) => s.directory);
    const folders = new Set(docFiles.filter((p) => p.path.includes('/')).map((p) => p.path.split('/')[0]));
    const placedElsewhere = BROWSE_ITEMS.flatMap((item) => ('slug' in item ? [item.slug] : []));
    const unnamed = [...folders].filter(
      (folder) =>
        !named.includes(folder) &&
        docFiles.some((p) => p.path.startsWith(`${folder}/`) && !placedElsewhere.includes(p.slug)),
    );
    expect(unnamed, 'folders to add to SECTIONS in src/sidebar.ts, with their label').toEqual([]);
  });

  it('still lists the pages of a folder SECTIONS does not name, under the folder name, before Browse', () => {
    const groups = buildSidebar([...everySection, page('country-studies/ghana.mdx', 1)]);
    const index = groups.findIndex((g) => g.label === 'Country studies');
    expect(slugsIn(groups[index])).toEqual(['country-studies/ghana']);
    expect(index).toBeLessThan(groups.findIndex((g) => g.label === BROWSE_GROUP_LABEL));
  });

  it('leaves out draft pages and pages marked sidebar.hidden', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipec-sidebar-'));
    mkdirSync(join(dir, 'about'));
    writeFileSync(join(dir, 'about/shown.mdx'), '---\ntitle: Shown\n---\n');
    writeFileSync(join(dir, 'about/draft.mdx'), '---\ntitle: Draft\ndraft: true\n---\n');
    writeFileSync(join(dir, 'about/hidden.mdx'), '---\ntitle: Hidden\nsidebar:\n  hidden: true\n---\n');
    expect(readDocsPages(dir, dir).map((p) => p.slug)).toEqual(['about/shown']);
  });

  it('lists a guidance page directly in content/docs under "More pages" rather than dropping it', () => {
    const groups = buildSidebar([...everySection, page('stray.mdx')]);
    expect(slugsIn(groups.find((g) => g.label === 'More pages')!)).toEqual(['stray']);
  });

  it('links every Browse page that it names by slug, on the real site', () => {
    const browse = sidebar.find((g) => g.label === BROWSE_GROUP_LABEL)!;
    const named = BROWSE_ITEMS.filter((item) => 'slug' in item);
    expect(browse.items.filter((item) => 'slug' in item)).toHaveLength(named.length);
  });

  it('orders a new page by its sidebar.order, pages without one last', () => {
    const about = (groups: SidebarGroup[]) => slugsIn(groups.find((g) => g.label === 'About IPEC+')!);
    const groups = buildSidebar([...everySection, page('about/zz-first.mdx', -1), page('about/aa-unordered.mdx')]);
    expect(about(groups)[0]).toBe('about/zz-first');
    expect(about(groups).at(-1)).toBe('about/aa-unordered');
  });
});
