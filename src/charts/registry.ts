/**
 * The bridge between the content collections and the pure chart functions in src/charts/: every chart
 * page, map on a guidance page and download reads its data from here, so a page and its files never
 * disagree.
 */
import { countryName } from '../i18n/country-names';
import { checkedByGuard } from '../core/checked';
import { getCollection } from 'astro:content';
import { join } from 'node:path';
import { readRegionTable } from '../figures/region-table';
import { ILO_REGIONS } from '../schemas/vocab';
import type { ChartEntry } from '../schemas/chart';
import type { FigureLike } from './datasets';
import {
  breakdownModel,
  countriesModel,
  regionMapModel,
  trendModel,
  type Addresses,
  type ChartModel,
  type CountryRow,
} from './chart-model';
import { countryPaths, projectAreas, regionShapes, simplifyForProjection } from './regions-geometry';
import { loadWorldTopology } from './world-atlas';
import { basePrefix } from '../core/base';
import { localize } from '../i18n/localize';
import { DEFAULT_LANG, inEveryLang, type Lang } from '../core/locales';
import { uiStrings } from '../i18n/ui-strings';

/** The figures, with their labels in `lang` where translated (values, units and sources stay as they are). */
async function loadFigures(lang: Lang = DEFAULT_LANG): Promise<FigureLike[]> {
  const entries = await getCollection('figures');
  return entries.map((e) => ({ ...localize(e.data, lang), id: e.id }));
}

/**
 * The programme countries, named in `lang` (src/i18n/country-names.ts), sorted by the English region and
 * by name.
 */
export async function loadProgrammeCountries(lang: Lang = DEFAULT_LANG): Promise<Omit<CountryRow, 'd'>[]> {
  const entries = await getCollection('countries');
  return entries
    .map((e) => ({
      id: e.id,
      name: countryName(e.data, lang),
      iso3: e.data.iso3,
      region: e.data.region,
      category: e.data.listedFebruary2024 ? ('listed' as const) : ('mentioned' as const),
    }))
    .sort((a, b) => a.region.localeCompare(b.region) || a.name.localeCompare(b.name, lang));
}

/** Width of the map viewBox; the height follows the projection. */
const MAP_WIDTH = 800;

const mapCache = new Map<string, ReturnType<typeof buildRegionMap>>();
function buildRegionMap(splitAmericas: boolean, width: number) {
  const full = loadWorldTopology();
  const table = readRegionTable(join(process.cwd(), 'content/reference/ilo-regions.csv'));
  // The outlines keep the detail the drawn size shows, no more (under 60% of the points at 800 px).
  const drawn = projectAreas(full, regionShapes(full, table, splitAmericas), width);
  const topology = simplifyForProjection(full, drawn.projection);
  return { topology, table, map: projectAreas(topology, regionShapes(topology, table, splitAmericas), width) };
}

/** The ILO regions (or, split, the two parts of the Americas) projected for a map; built once per build. */
function regionMap(splitAmericas: boolean, width = MAP_WIDTH) {
  const key = `${splitAmericas}-${width}`;
  if (!mapCache.has(key)) mapCache.set(key, buildRegionMap(splitAmericas, width));
  return mapCache.get(key)!;
}

/**
 * Addresses for the chart models, from Astro's site and base settings. Without a site (no SITE_URL) the
 * full address is unknown: citations and metadata give the path instead of inventing a host.
 */
export function addresses(): Addresses {
  return addressesFor(import.meta.env.SITE, basePrefix());
}

/** Addresses under a site (undefined when not known) and a base path prefix ("" or "/ipec-plus"). */
export function addressesFor(site: string | undefined, base: string): Addresses {
  const origin = (site ?? '').replace(/\/$/, '');
  return { href: (path) => `${base}${path}`, absolute: (path) => `${origin}${base}${path}` };
}

/** One chart's model from its entry in content/charts/, in a language (its text localized, its strings translated). */
export async function chartModel(
  id: string,
  english: ChartEntry,
  width = MAP_WIDTH,
  lang: Lang = DEFAULT_LANG,
): Promise<ChartModel> {
  const at = addresses();
  const t = uiStrings(lang);
  const entry = localize(english, lang);
  if (entry.kind === 'region-map') {
    return regionMapModel(
      id,
      entry,
      await loadFigures(lang),
      { whole: regionMap(false, width).map, split: regionMap(true, width).map },
      at,
      t,
    );
  }
  if (entry.kind === 'trend') return trendModel(id, entry, await loadFigures(lang), at, t);
  if (entry.kind === 'breakdown') return breakdownModel(id, entry, await loadFigures(lang), at, t);
  const countries = await loadProgrammeCountries(lang);
  const { topology, table, map } = regionMap(false, width);
  const numericOf = new Map(table.map((r) => [r.iso3, r.isoNumeric]));
  const paths = countryPaths(
    topology,
    map.projection,
    countries.map((c) => numericOf.get(c.iso3) ?? ''),
  );
  const rows = countries.map((c) => ({ ...c, d: paths.get(numericOf.get(c.iso3) ?? '') }));
  return countriesModel(id, entry, rows, map, ILO_REGIONS, at, t);
}

const modelCache = new Map<string, Promise<ChartModel>>();

/** Every chart in content/charts/, in a fixed reading order (maps, trends, countries), built once per language. */
export async function loadCharts(lang: Lang = DEFAULT_LANG): Promise<ChartModel[]> {
  const entries = await getCollection('charts');
  const order = { 'region-map': 0, trend: 1, breakdown: 2, 'programme-countries': 3 };
  entries.sort((a, b) => order[a.data.kind] - order[b.data.kind] || a.id.localeCompare(b.id));
  return Promise.all(
    entries.map((e) => {
      const key = `${lang}:${e.id}`;
      if (!modelCache.has(key)) modelCache.set(key, chartModel(e.id, e.data, MAP_WIDTH, lang));
      return modelCache.get(key)!;
    }),
  );
}

/** The pages made per chart (its page, its embed), in every language: the getStaticPaths they share. */
export async function chartPagePaths() {
  const charts = await loadCharts();
  return inEveryLang(charts.map((chart) => ({ params: { chart: chart.id } })));
}

/**
 * A chart by its id: a chart page's (from content/charts/), or one the site's components name, which
 * they write as `'…' satisfies SiteChart` so the guard checks its file exists (src/core/site-entries.ts).
 */
export async function loadChart(id: string, lang: Lang = DEFAULT_LANG): Promise<ChartModel> {
  return checkedByGuard(
    (await loadCharts(lang)).find((c) => c.id === id),
    'the charts the site names are in content/charts/',
  );
}
