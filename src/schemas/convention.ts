import { z } from 'astro/zod';
import { checkRecord } from './check';
import { draft, httpUrl, isoDate, oneOf, text, title, year } from './messages';
import type { RefFactory } from './reference';
import { CONVENTION_GROUPS, INSTRUMENTS } from './vocab';
import { withTranslations } from './translations';

/** "Article 3(3)", "Articles 1 and 2", "Paragraph 3": the part of the instrument a statement rests on. */
const ARTICLE_REFERENCE = /^(Article|Articles|Paragraph|Paragraphs) \d+/;
const ARTICLE_RULE =
  'must name the Article (or, for a recommendation, the Paragraph) the provision summarises, e.g. "Article 3(3)" or "Paragraph 1"';

function articleReference(what: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `every provision needs an article reference: ${what} ${ARTICLE_RULE}`
          : `${what} must be text that ${ARTICLE_RULE}`,
    })
    .regex(ARTICLE_REFERENCE, { error: `${what} ${ARTICLE_RULE}` });
}

/**
 * One key provision: our plain-words summary (or a quotation) of one Article, with the copy of the
 * instrument's text it was compared with. A provision that could not be checked is left out.
 */
const provisionSchema = withTranslations(
  {
    text: text('provisions.text'),
    article: articleReference('provisions.article'),
    check: checkRecord('provisions.check'),
  },
  ['text'],
);

/** An age the instrument sets, with the Article that sets it (shown in the conventions index). */
const keyAgeSchema = withTranslations(
  {
    age: z
      .number({ error: 'keyAges.age must be an age in years, e.g. 15' })
      .int()
      .min(5)
      .max(18, { error: 'keyAges.age must be 18 or less' }),
    what: text('keyAges.what'),
    article: articleReference('keyAges.article'),
  },
  ['what'],
);

/**
 * An ILO convention, protocol or recommendation. One YAML file per instrument in `content/conventions/`,
 * named by its code in lower case (`c138.yaml`). Ratification counts are figures, not fields here,
 * so each count keeps its own date and source.
 */
export const conventionSchema = (ref: RefFactory) =>
  withTranslations(
    {
      code: z.string().regex(/^(C|P|R)\d{1,3}$/, {
        error: 'code must be C, P or R followed by the instrument number, e.g. "C138", "P29", "R190"',
      }),
      title: title('title'),
      shortTitle: title('shortTitle'),
      instrument: oneOf(INSTRUMENTS, 'instrument'),
      adopted: year('adopted'),
      /** Full adoption date, only when a checked source gives it. */
      adoptedOn: isoDate('adoptedOn').optional(),
      entryIntoForce: isoDate('entryIntoForce').optional(),
      /** Fundamental conventions under the 1998 Declaration (as amended in 2022). */
      fundamental: z.boolean().default(false),
      group: oneOf(CONVENTION_GROUPS, 'group'),
      subject: text('subject'),
      /**
       * Key provisions, each tied to its Article and to the copy of the text it was checked against.
       * Empty when no copy of the text could be checked: the page then says so.
       */
      provisions: z.array(provisionSchema).default([]),
      /** Ages the instrument sets (child labour instruments), each with its Article. */
      keyAges: z.array(keyAgeSchema).default([]),
      /** The instrument this one supplements (recommendations, protocols). */
      supplements: ref('conventions').optional(),
      /** The instrument's page in NORMLEX, only when its address was seen in a stored copy. */
      normlex: z
        .strictObject(
          { url: httpUrl('normlex.url'), check: checkRecord('normlex.check') },
          { error: 'normlex must be written as { url, check }: the NORMLEX address and how it was verified' },
        )
        .optional(),
      sourceNote: text('sourceNote').optional(),
      /** `draft: true`: still being filled in, not published (see messages.ts). */
      draft: draft(),
    },
    ['title', 'shortTitle', 'subject', 'sourceNote'],
    {
      /** Where the official title in this language was read (NORMLEX or another ILO copy). */
      titleCheck: checkRecord('translations.titleCheck').optional(),
    },
  );

/** A convention entry's data as the build and the guard see it. */
export type ConventionData = z.output<ReturnType<typeof conventionSchema>>;
