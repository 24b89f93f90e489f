import { z } from 'astro/zod';
import { httpUrl, oneOf, text, year } from './messages';

/** The instruments a country profile reports on: the child labour and forced labour conventions and the protocol. */
export const PROFILE_INSTRUMENTS = ['c138', 'c182', 'c29', 'p29', 'c105'] as const;

/**
 * One instrument's ratification by a country, as an ILO page states it. A year needs the address of
 * the page that states it (a NORMLEX page, such as a Committee of Experts' comment headed "… – Nepal
 * (Ratification: 1997)") and the words that state it; so does "not ratified". An instrument with no
 * entry is shown as "no record found", never as not ratified.
 */
const ratificationSchema = z
  .strictObject({
    instrument: oneOf(PROFILE_INSTRUMENTS, 'ratifications.instrument'),
    /** The year of ratification, as the source states it. */
    year: year('ratifications.year').optional(),
    /** True only where a source says the country has not ratified the instrument. */
    notRatified: z.literal(true, { error: 'ratifications.notRatified is either true or left out' }).optional(),
    /** The address the statement was read at (the stored page's own address). */
    source: httpUrl('ratifications.source').optional(),
    /** The words of the source that state it, e.g. "Minimum Age Convention, 1973 (No. 138) - Nepal (Ratification: 1997)". */
    quote: text('ratifications.quote').optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.year === undefined && entry.notRatified === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['year'],
        message:
          'a ratification needs a year (or notRatified: true where a source says so); leave the instrument out when no source is found',
      });
    }
    if (entry.year !== undefined && entry.notRatified) {
      ctx.addIssue({
        code: 'custom',
        path: ['notRatified'],
        message: 'a ratification has a year or notRatified, not both',
      });
    }
    for (const field of ['source', 'quote'] as const) {
      if (entry[field] === undefined && (entry.year !== undefined || entry.notRatified)) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message:
            field === 'source'
              ? 'a ratification year (or "not ratified") needs source: the address of the ILO page that states it'
              : 'a ratification year (or "not ratified") needs quote: the words of the source that state it',
        });
      }
    }
  });

/** Each instrument at most once. */
export const ratificationsSchema = z
  .array(ratificationSchema)
  .default([])
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      if (seen.has(entry.instrument))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'instrument'],
          message: `ratifications lists ${entry.instrument} twice`,
        });
      seen.add(entry.instrument);
    });
  });

export type Ratification = z.output<typeof ratificationSchema>;
