/**
 * The bridge between the content collections and the pure chart functions: every map, chart and
 * CSV download reads its rows from here, so a page and its download never disagree.
 */
import { getCollection } from 'astro:content';
import type { ProgrammeCategory } from './programme-map';
import { regionDataset, rowsToCsv, worldSeries, yearsWithRegions, type FigureLike, type RegionDataset } from './datasets';
import { csvFormatRows } from 'd3';
import { join } from 'node:path';
import { readRegionTable } from '../utils/region-table';
import { loadWorldTopology, projectAreas, regionShapes } from './regions-geometry';

export async function loadFigures(): Promise<FigureLike[]> {
  const entries = await getCollection('figures');
  return entries.map((e) => ({ ...e.data, id: e.id }));
}

/** The region maps: one dataset per reference year of each indicator, named as its CSV file. */
export const MAP_INDICATORS = ['child-labour-rate', 'forced-labour-prevalence', 'forced-labour-share'] as const;

export function regionDatasets(figures: FigureLike[], indicator: string): (RegionDataset & { csvName: string })[] {
  return yearsWithRegions(figures, indicator).map((year) => ({
    ...regionDataset(figures, indicator, year),
    csvName: `${indicator}-${year}`,
  }));
}

/** The trend charts and the indicators each draws (the first is the main series). */
export const TRENDS = {
  'child-labour-trend': ['child-labour-children', 'hazardous-work-children'],
  'forced-labour-trend': ['forced-labour-people'],
} as const;
export type TrendName = keyof typeof TRENDS;

export function trendRows(figures: FigureLike[], name: TrendName) {
  return TRENDS[name].map((indicator) => ({ indicator, rows: worldSeries(figures, indicator) }));
}

export interface ProgrammeCountryRow {
  name: string;
  iso3: string;
  region: string;
  category: ProgrammeCategory;
}

export async function loadProgrammeCountries(): Promise<ProgrammeCountryRow[]> {
  const entries = await getCollection('countries');
  return entries
    .map((e) => ({
      name: e.data.name,
      iso3: e.data.iso3,
      region: e.data.region,
      category: (e.data.listedFebruary2024 ? 'listed' : 'mentioned') as ProgrammeCategory,
    }))
    .sort((a, b) => a.region.localeCompare(b.region) || a.name.localeCompare(b.name));
}

export function programmeCountriesCsv(rows: ProgrammeCountryRow[]): string {
  const body = rows.map((r) => [r.name, r.iso3, r.region, r.category === 'listed' ? 'listed-february-2024' : 'mentioned-elsewhere']);
  return csvFormatRows([['country', 'iso3', 'region', 'category'], ...body]) + '\n';
}

/** Every CSV download, by file name (without .csv). */
export async function allCsvFiles(): Promise<Map<string, string>> {
  const figures = await loadFigures();
  const files = new Map<string, string>();
  for (const indicator of MAP_INDICATORS) {
    for (const d of regionDatasets(figures, indicator)) files.set(d.csvName, rowsToCsv(d.rows));
  }
  for (const name of Object.keys(TRENDS) as TrendName[]) {
    files.set(name, rowsToCsv(trendRows(figures, name).flatMap((s) => s.rows)));
  }
  files.set('programme-countries', programmeCountriesCsv(await loadProgrammeCountries()));
  return files;
}

/** Width of the map viewBox; the height follows the projection. */
const MAP_WIDTH = 800;

/** The ILO regions (or, split, the two parts of the Americas) projected for a map. */
export function regionMap(splitAmericas: boolean) {
  const topology = loadWorldTopology();
  const table = readRegionTable(join(process.cwd(), 'content/reference/ilo-regions.csv'));
  return { topology, table, map: projectAreas(topology, regionShapes(topology, table, splitAmericas), MAP_WIDTH) };
}
