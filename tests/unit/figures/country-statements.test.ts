/**
 * Country pages show only what an achievement says about that country. The rules are tested on
 * made-up texts, then every achievement in content/priorities is checked against its countries list.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  achievementForCountry,
  countriesNamed,
  countryDisplayName,
  countryMismatches,
  sentencesAbout,
  splitSentences,
  type CountryNames,
} from '../../../src/figures/country-statements';
import { listFiles } from '../../../src/core/content-files';
import { figuresCited } from '../../../src/figures/text';

const world: CountryNames[] = [
  { id: 'mdg', names: ['Madagascar'] },
  { id: 'npl', names: ['Nepal'] },
  { id: 'ner', names: ['Niger'] },
  { id: 'nga', names: ['Nigeria'] },
  { id: 'sdn', names: ['Sudan'] },
  { id: 'ssd', names: ['South Sudan'] },
  { id: 'cod', names: ['Democratic Republic of the Congo'] },
  { id: 'mex', names: ['Mexico', 'United Mexican States'] },
];

describe('countryDisplayName', () => {
  it('turns inverted reference-table names round and leaves others alone', () => {
    expect(countryDisplayName('Congo, Democratic Republic of the')).toBe('Democratic Republic of the Congo');
    expect(countryDisplayName('Korea, Republic of')).toBe('Republic of Korea');
    expect(countryDisplayName('Bolivia, Plurinational State of')).toBe('Plurinational State of Bolivia');
    expect(countryDisplayName("Côte d'Ivoire")).toBe("Côte d'Ivoire");
    expect(countryDisplayName('Bonaire, Sint Eustatius and Saba')).toBe('Bonaire, Sint Eustatius and Saba');
  });
});

describe('splitSentences', () => {
  it('splits at full stops before a capital, a digit or a figure, but not after "No."', () => {
    expect(
      splitSentences(
        'The code was aligned with Convention No. 182, and more. In Nepal, fees were banned. {x-y} groups met.',
      ),
    ).toEqual([
      'The code was aligned with Convention No. 182, and more.',
      'In Nepal, fees were banned.',
      '{x-y} groups met.',
    ]);
  });
});

describe('countriesNamed', () => {
  it('finds whole names only, longest first', () => {
    expect(countriesNamed('In Nigeria and South Sudan', world).sort()).toEqual(['nga', 'ssd']);
    expect(countriesNamed('In Niger and Sudan', world).sort()).toEqual(['ner', 'sdn']);
    expect(countriesNamed('the Confederation of the United Mexican States', world)).toEqual(['mex']);
    expect(countriesNamed('No country here.', world)).toEqual([]);
  });
});

describe('sentencesAbout', () => {
  const text =
    'A platform was set up. In Madagascar, the mining code changed. It now covers mica. In Nepal, fees were banned.';
  it('keeps the sentences naming the country, what continues them, and an introduction before any name', () => {
    expect(sentencesAbout(text, 'mdg', world)).toEqual([
      'A platform was set up.',
      'In Madagascar, the mining code changed.',
      'It now covers mica.',
    ]);
    expect(sentencesAbout(text, 'npl', world)).toEqual(['A platform was set up.', 'In Nepal, fees were banned.']);
  });
});

describe('achievementForCountry', () => {
  it('keeps tools tied to no country or to this one', () => {
    const part = achievementForCountry(
      { text: 'In Nepal, X.', tools: ['general', 'nepal-tool', 'other-tool'] },
      'npl',
      world,
      {
        general: [],
        'nepal-tool': ['npl'],
        'other-tool': ['mdg'],
      },
    );
    expect(part.tools).toEqual(['general', 'nepal-tool']);
  });
});

describe('countryMismatches', () => {
  it('reports a listed country the text does not name, and a named country that is not listed', () => {
    expect(countryMismatches({ text: 'In Madagascar, X. In Nepal, Y.', countries: ['mdg', 'npl'] }, world)).toEqual([]);
    expect(countryMismatches({ text: 'In Madagascar, X.', countries: ['mdg', 'npl'] }, world)).toEqual([
      'lists "npl" in countries, but the text never names it',
    ]);
    expect(countryMismatches({ text: 'In Madagascar, X. In Nepal, Y.', countries: ['mdg'] }, world)).toEqual([
      'names Nepal in the text, but countries does not list "npl"',
    ]);
  });
});

describe('content: achievements and the country pages derived from them', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const read = (folder: string) =>
    listFiles(join(root, 'content', folder), ['.yaml']).map((path) => ({
      id: path.replace(/^.*\//, '').replace(/\.yaml$/, ''),
      data: parse(readFileSync(path, 'utf8')),
    }));
  const countries: CountryNames[] = read('countries').map((c) => ({
    id: c.id,
    names: [countryDisplayName(c.data.name), ...(c.data.alsoCalled ?? [])],
  }));
  const toolCountries = Object.fromEntries(read('tools').map((t) => [t.id, t.data.countries ?? []]));
  const achievements = read('priorities').flatMap((p) =>
    (p.data.achievements ?? []).map((a: { title: string; text: string; countries?: string[]; tools?: string[] }) => ({
      where: `content/priorities/${p.id}.yaml → "${a.title}"`,
      text: a.text,
      countries: a.countries ?? [],
      tools: a.tools ?? [],
    })),
  );

  it('exist to check', () => {
    expect(achievements.some((a) => a.countries.length > 1)).toBe(true);
  });

  it('name every listed country in their text and list every country they name', () => {
    const problems = achievements.flatMap((a) => countryMismatches(a, countries).map((p) => `${a.where}: ${p}`));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it("show on a country's page no sentence, figure or tool that is only about other countries", () => {
    const problems: string[] = [];
    for (const a of achievements) {
      for (const id of a.countries) {
        const part = achievementForCountry(a, id, countries, toolCountries);
        for (const sentence of splitSentences(part.text)) {
          const named = countriesNamed(sentence, countries);
          const introOrContinued = named.length === 0;
          if (!introOrContinued && !named.includes(id)) problems.push(`${a.where}: the ${id} page shows "${sentence}"`);
        }
        for (const other of a.countries.filter((c: string) => c !== id)) {
          const theirs = sentencesAbout(a.text, other, countries).filter(
            (s) => countriesNamed(s, countries).includes(other) && !countriesNamed(s, countries).includes(id),
          );
          for (const s of theirs) {
            for (const figure of figuresCited(s)) {
              if (part.text.includes(`{${figure}}`))
                problems.push(`${a.where}: the ${id} page shows figure ${figure}, which belongs to ${other}`);
            }
          }
        }
        for (const tool of part.tools) {
          if (toolCountries[tool]?.length && !toolCountries[tool].includes(id))
            problems.push(`${a.where}: the ${id} page shows tool ${tool}`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
