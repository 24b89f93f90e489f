/**
 * The bridge from the content collections to the chart pages and their downloads, with the collections
 * read straight from content/ (as the build's loaders would give them): every chart in content/charts/
 * has a model and a download file for each of its states, and the table of all figures holds every figure.
 */
import { join } from 'node:path';
import { GuardGap } from '../../../src/core/checked';
import { describe, expect, it, vi } from 'vitest';
import { chartSchema } from '../../../src/schemas/chart';
import { listFiles, parseYamlFile } from '../../../src/core/content-files';
import { readFigures, root } from '../../support/figure-files';

function yamlEntries(folder: string, parse: (data: unknown) => unknown = (data) => data) {
  return listFiles(join(root, 'content', folder), ['.yaml']).map((path) => {
    const { file, data } = parseYamlFile(root, path);
    return { id: file.replace(/^.*\/|\.yaml$/g, ''), data: parse(data) };
  });
}

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => {
    if (name === 'figures') return readFigures().map((f) => ({ id: f.id, data: f }));
    if (name === 'charts') return yamlEntries('charts', (data) => chartSchema().parse(data));
    if (name === 'countries') return yamlEntries('countries');
    throw new Error(`this test does not provide the "${name}" collection`);
  },
}));

const { addressesFor, loadChart, loadCharts, loadProgrammeCountries } = await import('../../../src/charts/registry');
const { downloadFiles } = await import('../../../src/charts/download-files');

describe('charts from the content collections', () => {
  it('models every chart file once, maps first, and finds each by name', async () => {
    const charts = await loadCharts();
    const ids = yamlEntries('charts').map((e) => e.id);
    expect(charts.map((c) => c.id).sort()).toEqual([...ids].sort());
    const order = ['region-map', 'trend', 'breakdown', 'programme-countries'];
    const kinds = charts.map((c) => order.indexOf(c.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    expect(await loadCharts()).toEqual(charts);
    for (const id of ids) expect((await loadChart(id)).id).toBe(id);
    // A chart no file holds is the guard's to report (src/guard/site-entries.ts); here it is a guard gap.
    await expect(loadChart('no-such-chart')).rejects.toThrow(GuardGap);
  });

  it('lists the programme countries by region, then name, listed or mentioned as their files say', async () => {
    const countries = await loadProgrammeCountries();
    expect(countries.length).toBe(yamlEntries('countries').length);
    const keys = countries.map((c) => `${c.region}|${c.name}`);
    expect(keys).toEqual(
      [...keys].sort(
        (a, b) => a.split('|')[0]!.localeCompare(b.split('|')[0]!) || a.split('|')[1]!.localeCompare(b.split('|')[1]!),
      ),
    );
    for (const c of countries) expect(['listed', 'mentioned']).toContain(c.category);
  });

  it('offers a CSV, a JSON and an SVG for every chart state, and every figure in figures.csv', async () => {
    const files = await downloadFiles();
    for (const chart of await loadCharts()) {
      for (const state of chart.states) {
        const file = files.get(state.download);
        expect(file, state.id).toBeDefined();
        expect(file!.csv.trim().split('\n').length, state.id).toBe(state.rows.length + 1);
        expect(JSON.parse(file!.json).data.length, state.id).toBe(state.rows.length);
        expect(file!.svg?.(), state.id).toMatch(/^<svg /);
      }
    }
    const figures = JSON.parse(files.get('figures')!.json);
    expect(figures.data.length).toBe(readFigures().length);
    expect(figures.referenceYear[0]).toBeLessThanOrEqual(figures.referenceYear[1]);
  });

  it('gives the JSON downloads their text in every language, with English keys and data', async () => {
    const files = await downloadFiles();
    const state = (await loadChart('child-labour-map')).states[0]!;
    const french = (await loadChart('child-labour-map', 'fr')).states[0]!;
    const spanish = (await loadChart('child-labour-map', 'es')).states[0]!;
    const json = JSON.parse(files.get(state.download)!.json);
    expect(json.title).toBe(state.meta.title);
    expect(Object.keys(json.translations)).toEqual(['fr', 'es']);
    expect(json.translations.fr).toEqual({
      title: french.meta.title,
      description: french.meta.description,
      notes: french.meta.notes,
    });
    expect(json.translations.es.description).toBe(spanish.meta.description);
    expect(json.translations.fr.description).toMatch(/par région de l’OIT/);
    expect(json.translations.es.description).toMatch(/por región de la OIT/);
    expect(json.columns).toEqual(state.columns);
    expect(Object.keys(json.data[0])).toEqual(state.columns);
    // The CSV is the same file whatever the page's language: English names of regions.
    expect(files.get(state.download)!.csv).not.toMatch(/Afrique|África/);
    const figures = JSON.parse(files.get('figures')!.json);
    expect(figures.translations.fr.title).toBe('Tous les chiffres du site de connaissances IPEC+');
    expect(figures.translations.es.notes).toHaveLength(1);
  });

  it('builds the chart pages in French and Spanish with the same states as in English', async () => {
    const english = await loadChart('child-labour-map');
    const french = await loadChart('child-labour-map', 'fr');
    expect(french.states.map((s) => s.id)).toEqual(english.states.map((s) => s.id));
    expect(french.viewName).toBe('Carte');
    expect(french.states[0]!.table.head[0]).toBe('Région');
    expect(String(french.states[0]!.svg)).toMatch(
      /aria-label="Asie et Pacifique\u202f: [^"]+, 2024\. Source\u202f: [^"]+ \(\d{4}\)"/,
    );
    expect(french.states[0]!.summary).toMatch(/^Une seule région a une valeur pour 2024\u202f: Asie et Pacifique, /);
    expect(french.states[0]!.meta.chartUrl).toMatch(/\/fr\/data\/child-labour-map\//);
  });
});

describe('chart addresses', () => {
  it('are absolute when the site is known', () => {
    const at = addressesFor('https://ipec.example.org/', '/ipec-plus');
    expect(at.absolute('/data/child-labour-map/')).toBe('https://ipec.example.org/ipec-plus/data/child-labour-map/');
    expect(at.href('/data/')).toBe('/ipec-plus/data/');
  });

  it('give the path, never an invented host, when the site is not known', () => {
    expect(addressesFor(undefined, '').absolute('/data/child-labour-map/')).toBe('/data/child-labour-map/');
  });
});

describe('citation files', () => {
  it('give BibTeX and RIS for every chart state, with its address, sources and the access date', async () => {
    const files = await downloadFiles();
    for (const chart of await loadCharts()) {
      for (const state of chart.states) {
        const { bib, ris } = files.get(state.download)!;
        expect(bib, state.id).toMatch(/^@misc\{[\w-]+,\n/);
        expect(bib, state.id).toContain(`url = {${state.meta.chartUrl}}`);
        expect(bib, state.id).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
        expect(ris, state.id).toMatch(/^TY {2}- ELEC\r\n/);
        expect(ris, state.id).toContain(`UR  - ${state.meta.chartUrl}\r\n`);
        expect(ris, state.id).toMatch(/ER {2}-\r\n$/);
        for (const source of state.meta.sources) expect(ris, state.id).toContain(source.title);
      }
    }
  });
});
