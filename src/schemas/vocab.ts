/**
 * Controlled vocabularies shared by every collection, each with the words readers see for it. Editors
 * pick from these lists; anything else fails the build with the list of allowed values. Every label
 * table of the site lives here, keyed by its list, so a new value cannot go without a label.
 */

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
export const TOPIC_LABELS: Record<(typeof TOPICS)[number], string> = {
  'child-labour': 'Child labour',
  'forced-labour': 'Forced labour',
};

/** The four categories of change of the IPEC+ theory of change. */
export const PILLARS = [
  'public-policies-governance',
  'partnerships-advocacy',
  'empowerment-protection',
  'knowledge-data',
] as const;
export const PILLAR_LABELS: Record<(typeof PILLARS)[number], string> = {
  'public-policies-governance': 'Public policies and governance',
  'partnerships-advocacy': 'Partnerships and advocacy',
  'empowerment-protection': 'Empowerment and protection',
  'knowledge-data': 'Knowledge and data',
};

export const AUDIENCES = [
  'governments',
  'employers',
  'workers',
  'enterprises',
  'civil-society',
  'researchers',
  'media',
] as const;
export const AUDIENCE_LABELS: Record<(typeof AUDIENCES)[number], string> = {
  governments: 'Governments',
  employers: "Employers' organizations",
  workers: "Workers' organizations",
  enterprises: 'Enterprises',
  'civil-society': 'Civil society',
  researchers: 'Researchers and statisticians',
  media: 'Media',
};

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
export const TOOL_KIND_LABELS: Record<(typeof TOOL_KINDS)[number], string> = {
  guide: 'Guide',
  toolkit: 'Toolkit',
  handbook: 'Handbook',
  training: 'Training package',
  'e-learning': 'E-learning course',
  'survey-methodology': 'Survey methodology',
  dataset: 'Dataset or database',
  report: 'Report or research',
  'policy-brief': 'Policy brief',
  platform: 'Platform or network',
  partnership: 'Partnership',
  campaign: 'Campaign',
  programme: 'Programme or model',
};

/** The source documents in ../shared/seeds, named by what they are. */
export const SEED_DOCUMENTS = [
  'ipec-web-page-2020',
  'ipec-brochure-2016',
  'ipec-brochure-2024',
  'ilo-flagships-2021',
  'sap-fl-global-alliance',
] as const;
export const SEED_DOCUMENT_LABELS: Record<(typeof SEED_DOCUMENTS)[number], string> = {
  'ipec-web-page-2020': 'IPEC+ Flagship Programme web page with its COVID-19 response (about 2020)',
  'ipec-brochure-2016':
    'IPEC+ brochure "Working for a world free from child labour, forced labour and human trafficking" (about 2016)',
  'ipec-brochure-2024': 'IPEC+ Global Flagship Programme brochure (2024)',
  'ilo-flagships-2021': 'The ILO Flagship Programmes (2021)',
  'sap-fl-global-alliance': 'SAP-FL: Building a Global Alliance against Forced Labour and Human Trafficking',
};

/** Kinds of ILO instrument, in the order pages list them. */
export const INSTRUMENTS = ['convention', 'protocol', 'recommendation'] as const;

/** How the conventions index groups the instruments, in the order the brochures present them. */
export const CONVENTION_GROUPS = ['child-labour', 'forced-labour', 'other-fprw'] as const;
export const CONVENTION_GROUP_LABELS: Record<(typeof CONVENTION_GROUPS)[number], string> = {
  'child-labour': 'Child labour',
  'forced-labour': 'Forced labour',
  'other-fprw': 'Other fundamental principles and rights at work, and related instruments',
};

/** How sure we are of a figure's value: the same scale as ../shared/data (from-memory rows are never published). */
export const VERIFICATION = ['stated-in-seed', 'verified', 'partial'] as const;
export type Verification = (typeof VERIFICATION)[number];
export const VERIFICATION_LABELS: Record<Verification, string> = {
  'stated-in-seed': 'stated in an IPEC+ document',
  verified: 'verified in the source or a page quoting it',
  partial: 'partly verified',
};

/** Result types in search, one per kind of page. */
export const PAGE_TYPES = ['guidance', 'tool', 'convention', 'priority', 'country', 'data', 'glossary'] as const;
export const PAGE_TYPE_LABELS: Record<(typeof PAGE_TYPES)[number], string> = {
  guidance: 'Guidance',
  tool: 'Tool',
  convention: 'Convention',
  priority: 'Priority',
  country: 'Country',
  data: 'Data',
  glossary: 'Glossary',
};

/** The two ways the sources place IPEC+ in a country, shown apart on the programme countries map. */
export const PROGRAMME_CATEGORIES = ['listed', 'mentioned'] as const;
export type ProgrammeCategory = (typeof PROGRAMME_CATEGORIES)[number];
export const PROGRAMME_CATEGORY_LABELS: Record<ProgrammeCategory, string> = {
  listed: 'Listed among the IPEC+ countries (February 2024)',
  mentioned: 'Mentioned elsewhere in the sources',
};
