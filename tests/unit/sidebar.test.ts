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
  dictionaryLabels,
  readDocsPages,
  sidebar,
  type DocsPage,
  type SidebarGroup,
  type SidebarLabels,
} from '../../src/sidebar';
import { isLang, LANGS } from '../../src/utils/locales';

/** Labels shown as their keys, so the tests read which label a group got. */
const keyLabels: SidebarLabels = (key) => ({ label: key });
/** The real site's label for a key, in English. */
const english = (key: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../content/i18n/en.json'), 'utf8'))[key] as string;

const root = join(import.meta.dirname, '../..');
const docsDir = join(root, 'content/docs');

/** Every page file the docs collection loads, as Starlight slugs; the home page (content/docs/index) excluded. */
const docFiles = listFilesDeep(docsDir, ['.md', '.mdx'])
  .filter((file) => !file.split('/').pop()!.startsWith('_'))
  // Translations (content/docs/fr/…) are listed through their English page.
  .filter((file) => !isLang(relative(docsDir, file).split('/')[0]))
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
    const groups = buildSidebar([...everySection, page('country-studies/ghana.mdx', 1)], keyLabels);
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
    const groups = buildSidebar([...everySection, page('stray.mdx')], keyLabels);
    expect(slugsIn(groups.find((g) => g.label === 'site.sidebar.morePages')!)).toEqual(['stray']);
  });

  it('links every Browse page that it names by slug, on the real site', () => {
    const browse = sidebar.find((g) => g.label === english(BROWSE_GROUP_LABEL))!;
    const named = BROWSE_ITEMS.filter((item) => 'slug' in item);
    expect(browse.items.filter((item) => 'slug' in item)).toHaveLength(named.length);
  });

  it('orders a new page by its sidebar.order, pages without one last', () => {
    const about = (groups: SidebarGroup[]) => slugsIn(groups.find((g) => g.label === 'site.sidebar.about')!);
    const groups = buildSidebar(
      [...everySection, page('about/zz-first.mdx', -1), page('about/aa-unordered.mdx')],
      keyLabels,
    );
    expect(about(groups)[0]).toBe('about/zz-first');
    expect(about(groups).at(-1)).toBe('about/aa-unordered');
  });

  it('labels every group and link in every language of the site', () => {
    const items = sidebar.flatMap((group) => [group, ...group.items.filter((item) => 'link' in item)]);
    for (const item of items) {
      for (const lang of LANGS.filter((l) => l !== 'en')) {
        expect(item.translations?.[lang], `${item.label} in ${lang}`).toBeTruthy();
      }
    }
  });

  it('labels a key with its English text and each translation, and leaves a folder name as it is', () => {
    const labels = dictionaryLabels({ en: { k: 'Funding' }, fr: { k: 'Financement' }, es: {} });
    expect(labels('k')).toEqual({ label: 'Funding', translations: { fr: 'Financement' } });
    expect(labels('Country studies')).toEqual({ label: 'Country studies' });
  });

  it('does not list a translation as a page of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipec-sidebar-'));
    mkdirSync(join(dir, 'about'));
    mkdirSync(join(dir, 'fr/about'), { recursive: true });
    writeFileSync(join(dir, 'about/index.mdx'), '---\ntitle: About\n---\n');
    writeFileSync(join(dir, 'fr/about/index.mdx'), '---\ntitle: À propos\n---\n');
    expect(readDocsPages(dir, dir).map((p) => p.slug)).toEqual(['about']);
  });

  it('marks the title of a page no language translates as English, and only that one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipec-sidebar-'));
    mkdirSync(join(dir, 'about'));
    mkdirSync(join(dir, 'fr/about'), { recursive: true });
    mkdirSync(join(dir, 'es/about'), { recursive: true });
    for (const path of ['about/index.mdx', 'fr/about/index.mdx', 'es/about/index.mdx', 'about/history.mdx']) {
      writeFileSync(join(dir, path), '---\ntitle: T\n---\n');
    }
    const items = buildSidebar(readDocsPages(dir, dir), keyLabels).find((g) => g.label === 'site.sidebar.about')!.items;
    expect(items).toEqual([{ slug: 'about/history', attrs: { lang: 'en' } }, { slug: 'about' }]);
  });
});
