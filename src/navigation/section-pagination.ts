/**
 * Previous and Next within a section: Starlight links each page to its neighbours in the whole sidebar,
 * so the last page of "About IPEC+" led to the first of the next section. A neighbour outside the
 * current page's top-level section (group, or a section that is a single link) is dropped.
 */
import type { NavEntry } from './breadcrumb';

const hrefsIn = (entry: NavEntry): string[] =>
  entry.type === 'link' ? [entry.href] : entry.entries.flatMap((e) => hrefsIn(e));
const holdsCurrent = (entry: NavEntry): boolean =>
  entry.type === 'link' ? entry.isCurrent : entry.entries.some(holdsCurrent);

/** `pagination` with each link kept only when it leads to a page of the current page's section. */
export function withinSection<Link extends { href: string }>(
  sidebar: NavEntry[],
  pagination: { prev: Link | undefined; next: Link | undefined },
): { prev: Link | undefined; next: Link | undefined } {
  const section = sidebar.find(holdsCurrent);
  const inSection = new Set(section ? hrefsIn(section) : []);
  const keep = (link: Link | undefined) => (link && inSection.has(link.href) ? link : undefined);
  return { prev: keep(pagination.prev), next: keep(pagination.next) };
}
