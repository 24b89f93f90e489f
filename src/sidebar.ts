/**
 * The sidebar, generated from the files in content/docs.
 *
 * Starlight's `autogenerate` only finds pages under src/content/docs, and this site keeps its docs in the
 * top-level content/docs, so every group is listed here explicitly: each folder of content/docs is a
 * section, its pages ordered by their frontmatter `sidebar.order` (then by title). SECTIONS gives each
 * folder its label and place; a folder not listed there still appears, after them, named after the
 * folder (tests/unit/sidebar.test.ts asks for a label). The browse pages of the typed collections come
 * next. A page directly in content/docs, other than the home page, is listed in a group of its own,
 * "More pages", before the browse links.
 *
 * This runs when the Astro config loads, before the content guard: it never stops the build over a
 * page's content. A page whose frontmatter cannot be read is left out here, and the guard then stops the
 * build naming its file, field and rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { readDictionary } from './data/ui-strings';
import { listFilesDeep } from './utils/content-files';
import type { Dictionary } from './utils/i18n';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from './utils/locales';

/**
 * Guidance sections, in sidebar order: each is a folder of content/docs. `label` is the key of its
 * name in the interface strings (content/i18n/<lang>.json), so each language has its own.
 */
export const SECTIONS: ReadonlyArray<{ directory: string; label: string }> = [
  { directory: 'about', label: 'site.sidebar.about' },
  { directory: 'child-labour', label: 'site.sidebar.childLabour' },
  { directory: 'forced-labour', label: 'site.sidebar.forcedLabour' },
  { directory: 'partnerships', label: 'site.sidebar.partnerships' },
  { directory: 'funding', label: 'site.sidebar.funding' },
  { directory: 'flagships', label: 'site.sidebar.flagships' },
];

/** Sections listed after the browse pages. */
export const TRAILING_SECTIONS: ReadonlyArray<{ directory: string; label: string }> = [
  { directory: 'reference', label: 'site.sidebar.reference' },
];

/** Links to the collection pages; `slug` entries are pages of content/docs placed here rather than in a section. */
export const BROWSE_ITEMS: ReadonlyArray<{ label: string; link: string } | { label: string; slug: string }> = [
  { label: 'site.sidebar.tools', link: '/tools/' },
  { label: 'site.sidebar.conventions', link: '/conventions/' },
  { label: 'site.sidebar.priorities', link: '/priorities/' },
  { label: 'site.sidebar.countries', link: '/countries/' },
  { label: 'site.sidebar.data', slug: 'data' },
  { label: 'site.sidebar.search', link: '/search/' },
  { label: 'site.sidebar.handbook', link: '/handbook/' },
];

/** The group of links to the collection pages: a heading, not a place, so breadcrumbs skip it. */
export const BROWSE_GROUP_LABEL = 'site.sidebar.browse';

/** Key of the group of pages placed directly in content/docs. */
const MORE_PAGES_LABEL = 'site.sidebar.morePages';

/**
 * A label in every language, as Starlight's sidebar takes it: the English text, and the others under
 * `translations`. Keys that are not interface strings (a folder's own name) are used as they are.
 */
export type SidebarLabels = (key: string) => { label: string; translations?: Record<string, string> };

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
  /** True when no other language has a translation: its title is English wherever it is listed. */
  englishOnly?: boolean;
}

type Labelled = { label: string; translations?: Record<string, string> };
type SidebarItem = (Labelled & { link: string }) | (Partial<Labelled> & { slug: string; attrs?: { lang: string } });
export type SidebarGroup = Labelled & { items: SidebarItem[] };

/** The pages of a docs folder, as the docs collection loads them (files starting with "_" are skipped). */
export function readDocsPages(docsDir: string, root = process.cwd()): DocsPage[] {
  if (!existsSync(docsDir)) throw new Error(`${relative(root, docsDir)}: the docs folder does not exist`);
  return listFilesDeep(docsDir, ['.md', '.mdx'])
    .filter((path) => {
      const parts = relative(docsDir, path).split(sep);
      // Translations (content/docs/fr/…) take their place in the sidebar from the English page's.
      return !parts.at(-1)!.startsWith('_') && !(parts.length > 1 && isLang(parts[0]));
    })
    .sort()
    .flatMap((path) => readPage(path, docsDir, root) ?? []);
}

