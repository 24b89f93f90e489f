import { z } from 'astro/zod';
import { ILO_REGIONS } from './vocab';
import { draft, oneOf, text } from './messages';
import { countryDisplayName } from '../figures/country-statements';
import { ratificationsSchema } from './ratification';
import { pendingTranslation, withTranslations } from './translations';

/**
 * A country where the source documents place IPEC+ work. One YAML file per country in
 * `content/countries/`, named by its ISO 3166-1 alpha-3 code in lower case (`civ.yaml`).
 * The guard checks `iso3` and `region` against the ILO region table in `content/reference/`.
 */
export const countrySchema = () =>
  withTranslations(
    {
      /** The name as it reads in a sentence; an inverted name ("Congo, Democratic Republic of the") is turned round. */
      name: text('name').transform(countryDisplayName),
      /**
       * Other names the source texts use for the country ("United Mexican States"), so that an
       * achievement naming it that way is shown on the country's page.
       */
      alsoCalled: z.array(text('alsoCalled')).default([]),
      iso3: z.string().regex(/^[A-Z]{3}$/, { error: 'iso3 must be three capital letters, e.g. "CIV"' }),
      region: oneOf(ILO_REGIONS, 'region'),
      /** Listed in the brochure's "IPEC+ is operating in 50 countries" list (February 2024). */
      listedFebruary2024: z.boolean(),
      /** What the seeds say about IPEC+ work here, beyond the priority achievements. */
      notes: z.array(text('notes')).default([]),
      /**
       * Ratification of the child labour and forced labour instruments (C138, C182, C29, P29, C105), each
       * with its year and the address of the ILO page that states it (src/schemas/ratification.ts).
       */
      ratifications: ratificationsSchema,
      /** `draft: true`: still being filled in, not published (see messages.ts). */
      draft: draft(),
      /** Why the French or Spanish translation of the notes is not written yet (src/guard/translations.ts). */
      translation: pendingTranslation(),
    },
    // The name is not translated here: French and Spanish names come from CLDR (src/i18n/country-names.ts).
    ['notes'],
  );

/** A country entry's data as the build and the guard see it. */
export type CountryData = z.output<ReturnType<typeof countrySchema>>;
