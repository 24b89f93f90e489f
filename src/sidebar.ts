/**
 * The sidebar, generated from the files in content/docs.
 *
 * Starlight's `autogenerate` only finds pages under src/content/docs, and this site keeps its docs in the
 * top-level content/docs, so every group is listed here explicitly: each folder of content/docs is a
 * section, its pages ordered by their frontmatter `sidebar.order` (then by title). SECTIONS gives each
 * folder its label and place; a folder not listed there still appears, after them, named after the
 * folder (tests/unit/sidebar.test.ts asks for a label). The browse pages of the typed collections come
 * next. A page directly in content/docs, other than the home page, stops the build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

/** Guidance sections, in sidebar order: each is a folder of content/docs. */
export const SECTIONS: ReadonlyArray<{ directory: string; label: string }> = [
  { directory: 'about', label: 'About IPEC+' },
  { directory: 'child-labour', label: 'Child labour' },
  { directory: 'forced-labour', label: 'Forced labour' },
  { directory: 'partnerships', label: 'Partnerships' },
  { directory: 'funding', label: 'Funding' },
  { directory: 'flagships', label: 'ILO flagship programmes' },
];

/** Sections listed after the browse pages. */
export const TRAILING_SECTIONS: ReadonlyArray<{ directory: string; label: string }> = [
  { directory: 'reference', label: 'Reference' },
];

/** Links to the collection pages; `slug` entries are pages of content/docs placed here rather than in a section. */
export const BROWSE_ITEMS: ReadonlyArray<{ label: string; link: string } | { label: string; slug: string }> = [
  { label: 'Tools and resources', link: '/tools/' },
  { label: 'ILO conventions', link: '/conventions/' },
  { label: 'Thematic priorities', link: '/priorities/' },
  { label: 'Where we work', link: '/countries/' },
  { label: 'Data and maps', slug: 'data' },
  { label: 'Search', link: '/search/' },
];

/** The group of links to the collection pages: a heading, not a place, so breadcrumbs skip it. */
export const BROWSE_GROUP_LABEL = 'Browse';

/** The home page: reached from the site title, not listed in the sidebar. */
const HOME_SLUG = '';

export interface DocsPage {
  /** Starlight's slug: the path under content/docs without extension, "index" dropped ("about", "about/history"). */
  slug: string;
  /** Path from the project root, for messages. */
  file: string;
  /** The folder of content/docs the file is in ("" for a file directly in content/docs). */
  directory: string;
  title: string;
  order?: number;
}

type SidebarItem = { label: string; link: string } | { label?: string; slug: string };
export type SidebarGroup = { label: string; items: SidebarItem[] };

/** The pages of a docs folder, as the docs collection loads them (files starting with "_" are skipped). */
export function readDocsPages(docsDir: string, root = process.cwd()): DocsPage[] {
  const pages: DocsPage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/^[^_].*\.mdx?$/.test(name)) pages.push(readPage(path, docsDir, root));
    }
  };
  if (!existsSync(docsDir)) throw new Error(`${relative(root, docsDir)}: the docs folder does not exist`);
  walk(docsDir);
  return pages;
}

function readPage(path: string, docsDir: string, root: string): DocsPage {
  const file = relative(root, path);
  const parts = relative(docsDir, path).split(sep);
  const directory = parts.length > 1 ? parts[0] : '';
  const slug = parts
    .join('/')
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '');
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1];
  if (frontmatter === undefined) throw new Error(`${file}: the page has no frontmatter (a block between --- lines with its title)`);
  const data = (parse(frontmatter) ?? {}) as { title?: unknown; sidebar?: { order?: unknown } };
  if (typeof data.title !== 'string') throw new Error(`${file} → title: every page needs a title`);
  const order = data.sidebar?.order;
  if (order !== undefined && typeof order !== 'number') {
    throw new Error(`${file} → sidebar.order: must be a number (got ${JSON.stringify(order)})`);
  }
  return { slug, file, directory, title: data.title, order };
}

const byOrderThenTitle = (a: DocsPage, b: DocsPage) =>
  (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || a.title.localeCompare(b.title);

/** "child-labour" → "Child labour": the label of a folder that SECTIONS does not name. */
const folderLabel = (directory: string) => directory.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** The sidebar for a set of docs pages; throws when a page has no place in it. */
export function buildSidebar(pages: DocsPage[]): SidebarGroup[] {
  const placed = new Set<string>([HOME_SLUG]);
  for (const item of BROWSE_ITEMS) {
    if (!('slug' in item)) continue;
    if (!pages.some((p) => p.slug === item.slug)) {
      throw new Error(`src/sidebar.ts: the Browse group links to "${item.slug}", but content/docs has no such page`);
    }
    placed.add(item.slug);
  }
  const listed = [...SECTIONS, ...TRAILING_SECTIONS];
  const unlisted: { directory: string; label: string }[] = [];
  for (const page of pages) {
    if (placed.has(page.slug)) continue;
    if (!page.directory) {
      throw new Error(
        `${page.file}: a guidance page must be in a section folder of content/docs (${listed.map((s) => s.directory).join(', ')})`,
      );
    }
    if (![...listed, ...unlisted].some((s) => s.directory === page.directory)) {
      unlisted.push({ directory: page.directory, label: folderLabel(page.directory) });
    }
  }
  const group = ({ directory, label }: { directory: string; label: string }): SidebarGroup[] => {
    const members = pages.filter((p) => !placed.has(p.slug) && p.directory === directory).sort(byOrderThenTitle);
    return members.length ? [{ label, items: members.map((p) => ({ slug: p.slug })) }] : [];
  };
  return [
    ...[...SECTIONS, ...unlisted.sort((a, b) => a.directory.localeCompare(b.directory))].flatMap(group),
    { label: BROWSE_GROUP_LABEL, items: BROWSE_ITEMS.map((item) => ({ ...item })) },
    ...TRAILING_SECTIONS.flatMap(group),
  ];
}

export const sidebar = buildSidebar(readDocsPages(join(process.cwd(), 'content/docs')));
