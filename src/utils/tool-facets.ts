/**
 * The catalogue's facets as readers meet them: vocabulary, labels, the heading of each static list
 * page (/tools/<facet>/<value>/) and the sizes of list pages and of the filter script's JSON chunks.
 */
import {
  AUDIENCES,
  AUDIENCE_LABELS,
  PILLARS,
  PILLAR_LABELS,
  TOOL_KINDS,
  TOOL_KIND_LABELS,
  TOPICS,
  TOPIC_LABELS,
} from '../schemas/vocab';
import type { Facet, FacetVocab } from './tool-catalogue';

export const FACET_VOCAB: FacetVocab = { topic: TOPICS, pillar: PILLARS, kind: TOOL_KINDS, audience: AUDIENCES };

export const FACET_LABELS: Record<Facet, Record<string, string>> = {
  topic: TOPIC_LABELS,
  pillar: PILLAR_LABELS,
  kind: TOOL_KIND_LABELS,
  audience: AUDIENCE_LABELS,
};

/** Facet names as shown on the filter form and the "browse by" lists, in the order shown. */
export const FACET_LEGENDS: [Facet, string][] = [
  ['audience', 'Audience'],
  ['topic', 'Topic'],
  ['kind', 'Kind of resource'],
  ['pillar', 'Category of change'],
];

export const facetLabel = (facet: Facet, value: string) => FACET_LABELS[facet][value] ?? value;

/** The heading of the list of tools having one facet value: "Tools for governments". */
export function facetHeading(facet: Facet, value: string): string {
  const label = facetLabel(facet, value);
  switch (facet) {
    case 'audience':
      return `Tools for ${label.toLowerCase()}`;
    case 'topic':
      return `Tools on ${label.toLowerCase()}`;
    case 'kind':
      return `Kind of resource: ${label}`;
    case 'pillar':
      return `Category of change: ${label}`;
  }
}

/** Address of a facet value's list (its first page), under the site's base ("" or "/ipec-plus"). */
export const facetPath = (base: string, facet: Facet, value: string) => `${base}/tools/${facet}/${value}/`;

/** Tools per static list page: about 25 KB of HTML before compression. */
export const LIST_PAGE_SIZE = 50;
/** Tools per JSON chunk of the filter script: the first results arrive after one chunk. */
export const FILTER_CHUNK_SIZE = 500;
