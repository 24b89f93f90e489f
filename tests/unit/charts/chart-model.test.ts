/**
 * Every chart in content/charts/, modelled from the real figures and world outlines: whatever the
 * content holds, each state's picture, table and download files are built from the same rows, name
 * their sources, and stand alone as files. Checks that hold for any valid chart, not today's values.
 */
import { csvParse } from 'd3-dsv';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  breakdownModel,
  countriesModel,
  queryString,
  regionMapModel,
  sourcesOf,
  trendModel,
  openingIndex,
  openingState,
  type Addresses,
  type ChartState,
  type ChartModel,
  type CountryRow,
} from '../../../src/charts/chart-model';
import type { DataRow } from '../../../src/charts/datasets';
import { REQUIRED_META, toCsv, toJson } from '../../../src/charts/downloads';
import { FIGURE_COLUMNS, figureRows, type ExportFigure } from '../../../src/charts/figures-export';
import { countryPaths, projectAreas, regionShapes } from '../../../src/charts/regions-geometry';
import { loadWorldTopology } from '../../../src/charts/world-atlas';
import { previewSvg } from '../../../src/charts/standalone';
import { chartSchema } from '../../../src/schemas/chart';
import { ILO_REGIONS } from '../../../src/schemas/vocab';
import { listFiles, parseYamlFile } from '../../../src/core/content-files';
import { readRegionTable } from '../../../src/figures/region-table';
import { readFigures, root } from '../../support/figure-files';
import { uiStrings } from '../../../src/i18n/ui-strings';

const en = uiStrings('en');
const at: Addresses = { absolute: (path) => `https://ipec-plus.example/base${path}`, href: (path) => `/base${path}` };
const figures = readFigures();
const topology = loadWorldTopology();
const table = readRegionTable(join(root, 'content/reference/ilo-regions.csv'));
const projected = (split: boolean) => projectAreas(topology, regionShapes(topology, table, split), 800);

function programmeCountries(map: ReturnType<typeof projected>): CountryRow[] {
  const numericOf = new Map(table.map((r) => [r.iso3, r.isoNumeric]));
  const countries = listFiles(join(root, 'content/countries'), ['.yaml']).map((path) => {
    const { file, data } = parseYamlFile(root, path);
    const c = data as { name: string; iso3: string; region: string; listedFebruary2024?: boolean };
    return {
      id: file.replace(/^.*\/|\.yaml$/g, ''),
      name: c.name,
      iso3: c.iso3,
      region: c.region,
      category: c.listedFebruary2024 ? ('listed' as const) : ('mentioned' as const),
    };
  });
  const paths = countryPaths(
    topology,
    map.projection,
    countries.map((c) => numericOf.get(c.iso3) ?? ''),
  );
  return countries.map((c) => ({ ...c, d: paths.get(numericOf.get(c.iso3) ?? '') }));
}

function model(id: string, data: unknown): ChartModel {
  const entry = chartSchema().parse(data);
  if (entry.kind === 'region-map')
    return regionMapModel(id, entry, figures, { whole: projected(false), split: projected(true) }, at, en);
  if (entry.kind === 'trend') return trendModel(id, entry, figures, at, en);
  if (entry.kind === 'breakdown') return breakdownModel(id, entry, figures, at, en);
  const map = projected(false);
  return countriesModel(id, entry, programmeCountries(map), map, ILO_REGIONS, at, en);
}

const charts = listFiles(join(root, 'content/charts'), ['.yaml']).map((path) => {
  const { file, data } = parseYamlFile(root, path);
  return [file, model(file.replace(/^.*\/|\.yaml$/g, ''), data)] as const;
});

