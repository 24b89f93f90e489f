/**
 * Listing and filtering for the tools catalogue. Pure functions, shared by the build-time pages
 * (src/pages/tools/) and the filter script (src/client/tool-filter.ts), so both agree on what a
 * filter means.
 */
import { readUrlState, urlStateQuery } from '../core/url-state';

import { refId } from '../schemas/reference';
import type { ToolData } from '../schemas/tool';
import { DEFAULT_LANG, type Lang } from '../core/locales';
import { toolText } from './tool-text';

/** The fields of a tool the catalogue groups and filters on. */
export interface CatalogueTool {
  id: string;
  /** Title and description in the catalogue's language, or in English where not translated (`*Lang`). */
  title: string;
  description: string;
  titleLang: Lang;
  descriptionLang: Lang;
  /** The published (English) title, when `title` is our descriptive translation of it. */
  originalTitle?: string;
  kind: string;
  topics: string[];
  pillars: string[];
  audiences: string[];
  priorities?: string[];
  year?: number;
  /** More words the text filter finds the tool by: its facet labels in the reader's language (set by the filter script). */
  keywords?: string;
}

type CatalogueData = Pick<
  ToolData,
  'title' | 'description' | 'translations' | 'kind' | 'topics' | 'pillars' | 'audiences' | 'priorities' | 'year'
>;