/** A page's place in the sidebar, or undefined when its frontmatter cannot be read (the guard reports it). */
function readPage(path: string, docsDir: string, root: string): DocsPage | undefined {
  const file = relative(root, path);
  const parts = relative(docsDir, path).split(sep);
  const directory = parts.length > 1 ? parts[0]! : '';
  const slug = parts
    .join('/')
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '');
  const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1];
  if (frontmatter === undefined) return undefined;
  let data: { title?: unknown; draft?: unknown; sidebar?: { order?: unknown; hidden?: unknown } };
  try {
    data = (parse(frontmatter) ?? {}) as typeof data;
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || typeof data.title !== 'string') return undefined;
  // Starlight leaves draft pages out of the built site; a hidden page is built but not listed.
  if (data.draft === true || data.sidebar?.hidden === true) return undefined;
  const order = typeof data.sidebar?.order === 'number' ? data.sidebar.order : undefined;
  const englishOnly = LANGS.every((lang) => lang === DEFAULT_LANG || !existsSync(join(docsDir, lang, ...parts)));
  return { slug, file, directory, title: data.title, order, englishOnly };
}

const byOrderThenTitle = (a: DocsPage, b: DocsPage) =>
  (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || a.title.localeCompare(b.title);

/** "child-labour" → "Child labour": the label of a folder that SECTIONS does not name; "More pages" for pages directly in content/docs. */
const folderLabel = (directory: string) =>
  directory ? directory.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()) : MORE_PAGES_LABEL;

/** The sidebar for a set of docs pages, its labels in every language from `labels`. */
export function buildSidebar(pages: DocsPage[], labels: SidebarLabels): SidebarGroup[] {
  const placed = new Set<string>([HOME_SLUG]);
  for (const item of BROWSE_ITEMS) {
    if (!('slug' in item)) continue;
    placed.add(item.slug);
  }
  const listed = [...SECTIONS, ...TRAILING_SECTIONS];
  const unlisted: { directory: string; label: string }[] = [];
  for (const page of pages) {
    if (placed.has(page.slug)) continue;
    if (![...listed, ...unlisted].some((s) => s.directory === page.directory)) {
      unlisted.push({ directory: page.directory, label: folderLabel(page.directory) });
    }
  }
  const group = ({ directory, label }: { directory: string; label: string }): SidebarGroup[] => {
    const members = pages.filter((p) => !placed.has(p.slug) && p.directory === directory).sort(byOrderThenTitle);
    // An English-only page keeps its English title in the French and Spanish sidebars: marked as English,
    // so screen readers pronounce it as English (WCAG 3.1.2, language of parts).
    const item = (p: DocsPage) => (p.englishOnly ? { slug: p.slug, attrs: { lang: DEFAULT_LANG } } : { slug: p.slug });
    return members.length ? [{ ...labels(label), items: members.map(item) }] : [];
  };
  return [
    ...[...SECTIONS, ...unlisted.sort((a, b) => a.directory.localeCompare(b.directory))].flatMap(group),
    {
      ...labels(BROWSE_GROUP_LABEL),
      // A page listed by slug that content/docs does not hold (a test fixture's small site) is left out
      // rather than linked; tests/unit/sidebar.test.ts checks the real site has each one.
      items: BROWSE_ITEMS.filter((item) => !('slug' in item) || pages.some((p) => p.slug === item.slug)).map(
        (item) => ({ ...item, ...labels(item.label) }),
      ),
    },
    ...TRAILING_SECTIONS.flatMap(group),
  ];
}

/** Labels from the interface strings of each language (content/i18n/<lang>.json). */
export function dictionaryLabels(dictionaries: Record<Lang, Dictionary>): SidebarLabels {
  return (key) => {
    const english = dictionaries[DEFAULT_LANG][key];
    if (english === undefined) return { label: key };
    const translations = Object.fromEntries(
      LANGS.filter((lang) => lang !== DEFAULT_LANG && dictionaries[lang][key] !== undefined).map((lang) => [
        lang,
        dictionaries[lang][key]!,
      ]),
    );
    return { label: english, translations };
  };
}

export const sidebar = buildSidebar(
  readDocsPages(join(process.cwd(), 'content/docs')),
  dictionaryLabels(Object.fromEntries(LANGS.map((lang) => [lang, readDictionary(lang)])) as Record<Lang, Dictionary>),
);
