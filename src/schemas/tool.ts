import { z } from 'astro/zod';
import { AUDIENCES, PILLARS, SEED_DOCUMENTS, TOOL_KINDS, TOPICS } from './vocab';
import { description, httpUrl, oneOf, text, title, year } from './messages';
import type { RefFactory } from './reference';

/**
 * A tool, guide, training package, dataset or other resource named in the source documents.
 * One YAML file per tool in `content/tools/`; the file name is its id and URL.
 */
export const toolSchema = (ref: RefFactory) =>
  z.strictObject({
    /** The resource's own title, as published. */
    title: title('title'),
    /** One or two sentences, in our words, on what it is for and who uses it. */
    description: description('description'),
    kind: oneOf(TOOL_KINDS, 'kind'),
    topics: z.array(oneOf(TOPICS, 'topics')).min(1, { error: 'topics must list at least one topic' }),
    /** Theory-of-change categories the seeds file it under. */
    pillars: z.array(oneOf(PILLARS, 'pillars')).min(1, { error: 'pillars must list at least one category' }),
    audiences: z.array(oneOf(AUDIENCES, 'audiences')).min(1, { error: 'audiences must list at least one audience' }),
    priorities: z.array(ref('priorities')).default([]),
    conventions: z.array(ref('conventions')).default([]),
    countries: z.array(ref('countries')).default([]),
    publisher: text('publisher').optional(),
    /** Year of publication or launch, only when a source gives it. */
    year: year('year').optional(),
    /** Only a URL that a source gives; never a guessed one. */
    url: httpUrl('url').optional(),
    /** Which source documents mention it. */
    mentionedIn: z.array(oneOf(SEED_DOCUMENTS, 'mentionedIn')).min(1, { error: 'mentionedIn must name the source document' }),
  });
