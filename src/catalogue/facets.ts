/**
 * The catalogue's facets as readers meet them: vocabulary, labels in the page's language, the heading
 * of each static list page (/tools/<facet>/<value>/) and the sizes of list pages and of the filter
 * script's JSON chunks. Server side only: the filter script reads labels from the page.
 */
import { AUDIENCES, PILLARS, TOOL_KINDS, TOPICS, type Vocabulary } from '../schemas/vocab';
import { vocabLabel, type Translate } from '../i18n/translate';
import { DEFAULT_LANG, localizePath, type Lang } from '../core/locales';
import type { Facet, FacetVocab } from './catalogue';

export const FACET_VOCAB: FacetVocab = { topic: TOPICS, pillar: PILLARS, kind: TOOL_KINDS, audience: AUDIENCES };

/** The vocabulary (src/schemas/vocab.ts) whose labels each facet shows. */
const FACET_VOCABULARY: Record<Facet, Vocabulary> = {
  topic: 'topic',
  pillar: 'pillar',
  kind: 'toolKind',
  audience: 'audience',
};

/** The facets in the order the filter form and the "browse by" lists show them. */
export const FACET_ORDER: readonly Facet[] = ['audience', 'topic', 'kind', 'pillar'];

/** A facet's name on the filter form and the "browse by" lists: "Audience", "Public". */
export const facetLegend = (t: Translate, facet: Facet): string => t(`site.facet.${facet}`);

/** A facet value's label in the page's language. */
export const facetLabel = (t: Translate, facet: Facet, value: string): string =>
  vocabLabel(t, FACET_VOCABULARY[facet], value);

/** The heading of the list of tools having one facet value: "Tools for governments". */
export function facetHeading(t: Translate, facet: Facet, value: string): string {
  const label = facetLabel(t, facet, value);
  // The audience and topic headings run the label into a sentence ("Tools for governments").
  const inSentence = facet === 'audience' || facet === 'topic' ? label.toLocaleLowerCase(t.lang) : label;
  return t(`site.tools.heading.${facet}`, { label: inSentence });
}

/**
 * Address of a facet value's list (its first page), under the site's base ("" or "/ipec-plus"), in a
 * language (the lists exist in every language).
 */
export const facetPath = (base: string, facet: Facet, value: string, lang: Lang = DEFAULT_LANG) =>
  `${base}${localizePath(`/tools/${facet}/${value}/`, lang)}`;

/** Address of the catalogue (page 1) or of its page n, in a language. */
export const cataloguePath = (base: string, lang: Lang, page = 1) =>
  `${base}${localizePath(page === 1 ? '/tools/' : `/tools/page/${page}/`, lang)}`;

/** Tools per static list page: about 25 KB of HTML before compression. */
export const LIST_PAGE_SIZE = 50;
/** Tools per JSON chunk of the filter script: the first results arrive after one chunk. */
export const FILTER_CHUNK_SIZE = 500;
