import { z } from 'astro/zod';
import { oneOf, text } from './messages';
import { ILO_REGIONS, PILLARS, TOOL_KINDS, TOPICS } from './vocab';

export const PAGE_TYPES = ['guidance', 'tool', 'convention', 'priority', 'country', 'data', 'glossary'] as const;

/**
 * Fields IPEC+ pages add to Starlight's frontmatter. Guidance pages set them in MDX frontmatter;
 * collection pages pass them to <StarlightPage>. They drive the search filters.
 */
export const pageExtension = z.object({
  title: text('title'),
  /** Result type in search, shown on each result. */
  pageType: oneOf(PAGE_TYPES, 'pageType').default('guidance'),
  topics: z.array(oneOf(TOPICS, 'topics')).default([]),
  regions: z.array(oneOf(ILO_REGIONS, 'regions')).default([]),
  pillars: z.array(oneOf(PILLARS, 'pillars')).default([]),
  toolKind: oneOf(TOOL_KINDS, 'toolKind').optional(),
});
