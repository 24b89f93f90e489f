/**
 * Controlled vocabularies shared by every collection. Editors pick from these lists; anything else fails
 * the build with the list of allowed values. The words readers see for each value are interface
 * strings, `site.vocab.<vocabulary>.<value>` in content/i18n/<lang>.json, one file per language; a
 * value of the labelled lists below without an English label stops the build as this module loads, naming the key.
 */
import { uiStrings } from '../i18n/ui-strings';
import { vocabLabel } from '../i18n/translate';

/** The vocabularies whose values have labels, by the name used in their label keys. */
export type Vocabulary =
  | 'area'
  | 'topic'
  | 'pillar'
  | 'audience'
  | 'toolKind'
  | 'seedDocument'
  | 'instrument'
  | 'conventionGroup'
  | 'verification'
  | 'pageType'
  | 'programmeCategory'
  | 'qualifier';

/** English labels of a vocabulary, for what is written in English whatever the page's language (download keys, the scaffold). */
function englishLabels<V extends string>(vocabulary: Vocabulary, values: readonly V[]): Record<V, string> {
  const english = uiStrings('en');
  return Object.fromEntries(values.map((value) => [value, vocabLabel(english, vocabulary, value)])) as Record<
    V,
    string
  >;
}

/** The ILO's five regions, as used by ILOSTAT and the global estimates. */
export const ILO_REGIONS = [
  'Africa',
  'Americas',
  'Arab States',
  'Asia and the Pacific',
  'Europe and Central Asia',
] as const;
export type IloRegion = (typeof ILO_REGIONS)[number];

/** Areas a statistic can refer to: the world, an ILO region, or an SDG region quoted by a source. */
export const STAT_AREAS = [
  'World',
  ...ILO_REGIONS,
  'Sub-Saharan Africa (SDG region)',
  'Latin America and the Caribbean (SDG region)',
] as const;
export type StatArea = (typeof STAT_AREAS)[number];

export const TOPICS = ['child-labour', 'forced-labour'] as const;
export const TOPIC_LABELS = englishLabels('topic', TOPICS);

/** The four categories of change of the IPEC+ theory of change. */
export const PILLARS = [
  'public-policies-governance',
  'partnerships-advocacy',
  'empowerment-protection',
  'knowledge-data',
] as const;
export const PILLAR_LABELS = englishLabels('pillar', PILLARS);

export const AUDIENCES = [
  'governments',
  'labour-inspectors',
  'employers',
  'workers',
  'enterprises',
  'civil-society',
  'researchers',
  'media',
] as const;

export const TOOL_KINDS = [
  'guide',
  'toolkit',
  'handbook',
  'training',
  'e-learning',
  'survey-methodology',
  'dataset',
  'report',
  'policy-brief',
  'platform',
  'partnership',
  'campaign',
  'programme',
] as const;
export const TOOL_KIND_LABELS = englishLabels('toolKind', TOOL_KINDS);

/** The source documents in ../shared/seeds, named by what they are. */
export const SEED_DOCUMENTS = [
  'ipec-web-page-2020',
  'ipec-brochure-2016',
  'ipec-brochure-2024',
  'ilo-flagships-2021',
  'sap-fl-global-alliance',
] as const;

/** Kinds of ILO instrument, in the order pages list them. */
export const INSTRUMENTS = ['convention', 'protocol', 'recommendation'] as const;

/** How the conventions index groups the instruments, in the order the brochures present them. */
export const CONVENTION_GROUPS = ['child-labour', 'forced-labour', 'other-fprw'] as const;
export const CONVENTION_GROUP_LABELS = englishLabels('conventionGroup', CONVENTION_GROUPS);

/** How sure we are of a figure's value: the same scale as ../shared/data (from-memory rows are never published). */
export const VERIFICATION = ['stated-in-seed', 'verified', 'partial'] as const;
export type Verification = (typeof VERIFICATION)[number];

/** Result types in search, one per kind of page. */
export const PAGE_TYPES = ['guidance', 'tool', 'convention', 'priority', 'country', 'data', 'glossary'] as const;
export const PAGE_TYPE_LABELS = englishLabels('pageType', PAGE_TYPES);

/** The two ways the sources place IPEC+ in a country, shown apart on the programme countries map. */
const PROGRAMME_CATEGORIES = ['listed', 'mentioned'] as const;
export type ProgrammeCategory = (typeof PROGRAMME_CATEGORIES)[number];
export const PROGRAMME_CATEGORY_LABELS = englishLabels('programmeCategory', PROGRAMME_CATEGORIES);
