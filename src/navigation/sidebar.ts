/**
 * The sidebar, generated from the files in content/ in task-first order (SECTIONS).
 *
 * Starlight's `autogenerate` only finds pages under src/content/docs, and this site keeps its docs in the
 * top-level content/docs, so every group is listed here explicitly: a section lists the browse pages of
 * the typed collections it names, the pages of its folder of content/docs ordered by their frontmatter
 * `sidebar.order` (then by title), and the pages generated from one file each (charts, priorities). A
 * folder SECTIONS does not name still appears, after them, named after the folder
 * (tests/unit/navigation/sidebar.test.ts asks for a label); a page directly in content/docs, other than the home
 * page, is listed in a group of its own, "More pages", at the end.
 *
 * This runs when the Astro config loads, before the content guard: it never stops the build over a
 * page's content. A file that cannot be read is left out here, and the guard then stops the build naming
 * its file, field and rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { readDictionary } from '../i18n/ui-strings';
import { listFilesDeep } from '../core/content-files';
import type { Dictionary } from '../i18n/translate';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '../core/locales';

/**
 * One section of the sidebar, in reading order. `label` is the key of its name in the interface strings
 * (content/i18n/<lang>.json), so each language has its own. A section lists, in this order:
 * - `links`: pages of the typed collections (the tool catalogue), each with its own label key;
 * - `directory`: the pages of that folder of content/docs, by their frontmatter `sidebar.order`, then title;
 * - `generated`: the pages built from one file each in content/<collection>/ (the chart pages, the
 *   priorities), titled from the file, in the order the site lists them.
 * A section that is a single link and nothing else is drawn as a top-level link, not a group of one.
 */
export interface Section {
  label: string;
  links?: ReadonlyArray<{ label: string; link: string }>;
  directory?: string;
  generated?: 'charts' | 'priorities';
}

/**
 * The reading order (why, in CONTRIBUTING.md): what readers come for first — the two overviews, then
 * the tools, the data, the conventions and the countries — and the programme's own structure after.
 */
export const SECTIONS: ReadonlyArray<Section> = [
  { label: 'site.sidebar.childLabour', directory: 'child-labour' },
  { label: 'site.sidebar.forcedLabour', directory: 'forced-labour' },
  {
    label: 'site.sidebar.tools',
    links: [
      { label: 'site.sidebar.toolCatalogue', link: '/tools/' },
      { label: 'site.sidebar.handbook', link: '/handbook/' },
    ],
    directory: 'reference',
  },
  { label: 'site.sidebar.data', directory: 'data', generated: 'charts' },
  { label: 'site.sidebar.conventions', links: [{ label: 'site.sidebar.conventions', link: '/conventions/' }] },
  { label: 'site.sidebar.countries', links: [{ label: 'site.sidebar.countries', link: '/countries/' }] },
  {
    label: 'site.sidebar.priorities',
    links: [{ label: 'site.sidebar.prioritiesOverview', link: '/priorities/' }],
    generated: 'priorities',
  },
  { label: 'site.sidebar.flagships', directory: 'flagships' },
  { label: 'site.sidebar.partnerships', directory: 'partnerships' },
  { label: 'site.sidebar.funding', directory: 'funding' },
  { label: 'site.sidebar.about', directory: 'about' },
];

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

/** A page built from one file of content/charts or content/priorities: its address and title in each language. */
export interface GeneratedPage {
  link: string;
  label: string;
  translations: Record<string, string>;
}

type Labelled = { label: string; translations?: Record<string, string> };
type SidebarLink = Labelled & { link: string };
type SidebarItem = SidebarLink | (Partial<Labelled> & { slug: string; attrs?: { lang: string } });
export type SidebarGroup = Labelled & { items: SidebarItem[] };
/** A top-level entry: a group of pages, or a single link (a section that is one page). */
export type SidebarEntry = SidebarGroup | SidebarLink;

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

/** Chart pages in the order the data page shows them: maps, trends, breakdowns, then the programme's countries. */
const CHART_KIND_ORDER: Record<string, number> = { 'region-map': 0, trend: 1, breakdown: 2, 'programme-countries': 3 };

/**
 * The pages built from content/charts (/data/<id>/) or content/priorities (/priorities/<id>/), titled in
 * every language from the file, in the order the site lists them. A file that cannot be read is left
 * out; the content schema then stops the build naming it.
 */
