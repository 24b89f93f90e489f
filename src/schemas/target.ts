import { z } from 'astro/zod';
import { withTranslations } from './translations';
import { sourceSchema } from './figure';
import { text } from './messages';
import type { RefFactory } from './reference';

/**
 * A dated target (the SDG 8.7 years, the programme's own targets), one YAML file per target in
 * `content/targets/`. Pages write `<Target id="…" />` instead of typing "by 2025", so a target whose year
 * has passed is described as passed from the build date, without anyone editing prose.
 */
export const targetSchema = (ref: RefFactory) =>
  withTranslations(
    {
      /** What is to be achieved, as a phrase that follows "to": "end child labour in all its forms". */
      goal: text('goal'),
      /** The year by which the goal is to be achieved (its last day is the deadline). */
      year: z
        .number({ error: 'year must be a year written as a number, e.g. 2030' })
        .int({ error: 'year must be a whole year, e.g. 2030' })
        .min(1919, { error: 'year must be 1919 or later' })
        .max(2100, { error: 'year must be 2100 or earlier' }),
      /** The publication that sets the target. */
      source: sourceSchema,
      /**
       * What the latest figure shows once the year has passed, for a goal that was not reached: the
       * figure, and a clause with `{value}` and `{year}` for its value and reference year, e.g.
       * "{value} children were in child labour in {year}". Shown as "The 2025 target was missed: …".
       */
      outcome: withTranslations(
        {
          figure: ref('figures'),
          text: text('outcome.text').refine((t) => t.includes('{value}') && t.includes('{year}'), {
            error: 'outcome.text must contain {value} and {year}, where the figure and its reference year go',
          }),
        },
        ['text'],
      ).optional(),
    },
    ['goal'],
  );