describe('chart models of content/charts/', () => {
  it('reads every chart file', () => {
    expect(charts.length).toBeGreaterThan(0);
  });

  describe.each(charts)('%s', (_file, chart) => {
    it('has states with distinct ids and addresses, the most recent first', () => {
      expect(chart.states.length).toBeGreaterThan(0);
      expect(new Set(chart.states.map((s) => s.id)).size).toBe(chart.states.length);
      expect(new Set(chart.states.map((s) => queryString(s.query))).size).toBe(chart.states.length);
      for (const s of chart.states) expect(Object.keys(s.query).sort()).toEqual([...chart.stateKeys].sort());
      if (chart.latestYear !== undefined) {
        const years = chart.states
          .map((s) => s.meta.referenceYear)
          .flat()
          .filter((y): y is number => typeof y === 'number');
        expect(Math.max(...years)).toBe(chart.latestYear);
      }
    });

    it('builds the table and the downloads of each state from the same rows', () => {
      for (const s of chart.states) {
        for (const row of s.rows) expect(row.length, s.id).toBe(s.columns.length);
        expect(s.table.rows.length, s.id).toBeGreaterThan(0);
        for (const key of REQUIRED_META) expect(s.meta[key], `${s.id}: ${key}`).toBeDefined();
        expect(s.meta.chartUrl.startsWith(at.absolute(`/data/${chart.id}/`)), s.id).toBe(true);
        const csv = csvParse(toCsv(s.columns, s.rows).replace(/^\uFEFF/, ''));
        expect(csv.columns, s.id).toEqual(s.columns);
        expect(csv.length, s.id).toBe(s.rows.length);
        const json = JSON.parse(toJson(s.meta, s.columns, s.rows));
        expect(json.data.length, s.id).toBe(s.rows.length);
        expect(json.citation, s.id).toContain(s.meta.chartUrl);
      }
    });

    it('names a source for every state with values, and says so under the picture', () => {
      for (const s of chart.states) {
        if (chart.kind === 'programme-countries') continue;
        expect(s.sources.length, s.id).toBeGreaterThan(0);
        for (const source of s.sources) expect(s.file(), s.id).toContain(source.publisher.replace(/&/g, '&amp;'));
      }
    });

    it('makes each state a standalone SVG file and a thumbnail without titles', () => {
      for (const s of chart.states) {
        const file = s.file();
        expect(file, s.id).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<\/svg>\n?$/);
        expect(file, s.id).not.toContain('<use ');
        const preview = previewSvg(s.bare());
        expect(preview, s.id).toMatch(/^<svg [\s\S]*<\/svg>\n$/);
        expect(preview, s.id).not.toMatch(/<title>/);
      }
    });
  });
});

describe('sources of a state', () => {
  it('lists each source once, in order of first use, and skips rows without a value', () => {
    const [a, b] = figures.filter((f, i, all) => all.findIndex((g) => g.source.title === f.source.title) === i);
    const row = (sourceTitle: string, value: number | null): DataRow => ({
      region: 'Africa',
      indicator: 'i',
      value,
      valueText: String(value),
      unit: 'people',
      referenceYear: 2020,
      sourceTitle,
      sourceUrl: '',
      alsoReported: [],
    });
    expect(
      sourcesOf([row(b!.source.title, 1), row(a!.source.title, 2), row(b!.source.title, 3)], figures).map(
        (s) => s.title,
      ),
    ).toEqual([b!.source.title, a!.source.title]);
    expect(sourcesOf([row(a!.source.title, null)], figures)).toEqual([]);
  });
});

describe('the table of every figure', () => {
  const exported = figures.map((f) => ({ ...f }) as unknown as ExportFigure);
  const rows = figureRows(exported);

  it('has one row per figure, in id order, with a cell for every column', () => {
    expect(rows.length).toBe(figures.length);
    const ids = rows.map((r) => String(r[0]));
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    for (const r of rows) expect(r.length).toBe(FIGURE_COLUMNS.length);
  });

  it('gives each value exactly as its figure file does, with its source', () => {
    const byId = new Map(figures.map((f) => [f.id, f]));
    const col = (name: string) => FIGURE_COLUMNS.indexOf(name);
    for (const r of rows) {
      const f = byId.get(String(r[0]))!;
      expect(r[col('value')]).toBe(f.value);
      expect(r[col('reference_year')]).toBe(f.referenceYear);
      expect(r[col('source_title')]).toBe(f.source.title);
      expect(r[col('source_url')]).toBe(f.source.url ?? '');
    }
  });

  it('names the page a figure was checked through, when there is one', () => {
    const [first] = exported;
    const checked = {
      ...first!,
      source: { ...first!.source, checkedVia: { title: 'A page quoting it', url: 'https://example.org/q' } },
    };
    const [row] = figureRows([checked]);
    expect(row![FIGURE_COLUMNS.indexOf('checked_via')]).toBe('A page quoting it https://example.org/q');
  });
});

