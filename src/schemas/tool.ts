import { z } from 'astro/zod';
import { AUDIENCES, PILLARS, SEED_DOCUMENTS, TOOL_KINDS, TOPICS } from './vocab';
import { checkRecord } from './check';
import { description, draft, httpUrl, oneOf, text, title, year } from './messages';
import type { RefFactory } from './reference';
import { pendingTranslation, withTranslations } from './translations';

/**
 * A tool, guide, training package, dataset or other resource named in the source documents.
 * One YAML file per tool in `content/tools/`; the file name is its id and URL.
 */
export const toolSchema = (ref: RefFactory) =>
  withTranslations(
    {
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
      /** Why the French or Spanish translation is not written yet (src/guard/translations.ts). */
      translation: pendingTranslation(),
    },
    ['title', 'description', 'publisher'],
    {
      /**
       * Where the publisher's own title in this language was read; a translated `title` is always the
       * publisher's, so it needs this record. Without an official title, write `descriptiveTitle`.
       */
      titleCheck: checkRecord('translations.titleCheck').optional(),
      /** Our translation of what the title says, shown before the original title (marked as English). */
      descriptiveTitle: title('translations.descriptiveTitle').optional(),
    },
  )
    .superRefine(requireUrlCheck)
    .superRefine(requireTitleKind);

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

/**
 * A translated title is either the publisher's (with the record of where it was read) or our descriptive
 * one, never both: a reader must be able to tell an official title from a translation of it.
 */
function requireTitleKind(
  tool: {
    translations?: Record<string, { title?: string; titleCheck?: unknown; descriptiveTitle?: string } | undefined>;
  },
  ctx: z.RefinementCtx,
) {
  for (const [lang, translated] of Object.entries(tool.translations ?? {})) {
    if (!translated) continue;
    const path = ['translations', lang];
    if (translated.title !== undefined && translated.descriptiveTitle !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'descriptiveTitle'],
        message:
          "give either title (the publisher's own title in this language, with titleCheck) or descriptiveTitle (our translation), not both",
      });
    if (translated.title !== undefined && !translated.titleCheck)
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'titleCheck'],
        message:
          "a translated title is the publisher's own and needs titleCheck saying where it was read; write descriptiveTitle for a title you translated",
      });
    if (translated.titleCheck && translated.title === undefined)
      ctx.addIssue({ code: 'custom', path: [...path, 'title'], message: 'titleCheck is given but title is missing' });
  }
}

/** A tool entry's data as the build and the guard see it. */
export type ToolData = z.output<ReturnType<typeof toolSchema>>;
