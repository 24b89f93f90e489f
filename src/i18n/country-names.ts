/**
 * Country names in a reader's language. English names are the entries' own (as the ILO documents write
 * them); French and Spanish names come from CLDR through `Intl.DisplayNames`, except the few United
 * Nations short names listed, with their source, in content/reference/un-country-names.yaml. No other
 * table of names is written by hand.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { unCountryNamesSchema, type UnCountryName } from '../schemas/country-name';
import { readRegionTable } from '../figures/region-table';
import { parseYamlFile } from '../core/content-files';
import { DEFAULT_LANG, type Lang } from '../core/locales';

/**
 * The CLDR region code (ISO 3166-1 alpha-2) of an ISO numeric code: CLDR's territory aliases, which
 * every runtime applies when it canonicalizes a locale, map "524" to "NP".
 */
export function regionCodeOf(isoNumeric: string): string | undefined {
  if (!/^\d{3}$/.test(isoNumeric)) return undefined;
  const region = new Intl.Locale(`und-${isoNumeric}`).region;
  // "ZZ" is CLDR's unknown region (named "région inconnue"), what a code without an alias becomes.
  return region && /^[A-Z]{2}$/.test(region) && region !== 'ZZ' ? region : undefined;
}

/** CLDR's name of a country (by alpha-2 code) in a language, or undefined when CLDR has none. */
export function cldrCountryName(regionCode: string, lang: Lang): string | undefined {
  const name = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(regionCode);
  return name && name !== regionCode ? name : undefined;
}

export const UN_COUNTRY_NAMES_FILE = 'content/reference/un-country-names.yaml';

/** The UN short names file as written, none without it (the content guard has checked it before the build reads it). */
export function readUnCountryNames(root: string): UnCountryName[] {
  const path = join(root, UN_COUNTRY_NAMES_FILE);
  return existsSync(path) ? unCountryNamesSchema.parse(parseYamlFile(root, path).data ?? []) : [];
}

/**
 * iso3 → ISO numeric, and (iso3, lang) → UN name, read once per build, on first use; and each name once
 * looked up (every country page names all the countries).
 */
let lookups: { numeric: Map<string, string>; un: Map<string, string>; shown: Map<string, string> } | undefined;
function namesTables() {
  if (!lookups) {
    const root = process.cwd();
    const table = readRegionTable(join(root, 'content/reference/ilo-regions.csv'));
    lookups = {
      numeric: new Map(table.map((row) => [row.iso3, row.isoNumeric])),
      un: new Map(readUnCountryNames(root).map((entry) => [`${entry.iso3} ${entry.lang}`, entry.name])),
      shown: new Map(),
    };
  }
  return lookups;
}

/** A country's name as a page in `lang` shows it. */
export function countryName(country: { iso3: string; name: string }, lang: Lang): string {
  if (lang === DEFAULT_LANG) return country.name;
  const { numeric, un, shown } = namesTables();
  const key = `${country.iso3} ${lang}`;
  let name = shown.get(key);
  if (name === undefined) {
    const region = regionCodeOf(numeric.get(country.iso3) ?? '');
    name = un.get(key) ?? (region && cldrCountryName(region, lang)) ?? country.name;
    shown.set(key, name);
  }
  return name;
}