describe('English parts of a French chart', () => {
  const fr = uiStrings('fr');
  const countriesEntry = chartSchema().parse(
    parseYamlFile(root, join(root, 'content/charts/programme-countries.yaml')).data,
  );
  if (countriesEntry.kind !== 'programme-countries')
    throw new Error('programme-countries.yaml is not a countries chart');
  const map = projected(false);
  const countries = programmeCountries(map).map((c) => ({ ...c, nameLang: 'en' as const }));

  it('gives the citation with the sources’ titles apart, and the same line as the downloads', () => {
    const trendEntry = chartSchema().parse(
      parseYamlFile(root, join(root, 'content/charts/forced-labour-trend.yaml')).data,
    );
    if (trendEntry.kind !== 'trend') throw new Error('forced-labour-trend.yaml is not a trend');
    const [state] = trendModel('forced-labour-trend', trendEntry, figures, at, fr).states;
    expect(state!.citation.map((part) => part.text).join('')).toBe(state!.meta.citation);
    const english = state!.citation.filter((part) => part.english).map((part) => part.text);
    // Titles are English as published; publishers are named in the page's language, so not set apart.
    for (const source of state!.sources) {
      expect(english).toContain(source.title);
      expect(english).not.toContain(source.publisher);
    }
    // The sentence around them is French, and not marked.
    expect(
      state!.citation
        .filter((part) => !part.english)
        .map((part) => part.text)
        .join(''),
    ).toContain('[graphique]');
    const [inEnglish] = trendModel('forced-labour-trend', trendEntry, figures, at, en).states;
    expect(inEnglish!.citation.map((part) => part.text).join('')).toBe(inEnglish!.meta.citation);
  });

  it('names the countries as it is given them, in the table and in the shapes’ titles, as plain text', () => {
    const [state] = countriesModel('programme-countries', countriesEntry, countries, map, ILO_REGIONS, at, fr).states;
    expect(state!.table.rows.some((row) => row.region === 'South Africa')).toBe(true);
    // No markup inside an SVG <title>: html-validate reads its content as raw text, as it does an HTML title.
    const svg = String(state!.svg);
    expect(svg).toMatch(/<title>South Africa \(Afrique\)[^<]*<\/title>/);
    expect(svg).not.toContain('<span');
    expect(svg).toContain('aria-label="South Africa (Afrique)');
    expect(state!.file()).not.toContain('<span');
  });
});

describe('the state a chart opens on', () => {
  it('is the most recent state with values for all or nearly all regions', () => {
    // Most recent first: 2024 with 1 of 5 regions, 2020 with 5, 2016 with 5.
    expect(openingIndex([1, 5, 5])).toBe(1);
    expect(openingIndex([4, 5])).toBe(0);
    expect(openingIndex([5, 1])).toBe(0);
  });
  it('is the first state when none has a value, or when there is one state', () => {
    expect(openingIndex([0, 0])).toBe(0);
    expect(openingIndex([2])).toBe(0);
    expect(openingIndex([])).toBe(0);
  });
  it('is found by its id, or is the first state without one', () => {
    const states = [{ id: 'a' }, { id: 'b' }] as ChartState[];
    expect(openingState({ states, opensOn: 'b' })?.id).toBe('b');
    expect(openingState({ states })?.id).toBe('a');
  });
});

describe('what a chart file says of itself', () => {
  const countries = {
    kind: 'programme-countries',
    title: 'Countries',
    description: 'Where the programme works.',
    topics: ['forced-labour'],
    referenceYear: 2019,
    listedAs: 'listed-march-2019',
    source: { title: 'A list of sources', publisher: 'A publisher', published: 2018 },
  };

  it('dates and cites the countries map from its file, and names a listed country as the file says', () => {
    const chart = model('countries', countries);
    const state = chart.states[0]!;
    expect(chart.latestYear).toBe(2019);
    expect(state.meta.referenceYear).toBe(2019);
    expect(state.meta.sources).toEqual([
      {
        title: 'A list of sources',
        publisher: 'A publisher',
        published: 2018,
        url: at.absolute('/reference/sources/'),
      },
    ]);
    const category = state.rows.map((row) => row[state.columns.indexOf('category')]);
    expect(category).toContain('listed-march-2019');
    expect(category).not.toContain('listed-february-2024');
  });

  it('gives a chart the topics its file names, whatever the file is called', () => {
    expect(model('child-labour-lookalike', countries).topics).toEqual(['forced-labour']);
    expect(() => chartSchema().parse({ ...countries, topics: [] })).toThrow(/topics must list at least one topic/);
  });
});
