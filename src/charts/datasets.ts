/**
 * What each map and chart shows, picked from the figures by indicator + area + reference year.
 * The same rows feed the SVG, the HTML table and the downloads, so they always agree.
 */
import { ILO_REGIONS } from '../schemas/vocab';
import type { FigureData, FigureSource, Unit } from '../schemas/figure';
import { ENGLISH, formatFigure } from '../i18n/format';
import type { AreaKey } from './regions-geometry';

/** The fields of a figures-collection entry that the maps and charts use. */
export type FigureLike = Pick<
  FigureData,
  'id' | 'indicator' | 'area' | 'value' | 'unit' | 'qualifier' | 'decimals' | 'referenceYear'
> &
  Partial<Pick<FigureData, 'label'>> & { source: Pick<FigureSource, 'title' | 'url' | 'publisher' | 'published'> };

export interface DataRow {
  /** Map area the row colours; undefined for rows with no shape (World). */
  key?: AreaKey;
  region: string;
  indicator: string;
  value: number | null;
  valueText: string;
  unit: Unit;
  referenceYear: number;
  sourceTitle: string;
  sourceUrl: string;
  /** Other values that other sources give for the same indicator, area and year. */
  alsoReported: string[];
}

export interface RegionDataset {
  indicator: string;
  year: number;
  /** Americas drawn as its two parts because the source reports Latin America and the Caribbean only. */
  splitAmericas: boolean;
  rows: DataRow[];
}

const LAC_SDG = 'Latin America and the Caribbean (SDG region)';

/** Significant digits (27600000 → 3, 28000000 → 2): the least rounded of several values wins. */
const precision = (v: number) => String(v).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;

/**
 * One figure per indicator + area + year: the least rounded, then the most recently published (a
 * revised series beats a first estimate); the others are kept as "also reported".
 */
export function pickFigure(
  figures: FigureLike[],
  indicator: string,
  area: string,
  year: number,
  format: (f: FigureLike) => string = formatFigure,
) {
  const matches = figures
    .filter((f) => f.indicator === indicator && f.area === area && f.referenceYear === year)
    .sort(
      (a, b) =>
        precision(b.value) - precision(a.value) || b.source.published - a.source.published || a.id.localeCompare(b.id),
    );
  if (matches.length === 0) return undefined;
  const [chosen, ...others] = matches;
  const also = others
    .filter((o) => o.value !== chosen.value)
    .map((o) => `${format(o)} (${o.source.publisher}, ${o.source.published})`);
  return { chosen, also };
}

function rowFrom(
  f: FigureLike,
  key: AreaKey | undefined,
  region: string,
  also: string[],
  format: (f: FigureLike) => string,
): DataRow {
  return {
    key,
    region,
    indicator: f.indicator,
    value: f.value,
    valueText: format(f),
    unit: f.unit,
    referenceYear: f.referenceYear,
    sourceTitle: f.source.title,
    sourceUrl: f.source.url ?? '',
    alsoReported: also,
  };
}

/** Reference years with a value for at least one ILO region (or the LAC SDG region) for the indicator. */
export function yearsWithRegions(figures: FigureLike[], indicator: string): number[] {
  const areas = new Set<string>([...ILO_REGIONS, LAC_SDG]);
  const years = figures.filter((f) => f.indicator === indicator && areas.has(f.area)).map((f) => f.referenceYear);
  return [...new Set(years)].sort((a, b) => a - b);
}

/**
 * Rows for one region map. ILO regions map directly. When a year has no Americas value but has one
 * for Latin America and the Caribbean (SDG region), the Americas split in two and Northern America
 * has no data. Sub-Saharan Africa (SDG region) is never drawn: it is not ILO Africa.
 */
export function regionDataset(
  figures: FigureLike[],
  indicator: string,
  year: number,
  format: (f: FigureLike) => string = formatFigure,
  noDataText = ENGLISH('site.charts.noData'),
): RegionDataset {
  const americas = pickFigure(figures, indicator, 'Americas', year, format);
  const lac = americas ? undefined : pickFigure(figures, indicator, LAC_SDG, year, format);
  const splitAmericas = lac !== undefined;
  const unit = figures.find((f) => f.indicator === indicator)?.unit ?? 'percent';
  const noData = (key: AreaKey, region: string): DataRow => ({
    key,
    region,
    indicator,
    value: null,
    valueText: noDataText,
    unit,
    referenceYear: year,
    sourceTitle: '',
    sourceUrl: '',
    alsoReported: [],
  });
  const rows: DataRow[] = [];
  for (const region of ILO_REGIONS) {
    if (region === 'Americas' && splitAmericas) {
      rows.push(rowFrom(lac.chosen, 'Latin America and the Caribbean', LAC_SDG, lac.also, format));
      rows.push(noData('Northern America', 'Northern America'));
      continue;
    }
    const picked = pickFigure(figures, indicator, region, year, format);
    rows.push(picked ? rowFrom(picked.chosen, region, region, picked.also, format) : noData(region, region));
  }
  return { indicator, year, splitAmericas, rows };
}

/** World values of one indicator over all its reference years, for the trend charts. */
export function worldSeries(
  figures: FigureLike[],
  indicator: string,
  format: (f: FigureLike) => string = formatFigure,
): DataRow[] {
  const years = [
    ...new Set(figures.filter((f) => f.indicator === indicator && f.area === 'World').map((f) => f.referenceYear)),
  ];
  return years
    .sort((a, b) => a - b)
    .map((year) => {
      const { chosen, also } = pickFigure(figures, indicator, 'World', year, format)!;
      return rowFrom(chosen, undefined, 'World', also, format);
    });
}
