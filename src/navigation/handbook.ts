/**
 * The printable handbook (src/pages/[...locale]/handbook/index.astro): every guidance page on one page,
 * in the sidebar's order. Pure functions: which pages, in which parts, and the rewriting that lets many
 * pages share one document (ids made unique per chapter, headings moved down under the chapter's title,
 * links to other chapters turned into links within the handbook, other links given their full address
 * for the printed copy).
 */
import type { SidebarEntry } from './sidebar';
import { attributeOf, elementsOf, parseHtmlFragment, serializeHtml, type HtmlElementNode } from '../core/html-tree';
import { DEFAULT_LANG, splitLocale, type Lang } from '../core/locales';

export interface HandbookPart {
  /** The sidebar group's label in the handbook's language. */
  title: string;
  /** Docs slugs ("about", "about/history"), in the sidebar's order. */
  slugs: string[];
}

/**
 * The sidebar's groups as parts of the handbook: each group's docs pages (not its links to collection pages;
 * a top-level link is a collection page too).
 */
export function handbookParts(sidebar: readonly SidebarEntry[], lang: Lang): HandbookPart[] {
  return sidebar.flatMap((group) => {
    if (!('items' in group)) return [];
    const slugs = group.items.flatMap((item) => ('slug' in item ? [item.slug] : []));
    const title = lang === DEFAULT_LANG ? group.label : (group.translations?.[lang] ?? group.label);
    return slugs.length ? [{ title, slugs }] : [];
  });
}

/** The id of a chapter's section: "about/history" → "chapter-about-history". */
export const chapterId = (slug: string): string => `chapter-${slug.replace(/\//g, '-') || 'home'}`;

/** Attributes that hold a list of ids. */
const ID_LIST_ATTRIBUTES = new Set([
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'headers',
]);
const HEADING = /^h([1-6])$/;

export interface ScopeOptions {
  /** Prefix for every id of the chapter ("chapter-about-history"). */
  prefix: string;
  /** Heading levels to move down (2: the page's h2 becomes an h4 under part h2 and chapter h3). */
  demote: number;
  /** The base path ("/" or "/ipec-plus/") and the site's address, for the full address of links. */
  base: string;
  site: URL | undefined;
  /** Slugs of the handbook's chapters: links to them go to the chapter. */
  chapters: ReadonlySet<string>;
}

const setAttribute = (element: HtmlElementNode, name: string, value: string) => {
  const found = element.attrs.find((a) => a.name === name && !a.prefix);
  if (found) found.value = value;
  else element.attrs.push({ name, value });
};

/** A site path's docs slug ("/ipec-plus/fr/about/history/" → "about/history"), or undefined off the site. */
function slugOfPath(href: string, base: string): string | undefined {
  const prefix = base.replace(/\/+$/, '');
  const [path = ''] = href.split('#');
  if (!path.startsWith(`${prefix}/`)) return undefined;
  return splitLocale(path.slice(prefix.length)).path.replace(/^\/|\/$/g, '');
}

/**
 * One guidance page's rendered HTML, made fit to sit in the handbook beside the others: ids prefixed
 * (with every reference to them: anchors, labels, SVG url(#…)), headings moved down, links to pages in
 * the handbook sent to their chapter, other links to the site given `data-print-url` (the full address
 * the print stylesheet writes after them).
 */
export function scopeChapter(html: string, options: ScopeOptions): string {
  const fragment = parseHtmlFragment(html);
  const local = (id: string) => `${options.prefix}-${id}`;
  for (const element of elementsOf(fragment)) {
    const heading = HEADING.exec(element.tagName);
    if (heading) {
      const level = `h${Math.min(6, Number(heading[1]) + options.demote)}`;
      element.tagName = level;
      element.nodeName = level;
    }
    for (const attr of element.attrs) {
      if (attr.name === 'id') attr.value = local(attr.value);
      else if (ID_LIST_ATTRIBUTES.has(attr.name))
        attr.value = attr.value.split(/\s+/).filter(Boolean).map(local).join(' ');
      else if (
        (attr.name === 'href' || attr.name === 'xlink:href') &&
        attr.value.startsWith('#') &&
        attr.value.length > 1
      )
        attr.value = `#${local(attr.value.slice(1))}`;
      else if (attr.value.includes('url(#'))
        attr.value = attr.value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${local(id)})`);
    }
    if (element.tagName !== 'a') continue;
    const href = attributeOf(element, 'href');
    if (!href || !href.startsWith('/') || href.startsWith('//')) continue;
    const slug = slugOfPath(href, options.base);
    if (slug !== undefined && options.chapters.has(slug) && !href.includes('#')) {
      setAttribute(element, 'href', `#${chapterId(slug)}`);
    } else if (options.site) {
      setAttribute(element, 'data-print-url', new URL(href, options.site).href);
    }
  }
  return serializeHtml(fragment);
}

/**
 * The date a build stands for: SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when
 * set, otherwise today; only the day is kept, so two builds of one checkout on one day are identical.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
