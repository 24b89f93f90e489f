/**
 * Country names in a reader's language (src/i18n/country-names.ts): the entry's own name in English,
 * the UN short name where content/reference/un-country-names.yaml gives one, CLDR's name otherwise.
 * The build reads the tables from the working directory, so the override is tested in a temporary site
 * whose UN list is written here, not through today's list.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  UN_COUNTRY_NAMES_FILE,
  cldrCountryName,
  countryName,
  readUnCountryNames,
  regionCodeOf,
} from '../../../src/i18n/country-names';

const repo = resolve(import.meta.dirname, '../../..');

describe('regionCodeOf', () => {
  it('gives the alpha-2 code of an ISO numeric code', () => {
    expect(regionCodeOf('524')).toBe('NP');
    expect(regionCodeOf('384')).toBe('CI');
    expect(regionCodeOf('710')).toBe('ZA');
  });
  it('gives none for what is not a country code', () => {
    expect(regionCodeOf('')).toBeUndefined();
    expect(regionCodeOf('NPL')).toBeUndefined();
    expect(regionCodeOf('52')).toBeUndefined();
    // A continent (150, Europe) and a code CLDR does not know are not countries.
    expect(regionCodeOf('150')).toBeUndefined();
    expect(regionCodeOf('999')).toBeUndefined();
  });
});

describe('cldrCountryName', () => {
  it("gives CLDR's French and Spanish names", () => {
    expect(cldrCountryName('NP', 'fr')).toBe('Népal');
    expect(cldrCountryName('ZA', 'fr')).toBe('Afrique du Sud');
    expect(cldrCountryName('ZA', 'es')).toBe('Sudáfrica');
    expect(cldrCountryName('CI', 'es')).toBe('Côte d’Ivoire');
  });
  it('gives none for a code CLDR has no name for', () => {
    expect(cldrCountryName('XY', 'fr')).toBeUndefined();
  });
});

describe('countryName', () => {
  let site: string;
  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'ipec-country-names-'));
    mkdirSync(join(site, 'content/reference'), { recursive: true });
    cpSync(join(repo, 'content/reference/ilo-regions.csv'), join(site, 'content/reference/ilo-regions.csv'));
    // A name no runtime ships, so that finding it shows the list was used.
    writeFileSync(
      join(site, UN_COUNTRY_NAMES_FILE),
      [
        '- iso3: NPL',
        '  lang: fr',
        '  name: République fédérale du Népal',
        '  source: https://example.org/un',
        '  quote: "la République fédérale du Népal"',
        '',
      ].join('\n'),
    );
    // The names tables are read from the working directory once, on first use.
    vi.spyOn(process, 'cwd').mockReturnValue(site);
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(site, { recursive: true, force: true });
  });

  it('reads the UN list, and none where there is no file', () => {
    expect(readUnCountryNames(site).map((e) => [e.iso3, e.lang, e.name])).toEqual([
      ['NPL', 'fr', 'République fédérale du Népal'],
    ]);
    expect(readUnCountryNames(join(site, 'content'))).toEqual([]);
  });

  it("gives the entry's own name in English", () => {
    expect(countryName({ iso3: 'NPL', name: 'Nepal' }, 'en')).toBe('Nepal');
    expect(countryName({ iso3: 'CIV', name: "Côte d'Ivoire" }, 'en')).toBe("Côte d'Ivoire");
  });

  it('gives the UN name where the list has one for the language, else the CLDR name', () => {
    expect(countryName({ iso3: 'NPL', name: 'Nepal' }, 'fr')).toBe('République fédérale du Népal');
    expect(countryName({ iso3: 'NPL', name: 'Nepal' }, 'es')).toBe('Nepal');
    expect(countryName({ iso3: 'ZAF', name: 'South Africa' }, 'fr')).toBe('Afrique du Sud');
    expect(countryName({ iso3: 'ZAF', name: 'South Africa' }, 'es')).toBe('Sudáfrica');
  });

  it("keeps the entry's name where neither list knows the country", () => {
    // Channel Islands: an ILOSTAT code, no ISO numeric code.
    expect(countryName({ iso3: 'CHA', name: 'Channel Islands' }, 'fr')).toBe('Channel Islands');
    expect(countryName({ iso3: 'XXX', name: 'Nowhere' }, 'es')).toBe('Nowhere');
  });
});
