/**
 * The UN short names file (content/reference/un-country-names.yaml, checked by src/guard/entries.ts):
 * each entry names a country the site has, once per language, with its name in the words quoted from
 * the UN page. The fixture site has Nepal (NPL) and Côte d'Ivoire (CIV).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/guard';
import { UN_COUNTRY_NAMES_FILE } from '../../../src/i18n/country-names';
import { formatProblem } from '../../../src/core/content-problem';
import { siteWith } from '../../support/fixture-site';

const entry = (iso3: string, lang: string, name: string, quote = `la ${name} et ses voisins`) =>
  `- iso3: ${iso3}\n  lang: ${lang}\n  name: ${name}\n  source: https://example.org/un\n  quote: "${quote}"\n`;
const messages = (...entries: string[]) => {
  const dir = siteWith();
  writeFileSync(join(dir, UN_COUNTRY_NAMES_FILE), entries.join(''));
  return validateContent(dir).map(formatProblem);
};

describe('UN short names', () => {
  it('accepts names of countries the site has, one per language, found in their quotes', () => {
    expect(messages(entry('NPL', 'fr', 'République du Népal'), entry('NPL', 'es', 'República de Nepal'))).toEqual([]);
  });

  it('fails a name for a country the site does not have', () => {
    expect(messages(entry('NPL', 'fr', 'Népal'), entry('ZAF', 'fr', 'Afrique du Sud'))).toEqual([
      `${UN_COUNTRY_NAMES_FILE} → 1.iso3: no file in content/countries/ has iso3 ZAF`,
    ]);
  });

  it('fails a second name for the same country and language', () => {
    expect(messages(entry('CIV', 'es', 'Côte d’Ivoire'), entry('CIV', 'es', 'Costa de Marfil'))).toEqual([
      `${UN_COUNTRY_NAMES_FILE} → 1: CIV has a second es name: keep one`,
    ]);
  });

  it('fails a name that is not in the words quoted from its source', () => {
    expect(messages(entry('NPL', 'fr', 'Népal', 'le Conseil de sécurité a entendu'))).toEqual([
      `${UN_COUNTRY_NAMES_FILE} → 0.name: "Népal" is not in the quoted words of its source`,
    ]);
  });

  it('fails an entry that is not of the form { iso3, lang, name, source, quote }', () => {
    const problems = messages('- iso3: npl\n  lang: de\n  name: Nepal\n');
    expect(problems.every((m) => m.startsWith(`${UN_COUNTRY_NAMES_FILE} → 0.`))).toBe(true);
    expect(problems.map((m) => m.split(':')[0])).toEqual(
      expect.arrayContaining([`${UN_COUNTRY_NAMES_FILE} → 0.iso3`, `${UN_COUNTRY_NAMES_FILE} → 0.lang`]),
    );
  });
});
