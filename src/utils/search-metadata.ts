/**
 * What each page tells Pagefind about itself: the filters (facets) a reader can narrow a search by,
 * and the result type shown on each result. Values are the human labels, because Pagefind shows
 * filter values as they are stored and the search page puts them in its URL (?type=Tool).
 */
import type { z } from 'astro/zod';
import type { pageExtension } from '../schemas/page';
import {
  ILO_REGIONS,
  PAGE_TYPES,
  PAGE_TYPE_LABELS,
  PILLARS,
  PILLAR_LABELS,
  TOOL_KINDS,
  TOOL_KIND_LABELS,
  TOPICS,
  TOPIC_LABELS,
} from '../schemas/vocab';

/** The frontmatter fields of src/schemas/page.ts that drive search (all optional here). */
export type SearchableData = Partial<
  Pick<z.output<typeof pageExtension>, 'pageType' | 'topics' | 'regions' | 'pillars' | 'toolKind'>
>;

/** A filter group: its key in Pagefind and in the search page URL, its legend, its values in display order. */
export interface FilterGroup {
  key: 'type' | 'topic' | 'region' | 'pillar' | 'kind';
  legend: string;
  values: string[];
}

export const FILTER_GROUPS: FilterGroup[] = [
  { key: 'type', legend: 'Type of page', values: PAGE_TYPES.map((t) => PAGE_TYPE_LABELS[t]) },
  { key: 'topic', legend: 'Topic', values: TOPICS.map((t) => TOPIC_LABELS[t]) },
  { key: 'region', legend: 'ILO region', values: [...ILO_REGIONS] },
  { key: 'pillar', legend: 'Theory of change', values: PILLARS.map((p) => PILLAR_LABELS[p]) },
  { key: 'kind', legend: 'Kind of tool', values: TOOL_KINDS.map((k) => TOOL_KIND_LABELS[k]) },
];

/** [filter key, value] pairs for one page, in FILTER_GROUPS order. */
export function searchFilters(data: SearchableData): [FilterGroup['key'], string][] {
  const pairs: [FilterGroup['key'], string][] = [['type', PAGE_TYPE_LABELS[data.pageType ?? 'guidance']]];
  for (const topic of data.topics ?? []) pairs.push(['topic', TOPIC_LABELS[topic]]);
  for (const region of data.regions ?? []) pairs.push(['region', region]);
  for (const pillar of data.pillars ?? []) pairs.push(['pillar', PILLAR_LABELS[pillar]]);
  if (data.toolKind) pairs.push(['kind', TOOL_KIND_LABELS[data.toolKind]]);
  return pairs;
}

/**
 * Words a reader types for a page that its title lacks: an instrument's code ("C182", "P29",
 * "R190"), taken from the convention page's id (content/conventions/<code>.yaml). Indexed with
 * a title's weight.
 */
export function searchAliases(data: SearchableData, routeId: string): string[] {
  const code = routeId.match(/^conventions\/([cpr]\d+)\/?$/i)?.[1];
  return data.pageType === 'convention' && code ? [code.toUpperCase()] : [];
}
