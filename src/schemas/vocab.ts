/**
 * Controlled vocabularies shared by every collection. Editors pick from these lists; anything else
 * fails the build with the list of allowed values.
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
