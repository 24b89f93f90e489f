import { z } from 'astro/zod';
import { AUDIENCES, PILLARS, SEED_DOCUMENTS, TOOL_KINDS, TOPICS } from './vocab';
import { checkRecord } from './check';
import { description, draft, httpUrl, oneOf, text, title, year } from './messages';
import type { RefFactory } from './reference';

/**
 * A tool, guide, training package, dataset or other resource named in the source documents.
 * One YAML file per tool in `content/tools/`; the file name is its id and URL.
 */
export const toolSchema = (ref: RefFactory) =>
  z
    .strictObject({
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
      /**
       * The resource's own address, only when it was seen on a stored copy of the publisher's page (or a
       * mirror, labelled as one); never a guessed one. Requires `urlCheck`.
       */
      url: httpUrl('url').optional(),
      /** How `url` was verified: the copy it was seen on, who published that copy, and when it was checked. */
      urlCheck: checkRecord('urlCheck').optional(),
      /** Which source documents mention it. */
      mentionedIn: z
        .array(oneOf(SEED_DOCUMENTS, 'mentionedIn'))
        .min(1, { error: 'mentionedIn must name the source document' }),
      /** `draft: true`: still being filled in, not published (see messages.ts). */
      draft: draft(),
    })
    .superRefine(requireUrlCheck);

/** An address without the record of how it was verified is exactly the guessed link this site must not publish. */
function requireUrlCheck(tool: { url?: string; urlCheck?: unknown }, ctx: z.RefinementCtx) {
  if (tool.url && !tool.urlCheck) {
    ctx.addIssue({
      code: 'custom',
      path: ['urlCheck'],
      message:
        'a tool with a url needs urlCheck { method, copyAddress, copyPublisher, checked } saying where the address was seen; remove the url if it was not verified',
    });
  }
  if (tool.urlCheck && !tool.url) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: 'urlCheck is given but url is missing: add the verified address or remove urlCheck',
    });
  }
}

/** A tool entry's data as the build and the guard see it. */
export type ToolData = z.output<ReturnType<typeof toolSchema>>;