/** A tools-collection entry as the catalogue in `lang` sees it (references reduced to their ids). */
export function catalogueTool(
  { id, data }: { id: string; data: CatalogueData },
  lang: Lang = DEFAULT_LANG,
): CatalogueTool {
  return {
    id,
    ...toolText(data, lang),
    kind: data.kind,
    topics: data.topics,
    pillars: data.pillars,
    audiences: data.audiences,
    priorities: data.priorities.map(refId),
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
function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a text: lower case, accents removed, split at anything not a letter or digit. */
function textWords(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Endings removed from a query word, longest first, so "inspection" and "inspectors" both look for "inspect". */
const ENDINGS = ['ations', 'ation', 'ions', 'ion', 'ings', 'ing', 'ors', 'ers', 'or', 'er', 'es', 'ed', 's'];

/** A query word reduced to its stem ("inspection" → "inspect", "handbooks" → "handbook"); short words stay whole. */
export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}

/** How much a query word found in each part of a tool counts: its title most, then what it is and is for. */
export const TEXT_WEIGHTS = { title: 3, facets: 2, description: 1 } as const;

/** A tool's searchable words by part, computed once per tool. */
const searchable = new WeakMap<CatalogueTool, { title: string[]; facets: string[]; description: string[] }>();
function partsOf(tool: CatalogueTool) {
  let parts = searchable.get(tool);
  if (!parts) {
    // Facet values are English words ("labour-inspectors", "e-learning"); `keywords` adds their labels.
    const facets = [...tool.topics, ...tool.audiences, tool.kind].join(' ');
    parts = {
      title: textWords(tool.title),
      facets: textWords(`${facets} ${tool.keywords ?? ''}`),
      description: textWords(tool.description),
    };
    searchable.set(tool, parts);
  }
  return parts;
}

/**
 * How well a tool matches the words of a query: 0 when some word is found nowhere; else, for each word,
 * the weight of the best part it is found in (TEXT_WEIGHTS), summed. A word is found where a word of the
 * tool starts with its stem, so "inspection" and "inspector" find "inspectors", "inspectorates" and the
 * audience "Labour inspectors and law enforcement". An empty query matches every tool with score 1.
 */
export function textScore(tool: CatalogueTool, query: string): number {
  const wanted = textWords(query).map(stem);
  if (wanted.length === 0) return 1;
  const parts = partsOf(tool);
  let score = 0;
  for (const word of wanted) {
    const found = (words: string[]) => words.some((w) => w.startsWith(word));
    const best = found(parts.title)
      ? TEXT_WEIGHTS.title
      : found(parts.facets)
        ? TEXT_WEIGHTS.facets
        : found(parts.description)
          ? TEXT_WEIGHTS.description
          : 0;
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/** True when every word of the query is found in the tool's title, description, topics, audiences or kind. */
export function matchesText(tool: CatalogueTool, query: string): boolean {
  return textScore(tool, query) > 0;
}

/** The orders the catalogue offers: by relevance to the words typed, by title, or newest first. */
export const SORTS = ['relevance', 'title', 'year'] as const;
export type Sort = (typeof SORTS)[number];

/** `tools` in the order `sort` asks for; relevance without words is by title, and ties go by title. */
export function sortTools(tools: CatalogueTool[], sort: Sort, query: string): CatalogueTool[] {
  const titled = byTitle(tools);
  if (sort === 'title' || (sort === 'relevance' && textWords(query).length === 0)) return titled;
  const key = (tool: CatalogueTool) => (sort === 'year' ? (tool.year ?? 0) : textScore(tool, query));
  const keys = new Map(titled.map((tool, i) => [tool, { key: key(tool), i }]));
  return titled.sort((a, b) => keys.get(b)!.key - keys.get(a)!.key || keys.get(a)!.i - keys.get(b)!.i);
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

/** How many tools each option would show, given the other facets and the text. */
export function optionCounts(tools: CatalogueTool[], state: FilterState, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tool of tools) {
    if (!matchesFilter(tool, state, facet)) continue;
    for (const value of facetValues(tool, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Reads `?q=words&topic=a&topic=b&kind=toolkit` (utils/url-state.ts), keeping only known values. */
export function parseQuery(search: string, allowed: Record<Facet, readonly string[]>): FilterState {
  const { query, filters } = readUrlState(new URLSearchParams(search), FACETS, allowed);
  return { ...EMPTY_FILTER, ...filters, q: query };
}

/** The query string for a state ("" when nothing is filtered), facets in FACETS order. */
export function toQuery(state: FilterState): string {
  return urlStateQuery({ query: state.q, filters: Object.fromEntries(FACETS.map((facet) => [facet, state[facet]])) });
}

/** Tools sorted by title in the catalogue's language, the order of every list in the catalogue. */
export function byTitle(tools: CatalogueTool[], lang: Lang = DEFAULT_LANG): CatalogueTool[] {
  return [...tools].sort((a, b) => a.title.localeCompare(b.title, lang) || a.id.localeCompare(b.id, 'en'));
}

/** The whole catalogue in one language, by title. */
export function catalogueIn(entries: { id: string; data: CatalogueData }[], lang: Lang): CatalogueTool[] {
  return byTitle(
    entries.map((entry) => catalogueTool(entry, lang)),
    lang,
  );
}

/** The tools having `value` for `facet`, in catalogue order (give them sorted). */
export function toolsWith(tools: CatalogueTool[], facet: Facet, value: string): CatalogueTool[] {
  return tools.filter((tool) => facetValues(tool, facet).includes(value));
}

/**
 * The compact form of a tool in the catalogue's JSON chunks, which the filter script loads one after
 * another: [id, title, description, kind, topics, pillars, audiences, year or 0, English parts, original
 * title or ""], with each facet as a bit set over its vocabulary (`vocab`), so ten thousand tools stay
 * small on the wire. English parts: 1 when the title is English on a page in another language, 2 the
 * description.
 */
export type ToolRow = [string, string, string, number, number, number, number, number, number, string];
export type FacetVocab = Record<Facet, readonly string[]>;

const toBits = (values: string[], vocab: readonly string[]) =>
  values.reduce((bits, v) => bits | (1 << vocab.indexOf(v)), 0);
const fromBits = (bits: number, vocab: readonly string[]) => vocab.filter((_, i) => bits & (1 << i));

export function encodeTool(tool: CatalogueTool, vocab: FacetVocab): ToolRow {
  return [
    tool.id,
    tool.title,
    tool.description,
    vocab.kind.indexOf(tool.kind),
    toBits(tool.topics, vocab.topic),
    toBits(tool.pillars, vocab.pillar),
    toBits(tool.audiences, vocab.audience),
    tool.year ?? 0,
    (tool.titleLang === DEFAULT_LANG ? 1 : 0) | (tool.descriptionLang === DEFAULT_LANG ? 2 : 0),
    tool.originalTitle ?? '',
  ];
}

/** A row back into a tool of the catalogue in `lang` (the page's language). */
export function decodeTool(
  [id, title, description, kind, topics, pillars, audiences, year, english, originalTitle]: ToolRow,
  vocab: FacetVocab,
  lang: Lang,
): CatalogueTool {
  return {
    id,
    title,
    description,
    titleLang: english & 1 ? DEFAULT_LANG : lang,
    descriptionLang: english & 2 ? DEFAULT_LANG : lang,
    ...(originalTitle ? { originalTitle } : {}),
    kind: vocab.kind[kind] ?? '',
    topics: fromBits(topics, vocab.topic),
    pillars: fromBits(pillars, vocab.pillar),
    audiences: fromBits(audiences, vocab.audience),
    ...(year ? { year } : {}),
  };
}

/** `items` cut into runs of `size` (the last may be shorter); none for an empty list. */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One page of a list: its items and where they sit in the whole (start and end are 0-based, inclusive). */
export interface ListPage<T> {
  data: T[];
  start: number;
  end: number;
  total: number;
  currentPage: number;
  lastPage: number;
}

/** Every page of `items` at `size` per page; an empty list still has one (empty) page. */
export function listPages<T>(items: T[], size: number): ListPage<T>[] {
  const runs = items.length ? chunks(items, size) : [[]];
  return runs.map((data, i) => ({
    data,
    start: i * size,
    end: i * size + data.length - 1,
    total: items.length,
    currentPage: i + 1,
    lastPage: runs.length,
  }));
}
