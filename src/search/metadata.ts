/**
 * What each page tells Pagefind about itself: the filters (facets) a reader can narrow a search by,
 * and the result type shown on each result. Values are the English labels in every language's index,
 * because the search page puts them in its URL (?type=Tool), so an address means the same filter in
 * every language: they are identifiers, and the search page shows each in its own language
 * (`filterGroupsIn`). The English `*_LABELS` tables are used here for that reason only.
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
  type Vocabulary,
} from '../schemas/vocab';
import { vocabLabel, type Translate } from '../i18n/translate';

/** The frontmatter fields of src/schemas/page.ts that drive search (all optional here). */
export type SearchableData = Partial<
  Pick<z.output<typeof pageExtension>, 'pageType' | 'topics' | 'regions' | 'pillars' | 'toolKind'>
>;

/** A filter group: its key in Pagefind and in the search page URL, and its values (English labels) in display order. */
export interface FilterGroup {
  key: 'type' | 'topic' | 'region' | 'pillar' | 'kind';
  values: string[];
}

/** Each group's vocabulary: its ids, and the English label of each, which is the value in the index. */
const GROUP_VOCABULARIES: {
  key: FilterGroup['key'];
  vocabulary: Vocabulary;
  ids: readonly string[];
  english: (id: string) => string;
}[] = [
  {
    key: 'type',
    vocabulary: 'pageType',
    ids: PAGE_TYPES,
    english: (id) => PAGE_TYPE_LABELS[id as keyof typeof PAGE_TYPE_LABELS],
  },
  { key: 'topic', vocabulary: 'topic', ids: TOPICS, english: (id) => TOPIC_LABELS[id as keyof typeof TOPIC_LABELS] },
  { key: 'region', vocabulary: 'area', ids: ILO_REGIONS, english: (id) => id },
  {
    key: 'pillar',
    vocabulary: 'pillar',
    ids: PILLARS,
    english: (id) => PILLAR_LABELS[id as keyof typeof PILLAR_LABELS],
  },
  {
    key: 'kind',
    vocabulary: 'toolKind',
    ids: TOOL_KINDS,
    english: (id) => TOOL_KIND_LABELS[id as keyof typeof TOOL_KIND_LABELS],
  },
];

export const FILTER_GROUPS: FilterGroup[] = GROUP_VOCABULARIES.map(({ key, ids, english }) => ({
  key,
  values: ids.map(english),
}));

/** A filter group as a search page shows it: its legend, and each value with its label, in the page's language. */
export interface FilterGroupView extends FilterGroup {
  legend: string;
  options: { value: string; label: string }[];
}

export function filterGroupsIn(t: Translate): FilterGroupView[] {
  return GROUP_VOCABULARIES.map(({ key, vocabulary, ids, english }) => ({
    key,
    legend: t(`site.facet.${key}`),
    values: ids.map(english),
    options: ids.map((id) => ({ value: english(id), label: vocabLabel(t, vocabulary, id) })),
  }));
}

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
