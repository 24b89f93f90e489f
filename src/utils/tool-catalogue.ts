/**
 * Grouping and filtering for the tools catalogue. Pure functions, shared by the build-time page
 * (src/pages/tools/index.astro) and its small client script, so both agree on what a filter means.
 */

/** The fields of a tool the catalogue groups and filters on. */
export interface CatalogueTool {
  id: string;
  title: string;
  description: string;
  kind: string;
  topics: string[];
  pillars: string[];
  audiences: string[];
  priorities?: string[];
  year?: number;
}

/** A tools-collection entry as the catalogue sees it (references reduced to their ids). */
export function catalogueTool({ id, data }: {
  id: string;
  data: Omit<CatalogueTool, 'id' | 'priorities'> & { priorities: { id: string }[] };
}): CatalogueTool {
  return {
    id,
    title: data.title,
    description: data.description,
    kind: data.kind,
    topics: data.topics,
    pillars: data.pillars,
    audiences: data.audiences,
    priorities: data.priorities.map((p) => p.id),
    year: data.year,
  };
}

export const FACETS = ['topic', 'pillar', 'kind', 'audience'] as const;
export type Facet = (typeof FACETS)[number];

export type FilterState = Record<Facet, string[]> & { q: string };

export const EMPTY_FILTER: FilterState = { topic: [], pillar: [], kind: [], audience: [], q: '' };

/** The values a tool has for one facet. */
export function facetValues(tool: CatalogueTool, facet: Facet): string[] {
  switch (facet) {
    case 'topic':
      return tool.topics;
    case 'pillar':
      return tool.pillars;
    case 'kind':
      return [tool.kind];
    case 'audience':
      return tool.audiences;
  }
}

/** Lower case without accents, so "cote" finds "Côte" and "COVID" finds "Covid". */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** True when every word of the query occurs in the tool's title or description. */
export function matchesText(tool: CatalogueTool, query: string): boolean {
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeText(`${tool.title} ${tool.description}`);
  return words.every((word) => haystack.includes(word));
}

/**
 * Options within one facet widen the selection (OR); different facets narrow it (AND).
 * `ignore` leaves one facet out, which is how option counts are computed.
 */
export function matchesFilter(tool: CatalogueTool, state: FilterState, ignore?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet === ignore || state[facet].length === 0) continue;
    const values = facetValues(tool, facet);
    if (!state[facet].some((v) => values.includes(v))) return false;
  }
  return matchesText(tool, state.q);
}

/**
 * A tool is listed once under each of its categories of change; when the reader filters by category,
 * only the copies under the chosen categories stay visible.
 */
export function entryVisible(tool: CatalogueTool, groupPillar: string, state: FilterState): boolean {
  if (state.pillar.length > 0 && !state.pillar.includes(groupPillar)) return false;
  return matchesFilter(tool, state);
}

/** How many tools each option would show, given the other facets and the text. */
export function optionCounts(tools: CatalogueTool[], state: FilterState, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tool of tools) {
    if (!matchesFilter(tool, state, facet)) continue;
    for (const value of facetValues(tool, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Reads `?topic=a,b&kind=toolkit&q=words`, keeping only known values. */
export function parseQuery(search: string, allowed: Record<Facet, readonly string[]>): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = { ...EMPTY_FILTER, q: (params.get('q') ?? '').trim() };
  for (const facet of FACETS) {
    const raw = params.getAll(facet).flatMap((v) => v.split(','));
    state[facet] = allowed[facet].filter((value) => raw.includes(value));
  }
  return state;
}

/** The query string for a state ("" when nothing is filtered), in facet order. */
export function toQuery(state: FilterState): string {
  const parts: string[] = [];
  for (const facet of FACETS) {
    if (state[facet].length > 0) parts.push(`${facet}=${state[facet].map(encodeURIComponent).join(',')}`);
  }
  if (state.q.trim()) parts.push(`q=${encodeURIComponent(state.q.trim())}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export interface TopicGroup {
  /** The tool's topics joined with "+", e.g. "child-labour+forced-labour". */
  key: string;
  topics: string[];
  tools: CatalogueTool[];
}
export interface PillarGroup {
  pillar: string;
  topicGroups: TopicGroup[];
}

/**
 * Groups tools by category of change, then by topic. A tool with two categories appears in both;
 * a tool on both topics sits in one "both topics" group rather than twice in the same category.
 * Groups follow the order of `pillars` and `topics`; tools are sorted by title.
 */
export function groupTools(tools: CatalogueTool[], pillars: readonly string[], topics: readonly string[]): PillarGroup[] {
  const topicKey = (t: CatalogueTool) => topics.filter((topic) => t.topics.includes(topic)).join('+');
  // Single topics first, in vocabulary order, then the combination.
  const keyOrder = [...topics, topics.join('+')];
  return pillars
    .map((pillar) => {
      const inPillar = tools.filter((t) => t.pillars.includes(pillar));
      const topicGroups = keyOrder
        .map((key) => ({
          key,
          topics: key.split('+'),
          tools: inPillar.filter((t) => topicKey(t) === key).sort((a, b) => a.title.localeCompare(b.title, 'en')),
        }))
        .filter((g) => g.tools.length > 0);
      return { pillar, topicGroups };
    })
    .filter((g) => g.topicGroups.length > 0);
}
