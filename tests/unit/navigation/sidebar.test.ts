/**
 * The sidebar lists every guidance page in content/docs, under its section, in frontmatter order, and
 * every chart and priority page; sections come task first (overviews, tools, data, conventions,
 * countries, then the programme); no group is empty; every folder has a deliberate label; a page outside
 * every folder is listed under "More pages"; draft and hidden pages are left out.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFilesDeep } from '../../../src/core/content-files';
import {
  SECTIONS,
  buildSidebar,
  dictionaryLabels,
  readDocsPages,
  readGeneratedPages,
  siteSidebar,
  type DocsPage,
  type SidebarEntry,
  type SidebarGroup,
  type SidebarLabels,
} from '../../../src/navigation/sidebar';
import { isLang, LANGS } from '../../../src/core/locales';

/** Labels shown as their keys, so the tests read which label a group got. */
const keyLabels: SidebarLabels = (key) => ({ label: key });
/** The real site's label for a key, in English. */
const english = (key: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../content/i18n/en.json'), 'utf8'))[key] as string;

const root = join(import.meta.dirname, '../../..');
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

const groups = (entries: SidebarEntry[]) => entries.filter((entry): entry is SidebarGroup => 'items' in entry);
const slugsIn = (group: SidebarGroup) => group.items.flatMap((item) => ('slug' in item ? [item.slug] : []));
/** Every link to a page outside content/docs, at the top level or in a group. */
const linksIn = (entries: SidebarEntry[]) =>
  entries.flatMap((entry) =>
    'items' in entry ? entry.items.flatMap((item) => ('link' in item ? [item] : [])) : 'link' in entry ? [entry] : [],
  );

const sidebar = siteSidebar();

describe('sidebar', () => {
  it('reads the docs folder', () => {
    expect(docFiles.length).toBeGreaterThan(0);
  });

  it('has no empty group', () => {
    const empty = groups(sidebar)
      .filter((group) => group.items.length === 0)
      .map((group) => group.label);
    expect(empty).toEqual([]);
  });

  it('lists every page of content/docs exactly once', () => {
    const listed = groups(sidebar).flatMap(slugsIn);
    const missing = docFiles.filter((page) => !listed.includes(page.slug)).map((page) => page.path);
    expect(missing, 'pages missing from the sidebar').toEqual([]);
    expect(listed.length, 'pages listed more than once').toBe(new Set(listed).size);
  });

  it('puts each page of a section folder in one group with its folder siblings, in sidebar.order', () => {
    for (const group of groups(sidebar)) {
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
    const named = SECTIONS.map((s) => s.directory);
    const folders = new Set(docFiles.filter((p) => p.path.includes('/')).map((p) => p.path.split('/')[0]));
    const unnamed = [...folders].filter((folder) => !named.includes(folder));
    expect(unnamed, 'folders to add to SECTIONS in src/navigation/sidebar.ts, with their label').toEqual([]);
  });

  it('still lists the pages of a folder SECTIONS does not name, under the folder name, after the named sections', () => {
    const entries = buildSidebar([...everySection, page('country-studies/ghana.mdx', 1)], keyLabels);
    const index = entries.findIndex((g) => g.label === 'Country studies');
    expect(slugsIn(entries[index] as SidebarGroup)).toEqual(['country-studies/ghana']);
    const lastNamed = Math.max(...SECTIONS.map((s) => entries.findIndex((g) => g.label === s.label)));
    expect(index).toBeGreaterThan(lastNamed);
  });

  it('puts the sections in task-first order: overviews, tools, data, conventions, countries, then the programme', () => {
    const labels = sidebar.map((entry) => entry.label);
    const order = [
      'site.sidebar.childLabour',
      'site.sidebar.forcedLabour',
      'site.sidebar.tools',
      'site.sidebar.data',
      'site.sidebar.conventions',
      'site.sidebar.countries',
      'site.sidebar.priorities',
      'site.sidebar.flagships',
      'site.sidebar.partnerships',
      'site.sidebar.funding',
      'site.sidebar.about',
    ].map(english);
    expect(labels.slice(0, order.length)).toEqual(order);
  });

  it('draws a section that is one link as that link, and links the browse pages of the collections', () => {
    const hrefs = linksIn(sidebar).map((item) => item.link);
    for (const browse of ['/tools/', '/conventions/', '/countries/', '/priorities/']) expect(hrefs).toContain(browse);
    const countries = sidebar.find((entry) => entry.label === english('site.sidebar.countries'))!;
    expect(countries).toMatchObject({ link: '/countries/' });
  });

  it('links every chart page and every priority page, each file once', () => {
    const hrefs = linksIn(sidebar).map((item) => item.link);
    const ids = (folder: string) =>
      listFilesDeep(join(root, 'content', folder), ['.yaml']).map((file) =>
        file
          .split('/')
          .pop()!
          .replace(/\.yaml$/, ''),
      );
    for (const id of ids('charts')) expect(hrefs.filter((h) => h === `/data/${id}/`)).toHaveLength(1);
    for (const id of ids('priorities')) expect(hrefs.filter((h) => h === `/priorities/${id}/`)).toHaveLength(1);
  });

  it('titles a generated page in every language its file translates, and orders priorities by their order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipec-sidebar-'));
    mkdirSync(join(dir, 'priorities'));
    writeFileSync(
      join(dir, 'priorities/b.yaml'),
      'title: Second\norder: 2\ntranslations:\n  fr:\n    title: Deuxième\n',
    );
    writeFileSync(join(dir, 'priorities/a.yaml'), 'title: Third\norder: 3\n');
    writeFileSync(join(dir, 'priorities/c.yaml'), 'title: First\norder: 1\n');
    writeFileSync(join(dir, 'priorities/broken.yaml'), 'title: [unclosed\n');
    expect(readGeneratedPages('priorities', dir)).toEqual([
      { link: '/priorities/c/', label: 'First', translations: {} },
      { link: '/priorities/b/', label: 'Second', translations: { fr: 'Deuxième' } },
      { link: '/priorities/a/', label: 'Third', translations: {} },
    ]);
    expect(readGeneratedPages('charts', dir)).toEqual([]);
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
    const entries = buildSidebar([...everySection, page('stray.mdx')], keyLabels);
    expect(slugsIn(entries.find((g) => g.label === 'site.sidebar.morePages') as SidebarGroup)).toEqual(['stray']);
  });

  it('orders a new page by its sidebar.order, pages without one last', () => {
    const about = (entries: SidebarEntry[]) =>
      slugsIn(entries.find((g) => g.label === 'site.sidebar.about') as SidebarGroup);
    const entries = buildSidebar(
      [...everySection, page('about/zz-first.mdx', -1), page('about/aa-unordered.mdx')],
      keyLabels,
    );
    expect(about(entries)[0]).toBe('about/zz-first');
    expect(about(entries).at(-1)).toBe('about/aa-unordered');
  });

  it('labels every group and link in every language of the site', () => {
    const items = [...sidebar, ...linksIn(sidebar)];
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
    const about = buildSidebar(readDocsPages(dir, dir), keyLabels).find((g) => g.label === 'site.sidebar.about');
    const items = (about as SidebarGroup).items;
    expect(items).toEqual([{ slug: 'about/history', attrs: { lang: 'en' } }, { slug: 'about' }]);
  });
});
