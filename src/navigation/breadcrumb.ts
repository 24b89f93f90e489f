/**
 * "You are here" for a page: the sidebar section it belongs to. Guidance pages sit in a sidebar group;
 * pages of a collection (/tools/<id>/) are not in the sidebar, but their address starts with the address
 * of a sidebar link (/tools/), which is then their parent.
 */
import type { Translate } from '../i18n/translate';
import { localizePath } from '../core/locales';

interface NavLink {
  type: 'link';
  label: string;
  href: string;
  isCurrent: boolean;
  /** Starlight passes a link's attributes; `lang: 'en'` marks a page title that is still English. */
  attrs?: { lang?: string };
}
interface NavGroup {
  type: 'group';
  label: string;
  entries: NavEntry[];
}
export type NavEntry = NavLink | NavGroup;

export interface Crumb {
  label: string;
  /** Absent when the crumb is the current page. */
  href?: string;
  /** The label's language when it differs from the page's (an English page title on a French page). */
  lang?: string;
}

/** The group label of the group that holds the link, and the group's first link. */
function findSection(
  entries: NavEntry[],
  found: (link: NavLink) => boolean,
): { group: NavGroup; link: NavLink } | undefined {
  for (const entry of entries) {
    if (entry.type !== 'group') continue;
    const links = entry.entries.filter((e): e is NavLink => e.type === 'link');
    const link = links.find(found);
    if (link) return { group: entry, link };
    const nested = findSection(entry.entries, found);
    if (nested) return nested;
  }
  return undefined;
}

const allLinks = (entries: NavEntry[]): NavLink[] =>
  entries.flatMap((e) => (e.type === 'link' ? [e] : allLinks(e.entries)));

const stripHash = (href: string) => href.replace(/[#?].*$/, '');

/**
 * The trail below "Home" for the page at `pathname`: its section (linked to the section's first page,
 * unless that is this page), or for a collection item the collection's browse page (the longest sidebar
 * link its address starts with). Empty for top-level pages.
 */
export function breadcrumb(sidebar: NavEntry[], pathname: string): Crumb[] {
  const inSection = findSection(sidebar, (link) => link.isCurrent);
  if (inSection) {
    const first = allLinks(inSection.group.entries)[0]!;
    return [{ label: inSection.group.label, href: first.isCurrent ? undefined : first.href }];
  }
  if (allLinks(sidebar).some((link) => link.isCurrent)) return [];
  const parent = allLinks(sidebar)
    .filter(
      (link) =>
        stripHash(link.href) !== '/' && pathname.startsWith(stripHash(link.href)) && pathname !== stripHash(link.href),
    )
    .sort((a, b) => b.href.length - a.href.length)[0];
  if (!parent) return [];
  const lang = parent.attrs?.lang;
  return [lang ? { label: parent.label, href: parent.href, lang } : { label: parent.label, href: parent.href }];
}

/**
 * The whole trail in the page's language: "Home" (linked to the home page of that language, through
 * `withBase`, which adds the base path) and then the page's section, whose label Starlight already gives
 * in the page's language. Empty for top-level pages.
 */
export function breadcrumbWithHome(
  sidebar: NavEntry[],
  pathname: string,
  t: Translate,
  withBase: (path: string) => string = (path) => path,
): Crumb[] {
  const trail = breadcrumb(sidebar, pathname);
  return trail.length > 0 ? [{ label: t('site.page.home'), href: withBase(localizePath('/', t.lang)) }, ...trail] : [];
}