export function readGeneratedPages(collection: 'charts' | 'priorities', contentDir: string): GeneratedPage[] {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .flatMap((name) => {
      let data: {
        title?: unknown;
        kind?: unknown;
        order?: unknown;
        translations?: Record<string, { title?: unknown } | undefined>;
      };
      try {
        data = (parse(readFileSync(join(dir, name), 'utf8')) ?? {}) as typeof data;
      } catch {
        return [];
      }
      if (typeof data !== 'object' || typeof data.title !== 'string') return [];
      const id = name.replace(/\.yaml$/, '');
      const translations = Object.fromEntries(
        LANGS.flatMap((lang) => {
          const title = data.translations?.[lang]?.title;
          return lang !== DEFAULT_LANG && typeof title === 'string' ? [[lang, title]] : [];
        }),
      );
      const rank =
        collection === 'charts'
          ? (CHART_KIND_ORDER[String(data.kind)] ?? Number.POSITIVE_INFINITY)
          : typeof data.order === 'number'
            ? data.order
            : Number.POSITIVE_INFINITY;
      return [
        {
          id,
          rank,
          page: { link: `/${collection === 'charts' ? 'data' : 'priorities'}/${id}/`, label: data.title, translations },
        },
      ];
    });
  return entries.sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id)).map((e) => e.page);
}

const byOrderThenTitle = (a: DocsPage, b: DocsPage) =>
  (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || a.title.localeCompare(b.title);

/** "child-labour" → "Child labour": the label of a folder that SECTIONS does not name; "More pages" for pages directly in content/docs. */
const folderLabel = (directory: string) =>
  directory ? directory.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()) : MORE_PAGES_LABEL;

/**
 * The sidebar for a set of docs pages and generated pages, its labels in every language from `labels`.
 * Folders of content/docs that SECTIONS does not name are listed after the named sections, under the
 * folder's name, so a new page is never lost.
 */
export function buildSidebar(
  pages: DocsPage[],
  labels: SidebarLabels,
  generated: Partial<Record<'charts' | 'priorities', GeneratedPage[]>> = {},
): SidebarEntry[] {
  const pagesIn = (directory: string) =>
    pages.filter((p) => p.slug !== HOME_SLUG && p.directory === directory).sort(byOrderThenTitle);
  // An English-only page keeps its English title in the French and Spanish sidebars: marked as English,
  // so screen readers pronounce it as English (WCAG 3.1.2, language of parts).
  const docItem = (p: DocsPage) => (p.englishOnly ? { slug: p.slug, attrs: { lang: DEFAULT_LANG } } : { slug: p.slug });
  const named = new Set(SECTIONS.flatMap((s) => (s.directory === undefined ? [] : [s.directory])));
  const unnamed = [...new Set(pages.map((p) => p.directory))]
    .filter((directory) => !named.has(directory) && pagesIn(directory).length > 0)
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map((directory): Section => ({ label: folderLabel(directory), directory }));
  return [...SECTIONS, ...unnamed].flatMap((section): SidebarEntry[] => {
    const items: SidebarItem[] = [
      ...(section.links ?? []).map(({ label, link }) => ({ ...labels(label), link })),
      ...(section.directory === undefined ? [] : pagesIn(section.directory).map(docItem)),
      ...(section.generated ? (generated[section.generated] ?? []) : []),
    ];
    if (items.length === 0) return [];
    const only = items[0]!;
    if (items.length === 1 && 'link' in only && section.links?.[0]?.label === section.label) return [only];
    return [{ ...labels(section.label), items }];
  });
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

/**
 * The site's sidebar, read from content/ (docs pages, interface strings, charts and priorities) when
 * called: astro.config.mjs gives it to Starlight, and the handbook page follows its order.
 */
export function siteSidebar(contentDir = join(process.cwd(), 'content')): SidebarEntry[] {
  return buildSidebar(
    readDocsPages(join(contentDir, 'docs')),
    dictionaryLabels(Object.fromEntries(LANGS.map((lang) => [lang, readDictionary(lang)])) as Record<Lang, Dictionary>),
    { charts: readGeneratedPages('charts', contentDir), priorities: readGeneratedPages('priorities', contentDir) },
  );
}
