import { z } from 'astro/zod';
import { httpUrl, oneOf, text } from './messages';

/**
 * `content/reference/un-country-names.yaml`: the United Nations' short name of a country in French or
 * Spanish where it differs from CLDR's (which every JavaScript runtime ships as `Intl.DisplayNames`, and
 * which gives every other country name on the site). Each entry cites the UN page it was read on.
 */
const unCountryNameSchema = z.strictObject({
  iso3: z.string().regex(/^[A-Z]{3}$/, { error: 'iso3 must be three capital letters, e.g. "COD"' }),
  lang: oneOf(['fr', 'es'], 'lang'),
  /** The short name as the UN page gives it. */
  name: text('name'),
  /** The UN page (UNTERM, UN Statistics Division, un.org) the name was read on. */
  source: httpUrl('source'),
  /** The words on that page that give the name. */
  quote: text('quote'),
});

export const unCountryNamesSchema = z.array(unCountryNameSchema, {
  error: 'un-country-names.yaml must be a list of { iso3, lang, name, source, quote }',
});

export type UnCountryName = z.output<typeof unCountryNameSchema>;
